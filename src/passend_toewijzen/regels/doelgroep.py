"""DAEB-toewijzingssegment van een toewijzing: doelgroep, middeninkomens, vrij of nvt.

Grondslag per regime (parameter ``daeb_regime``):

``enkele_grens`` (1 januari 2011 - 31 december 2014)
    Tijdelijke regeling DAEB art. 4 lid 1: inkomen niet hoger dan de grens → doelgroep, anders vrij.
``overgang_2015`` (1 januari - 30 juni 2015)
    BTIV 2015 art. 126 lid 2 onder c: voor de verslaglegging over 2015 gelden de grenzen van BTIV
    art. 16 lid 1 alsof zij het hele kalenderjaar golden. Verhuringen die in de eerste helft van
    2015 ingaan, worden daarom ingedeeld met de grenzen zoals die per 1 juli 2015 gelden.
``twee_grenzen`` (1 juli 2015 - 2021)
    Woningwet art. 48 lid 1 jo. BTIV 2015 art. 16 lid 1: niet hoger dan de lagere grens →
    doelgroep; niet hoger dan de hogere grens → middeninkomens; anders vrij.
``gedifferentieerd`` (vanaf 2022)
    Woningwet art. 48 lid 1 jo. BTIV 2015 art. 16 lid 1: grens voor één persoon of voor twee of
    meer personen; niet hoger → doelgroep, anders vrij.

Binnen de reikwijdte vallen DAEB-woongelegenheden (Woningwet art. 47 lid 1 onder b en c): met een
huur niet hoger dan de maximale huurgrens, en alle onzelfstandige woongelegenheden ongeacht de
huur; woonwagens en standplaatsen zijn woongelegenheden; de kale huur (Woningwet art. 1
"huurprijs") wordt getoetst aan de maximale huurgrens van Wet op de huurtoeslag art. 13 lid 1
onder a (parameter ``daeb_huurgrens``; zie de begrippen voor de namen van dit bedrag).

Bijzondere categorieën tellen als doelgroep, ongeacht het inkomen (parameter
``daeb_bijzondere_categorieen``): vanaf 2013 de zorgcategorieën van Tijdelijke regeling art. 4 lid 1
en de huishoudens die van de inkomenstoets zijn vrijgesteld (art. 4bis lid 2); vanaf 1 juli 2015 de
zorgcategorieën van BTIV 2015 art. 57 onder b tot en met d en de studenten en vergunninghouders van
art. 54 lid 2 (art. 57 onder a), en daarnaast de vrijgestelde huishoudens (art. 56 lid 3; hun
inkomen wordt niet vastgesteld). Urgentie is geen vrijstelling.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from passend_toewijzen._gedeeld import gedeeld
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterFout, ParameterNietVanKracht
from passend_toewijzen.modellen import Toewijzing, Woningsoort
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.groepen import (
    Categorie,
    Groepsregels,
    Vrijstelling,
    bepaal_categorie,
    groepsregels,
)
from passend_toewijzen.regels.inkomen import Huishoudinkomen
from passend_toewijzen.uitleg import Regel, Uitlegregel, maak_uitlegregel

__all__ = [
    "DaebPlan",
    "Grenzenreeks",
    "Segmentbepaling",
    "Toewijzingssegment",
    "bepaal_toewijzingssegment",
    "daeb_plan",
]

REGEL_REIKWIJDTE = Regel(
    "DAEB-01", "Woningwet art. 47 lid 1 onder b en c; art. 48 lid 1", "Reikwijdte van de DAEB-norm"
)
REGEL_CATEGORIE = Regel(
    "DAEB-02",
    "BTIV 2015 art. 57 (onder a: de groepen van art. 54 lid 2) en art. 56 lid 3; Tijdelijke "
    "regeling DAEB art. 4 lid 1 en art. 4bis lid 2",
    "Bijzondere categorie telt als doelgroep",
)
REGEL_URGENTIE = Regel("DAEB-04", "Woningwet art. 48 lid 1; BTIV 2015 art. 59", "Urgentie")
REGEL_ACTUEEL = Regel(
    "DAEB-05",
    "RTIV 2015 art. 22 lid 5-6 en bijlage 1",
    "Actueel inkomen voor de DAEB-toets (alleen lager)",
)
REGELS_SEGMENT = {
    "enkele_grens": Regel(
        "DAEB-03", "Tijdelijke regeling DAEB art. 4 lid 1", "Toewijzingssegment (90%-norm)"
    ),
    "overgang_2015": Regel(
        "DAEB-03",
        "BTIV 2015 art. 16 lid 1 onder b jo. art. 126 lid 2 onder c",
        "Toewijzingssegment (verslagjaar 2015: grenzen van het hele jaar)",
    ),
    "twee_grenzen": Regel(
        "DAEB-03",
        "Woningwet art. 48 lid 1; BTIV 2015 art. 16 lid 1",
        "Toewijzingssegment (80%- en 90%-norm)",
    ),
    "gedifferentieerd": Regel(
        "DAEB-03",
        "Woningwet art. 48 lid 1; BTIV 2015 art. 16 lid 1",
        "Toewijzingssegment (92,5%-norm)",
    ),
}


class Toewijzingssegment(enum.StrEnum):
    """Het DAEB-toewijzingssegment waarin een toewijzing telt."""

    DOELGROEP = "doelgroep"
    MIDDENINKOMENS = "middeninkomens"
    VRIJ = "vrij"
    NVT = "nvt"


class Segmentbepaling(NamedTuple):
    """Het toewijzingssegment met reden, gebruikte grenzen en uitleg."""

    segment: Toewijzingssegment
    reden: str
    grenzen: tuple[Parameterwaarde, ...]
    gebruikt_inkomen: Decimal | None
    uitleg: tuple[Uitlegregel, ...]


Grenzenreeks = tuple[tuple["Parameterwaarde | ParameterFout", Toewijzingssegment], ...]
"""Inkomensgrenzen oplopend, elk met het segment voor een inkomen tot en met die grens."""


class DaebPlan(NamedTuple):
    """De DAEB-regels zoals ze op één peildatum gelden, één keer per peildatum opgezocht."""

    huurgrens: Parameterwaarde
    regime: str
    regel: Regel
    categorieen: Parameterwaarde | ParameterNietVanKracht
    eenpersoons: Grenzenreeks
    meerpersoons: Grenzenreeks
    actueel: Parameterwaarde | ParameterFout | None
    groepen: Groepsregels | None = None
    """De groepen van art. 54 lid 2 (studenten en vergunninghouders) op de peildatum."""


def _opzoeken(parameters: Parameterset, naam: str) -> Parameterwaarde | ParameterFout:
    try:
        return parameters[naam]
    except ParameterFout as fout:
        return fout


def daeb_plan(parameters: Parameterset, grenzen_2015: Parameterset | None = None) -> DaebPlan:
    """Zoek de DAEB-regels op die op de peildatum van ``parameters`` gelden.

    ``grenzen_2015`` zijn de parameters per 1 juli 2015, nodig onder het regime ``overgang_2015``.
    """
    regime = parameters.regime("daeb_regime")
    grensset = grenzen_2015 if regime == "overgang_2015" and grenzen_2015 else parameters
    een: Grenzenreeks
    meer: Grenzenreeks
    if regime == "enkele_grens":
        een = meer = ((_opzoeken(grensset, "daeb_inkomensgrens"), Toewijzingssegment.DOELGROEP),)
    elif regime in ("overgang_2015", "twee_grenzen"):
        een = meer = (
            (_opzoeken(grensset, "daeb_inkomensgrens"), Toewijzingssegment.DOELGROEP),
            (_opzoeken(grensset, "daeb_inkomensgrens_hoog"), Toewijzingssegment.MIDDENINKOMENS),
        )
    else:
        een = (
            (_opzoeken(grensset, "daeb_inkomensgrens_eenpersoons"), Toewijzingssegment.DOELGROEP),
        )
        meer = (
            (_opzoeken(grensset, "daeb_inkomensgrens_meerpersoons"), Toewijzingssegment.DOELGROEP),
        )
    try:
        categorieen: Parameterwaarde | ParameterNietVanKracht = parameters[
            "daeb_bijzondere_categorieen"
        ]
    except ParameterNietVanKracht as fout:
        categorieen = fout
    actueel: Parameterwaarde | ParameterFout | None
    try:
        geldt = parameters.geldt("actueel_inkomen_daeb")
        actueel = parameters["actueel_inkomen_daeb"] if geldt else None
    except ParameterFout as fout:
        actueel = fout
    groepen = groepsregels(parameters) if isinstance(categorieen, Parameterwaarde) else None
    plan = DaebPlan(
        parameters["daeb_huurgrens"],
        regime,
        REGELS_SEGMENT[regime],
        categorieen,
        een,
        meer,
        actueel,
        groepen,
    )
    extra = tuple(
        parameters[naam]
        for naam in ("studenten_wtos", "vrijstelling_studenten_max_personen")
        if parameters.geldt(naam)
    )
    waarden = (
        plan.huurgrens,
        categorieen,
        actueel,
        *extra,
        *(g for g, _ in een),
        *(g for g, _ in meer),
    )
    if any(isinstance(w, ParameterFout) for w in waarden):
        return plan  # een fout noemt de peildatum: niet te delen met andere peildata
    # Zonder fouten hangt het plan alleen af van het regime en de (gedeelde) parameterwaarden;
    # welke grenzen voor één en voor meer personen gelden, ligt per regime vast.
    return gedeeld("daeb_plan", waarden, lambda: plan, regime)


_REDEN = {
    Toewijzingssegment.DOELGROEP: "inkomen niet hoger dan de DAEB-inkomensgrens",
    Toewijzingssegment.MIDDENINKOMENS: "inkomen boven de lagere, niet boven de hogere grens",
    Toewijzingssegment.VRIJ: "inkomen boven de DAEB-inkomensgrens",
}
_NIET_DAEB = Uitlegregel(
    REGEL_REIKWIJDTE,
    "nvt",
    "De woongelegenheid hoort niet tot het DAEB-bezit: de toewijzingsnorm geldt niet.",
)
_URGENTIE = Uitlegregel(
    REGEL_URGENTIE,
    "geen_vrijstelling",
    "Urgentie geeft voorrang, maar is geen vrijstelling van de inkomensgrens.",
)


_DOELGROEP = Toewijzingssegment.DOELGROEP
_VRIJ = Toewijzingssegment.VRIJ
_NVT = Toewijzingssegment.NVT
_ONZELFSTANDIG = Woningsoort.ONZELFSTANDIG
_ZIN_BINNEN = "De kale huur ({}) is niet hoger dan de maximale huurgrens ({}): binnen de norm."

_maak_bepaling: Callable[
    [
        tuple[
            Toewijzingssegment,
            str,
            tuple[Parameterwaarde, ...],
            Decimal | None,
            tuple[Uitlegregel, ...],
        ]
    ],
    Segmentbepaling,
] = partial(tuple.__new__, Segmentbepaling)


def bepaal_toewijzingssegment(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    parameters: Parameterset | DaebPlan,
    grenzen_2015: Parameterset | None = None,
) -> Segmentbepaling:
    """Bepaal het DAEB-toewijzingssegment.

    ``inkomen`` wordt alleen aangeroepen als het inkomen nodig is (niet bij een woning buiten de
    reikwijdte of een zorgcategorie). ``parameters`` is de parameterset van de huuringangsdatum of
    een al opgezocht :class:`DaebPlan`; ``grenzen_2015`` zijn de parameters per 1 juli 2015, nodig
    onder het regime ``overgang_2015``.
    """
    plan = parameters if isinstance(parameters, DaebPlan) else daeb_plan(parameters, grenzen_2015)
    return segment_volgens_plan(toewijzing, inkomen, plan)


def segment_volgens_plan(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    plan: DaebPlan,
    *,
    met_uitleg: bool = True,
) -> Segmentbepaling:
    """:func:`bepaal_toewijzingssegment` met een al opgezocht plan.

    Zonder uitleg (``met_uitleg=False``) worden de uitlegregels niet gemaakt en is ``uitleg``
    leeg; al het andere is hetzelfde.
    """
    woning = toewijzing.woning
    huurgrens = plan.huurgrens
    if not woning.daeb:
        return _maak_bepaling(
            (_NVT, "geen DAEB-woongelegenheid", (), None, (_NIET_DAEB,) if met_uitleg else ())
        )
    onzelfstandig = woning.soort is _ONZELFSTANDIG
    kale_huur = woning.kale_huur
    if not onzelfstandig and kale_huur > huurgrens.waarde:  # type: ignore[operator]
        buiten: tuple[Uitlegregel, ...] = ()
        if met_uitleg:
            buiten = (
                maak_uitlegregel(
                    (
                        REGEL_REIKWIJDTE,
                        "nvt",
                        "De kale huur ({}) is hoger dan de maximale huurgrens ({}) en de "
                        "woongelegenheid is niet onzelfstandig: buiten de toewijzingsnorm.",
                        (kale_huur, huurgrens),
                        huurgrens,
                    )
                ),
            )
        return _maak_bepaling((_NVT, "huur boven de maximale huurgrens", (), None, buiten))
    uitleg: list[Uitlegregel] = []
    if met_uitleg:
        if onzelfstandig:
            zin = "Onzelfstandige DAEB-woongelegenheid: de toewijzingsnorm geldt ongeacht de huur."
            uitleg.append(maak_uitlegregel((REGEL_REIKWIJDTE, "binnen", zin, (), huurgrens)))
        else:
            uitleg.append(
                maak_uitlegregel(
                    (REGEL_REIKWIJDTE, "binnen", _ZIN_BINNEN, (kale_huur, huurgrens), huurgrens)
                )
            )
        if toewijzing.urgentie:
            uitleg.append(_URGENTIE)

    categorie = _bijzondere_categorie(toewijzing, inkomen, plan.categorieen, plan.groepen)
    if categorie is not None:
        if met_uitleg:
            uitleg.append(
                Uitlegregel(
                    REGEL_CATEGORIE,
                    "doelgroep",
                    "{}: de toewijzing telt als toewijzing aan de doelgroep, ongeacht het inkomen.",
                    (categorie,),
                    plan.categorieen,  # type: ignore[arg-type]
                )
            )
        return _maak_bepaling((_DOELGROEP, categorie, (), None, tuple(uitleg)))

    grenzen = plan.eenpersoons if len(toewijzing.huishouden.personen) == 1 else plan.meerpersoons
    bepaald = inkomen()
    bedrag = bepaald.bedrag
    if bedrag is None:  # vrijstellingen zijn hierboven afgehandeld: een inkomen dat niet past
        msg = "geen inkomen bij een huishouden zonder vrijstelling"
        raise OnvoldoendeGegevens(REGEL_CATEGORIE.id, msg)
    # Grenzen worden pas gebruikt als het inkomen ze bereikt: een onbekende hogere grens doet er
    # niet toe voor een inkomen onder de lagere.
    segment, grens, geraadpleegd = _indelen(bedrag, grenzen)
    gebruikt = bedrag
    actueel = bepaald.actueel
    if actueel is not None and actueel < bedrag:
        actueel_regime = _actueel_regime(plan.actueel)
        if actueel_regime is not None:
            segment_actueel, grens_actueel, _ = _indelen(actueel, grenzen)
            if _RANG[segment_actueel] < _RANG[segment]:
                segment, grens, gebruikt = segment_actueel, grens_actueel, actueel
                if met_uitleg:
                    uitleg.append(
                        Uitlegregel(
                            REGEL_ACTUEEL,
                            "actueel",
                            "Het actuele inkomen ({}) is lager dan het inkomen uit t-1/t-2 ({}) "
                            "en valt in een lager segment: het actuele inkomen telt.",
                            (actueel, bedrag),
                            actueel_regime,
                        )
                    )
    if met_uitleg:
        uitleg.append(_segmentregel(plan.regel, segment, gebruikt, grens, len(grenzen)))
    return _maak_bepaling((segment, _REDEN[segment], geraadpleegd, gebruikt, tuple(uitleg)))


_CATEGORIE_NAMEN = {
    Categorie.STUDENTEN: "Studenten (voltijds ingeschreven; BTIV art. 54 lid 2 onder a)",
    Categorie.VERGUNNINGHOUDERS: (
        "Vergunninghouders met een verblijfsvergunning na een asielaanvraag "
        "(BTIV art. 54 lid 2 onder b)"
    ),
}
_VRIJSTELLING_NAMEN = {
    Vrijstelling.VERGUNNINGHOUDERS: "Vergunninghouders uit een COA-opvang",
    Vrijstelling.STUDENTEN: "Studenten met studiefinanciering",
    Vrijstelling.BUITENLANDSE_STUDENTEN: "Buitenlandse studenten in het hoger onderwijs",
}


def _bijzondere_categorie(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    categorieen: Parameterwaarde | ParameterNietVanKracht,
    groepen: Groepsregels | None,
) -> str | None:
    huishouden = toewijzing.huishouden
    if huishouden.zorgindicatie is None and not (
        huishouden.alleen_vergunninghouders
        or huishouden.alleen_studenten_of_wtos
        or huishouden.alleen_buitenlandse_studenten
        or huishouden.met_asielvergunning
        or huishouden.alleen_voltijds_studenten_of_wtos
    ):
        return None
    if isinstance(categorieen, ParameterNietVanKracht):
        raise OnvoldoendeGegevens(
            REGEL_CATEGORIE.id,
            "het huishouden valt in een bijzondere categorie (zorg, vergunninghouders of "
            f"studenten), maar {categorieen.reden}",
        ) from categorieen
    if categorieen.waarde == "geen":
        return None
    if huishouden.zorgindicatie is not None:
        return f"Zorgindicatie ({huishouden.zorgindicatie.value})"
    categorie = bepaal_categorie(huishouden, groepen)
    if categorie is not None:
        return _CATEGORIE_NAMEN[categorie]
    vrijstelling = inkomen().vrijstelling
    if vrijstelling is not None:
        return _VRIJSTELLING_NAMEN[vrijstelling]
    return None


def _actueel_regime(regime: Parameterwaarde | ParameterFout | None) -> Parameterwaarde | None:
    if isinstance(regime, ParameterFout):
        raise OnvoldoendeGegevens(
            REGEL_ACTUEEL.id,
            f"er is een actueel inkomen opgegeven, maar {regime}; geef alleen het inkomen uit "
            "t-1/t-2 of het vastgestelde inkomen op",
        ) from regime
    return regime


def _indelen(
    bedrag: Decimal,
    grenzen: tuple[tuple[Parameterwaarde | ParameterFout, Toewijzingssegment], ...],
) -> tuple[Toewijzingssegment, Parameterwaarde, tuple[Parameterwaarde, ...]]:
    geraadpleegd: tuple[Parameterwaarde, ...] = ()
    for grens, segment in grenzen:
        if isinstance(grens, ParameterFout):
            # Zonder de traceback van eerdere keren: anders groeit die bij elke toets aan.
            raise grens.with_traceback(None)
        geraadpleegd += (grens,)
        if bedrag <= grens.waarde:  # type: ignore[operator]
            return segment, grens, geraadpleegd
    return _VRIJ, geraadpleegd[-1], geraadpleegd


_OMSCHRIJVING_GRENS = {
    "daeb_inkomensgrens": "DAEB-inkomensgrens",
    "daeb_inkomensgrens_hoog": "hogere DAEB-inkomensgrens",
    "daeb_inkomensgrens_eenpersoons": "DAEB-inkomensgrens voor één persoon",
    "daeb_inkomensgrens_meerpersoons": "DAEB-inkomensgrens voor twee of meer personen",
}

_RANG = {
    Toewijzingssegment.DOELGROEP: 0,
    Toewijzingssegment.MIDDENINKOMENS: 1,
    Toewijzingssegment.VRIJ: 2,
}


def _segmentregel(
    regel: Regel,
    segment: Toewijzingssegment,
    inkomen: Decimal,
    grens: Parameterwaarde,
    aantal_grenzen: int,
) -> Uitlegregel:
    if grens.naam == "daeb_inkomensgrens" and aantal_grenzen > 1:
        omschrijving = "lagere DAEB-grens"
    else:
        omschrijving = _OMSCHRIJVING_GRENS[grens.naam]
    uitkomst, zin = _SEGMENTZINNEN[segment]
    return maak_uitlegregel((regel, uitkomst, zin, (inkomen, omschrijving, grens), grens))


_SEGMENTZINNEN = {
    Toewijzingssegment.VRIJ: (
        Toewijzingssegment.VRIJ.value,
        "Het huishoudinkomen ({}) is hoger dan de {} ({}): toewijzingssegment vrij.",
    ),
    Toewijzingssegment.MIDDENINKOMENS: (
        Toewijzingssegment.MIDDENINKOMENS.value,
        "Het huishoudinkomen ({}) is hoger dan de lagere grens, maar niet hoger dan de {} "
        "({}): toewijzingssegment middeninkomens.",
    ),
    Toewijzingssegment.DOELGROEP: (
        Toewijzingssegment.DOELGROEP.value,
        "Het huishoudinkomen ({}) is niet hoger dan de {} ({}): toewijzingssegment doelgroep.",
    ),
}
"""Per segment de uitkomst en de zin van de uitlegregel (een segment is nooit nvt na indelen)."""
