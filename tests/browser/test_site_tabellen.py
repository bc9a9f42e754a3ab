"""De tabellen van de documentatiesite passen op een scherm van 1280 pixels breed (Chromium).

Geen kolom van de onderbouwing, de parametertabellen, het kolommenschema of de veldentabellen van
de Python-API valt buiten beeld (alleen te zien door horizontaal te schuiven): elke tabel is
hoogstens zo breed als de kolom van de pagina. Een parameternaam in de eerste kolom breekt alleen
na een underscore af, nooit midden in een woord.

De site komt uit ``PASSEND_SITE`` of wordt gebouwd (zie ``test_site_zonder_derden.py``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.test_site_zonder_derden import server, site

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")
PAGINAS = (
    "parameters/onderbouwing/",
    "parameters/per-jaar/",
    "referentie/kolommen/",
    "referentie/api/",
    "regels/passendheid/",
)
__all__ = ["server", "site"]  # de fixtures van de site en de webserver

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="chromium of chromedriver niet gevonden (Debian: chromium chromium-driver)",
    ),
]

if CHROMIUM is not None and CHROMEDRIVER is not None:
    from selenium import webdriver
    from selenium.webdriver import Chrome as WebDriver
    from selenium.webdriver.chrome.service import Service

TE_BREED = """
return [...document.querySelectorAll('.md-typeset__scrollwrap')]
  .filter(s => s.scrollWidth > s.clientWidth + 1)
  .map(s => (s.querySelector('th') || {textContent: '?'}).textContent + ': '
             + s.scrollWidth + ' > ' + s.clientWidth);
"""
MIDDEN_IN_EEN_WOORD = """
const fout = [];
document.querySelectorAll('table td:first-child code').forEach(code => {
  const regels = code.getClientRects();
  if (regels.length < 2) return;
  const tekst = code.textContent;
  // elke regel behalve de laatste moet op een underscore eindigen
  const range = document.createRange();
  const delen = [];
  let huidig = '', top = null;
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  let knoop;
  while ((knoop = walker.nextNode())) {
    for (let i = 0; i < knoop.length; i++) {
      range.setStart(knoop, i); range.setEnd(knoop, i + 1);
      const r = range.getBoundingClientRect();
      if (top !== null && Math.abs(r.top - top) > 2) { delen.push(huidig); huidig = ''; }
      top = r.top; huidig += knoop.data[i];
    }
  }
  delen.push(huidig);
  delen.slice(0, -1).forEach(d => { if (!d.endsWith('_')) fout.push(tekst); });
});
return [...new Set(fout)];
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    opties = webdriver.ChromeOptions()
    assert CHROMIUM is not None
    opties.binary_location = CHROMIUM
    for optie in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--force-device-scale-factor=1",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('profiel')}",
    ):
        opties.add_argument(optie)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opties)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.parametrize("pagina", PAGINAS)
def test_geen_tabel_valt_buiten_beeld_op_1280_pixels(
    browser: WebDriver, server: str, pagina: str, tmp_path: Path
) -> None:
    browser.get(server + pagina)
    te_breed = browser.execute_script(TE_BREED)
    midden = browser.execute_script(MIDDEN_IN_EEN_WOORD)
    bewaar = os.environ.get("PASSEND_SCHERMAFDRUKKEN")
    if bewaar:
        Path(bewaar).mkdir(parents=True, exist_ok=True)
        naam = pagina.strip("/").replace("/", "-")
        browser.save_screenshot(str(Path(bewaar) / f"site-{naam}.png"))
    assert not te_breed, f"{pagina}: tabellen breder dan de pagina: {te_breed}"
    assert not midden, f"{pagina}: namen midden in een woord afgebroken: {midden}"
