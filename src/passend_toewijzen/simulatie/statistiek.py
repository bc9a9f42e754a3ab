"""Samenvatten over herhalingen: het gemiddelde en een interval van 90%, exact.

Het interval is het 5e tot en met het 95e percentiel van de uitkomsten van de herhalingen,
volgens de methode van de dichtstbijzijnde rang (geen interpolatie): van ``n`` gesorteerde
uitkomsten de waarde op plaats ``⌈0,05·n⌉`` en die op plaats ``⌈0,95·n⌉``. Zo is elke grens een
uitkomst die echt voorkwam, en is de berekening exact (breuken, geen afrondingsverschillen tussen
machines). Het verschil tussen twee scenario's wordt per herhaling bepaald (herhaling *i* van
beide scenario's deelt de vacatures en de instroom) en dan op dezelfde manier samengevat.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

__all__ = ["Samenvatting", "vat_samen", "verschil"]

ONDER = Fraction(5, 100)
BOVEN = Fraction(95, 100)


class Samenvatting(NamedTuple):
    """Gemiddelde en 90%-interval van een cijfer over de herhalingen waarin het bestaat."""

    gemiddelde: Fraction
    onder: Fraction
    boven: Fraction
    herhalingen: int
    """Het aantal herhalingen waarin het cijfer bestond (de noemer niet nul was)."""


def _rang(n: int, kwantiel: Fraction) -> int:
    """De plaats (vanaf 0) van het kwantiel volgens de dichtstbijzijnde rang."""
    plaats = -((-kwantiel * n) // 1)  # plafond, exact
    return max(int(plaats), 1) - 1


def vat_samen(waarden: Sequence[Fraction | None]) -> Samenvatting | None:
    """Het gemiddelde en het 90%-interval van de waarden die bestaan (``None`` telt niet)."""
    bestaand = sorted(w for w in waarden if w is not None)
    if not bestaand:
        return None
    n = len(bestaand)
    return Samenvatting(
        gemiddelde=sum(bestaand, Fraction(0)) / n,
        onder=bestaand[_rang(n, ONDER)],
        boven=bestaand[_rang(n, BOVEN)],
        herhalingen=n,
    )


def verschil(a: Sequence[Fraction | None], b: Sequence[Fraction | None]) -> Samenvatting | None:
    """Het verschil ``b - a`` per herhaling, samengevat (herhalingen waarin beide bestaan)."""
    if len(a) != len(b):
        msg = "verschil: beide scenario's moeten evenveel herhalingen hebben"
        raise ValueError(msg)
    return vat_samen([None if x is None or y is None else y - x for x, y in zip(a, b, strict=True)])
