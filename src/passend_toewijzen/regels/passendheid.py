"""Passendheid van een toewijzing: PAS, NIE of NVT (VERA-codes).

Grondslag: Woningwet art. 46 lid 2; BTIV 2015 art. 54 (95%, passende groep), art. 54a (AOW-
huishoudens met vermogen, vanaf 2022) en art. 56 (inkomen); van toepassing vanaf 1 januari 2016
(BTIV art. 126 lid 2 onder a).

1. Vóór 2016 bestond passend toewijzen niet: NVT.
2. Alleen woongelegenheden "waarvoor huurtoeslag ontvangen kan worden" vallen onder de norm
   (Woningwet art. 46 lid 2; tot 2022: huishoudens die "in aanmerking komen voor een
   huurtoeslag"). Dat zijn de soorten woning van Wet op de huurtoeslag art. 11, en tot en met 2025
   alleen met een *rekenhuur* (kale huur plus de subsidiabele servicekosten van Wht art. 5 lid 3)
   niet hoger dan de maximale huurgrens van art. 13 lid 1 onder a. Vanaf 2026 is art. 13 geen
   afwijzingsgrond meer (het deel boven de grens wordt alleen niet gesubsidieerd, art. 21 lid 1
   onder d) en begrenst de huur de reikwijdte niet (parameter ``passend_reikwijdte``). Zijn de
   subsidiabele servicekosten niet opgegeven, dan beslist de regel alleen als de uitkomst voor elk
   mogelijk bedrag (0 tot het wettelijke maximum, en niet meer dan de servicekosten) dezelfde is.
3. Het huishouden hoort tot de passende groep als het tot een groep van BTIV art. 54 lid 2 hoort
   (voltijds studerenden in een een- of tweepersoonshuishouden; een bewoner met een
   verblijfsvergunning na een asielaanvraag), als het van de inkomenstoets is vrijgesteld (art. 56
   lid 3-4; het inkomen geldt dan als laag), of als zijn inkomen niet hoger is dan de grens voor
   zijn huishoudtype. Daarbuiten: NVT. Een zorgindicatie is géén uitzondering.
4. Op verzoek van een huishouden dat uitsluitend bestaat uit personen die de AOW-leeftijd hebben
   bereikt, met een rendementsgrondslag boven de vermogensgrens van de zorgtoeslag (Wet op de
   zorgtoeslag art. 2a, vanaf 2026 art. 3 lid 1), kan de aftoppingsgrens buiten toepassing blijven
   (art. 54a): standaard NVT, of PAS als het beleid dat zo telt. "De pensioengerechtigde leeftijd
   bereikt" lezen we als: elke bewoner (kinderen inbegrepen) op 1 januari van het jaar van de
   huuringang, de peildatum die ook de AOW-status van het huishoudtype bepaalt; opgegeven
   (``alle_bewoners_aow``, of ``aow_huishouden`` bij één persoon) of berekend uit de geboortedata.
5. PAS als de kale huur (Woningwet art. 1 "huurprijs": zonder servicekosten) ten hoogste de
   toepasselijke aftoppingsgrens is (laag bij één of twee personen, hoog bij drie of meer), anders
   NIE.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from functools import partial
from types import MappingProxyType
from typing import NamedTuple

from passend_toewijzen._gedeeld import gedeeld
from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.beleid import Art54aTelling
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterFout
from passend_toewijzen.modellen import Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters.opvragen import eerste_ingangsdatum
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde, nl_bedrag
from passend_toewijzen.regels.aow import AowStatus, aow_bereikt_op
from passend_toewijzen.regels.groepen import (
    Categorie,
    Groepsregels,
    bepaal_categorie,
    groepsregels,
)
from passend_toewijzen.regels.huishoudtype import (
    Huishoudtype,
    bepaal_huishoudtype,
    inkomensgrensregel,
    kies_aftoppingsgrens,
)
from passend_toewijzen.regels.inkomen import Huishoudinkomen, kies_inkomen
from passend_toewijzen.uitleg import Regel, Uitlegregel, maak_uitlegregel

__all__ = [
    "PassendPlan",
    "Passendheid",
    "Passendheidsbepaling",
    "bepaal_passendheid",
    "passend_plan",
]

REGEL_VAN_KRACHT = Regel(
    "PT-01",
    "Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 1 en art. 126 lid 2 onder a",
    "Passend toewijzen van kracht",
)
REGEL_REIKWIJDTE = Regel(
    "PT-02",
    "Woningwet art. 46 lid 2; Wet op de huurtoeslag art. 5 (rekenhuur), 11 en 13",
    "Woongelegenheid waarvoor huurtoeslag ontvangen kan worden",
)
REGEL_GROEP = Regel(
    "PT-03",
    "Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 2 en art. 56 lid 3-4; Wet op de huurtoeslag "
    "art. 14",
    "Passende groep",
)
REGEL_ZORG = Regel("PT-03", "BTIV 2015 art. 54 en bijlage 5", "Zorgindicatie geen uitzondering")
REGEL_54A = Regel(
    "PT-04",
    "BTIV 2015 art. 54a; Wet op de zorgtoeslag art. 2a (tot en met 2025) / art. 3 lid 1 "
    "(vanaf 2026)",
    "Verzoek AOW-huishouden met vermogen",
)
REGEL_HUUR = Regel(
    "PT-05",
    "Woningwet art. 46 lid 2; Wet op de huurtoeslag art. 20 lid 2",
    "Huur en aftoppingsgrens",
)


class Passendheid(enum.StrEnum):
    """Passendheid van een toewijzing, met de VERA-codes (referentiedata passendheidssoort)."""

    PAS = "PAS"
    """Passend: kale huur ten hoogste de toepasselijke aftoppingsgrens."""
    NIE = "NIE"
    """Niet passend: telt mee in de ruimte van ten hoogste 5%."""
    NVT = "NVT"
    """Passendheidstoets niet van toepassing."""

    @property
    def omschrijving(self) -> str:
        """Nederlandse omschrijving."""
        return {
            Passendheid.PAS: "passend",
            Passendheid.NIE: "niet passend",
            Passendheid.NVT: "passendheidstoets niet van toepassing",
        }[self]


class Passendheidsbepaling(NamedTuple):
    """De passendheid met reden, toegepaste grenzen en uitleg."""

    passendheid: Passendheid
    reden: str
    in_passende_groep: bool | None
    huishoudtype: Huishoudtype | None
    inkomensgrens: Parameterwaarde | None
    aftoppingsgrens: Parameterwaarde | None
    gebruikt_inkomen: Decimal | None
    art_54a: bool
    uitleg: tuple[Uitlegregel, ...]


class PassendPlan(NamedTuple):
    """De regels van passend toewijzen zoals ze op één peildatum gelden."""

    norm: Parameterwaarde | None
    """De passendheidsnorm, of ``None`` als passend toewijzen op de peildatum niet gold."""
    huurgrens: Parameterwaarde
    inkomensgrenzen: dict[Huishoudtype, Parameterwaarde | ParameterFout]
    actueel: Parameterwaarde | None
    aftopping_vanaf: Parameterwaarde | None
    aftopping_laag: Parameterwaarde
    aftopping_hoog: Parameterwaarde
    parameters: Parameterset
    """Voor de zelden gebruikte stappen (art. 54a)."""
    van_kracht: Uitlegregel | None = None
    """De uitlegregel dat passend toewijzen geldt; hangt alleen van de norm af."""
    inkomensgrensregels: Mapping[Huishoudtype, Uitlegregel] = MappingProxyType({})
    """De uitlegregel bij de passende inkomensgrens per huishoudtype (als die grens bekend is)."""
    aftoppingen: tuple[tuple[Parameterwaarde, Uitlegregel], ...] = ()
    """De toepasselijke aftoppingsgrens met uitlegregel per aantal personen (index = aantal)."""
    reikwijdte: Parameterwaarde | None = None
    """Hoe de huur de reikwijdte begrenst (``passend_reikwijdte``), als passend toewijzen geldt."""
    servicekosten_maximum: Parameterwaarde | None = None
    """Het maximum van de subsidiabele servicekosten (tot en met 2025)."""
    groepen: Groepsregels | None = None
    """De groepen van art. 54 lid 2 op de peildatum."""


_AFTOPPINGEN_TOT = 31
"""Aftoppingsgrenzen worden vooraf gekozen voor 0 tot en met 30 personen (het maximum)."""


def passend_plan(parameters: Parameterset) -> PassendPlan:
    """Zoek de regels van passend toewijzen op die op de peildatum gelden.

    De uitlegregels die alleen van de peildatum afhangen, worden hier één keer gemaakt.
    """
    norm = parameters["passendheidsnorm"] if parameters.geldt("passendheidsnorm") else None
    grenzen: dict[Huishoudtype, Parameterwaarde | ParameterFout] = {}
    for huishoudtype in Huishoudtype:
        try:
            grenzen[huishoudtype] = parameters[huishoudtype.parameter]
        except ParameterFout as fout:
            grenzen[huishoudtype] = fout
    vanaf = parameters["aftoppingsgrens_hoog_vanaf_personen"] if norm is not None else None
    laag = parameters["aftoppingsgrens_laag"]
    hoog = parameters["aftoppingsgrens_hoog"]
    # De grenzen en uitlegregels hangen alleen af van de (gedeelde) parameterwaarden; zonder
    # fouten (die de peildatum noemen) zijn ze dezelfde objecten voor alle peildata.
    waarden = tuple(grenzen.values())
    if not any(isinstance(grens, ParameterFout) for grens in waarden):
        grenzen = gedeeld("passende_inkomensgrenzen", waarden, lambda: grenzen)
    bekend = tuple(
        (huishoudtype, grens)
        for huishoudtype, grens in grenzen.items()
        if not isinstance(grens, ParameterFout)
    )
    inkomensgrensregels: Mapping[Huishoudtype, Uitlegregel] = gedeeld(
        "inkomensgrensregels",
        tuple(grens for _, grens in bekend),
        lambda: MappingProxyType({h: inkomensgrensregel(h, grens) for h, grens in bekend}),
        tuple(h for h, _ in bekend),
    )
    return PassendPlan(
        norm,
        parameters["daeb_huurgrens"],
        grenzen,
        parameters["actueel_inkomen_passend"] if norm is not None else None,
        vanaf,
        laag,
        hoog,
        parameters,
        gedeeld("van_kracht", (norm,), lambda: _van_kracht(norm)) if norm is not None else None,
        inkomensgrensregels,
        gedeeld(
            "aftoppingen",
            (vanaf, laag, hoog),
            lambda: tuple(
                kies_aftoppingsgrens(n, vanaf, laag, hoog) for n in range(_AFTOPPINGEN_TOT)
            ),
        )
        if vanaf is not None
        else (),
        parameters["passend_reikwijdte"] if norm is not None else None,
        parameters["subsidiabele_servicekosten_maximum"]
        if norm is not None and parameters.geldt("subsidiabele_servicekosten_maximum")
        else None,
        groepsregels(parameters),
    )


def _van_kracht(norm: Parameterwaarde) -> Uitlegregel:
    return Uitlegregel(
        REGEL_VAN_KRACHT,
        "van_kracht",
        "Passend toewijzen geldt: ten minste {} van de toewijzingen aan de passende groep "
        "moet passend zijn.",
        (norm,),
        norm,
    )


_MET_HUURGRENS = "rekenhuur_tot_maximale_huurgrens"


def _rekenhuur_te_hoog(woning: Woning, plan: PassendPlan, uitleg: list[Uitlegregel] | None) -> bool:
    """Of de rekenhuur hoger is dan de maximale huurgrens (dan geen huurtoeslag: buiten de norm).

    De rekenhuur is de kale huur plus de subsidiabele servicekosten (Wht art. 5 lid 1 onder a en
    lid 3). Zijn die niet opgegeven, dan liggen ze tussen 0 en het kleinste van het wettelijke
    maximum en de opgegeven servicekosten; alleen als de uitkomst voor dat hele bereik dezelfde
    is, beslist de regel. Anders :class:`~passend_toewijzen.fouten.OnvoldoendeGegevens`.
    """
    huurgrens = plan.huurgrens
    grens: Decimal = huurgrens.waarde  # type: ignore[assignment]
    kale_huur = woning.kale_huur
    maximum_pw = plan.servicekosten_maximum
    maximum: Decimal = maximum_pw.waarde if maximum_pw is not None else _NUL  # type: ignore[assignment]
    subsidiabel = woning.subsidiabele_servicekosten
    if subsidiabel is not None:
        if subsidiabel > maximum:
            raise OnvoldoendeGegevens(
                REGEL_REIKWIJDTE.id,
                f"subsidiabele_servicekosten ({nl_bedrag(subsidiabel)}) is hoger dan het "
                f"wettelijke maximum ({nl_bedrag(maximum)}, Wet op de huurtoeslag art. 5 lid 3); "
                "geef alleen de servicekosten op die in de rekenhuur meetellen",
            )
        laagste = hoogste = REKENCONTEXT.add(kale_huur, subsidiabel)
    else:
        totaal = woning.servicekosten
        laagste = kale_huur
        ruimte = min(totaal, maximum) if totaal is not None else maximum
        hoogste = REKENCONTEXT.add(kale_huur, ruimte)
    if hoogste <= grens:
        if uitleg is not None:
            if subsidiabel is not None:
                zin = (
                    "De rekenhuur (kale huur {} plus subsidiabele servicekosten {} = {}) is niet "
                    "hoger dan de maximale huurgrens ({}): huurtoeslag is mogelijk, binnen de "
                    "passendheidsnorm."
                )
                argumenten: tuple[object, ...] = (kale_huur, subsidiabel, hoogste, huurgrens)
            else:
                zin = (
                    "De rekenhuur is ten hoogste {} (kale huur {} plus ten hoogste {} "
                    "subsidiabele servicekosten) en dus niet hoger dan de maximale huurgrens ({}): "
                    "huurtoeslag is mogelijk, binnen de passendheidsnorm."
                )
                ruimte = REKENCONTEXT.subtract(hoogste, kale_huur)
                argumenten = (hoogste, kale_huur, ruimte, huurgrens)
            uitleg.append(
                maak_uitlegregel((REGEL_REIKWIJDTE, "binnen", zin, argumenten, huurgrens))
            )
        return False
    if laagste > grens:
        if uitleg is not None:
            uitleg.append(
                maak_uitlegregel(
                    (
                        REGEL_REIKWIJDTE,
                        "nvt",
                        "De rekenhuur (ten minste de kale huur, {}) is hoger dan de maximale "
                        "huurgrens ({}): geen huurtoeslag mogelijk, buiten de passendheidsnorm.",
                        (laagste, huurgrens),
                        huurgrens,
                    )
                )
            )
        return True
    raise OnvoldoendeGegevens(
        REGEL_REIKWIJDTE.id,
        f"de rekenhuur (kale huur {nl_bedrag(kale_huur)} plus subsidiabele servicekosten van ten "
        f"hoogste {nl_bedrag(REKENCONTEXT.subtract(hoogste, kale_huur))}) kan hoger of lager zijn "
        "dan de maximale "
        f"huurgrens ({nl_bedrag(grens)}); geef subsidiabele_servicekosten op (Wet op de "
        "huurtoeslag art. 5 lid 3)",
    )


_NUL = Decimal(0)

_GEEN_HUURTOESLAG = Uitlegregel(
    REGEL_REIKWIJDTE,
    "nvt",
    "Voor deze woongelegenheid kan geen huurtoeslag worden ontvangen: buiten de passendheidsnorm.",
)
_HUURTOESLAG_VANZELF = (Woningsoort.ZELFSTANDIG, Woningsoort.WOONWAGEN)
_PAS = Passendheid.PAS
_NIE = Passendheid.NIE
_NVT = Passendheid.NVT
_UITZONDEREN = Art54aTelling.UITZONDEREN
_PASSEND = Art54aTelling.PASSEND

_maak_bepaling: Callable[
    [
        tuple[
            Passendheid,
            str,
            bool | None,
            Huishoudtype | None,
            Parameterwaarde | None,
            Parameterwaarde | None,
            Decimal | None,
            bool,
            tuple[Uitlegregel, ...],
        ]
    ],
    Passendheidsbepaling,
] = partial(tuple.__new__, Passendheidsbepaling)


def bepaal_passendheid(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    aow: Callable[[], AowStatus],
    parameters: Parameterset | PassendPlan,
    art_54a: Art54aTelling = _UITZONDEREN,
) -> Passendheidsbepaling:
    """Bepaal de passendheid. ``inkomen`` en ``aow`` worden alleen aangeroepen als ze nodig zijn.

    ``parameters`` is de parameterset van de huuringangsdatum of een al opgezocht
    :class:`PassendPlan`.
    """
    plan = parameters if isinstance(parameters, PassendPlan) else passend_plan(parameters)
    return passendheid_volgens_plan(toewijzing, inkomen, aow, plan, art_54a)


def passendheid_volgens_plan(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    aow: Callable[[], AowStatus],
    plan: PassendPlan,
    art_54a: Art54aTelling = _UITZONDEREN,
    *,
    met_uitleg: bool = True,
) -> Passendheidsbepaling:
    """:func:`bepaal_passendheid` met een al opgezocht plan.

    Zonder uitleg (``met_uitleg=False``) worden de uitlegregels niet gemaakt en is ``uitleg``
    leeg; al het andere is hetzelfde.
    """
    woning = toewijzing.woning
    huishouden = toewijzing.huishouden
    norm = plan.norm
    if norm is None:
        if not met_uitleg:
            return _nvt("passend toewijzen gold nog niet", ())
        regel = Uitlegregel(
            REGEL_VAN_KRACHT,
            "nvt",
            "Passend toewijzen gold nog niet op {}: de passendheidsnorm geldt vanaf {}.",
            (toewijzing.huuringangsdatum, eerste_ingangsdatum("passendheidsnorm")),
        )
        return _nvt("passend toewijzen gold nog niet", (regel,))
    uitleg: list[Uitlegregel] = [plan.van_kracht or _van_kracht(norm)] if met_uitleg else []

    kale_huur = woning.kale_huur
    reikwijdte = plan.reikwijdte
    if reikwijdte is not None and reikwijdte.waarde == _MET_HUURGRENS:
        buiten = _rekenhuur_te_hoog(woning, plan, uitleg if met_uitleg else None)
        if buiten:
            return _nvt("rekenhuur boven de maximale huurgrens", tuple(uitleg))
    elif met_uitleg and reikwijdte is not None:
        uitleg.append(
            Uitlegregel(
                REGEL_REIKWIJDTE,
                "zonder_huurgrens",
                "Huurtoeslag kan ook boven de maximale huurgrens worden ontvangen (het deel "
                "erboven wordt niet gesubsidieerd): de huur begrenst de reikwijdte van passend "
                "toewijzen niet.",
                (),
                reikwijdte,
            )
        )
    huurtoeslag = woning.huurtoeslag_mogelijk
    if huurtoeslag is None:
        if woning.soort in _HUURTOESLAG_VANZELF:
            huurtoeslag = True
        else:
            raise OnvoldoendeGegevens(
                REGEL_REIKWIJDTE.id,
                f"geef huurtoeslag_mogelijk op voor een {woning.soort.value}e woongelegenheid "
                "(Wet op de huurtoeslag art. 11: alleen aangewezen onzelfstandige eenheden)",
            )
    if not huurtoeslag:
        if met_uitleg:
            uitleg.append(_GEEN_HUURTOESLAG)
        return _nvt("geen huurtoeslag mogelijk voor deze woongelegenheid", tuple(uitleg))

    erbij, huishoudtype, inkomensgrens, gebruikt = _passende_groep(
        toewijzing, inkomen, aow, plan, uitleg if met_uitleg else None
    )
    if not erbij:
        return _maak_bepaling(
            (
                _NVT,
                "inkomen boven de passende inkomensgrens",
                False,
                huishoudtype,
                inkomensgrens,
                None,
                gebruikt,
                False,
                tuple(uitleg),
            )
        )

    if huishouden.verzoek_art_54a:
        toegepast, regels = _art_54a(toewijzing, aow, plan.parameters)
        if met_uitleg:
            uitleg.extend(regels)
        if toegepast:
            passend = art_54a is _PASSEND
            return _maak_bepaling(
                (
                    _PAS if passend else _NVT,
                    "art. 54a: aftoppingsgrens op verzoek buiten toepassing"
                    + (" (beleid: telt als passend)" if passend else ""),
                    True,
                    huishoudtype,
                    inkomensgrens,
                    None,
                    gebruikt,
                    True,
                    tuple(uitleg),
                )
            )

    assert plan.aftopping_vanaf is not None  # noqa: S101 - gezet zodra de norm geldt
    aantal = len(huishouden.personen)
    if aantal < len(plan.aftoppingen):
        aftopping, aftoppingsregel = plan.aftoppingen[aantal]
    else:
        aftopping, aftoppingsregel = kies_aftoppingsgrens(
            aantal, plan.aftopping_vanaf, plan.aftopping_laag, plan.aftopping_hoog
        )
    passend = kale_huur <= aftopping.waarde  # type: ignore[operator]
    if met_uitleg:
        uitleg.append(aftoppingsregel)
        uitleg.append(
            maak_uitlegregel(
                (
                    REGEL_HUUR,
                    "PAS" if passend else "NIE",
                    "De kale huur ({}) is {} de aftoppingsgrens ({}): {}.",
                    (
                        kale_huur,
                        "niet hoger dan" if passend else "hoger dan",
                        aftopping,
                        "passend" if passend else "niet passend (telt mee in de ruimte van 5%)",
                    ),
                    aftopping,
                )
            )
        )
    return _maak_bepaling(
        (
            _PAS if passend else _NIE,
            "huur niet hoger dan de aftoppingsgrens"
            if passend
            else "huur boven de aftoppingsgrens",
            True,
            huishoudtype,
            inkomensgrens,
            aftopping,
            gebruikt,
            False,
            tuple(uitleg),
        )
    )


class _Groep(NamedTuple):
    erbij: bool
    huishoudtype: Huishoudtype | None
    grens: Parameterwaarde | None
    inkomen: Decimal | None


_VRIJGESTELD = _Groep(True, None, None, None)
_CATEGORIEREGELS = {
    Categorie.STUDENTEN: Uitlegregel(
        REGEL_GROEP,
        "in_groep",
        "Het huishouden bestaat uit ten hoogste twee personen die voltijds studeren of "
        "promoveren (of een tegemoetkoming WTOS hebben): het hoort tot de passende groep, ongeacht "
        "het inkomen (BTIV art. 54 lid 2 onder a).",
    ),
    Categorie.VERGUNNINGHOUDERS: Uitlegregel(
        REGEL_GROEP,
        "in_groep",
        "Een bewoner heeft na een asielaanvraag een verblijfsvergunning ontvangen: het huishouden "
        "hoort tot de passende groep, ongeacht het inkomen (BTIV art. 54 lid 2 onder b).",
    ),
}
_ZIN_IN_GROEP = (
    "Het huishoudinkomen ({}) is niet hoger dan de inkomensgrens ({}): het huishouden hoort "
    "tot de passende groep."
)
_ZIN_BUITEN_GROEP = (
    "Het huishoudinkomen ({}) is hoger dan de inkomensgrens ({}): het huishouden hoort "
    "niet tot de passende groep."
)


def _passende_groep(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    aow: Callable[[], AowStatus],
    plan: PassendPlan,
    uitleg: list[Uitlegregel] | None,
) -> _Groep:
    """Of het huishouden tot de passende groep hoort (BTIV art. 54 lid 2; Ww art. 46 lid 2).

    Een groep van art. 54 lid 2 hoort er ongeacht het inkomen bij; dan wordt het inkomen niet
    gevraagd. De uitlegregels komen in ``uitleg`` (``None``: zonder uitleg).
    """
    huishouden = toewijzing.huishouden
    if huishouden.zorgindicatie is not None and uitleg is not None:
        uitleg.append(_ZORG)
    categorie = bepaal_categorie(huishouden, plan.groepen)
    if categorie is not None:
        if uitleg is not None:
            uitleg.append(_CATEGORIEREGELS[categorie])
        return _VRIJGESTELD
    bepaald = inkomen()
    if bepaald.vrijstelling is not None:
        if uitleg is not None:
            uitleg.append(
                Uitlegregel(
                    REGEL_GROEP,
                    "in_groep",
                    "Het huishouden hoort tot de passende groep ({}), ongeacht het inkomen.",
                    (bepaald.vrijstelling.value,),
                )
            )
        return _VRIJGESTELD
    huishoudtype = bepaal_huishoudtype(len(huishouden.personen), aow().aow)
    gevonden = plan.inkomensgrenzen[huishoudtype]
    if isinstance(gevonden, ParameterFout):
        # Zonder de traceback van eerdere keren: anders groeit die bij elke toets aan.
        raise gevonden.with_traceback(None)
    gebruikt, actueel = kies_inkomen(bepaald, gevonden, plan.actueel)
    erbij = gebruikt <= gevonden.waarde  # type: ignore[operator]
    if uitleg is not None:
        uitleg.append(
            plan.inkomensgrensregels.get(huishoudtype) or inkomensgrensregel(huishoudtype, gevonden)
        )
        if actueel is not None:
            uitleg.append(actueel)
        uitleg.append(
            maak_uitlegregel(
                (
                    REGEL_GROEP,
                    "in_groep" if erbij else "buiten_groep",
                    _ZIN_IN_GROEP if erbij else _ZIN_BUITEN_GROEP,
                    (gebruikt, gevonden),
                    gevonden,
                )
            )
        )
    return _maak_groep((erbij, huishoudtype, gevonden, gebruikt))


_maak_groep: Callable[
    [tuple[bool, Huishoudtype | None, Parameterwaarde | None, Decimal | None]], _Groep
] = partial(tuple.__new__, _Groep)


def _nvt(reden: str, uitleg: tuple[Uitlegregel, ...]) -> Passendheidsbepaling:
    return _maak_bepaling((_NVT, reden, None, None, None, None, None, False, uitleg))


_ZORG = Uitlegregel(
    REGEL_ZORG,
    "geen_uitzondering",
    "Een zorgindicatie is geen uitzondering op passend toewijzen: de inkomenstoets en de "
    "aftoppingsgrens gelden gewoon.",
)


def _art_54a(
    toewijzing: Toewijzing, aow: Callable[[], AowStatus], parameters: Parameterset
) -> tuple[bool, tuple[Uitlegregel, ...]]:
    huishouden = toewijzing.huishouden
    if not parameters.geldt("passend_uitzondering_vermogen"):
        return False, (
            Uitlegregel(
                REGEL_54A,
                "niet_van_kracht",
                "Het verzoek op grond van art. 54a is niet toegepast: de uitzondering bestaat pas "
                "sinds {}.",
                (eerste_ingangsdatum("passend_uitzondering_vermogen"),),
            ),
        )
    regime = parameters["passend_uitzondering_vermogen"]
    peildatum = date(toewijzing.huuringangsdatum.year, 1, 1)
    alle, hoe = _alle_bewoners_aow(toewijzing, peildatum)
    if not alle:
        return False, (
            Uitlegregel(
                REGEL_54A,
                "afgewezen",
                "Het verzoek op grond van art. 54a is niet toegepast: het huishouden bestaat niet "
                "uitsluitend uit personen die op {} de AOW-leeftijd hadden bereikt ({}).",
                (peildatum, hoe),
                regime,
            ),
        )
    naam = (
        "zorgtoeslag_vermogensgrens_met_partner"
        if huishouden.heeft_partner
        else "zorgtoeslag_vermogensgrens_alleenstaande"
    )
    grens = parameters[naam]
    vermogen = huishouden.rendementsgrondslag_box3
    if vermogen is None:  # het model eist hem; alleen buiten de validatie om kan hij ontbreken
        raise OnvoldoendeGegevens(REGEL_54A.id, "rendementsgrondslag_box3 ontbreekt")
    if vermogen <= grens.bedrag:
        return False, (
            Uitlegregel(
                REGEL_54A,
                "afgewezen",
                "Het verzoek op grond van art. 54a is niet toegepast: de rendementsgrondslag ({}) "
                "is niet hoger dan de vermogensgrens van de zorgtoeslag ({}).",
                (vermogen, grens),
                grens,
            ),
        )
    return True, (
        Uitlegregel(
            REGEL_54A,
            "toegepast",
            "Op verzoek van het AOW-huishouden met een rendementsgrondslag ({}) boven de "
            "vermogensgrens van de zorgtoeslag ({}) is de aftoppingsgrens buiten toepassing "
            "gelaten.",
            (vermogen, grens),
            grens,
        ),
    )


def _alle_bewoners_aow(toewijzing: Toewijzing, peildatum: date) -> tuple[bool, str]:
    """Of alle bewoners op ``peildatum`` (1 januari) de AOW-leeftijd hadden bereikt, en hoe dat
    vaststaat.

    Eén lezing voor opgegeven en berekende status: opgegeven ``alle_bewoners_aow`` gaat voor, bij
    één persoon is ``aow_huishouden`` hetzelfde gegeven; anders volgt het uit de geboortedata van
    alle bewoners (kinderen inbegrepen), zoals de AOW-status van het huishoudtype.
    """
    huishouden = toewijzing.huishouden
    if huishouden.alle_bewoners_aow is not None:
        return huishouden.alle_bewoners_aow, "opgegeven"
    personen = huishouden.personen
    if len(personen) == 1 and huishouden.aow_huishouden is not None:
        return huishouden.aow_huishouden, "opgegeven"
    if all(p.geboortedatum is not None for p in personen):
        alle = all(
            aow_bereikt_op(p.geboortedatum, uiterlijk=peildatum) is not None
            for p in personen
            if p.geboortedatum is not None
        )
        return alle, "volgens de geboortedata"
    raise OnvoldoendeGegevens(
        REGEL_54A.id,
        "voor een verzoek op grond van art. 54a moet vaststaan of alle bewoners op 1 januari van "
        "het jaar van de huuringang de AOW-leeftijd hadden bereikt; geef alle_bewoners_aow of de "
        "geboortedata van alle bewoners op",
    )
