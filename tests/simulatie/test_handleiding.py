"""De vergelijking in de handleiding "Een beleid doorrekenen" is gemaakt uit de voorbeelddata.

De tabellen en grafieken in ``docs/handleidingen/beleid-doorrekenen/`` zijn niet met de hand
gemaakt: ``scripts/beleidslab_voorbeeld.py`` maakt ze opnieuw, en deze test faalt als ze niet
meer kloppen met de code (maak ze dan opnieuw met dat script).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]


def test_de_bestanden_van_de_handleiding_kloppen_met_de_code() -> None:
    spec = importlib.util.spec_from_file_location(
        "beleidslab_voorbeeld", WORTEL / "scripts" / "beleidslab_voorbeeld.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for naam, inhoud in script.bestanden().items():
        pad = script.MAP / naam
        assert pad.read_text(encoding="utf-8") == inhoud, (
            f"{pad.relative_to(WORTEL)} is verouderd: python scripts/beleidslab_voorbeeld.py"
        )
