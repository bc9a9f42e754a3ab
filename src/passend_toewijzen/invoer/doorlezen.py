"""Een heel bestand doorlezen: de opties om het te openen en de lus over de rijen.

:class:`Openopties` bundelt de opties van :func:`~passend_toewijzen.invoer.lezen.open_invoer`
(naam, formaat, koppeling, codering, scheidingsteken, blad, kopregel), zodat elke lezer van een
bestandssoort ze in één keer doorgeeft. :func:`lees_rijen` loopt over de rijen van een bestand en
doet overal hetzelfde: een lege rij wordt geteld als leeg, een rij die als geheel niet te lezen is
of die de rijlezer afwijst wordt afgewezen met haar fouten, en elke andere rij komt terug met
haar omgezette waarde. Zo blijft overal *gelezen = geaccepteerd + afgewezen + leeg*.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple, TypeVar

from passend_toewijzen.invoer.lezen import (
    Bronrij,
    Bronrijfout,
    Formaat,
    Invoer,
    Legerij,
    Rij,
    open_invoer,
)
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.schema import Schema

__all__ = ["Openopties", "Rijtelling", "lees_rijen"]

T = TypeVar("T")


class Openopties(NamedTuple):
    """De opties om een bestand te openen (zie :func:`~passend_toewijzen.invoer.open_invoer`)."""

    naam: str | None = None
    formaat: Formaat | None = None
    koppeling: Mapping[str, str] | None = None
    codering: str | None = None
    scheidingsteken: str | None = None
    blad: str | None = None
    kopregel: int | None = None

    def open(self, pad: str | Path, schema: Schema) -> Invoer:
        """Open ``pad`` volgens ``schema`` met deze opties."""
        return open_invoer(
            pad,
            schema=schema,
            naam=self.naam,
            formaat=self.formaat,
            koppeling=self.koppeling,
            codering=self.codering,
            scheidingsteken=self.scheidingsteken,
            blad=self.blad,
            kopregel=self.kopregel,
        )


class Rijtelling:
    """De lege en afgewezen rijen van een of meer bestanden, met de fouten in leesvolgorde.

    ``bij_afwijzing`` krijgt elke fout van elke afgewezen rij, op het moment van afwijzen.
    """

    def __init__(self, bij_afwijzing: Callable[[Rijfout], None] | None = None) -> None:
        self.leeg = 0
        self.afgewezen = 0
        self.fouten: list[Rijfout] = []
        self._bij_afwijzing = bij_afwijzing

    def tel_leeg(self) -> None:
        """Tel een lege rij."""
        self.leeg += 1

    def wijs_af(self, fouten: list[Rijfout]) -> None:
        """Wijs een rij af met haar fouten."""
        self.afgewezen += 1
        self.fouten.extend(fouten)
        if self._bij_afwijzing is not None:
            for fout in fouten:
                self._bij_afwijzing(fout)

    def rijen(
        self, invoer: Invoer, lezer: Callable[[Bronrij], T | list[Rijfout]]
    ) -> Iterator[tuple[Bronrij, T]]:
        """De geaccepteerde rijen van ``invoer``; lege en afgewezen rijen telt deze telling."""
        return lees_rijen(
            invoer.rijen(), invoer.naam, lezer, leeg=self.tel_leeg, wijs_af=self.wijs_af
        )


def lees_rijen(
    rijen: Iterable[Rij],
    bron: str,
    lezer: Callable[[Bronrij], T | list[Rijfout]],
    *,
    leeg: Callable[[], None],
    wijs_af: Callable[[list[Rijfout]], None],
) -> Iterator[tuple[Bronrij, T]]:
    """De geaccepteerde rijen van ``rijen`` (uit de bron ``bron``) met hun omgezette waarde.

    Een lege rij gaat naar ``leeg``; een rij die niet te lezen is, of waarvoor ``lezer`` fouten
    geeft, gaat met haar fouten naar ``wijs_af`` (één aanroep per afgewezen rij).
    """
    for rij in rijen:
        if isinstance(rij, Legerij):
            leeg()
            continue
        if isinstance(rij, Bronrijfout):
            wijs_af([Rijfout(bron, rij.rijnummer, None, rij.melding)])
            continue
        uitkomst = lezer(rij)
        if isinstance(uitkomst, list):
            wijs_af(uitkomst)
            continue
        yield rij, uitkomst
