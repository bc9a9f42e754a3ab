"""Overzichten van de parameterdata: per jaar, per reeks en als momentopname.

Gebruikt door de documentatie (tabellen worden bij het bouwen uit de data gegenereerd) en door
``scripts/genereer_momentopname.py`` (de momentopname die in review als diff wordt gelezen).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from passend_toewijzen.parameters.export import waarde_als_json
from passend_toewijzen.parameters.laden import Register
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import Status

__all__ = ["momenten", "momentopname"]


def momenten(reg: Register | None = None) -> list[date]:
    """Alle peilmomenten binnen de dekking: elk 1 januari en elke wijzigingsdatum daartussen."""
    reg = reg or register()
    data = {date(jaar, 1, 1) for jaar in range(reg.dekking_van.year, reg.dekking_tot.year + 1)}
    data |= {d for d in reg.wijzigingsdata if reg.dekking_van <= d <= reg.dekking_tot}
    return sorted(d for d in data if reg.dekking_van <= d <= reg.dekking_tot)


def momentopname(reg: Register | None = None) -> dict[str, Any]:
    """Alle waarden op elk peilmoment, als JSON-geschikte structuur (stabiel gesorteerd)."""
    reg = reg or register()
    resultaat: dict[str, Any] = {
        "data_versie": reg.data_versie,
        "dekking": [reg.dekking_van.isoformat(), reg.dekking_tot.isoformat()],
        "momenten": {},
    }
    for moment in momenten(reg):
        regel: dict[str, Any] = {}
        for naam in sorted(reg.definities):
            definitie = reg.definities[naam]
            rw = definitie.reekswaarde_op(moment)
            if rw is None:
                regel[naam] = "nog niet van kracht"
            elif rw.vervallen:
                regel[naam] = "vervallen"
            elif rw.status is Status.ONBEKEND or rw.waarde is None:
                regel[naam] = "onbekend"
            else:
                regel[naam] = {
                    "waarde": waarde_als_json(rw.waarde),
                    "geldig_vanaf": rw.geldig_vanaf.isoformat(),
                    "status": rw.status.value,
                    "bron": rw.bron.sleutel if rw.bron else None,
                }
                if rw.afleiding is not None:
                    regel[naam]["berekening"] = rw.afleiding.berekening
        resultaat["momenten"][moment.isoformat()] = regel
    return resultaat
