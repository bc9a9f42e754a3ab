"""MkDocs-hook: de handleiding bereikbaarheid toont een echte run van het voorbeeld, met grafieken.

``handleidingen/bereikbaarheid.md`` bevat de markering ``<!-- BEREIKBAARHEID -->``. Bij het bouwen
rekent deze hook het voorbeeld door (``examples/data/voorraad.csv`` en
``examples/data/woningzoekenden-kernen.csv`` op 1 januari 2016, dezelfde scenario's als
``examples/bereikbaarheid_streefhuur.py``) en zet er de tabellen en de grafieken van het verslag
voor in de plaats. Zo zijn de cijfers en grafieken op de pagina nooit met de hand gemaakt en
lopen ze nooit uit de pas met de code. Het volledige HTML-verslag komt als download op
``downloads/bereikbaarheid-voorbeeld.html``, het voorraadsjabloon op
``downloads/sjabloon-voorraad.csv``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from passend_toewijzen.bereikbaarheid import Scenario, bereken_bereikbaarheid
from passend_toewijzen.bereikbaarheid.uitvoer.html import (
    _grafiek_doelgroepen,
    _grafiek_gemeenten,
    _grafiek_huurklassen,
    document_als_html,
)
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import (
    HUIDIG_LABEL,
    aanbod_vandaag,
    pct,
    reeksen,
    tabel,
)
from passend_toewijzen.invoer.voorraad import VOORRAAD

MARKERING = "<!-- BEREIKBAARHEID -->"
PAGINA = "handleidingen/bereikbaarheid.md"
DATA = Path(__file__).resolve().parents[2] / "examples" / "data"


@cache
def _document() -> dict[str, Any]:
    scenarios = [
        Scenario("streefhuur 72%", Decimal(72)),
        Scenario("streefhuur 67,5%", Decimal("67.5")),
        Scenario("67,5% met verduurzaming", Decimal("67.5"), verduurzaming=True),
    ]
    return bereken_bereikbaarheid(
        DATA / "voorraad.csv",
        date(2016, 1, 1),
        scenarios,
        woningzoekenden=DATA / "woningzoekenden-kernen.csv",
    ).document()


def _figuur(grafiek: Any) -> str:
    return (
        f'<figure class="grafiek" markdown="0">\n{grafiek.svg}\n'
        f"<figcaption>{grafiek.onderschrift}</figcaption>\n</figure>"
    )


def inhoud() -> str:
    """De tabellen en grafieken van de voorbeeldrun als Markdown (met inline SVG)."""
    doc = _document()
    scenarios = doc["scenarios"]
    alle = [(naam, s) for _, naam, s in reeksen(doc)]
    delen: list[str] = []
    delen += tabel(
        [
            "scenario",
            "woningen",
            "bereikbaar 1–2 personen",
            "bereikbaar 3 of meer",
            "mutatieaanbod 1–2 personen",
        ],
        [
            [
                naam,
                s["woningen"],
                pct(s["bereikbaar"]["een_twee_personen"]),
                pct(s["bereikbaar"]["drie_of_meer"]),
                pct(s["bereikbaar"]["een_twee_personen"]["mutatieaanbod"]),
            ]
            for naam, s in alle
        ],
    )
    delen += ["", _figuur(_grafiek_huurklassen(doc)), ""]
    vraag = doc["woningzoekenden"]
    delen += tabel(
        [
            "doelgroep",
            "aandeel woningzoekenden",
            f"bereikbaar: {HUIDIG_LABEL}",
            *(f"bereikbaar: {s['naam']}" for s in scenarios),
        ],
        [
            [
                d["omschrijving"],
                pct(d),
                pct(aanbod_vandaag(doc, d["doelgroep"])),
                *(pct(vg["doelgroepen"][i]["aanbod"]) for vg in vraag["vergelijking"]),
            ]
            for i, d in enumerate(vraag["doelgroepen"])
        ],
    )
    delen += ["", _figuur(_grafiek_doelgroepen(doc)), ""]
    gemeenten = _grafiek_gemeenten(doc)
    if gemeenten is not None:
        delen += [_figuur(gemeenten), ""]
    return "\n".join(delen)


def on_files(files: Files, config: Any, **_: Any) -> Files:
    """Voeg het HTML-verslag van het voorbeeld en het voorraadsjabloon toe als downloads."""
    files.append(
        File.generated(config, "downloads/sjabloon-voorraad.csv", content=VOORRAAD.sjabloon_csv())
    )
    files.append(
        File.generated(
            config,
            "downloads/bereikbaarheid-voorbeeld.html",
            content=document_als_html(_document()),
        )
    )
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri != PAGINA:
        return markdown
    if MARKERING not in markdown:
        msg = f"{PAGINA}: markering {MARKERING} ontbreekt"
        raise ValueError(msg)
    return markdown.replace(MARKERING, inhoud())
