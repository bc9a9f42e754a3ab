"""Elk voorbeeldscript in examples/ draait zonder fouten (zodat de voorbeelden niet verouderen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

VOORBEELDEN = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.py"))


@pytest.mark.parametrize("script", VOORBEELDEN, ids=[p.name for p in VOORBEELDEN])
def test_voorbeeld_draait(script: Path) -> None:
    resultaat = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip()
