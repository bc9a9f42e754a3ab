"""Een reeks toewijzingen toetsen: één resultaat per toewijzing, in de volgorde van de invoer.

Met :func:`~passend_toewijzen.toets_stroom` van de bibliotheek: een fout in één toewijzing
(ongeldige invoer, een datum buiten de dekking) wordt de
:class:`~passend_toewijzen.Toetsfout` van die toewijzing; de rest van de reeks wordt gewoon
getoetst. Elk resultaat is het document van de bibliotheek: een toetsuitkomst
(``passend-toewijzen/toetsuitkomst/1``) of een toetsfout (``passend-toewijzen/toetsfout/1``), te
herkennen aan ``schema``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from passend_toewijzen import (
    Beleid,
    OngeldigeInvoer,
    Toetsfout,
    Veldfout,
    toets_stroom,
)
from passend_toewijzen.dienst.grenzen import Termijn
from passend_toewijzen.modellen.basis import lees_json

__all__ = ["JSONLINES", "toets_reeks"]

JSONLINES = ("application/x-ndjson", "application/jsonl", "application/jsonlines")
"""De inhoudstypen van JSON Lines (één JSON-document per regel)."""

_CONTROLE = 256
"""Na zoveel toewijzingen wordt de termijn gecontroleerd."""


class _Onleesbaar:
    """Een regel van JSON Lines die geen JSON is (de fout volgt op haar plaats)."""

    __slots__ = ("fout",)

    def __init__(self, fout: OngeldigeInvoer) -> None:
        self.fout = fout


def _items(inhoud: bytes, regels: bool) -> list[Any]:
    """De documenten van de invoer; bij JSON Lines één per niet-lege regel."""
    if not regels:
        gegevens = lees_json(inhoud, "Toewijzing")
        if not isinstance(gegevens, list):
            raise OngeldigeInvoer(
                "Toewijzing",
                (Veldfout("", "verwacht een JSON-lijst van toewijzingen (of JSON Lines)"),),
            )
        return gegevens
    items: list[Any] = []
    for regel in inhoud.split(b"\n"):
        if not regel.strip():
            continue
        try:
            items.append(lees_json(regel, "Toewijzing"))
        except OngeldigeInvoer as exc:
            items.append(_Onleesbaar(exc))
    return items


def _met_termijn(items: list[Any], termijn: Termijn) -> Iterator[Any]:
    for i, item in enumerate(items):
        if i % _CONTROLE == 0:
            termijn.controleer()
        yield item


def toets_reeks(
    inhoud: bytes,
    *,
    regels: bool,
    beleid: Beleid | None,
    strikt: bool,
    uitleg: bool,
    termijn: Termijn,
) -> list[dict[str, Any]]:
    """Toets elke toewijzing van ``inhoud``: per toewijzing het document van de uitkomst of van
    de fout (met ``index``: de plaats in de reeks, vanaf 0; bij JSON Lines tellen lege regels
    niet mee)."""
    items = _items(inhoud, regels)
    resultaten: list[dict[str, Any]] = []
    stroom = toets_stroom(_met_termijn(items, termijn), beleid=beleid, strikt=strikt, uitleg=uitleg)
    for index, resultaat in enumerate(stroom):
        item = items[index]
        eigen = Toetsfout.van(index, None, item.fout) if isinstance(item, _Onleesbaar) else None
        resultaten.append((eigen or resultaat).als_dict())
    return resultaten
