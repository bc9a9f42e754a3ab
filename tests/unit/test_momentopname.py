"""De momentopname van alle parameterwaarden moet gelijk zijn aan de data.

Faalt deze test, lees dan de diff: `python scripts/genereer_momentopname.py` en `git diff
tests/snapshots/parameters.json`. Alleen bewust gewijzigde waarden mogen veranderen.
"""

from __future__ import annotations

import json
from pathlib import Path

from passend_toewijzen.parameters import beschikbare_periode
from passend_toewijzen.parameters.overzicht import momenten, momentopname

BESTAND = Path(__file__).resolve().parent.parent / "snapshots" / "parameters.json"


def test_momentopname_gelijk_aan_data() -> None:
    opgeslagen = json.loads(BESTAND.read_text(encoding="utf-8"))
    actueel = json.loads(json.dumps(momentopname()))
    verschillen = [
        f"{moment} {naam}: {opgeslagen['momenten'].get(moment, {}).get(naam)!r} -> {waarde!r}"
        for moment, regel in actueel["momenten"].items()
        for naam, waarde in regel.items()
        if opgeslagen["momenten"].get(moment, {}).get(naam) != waarde
    ]
    assert not verschillen, "\n".join(verschillen[:40])
    assert opgeslagen == actueel


def test_elk_jaar_heeft_een_peilmoment_op_1_januari() -> None:
    van, tot = beschikbare_periode()
    jaren = {m.year for m in momenten() if (m.month, m.day) == (1, 1)}
    assert jaren == set(range(van.year, tot.year + 1))
