"""Opmaak van getallen en uitkomsten in Nederlandse tekst, voor Markdown, HTML en Excel.

Percentages worden naar beneden afgerond op twee decimalen: een getoond aandeel is nooit
gunstiger dan het echte (94,999% wordt 94,99%, niet 95,00%). De vergelijking met de norm gebeurt
altijd exact, niet met de getoonde waarde.
"""

from __future__ import annotations

from fractions import Fraction

from passend_toewijzen._rekenen import deel_naar_beneden

__all__ = ["aantal", "procent", "uitkomst"]

UITKOMSTEN = {True: "voldoet", False: "voldoet niet", None: "niet vast te stellen"}


def procent(aandeel: Fraction | None) -> str:
    """``Fraction(63, 65)`` → ``"96,92%"``; ``None`` → ``"-"``."""
    if aandeel is None:
        return "-"
    tekst = str(deel_naar_beneden(aandeel.numerator * 100, aandeel.denominator, 2))
    return tekst.replace(".", ",") + "%"


def aantal(getal: int) -> str:
    """``12345`` → ``"12.345"``."""
    return f"{getal:,}".replace(",", ".")


def uitkomst(voldoet: bool | None) -> str:
    """``True`` → ``"voldoet"``, ``False`` → ``"voldoet niet"``, ``None`` → niet vast te stellen."""
    return UITKOMSTEN[voldoet]
