"""AOW-status van een huishouden op 1 januari van het jaar van de huuringang.

Grondslag: Wet op de huurtoeslag art. 2 (een- en meerpersoonsouderenhuishouden: de
pensioengerechtigde leeftijd van AOW art. 7a "op 1 januari van het berekeningsjaar") en
Woningwet art. 46 lid 2 (passende inkomensgrens per huishoudtype). Het berekeningsjaar is het jaar
van de huuringangsdatum (zoals ook de inkomensjaren t-1 en t-2 vanaf dat jaar tellen).

* Eenpersoonshuishouden: AOW als de aanvrager de AOW-leeftijd op 1 januari heeft bereikt.
* Meerpersoonshuishouden, regime ``inkomensaandeel`` (tot 2017): AOW als meer dan de helft van
  het inkomen afkomstig is van bewoners die de AOW-leeftijd hebben bereikt.
* Meerpersoonshuishouden, regime ``een_bewoner`` (vanaf 2017): AOW als de aanvrager, de partner
  of een medebewoner de AOW-leeftijd heeft bereikt.

Iemand bereikt de AOW-leeftijd in het eerste kalenderjaar *j* waarin zijn geboortedatum plus de
AOW-leeftijd van jaar *j* in jaar *j* valt (AOW art. 7a: de leeftijd hangt af van het jaar waarin
men hem bereikt). Wie de leeftijd in de loop van een jaar bereikt, telt voor dat jaar nog niet mee.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Rol
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import Leeftijd, Parameterset
from passend_toewijzen.uitleg import Regel, Uitlegregel

__all__ = ["AowStatus", "aow_bereikt_op", "bepaal_aow_status"]

REGEL_OPGEGEVEN = Regel("AOW-01", "Wet op de huurtoeslag art. 2", "AOW-status opgegeven")
REGEL_PERSOON = Regel(
    "AOW-02", "Algemene Ouderdomswet art. 7a lid 1", "AOW-leeftijd van een bewoner op 1 januari"
)
REGEL_HUISHOUDEN = Regel(
    "AOW-03",
    "Wet op de huurtoeslag art. 2 (een- en meerpersoonsouderenhuishouden)",
    "AOW-status van het huishouden",
)
_LEEFTIJD = "aow_leeftijd"
_TOETS = "aow_toets_meerpersoons"


class AowStatus(NamedTuple):
    """Of het huishouden op 1 januari van het jaar van de huuringang een ouderenhuishouden is."""

    aow: bool
    peildatum: date
    uitleg: tuple[Uitlegregel, ...]


def _maak_leeftijd_in_jaar(jaar: int) -> Leeftijd:
    """De AOW-leeftijd van een kalenderjaar (ook vóór de dekking: 65 jaar vóór 2013)."""
    rw = register().definities[_LEEFTIJD].reekswaarde_op(date(jaar, 1, 1))
    if rw is None or not isinstance(rw.waarde, Leeftijd):
        reden = rw.opmerking if rw is not None and rw.opmerking else "geen waarde in de data"
        raise ParameterNietVanKracht(_LEEFTIJD, date(jaar, 1, 1), reden)
    return rw.waarde


def _maak_laagste_leeftijd() -> int:
    reeks = register().definities[_LEEFTIJD].reeks
    return min(rw.waarde.jaren for rw in reeks if isinstance(rw.waarde, Leeftijd))


# De geheugens staan los van de functies: mutmut (scripts/mutatietest.py) muteert geen functies
# met een decorator, en zo worden ook deze functies gemuteerd.
_leeftijd_in_jaar = cache(_maak_leeftijd_in_jaar)
_laagste_leeftijd = cache(_maak_laagste_leeftijd)


def aow_bereikt_op(geboortedatum: date, *, uiterlijk: date) -> date | None:
    """De datum waarop iemand de AOW-leeftijd bereikt, als dat uiterlijk op ``uiterlijk`` is.

    Geeft ``None`` als de AOW-leeftijd op ``uiterlijk`` nog niet is bereikt.
    """
    for jaar in range(geboortedatum.year + _laagste_leeftijd(), uiterlijk.year + 1):
        bereikt = _leeftijd_in_jaar(jaar).bereikt_op(geboortedatum)
        if bereikt.year <= jaar:
            return bereikt if bereikt <= uiterlijk else None
    return None


def bepaal_aow_status(
    huishouden: Huishouden,
    huuringangsdatum: date,
    parameters: Parameterset,
    inkomen_per_persoon: Sequence[Decimal | None] | None = None,
) -> AowStatus:
    """Bepaal de AOW-status van het huishouden voor het jaar van de huuringangsdatum.

    ``inkomen_per_persoon`` (zelfde volgorde als ``huishouden.personen``) is alleen nodig onder het
    regime ``inkomensaandeel``, als een deel van de bewoners de AOW-leeftijd heeft bereikt.
    """
    if huishouden.aow_huishouden is not None:
        return _opgegeven(huishouden.aow_huishouden, huuringangsdatum.year)
    peildatum = date(huuringangsdatum.year, 1, 1)

    leeftijd = parameters[_LEEFTIJD]
    toetspersonen = [
        (i, p)
        for i, p in enumerate(huishouden.personen)
        if p.rol is not Rol.KIND or huishouden.aantal_personen == 1
    ]
    uitleg: list[Uitlegregel] = []
    bereikt: dict[int, bool] = {}
    for index, persoon in toetspersonen:
        if persoon.geboortedatum is None:
            raise OnvoldoendeGegevens(
                REGEL_PERSOON.id,
                f"geboortedatum van personen[{index}] ({persoon.rol.value}) ontbreekt; geef de "
                "geboortedata of aow_huishouden op",
            )
        bereikt[index] = aow_bereikt_op(persoon.geboortedatum, uiterlijk=peildatum) is not None
        uitleg.append(
            Uitlegregel(
                REGEL_PERSOON,
                "bereikt" if bereikt[index] else "niet_bereikt",
                "De {} heeft op {} de AOW-leeftijd {}.",
                (
                    persoon.rol.value,
                    peildatum,
                    "bereikt" if bereikt[index] else "nog niet bereikt",
                ),
                leeftijd,
            )
        )

    if huishouden.aantal_personen == 1:
        aow = bereikt[0]
        zin = "De aanvrager heeft op 1 januari de AOW-leeftijd {}; het huishouden is {}."
        regel = Uitlegregel(
            REGEL_HUISHOUDEN, _uitkomst(aow), zin, (_bereikt(aow), _soort(aow)), leeftijd
        )
        return AowStatus(aow, peildatum, (*uitleg, regel))

    toets = parameters[_TOETS]
    if toets.waarde == "een_bewoner" or len(set(bereikt.values())) == 1:
        aow = any(bereikt.values())
        zin = (
            "Een of meer van aanvrager, partner en medebewoners hebben op 1 januari de "
            "AOW-leeftijd bereikt; het huishouden is een ouderenhuishouden."
            if aow
            else "Geen van aanvrager, partner en medebewoners heeft op 1 januari de AOW-leeftijd "
            "bereikt; het huishouden is geen ouderenhuishouden."
        )
        regel = Uitlegregel(REGEL_HUISHOUDEN, _uitkomst(aow), zin, (), toets)
        return AowStatus(aow, peildatum, (*uitleg, regel))

    # Regime inkomensaandeel met een deel van de bewoners op AOW-leeftijd: het aandeel beslist.
    if inkomen_per_persoon is None or any(inkomen_per_persoon[i] is None for i in bereikt):
        raise OnvoldoendeGegevens(
            REGEL_HUISHOUDEN.id,
            "onder de toets op het inkomensaandeel (Wet op de huurtoeslag art. 2, tot 2017) is het "
            "inkomen per bewoner nodig; geef inkomensbewijzen per persoon of aow_huishouden op",
        )
    # Optellen in de eigen rekencontext: de uitkomst hangt niet af van de context van de aanroeper.
    totaal = van_aow = Decimal(0)
    for i, ja in bereikt.items():
        totaal = REKENCONTEXT.add(totaal, inkomen_per_persoon[i] or Decimal(0))
        if ja:
            van_aow = REKENCONTEXT.add(van_aow, inkomen_per_persoon[i] or Decimal(0))
    aow = REKENCONTEXT.multiply(van_aow, 2) > totaal
    zin = (
        "Het inkomen van bewoners met de AOW-leeftijd ({}) is {} de helft van het inkomen van "
        "het huishouden ({}); het huishouden is {}."
    )
    argumenten = (van_aow, "meer dan" if aow else "niet meer dan", totaal, _soort(aow))
    regel = Uitlegregel(REGEL_HUISHOUDEN, _uitkomst(aow), zin, argumenten, toets)
    return AowStatus(aow, peildatum, (*uitleg, regel))


def _maak_opgegeven(aow: bool, jaar: int) -> AowStatus:
    """De opgegeven AOW-status (onveranderlijk, dus één object per status en jaar)."""
    return AowStatus(aow, date(jaar, 1, 1), (_OPGEGEVEN[aow],))


_opgegeven = cache(_maak_opgegeven)


_OPGEGEVEN = {
    aow: Uitlegregel(
        REGEL_OPGEGEVEN,
        "aow" if aow else "geen_aow",
        "De AOW-status van het huishouden is opgegeven: {}.",
        ("een ouderenhuishouden" if aow else "geen ouderenhuishouden",),
    )
    for aow in (True, False)
}


def _uitkomst(aow: bool) -> str:
    return "aow" if aow else "geen_aow"


def _soort(aow: bool) -> str:
    return "een ouderenhuishouden" if aow else "geen ouderenhuishouden"


def _bereikt(aow: bool) -> str:
    return "bereikt" if aow else "nog niet bereikt"
