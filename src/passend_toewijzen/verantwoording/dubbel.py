"""Dubbele ``toewijzing_id``'s vinden: exact, en met begrensd geheugen.

Een ``toewijzing_id`` mag in de invoer (alle bestanden samen) maar één keer voorkomen; elke
volgende rij met hetzelfde id wordt afgewezen met een verwijzing naar de eerste rij.

De eerste :data:`GEHEUGENGRENS` id's staan in een ``dict`` (snel; ongeveer 180 bytes per id).
Komen er meer, dan verhuizen ze naar een tijdelijke SQLite-database op schijf (``sqlite3`` uit
de standaardbibliotheek): SQLite maakt dat bestand zelf aan in de tijdelijke map van het systeem
en verwijdert het bij het sluiten. Het bestand bevat alleen id's, bronnummers en rijnummers; geen
inkomens of huishoudgegevens. Het werkgeheugen blijft zo begrensd (de paginacache van SQLite is
:data:`CACHE_KIB` KiB), ook bij tientallen miljoenen rijen; een controle kost dan enkele
microseconden meer per rij. De uitkomst is in beide gevallen precies dezelfde: er wordt niets
gehasht of geschat.
"""

from __future__ import annotations

import sqlite3
from types import TracebackType

from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.toewijzingen import Rijtoewijzing

__all__ = ["CACHE_KIB", "GEHEUGENGRENS", "Dubbelcontrole", "DubbelcontroleFout"]

GEHEUGENGRENS = 200_000
"""Zoveel id's blijven in het geheugen (ongeveer 36 MB); daarboven gaat de rest naar schijf."""

CACHE_KIB = 16_384
"""De grootte van de paginacache van de tijdelijke database (16 MiB)."""


class DubbelcontroleFout(ValueError):
    """De tijdelijke database van de dubbelcontrole is niet te maken of te schrijven."""

    def __init__(self, oorzaak: sqlite3.Error) -> None:
        super().__init__(
            "de controle op dubbele toewijzing_id's kan haar tijdelijke bestand niet maken of "
            f"schrijven ({oorzaak}); maak ruimte in de tijdelijke map, wijs met de "
            "omgevingsvariabele TMPDIR een andere map aan, of controleer niet op dubbele id's "
            "(--geen-dubbelcontrole)"
        )


