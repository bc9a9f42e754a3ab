"""De woning waarmee de simulatie rekent: een woning uit de voorraad met de huur van het scenario.

De woningzoekenden zijn de records van het woningzoekendenbestand zelf
(:class:`~passend_toewijzen.invoer.woningzoekenden.Woningzoekende`); de woningen komen uit de
woningvoorraad (:class:`~passend_toewijzen.invoer.voorraad.Voorraadwoning`) en krijgen per
scenario de huur bij mutatie (:mod:`passend_toewijzen.simulatie.huur`). Beide zijn eenvoudige
rijen zonder pydantic, zodat de rekenkern snel is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from passend_toewijzen.modellen import Woningsoort

__all__ = ["Simwoning"]


class Simwoning(NamedTuple):
    """Een woning uit de voorraad, met de huur die zij bij mutatie krijgt in een scenario."""

    woning_id: str
    gemeente: str
    woningsoort: Woningsoort
    daeb: bool
    kale_huur: Decimal
    """De huur bij mutatie (de streefhuur van het scenario, of de huidige kale huur)."""
    mutatiekans: Decimal | None = None
    """De kans per jaar dat de woning vrijkomt (``None``: die van het scenario)."""
    kern: str | None = None
    wijk: str | None = None
