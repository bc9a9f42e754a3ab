"""De regelpagina's linken elk aangehaald artikel naar zijn gedateerde tekst op wetten.overheid.nl,
en de parametertabellen tonen het nieuwste jaar eerst, met Nederlandse namen.

De hooks ``docs/hooks/wetsartikelen.py`` en ``docs/hooks/parametertabellen.py`` draaien bij het
bouwen van de site; deze tests lezen dezelfde pagina's en roepen dezelfde functies aan.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from passend_toewijzen.parameters import register

WORTEL = Path(__file__).resolve().parents[2]
DOCS = WORTEL / "docs"
URL = re.compile(r"^https://wetten\.overheid\.nl/BWBR\d{7}/\d{4}-\d{2}-\d{2}#Artikel\d+[a-z]?$")


def _hook(naam: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{naam}_hook", DOCS / "hooks" / f"{naam}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WETSARTIKELEN = _hook("wetsartikelen")
pytest.importorskip("mkdocs", reason="extra docs niet geïnstalleerd")
PARAMETERTABELLEN = _hook("parametertabellen")
BEKEND = WETSARTIKELEN.bekende_artikelen(WETSARTIKELEN.regelteksten(DOCS))


def _links(tekst: str) -> list[tuple[str, str]]:
    return re.findall(r"\[((?:[Aa]rt\.|[Aa]rtikel)\s*\w+)\]\((https://wetten[^)]+)\)", tekst)


def test_elk_artikel_op_de_regelpaginas_krijgt_een_link() -> None:
    paginas = [*sorted((DOCS / "regels").glob("*.md")), DOCS / "begrippen.md"]
    totaal = 0
    for pagina in paginas:
        tekst, zonder = WETSARTIKELEN.link_pagina(pagina.read_text(encoding="utf-8"), BEKEND)
        assert not zonder, f"{pagina.name}: artikelen zonder herkenbare wet: {zonder}"
        links = _links(tekst)
        assert all(URL.match(u) for _, u in links), links
        totaal += len(links)
    assert totaal > 100


def test_de_wet_volgt_uit_de_tekst() -> None:
    tekst, zonder, _ = WETSARTIKELEN.link_alinea(
        "BTIV 2015 art. 54 lid 2 onder b en art. 57 onder a; vanaf 2025 definieert art. 2 Wht; "
        "artikel 7a, eerste lid, van de Algemene Ouderdomswet; Woningwet art. 46 lid 2."
    )
    assert not zonder
    wetten = [u.split("/")[3] + u.split("#")[1] for _, u in _links(tekst)]
    assert wetten == [
        "BWBR0036702Artikel54",
        "BWBR0036702Artikel57",
        "BWBR0008659Artikel2",
        "BWBR0002221Artikel7a",
        "BWBR0005181Artikel46",
    ]


def test_code_en_bestaande_links_blijven_ongemoeid() -> None:
    alinea = "Zie `Woningwet art. 46` en [art. 48](https://example.org/x) van de Woningwet."
    tekst, zonder, _ = WETSARTIKELEN.link_alinea(alinea)
    assert tekst == alinea
    assert not zonder


def test_nummers_en_datums_komen_uit_de_bronnen_van_de_data() -> None:
    teksten = WETSARTIKELEN.wetsteksten()
    urls = {
        bron.url
        for d in register().definities.values()
        for rw in d.reeks
        for bron in (rw.bron, *rw.bevestigd_door)
        if bron is not None
    }
    for wet, (bwbr, datum) in teksten.items():
        if wet in WETSARTIKELEN.BUITEN_DE_DATA:
            continue
        assert any(f"/{bwbr}/{datum.isoformat()}" in u for u in urls), wet
    assert teksten["Woningwet"][0] == "BWBR0005181"
    assert teksten["Wet op de huurtoeslag"][0] == "BWBR0008659"


def test_parameters_per_jaar_het_nieuwste_jaar_eerst() -> None:
    jaren = [int(j) for j in re.findall(r"^## (\d{4})$", PARAMETERTABELLEN.per_jaar(), re.M)]
    assert jaren == sorted(jaren, reverse=True)
    assert len(jaren) > 10


def test_parametertabellen_tonen_een_nederlandse_naam_en_breken_alleen_na_underscores() -> None:
    reg = register()
    laag = reg.definities["aftoppingsgrens_laag"]
    assert PARAMETERTABELLEN.label(laag) == "Lage aftoppingsgrens"
    tabel = PARAMETERTABELLEN.onderbouwing()
    assert "`" + "aftoppingsgrens_laag" + "`" not in tabel
    assert PARAMETERTABELLEN.naamcode("aow_toets_meerpersoons") == (
        "<code>aow_<wbr>toets_<wbr>meerpersoons</code>"
    )