class Dubbelcontrole:
    """Onthoudt elke ``toewijzing_id`` met de plek (bron, rijnummer) waar hij het eerst voorkwam.

    Gebruik als contextmanager, of roep :meth:`sluit` aan (dat verwijdert een eventuele tijdelijke
    database meteen; anders gebeurt dat pas als het object wordt opgeruimd).
    """

    def __init__(self, geheugengrens: int = GEHEUGENGRENS) -> None:
        if geheugengrens < 1:
            msg = f"geheugengrens moet ten minste 1 zijn, niet {geheugengrens}"
            raise ValueError(msg)
        self._grens = geheugengrens
        self._gezien: dict[str, tuple[str, int]] = {}
        self._db: sqlite3.Connection | None = None
        self._bronnummers: dict[str, int] = {}
        self._bronnen: list[str] = []

    @property
    def op_schijf(self) -> bool:
        """Of de id's naar de tijdelijke database op schijf zijn verhuisd."""
        return self._db is not None

    def controleer(self, rij: Rijtoewijzing) -> Rijfout | None:
        """``None`` als het id van deze rij nieuw is; anders de fout met de eerdere plek."""
        kenmerk = rij.toewijzing.id
        if kenmerk is None:  # pragma: no cover - toewijzing_id is een verplichte kolom
            msg = "een rij uit een bestand heeft altijd een toewijzing_id"
            raise AssertionError(msg)
        return self.controleer_kenmerk(kenmerk, rij.bron, rij.rijnummer)

    def controleer_kenmerk(self, kenmerk: str, bron: str, rijnummer: int) -> Rijfout | None:
        """:meth:`controleer` voor een kenmerk en een plek (zonder gebouwde toewijzing)."""
        plek = (bron, rijnummer)
        if self._db is None:
            eerder = self._gezien.setdefault(kenmerk, plek)
            if eerder == plek:
                if len(self._gezien) > self._grens:
                    self._naar_schijf()
                return None
        else:
            gevonden = self._in_database(kenmerk, plek)
            if gevonden is None:
                return None
            eerder = gevonden
        waar = f"rij {eerder[1]}" if eerder[0] == bron else f"{eerder[0]}, rij {eerder[1]}"
        return Rijfout(bron, rijnummer, "toewijzing_id", f"komt al voor in {waar}", kenmerk)

    def controleer_reeks(
        self, kenmerken: list[str | None], bron: str, rijnummers: list[int]
    ) -> list[tuple[int, Rijfout]]:
        """:meth:`controleer_kenmerk` voor een reeks rijen in bestandsvolgorde (``None``: geen
        aanvaarde rij); geeft de plaats in de reeks en de fout van elke dubbele rij."""
        fouten: list[tuple[int, Rijfout]] = []
        gezien = self._gezien
        for i, kenmerk in enumerate(kenmerken):
            if self._db is not None:
                return fouten + self._reeks_op_schijf(kenmerken, bron, rijnummers, i)
            if kenmerk is None:
                continue
            plek = (bron, rijnummers[i])
            if gezien.setdefault(kenmerk, plek) is plek:
                if len(gezien) > self._grens:
                    self._naar_schijf()
                continue
            fout = self.controleer_kenmerk(kenmerk, bron, rijnummers[i])
            if fout is not None:
                fouten.append((i, fout))
        return fouten

    def _reeks_op_schijf(
        self, kenmerken: list[str | None], bron: str, rijnummers: list[int], begin: int
    ) -> list[tuple[int, Rijfout]]:
        """:meth:`controleer_reeks` vanaf ``begin`` met de database: in één keer per reeks,
        met dezelfde uitkomst als rij voor rij (de eerste plek van een id telt)."""
        assert self._db is not None  # noqa: S101 - alleen aangeroepen na _naar_schijf
        nummer = self._bronnummer(bron)
        eerste: dict[str, int] = {}
        for i in range(begin, len(kenmerken)):
            kenmerk = kenmerken[i]
            if kenmerk is not None:
                eerste.setdefault(kenmerk, i)
        try:
            db = self._db
            db.execute("CREATE TEMP TABLE IF NOT EXISTS stuk (id TEXT PRIMARY KEY, rij INTEGER)")
            db.execute("DELETE FROM stuk")
            db.executemany(
                "INSERT INTO stuk VALUES (?, ?)", ((k, rijnummers[i]) for k, i in eerste.items())
            )
            eerder = {
                k: (self._bronnen[b], r)
                for k, b, r in db.execute(
                    "SELECT s.id, g.bron, g.rij FROM stuk s JOIN gezien g ON g.id = s.id"
                )
            }
            db.execute("INSERT OR IGNORE INTO gezien SELECT id, ?, rij FROM stuk", (nummer,))
        except sqlite3.Error as exc:  # bijvoorbeeld: de schijf is vol
            self.sluit()
            raise DubbelcontroleFout(exc) from exc
        fouten: list[tuple[int, Rijfout]] = []
        for i in range(begin, len(kenmerken)):
            kenmerk = kenmerken[i]
            if kenmerk is None:
                continue
            plek = eerder.get(kenmerk)
            if plek is None:
                if eerste[kenmerk] == i:
                    continue
                plek = (bron, rijnummers[eerste[kenmerk]])
            if plek == (bron, rijnummers[i]):  # pragma: no cover - dezelfde rij nog eens
                continue
            waar = f"rij {plek[1]}" if plek[0] == bron else f"{plek[0]}, rij {plek[1]}"
            melding = f"komt al voor in {waar}"
            fouten.append((i, Rijfout(bron, rijnummers[i], "toewijzing_id", melding, kenmerk)))
        return fouten

    def _bronnummer(self, bron: str) -> int:
        nummer = self._bronnummers.get(bron)
        if nummer is None:
            nummer = self._bronnummers[bron] = len(self._bronnen)
            self._bronnen.append(bron)
        return nummer

    def _naar_schijf(self) -> None:
        try:
            self._maak_database()
        except sqlite3.Error as exc:
            self.sluit()
            raise DubbelcontroleFout(exc) from exc

    def _maak_database(self) -> None:
        # "" = een tijdelijk bestand dat SQLite zelf verwijdert bij het sluiten (ook via sluit()
        # als hieronder iets misgaat).
        self._db = db = sqlite3.connect("", isolation_level=None)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        db.execute(
            "CREATE TABLE gezien (id TEXT PRIMARY KEY, bron INTEGER, rij INTEGER) WITHOUT ROWID"
        )
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO gezien VALUES (?, ?, ?)",
            (
                (kenmerk, self._bronnummer(bron), rijnummer)
                for kenmerk, (bron, rijnummer) in self._gezien.items()
            ),
        )
        self._gezien = {}

    def _in_database(self, kenmerk: str, plek: tuple[str, int]) -> tuple[str, int] | None:
        assert self._db is not None  # noqa: S101 - alleen aangeroepen na _naar_schijf
        bron, rijnummer = plek
        nummer = self._bronnummer(bron)
        try:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO gezien VALUES (?, ?, ?)", (kenmerk, nummer, rijnummer)
            )
            if cursor.rowcount == 1:
                return None
            eerder_bron, eerder_rij = self._db.execute(
                "SELECT bron, rij FROM gezien WHERE id = ?", (kenmerk,)
            ).fetchone()
        except sqlite3.Error as exc:  # bijvoorbeeld: de schijf is vol
            self.sluit()
            raise DubbelcontroleFout(exc) from exc
        if (eerder_bron, eerder_rij) == (nummer, rijnummer):
            return None
        return self._bronnen[eerder_bron], eerder_rij

    def sluit(self) -> None:
        """Vergeet alle id's en verwijder een eventuele tijdelijke database."""
        self._gezien = {}
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Dubbelcontrole:
        return self

    def __exit__(
        self,
        soort: type[BaseException] | None,
        fout: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.sluit()
