"""De OpenAPI-beschrijving: schema's uit de pydantic-modellen van de bibliotheek.

De routes lezen hun inhoud zelf (om getallen exact te lezen, zie :mod:`.api`); daarom zegt
elke route met :func:`aanvraag_json` welk model haar inhoud beschrijft. :func:`componenten`
zet de JSON Schema's van die modellen (``model_json_schema``) in ``components/schemas``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict

__all__ = ["aanvraag_json", "antwoord_json", "componenten", "formulier_schema"]

_REF = "#/components/schemas/{model}"


class Veldmelding(BaseModel):
    """Eén fout in de invoer."""

    veld: str
    """Het volledige pad naar het veld (bijvoorbeeld ``huishouden.personen[0].rol``)."""
    melding: str


class Foutdocument(BaseModel):
    """Het antwoord bij elke fout (4xx en 5xx)."""

    model_config = ConfigDict(extra="allow")

    fout: str
    """Vaste code, bijvoorbeeld ``ongeldige_invoer``, ``datum_buiten_dekking``, ``te_groot``."""
    melding: str
    """De Nederlandse melding."""
    fouten: list[Veldmelding]
    """De fouten per veld (leeg als de fout niet bij een veld hoort)."""


def _modellen() -> dict[str, type[BaseModel]]:
    from passend_toewijzen.dienst.api import Beoordeelverzoek, Rangschikverzoek
    from passend_toewijzen.dienst.verantwoording import Verantwoordingsopties
    from passend_toewijzen.modellen import Toewijzing

    return {
        "Toewijzing": Toewijzing,
        "Beoordeelverzoek": Beoordeelverzoek,
        "Rangschikverzoek": Rangschikverzoek,
        "Verantwoordingsopties": Verantwoordingsopties,
        "Foutdocument": Foutdocument,
    }


_UITVOER = {
    "Gezondheid": "Status, bibliotheekversie, dataversie en -hash, gedekte periode.",
    "Parameterset": "Het document van `passend-toewijzen parameters --json`.",
    "Toetsuitkomst": "Het document van `passend-toewijzen toets --json` (met uitleg en "
    "ontvangstbewijs).",
    "Toetsresultaat": "Per toewijzing, in de volgorde van de invoer: de toetsuitkomst of de "
    "toetsfout (te herkennen aan `schema`).",
    "Tabellen": "Naam, titel en geldigheid van de meegeleverde huur-inkomenstabellen.",
    "Tabeloverzicht": "Het document van `passend-toewijzen tabel --json`.",
    "Tabeloordeel": "Het oordeel van de tabel (cel, reden, inkomensgroep, huurband, landelijke "
    "toets).",
    "Rangschikking": "Het document van `passend-toewijzen rangschik --json`.",
    "Verslag": "Het JSON-verslag van `passend-toewijzen verantwoording --formaat json` (schema "
    "passend-toewijzen/verantwoording/1).",
}


_GEPUBLICEERD = {
    "Toetsuitkomst": "toetsuitkomst-1",
    "Toetsfout": "toetsfout-1",
    "Verslag": "verantwoording-1",
}
"""De uitvoerdocumenten met een gepubliceerd JSON Schema van de bibliotheek."""


def _inbedden(naam: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Een gepubliceerd JSON Schema als componenten: ``$defs`` worden eigen componenten
    (``Naam_Def``) en de verwijzingen wijzen daarheen."""
    schema = json.loads(json.dumps(schema))
    definities: dict[str, Any] = schema.pop("$defs", {})
    for sleutel in ("$schema", "$id"):
        schema.pop(sleutel, None)

    def herschrijf(knoop: Any) -> Any:
        if isinstance(knoop, dict):
            ref = knoop.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                knoop["$ref"] = _REF.format(model=f"{naam}_{ref.removeprefix('#/$defs/')}")
            for waarde in knoop.values():
                herschrijf(waarde)
        elif isinstance(knoop, list):
            for waarde in knoop:
                herschrijf(waarde)
        return knoop

    uit = {f"{naam}_{d}": herschrijf(v) for d, v in definities.items()}
    uit[naam] = herschrijf(schema)
    return uit


