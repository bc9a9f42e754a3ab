"""De gegevens waarmee de simulatie rekent: woningen en woningzoekenden als eenvoudige rijen.

Deze rijen zijn de brug tussen de bestanden (de woningvoorraad en het woningzoekendenbestand, elk
met een eigen schema in :mod:`passend_toewijzen.invoer`) en de rekenkern, die zonder
pydantic-modellen werkt (snelheid). De omzetting uit de gelezen bestanden staat in
:mod:`passend_toewijzen.simulatie.bestanden`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from passend_toewijzen.modellen import Woningsoort

__all__ = ["Simwoning", "Simzoeker"]


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


class Simzoeker(NamedTuple):
    """Een woningzoekende die aan het begin van de periode actief zoekt."""

    zoeker_id: str
    inschrijfdatum: date
    aantal_personen: int
    huishoudinkomen: Decimal | None
    """Het vastgestelde huishoudinkomen; ``None``: vrijgesteld van de inkomenstoets."""
    aow_huishouden: bool
    zoekdatum: date | None = None
    """De datum waarop het actief zoeken begon (``None``: de inschrijfdatum)."""
