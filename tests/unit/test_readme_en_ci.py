"""De README-snelstart heeft precies twee opdrachten; CI draait de testopdracht letterlijk."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _snelstart_opdrachten() -> list[str]:
    tekst = (ROOT / "README.md").read_text(encoding="utf-8")
    sectie = tekst.split("## Snel aan de slag", 1)[1].split("\n## ", 1)[0]
    return [blok.strip() for blok in re.findall(r"```bash\n(.*?)```", sectie, flags=re.S)]


def test_snelstart_heeft_precies_twee_opdrachten() -> None:
    opdrachten = _snelstart_opdrachten()
    assert len(opdrachten) == 2
    assert all("\n" not in o for o in opdrachten)
    assert opdrachten[0].startswith("python3 -m venv .venv")
    assert "passend-toewijzen" in opdrachten[0]
    assert opdrachten[1].endswith("pytest")


def test_ci_draait_de_readme_testopdracht_letterlijk() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _snelstart_opdrachten()[1] in ci.splitlines()
