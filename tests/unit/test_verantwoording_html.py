"""Het HTML-verslag: zelfstandig, deterministisch, geëscapet en gelijk aan het JSON-verslag."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pytest

from passend_toewijzen.verantwoording import Verslag, verantwoord
from passend_toewijzen.verantwoording.uitvoer.html import MAX_GEMEENTEN_GRAFIEK, als_html
from tests.verantwoording_hulp import rij, schrijf_csv

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"


class Element:
    """Een element uit de pagina: naam, attributen en de tekst erbinnen."""

    def __init__(self, naam: str, attributen: dict[str, str]) -> None:
        self.naam = naam
        self.attributen = attributen
        self.delen: list[str] = []

    @property
    def tekst(self) -> str:
        """De tekst zoals die in de pagina staat, met witruimte samengevoegd."""
        return " ".join("".join(self.delen).split())


class Pagina(HTMLParser):
    """Leest een HTML-pagina in elementen (zonder JavaScript of CSS uit te voeren)."""

    LEEG = frozenset({"meta", "br", "link", "img", "input", "hr", "path", "use", "rect"})

    def __init__(self, tekst: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elementen: list[Element] = []
        self._open: list[Element] = []
        self.feed(tekst)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elementen.append(element)
        if tag not in self.LEEG:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elementen.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].naam == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.delen.append(data)

    def met(self, naam: str | None = None, **attributen: str) -> list[Element]:
        """De elementen met deze naam en (voor zover opgegeven) deze attribuutwaarden."""
        return [
            e
            for e in self.elementen
            if (naam is None or e.naam == naam)
            and all(e.attributen.get(k.replace("_", "-")) == v for k, v in attributen.items())
        ]

    def velden(self) -> dict[str, Element]:
        """De elementen met ``data-veld``, naar pad."""
        return {e.attributen["data-veld"]: e for e in self.elementen if "data-veld" in e.attributen}


def pad_in(document: Any, pad: str) -> Any:
    """De waarde op ``pad`` (``a.0.b``) in het JSON-verslag."""
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


@pytest.fixture(scope="module")
def voorbeeld() -> Verslag:
    return verantwoord(VOORBEELD, 2024)


@pytest.fixture(scope="module")
def voorbeeld_html(voorbeeld: Verslag) -> str:
    return als_html(voorbeeld)


def grafieklabels(tekst: str, sleutel: str) -> list[str]:
    """De tekstlabels (``<text>``) in de SVG van één grafiek."""
    begin = tekst.index(f'id="grafiek-{sleutel}"')
    figuur = tekst[begin : tekst.index("</figure>", begin)]
    return [e.tekst for e in Pagina(figuur).met("text")]


def maak_verslag(tmp_path: Path, rijen: list[dict[str, str]], jaar: int) -> Verslag:
    return verantwoord(schrijf_csv(tmp_path / "invoer.csv", rijen), jaar, corporatie="Proef")


def jaarrij(nummer: int, jaar: int, **velden: object) -> dict[str, str]:
    return rij(nummer, huuringangsdatum=f"{jaar}-03-01", toewijzingsdatum=f"{jaar}-02-01", **velden)


def test_dezelfde_invoer_geeft_byte_voor_byte_dezelfde_html(
    voorbeeld: Verslag, voorbeeld_html: str, tmp_path: Path
) -> None:
    """Ook in een ander proces (andere hash-seed, andere volgorde van imports)."""
    assert als_html(voorbeeld) == voorbeeld_html
    uitvoer = tmp_path / "v.html"
    proces = subprocess.run(
        [sys.executable, "-m", "passend_toewijzen", "verantwoording", str(VOORBEELD)]
        + ["--jaar", "2024", "--stil", "-o", str(uitvoer)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert proces.returncode == 3, proces.stderr  # er zijn rijen afgewezen
    assert uitvoer.read_text(encoding="utf-8") == voorbeeld_html


def test_pagina_is_zelfstandig_en_offline(voorbeeld_html: str) -> None:
    pagina = Pagina(voorbeeld_html)
    assert voorbeeld_html.startswith("<!DOCTYPE html>")
    assert pagina.met("html")[0].attributen["lang"] == "nl"
    assert not pagina.met("script")
    assert not pagina.met("link")
    assert not pagina.met("img")
    assert not pagina.met("iframe")
    links = []
    for element in pagina.elementen:
        for naam in ("src", "href", "xlink:href", "action", "data"):
            waarde = element.attributen.get(naam)
            if element.naam == "a" and naam == "href" and waarde and waarde.startswith("https://"):
                links.append(waarde)  # een bron als link: wordt niet geladen
                continue
            assert waarde is None or waarde.startswith("#"), (element.naam, naam, waarde)
    assert links, "de bronnen van de uitleg staan er als link"
    assert "http:" not in voorbeeld_html
    assert "@import" not in voorbeeld_html
    assert re.search(r"url\((?!#)", voorbeeld_html) is None
    assert "@media print" in voorbeeld_html


def test_id_s_zijn_uniek_ook_in_de_grafieken(voorbeeld_html: str) -> None:
    ids = Counter(
        e.attributen["id"] for e in Pagina(voorbeeld_html).elementen if "id" in e.attributen
    )
    assert [i for i, n in ids.items() if n > 1] == []
    # Elke verwijzing binnen een SVG wijst naar een bestaande id.
    verwijzingen = re.findall(r'(?:url\(#|href="#)([^")]+)', voorbeeld_html)
    assert verwijzingen
    assert set(verwijzingen) <= set(ids)


def test_drie_toegankelijke_grafieken(voorbeeld_html: str) -> None:
    pagina = Pagina(voorbeeld_html)
    figuren = pagina.met("figure")
    assert [f.attributen["data-grafiek"] for f in figuren] == ["normen", "gemeenten", "huurklassen"]
    svgs = pagina.met("svg")
    assert len(svgs) == 3
    for svg in svgs:
        assert svg.attributen["role"] == "img"
        assert len(svg.attributen["aria-label"]) > 20
    assert len(pagina.met("title")) == 4  # de pagina en elke grafiek
    onderschriften = [f.tekst for f in pagina.met("figcaption")]
    assert len(onderschriften) == 3
    assert all(onderschriften)
    # Labels zijn tekst, geen paden (svg.fonttype none), en zonder datum in de metadata.
    labels = grafieklabels(voorbeeld_html, "normen")
    assert "passendheid 2023–2024" in labels
    assert "99,70%" in labels
    assert "93,33%" in grafieklabels(voorbeeld_html, "gemeenten")
    assert "betaalbaar" in grafieklabels(voorbeeld_html, "huurklassen")
    assert "506" in grafieklabels(voorbeeld_html, "huurklassen")
    assert "<dc:date>" not in voorbeeld_html
    assert "<?xml" not in voorbeeld_html


def test_de_getoonde_kerncijfers_zijn_die_van_het_json_verslag(
    voorbeeld: Verslag, voorbeeld_html: str
) -> None:
    document = json.loads(json.dumps(voorbeeld.als_dict()))
    velden = Pagina(voorbeeld_html).velden()
    for pad, element in velden.items():
        assert json.loads(element.attributen["data-waarde"]) == pad_in(document, pad), pad
    verwacht = {
        "voldoet": "voldoet",
        "invoer.gelezen": "2.000",
        "invoer.geaccepteerd": "1.994",
        "invoer.afgewezen": "6",
        "daeb.toetsen.0.teller": "900",
        "daeb.toetsen.0.noemer": "959",
        "daeb.toetsen.0.aandeel": "93,84%",
        "daeb.toetsen.0.norm": "92,50%",
        "daeb.toetsen.0.voldoet": "voldoet",
        "passendheid.teller": "666",
        "passendheid.noemer": "668",
        "passendheid.aandeel": "99,70%",
        "passendheid.norm": "95,00%",
        "passendheid.tweejarig.teller": "1.331",
        "passendheid.tweejarig.noemer": "1.335",
        "passendheid.tweejarig.aandeel": "99,70%",
        "passendheid.tweejarig.voldoet": "voldoet",
        "niet_passend_totaal": "2",
        "huurklassen.doelgroep.betaalbaar_laag": "506",
        "gemeenten.1.daeb.aandeel_doelgroep": "93,33%",
        "invoer.fouten.0.kolom": "huuringangsdatum",
    }
    assert {pad: velden[pad].tekst for pad in verwacht} == verwacht
    aantal_matrix = sum(1 for pad in velden if pad.startswith("matrix.") and pad.endswith("totaal"))
    assert aantal_matrix == len(voorbeeld.matrix) == 12
    assert sum(1 for pad in velden if pad.endswith(".melding")) == 6


def test_secties_en_voorbehoud(voorbeeld: Verslag, voorbeeld_html: str) -> None:
    pagina = Pagina(voorbeeld_html)
    koppen = [h.tekst for h in pagina.met("h2")]
    assert koppen == [
        "Invoer",
        "DAEB-toewijzingsnorm (Woningwet art. 48)",
        "Passendheidsnorm (Woningwet art. 46 lid 2)",
        "Per gemeente",
        "Huurklassen",
        "Niet-passende toewijzingen (2)",
        "Niet te beoordelen toewijzingen (0)",
        "Afgewezen rijen (6)",
        "Opmerkingen",
        "Ontvangstbewijs",
    ]
    invoer = pagina.met("section", id="invoer")[0].tekst
    assert "Gelezen 2.000 rijen = 1.994 geaccepteerd + 6 afgewezen + 0 leeg" in invoer
    # Onvolledig (afgewezen rijen): de kop zegt dat eerst en is niet groen.
    uitkomst = pagina.met("section", id="uitkomst")[0]
    assert uitkomst.attributen["class"] == "banner onvolledig"
    assert uitkomst.tekst.startswith("Onvolledig: 6 van de 2.000 gelezen rijen zijn afgewezen")
    assert (
        "Aan deze uitkomsten kunnen geen rechten worden ontleend." in pagina.met("footer")[0].tekst
    )
    for tabel in ("daeb", "passendheid", "matrix", "gemeenten", "huurklassen", "afgewezen"):
        assert pagina.met("table", id=f"tabel-{tabel}"), tabel
    # Elke niet-passende toewijzing met alle regels van haar uitleg.
    for i, geval in enumerate(voorbeeld.niet_passend):
        artikel = pagina.met("article", id=f"niet_passend-{i}")[0]
        for regel in geval.uitkomst.uitleg:
            assert " ".join(regel.zin.split()) in artikel.tekst
            assert f"regel {regel.regel_id}" in artikel.tekst
            assert regel.artikel in artikel.tekst
            if regel.parameter is not None:
                assert regel.parameter.bron.titel in artikel.tekst
    regels = [len(g.uitkomst.uitleg) for g in voorbeeld.niet_passend]
    assert len(pagina.met("li")) >= sum(regels) > 0


def test_voldoet_niet_onbepaald_en_afgewezen(tmp_path: Path) -> None:
    """Een jaar dat niet voldoet, met een niet te beoordelen toewijzing en een afgewezen rij."""
    rijen = [jaarrij(i, 2025, huishoudinkomen="15000", kale_huur="500") for i in range(20)]
    rijen += [jaarrij(40 + i, 2025, huishoudinkomen="15000", kale_huur="700") for i in range(3)]
    # Kale huur 880 zonder subsidiabele servicekosten: de rekenhuur kan boven de maximale
    # huurgrens (900,07) liggen, dus niet te beoordelen.
    rijen.append(jaarrij(80, 2025, huishoudinkomen="15000", kale_huur="880"))
    rijen.append(jaarrij(90, 2025, kale_huur="veel"))
    verslag = maak_verslag(tmp_path, rijen, 2025)
    pagina = Pagina(als_html(verslag))
    assert verslag.voldoet is False
    banner = pagina.met("section", id="uitkomst")[0]
    assert banner.attributen["class"] == "banner voldoet-niet"
    assert "Uitkomst: voldoet niet" in banner.tekst
    velden = pagina.velden()
    assert velden["passendheid.voldoet"].tekst == "voldoet niet"
    assert velden["onbepaald_totaal"].tekst == "1"
    assert velden["niet_passend_totaal"].tekst == "3"
    assert len(pagina.met("article")) == 4  # drie niet passend en één onbepaald
    onbepaald = pagina.met("section", id="onbepaald")[0].tekst
    assert "subsidiabele_servicekosten" in onbepaald
    afgewezen = pagina.met("table", id="tabel-afgewezen")[0].tekst
    assert "kale_huur" in afgewezen
    assert "T-00090" in afgewezen
    normen = pagina.met("figure", data_grafiek="normen")[0]
    assert "voldoet niet" in pagina.met("svg")[0].attributen["aria-label"]
    assert normen.tekst


def test_voor_2016_geen_passendheidsnorm_en_een_leeg_jaar(tmp_path: Path) -> None:
    verslag = maak_verslag(tmp_path, [jaarrij(i, 2013) for i in range(3)], 2013)
    pagina = Pagina(als_html(verslag))
    assert "Passend toewijzen geldt vanaf 2016." in pagina.met("section", id="passendheid")[0].tekst
    assert "nog niet van toepassing" in pagina.met("section", id="uitkomst")[0].tekst
    assert not pagina.met("table", id="tabel-passendheid")
    assert len(pagina.met("figure")) == 3
    # Geen enkele toewijzing in het verslagjaar: geen grafiek per gemeente, wel een pagina.
    leeg = Pagina(als_html(maak_verslag(tmp_path, [jaarrij(1, 2023)], 2024)))
    assert [f.attributen["data-grafiek"] for f in leeg.met("figure")] == ["normen", "huurklassen"]
    assert "Geen toewijzingen in 2024." in leeg.met("table", id="tabel-gemeenten")[0].tekst
    assert (
        "Gelezen 1 rijen = 1 geaccepteerd + 0 afgewezen + 0 leeg"
        in leeg.met("section", id="invoer")[0].tekst
    )


def test_tekst_uit_de_invoer_wordt_ontsnapt(tmp_path: Path) -> None:
    gevaarlijk = '<script>alert("x")</script>'
    rijen = [
        jaarrij(1, 2024, gemeente=gevaarlijk, huishoudinkomen="15000", kale_huur="700"),
        jaarrij(2, 2024, gemeente="Prijs $5$ & co", toewijzing_id='=HYPERLINK("x","y")'),
        jaarrij(3, 2024, gemeente="Gorinchem"),
    ]
    tekst = als_html(maak_verslag(tmp_path, rijen, 2024))
    pagina = Pagina(tekst)
    assert not pagina.met("script")
    assert "&lt;script&gt;" in tekst
    # Een $ in een gemeentenaam is geen formule in de grafiek: het label staat er letterlijk.
    labels = grafieklabels(tekst, "gemeenten")
    assert "Prijs $5$ & co" in labels
    assert gevaarlijk in labels
    assert "Prijs $5$ &amp; co" in tekst
    assert gevaarlijk in pagina.met("table", id="tabel-gemeenten")[0].tekst


def test_veel_gemeenten_in_de_grafiek_begrensd(tmp_path: Path) -> None:
    aantal = MAX_GEMEENTEN_GRAFIEK + 3
    rijen = [jaarrij(i, 2024, gemeente=f"Gemeente {i:02d}") for i in range(aantal)]
    pagina = Pagina(als_html(maak_verslag(tmp_path, rijen, 2024)))
    figuur = pagina.met("figure", data_grafiek="gemeenten")[0]
    assert f"de {MAX_GEMEENTEN_GRAFIEK} gemeenten met de meeste toewijzingen" in figuur.tekst
    tabel = pagina.met("table", id="tabel-gemeenten")[0]
    assert all(f"Gemeente {i:02d}" in tabel.tekst for i in range(aantal))


def instellingen() -> dict[str, Any]:
    """De instellingen van matplotlib, gelezen zonder de backend op te lossen (dat laadt pyplot)."""
    return {k: dict.__getitem__(mpl.rcParams, k) for k in list(dict.keys(mpl.rcParams))}


def test_geen_globale_toestand_veranderd(voorbeeld: Verslag) -> None:
    voor = instellingen()
    filters = list(warnings.filters)
    als_html(voorbeeld)
    assert instellingen() == voor
    assert warnings.filters == filters
    proces = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, matplotlib as m; k = lambda: {n: dict.__getitem__(m.rcParams, n) "
            "for n in list(dict.keys(m.rcParams))}; b = k(); "
            "import passend_toewijzen.verantwoording.uitvoer.html as h; "
            "from passend_toewijzen.verantwoording import verantwoord; "
            f"h.als_html(verantwoord({str(VOORBEELD)!r}, 2024)); "
            "assert k() == b, 'rcParams'; "
            "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot'",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proces.returncode == 0, proces.stderr
