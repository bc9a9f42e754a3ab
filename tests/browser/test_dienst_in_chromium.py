"""De webpagina van de dienst in een echte browser (headless Chromium, bestuurd met Selenium).

Een echte dienst (``passend-toewijzen dienst``) op 127.0.0.1; de test bedient de pagina zoals een
beleidsmedewerker met alleen een toetsenbord: met Tab door het formulier, het voorbeeldbestand
kiezen, het jaar typen en met Enter versturen. Daarna: de voortgang, het verslag in de pagina
(de kerncijfers in het frame zijn die van het JSON-verslag), de afgewezen rijen, en de downloads
(JSON gelijk aan de API, Excel een werkmap). Gedurende de hele test doet de browser geen verzoek
buiten de dienst (werkt offline, geen externe bronnen).

Chromium en chromedriver komen uit Debian (``apt-get install chromium chromium-driver``); er wordt
niets gedownload. Zonder beide wordt de test overgeslagen, behalve als
``PASSEND_BROWSER_VERPLICHT=1`` (CI). ``PASSEND_SCHERMAFDRUKKEN=map`` bewaart de schermafdrukken.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.dienst.server import Server, draaiende_dienst

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")
VERPLICHT = os.environ.get("PASSEND_BROWSER_VERPLICHT") == "1"

if (CHROMIUM is None or CHROMEDRIVER is None) and VERPLICHT:
    pytest.fail(
        "PASSEND_BROWSER_VERPLICHT=1, maar chromium of chromedriver ontbreekt "
        "(Debian: apt-get install -y chromium chromium-driver)",
        pytrace=False,
    )

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
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.wait import WebDriverWait


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with draaiende_dienst(tmp_path_factory.mktemp("dienst") / "stderr.txt") as draaiend:
        yield draaiend


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, downloads: Path) -> Iterator[WebDriver]:
    opties = webdriver.ChromeOptions()
    assert CHROMIUM is not None
    opties.binary_location = CHROMIUM
    for optie in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--force-device-scale-factor=1",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('profiel')}",
    ):
        opties.add_argument(optie)
    opties.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    opties.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opties)
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield driver
    finally:
        driver.quit()


def schermafdruk(driver: WebDriver, naam: str, map_: Path) -> Path:
    bewaar = os.environ.get("PASSEND_SCHERMAFDRUKKEN")
    doel = Path(bewaar) if bewaar else map_
    doel.mkdir(parents=True, exist_ok=True)
    pad = doel / naam
    hoogte = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(hoogte), 800), 4000))
    driver.save_screenshot(str(pad))
    driver.set_window_size(1280, 1000)
    return pad


def pad_in(document: Any, pad: str) -> Any:
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


def verzoeken(driver: WebDriver) -> list[str]:
    """De adressen die de browser opvroeg sinds de vorige keer (uit het prestatielog)."""
    adressen = []
    for regel in driver.get_log("performance"):  # type: ignore[no-untyped-call]
        bericht = json.loads(regel["message"])["message"]
        if bericht["method"] == "Network.requestWillBeSent":
            adressen.append(bericht["params"]["request"]["url"])
    return adressen


def formulier_met_tab(driver: WebDriver) -> list[str]:
    """Ga met Tab door het formulier: kies het bestand, typ het jaar, stop op de knop.

    Elk element dat de focus krijgt, heeft een zichtbare focusrand. Geeft de volgorde terug.
    """
    driver.find_element(By.TAG_NAME, "body").click()
    volgorde: list[str] = []
    for _ in range(30):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        actief = driver.switch_to.active_element
        ident = actief.get_attribute("id") or actief.get_attribute("name") or actief.tag_name
        volgorde.append(ident)
        stijl, dikte = driver.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];",
            actief,
        )
        assert stijl != "none", ident
        assert dikte != "0px", ident
        if ident == "bestanden":
            actief.send_keys(str(VOORBEELD))  # een bestand kiezen kan niet met Tab alleen
        if ident == "jaar":
            actief.send_keys("2024")
        if actief.tag_name == "button":
            break
    return volgorde


def controleer_verslag(driver: WebDriver, adres: str, wacht: WebDriverWait[WebDriver]) -> None:
    """De pagina met het verslag: uitkomst, afgewezen rijen en kerncijfers gelijk aan de JSON."""
    assert driver.title == "Verantwoording 2024 · passend-toewijzen"
    uitkomst = driver.find_element(By.CSS_SELECTOR, "[data-uitkomst]")
    assert uitkomst.get_attribute("data-uitkomst") == "onvolledig"
    rijen = driver.find_elements(By.CSS_SELECTOR, "#afgewezen tbody tr")
    assert len(rijen) == 6
    assert "geen bestaande datum" in rijen[0].text
    verslag_json: dict[str, Any] = httpx.get(f"{adres}/verslag.json", timeout=30).json()
    for element in driver.find_elements(By.CSS_SELECTOR, "main [data-veld]"):
        getal = pad_in(verslag_json, element.get_attribute("data-veld") or "")
        assert element.text == f"{getal:,}".replace(",", "."), element.text
    # Het verslag in het frame: elk kerncijfer is dat van het JSON-verslag.
    frame = driver.find_element(By.CSS_SELECTOR, "iframe.verslag")
    assert frame.size["width"] > 1000
    assert frame.size["height"] >= 600
    driver.switch_to.frame(frame)
    try:
        wacht.until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-veld]"))
        velden = driver.find_elements(By.CSS_SELECTOR, "[data-veld]")
        assert len(velden) > 20
        for element in velden:
            pad = element.get_attribute("data-veld") or ""
            waarde = json.loads(element.get_attribute("data-waarde") or "")
            assert waarde == pad_in(verslag_json, pad), pad
        assert driver.find_elements(By.CSS_SELECTOR, "figure svg")  # de grafieken staan erin
    finally:
        driver.switch_to.default_content()


def download(driver: WebDriver, soort: str, downloads: Path) -> bytes:
    """Download het verslag met Enter op de link; de inhoud van het bestand."""
    driver.find_element(By.CSS_SELECTOR, f'a[data-download="{soort}"]').send_keys(Keys.ENTER)
    bestand = downloads / f"verantwoording-2024.{soort}"
    for _ in range(300):
        if bestand.exists() and bestand.stat().st_size > 0:
            break
        time.sleep(0.1)
    assert bestand.exists(), sorted(p.name for p in downloads.iterdir())
    return bestand.read_bytes()


def test_jaarverantwoording_met_alleen_het_toetsenbord(
    browser: WebDriver, server: Server, downloads: Path, tmp_path: Path
) -> None:
    driver = browser
    wacht = WebDriverWait(driver, 120, poll_frequency=0.1)
    driver.get(f"{server.adres}/")
    assert driver.title == "Jaarverantwoording · passend-toewijzen"
    schermafdruk(driver, "dienst-formulier.png", tmp_path)

    volgorde = formulier_met_tab(driver)
    for veld in ("bestanden", "jaar", "corporatie", "gemeenten_15", "decimaalteken"):
        assert veld in volgorde
    assert volgorde.index("bestanden") < volgorde.index("jaar") < volgorde.index("corporatie")
    assert driver.switch_to.active_element.text == "Verslag maken"
    ActionChains(driver).send_keys(Keys.ENTER).perform()

    # De voortgang, en dan de pagina met het verslag.
    wacht.until(lambda d: "/pagina/taken/" in d.current_url)
    wacht.until(lambda d: d.find_elements(By.CSS_SELECTOR, "iframe.verslag"))
    schermafdruk(driver, "dienst-verslag.png", tmp_path)
    controleer_verslag(driver, driver.current_url, wacht)

    # Downloaden met het toetsenbord: de JSON is hetzelfde verslag als de API geeft.
    api = httpx.post(
        f"{server.adres}/verantwoording",
        files={"bestanden": (VOORBEELD.name, VOORBEELD.read_bytes(), "text/csv")},
        data={"jaar": "2024"},
        timeout=60,
    )
    assert download(driver, "json", downloads) == api.content
    assert download(driver, "xlsx", downloads)[:2] == b"PK"

    # Niets van buiten: elk verzoek van de browser ging naar de dienst zelf.
    eigen = (server.adres, "data:", "about:", "blob:", "chrome:", "chrome-untrusted:")
    gezien = verzoeken(driver)
    assert any(a.startswith(f"{server.adres}/statisch/") for a in gezien)  # het log werkt
    vreemd = [a for a in gezien if not a.startswith(eigen)]
    assert vreemd == []
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 1280


def test_fout_in_het_formulier_in_de_pagina(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    """Een fout komt in de pagina zelf, met het veld, en krijgt de focus."""
    driver = browser
    driver.get(f"{server.adres}/")
    driver.find_element(By.ID, "bestanden").send_keys(str(VOORBEELD))
    driver.find_element(By.ID, "jaar").send_keys("1999")
    driver.execute_script("document.getElementById('jaar').removeAttribute('pattern')")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    wacht = WebDriverWait(driver, 60, poll_frequency=0.1)
    wacht.until(lambda d: d.find_element(By.ID, "fouten").is_displayed())
    fouten = driver.find_element(By.ID, "fouten")
    assert "Verslagjaar: moet minstens 2011 zijn" in fouten.text
    assert "Verantwoordingsopties" not in fouten.text
    assert "2011" in fouten.text
    assert driver.switch_to.active_element.get_attribute("id") == "fouten"
    assert driver.current_url == f"{server.adres}/"
    schermafdruk(driver, "dienst-fout.png", tmp_path)
