"""Gedeelde meting van de benchmarks: de beste tijd van een aantal rondes over dezelfde set."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def meet(
    naam: str,
    functie: Callable[[Any], object],
    set_: Sequence[Any],
    keer: int,
    *,
    eenheid: str = "toewijzing",
    aantal: int | None = None,
) -> float:
    """Beste tijd van ``keer`` rondes in µs per ``eenheid``; ``aantal`` per ronde (standaard de
    lengte van de set). Drukt een regel af en geeft de tijd per stuk."""
    beste = float("inf")
    for _ in range(keer):
        start = time.perf_counter()
        for element in set_:
            functie(element)
        beste = min(beste, time.perf_counter() - start)
    aantal = aantal or len(set_)
    per_stuk = beste / aantal * 1e6
    print(f"{naam:<20} {per_stuk:8.2f} µs per {eenheid:<11} {aantal / beste:>10,.0f} per seconde")
    return per_stuk
