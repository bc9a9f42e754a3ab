"""Bestanden met toewijzingen openen: de lezer van :mod:`passend_toewijzen.invoer` met het
toewijzingenschema.

Zie :mod:`passend_toewijzen.invoer.lezen` voor de formaten, coderingen, de kopregel en de rijen.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from passend_toewijzen.invoer.lezen import (
    Bronrij,
    Bronrijfout,
    Formaat,
    Invoer,
    InvoerFout,
    Legerij,
)
from passend_toewijzen.invoer.lezen import open_invoer as _open
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
    return _open(
        pad,
        schema=TOEWIJZINGEN,
        naam=naam,
        formaat=formaat,
        koppeling=koppeling,
        codering=codering,
        scheidingsteken=scheidingsteken,
        blad=blad,
        kopregel=kopregel,
    )
