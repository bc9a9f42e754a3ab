"""Een reeks toewijzingen toetsen: één resultaat per toewijzing, in de volgorde van de invoer.

Een fout in één toewijzing (ongeldige invoer, een datum buiten de dekking) geldt alleen voor die
toewijzing: haar resultaat is een foutdocument, de rest van de reeks wordt gewoon getoetst.
"""

from __future__ import annotations

from typing import Any

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.dienst.foutafhandeling import als_document
from passend_toewijzen.dienst.grenzen import Termijn
from passend_toewijzen.fouten import OngeldigeInvoer, PassendToewijzenFout, Veldfout
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.modellen.basis import lees_json
from passend_toewijzen.toets import toets_toewijzing

__all__ = ["JSONLINES", "toets_reeks"]

JSONLINES = ("application/x-ndjson", "application/jsonl", "application/jsonlines")
"""De inhoudstypen van JSON Lines (één JSON-document per regel)."""

_CONTROLE = 256
"""Na zoveel toewijzingen wordt de termijn gecontroleerd."""


def _items(inhoud: bytes, regels: bool) -> list[tuple[int, Any | OngeldigeInvoer]]:
    """De documenten van de invoer met hun volgnummer (vanaf 1); een regel die geen JSON is,
    wordt een fout voor die regel."""
    if not regels:
        gegevens = lees_json(inhoud, "Toewijzing")
        if not isinstance(gegevens, list):
            raise OngeldigeInvoer(
                "Toewijzing",
                (Veldfout("", "verwacht een JSON-lijst van toewijzingen (of JSON Lines)"),),
            )
        return list(enumerate(gegevens, start=1))
    items: list[tuple[int, Any | OngeldigeInvoer]] = []
    for nummer, regel in enumerate(inhoud.split(b"\n"), start=1):
        if not regel.strip():
            continue
        try:
            items.append((nummer, lees_json(regel, "Toewijzing")))
        except OngeldigeInvoer as exc:
            items.append((nummer, exc))
    return items


def toets_reeks(
    inhoud: bytes,
    *,
    regels: bool,
    beleid: Beleid | None,
    strikt: bool,
    uitleg: bool,
    termijn: Termijn,
) -> list[dict[str, Any]]:
    """Toets elke toewijzing van ``inhoud``; per toewijzing ``{"nummer", "uitkomst"}`` of
    ``{"nummer", "fout"}`` (``nummer``: plaats in de lijst of regelnummer, vanaf 1)."""
    resultaten: list[dict[str, Any]] = []
    for i, (nummer, item) in enumerate(_items(inhoud, regels)):
        if i % _CONTROLE == 0:
            termijn.controleer()
        try:
            if isinstance(item, OngeldigeInvoer):
                raise item
            toewijzing = Toewijzing.model_validate(item)
            uitkomst = toets_toewijzing(toewijzing, beleid=beleid, strikt=strikt, uitleg=uitleg)
        except PassendToewijzenFout as exc:
            resultaten.append({"nummer": nummer, "fout": als_document(exc)[1]})
            continue
        resultaten.append({"nummer": nummer, "uitkomst": uitkomst.als_dict()})
    return resultaten
