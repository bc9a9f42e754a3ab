"""Hulpmiddelen voor het bewijsdossier: de grondslag van een eigenschap en het aantal voorbeelden.

* :func:`grondslag` legt bij een eigenschapstest vast uit welk wetsartikel (of welke andere bron)
  de eigenschap volgt. Het bewijsdossier (``scripts/bewijsdossier.py``) leest dit kenmerk en zet
  het naast de zin uit de docstring en het aantal voorbeelden dat hypothesis heeft geprobeerd.
* :func:`voorbeelden` geeft het aantal voorbeelden voor een test met een eigen
  ``@settings(max_examples=...)``: in de gewone testrun precies het opgegeven aantal (snel), in de
  bewijsrun (``HYPOTHESIS_PROFILE=bewijs``) minstens het aantal van dat profiel.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import settings

__all__ = [
    "BEWIJSPROFIEL",
    "GRONDSLAG_KENMERK",
    "PROFIEL_VARIABELE",
    "actief_profiel",
    "grondslag",
    "grondslag_van",
    "voorbeelden",
]

F = TypeVar("F", bound=Callable[..., Any])

GRONDSLAG_KENMERK = "__grondslag__"
"""De naam van het kenmerk waarin :func:`grondslag` de grondslag bewaart."""

PROFIEL_VARIABELE = "HYPOTHESIS_PROFILE"
"""De omgevingsvariabele die het hypothesis-profiel kiest (zie ``tests/conftest.py``)."""

BEWIJSPROFIEL = "bewijs"
"""Het profiel van de bewijsrun: veel meer voorbeelden, geen tijdslimiet per voorbeeld."""


def grondslag(tekst: str) -> Callable[[F], F]:
    """Leg de grondslag van een eigenschapstest vast, bijvoorbeeld ``"Woningwet art. 46 lid 2"``.

    De test zelf verandert niet; alleen het kenmerk ``__grondslag__`` wordt gezet. Een lege
    grondslag is een fout: een eigenschap zonder herkomst hoort niet in het bewijsdossier.
    """
    if not isinstance(tekst, str) or not tekst.strip():
        msg = "grondslag: geef het artikel (of de bron) waaruit de eigenschap volgt"
        raise ValueError(msg)

    def markeer(test: F) -> F:
        setattr(test, GRONDSLAG_KENMERK, tekst.strip())
        return test

    return markeer


def grondslag_van(test: object) -> str | None:
    """De grondslag van een test, of ``None`` als die niet is vastgelegd."""
    waarde = getattr(test, GRONDSLAG_KENMERK, None)
    return waarde if isinstance(waarde, str) else None


def actief_profiel() -> str:
    """De naam van het gekozen hypothesis-profiel (``gewoon`` als er geen is gekozen)."""
    return os.environ.get(PROFIEL_VARIABELE, "gewoon")


def voorbeelden(aantal: int) -> int:
    """Het aantal voorbeelden voor ``@settings(max_examples=...)``.

    Buiten de bewijsrun precies ``aantal``; in de bewijsrun het grootste van ``aantal`` en het
    aantal van het bewijsprofiel, zodat een eigen instelling de bewijsrun nooit verkleint.
    """
    if actief_profiel() != BEWIJSPROFIEL:
        return aantal
    return max(aantal, settings.get_profile(BEWIJSPROFIEL).max_examples)
