"""Passendheid van een toewijzing: PAS, NIE of NVT (VERA-codes).

Grondslag: Woningwet art. 46 lid 2; BTIV 2015 art. 54 (95%, passende groep), art. 54a (AOW-
huishoudens met vermogen, vanaf 2022) en art. 56 (inkomen); van toepassing vanaf 1 januari 2016
(BTIV art. 126 lid 2 onder a).

1. Vóór 2016 bestond passend toewijzen niet: NVT.
2. Alleen woongelegenheden waarvoor huurtoeslag ontvangen kan worden, met een kale huur niet
   hoger dan de huurtoeslaggrens (DAEB-huurgrens), vallen onder de norm; de rest is NVT.
3. Het huishouden hoort tot de passende groep als zijn inkomen niet hoger is dan de grens voor
   zijn huishoudtype, of als het uitsluitend uit vergunninghouders of uit ten hoogste twee
   studenten bestaat (BTIV art. 54 lid 2). Daarbuiten: NVT. Een zorgindicatie is géén uitzondering.
4. Op verzoek van een AOW-huishouden met een rendementsgrondslag boven de vermogensgrens van de
   zorgtoeslag kan de aftoppingsgrens buiten toepassing blijven (art. 54a): standaard NVT, of PAS
   als het beleid dat zo telt.
5. PAS als de kale huur ten hoogste de toepasselijke aftoppingsgrens is (laag bij één of twee
   personen, hoog bij drie of meer), anders NIE.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from passend_toewijzen.beleid import Art54aTelling
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterFout
from passend_toewijzen.modellen import Toewijzing, Woningsoort
from passend_toewijzen.parameters.opvragen import eerste_ingangsdatum
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.aow import AowStatus, aow_bereikt_op
from passend_toewijzen.regels.huishoudtype import (
    Huishoudtype,
    bepaal_huishoudtype,
    inkomensgrensregel,
    kies_aftoppingsgrens,
)
from passend_toewijzen.regels.inkomen import Huishoudinkomen, kies_inkomen
from passend_toewijzen.uitleg import Regel, Uitlegregel

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
    "Woningwet art. 46 lid 2; Wet op de huurtoeslag art. 11 en 13",
    "Woongelegenheid met recht op huurtoeslag",
)
REGEL_GROEP = Regel(
    "PT-03",
    "Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 2; Wet op de huurtoeslag art. 14",
    "Passende groep",
)
REGEL_ZORG = Regel("PT-03", "BTIV 2015 art. 54 en bijlage 5", "Zorgindicatie geen uitzondering")
REGEL_54A = Regel(
    "PT-04",
    "BTIV 2015 art. 54a; Wet op de zorgtoeslag art. 2a",
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


def passend_plan(parameters: Parameterset) -> PassendPlan:
    """Zoek de regels van passend toewijzen op die op de peildatum gelden."""
    norm = parameters["passendheidsnorm"] if parameters.geldt("passendheidsnorm") else None
    grenzen: dict[Huishoudtype, Parameterwaarde | ParameterFout] = {}
    for huishoudtype in Huishoudtype:
        try:
            grenzen[huishoudtype] = parameters[huishoudtype.parameter]
        except ParameterFout as fout:
            grenzen[huishoudtype] = fout
    return PassendPlan(
        norm,
        parameters["daeb_huurgrens"],
        grenzen,
        parameters["actueel_inkomen_passend"] if norm is not None else None,
        parameters["aftoppingsgrens_hoog_vanaf_personen"] if norm is not None else None,
        parameters["aftoppingsgrens_laag"],
        parameters["aftoppingsgrens_hoog"],
        parameters,
    )


_GEEN_HUURTOESLAG = Uitlegregel(
    REGEL_REIKWIJDTE,
    "nvt",
    "Voor deze woongelegenheid kan geen huurtoeslag worden ontvangen: buiten de passendheidsnorm.",
)


def bepaal_passendheid(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    aow: Callable[[], AowStatus],
    parameters: Parameterset | PassendPlan,
    art_54a: Art54aTelling = Art54aTelling.UITZONDEREN,
) -> Passendheidsbepaling:
    """Bepaal de passendheid. ``inkomen`` en ``aow`` worden alleen aangeroepen als ze nodig zijn.

    ``parameters`` is de parameterset van de huuringangsdatum of een al opgezocht
    :class:`PassendPlan`.
    """
    plan = parameters if isinstance(parameters, PassendPlan) else passend_plan(parameters)
    woning = toewijzing.woning
    huishouden = toewijzing.huishouden
    norm = plan.norm
    if norm is None:
        regel = Uitlegregel(
            REGEL_VAN_KRACHT,
            "nvt",
            "Passend toewijzen gold nog niet op {}: de passendheidsnorm geldt vanaf {}.",
            (toewijzing.huuringangsdatum, eerste_ingangsdatum("passendheidsnorm")),
        )
        return _nvt("passend toewijzen gold nog niet", (regel,))
    uitleg: list[Uitlegregel] = [
        Uitlegregel(
            REGEL_VAN_KRACHT,
            "van_kracht",
            "Passend toewijzen geldt: ten minste {} van de toewijzingen aan de passende groep "
            "moet passend zijn.",
            (norm,),
            norm,
        )
    ]

    huurgrens = plan.huurgrens
    if woning.kale_huur > huurgrens.waarde:  # type: ignore[operator]
        uitleg.append(
            Uitlegregel(
                REGEL_REIKWIJDTE,
                "nvt",
                "De kale huur ({}) is hoger dan de huurtoeslaggrens ({}): geen huurtoeslag "
                "mogelijk, buiten de passendheidsnorm.",
                (woning.kale_huur, huurgrens),
                huurgrens,
            )
        )
        return _nvt("huur boven de huurtoeslaggrens", tuple(uitleg))
    huurtoeslag = woning.huurtoeslag_mogelijk
    if huurtoeslag is None:
        if woning.soort in (Woningsoort.ZELFSTANDIG, Woningsoort.WOONWAGEN):
            huurtoeslag = True
        else:
            raise OnvoldoendeGegevens(
                REGEL_REIKWIJDTE.id,
                f"geef huurtoeslag_mogelijk op voor een {woning.soort.value}e woongelegenheid "
                "(Wet op de huurtoeslag art. 11: alleen aangewezen onzelfstandige eenheden)",
            )
    if not huurtoeslag:
        uitleg.append(_GEEN_HUURTOESLAG)
        return _nvt("geen huurtoeslag mogelijk voor deze woongelegenheid", tuple(uitleg))

    groep = _passende_groep(toewijzing, inkomen(), aow, plan, uitleg)
    huishoudtype, inkomensgrens, gebruikt = groep.huishoudtype, groep.grens, groep.inkomen
    if not groep.erbij:
        return Passendheidsbepaling(
            Passendheid.NVT,
            "inkomen boven de passende inkomensgrens",
            False,
            huishoudtype,
            inkomensgrens,
            None,
            gebruikt,
            False,
            tuple(uitleg),
        )

    if huishouden.verzoek_art_54a:
        toegepast, regels = _art_54a(toewijzing, aow, plan.parameters)
        uitleg.extend(regels)
        if toegepast:
            passend = art_54a is Art54aTelling.PASSEND
            return Passendheidsbepaling(
                Passendheid.PAS if passend else Passendheid.NVT,
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

    assert plan.aftopping_vanaf is not None  # noqa: S101 - gezet zodra de norm geldt
    aftopping, aftoppingsregel = kies_aftoppingsgrens(
        huishouden.aantal_personen, plan.aftopping_vanaf, plan.aftopping_laag, plan.aftopping_hoog
    )
    uitleg.append(aftoppingsregel)
    passend = woning.kale_huur <= aftopping.waarde  # type: ignore[operator]
    uitleg.append(
        Uitlegregel(
            REGEL_HUUR,
            "PAS" if passend else "NIE",
            "De kale huur ({}) is {} de aftoppingsgrens ({}): {}.",
            (
                woning.kale_huur,
                "niet hoger dan" if passend else "hoger dan",
                aftopping,
                "passend" if passend else "niet passend (telt mee in de ruimte van 5%)",
            ),
            aftopping,
        )
    )
    return Passendheidsbepaling(
        Passendheid.PAS if passend else Passendheid.NIE,
        "huur niet hoger dan de aftoppingsgrens" if passend else "huur boven de aftoppingsgrens",
        True,
        huishoudtype,
        inkomensgrens,
        aftopping,
        gebruikt,
        False,
        tuple(uitleg),
    )


class _Groep(NamedTuple):
    erbij: bool
    huishoudtype: Huishoudtype | None
    grens: Parameterwaarde | None
    inkomen: Decimal | None


def _passende_groep(
    toewijzing: Toewijzing,
    bepaald: Huishoudinkomen,
    aow: Callable[[], AowStatus],
    plan: PassendPlan,
    uitleg: list[Uitlegregel],
) -> _Groep:
    """Of het huishouden tot de passende groep hoort (BTIV art. 54 lid 2; Ww art. 46 lid 2)."""
    if toewijzing.huishouden.zorgindicatie is not None:
        uitleg.append(_ZORG)
    if bepaald.vrijstelling is not None:
        uitleg.append(
            Uitlegregel(
                REGEL_GROEP,
                "in_groep",
                "Het huishouden hoort tot de passende groep ({}), ongeacht het inkomen.",
                (bepaald.vrijstelling.value,),
            )
        )
        return _Groep(True, None, None, None)
    huishoudtype = bepaal_huishoudtype(toewijzing.huishouden.aantal_personen, aow().aow)
    gevonden = plan.inkomensgrenzen[huishoudtype]
    if isinstance(gevonden, ParameterFout):
        raise gevonden
    uitleg.append(inkomensgrensregel(huishoudtype, gevonden))
    gebruikt, actueel = kies_inkomen(bepaald, gevonden, plan.actueel)
    if actueel is not None:
        uitleg.append(actueel)
    erbij = gebruikt <= gevonden.waarde  # type: ignore[operator]
    zin = (
        "Het huishoudinkomen ({}) is niet hoger dan de inkomensgrens ({}): het huishouden hoort "
        "tot de passende groep."
        if erbij
        else "Het huishoudinkomen ({}) is hoger dan de inkomensgrens ({}): het huishouden hoort "
        "niet tot de passende groep."
    )
    uitleg.append(
        Uitlegregel(
            REGEL_GROEP,
            "in_groep" if erbij else "buiten_groep",
            zin,
            (gebruikt, gevonden),
            gevonden,
        )
    )
    return _Groep(erbij, huishoudtype, gevonden, gebruikt)


def _nvt(reden: str, uitleg: tuple[Uitlegregel, ...]) -> Passendheidsbepaling:
    return Passendheidsbepaling(Passendheid.NVT, reden, None, None, None, None, None, False, uitleg)


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
    if not _alleen_aow(toewijzing.huuringangsdatum, toewijzing, aow):
        return False, (
            Uitlegregel(
                REGEL_54A,
                "afgewezen",
                "Het verzoek op grond van art. 54a is niet toegepast: het huishouden bestaat niet "
                "uitsluitend uit personen die de AOW-leeftijd hebben bereikt.",
                (),
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
    if vermogen is None:  # pragma: no cover - het model eist de grondslag bij een verzoek
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


def _alleen_aow(
    huuringangsdatum: date, toewijzing: Toewijzing, aow: Callable[[], AowStatus]
) -> bool:
    """Of alle bewoners de AOW-leeftijd hebben bereikt (op de huuringangsdatum)."""
    personen = toewijzing.huishouden.personen
    if all(p.geboortedatum is not None for p in personen):
        return all(
            aow_bereikt_op(p.geboortedatum, uiterlijk=huuringangsdatum) is not None
            for p in personen
            if p.geboortedatum is not None
        )
    if len(personen) == 1 and toewijzing.huishouden.aow_huishouden is not None:
        return aow().aow
    raise OnvoldoendeGegevens(
        REGEL_54A.id,
        "voor een verzoek op grond van art. 54a zijn de geboortedata van alle bewoners nodig "
        "(het huishouden moet uitsluitend bestaan uit personen met de AOW-leeftijd)",
    )
