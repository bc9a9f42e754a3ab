"""De gepubliceerde JSON Schema's kloppen met de code en met de documenten die de code schrijft."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from jsonschema import Draft202012Validator

from passend_toewijzen.schemas import SCHEMAS, json_schema
from passend_toewijzen.verantwoording import verantwoord
from tests.hulp import fictief_beleid

WORTEL = Path(__file__).resolve().parents[2]
VOORBEELD = WORTEL / "examples" / "data" / "toewijzingen-2023-2024.csv"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "schemas_script", WORTEL / "scripts" / "schemas.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_de_bestanden_kloppen_met_de_code() -> None:
    script = _script()
    for naam, schema in script.gegenereerd().items():
        bestand = WORTEL / "src" / "passend_toewijzen" / "schemas" / f"{naam}.schema.json"
        assert bestand.read_text(encoding="utf-8") == script.als_tekst(schema), (
            f"{naam}.schema.json is verouderd: python scripts/schemas.py"
        )


@pytest.mark.parametrize("naam", SCHEMAS)
def test_elk_schema_is_een_geldig_json_schema(naam: str) -> None:
    schema = json_schema(naam)
    Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith(f"/schemas/{naam}.schema.json")
    assert schema["title"]


def test_een_onbekend_schema() -> None:
    with pytest.raises(ValueError, match="onbekend schema 'x'; kies uit toewijzing"):
        json_schema("x")


def test_het_verslag_van_de_jaarverantwoording_voldoet_aan_zijn_schema() -> None:
    controle = Draft202012Validator(
        json_schema("verantwoording-1"), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    beleid = fictief_beleid(
        "hogere aftoppingsgrens (fictief)",
        "[[parameters.aftoppingsgrens_laag.waarden]]\ngeldig_vanaf = 2024-01-01\n"
        'waarde = 700.00\nbron = "fictief"\nstatus = "secundair"\n',
    )
    for verslag in (verantwoord(VOORBEELD, 2024), verantwoord(VOORBEELD, 2024, beleid=beleid)):
        document = json.loads(json.dumps(verslag.als_dict(), ensure_ascii=False))
        fouten = [f"{list(f.absolute_path)}: {f.message}" for f in controle.iter_errors(document)]
        assert not fouten
    assert document["ontvangstbewijs"]["beleidswaarden"][0]["soort"] == "vervangt"
