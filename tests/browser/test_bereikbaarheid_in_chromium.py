"""Het HTML-verslag van de bereikbaarheid zoals iemand het in de browser ziet (headless Chromium).

Het verslag van de voorbeeldvoorraad (met de tabel van Woongaard en de woningzoekenden) wordt met
de opdrachtregel gemaakt, als HTML en als JSON. Een meetscript in een kopie van de pagina meet elke
grafiek en elk kerncijfer; de getoonde cijfers moeten die van het JSON-document zijn, de
grafieken zichtbaar en getekend, en niets mag horizontaal uitsteken (ook niet op een telefoon).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.browser.test_verslag_in_chromium import CHROMIUM, MetingLezer, chromium, pad_in

WORTEL = Path(__file__).parents[2]
VOORRAAD = WORTEL / "examples" / "data" / "voorraad.csv"
ZOEKERS = WORTEL / "examples" / "data" / "woningzoekenden-kernen.csv"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium niet gevonden"),
]

METING = r"""
<script>
(() => {
  const maat = (e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {x: r.left + scrollX, y: r.top + scrollY, b: r.width, h: r.height,
            zichtbaar: s.display !== "none" && s.visibility !== "hidden" && r.width > 0};
  };
  const meting = {
    breedte: innerWidth,
    paginabreedte: document.documentElement.scrollWidth,
    grafieken: [...document.querySelectorAll("figure")].map((f) => ({
      sleutel: f.dataset.grafiek, svg: maat(f.querySelector("svg")),
      labels: [...f.querySelectorAll("svg text")].filter((t) => maat(t).zichtbaar).length,
    })),
    velden: [...document.querySelectorAll("[data-veld]")].map((e) => ({
      pad: e.dataset.veld, waarde: e.dataset.waarde, tekst: e.innerText,
      zichtbaar: maat(e).zichtbaar,
    })),
  };
  document.body.setAttribute("data-meting", JSON.stringify(meting));
})();
</script>
"""


def _verslag(map_: Path, formaat: str) -> Path:
    uitvoer = map_ / f"bereikbaarheid.{formaat}"
    argumenten = [sys.executable, "-m", "passend_toewijzen", "bereikbaarheid", str(VOORRAAD)]
    argumenten += ["--datum", "2016-01-01", "--streefhuur", "72", "--streefhuur", "67,5"]
    argumenten += ["--tabel", "woongaard-2015", "--woningzoekenden", str(ZOEKERS)]
    argumenten += ["--formaat", formaat, "-o", str(uitvoer)]
    proces = subprocess.run(argumenten, capture_output=True, text=True, check=False)
    assert proces.returncode == 0, proces.stderr
    return uitvoer


@pytest.fixture(scope="module")
def map_(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bereikbaarheid")


@pytest.fixture(scope="module")
def document(map_: Path) -> dict[str, Any]:
    inhoud: dict[str, Any] = json.loads(_verslag(map_, "json").read_text(encoding="utf-8"))
    return inhoud


@pytest.fixture(scope="module")
def html(map_: Path) -> Path:
    return _verslag(map_, "html")


_TELLER = itertools.count()


def _profiel(map_: Path) -> Path:
    return map_ / f"profiel-{next(_TELLER)}"


def _meet(map_: Path, html: Path, breedte: int) -> dict[str, Any]:
    tekst = html.read_text(encoding="utf-8")
    assert "<script" not in tekst
    gemeten = map_ / f"gemeten-{breedte}.html"
    gemeten.write_text(tekst.replace("</body>", METING + "</body>"), encoding="utf-8")
    proces = chromium(
        _profiel(map_), f"--window-size={breedte},900", "--dump-dom", gemeten.as_uri()
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    lezer = MetingLezer()
    lezer.feed(proces.stdout)
    assert lezer.meting, proces.stderr[-2000:]
    meting: dict[str, Any] = json.loads(lezer.meting)
    return meting


@pytest.mark.parametrize("breedte", [1280, 390])
def test_grafieken_zichtbaar_en_niets_steekt_uit(map_: Path, html: Path, breedte: int) -> None:
    meting = _meet(map_, html, breedte)
    breedte = meting["breedte"]  # headless Chromium is ten minste 500 pixels breed
    grafieken = {g["sleutel"]: g for g in meting["grafieken"]}
    assert list(grafieken) == ["huurklassen", "doelgroepen", "gemeenten"]
    for sleutel, g in grafieken.items():
        assert g["svg"]["zichtbaar"], sleutel
        assert g["svg"]["b"] >= min(400, breedte - 60), (sleutel, g["svg"])
        assert g["svg"]["x"] + g["svg"]["b"] <= breedte + 1
        assert g["labels"] >= 8, sleutel
    assert meting["paginabreedte"] <= meting["breedte"]


def test_de_getoonde_cijfers_zijn_die_van_het_document(
    map_: Path, html: Path, document: dict[str, Any]
) -> None:
    meting = _meet(map_, html, 1280)
    velden = meting["velden"]
    assert len(velden) > 50
    for veld in velden:
        waarde = pad_in(document, veld["pad"])
        assert veld["waarde"] == (waarde if isinstance(waarde, str) else json.dumps(waarde))
        tekst = veld["tekst"].strip()
        if veld["pad"].endswith("percentage"):
            assert tekst.startswith(str(waarde).replace(".", ",") + "%"), (veld, waarde)
        elif isinstance(waarde, int):
            assert tekst == str(waarde), veld
        assert veld["zichtbaar"], veld["pad"]


def test_de_grafieken_zijn_getekend(map_: Path, html: Path) -> None:
    png = map_ / "scherm.png"
    proces = chromium(
        _profiel(map_), "--window-size=1280,3200", f"--screenshot={png}", html.as_uri()
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    from PIL import Image

    pixels = np.asarray(Image.open(png).convert("RGB")).reshape(-1, 3)
    for kleur in ((0x56, 0xB4, 0xE9), (0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00)):
        raak = np.all(np.abs(pixels.astype(int) - np.array(kleur)) <= 8, axis=1).sum()
        assert raak > 2000, kleur
