"""DAEB-toewijzingssegment van een toewijzing: doelgroep, middeninkomens, vrij of nvt.

Grondslag per regime (parameter ``daeb_regime``):

``enkele_grens`` (1 januari 2011 - 30 juni 2015)
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
huur niet hoger dan de DAEB-huurgrens, en alle onzelfstandige woongelegenheden ongeacht de huur;
woonwagens en standplaatsen zijn woongelegenheden. Zorgcategorieën, vergunninghouders en
studenten tellen als doelgroep (BTIV 2015 art. 57); urgentie is geen vrijstelling.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterFout, ParameterNietVanKracht
from passend_toewijzen.modellen import Toewijzing, Woningsoort
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.inkomen import Huishoudinkomen
from passend_toewijzen.uitleg import Regel, Uitlegregel

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
    "BTIV 2015 art. 57; Tijdelijke regeling DAEB art. 4 lid 1 en art. 4bis lid 2",
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
    return DaebPlan(
        parameters["daeb_huurgrens"],
        regime,
        REGELS_SEGMENT[regime],
        categorieen,
        een,
        meer,
        actueel,
    )


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
    woning = toewijzing.woning
    huurgrens = plan.huurgrens
    if not woning.daeb:
        return Segmentbepaling(
            Toewijzingssegment.NVT, "geen DAEB-woongelegenheid", (), None, (_NIET_DAEB,)
        )
    onzelfstandig = woning.soort is Woningsoort.ONZELFSTANDIG
    if not onzelfstandig and woning.kale_huur > huurgrens.waarde:  # type: ignore[operator]
        regel = Uitlegregel(
            REGEL_REIKWIJDTE,
            "nvt",
            "De kale huur ({}) is hoger dan de DAEB-huurgrens ({}) en de woongelegenheid is niet "
            "onzelfstandig: buiten de toewijzingsnorm.",
            (woning.kale_huur, huurgrens),
            huurgrens,
        )
        return Segmentbepaling(
            Toewijzingssegment.NVT, "huur boven de DAEB-huurgrens", (), None, (regel,)
        )
    if onzelfstandig:
        zin = "Onzelfstandige DAEB-woongelegenheid: de toewijzingsnorm geldt ongeacht de huur."
        reikwijdte = Uitlegregel(REGEL_REIKWIJDTE, "binnen", zin, (), huurgrens)
    else:
        zin = "De kale huur ({}) is niet hoger dan de DAEB-huurgrens ({}): binnen de norm."
        reikwijdte = Uitlegregel(
            REGEL_REIKWIJDTE, "binnen", zin, (woning.kale_huur, huurgrens), huurgrens
        )
    uitleg: list[Uitlegregel] = [reikwijdte, _URGENTIE] if toewijzing.urgentie else [reikwijdte]

    categorie = _bijzondere_categorie(toewijzing, inkomen, plan.categorieen)
    if categorie is not None:
        regel = Uitlegregel(
            REGEL_CATEGORIE,
            "doelgroep",
            "{}: de toewijzing telt als toewijzing aan de doelgroep, ongeacht het inkomen.",
            (categorie,),
            plan.categorieen,  # type: ignore[arg-type]
        )
        return Segmentbepaling(Toewijzingssegment.DOELGROEP, categorie, (), None, (*uitleg, regel))

    grenzen = plan.eenpersoons if toewijzing.huishouden.aantal_personen == 1 else plan.meerpersoons
    bepaald = inkomen()
    if bepaald.bedrag is None:  # pragma: no cover - vrijstellingen zijn hierboven afgehandeld
        msg = "geen inkomen bij een huishouden zonder vrijstelling"
        raise OnvoldoendeGegevens(REGEL_CATEGORIE.id, msg)
    # Grenzen worden pas gebruikt als het inkomen ze bereikt: een onbekende hogere grens doet er
    # niet toe voor een inkomen onder de lagere.
    segment, grens, geraadpleegd = _indelen(bepaald.bedrag, grenzen)
    gebruikt = bepaald.bedrag
    if bepaald.actueel is not None and bepaald.actueel < bepaald.bedrag:
        actueel_regime = _actueel_regime(plan.actueel)
        if actueel_regime is not None:
            segment_actueel, grens_actueel, _ = _indelen(bepaald.actueel, grenzen)
            if _RANG[segment_actueel] < _RANG[segment]:
                segment, grens, gebruikt = segment_actueel, grens_actueel, bepaald.actueel
                uitleg.append(
                    Uitlegregel(
                        REGEL_ACTUEEL,
                        "actueel",
                        "Het actuele inkomen ({}) is lager dan het inkomen uit t-1/t-2 ({}) en "
                        "valt in een lager segment: het actuele inkomen telt.",
                        (bepaald.actueel, bepaald.bedrag),
                        actueel_regime,
                    )
                )
    uitleg.append(_segmentregel(plan.regel, segment, gebruikt, grens, len(grenzen)))
    return Segmentbepaling(segment, _REDEN[segment], geraadpleegd, gebruikt, tuple(uitleg))


def _bijzondere_categorie(
    toewijzing: Toewijzing,
    inkomen: Callable[[], Huishoudinkomen],
    categorieen: Parameterwaarde | ParameterNietVanKracht,
) -> str | None:
    huishouden = toewijzing.huishouden
    if huishouden.zorgindicatie is None and not (
        huishouden.alleen_vergunninghouders or huishouden.alleen_studenten
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
    vrijstelling = inkomen().vrijstelling
    if vrijstelling is not None:
        return {
            "vergunninghouders": "Vergunninghouders uit een COA-opvang",
            "studenten": "Studenten met studiefinanciering",
        }[vrijstelling.value]
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
    geraadpleegd: list[Parameterwaarde] = []
    for grens, segment in grenzen:
        if isinstance(grens, ParameterFout):
            raise grens
        geraadpleegd.append(grens)
        if bedrag <= grens.waarde:  # type: ignore[operator]
            return segment, grens, tuple(geraadpleegd)
    return Toewijzingssegment.VRIJ, geraadpleegd[-1], tuple(geraadpleegd)


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
    if segment is Toewijzingssegment.VRIJ:
        zin = "Het huishoudinkomen ({}) is hoger dan de {} ({}): toewijzingssegment vrij."
    elif segment is Toewijzingssegment.MIDDENINKOMENS:
        zin = (
            "Het huishoudinkomen ({}) is hoger dan de lagere grens, maar niet hoger dan de {} "
            "({}): toewijzingssegment middeninkomens."
        )
    else:
        zin = "Het huishoudinkomen ({}) is niet hoger dan de {} ({}): toewijzingssegment doelgroep."
    if grens.naam == "daeb_inkomensgrens" and aantal_grenzen > 1:
        omschrijving = "lagere DAEB-grens"
    else:
        omschrijving = _OMSCHRIJVING_GRENS[grens.naam]
    return Uitlegregel(regel, segment.value, zin, (inkomen, omschrijving, grens), grens)
