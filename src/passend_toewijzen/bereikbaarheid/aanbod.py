"""Per woning en per scenario: de huur bij mutatie, de huurklasse en wie de woning kan bereiken.

:class:`Aanbodregels` bundelt alles wat per peildatum vastligt (grenzen, huurklassen, de tabel van
maximale huurprijzen en eventueel een huur-inkomenstabel), zodat :meth:`Aanbodregels.woning` per
woning alleen nog rekent. De rekenregels zelf staan in :mod:`~passend_toewijzen.bereikbaarheid.
regels`; de huurklasse komt uit :func:`~passend_toewijzen.regels.huurklasse.bepaal_huurklasse`.

**Met een huur-inkomenstabel** is een woning bereikbaar voor een inkomensgroep van de tabel als de
cel van die groep en de huurband van de huur bij mutatie ``voorrang`` of ``toegestaan`` zegt. Een
symbolische grens van de tabel wordt opgezocht voor het kleinste huishouden van de groep
(``personen_min``; AOW alleen als de groep alleen AOW-huishoudens bevat), met dezelfde regels als
:func:`~passend_toewijzen.tabellen.beoordelen.beoordeel`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from passend_toewijzen.bereikbaarheid.grenzen import Doelgroep, Grenzen
from passend_toewijzen.bereikbaarheid.regels import (
    afgetopt,
    bereikbaar,
    huur_bij_mutatie,
    streefhuur,
)
from passend_toewijzen.bereikbaarheid.scenario import Aftopping, Scenario
from passend_toewijzen.fouten import DatumBuitenTabel
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.modellen import Woningsoort
from passend_toewijzen.parameters.huurprijstabellen import (
    GeenHuurprijstabel,
    Huurprijstabel,
    PuntenBuitenTabel,
    huurprijstabel_op,
)
from passend_toewijzen.regels.huishoudtype import bepaal_huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse
from passend_toewijzen.tabellen.beoordelen import grenswaarde
from passend_toewijzen.tabellen.model import AowFilter, Cel, Tabel

__all__ = ["Aanbodregels", "Groepsbanden", "Huidigehuur", "Woninguitkomst"]

DOELGROEPEN: tuple[Doelgroep, ...] = tuple(Doelgroep)


class Woninguitkomst(NamedTuple):
    """Eén woning onder één scenario."""

    woning: Voorraadwoning
    maximale_huur: Decimal
    percentage: Decimal
    herkomst_percentage: str
    """Waar het percentage vandaan komt: ``woning``, ``kern``, ``segment`` of ``scenario``."""
    streefhuur: Decimal
    """Het percentage van de maximale huur, in hele centen (zonder verduurzaming en aftoppen)."""
    huur: Decimal
    """De huur bij mutatie: streefhuur, plus verduurzaming, ten hoogste de aftopping."""
    afgetopt: bool
    huurklasse: Huurklasse
    bereikbaar: tuple[bool, ...]
    """Per :class:`~passend_toewijzen.bereikbaarheid.grenzen.Doelgroep` (in die volgorde)."""
    cellen: tuple[Cel, ...]
    """Per inkomensgroep van de huur-inkomenstabel de cel (leeg zonder tabel)."""


class Huidigehuur(NamedTuple):
    """Eén woning met haar huidige kale huur: de referentie naast de scenario's (vandaag).

    Dezelfde huurklassen, doelgroepgrenzen en cellen van de huur-inkomenstabel als bij een
    scenario, met dezelfde grenzen van de peildatum, maar over de huidige kale huur: zonder
    streefhuur, aftoppen of verduurzaming.
    """

    woning: Voorraadwoning
    huur: Decimal
    """De huidige kale huur (kolom ``kale_huur``)."""
    huurklasse: Huurklasse
    bereikbaar: tuple[bool, ...]
    """Per :class:`~passend_toewijzen.bereikbaarheid.grenzen.Doelgroep` (in die volgorde)."""
    cellen: tuple[Cel, ...]
    """Per inkomensgroep van de huur-inkomenstabel de cel (leeg zonder tabel)."""
    afgetopt: bool = False
    """Nooit: de huidige huur wordt niet afgetopt (voor de telling, als bij een scenario)."""


class Groepsbanden(NamedTuple):
    """De huurbanden van de tabel met hun bovengrens voor één inkomensgroep."""

    groep: str
    omschrijving: str
    banden: tuple[tuple[str, Decimal | None], ...]
    cellen: dict[str, Cel]

    def cel(self, huur: Decimal) -> Cel:
        """De cel bij een huur: de eerste band met een bovengrens die de huur niet overschrijdt."""
        for naam, tot in self.banden:
            if tot is None or huur <= tot:
                return self.cellen[naam]
        msg = "de laatste huurband heeft geen bovengrens"  # pragma: no cover - gecontroleerd
        raise AssertionError(msg)


def _groepsbanden(tabel: Tabel, grenzen: Grenzen, datum: date) -> tuple[Groepsbanden, ...]:
    if not tabel.geldt_op(datum):
        raise DatumBuitenTabel(tabel.naam, datum, tabel.geldig_vanaf, tabel.geldig_tot)
    uit = []
    for groep in tabel.inkomensgroepen:
        personen = groep.personen_min
        huishoudtype = bepaal_huishoudtype(personen, groep.aow is AowFilter.JA)
        banden = tuple(
            (
                band.naam,
                None
                if band.tot is None
                else grenswaarde(band.tot, grenzen.parameters, huishoudtype, personen)[0],
            )
            for band in tabel.huurbanden
        )
        uit.append(Groepsbanden(groep.naam, groep.omschrijving, banden, dict(groep.cellen)))
    return tuple(uit)


class Aanbodregels:
    """De regels van één peildatum, klaar om woningen door te rekenen."""

    def __init__(self, grenzen: Grenzen, tabel: Tabel | None = None) -> None:
        self.grenzen = grenzen
        self.datum = grenzen.peildatum
        self.tabel = tabel
        self.groepen: tuple[Groepsbanden, ...] = (
            () if tabel is None else _groepsbanden(tabel, grenzen, self.datum)
        )
        self._aftopping = {
            Aftopping.AFTOPPINGSGRENS_LAAG: grenzen.aftoppingsgrens_laag.bedrag,
            Aftopping.AFTOPPINGSGRENS_HOOG: grenzen.aftoppingsgrens_hoog.bedrag,
            Aftopping.MAXIMALE_HUURGRENS: grenzen.maximale_huurgrens.bedrag,
        }
        self._doelgroepgrenzen = tuple(grenzen.grens(d) for d in DOELGROEPEN)
        self._huurprijstabel: Huurprijstabel | None = None

    @property
    def huurprijstabel(self) -> Huurprijstabel | None:
        """De tabel van maximale huurprijzen die is gebruikt (alleen als er punten waren)."""
        return self._huurprijstabel

    def maximale_huren(
        self, woningen: Sequence[Voorraadwoning]
    ) -> tuple[list[tuple[Voorraadwoning, Decimal]], list[Rijfout]]:
        """De maximale huur van elke woning: opgegeven, of uit de punten met de officiële tabel.

        Een woning waarvan de punten niet in de tabel staan (of een woningsoort zonder tabel)
        wordt afgewezen met een :class:`~passend_toewijzen.invoer.rijen.Rijfout`. Zijn er punten
        maar is er voor de peildatum geen tabel, dan is dat een fout voor het hele bestand
        (:class:`~passend_toewijzen.parameters.huurprijstabellen.GeenHuurprijstabel`).
        """
        goed: list[tuple[Voorraadwoning, Decimal]] = []
        fouten: list[Rijfout] = []
        for woning in woningen:
            if woning.maximale_huur is not None:
                goed.append((woning, woning.maximale_huur))
                continue
            assert woning.punten is not None  # noqa: S101 - de lezer eist een van beide
            try:
                tabel = self._tabel_voor(woning.woningsoort)
                goed.append((woning, tabel.maximale_huur(woning.punten)))
            except GeenHuurprijstabel:
                if woning.woningsoort is Woningsoort.ZELFSTANDIG:
                    raise
                melding = (
                    f"voor een {woning.woningsoort.value} woongelegenheid is geen tabel van "
                    "maximale huurprijzen meegeleverd; vul maximale_huur in"
                )
                fouten.append(
                    Rijfout(woning.bron, woning.rijnummer, "punten", melding, woning.woning_id)
                )
            except PuntenBuitenTabel as fout:
                fouten.append(
                    Rijfout(woning.bron, woning.rijnummer, "punten", str(fout), woning.woning_id)
                )
        return goed, fouten

    def _tabel_voor(self, soort: Woningsoort) -> Huurprijstabel:
        tabel = huurprijstabel_op(self.datum, soort.value)
        if soort is Woningsoort.ZELFSTANDIG:
            self._huurprijstabel = tabel
        return tabel

    def woning(
        self, woning: Voorraadwoning, maximale_huur: Decimal, scenario: Scenario
    ) -> Woninguitkomst:
        """Reken één woning door onder een scenario."""
        percentage, herkomst = scenario.percentage_voor(
            daeb=woning.daeb, kern=woning.kern, eigen=woning.streefhuur_percentage
        )
        verhoging = woning.huurverhoging_verduurzaming if scenario.verduurzaming else None
        streef = streefhuur(maximale_huur, percentage)
        huur = (
            streef if verhoging is None else huur_bij_mutatie(maximale_huur, percentage, verhoging)
        )
        aftopping = scenario.aftopping_voor(woning.daeb)
        grens = None if aftopping is None else self._aftopping[aftopping]
        eind = afgetopt(huur, grens)
        klasse, bereik, cellen = self._indeling(eind)
        return Woninguitkomst(
            woning=woning,
            maximale_huur=maximale_huur,
            percentage=percentage,
            herkomst_percentage=herkomst,
            streefhuur=streef,
            huur=eind,
            afgetopt=eind != huur,
            huurklasse=klasse,
            bereikbaar=bereik,
            cellen=cellen,
        )

    def huidig(self, woning: Voorraadwoning) -> Huidigehuur:
        """De woning met haar huidige kale huur: huurklasse, bereikbaarheid en cellen (vandaag)."""
        klasse, bereik, cellen = self._indeling(woning.kale_huur)
        return Huidigehuur(
            woning=woning,
            huur=woning.kale_huur,
            huurklasse=klasse,
            bereikbaar=bereik,
            cellen=cellen,
        )

    def _indeling(self, huur: Decimal) -> tuple[Huurklasse, tuple[bool, ...], tuple[Cel, ...]]:
        """De huurklasse, de bereikbaarheid per doelgroep en de cel per inkomensgroep bij een
        huur (dezelfde regels voor een scenario en voor de huidige huur)."""
        return (
            bepaal_huurklasse(huur, self.grenzen.huurklassen).klasse,
            tuple(bereikbaar(huur, g) for g in self._doelgroepgrenzen),
            tuple(g.cel(huur) for g in self.groepen),
        )
