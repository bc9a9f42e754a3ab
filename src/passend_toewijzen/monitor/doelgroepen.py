"""De doelgroep van een huishouden (een verhuring of een woningzoekende), met de bestaande regels.

Twee indelingen, elk gebouwd op de toets zelf (geen eigen grenzen, geen bedrag in de code):

**Landelijk** (standaard). Het huishouden wordt getoetst (:func:`~passend_toewijzen.toets.
toets_toewijzing`, niet strikt, zonder uitleg) voor een *referentiewoning*: een zelfstandige
DAEB-woning met een kale huur gelijk aan de lage aftoppingsgrens op de peildatum, dus binnen de
reikwijdte van passend toewijzen en van de DAEB-norm. Zo hangt de doelgroep alleen af van het
huishouden (omvang, AOW, inkomen, vergunninghouders, studenten, zorgindicatie), niet van de
woning die het kreeg, en worden verhuringen en woningzoekenden op dezelfde manier ingedeeld.
De doelgroep is dan:

* ``passend_eenpersoons``, ``passend_eenpersoons_aow``, ``passend_meerpersoons``,
  ``passend_meerpersoons_aow``: in de passende groep (BTIV 2015 art. 54), per huishoudtype;
* ``daeb_boven_passend``: DAEB-doelgroep, maar boven de passende inkomensgrens;
* ``middeninkomens`` en ``hogere_inkomens``: DAEB-segment middeninkomens of vrij;
* ``onbepaald``: de toets kon het niet bepalen (de reden staat in de uitkomst).

**Huur-inkomenstabel** (``tabel``). De inkomensgroep van de tabel
(:func:`~passend_toewijzen.tabellen.beoordelen.beoordeel` met dezelfde referentiewoning). Een
peildatum buiten de geldigheid van de tabel is een fout die de periode noemt; een huishouden
waarvoor de tabel geen groep kan bepalen (gegevens ontbreken) is ``onbepaald``.

De **peildatum** van een verhuring is haar huuringangsdatum (als in de verantwoording); die van
een woningzoekende kiest de aanroeper (de monitor: de laatste dag van de periode).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import OnvoldoendeGegevens
from passend_toewijzen.invoer.doelgroepcodes import OMSCHRIJVINGEN, BijzondereDoelgroep
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.modellen import (
    Huishouden,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
)
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.tabellen.beoordelen import beoordeel
from passend_toewijzen.tabellen.model import Tabel
from passend_toewijzen.toets import Toetsstatus, toets_toewijzing

__all__ = [
    "LANDELIJKE_DOELGROEPEN",
    "ONBEPAALD",
    "Doelgroep",
    "Doelgroepindeling",
    "bijzondere_groepen",
    "huishouden_van_zoeker",
]


class Doelgroep(NamedTuple):
    """Een doelgroep: de vaste naam (in JSON) en de omschrijving (in een verslag)."""

    naam: str
    omschrijving: str


ONBEPAALD = Doelgroep("onbepaald", "Doelgroep niet te bepalen")

LANDELIJKE_DOELGROEPEN: tuple[Doelgroep, ...] = (
    Doelgroep("passend_eenpersoons", "Passende groep, eenpersoons"),
    Doelgroep("passend_eenpersoons_aow", "Passende groep, eenpersoons met AOW"),
    Doelgroep("passend_meerpersoons", "Passende groep, meerpersoons"),
    Doelgroep("passend_meerpersoons_aow", "Passende groep, meerpersoons met AOW"),
    Doelgroep("daeb_boven_passend", "DAEB-doelgroep boven de passende inkomensgrens"),
    Doelgroep("middeninkomens", "Middeninkomens"),
    Doelgroep("hogere_inkomens", "Hogere inkomens"),
)
"""De landelijke doelgroepen in verslagvolgorde (``onbepaald`` komt als laatste)."""
_LANDELIJK = {d.naam: d for d in LANDELIJKE_DOELGROEPEN}
_SEGMENT = {
    Toewijzingssegment.DOELGROEP: "daeb_boven_passend",
    Toewijzingssegment.MIDDENINKOMENS: "middeninkomens",
    Toewijzingssegment.VRIJ: "hogere_inkomens",
}


@lru_cache(maxsize=64)
def _personen(aantal: int, vergunninghouders: bool, studenten: bool) -> tuple[Persoon, ...]:
    eerste = Persoon(
        rol=Rol.AANVRAGER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    overige = Persoon(
        rol=Rol.MEDEBEWONER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    return (eerste,) + (overige,) * (aantal - 1)


def huishouden_van_zoeker(zoeker: Woningzoekende) -> Huishouden:
    """Het huishouden van een woningzoekende, als model (statushouders: alle bewoners
    vergunninghouder; studenten: alle bewoners studiefinanciering). De code ``zin`` zegt niet
    welke zorgindicatie van BTIV art. 57 het is en telt dus alleen als bijzondere doelgroep."""
    groepen = zoeker.bijzondere_doelgroepen
    return Huishouden(
        personen=_personen(
            zoeker.aantal_personen,
            BijzondereDoelgroep.STATUSHOUDERS in groepen,
            BijzondereDoelgroep.STUDENTEN in groepen,
        ),
        vastgesteld_inkomen=zoeker.huishoudinkomen,
        aow_huishouden=zoeker.aow_huishouden,
    )


@lru_cache(maxsize=64)
def _referentiewoning(peildatum: date) -> Woning:
    huur = parameters_op(peildatum).bedrag("aftoppingsgrens_laag")
    return Woning(
        id="referentiewoning",
        kale_huur=huur,
        soort=Woningsoort.ZELFSTANDIG,
        daeb=True,
        gemeente="referentie",
    )


class Doelgroepindeling:
    """Deelt huishoudens in doelgroepen in: landelijk, of met een huur-inkomenstabel."""

    def __init__(self, *, tabel: Tabel | None = None, beleid: Beleid | None = None) -> None:
        self.tabel = tabel
        self.beleid = beleid
        self._tabelgroepen: dict[str, Doelgroep] = {}
        if tabel is not None:
            for groep in tabel.inkomensgroepen:
                self._tabelgroepen.setdefault(groep.naam, Doelgroep(groep.naam, groep.omschrijving))

    @property
    def doelgroepen(self) -> tuple[Doelgroep, ...]:
        """Alle doelgroepen van deze indeling in verslagvolgorde (``onbepaald`` als laatste)."""
        if self.tabel is not None:
            return (*self._tabelgroepen.values(), ONBEPAALD)
        return (*LANDELIJKE_DOELGROEPEN, ONBEPAALD)

    def van_huishouden(self, huishouden: Huishouden, peildatum: date) -> Doelgroep:
        """De doelgroep van ``huishouden`` op ``peildatum``."""
        woning = _referentiewoning(peildatum)
        if self.tabel is not None:
            try:
                oordeel = beoordeel(woning, huishouden, self.tabel, peildatum, beleid=self.beleid)
            except OnvoldoendeGegevens:
                return ONBEPAALD
            return self._tabelgroepen[oordeel.inkomensgroep]
        toewijzing = Toewijzing(
            huishouden=huishouden,
            woning=woning,
            toewijzingsdatum=peildatum,
            huuringangsdatum=peildatum,
        )
        uitkomst = toets_toewijzing(toewijzing, beleid=self.beleid, strikt=False, uitleg=False)
        if uitkomst.status is Toetsstatus.ONBEPAALD:
            return ONBEPAALD
        if uitkomst.in_passende_groep and uitkomst.huishoudtype is not None:
            return _LANDELIJK[f"passend_{uitkomst.huishoudtype.value}"]
        segment = uitkomst.toewijzingssegment
        if segment is None or segment not in _SEGMENT:
            return ONBEPAALD
        return _LANDELIJK[_SEGMENT[segment]]

    def van_toewijzing(self, toewijzing: Toewijzing) -> Doelgroep:
        """De doelgroep van het huishouden van een toewijzing, op de huuringangsdatum."""
        return self.van_huishouden(toewijzing.huishouden, toewijzing.huuringangsdatum)

    def van_zoeker(self, zoeker: Woningzoekende, peildatum: date) -> Doelgroep:
        """De doelgroep van een woningzoekende op ``peildatum``."""
        return self.van_huishouden(huishouden_van_zoeker(zoeker), peildatum)


def bijzondere_groepen(
    toewijzing: Toewijzing, codes: Iterable[BijzondereDoelgroep] = ()
) -> frozenset[BijzondereDoelgroep]:
    """De bijzondere doelgroepen van een toewijzing: de codes uit ``bijzondere_doelgroep`` plus
    de bestaande kolommen (vergunninghouders → ``sth``, studenten → ``stu``, urgentie → ``urg``,
    een zorgindicatie → ``zin``)."""
    groepen = set(codes)
    huishouden = toewijzing.huishouden
    if any(p.vergunninghouder for p in huishouden.personen):
        groepen.add(BijzondereDoelgroep.STATUSHOUDERS)
    if any(p.studiefinanciering for p in huishouden.personen):
        groepen.add(BijzondereDoelgroep.STUDENTEN)
    if toewijzing.urgentie:
        groepen.add(BijzondereDoelgroep.URGENT)
    if huishouden.zorgindicatie is not None:
        groepen.add(BijzondereDoelgroep.ZORGINDICATIE)
    return frozenset(groepen)


def omschrijving(groep: BijzondereDoelgroep) -> str:
    """De naam van een bijzondere doelgroep in een verslag."""
    return OMSCHRIJVINGEN[groep]
