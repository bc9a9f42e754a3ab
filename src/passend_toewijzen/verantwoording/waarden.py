"""Celwaarden omzetten (verhuisd naar :mod:`passend_toewijzen.invoer.cellen`).

Deze module blijft voor bestaande code; de omzetters staan in :mod:`passend_toewijzen.invoer`.
"""

from passend_toewijzen.invoer.cellen import (
    Decimaalteken,
    Waardefout,
    lees_aantal,
    lees_bedrag,
    lees_datum,
    lees_tekst,
    lees_vlag,
)

__all__ = [
    "Decimaalteken",
    "Waardefout",
    "lees_aantal",
    "lees_bedrag",
    "lees_datum",
    "lees_tekst",
    "lees_vlag",
]
