"""Wie op welke woning mag reageren: de huur-inkomenstabel als opzoektabel, voor een simulatie.

:func:`~passend_toewijzen.tabellen.beoordeel` beoordeelt één huishouden voor één woning, met de
volledige toets en uitleg. Een simulatie stelt die vraag miljoenen keren voor dezelfde
huishoudens en huren. Het oordeel van de tabel hangt alleen af van twee dingen:

* de **inkomensgroep** van het huishouden (omvang, AOW-status en inkomen tegen de grenzen van de
  rijen die voor die omvang en status gelden);
* de **huurband** van de woning (de kale huur tegen de grenzen van de kolommen; een symbolische
  grens als ``aftoppingsgrens`` hangt af van de omvang van het huishouden).

:class:`Opzoektabel` zoekt beide grenzen één keer per datum op met dezelfde functie als
``beoordeel`` (:func:`~passend_toewijzen.tabellen.beoordelen.grenswaarde`) en kiest met dezelfde
regel ("niet hoger dan": de eerste rij of kolom waarvan de bovengrens niet lager is dan het
bedrag). De test ``tests/unit/test_simulatie_geschiktheid.py`` toont dat de cel gelijk is aan die
van ``beoordeel`` voor willekeurige huishoudens en huren.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from decimal import Decimal

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import DatumBuitenTabel
from passend_toewijzen.regels.huishoudtype import bepaal_huishoudtype
from passend_toewijzen.tabellen.beoordelen import grenswaarde, landelijk_parameters
from passend_toewijzen.tabellen.model import Cel, Tabel

__all__ = ["Opzoektabel"]


class Opzoektabel:
    """De tabel op één datum: inkomensgroep en huurband als opzoeking, de cel als index."""

    def __init__(self, tabel: Tabel, datum: date, *, beleid: Beleid | None = None) -> None:
        if not tabel.geldt_op(datum):
            raise DatumBuitenTabel(tabel.naam, datum, tabel.geldig_vanaf, tabel.geldig_tot)
        self.tabel = tabel
        self.datum = datum
        self.parameters = landelijk_parameters(datum, beleid)
        self.groepnamen: tuple[str, ...] = tuple(g.naam for g in tabel.inkomensgroepen)
        self.bandnamen: tuple[str, ...] = tuple(b.naam for b in tabel.huurbanden)
        self.cellen: tuple[tuple[Cel, ...], ...] = tuple(
            tuple(g.cellen[b] for b in self.bandnamen) for g in tabel.inkomensgroepen
        )
        self._groepen: dict[tuple[int, bool], tuple[tuple[int, ...], tuple[Decimal, ...]]] = {}
        self._banden: dict[int, tuple[Decimal, ...]] = {}

    def _groepgrenzen(
        self, personen: int, aow: bool
    ) -> tuple[tuple[int, ...], tuple[Decimal, ...]]:
        sleutel = (personen, aow)
        gevonden = self._groepen.get(sleutel)
        if gevonden is None:
            huishoudtype = bepaal_huishoudtype(personen, aow)
            groepen = self.tabel.groepen_voor(personen, aow)
            index = {g.naam: i for i, g in enumerate(self.tabel.inkomensgroepen)}
            grenzen = tuple(
                grenswaarde(g.tot, self.parameters, huishoudtype, personen)[0]
                for g in groepen
                if g.tot is not None
            )
            gevonden = (tuple(index[g.naam] for g in groepen), grenzen)
            self._groepen[sleutel] = gevonden
        return gevonden

    def groep(self, personen: int, aow: bool, inkomen: Decimal | None) -> int:
        """De index van de inkomensgroep (in ``tabel.inkomensgroepen``) van dit huishouden.

        ``inkomen`` ``None``: vrijgesteld van de inkomenstoets; de laagste groep van het
        huishoudtype (zoals ``beoordeel``).
        """
        indices, grenzen = self._groepgrenzen(personen, aow)
        if inkomen is None:
            return indices[0]
        return indices[bisect_left(grenzen, inkomen)]

    def band(self, kale_huur: Decimal, personen: int) -> int:
        """De index van de huurband van deze huur voor een huishouden van ``personen``."""
        grenzen = self._banden.get(personen)
        if grenzen is None:
            # de banden hangen alleen via de omvang af van het huishouden (de aftoppingsgrens);
            # het huishoudtype zonder AOW geeft dezelfde huursymbolen
            huishoudtype = bepaal_huishoudtype(personen, False)
            grenzen = tuple(
                grenswaarde(b.tot, self.parameters, huishoudtype, personen)[0]
                for b in self.tabel.huurbanden
                if b.tot is not None
            )
            self._banden[personen] = grenzen
        return bisect_left(grenzen, kale_huur)

    def cel(self, groep: int, band: int) -> Cel:
        """De cel van de tabel voor een inkomensgroep en een huurband."""
        return self.cellen[groep][band]
