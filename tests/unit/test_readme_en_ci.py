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


DOCS_SITE = "https://passend-toewijzen.readthedocs.io/"
REPO = "https://github.com/passend-toewijzen/passend_toewijzen/blob/main/"
REPO_MAP = "https://github.com/passend-toewijzen/passend_toewijzen/tree/main/"


def _links(tekst: str) -> list[str]:
    return [
        *re.findall(r"\]\(([^)\s]+)\)", tekst),
        *re.findall(r"<(https?://[^>\s]+)>", tekst),
    ]


def test_readme_links_zijn_absoluut_en_wijzen_naar_iets_dat_bestaat() -> None:
    """Op een pakketindex (PyPI) werkt een relatieve link niet: elke link is absoluut, en een
    link naar de documentatie of de repository wijst naar een pagina of bestand dat bestaat."""
    links = _links((ROOT / "README.md").read_text(encoding="utf-8"))
    assert links
    for link in links:
        assert link.startswith("https://"), f"relatieve link in README.md: {link}"
        if link.startswith(DOCS_SITE):
            pad = link.removeprefix(DOCS_SITE).strip("/")
            bron = ROOT / "docs" / (f"{pad}.md" if pad else "index.md")
            assert bron.exists(), (
                f"README-link naar een documentatiepagina die niet bestaat: {link}"
            )
        elif link.startswith((REPO, REPO_MAP)):
            pad = link.removeprefix(REPO).removeprefix(REPO_MAP)
            assert (ROOT / pad).exists(), f"README-link naar een bestand dat niet bestaat: {link}"
