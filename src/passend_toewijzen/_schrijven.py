"""Veilig schrijven: nooit een invoerbestand overschrijven, nooit een half bestand achterlaten.

Eén mechanisme voor elk bestand dat de bibliotheek of de opdrachtregel schrijft (verslagen, het
foutenbestand, sjablonen):

* :func:`controleer_uitvoer` weigert, vóórdat er iets geopend wordt, elk uitvoerbestand dat
  hetzelfde bestand is als een invoerbestand of als een ander uitvoerbestand. "Hetzelfde" gaat om
  het bestand zelf, niet om de schrijfwijze van het pad: ``./a.csv``, ``map/../a.csv``, een
  symbolische koppeling en een harde koppeling naar ``a.csv`` zijn allemaal ``a.csv``. Ook een
  map, of een map die niet bestaat, wordt meteen geweigerd.
* :class:`Tijdelijk` schrijft naar een tijdelijk bestand in de doelmap en zet het pas met
  :meth:`Tijdelijk.bevestig` op zijn plaats (``os.replace``, in één stap). Wordt het werk
  onderbroken (een fout, Ctrl-C), dan verdwijnt het tijdelijke bestand en blijft een bestaand
  bestand op de doelplek ongewijzigd. Het nieuwe bestand krijgt de rechten van het bestand dat
  het vervangt (of de gewone rechten van een nieuw bestand); een symbolische koppeling blijft
  een koppeling, het bestand waar zij naar wijst wordt vervangen.
* Een doel dat geen gewoon bestand is (``/dev/null``, ``/dev/stdout``, een pijp) wordt direct
  beschreven: daar is niets te vervangen.
* :func:`kies_formaat` koppelt de extensie van een uitvoerbestand aan het formaat: een extensie
  die niet bij het formaat past (``-o verslag.pdf``, ``sjabloon -o x.parquet``) is een fout, nooit
  een bestand met een verkeerd etiket.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

from passend_toewijzen._meldingen import os_melding
from passend_toewijzen.fouten import PassendToewijzenFout

__all__ = [
    "Tijdelijk",
    "UitvoerFout",
    "controleer_schrijfbaar",
    "controleer_uitvoer",
    "kies_formaat",
    "schrijf_veilig",
]


class UitvoerFout(PassendToewijzenFout, ValueError):
    """Een uitvoerbestand dat niet geschreven mag of kan worden; er is niets geschreven."""

    def __init__(self, pad: Path | str, melding: str) -> None:
        self.pad = str(pad)
        self.melding = melding
        super().__init__(f"{pad}: {melding}")


def _zelfde(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def controleer_uitvoer(
    uitvoer: Mapping[str, Path | None], invoer: Mapping[str, Path | None] | None = None
) -> None:
    """Weiger elk uitvoerbestand dat een invoerbestand of een ander uitvoerbestand is.

    ``uitvoer`` en ``invoer`` koppelen een naam voor de melding (zoals ``"-o"`` of
    ``"--fouten"``) aan een pad (``None``: niet opgegeven). Geeft :class:`UitvoerFout`.
    """
    gezien: list[tuple[str, Path]] = []
    for naam, pad in uitvoer.items():
        if pad is None:
            continue
        if pad.is_dir():
            raise UitvoerFout(pad, f"{naam} is een map; geef een bestandsnaam")
        werkelijk = Path(os.path.realpath(pad))
        if not werkelijk.parent.is_dir():
            raise UitvoerFout(pad, f"niet te schrijven: de map {werkelijk.parent} bestaat niet")
        for invoernaam, invoerpad in (invoer or {}).items():
            if invoerpad is not None and (
                _zelfde(pad, invoerpad) or werkelijk == Path(os.path.realpath(invoerpad))
            ):
                raise UitvoerFout(
                    pad,
                    f"{naam} is hetzelfde bestand als de invoer {invoernaam}; een invoerbestand "
                    "wordt nooit overschreven (er is niets geschreven): kies een ander "
                    "uitvoerbestand",
                )
        for andere, ander_pad in gezien:
            if werkelijk == Path(os.path.realpath(ander_pad)) or _zelfde(pad, ander_pad):
                raise UitvoerFout(
                    pad, f"{naam} en {andere} zijn hetzelfde bestand; kies twee verschillende namen"
                )
        gezien.append((naam, pad))


def _gewoon_of_nieuw(pad: Path) -> bool:
    """Of het doel een gewoon bestand is of nog niet bestaat (en dus vervangen kan worden)."""
    try:
        return stat.S_ISREG(os.stat(pad).st_mode)
    except FileNotFoundError:
        return True


class Tijdelijk:
    """Een tijdelijk bestand naast het doel, dat pas bij :meth:`bevestig` het doel wordt.

    Gebruik als contextmanager: zonder :meth:`bevestig` (bijvoorbeeld na een fout of Ctrl-C)
    wordt het tijdelijke bestand bij het verlaten verwijderd. ``bestand`` is het open bestand
    (tekst in UTF-8 of binair).
    """

    def __init__(
        self,
        doel: Path | str,
        *,
        modus: Literal["tekst", "binair"] = "tekst",
        newline: str | None = None,
    ) -> None:
        self.doel = Path(doel)
        self._werkelijk = Path(os.path.realpath(self.doel))
        self._direct = not _gewoon_of_nieuw(self._werkelijk)
        self._klaar = False
        try:
            if self._direct:
                self.pad = self._werkelijk
                fd = os.open(self.pad, os.O_WRONLY | os.O_TRUNC)
            else:
                self.pad, fd = self._maak()
        except OSError as fout:
            raise UitvoerFout(self.doel, f"niet te schrijven: {os_melding(fout)}") from None
        self.bestand: IO[Any]
        if modus == "tekst":
            self.bestand = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        else:
            self.bestand = os.fdopen(fd, "wb")

    def _maak(self) -> tuple[Path, int]:
        map_ = self._werkelijk.parent
        while True:
            pad = map_ / f".{self._werkelijk.name}.{secrets.token_hex(4)}.tmp"
            try:
                # Met 0o666: het systeem past het umask toe, zoals bij elk nieuw bestand.
                return pad, os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:  # pragma: no cover - een willekeurige naam botst vrijwel nooit
                continue

    def bevestig(self) -> None:
        """Sluit het bestand en zet het op de plaats van het doel (in één stap)."""
        if self._klaar:
            return
        try:
            self.bestand.close()
            if not self._direct:
                with contextlib.suppress(FileNotFoundError):
                    os.chmod(self.pad, stat.S_IMODE(os.stat(self._werkelijk).st_mode))
                os.replace(self.pad, self._werkelijk)
        except OSError as fout:
            self.verwerp()
            raise UitvoerFout(self.doel, f"niet te schrijven: {os_melding(fout)}") from None
        self._klaar = True

    def verwerp(self) -> None:
        """Sluit en verwijder het tijdelijke bestand; het doel blijft zoals het was."""
        if self._klaar:
            return
        self._klaar = True
        with contextlib.suppress(OSError):  # bijvoorbeeld een volle schijf bij het leegmaken
            self.bestand.close()
        if not self._direct:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.pad)

    def __enter__(self) -> Tijdelijk:
        return self

    def __exit__(
        self,
        soort: type[BaseException] | None,
        fout: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._klaar:
            self.verwerp()


@contextmanager
def schrijf_veilig(
    doel: Path | str, *, modus: Literal["tekst", "binair"] = "tekst", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Schrijf naar ``doel`` via :class:`Tijdelijk`: alles of niets."""
    with Tijdelijk(doel, modus=modus, newline=newline) as tijdelijk:
        try:
            yield tijdelijk.bestand
        except OSError as fout:
            raise UitvoerFout(doel, f"niet te schrijven: {os_melding(fout)}") from None
        tijdelijk.bevestig()


