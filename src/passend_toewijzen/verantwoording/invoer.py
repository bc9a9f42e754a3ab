"""Bestanden met toewijzingen openen: de lezer van :mod:`passend_toewijzen.invoer` met het
toewijzingenschema.

Zie :mod:`passend_toewijzen.invoer.lezen` voor de formaten, coderingen, de kopregel en de rijen.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from passend_toewijzen.invoer.doorlezen import Openopties
from passend_toewijzen.invoer.lezen import (
    Bronrij,
    Bronrijfout,
    Formaat,
    Invoer,
    InvoerFout,
    Legerij,
)
from passend_toewijzen.invoer.toewijzingen import TOEWIJZINGEN

__all__ = [
    "Bronrij",
    "Bronrijfout",
    "Formaat",
    "Invoer",
    "InvoerFout",
    "Legerij",
    "open_invoer",
]


def open_invoer(
    pad: str | Path,
    *,
    naam: str | None = None,
    formaat: Formaat | None = None,
    koppeling: Mapping[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
    kopregel: int | None = None,
) -> Invoer:
    """Open een bestand met toewijzingen (schema :data:`~passend_toewijzen.invoer.TOEWIJZINGEN`).

    Zie :func:`passend_toewijzen.invoer.open_invoer` voor de opties.
    """
    opties = Openopties(naam, formaat, koppeling, codering, scheidingsteken, blad, kopregel)
    return opties.open(pad, TOEWIJZINGEN)
