"""De gepubliceerde JSON Schema's van de documenten die de bibliotheek leest en schrijft.

* ``toewijzing`` — de invoer van een toets (:class:`~passend_toewijzen.Toewijzing`);
* ``toetsuitkomst-1`` — de uitkomst van een toets (:class:`~passend_toewijzen.Toetsuitkomst`);
* ``toetsfout-1`` — de fout bij één toewijzing in een stroom
  (:class:`~passend_toewijzen.Toetsfout`);
* ``verantwoording-1`` — het JSON-verslag van de jaarverantwoording;
* ``monitor-1`` — het JSON-document van de monitor;
* ``bereikbaarheid-1`` — het JSON-document van de bereikbaarheid (streefhuurscenario's);
* ``simulatie-1`` — het JSON-document van het beleidslab.

De bestanden staan naast deze module (``passend_toewijzen/schemas/<naam>.schema.json``), zodat ook
een systeem zonder Python ze kan gebruiken; :func:`json_schema` leest er een.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["SCHEMAS", "json_schema"]

SCHEMAS = (
    "toewijzing",
    "toetsuitkomst-1",
    "toetsfout-1",
    "verantwoording-1",
    "monitor-1",
    "bereikbaarheid-1",
    "simulatie-1",
)
"""De namen van de gepubliceerde schema's."""


def json_schema(naam: str) -> dict[str, Any]:
    """Het JSON Schema met deze naam (zie :data:`SCHEMAS`)."""
    if naam not in SCHEMAS:
        msg = f"onbekend schema {naam!r}; kies uit {', '.join(SCHEMAS)}"
        raise ValueError(msg)
    tekst = resources.files(__name__).joinpath(f"{naam}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(tekst)
    return schema
