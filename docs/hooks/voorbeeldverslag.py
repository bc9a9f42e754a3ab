"""MkDocs-hook: de jaarverantwoording van het voorbeeldbestand, gemaakt bij het bouwen.

``handleidingen/jaarverantwoording.md`` bevat de markering ``<!-- VOORBEELDVERSLAG -->``. Deze
hook maakt bij elke bouw met de bibliotheek zelf het verslag over 2024 van het voorbeeldbestand
``examples/data/toewijzingen-2023-2024.csv`` (een verzonnen corporatie), zet het HTML-verslag (met
zijn grafieken) en het JSON-verslag op de site onder ``voorbeelden/`` en toont het HTML-verslag in
de pagina. Er is dus nooit een met de hand gemaakte afbeelding: wat de pagina toont, is wat de
opdracht ``passend-toewijzen verantwoording`` van dit bestand maakt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

MARKERING = "<!-- VOORBEELDVERSLAG -->"
PAGINA = "handleidingen/jaarverantwoording.md"
BESTAND = Path(__file__).resolve().parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"
JAAR = 2024
HTML = f"voorbeelden/verantwoording-{JAAR}.html"
JSON = f"voorbeelden/verantwoording-{JAAR}.json"


def verslagen() -> tuple[str, str]:
    """Het HTML- en het JSON-verslag over het voorbeeldjaar."""
    from passend_toewijzen.verantwoording import verantwoord
    from passend_toewijzen.verantwoording.uitvoer.html import als_html
    from passend_toewijzen.verantwoording.uitvoer.json import als_json

    verslag = verantwoord(BESTAND, JAAR)
    return als_html(verslag), als_json(verslag)


def on_files(files: Files, config: Any, **_: Any) -> Files:
    html, json = verslagen()
    files.append(File.generated(config, HTML, content=html))
    files.append(File.generated(config, JSON, content=json))
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri != PAGINA:
        return markdown
    if MARKERING not in markdown:
        msg = f"{PAGINA}: markering {MARKERING} ontbreekt"
        raise ValueError(msg)
    blok = (
        f'<iframe class="voorbeeldverslag" src="../../{HTML}" '
        f'title="Jaarverantwoording {JAAR} van het voorbeeldbestand" loading="lazy" '
        'style="width:100%;height:80vh;border:1px solid var(--md-default-fg-color--lightest)">'
        "</iframe>\n\n"
        f"[Het verslag op een eigen pagina openen](../{HTML}) · "
        f"[Hetzelfde verslag als JSON](../{JSON})"
    )
    return markdown.replace(MARKERING, blok)
