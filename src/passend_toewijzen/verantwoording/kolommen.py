"""Het kolommenschema van het toewijzingenbestand (verhuisd naar :mod:`passend_toewijzen.invoer`).

Deze module blijft voor bestaande code; het schema staat in
:mod:`passend_toewijzen.invoer.toewijzingen` (:data:`~passend_toewijzen.invoer.TOEWIJZINGEN`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from passend_toewijzen.invoer.schema import Kolom, Soort, normaliseer_kop
from passend_toewijzen.invoer.toewijzingen import KOLOMMEN, TOEWIJZINGEN

__all__ = [
    "KOLOMMEN",
    "Kolom",
    "Soort",
    "normaliseer_kop",
    "sjabloon_csv",
    "verplichte_kolommen",
]


def verplichte_kolommen() -> tuple[str, ...]:
    """De namen van de verplichte kolommen."""
    return TOEWIJZINGEN.verplichte()


def kolom(naam: str) -> Kolom:
    """De kolom met deze naam."""
    return TOEWIJZINGEN.kolom(naam)


def sjabloon_csv(
    voorbeeldrijen: Sequence[Mapping[str, str]] = (), scheidingsteken: str = ";"
) -> str:
    """Een CSV-sjabloon: de kolomkoppen en één voorbeeldrij (of de opgegeven rijen)."""
    return TOEWIJZINGEN.sjabloon_csv(voorbeeldrijen, scheidingsteken)
