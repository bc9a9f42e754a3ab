"""Het HTML-verslag zoals iemand het in de browser ziet (headless Chromium).

Het verslag van het voorbeeldbestand wordt met de opdrachtregel gemaakt, als HTML en als JSON. In
een kopie van de pagina meet een klein script na de opmaak elke grafiek, tabel en elk kerncijfer
(grootte, zichtbaarheid, of er niets overheen ligt) en zet de meting in de DOM; ``--dump-dom``
geeft die terug. Een schermafdruk laat zien dat de grafieken echt getekend zijn. Het verslag zelf
bevat geen JavaScript.

Zonder Chromium wordt de test overgeslagen, behalve als ``PASSEND_BROWSER_VERPLICHT=1`` (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import ROUND_FLOOR, Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
VERPLICHT = os.environ.get("PASSEND_BROWSER_VERPLICHT") == "1"
BREEDTE = 1280

if CHROMIUM is None and VERPLICHT:
    pytest.fail("PASSEND_BROWSER_VERPLICHT=1, maar chromium is niet gevonden", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium niet gevonden (Debian: apt-get install -y chromium)"
    ),
]

METING = r"""
<script>
(() => {
  const maat = (e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {x: r.left + scrollX, y: r.top + scrollY, b: r.width, h: r.height,
            zichtbaar: s.display !== "none" && s.visibility !== "hidden" &&
                       parseFloat(s.opacity) > 0 && r.width > 0 && r.height > 0};
  };
  // Ligt het midden van het element binnen het beeld en niet onder iets anders?
  const bovenop = (e) => {
    e.scrollIntoView({block: "center", inline: "center"});
    const r = e.getBoundingClientRect();
    const raak = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const houder = e.closest(".tabel");
    const h = houder ? houder.getBoundingClientRect() : null;
    const binnen = !h || (r.left >= h.left - 1 && r.right <= h.right + 1);
    return raak !== null && (raak === e || e.contains(raak)) && binnen;
  };
  const meting = {
    breedte: innerWidth,
    paginabreedte: document.documentElement.scrollWidth,
    hoogte: document.documentElement.scrollHeight,
    grafieken: [...document.querySelectorAll("figure")].map((f) => ({
      sleutel: f.dataset.grafiek, figuur: maat(f), svg: maat(f.querySelector("svg")),
      labels: [...f.querySelectorAll("svg text")].filter((t) => maat(t).zichtbaar).length,
      onderschrift: f.querySelector("figcaption").innerText,
      naam: f.querySelector("svg").getAttribute("aria-label") || "",
    })),
    tabellen: [...document.querySelectorAll("table")].map((t) => {
      const houder = t.closest(".tabel");
      return {id: t.id, rijen: t.rows.length, maat: maat(t),
              schuift: houder ? houder.scrollWidth > houder.clientWidth + 1 : false};
    }),
    // Waardelabels (zoals 93,75%) en verticale lijnen (normen) in de grafieken.
    labels: [...document.querySelectorAll("figure")].map((f) => ({
      sleutel: f.dataset.grafiek,
      waarden: [...f.querySelectorAll("svg text")]
        .filter((t) => /\d,\d\d%/.test(t.textContent)).map((t) => maat(t)),
      lijnen: [...f.querySelectorAll("svg path")].map((p) => maat(p))
        .filter((m) => m.b < 4 && m.h > 5),
    })),
    code: document.querySelectorAll("main code").length,
    banner: getComputedStyle(document.getElementById("uitkomst")).backgroundColor,
    kop: document.getElementById("uitkomst").innerText,
    zichtbaar: document.querySelector("main").innerText,
    velden: [...document.querySelectorAll("[data-veld]")].map((e) => ({
      pad: e.dataset.veld, waarde: e.dataset.waarde, tekst: e.innerText, maat: maat(e),
      bovenop: bovenop(e),
    })),
  };
  scrollTo(0, 0);
  document.body.setAttribute("data-meting", JSON.stringify(meting));
})();
</script>
"""


class MetingLezer(HTMLParser):
    """Haalt ``data-meting`` van ``<body>`` uit de DOM die Chromium teruggeeft."""

    def __init__(self) -> None:
        super().__init__()
        self.meting: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.meting = dict(attrs).get("data-meting")


def chromium(profiel: Path, *opties: str) -> subprocess.CompletedProcess[str]:
    """Start headless Chromium met een vers profiel, zonder netwerk of achtergrondtaken."""
    assert CHROMIUM is not None
    profiel.mkdir(parents=True, exist_ok=False)
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--user-data-dir={profiel}",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            *opties,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def verslag(map_: Path, formaat: str) -> Path:
    """Het verslag van het voorbeeldbestand via de opdrachtregel."""
    uitvoer = map_ / f"verslag.{formaat}"
    proces = subprocess.run(
        [sys.executable, "-m", "passend_toewijzen", "verantwoording", str(VOORBEELD)]
        + ["--jaar", "2024", "--stil", "--formaat", formaat, "-o", str(uitvoer)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proces.returncode == 3, proces.stderr  # gemaakt; zes rijen afgewezen
    return uitvoer


class Weergave:
    """Het verslag, de JSON en wat Chromium ervan laat zien."""

    def __init__(self, map_: Path) -> None:
        self.map = map_
        self.html = verslag(map_, "html")
        self.json: dict[str, Any] = json.loads(verslag(map_, "json").read_text(encoding="utf-8"))
        self._teller = 0

    def _profiel(self) -> Path:
        self._teller += 1
        return self.map / f"profiel-{self._teller}"

    def meet(self, breedte: int, hoogte: int = 1000) -> dict[str, Any]:
        """De meting van de pagina bij deze venstergrootte."""
        tekst = self.html.read_text(encoding="utf-8")
        assert "<script" not in tekst  # het verslag zelf is zonder JavaScript
        gemeten = self.map / f"gemeten-{breedte}.html"
        gemeten.write_text(tekst.replace("</body>", METING + "</body>"), encoding="utf-8")
        proces = chromium(
            self._profiel(), f"--window-size={breedte},{hoogte}", "--dump-dom", gemeten.as_uri()
        )
        assert proces.returncode == 0, proces.stderr[-2000:]
        lezer = MetingLezer()
        lezer.feed(proces.stdout)
        assert lezer.meting, "geen meting in de DOM: " + proces.stderr[-2000:]
        meting: dict[str, Any] = json.loads(lezer.meting)
        return meting

    def schermafdruk(self, breedte: int, hoogte: int) -> Image.Image:
        """Een schermafdruk van de pagina (zonder meetscript) van ``hoogte`` pixels."""
        png = self.map / f"scherm-{breedte}.png"
        proces = chromium(
            self._profiel(),
            f"--window-size={breedte},{hoogte}",
            f"--screenshot={png}",
            self.html.as_uri(),
        )
        assert proces.returncode == 0, proces.stderr[-2000:]
        return Image.open(png).convert("RGB")


@pytest.fixture(scope="module")
def weergave(tmp_path_factory: pytest.TempPathFactory) -> Weergave:
    return Weergave(tmp_path_factory.mktemp("chromium"))


@pytest.fixture(scope="module")
def breed(weergave: Weergave) -> dict[str, Any]:
    return weergave.meet(BREEDTE)


def pad_in(document: Any, pad: str) -> Any:
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


def zoals_getoond(pad: str, waarde: Any) -> str:
    """Hoe een waarde uit het JSON-verslag in de pagina hoort te staan (eigen opmaak, los van de
    HTML-module): aantallen met punten, percentages naar beneden afgerond, uitkomsten in woorden.
    """
    veld = pad.rsplit(".", 1)[-1]
    if veld in ("voldoet", "eenjarig_voldoet"):
        return {True: "voldoet", False: "voldoet niet", None: "niet vast te stellen"}[waarde]
    if waarde is None:
        return "-"
    if veld in ("aandeel", "norm", "aandeel_doelgroep"):
        procent = (Decimal(waarde) * 100).quantize(Decimal("0.01"), rounding=ROUND_FLOOR)
        return f"{procent}%".replace(".", ",")
    if veld == "rij" or isinstance(waarde, str):
        return str(waarde)
    assert isinstance(waarde, int)
    return f"{waarde:,}".replace(",", ".")


def test_de_grafieken_zijn_zichtbaar(breed: dict[str, Any]) -> None:
    grafieken = {g["sleutel"]: g for g in breed["grafieken"]}
    assert list(grafieken) == ["normen", "gemeenten", "huurklassen"]
    for sleutel, g in grafieken.items():
        svg = g["svg"]
        assert svg["zichtbaar"], sleutel
        assert 400 <= svg["b"] <= breed["breedte"], (sleutel, svg)
        assert svg["h"] >= 150, (sleutel, svg)
        assert svg["x"] >= 0
        assert svg["x"] + svg["b"] <= breed["breedte"]
        assert g["labels"] >= 10, sleutel  # de as- en staaflabels zijn tekst en zichtbaar
        assert g["onderschrift"].strip()
        assert len(g["naam"]) > 30
    assert breed["paginabreedte"] <= breed["breedte"]  # niets steekt horizontaal uit


def test_de_grafieken_zijn_getekend(weergave: Weergave, breed: dict[str, Any]) -> None:
    """Op de schermafdruk staan op de plek van elke grafiek echte staven in de verwachte kleur."""
    onderkant = max(g["svg"]["y"] + g["svg"]["h"] for g in breed["grafieken"])
    assert onderkant < 16_000
    beeld = weergave.schermafdruk(BREEDTE, int(onderkant) + 20)
    kleuren = {
        "normen": (0x00, 0x9E, 0x73),  # groen: voldoet
        "gemeenten": (0x00, 0x72, 0xB2),  # blauw: aandeel doelgroep
        "huurklassen": (0x00, 0x72, 0xB2),  # blauw: doelgroep
    }
    for g in breed["grafieken"]:
        svg = g["svg"]
        vak = (int(svg["x"]), int(svg["y"]), int(svg["x"] + svg["b"]), int(svg["y"] + svg["h"]))
        pixels = np.asarray(beeld.crop(vak), dtype=np.int16)
        niet_wit = float((pixels.sum(axis=2) < 720).mean())
        assert niet_wit > 0.03, (g["sleutel"], niet_wit)
        gezocht = np.array(kleuren[g["sleutel"]], dtype=np.int16)
        raak = int((np.abs(pixels - gezocht) <= 12).all(axis=2).sum())
        assert raak > 2_000, (g["sleutel"], raak)
    # Boven de eerste grafiek staat de uitkomst, niet een lege pagina.
    kop = np.asarray(beeld.crop((0, 0, BREEDTE, int(breed["grafieken"][0]["svg"]["y"]))))
    assert len(np.unique(kop.reshape(-1, 3), axis=0)) > 10


def test_de_tabellen_staan_er(breed: dict[str, Any], weergave: Weergave) -> None:
    tabellen = {t["id"]: t for t in breed["tabellen"]}
    document = weergave.json
    verwacht = {
        "tabel-daeb": 1 + len(document["daeb"]["toetsen"]),
        "tabel-segmenten": 1 + len(document["daeb"]["segmenten"]),
        "tabel-passendheid": 1 + 2,  # het jaar en de twee jaren samen
        "tabel-matrix": 1 + len(document["matrix"]),
        "tabel-gemeenten": 1 + len(document["gemeenten"]),
        "tabel-huurklassen": 1 + len(next(iter(document["huurklassen"].values()))),
        "tabel-afgewezen": 1 + len(document["invoer"]["fouten"]),
    }
    assert {k: tabellen[k]["rijen"] for k in verwacht} == verwacht
    for naam, tabel in tabellen.items():
        assert tabel["maat"]["zichtbaar"], naam
        assert tabel["maat"]["x"] + tabel["maat"]["b"] <= breed["breedte"], naam
        # Op 1280 px past elke tabel, ook de dVi-matrix, zonder zijwaarts te schuiven.
        assert not tabel["schuift"], naam


def _raakt(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["b"] <= b["x"]
        or b["x"] + b["b"] <= a["x"]
        or a["y"] + a["h"] <= b["y"]
        or b["y"] + b["h"] <= a["y"]
    )


def test_waardelabels_liggen_niet_op_de_normlijnen(breed: dict[str, Any]) -> None:
    """In de grafieken staat geen percentage over een normlijn (zoals 93,17% over 92,5%)."""
    for grafiek in breed["labels"]:
        if grafiek["sleutel"] not in ("normen", "gemeenten"):
            continue
        assert grafiek["waarden"], grafiek["sleutel"]
        assert grafiek["lijnen"], grafiek["sleutel"]
        for label in grafiek["waarden"]:
            for lijn in grafiek["lijnen"]:
                assert not _raakt(label, lijn), (grafiek["sleutel"], label, lijn)


def test_de_kop_is_voor_een_lezer(breed: dict[str, Any], weergave: Weergave) -> None:
    """Eerst de volledigheid, niet groen als het verslag onvolledig is, en geen codeletters."""
    assert weergave.json["invoer"]["afgewezen"] == 6
    assert breed["kop"].startswith("Onvolledig: 6 van de 2.000 gelezen rijen zijn afgewezen")
    assert breed["banner"] != "rgb(230, 244, 239)", "een onvolledig verslag is niet groen"
    assert breed["code"] == 0, "geen codeletters (interne namen) in de tekst"
    tekst = breed["zichtbaar"]
    for intern in ("gedifferentieerd", "buiten groep", "buiten_", "tot_", "_laag", "nvt"):
        assert intern not in tekst, intern


def test_de_getoonde_cijfers_zijn_die_van_het_json_verslag(
    breed: dict[str, Any], weergave: Weergave
) -> None:
    document = weergave.json
    velden = breed["velden"]
    assert len(velden) > 150
    paden = {v["pad"] for v in velden}
    for pad in (
        "voldoet",
        "invoer.gelezen",
        "invoer.geaccepteerd",
        "invoer.afgewezen",
        "daeb.toetsen.0.aandeel",
        "daeb.toetsen.0.norm",
        "daeb.voldoet",
        "passendheid.aandeel",
        "passendheid.norm",
        "passendheid.tweejarig.aandeel",
        "passendheid.voldoet",
        "niet_passend_totaal",
        "boven_huurgrens",
    ):
        assert pad in paden, pad
    for veld in velden:
        pad = veld["pad"]
        waarde = pad_in(document, pad)
        assert json.loads(veld["waarde"]) == waarde, pad
        assert " ".join(veld["tekst"].split()) == zoals_getoond(pad, waarde), pad
        assert veld["maat"]["zichtbaar"], pad
        assert veld["bovenop"], pad  # in beeld te brengen en niet bedekt of weggeknipt
    # De invoer klopt: gelezen = geaccepteerd + afgewezen.
    invoer = document["invoer"]
    assert invoer["gelezen"] == invoer["geaccepteerd"] + invoer["afgewezen"]


def test_smal_scherm_zonder_horizontaal_scrollen(weergave: Weergave) -> None:
    smal = weergave.meet(500, 800)  # 500 is het smalste venster van headless Chromium
    assert smal["breedte"] <= 500
    assert smal["paginabreedte"] <= smal["breedte"]
    for g in smal["grafieken"]:
        assert g["svg"]["zichtbaar"], g["sleutel"]
        assert g["svg"]["b"] <= smal["breedte"], g["sleutel"]
        assert g["svg"]["h"] > 50, g["sleutel"]


def test_afdrukken_als_pdf(weergave: Weergave) -> None:
    pdf = weergave.map / "verslag.pdf"
    proces = chromium(
        weergave.map / "profiel-pdf",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        weergave.html.as_uri(),
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    inhoud = pdf.read_bytes()
    assert inhoud.startswith(b"%PDF")
    paginas = sum(1 for _ in _paginas(inhoud))
    assert 3 <= paginas <= 40


def _paginas(pdf: bytes) -> Iterator[int]:
    """De posities van de pagina-objecten (``/Type /Page``, niet ``/Pages``)."""
    start = 0
    while (i := pdf.find(b"/Type /Page", start)) != -1:
        start = i + 1
        if pdf[i + 11 : i + 12] != b"s":
            yield i
