"""De regels van de bereikbaarheid: de huur bij mutatie en wie die huur kan bereiken.

Elke functie is zuiver (alleen haar argumenten, geen parameters opzoeken), zodat zij later over een
hele kolom tegelijk kan draaien. De grenzen zelf komen uit de parameters van de peildatum (zie
:mod:`passend_toewijzen.bereikbaarheid.grenzen`); hier staat geen enkel wettelijk bedrag.

**De huur bij mutatie** (:func:`huur_bij_mutatie`). Bij een mutatie (een nieuwe verhuring) brengt de
corporatie de huur in één keer naar de streefhuur: een percentage van de maximale (redelijke)
huur volgens het woningwaarderingsstelsel. De uitkomst is

    streefhuur = maximale huur × percentage / 100, afgerond op hele centen, een halve cent naar
    boven (``ROUND_HALF_UP``: € 400,005 wordt € 400,01),

eventueel plus de huurverhoging na een energetische verbetering (verduurzaming). Het afronden
gebeurt één keer, na het vermenigvuldigen; de verhoging is al in centen.

**Aftoppen bij mutatie** (:func:`afgetopt`). Een corporatie kan als beleid de huur bij mutatie
begrenzen op een grens (de lage of hoge aftoppingsgrens, of de maximale huurgrens): de huur wordt
dan ten hoogste die grens.

**Bereikbaar** (:func:`bereikbaar`). Een woning is bereikbaar voor een huishouden van de primaire
doelgroep (passend toewijzen) als de huur bij mutatie *niet hoger is dan* de toepasselijke
aftoppingsgrens: de lage voor één en twee personen, de hoge voor drie of meer (Wet op de huurtoeslag
art. 20 lid 2; Woningwet art. 46 lid 2). Een huur gelijk aan de grens is bereikbaar.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from passend_toewijzen._rekenen import REKENCONTEXT

__all__ = ["CENT", "afgetopt", "bereikbaar", "huur_bij_mutatie", "streefhuur"]

CENT = Decimal("0.01")
_HONDERD = Decimal(100)
_NUL = Decimal(0)


def streefhuur(maximale_huur: Decimal, percentage: Decimal) -> Decimal:
    """``maximale_huur × percentage / 100`` in hele centen, een halve cent naar boven.

    ``percentage`` ligt boven 0 en ten hoogste op 100; ``maximale_huur`` is niet negatief.
    """
    if not isinstance(maximale_huur, Decimal) or not isinstance(percentage, Decimal):
        msg = "maximale_huur en percentage moeten Decimal zijn"
        raise TypeError(msg)
    if maximale_huur < _NUL:
        msg = "de maximale huur kan niet negatief zijn"
        raise ValueError(msg)
    if not _NUL < percentage <= _HONDERD:
        msg = f"een streefhuurpercentage ligt boven 0 en ten hoogste op 100, niet {percentage}"
        raise ValueError(msg)
    product = REKENCONTEXT.multiply(maximale_huur, percentage)
    exact = REKENCONTEXT.divide(product, _HONDERD)
    return exact.quantize(CENT, rounding=ROUND_HALF_UP, context=REKENCONTEXT)


def huur_bij_mutatie(
    maximale_huur: Decimal, percentage: Decimal, verhoging: Decimal | None = None
) -> Decimal:
    """De huur bij mutatie: de :func:`streefhuur`, plus de huurverhoging na verduurzaming."""
    huur = streefhuur(maximale_huur, percentage)
    if verhoging is None:
        return huur
    if verhoging < _NUL:
        msg = "een huurverhoging na verduurzaming kan niet negatief zijn"
        raise ValueError(msg)
    return REKENCONTEXT.add(huur, verhoging)


def afgetopt(huur: Decimal, grens: Decimal | None) -> Decimal:
    """De huur, ten hoogste ``grens`` (``None``: niet aftoppen)."""
    if grens is None or huur <= grens:
        return huur
    return grens


def bereikbaar(huur: Decimal, aftoppingsgrens: Decimal) -> bool:
    """Of de huur niet hoger is dan de aftoppingsgrens (een gelijke huur is bereikbaar)."""
    return huur <= aftoppingsgrens