def controleer_schrijfbaar(doel: Path | str) -> None:
    """Geef :class:`UitvoerFout` als ``doel`` niet te schrijven is, zonder het doel te raken."""
    Tijdelijk(doel, modus="binair").verwerp()


def kies_formaat(
    pad: Path | None,
    opgegeven: str | None,
    formaten: Mapping[str, tuple[str, ...]],
    standaard: str,
) -> str:
    """Het formaat bij een uitvoerbestand: de extensie en ``opgegeven`` moeten kloppen.

    ``formaten`` koppelt elk formaat aan zijn extensies (de eerste is de gewone). Een pad zonder
    extensie (of geen pad: stdout) krijgt ``opgegeven`` of ``standaard``.
    """
    if pad is None or not pad.suffix or not _gewoon_of_nieuw(Path(os.path.realpath(pad))):
        return opgegeven or standaard
    extensie = pad.suffix.lower()
    bij = next((f for f, extensies in formaten.items() if extensie in extensies), None)
    if bij is None:
        bekend = ", ".join(e[0] for e in formaten.values())
        raise UitvoerFout(
            pad, f"onbekende extensie {pad.suffix!r} voor dit bestand; gebruik {bekend}"
        )
    if opgegeven is not None and opgegeven != bij:
        raise UitvoerFout(
            pad,
            f"de extensie {pad.suffix!r} past niet bij het formaat {opgegeven!r}; gebruik "
            f"{formaten[opgegeven][0]} (of laat het formaat weg)",
        )
    return bij
