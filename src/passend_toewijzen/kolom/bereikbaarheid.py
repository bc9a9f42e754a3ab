"""De regels van de bereikbaarheid als kolomexpressies, in hele centen en gehele getallen.

Dezelfde regels als :mod:`passend_toewijzen.bereikbaarheid.regels`, over een hele kolom tegelijk.
Er staat hier geen enkel bedrag: de grenzen (aftoppingsgrenzen, huurklassen, huurbanden van een
huur-inkomenstabel) komen als argument, in hele centen, uit de parameters van de peildatum.

* :func:`streefhuur_centen`: ``maximale huur × percentage / 100``, afgerond op hele centen met een
  halve cent naar boven (``ROUND_HALF_UP``), in gehele getallen: met de maximale huur in centen
  en het percentage in miljoensten van een procent is dat
  ``(centen × percentage + 50.000.000) // 100.000.000`` (alles is niet negatief);
* :func:`afgetopt`: de huur, ten hoogste een grens;
* :func:`eerste_grens`: de naam van de eerste grens die de huur niet overschrijdt ("niet hoger
  dan": ``<=``), zoals de huurklasse en de huurband van een tabel die kiezen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

__all__ = ["PERCENTAGESCHAAL", "afgetopt", "eerste_grens", "streefhuur_centen"]

PERCENTAGESCHAAL = 10**6
"""Een percentage als geheel getal: het percentage maal 10^6 (miljoensten van een procent)."""

_DEELTAL = 100 * PERCENTAGESCHAAL


def streefhuur_centen(maximale_huur_centen: pl.Expr, percentage: pl.Expr) -> pl.Expr:
    """De streefhuur in hele centen; ``percentage`` in miljoensten van een procent (zie module)."""
    return (maximale_huur_centen * percentage + _DEELTAL // 2) // _DEELTAL


def afgetopt(huur_centen: pl.Expr, grens_centen: int | None, geldt: pl.Expr) -> pl.Expr:
    """De huur, ten hoogste ``grens_centen`` waar ``geldt`` waar is (``None``: niet aftoppen)."""
    if grens_centen is None:
        return huur_centen
    return pl.when(geldt & (huur_centen > grens_centen)).then(grens_centen).otherwise(huur_centen)


def eerste_grens(
    huur_centen: pl.Expr, grenzen: Sequence[tuple[str, int | None]], anders: str | None = None
) -> pl.Expr:
    """De naam van de eerste grens (oplopend) waarvoor ``huur <= grens``; ``None`` als grens geldt
    voor elke huur. Geen passende grens: ``anders``."""
    keten: Any = pl
    for naam, grens in grenzen:
        voorwaarde = pl.lit(True) if grens is None else huur_centen <= grens
        keten = keten.when(voorwaarde).then(pl.lit(naam, dtype=pl.String))
    if keten is pl:
        return pl.lit(anders, dtype=pl.String)
    uit: pl.Expr = keten.otherwise(pl.lit(anders, dtype=pl.String))
    return uit
