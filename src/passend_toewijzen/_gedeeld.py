"""Delen van onveranderlijke tussenuitkomsten tussen peildata (intern).

De parameters die op een peildatum gelden, veranderen maar een paar keer per jaar. Een plan of
uitlegregel die alleen van die (onveranderlijke) parameterwaarden afhangt, is voor alle peildata
tussen twee wijzigingen dezelfde. :func:`gedeeld` geeft dan steeds hetzelfde object terug: dat
scheelt geheugen en houdt de objecten die een toets gebruikt, dicht bij elkaar in de cache.

De sleutel is de identiteit van de objecten waarvan de uitkomst afhangt; het geheugen houdt die
objecten vast zolang het de uitkomst bewaart, zodat een identiteit nooit naar een ander object
kan wijzen. Het geheugen is begrensd en wordt bij het maximum geleegd.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["gedeeld"]

T = TypeVar("T")

_MAXIMUM = 20_000
_GEHEUGEN: dict[tuple[Hashable, ...], tuple[tuple[object, ...], Any]] = {}


def gedeeld(
    soort: Hashable, objecten: tuple[object, ...], maak: Callable[[], T], *sleutel: Hashable
) -> T:
    """De uitkomst van ``maak()``, gedeeld met eerdere aanroepen met dezelfde objecten.

    ``soort`` onderscheidt de soorten uitkomsten; ``objecten`` zijn de onveranderlijke objecten
    waarvan de uitkomst afhangt (op identiteit); ``sleutel`` zijn verdere hashbare waarden
    waarvan de uitkomst afhangt (op gelijkheid).
    """
    volledig = (soort, *map(id, objecten), *sleutel)
    gevonden = _GEHEUGEN.get(volledig)
    if gevonden is not None:
        uitkomst: T = gevonden[1]
        return uitkomst
    uitkomst = maak()
    if len(_GEHEUGEN) >= _MAXIMUM:
        _GEHEUGEN.clear()
    _GEHEUGEN[volledig] = (objecten, uitkomst)
    return uitkomst