def componenten() -> dict[str, Any]:
    """Alle schema's voor ``components/schemas``."""
    from passend_toewijzen.schemas import json_schema

    schemas: dict[str, Any] = {}
    for naam, model in _modellen().items():
        schema = model.model_json_schema(ref_template=_REF)
        schemas.update(schema.pop("$defs", {}))
        schemas[naam] = schema
    for naam, gepubliceerd in _GEPUBLICEERD.items():
        schemas.update(_inbedden(naam, json_schema(gepubliceerd)))
    schemas["Toetsresultaat"] = {
        "title": "Toetsresultaat",
        "description": _UITVOER["Toetsresultaat"],
        "oneOf": [_ref("Toetsuitkomst"), _ref("Toetsfout")],
    }
    for naam, beschrijving in _UITVOER.items():
        schemas.setdefault(naam, {"type": "object", "title": naam, "description": beschrijving})
    return schemas


def _ref(naam: str) -> dict[str, str]:
    return {"$ref": _REF.format(model=naam)}


def aanvraag_json(naam: str, beschrijving: str, *, lijst: bool = False) -> dict[str, Any]:
    """``openapi_extra`` voor een route met een JSON-inhoud volgens model ``naam``."""
    schema: dict[str, Any] = {"type": "array", "items": _ref(naam)} if lijst else _ref(naam)
    inhoud: dict[str, Any] = {"application/json": {"schema": schema}}
    if lijst:
        inhoud["application/x-ndjson"] = {"schema": _ref(naam)}
    return {"requestBody": {"required": True, "description": beschrijving, "content": inhoud}}


_FOUTEN = {
    413: "Het verzoek is groter dan de grens van de dienst.",
    415: "Verkeerd inhoudstype.",
    422: "Ongeldige invoer (fouten per veld), of een datum buiten de gedekte periode.",
    503: "De tijdslimiet van de dienst is verstreken.",
}


def antwoord_json(naam: str, *, lijst: bool = False) -> dict[int | str, dict[str, Any]]:
    """``responses`` voor een route die een JSON-document ``naam`` geeft."""
    schema: dict[str, Any] = {"type": "array", "items": _ref(naam)} if lijst else _ref(naam)
    antwoorden: dict[int | str, dict[str, Any]] = {
        200: {
            "description": _UITVOER.get(naam, naam),
            "content": {"application/json": {"schema": schema}},
        }
    }
    for status, beschrijving in _FOUTEN.items():
        antwoorden[status] = {
            "description": beschrijving,
            "content": {"application/json": {"schema": _ref("Foutdocument")}},
        }
    return antwoorden


def formulier_schema() -> dict[str, Any]:
    """Het schema van het formulier van ``POST /verantwoording`` (``multipart/form-data``)."""
    from passend_toewijzen.dienst.verantwoording import Verantwoordingsopties

    opties = Verantwoordingsopties.model_json_schema(ref_template=_REF)
    eigenschappen: dict[str, Any] = {
        "bestanden": {
            "type": "array",
            "items": {"type": "string", "format": "binary"},
            "description": "Een of meer bestanden met toewijzingen (CSV, Excel .xlsx, Parquet of "
            "JSON Lines), herkend aan de extensie van de bestandsnaam.",
        },
        "beleid": {
            "type": "string",
            "format": "binary",
            "description": "Optioneel: een TOML-bestand met lokaal beleid (gaat voor het beleid "
            "waarmee de dienst is gestart).",
        },
        "vorig_jaar": {
            "type": "string",
            "format": "binary",
            "description": "Optioneel: het JSON-verslag van het vorige jaar (tweejarige "
            "passendheidsnorm vanaf 2022), als --vorig-jaar.",
        },
        **opties["properties"],
    }
    return {"type": "object", "required": ["bestanden"], "properties": eigenschappen}
