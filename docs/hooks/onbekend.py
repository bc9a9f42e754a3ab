"""MkDocs-hook voor het inbouwen: wat onbekend is, en de JSON Schema's als bestanden.

``handleidingen/inbouwen.md`` bevat de markering ``<!-- ONBEKEND -->``; deze hook zet er bij het
bouwen de tabel uit de gegevensbestanden voor in de plaats, zodat de handleiding altijd zegt welke
waarden de meegeleverde data op welke datums niet kennen. De gepubliceerde JSON Schema's komen op
de site onder ``schemas/``.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from mkdocs.structure.files import File, Files

from passend_toewijzen.parameters import Status, register
from passend_toewijzen.schemas import SCHEMAS, json_schema

MARKERING = "<!-- ONBEKEND -->"
PAGINA = "handleidingen/inbouwen.md"


def tabel() -> str:
    """Per parameter de perioden zonder onderbouwde waarde, als lijst (leesbaar op elke breedte)."""
    reg = register()
    regels: list[str] = []
    for naam in sorted(reg.definities):
        definitie = reg.definities[naam]
        perioden: list[tuple[date, date, Status]] = []
        for i, rw in enumerate(definitie.reeks):
            if rw.vervallen or rw.status not in (Status.ONBEKEND, Status.VOORLOPIG):
                continue
            volgende = definitie.reeks[i + 1].geldig_vanaf if i + 1 < len(definitie.reeks) else None
            tot = (volgende - timedelta(days=1)) if volgende else reg.dekking_tot
            van = max(rw.geldig_vanaf, reg.dekking_van)
            if tot < van:
                continue
            if perioden and perioden[-1][2] is rw.status and perioden[-1][1] + timedelta(1) == van:
                perioden[-1] = (perioden[-1][0], tot, rw.status)  # aaneengesloten: één periode
            else:
                perioden.append((van, tot, rw.status))
        if perioden:
            tekst = "; ".join(
                f"{status.value} van {van.isoformat()} tot en met {tot.isoformat()}"
                for van, tot, status in perioden
            )
            regels.append(f"- `{naam}` ({definitie.omschrijving.rstrip('.')}): {tekst}.")
    if not regels:
        return "Alle parameters hebben in de hele gedekte periode een onderbouwde waarde."
    return "\n".join(regels)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri != PAGINA:
        return markdown
    if MARKERING not in markdown:
        msg = f"{PAGINA}: markering {MARKERING} ontbreekt"
        raise ValueError(msg)
    return markdown.replace(MARKERING, tabel())


def on_files(files: Files, config: Any, **_: Any) -> Files:
    """Zet de gepubliceerde JSON Schema's op de site, op het adres van hun ``$id``."""
    for naam in SCHEMAS:
        inhoud = json.dumps(json_schema(naam), ensure_ascii=False, indent=2) + "\n"
        files.append(File.generated(config, f"schemas/{naam}.schema.json", content=inhoud))
    return files
