"""De eigen rekencontext van de bibliotheek (intern).

De uitkomsten mogen niet afhangen van de ``decimal``-context van het proces dat de bibliotheek
gebruikt: een aanroeper die ``decimal.getcontext().prec = 9`` zet of ``Inexact`` laat signaleren,
krijgt precies dezelfde uitkomsten. Daarom rekent de bibliotheek nergens met de globale context:

* :data:`REKENCONTEXT` is een vaste context (precisie 60, afronden naar even, signalen alleen
  bij echte fouten), onafhankelijk van ``decimal.DefaultContext``;
* rekenwerk gebeurt met de methoden van die context (``REKENCONTEXT.divide(a, b)``) of met
  ``context=REKENCONTEXT`` (``quantize``);
* :func:`eigen_context` zet de context rond een hele functie, voor ingangen die één keer per
  opdracht draaien (een verslag maken); :func:`eigen_context_stroom` doet dat voor een generator,
  stap voor stap, zodat de context nooit "lekt" naar de aanroeper tussen twee ``yield``'s.

De globale context van de aanroeper wordt nooit gewijzigd.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Iterator
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from typing import ParamSpec, TypeVar

__all__ = [
    "REKENCONTEXT",
    "deel_naar_beneden",
    "eigen_context",
    "eigen_context_stroom",
]

P = ParamSpec("P")
T = TypeVar("T")

REKENCONTEXT = Context(
    prec=60,
    rounding=ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
"""De context voor al het rekenwerk van de bibliotheek; alle velden expliciet gezet."""


def deel_naar_beneden(teller: int, noemer: int, decimalen: int) -> Decimal:
    """``teller / noemer`` naar beneden afgerond op ``decimalen`` decimalen, exact.

    Gerekend met gehele getallen (zonder context): een getoond aandeel is nooit gunstiger dan het
    echte, ook niet bij een bijna-gelijke breuk.
    """
    if noemer <= 0:
        msg = f"noemer moet positief zijn, niet {noemer}"
        raise ValueError(msg)
    return Decimal(teller * 10**decimalen // noemer).scaleb(-decimalen, REKENCONTEXT)


def eigen_context(functie: Callable[P, T]) -> Callable[P, T]:
    """Voer ``functie`` uit in een kopie van :data:`REKENCONTEXT`."""

    @functools.wraps(functie)
    def met_context(*args: P.args, **kwargs: P.kwargs) -> T:
        with localcontext(REKENCONTEXT):
            return functie(*args, **kwargs)

    return met_context


def eigen_context_stroom(
    functie: Callable[P, Generator[T, None, None]],
) -> Callable[P, Iterator[T]]:
    """Als :func:`eigen_context`, voor een generatorfunctie: elke stap in de eigen context.

    Een ``with localcontext(...)`` die een ``yield`` omspant, zou de context tijdens het
    ``yield`` bij de aanroeper laten staan; hier geldt de context alleen binnen elke stap.
    """

    @functools.wraps(functie)
    def stroom(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        with localcontext(REKENCONTEXT):
            generator = functie(*args, **kwargs)
        try:
            while True:
                with localcontext(REKENCONTEXT):
                    try:
                        element = next(generator)
                    except StopIteration:
                        return
                yield element
        finally:
            generator.close()

    return stroom
