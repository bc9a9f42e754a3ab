"""Wat de rij-motor en de kolom-motor bij elk bestand op dezelfde manier doen.

Beide motoren zetten een rij om met dezelfde :class:`Toewijzingslezer`, beginnen met een telling
die de bron (hash, kenmerken, waarschuwingen) vastlegt en lezen het bestand in stukken. Dat staat
hier één keer, zodat het ontvangstbewijs van beide motoren niet uit elkaar kan lopen.
"""

from __future__ import annotations

from collections.abc import Iterator

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.lezen import Invoer, Rij
from passend_toewijzen.invoer.toewijzingen import Toewijzingslezer
from passend_toewijzen.verantwoording.telling import Telling

__all__ = ["in_stukken", "omzetter_en_telling"]


def omzetter_en_telling(
    invoer: Invoer, *, corporatie: str | None, decimaalteken: Decimaalteken
) -> tuple[Toewijzingslezer, Telling]:
    """De rijomzetter van een geopend bestand en een lege telling met de gegevens van de bron.

    ``corporatie`` is de naam voor rijen zonder kolom ``corporatie`` (standaard de bestandsnaam
    zonder extensie).
    """
    omzetter = Toewijzingslezer(
        invoer.naam,
        invoer.kolommen,
        corporatie=corporatie or invoer.pad.stem,
        decimaalteken=decimaalteken,
        schema=invoer.schema,
    )
    telling = Telling()
    telling.bronnen[invoer.naam] = invoer.sha256()
    telling.bronkenmerken[invoer.naam] = invoer.kenmerken()
    telling.waarschuwingen = invoer.waarschuwingen
    return omzetter, telling


def in_stukken(rijen: Iterator[Rij], grootte: int) -> Iterator[list[Rij]]:
    """De rijen in lijsten van ``grootte`` (de laatste mag korter zijn)."""
    stuk: list[Rij] = []
    for rij in rijen:
        stuk.append(rij)
        if len(stuk) == grootte:
            yield stuk
            stuk = []
    if stuk:
        yield stuk
