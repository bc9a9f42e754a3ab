"""De HTML-monitor zoals iemand hem in de browser ziet (headless Chromium).

De monitor van de voorbeeldbestanden wordt met de opdrachtregel gemaakt, als HTML en als JSON. Een
klein meetscript in een kopie van de pagina meet de grafieken, de pagina en elk kerncijfer; de
schermafdruk laat zien dat de staven echt getekend zijn. De pagina zelf bevat geen JavaScript.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from tests.browser.test_verslag_in_chromium import CHROMIUM, MetingLezer, chromium

DATA = Path(__file__).parents[2] / "examples" / "data"
BREEDTE = 1280

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
            zichtbaar: s.display !== "none" && s.visibility !== "hidden" &&
                       r.width > 0 && r.height > 0};
  };
  const meting = {
    breedte: innerWidth,
    paginabreedte: document.documentElement.scrollWidth,
    grafieken: [...document.querySelectorAll("figure")].map((f) => ({
      sleutel: f.dataset.grafiek, svg: maat(f.querySelector("svg")),
      labels: [...f.querySelectorAll("svg text")].filter((t) => maat(t).zichtbaar).length,
    })),
    velden: [...document.querySelectorAll("[data-veld]")].map((e) => ({
      pad: e.dataset.veld, waarde: e.dataset.waarde, tekst: e.innerText, maat: maat(e),
    })),
  };
  document.body.setAttribute("data-meting", JSON.stringify(meting));
})();
</script>
"""


def _maak(map_: Path, formaat: str) -> Path:
    uitvoer = map_ / f"monitor.{formaat}"
    proces = subprocess.run(
        [sys.executable, "-m", "passend_toewijzen", "monitor"]
        + [str(DATA / "toewijzingen-monitor-2025.csv"), "--jaar", "2025"]
        + ["--woningzoekenden", str(DATA / "woningzoekenden-2025.csv"), "-o", str(uitvoer)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proces.returncode == 1, proces.stderr  # gemaakt, met signalen
    return uitvoer


@pytest.fixture(scope="module")
def pagina(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    map_ = tmp_path_factory.mktemp("monitor-chromium")
    html = _maak(map_, "html")
    document = json.loads(_maak(map_, "json").read_text(encoding="utf-8"))
    tekst = html.read_text(encoding="utf-8")
    assert "<script" not in tekst
    gemeten = map_ / "gemeten.html"
    gemeten.write_text(tekst.replace("</body>", METING + "</body>"), encoding="utf-8")
    proces = chromium(
        map_ / "profiel-1", f"--window-size={BREEDTE},1000", "--dump-dom", gemeten.as_uri()
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    lezer = MetingLezer()
    lezer.feed(proces.stdout)
    assert lezer.meting, proces.stderr[-2000:]
    return html, document, json.loads(lezer.meting)


def _pad(document: Any, pad: str) -> Any:
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


def test_de_grafieken_zijn_zichtbaar_en_niets_steekt_uit(pagina: Any) -> None:
    _, _, meting = pagina
    grafieken = {g["sleutel"]: g for g in meting["grafieken"]}
    assert list(grafieken) == ["slaagkans", "zoekduur", "trend", "wijken"]
    for sleutel, g in grafieken.items():
        assert g["svg"]["zichtbaar"], sleutel
        assert 300 <= g["svg"]["b"] <= meting["breedte"], (sleutel, g["svg"])
        assert g["svg"]["h"] >= 150, sleutel
        assert g["labels"] >= 8, sleutel
    assert meting["paginabreedte"] <= meting["breedte"]


def test_de_getoonde_cijfers_zijn_die_van_de_json(pagina: Any) -> None:
    _, document, meting = pagina
    assert len(meting["velden"]) > 200
    for veld in meting["velden"]:
        assert json.loads(veld["waarde"]) == _pad(document, veld["pad"]), veld["pad"]
        assert veld["maat"]["zichtbaar"], veld["pad"]
    getoond: dict[str, list[str]] = {}
    for v in meting["velden"]:
        getoond.setdefault(v["pad"], []).append(v["tekst"])
    assert getoond["totaal.verhuringen"] == ["1.198", "1.198"]  # kerncijfer en tabel
    assert getoond["totaal.slaagkans"] == ["19,1%", "19,15%"]


def test_de_staven_zijn_getekend(pagina: Any, tmp_path: Path) -> None:
    html, _, meting = pagina
    slaagkans = next(g for g in meting["grafieken"] if g["sleutel"] == "slaagkans")["svg"]
    hoogte = int(slaagkans["y"] + slaagkans["h"]) + 20
    png = tmp_path / "scherm.png"
    proces = chromium(
        tmp_path / "profiel",
        f"--window-size={BREEDTE},{hoogte}",
        f"--screenshot={png}",
        html.as_uri(),
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    beeld = np.asarray(Image.open(png).convert("RGB")).astype(int)
    x0, y0 = int(slaagkans["x"]), int(slaagkans["y"])
    vak = beeld[y0 : y0 + int(slaagkans["h"]), x0 : x0 + int(slaagkans["b"])]
    blauw = np.all(np.abs(vak - np.array([0x00, 0x72, 0xB2])) <= 40, axis=-1)
    assert blauw.sum() > 2000  # staven in de kleur van de grafiek
