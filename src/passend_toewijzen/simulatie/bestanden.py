"""De invoer van het lab uit bestanden: de woningvoorraad en de woningzoekenden.

Beide bestanden worden gelezen met hun eigen lezer (:func:`~passend_toewijzen.invoer.voorraad.
lees_voorraad` en :func:`~passend_toewijzen.invoer.woningzoekenden.lees_woningzoekenden`), met
dezelfde strengheid als elk ander bestand: elke rij geaccepteerd of afgewezen met rijnummer,
kolom en reden. :class:`Labinvoer` geeft de geaccepteerde woningen en zoekers en, voor het
ontvangstbewijs van het document, per bestand de naam, de SHA-256 en de aantallen rijen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import Voorraadwoning, lees_voorraad
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende, lees_woningzoekenden

__all__ = ["Labinvoer", "lees_labinvoer"]


class Labinvoer(NamedTuple):
    """De gelezen invoer van het lab."""

    woningen: tuple[Voorraadwoning, ...]
    zoekers: tuple[Woningzoekende, ...]
    fouten: tuple[Rijfout, ...]
    """De fouten van alle afgewezen rijen (voorraad, dan woningzoekenden)."""
    bestanden: dict[str, dict[str, Any]]
    """Per soort (``voorraad``, ``woningzoekenden``): naam, SHA-256, gelezen en afgewezen rijen."""

    @property
    def afgewezen(self) -> int:
        """Het aantal afgewezen rijen in beide bestanden samen."""
        return sum(b["afgewezen"] for b in self.bestanden.values())


def lees_labinvoer(voorraad: str | Path, woningzoekenden: str | Path) -> Labinvoer:
    """Lees de woningvoorraad en de woningzoekenden (CSV, Excel, Parquet of JSON Lines)."""
    v = lees_voorraad(voorraad)
    z = lees_woningzoekenden(woningzoekenden)
    kenmerken_v = next(iter(v.bronkenmerken.values()))
    return Labinvoer(
        woningen=tuple(v.woningen),
        zoekers=z.zoekers,
        fouten=(*v.fouten, *z.fouten),
        bestanden={
            "voorraad": {
                "naam": Path(voorraad).name,
                "sha256": kenmerken_v["sha256"],
                "gelezen": v.gelezen,
                "afgewezen": v.afgewezen,
            },
            "woningzoekenden": {
                "naam": Path(woningzoekenden).name,
                "sha256": z.kenmerken["sha256"],
                "gelezen": z.gelezen,
                "afgewezen": z.afgewezen,
            },
        },
    )
