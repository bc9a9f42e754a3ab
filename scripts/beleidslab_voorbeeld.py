"""Maak de vergelijking van de handleiding "Een beleid doorrekenen" opnieuw uit de voorbeelddata.

    python scripts/beleidslab_voorbeeld.py

Rekent de twee voorbeeldscenario's (``examples/data/beleid-huidig.toml`` en
``beleid-voorstel.toml``) door op de voorbeeldvoorraad en de woningzoekenden van De Kernen over
2016, met 50 herhalingen en zaad 1, en schrijft naar ``docs/handleidingen/beleid-doorrekenen/``:
het JSON-document, de tabellen (Markdown, voor de pagina) en de drie grafieken (SVG). Dezelfde
opdracht geeft dezelfde bestanden; ``tests/simulatie/test_handleiding.py`` faalt als de bestanden
niet meer kloppen met de code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from passend_toewijzen.simulatie import laad_scenario, lees_labinvoer, maak_document, simuleer
from passend_toewijzen.simulatie.uitvoer.html import grafieken
from passend_toewijzen.simulatie.uitvoer.markdown import als_markdown

WORTEL = Path(__file__).resolve().parents[1]
DATA = WORTEL / "examples" / "data"
MAP = WORTEL / "docs" / "handleidingen" / "beleid-doorrekenen"
HERHALINGEN = 50
ZAAD = 1
JAAR = 2016


def bestanden() -> dict[str, str]:
    """De inhoud van elk bestand in :data:`MAP`, op naam."""
    invoer = lees_labinvoer(DATA / "voorraad.csv", DATA / "woningzoekenden-kernen.csv")
    scenarios = [laad_scenario(DATA / f"beleid-{n}.toml") for n in ("huidig", "voorstel")]
    uitkomst = simuleer(
        scenarios, invoer.woningen, invoer.zoekers, [JAAR], herhalingen=HERHALINGEN, zaad=ZAAD
    )
    document = maak_document(uitkomst, bestanden=invoer.bestanden)
    # de kopjes een niveau lager: de pagina heeft zelf de titel
    tabellen = re.sub(r"^(#+) ", r"#\1 ", als_markdown(document), flags=re.M)
    # de aannames staan op de pagina apart; de tabellen zonder die slotsectie
    tabellen, _, _ = tabellen.partition("### Wat het model aanneemt")
    uit = {
        "vergelijking.json": json.dumps(document, ensure_ascii=False, indent=2) + "\n",
        "vergelijking.md": tabellen.rstrip() + "\n",
        "aannames.md": "".join(f"* {a}\n" for a in document["aannames"]),
    }
    for sleutel, (svg, _) in grafieken(document).items():
        uit[f"{sleutel}.svg"] = (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
            + str(svg).removeprefix("<svg")
            + "\n"
        )
    return uit


def main() -> None:
    MAP.mkdir(parents=True, exist_ok=True)
    for naam, inhoud in bestanden().items():
        (MAP / naam).write_text(inhoud, encoding="utf-8")
        print(f"geschreven: {(MAP / naam).relative_to(WORTEL)}")


if __name__ == "__main__":
    main()
