"""Schrijf de JSON Schema's die uit de code volgen naar ``src/passend_toewijzen/schemas/``.

    python scripts/schemas.py

Het schema van de invoer (``toewijzing``), van de toetsuitkomst en van de toetsfout volgt uit de
code; ``verantwoording-1`` wordt met de hand bijgehouden. ``tests/unit/test_schemas.py`` faalt als
een bestand niet meer klopt met de code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from passend_toewijzen import Toetsfout, Toetsuitkomst, Toewijzing

MAP = Path(__file__).resolve().parents[1] / "src" / "passend_toewijzen" / "schemas"


def gegenereerd() -> dict[str, dict[str, Any]]:
    """De schema's die uit de code volgen, op naam."""
    invoer = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://passend-toewijzen.readthedocs.io/schemas/toewijzing.schema.json",
        **Toewijzing.model_json_schema(),
    }
    return {
        "toewijzing": invoer,
        "toetsuitkomst-1": Toetsuitkomst.json_schema(),
        "toetsfout-1": Toetsfout.json_schema(),
    }


def als_tekst(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    for naam, schema in gegenereerd().items():
        (MAP / f"{naam}.schema.json").write_text(als_tekst(schema), encoding="utf-8")
        print(f"geschreven: {naam}.schema.json")


if __name__ == "__main__":
    main()
