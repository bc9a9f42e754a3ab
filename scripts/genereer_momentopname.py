"""Schrijf tests/snapshots/parameters.json: alle parameterwaarden op elk peilmoment.

Gebruik na een wijziging van de parameterdata en lees de diff in de review::

    python scripts/genereer_momentopname.py

Regenereer nooit om een falende test op te lossen: een onverwachte wijziging in oude jaren is
een fout in de data.
"""

from __future__ import annotations

import json
from pathlib import Path

from passend_toewijzen.parameters.overzicht import momentopname

DOEL = Path(__file__).resolve().parent.parent / "tests" / "snapshots" / "parameters.json"


def tekst() -> str:
    """De momentopname als stabiele JSON-tekst."""
    return json.dumps(momentopname(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    DOEL.parent.mkdir(parents=True, exist_ok=True)
    DOEL.write_text(tekst(), encoding="utf-8")
    print(f"geschreven: {DOEL}")


if __name__ == "__main__":
    main()
