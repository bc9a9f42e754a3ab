"""Veiligheid: koppen, hostnamen, andere websites, niets bewaard, geen persoonsgegevens in de log,
alles ge-escaped en een tijdslimiet."""

from __future__ import annotations

import csv
import json
import logging
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from passend_toewijzen.dienst import Instellingen, api, verantwoording
from tests.dienst.conftest import (
    VOORBEELD_CSV,
    VOORBEELDEN,
    client,
    json_kop,
    toewijzing_document,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def eigen_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """De tijdelijke map van het systeem wordt een lege map van de test."""
    map_ = tmp_path / "tmp"
    map_.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(map_))
    return map_


def upload(naam: str = VOORBEELD_CSV.name, inhoud: bytes | None = None) -> dict[str, Any]:
    return {
        "bestanden": (naam, VOORBEELD_CSV.read_bytes() if inhoud is None else inhoud, "text/csv")
    }


async def test_veiligheidskoppen(dienst: httpx.AsyncClient) -> None:
    for adres in ("/gezondheid", "/", "/statisch/pagina.css", "/bestaat-niet"):
        antwoord = await dienst.get(adres)
        koppen = antwoord.headers
        assert koppen["x-content-type-options"] == "nosniff", adres
        assert koppen["referrer-policy"] == "no-referrer"
        assert koppen["cache-control"] == "no-store"
        assert "default-src 'none'" in koppen["content-security-policy"]
        assert "frame-ancestors 'none'" in koppen["content-security-policy"]
    pagina = await dienst.get("/")
    assert pagina.headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src 'self'" in pagina.headers["content-security-policy"]
    assert "unsafe-inline" not in pagina.headers["content-security-policy"]


async def test_pagina_zonder_externe_bronnen(dienst: httpx.AsyncClient) -> None:
    pagina = (await dienst.get("/")).text
    adressen = re.findall(r'(?:src|href|action)="([^"]+)"', pagina)
    assert adressen
    assert all(a.startswith(("/", "#")) for a in adressen), adressen
    for adres in ("/statisch/pagina.css", "/statisch/pagina.js"):
        tekst = (await dienst.get(adres)).text
        assert "http://" not in tekst
        assert "https://" not in tekst
    assert (await dienst.get("/statisch/..%2Fapi.py")).status_code == 404
    assert (await dienst.get("/statisch/app.py")).status_code == 404


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost:8000", 200),
        ("[::1]:8000", 200),
        ("aanvaller.example", 400),
        ("127.0.0.1.aanvaller.example", 400),
    ],
)
async def test_alleen_de_eigen_hostnamen(dienst: httpx.AsyncClient, host: str, status: int) -> None:
    """Tegen DNS-rebinding: een webpagina op een andere naam mag de dienst niet aanspreken."""
    antwoord = await dienst.get("/gezondheid", headers={"host": host})
    assert antwoord.status_code == status


async def test_een_extra_hostnaam_als_ingesteld() -> None:
    async with client(Instellingen(toegestane_hosts=("server.corporatie.lan",))) as c:
        antwoord = await c.get("/gezondheid", headers={"host": "server.corporatie.lan"})
        assert antwoord.status_code == 200


@pytest.mark.parametrize(
    "koppen",
    [
        {"sec-fetch-site": "cross-site"},
        {"origin": "https://aanvaller.example"},
        {"origin": "null"},
    ],
)
async def test_geen_verzoeken_van_andere_websites(
    dienst: httpx.AsyncClient, koppen: dict[str, str]
) -> None:
    antwoord = await dienst.post(
        "/toets", content=json.dumps(toewijzing_document()), headers={**json_kop(), **koppen}
    )
    assert antwoord.status_code == 403
    assert antwoord.json()["fout"] == "andere_herkomst"
    pagina = await dienst.post("/pagina/verantwoording", files=upload(), headers=koppen)
    assert pagina.status_code == 403


async def test_verzoeken_van_de_eigen_pagina(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/toets",
        content=json.dumps(toewijzing_document()),
        headers={**json_kop(), "origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"},
    )
    assert antwoord.status_code == 200


async def test_niets_bewaard(
    dienst: httpx.AsyncClient, eigen_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """De upload staat in een privé map (0700) tijdens het werk en is daarna weg, ook na fouten."""
    gezien: list[tuple[int, list[str]]] = []
    echt = verantwoording.maak_verslagen

    def kijk(formulier: Any, opties: Any, formaten: Any, map_: Path, *a: Any, **k: Any) -> Any:
        gezien.append(
            (
                stat.S_IMODE(map_.stat().st_mode),
                sorted(str(p.relative_to(map_)) for p in map_.rglob("*")),
            )
        )
        assert map_.parent == eigen_tmp
        return echt(formulier, opties, formaten, map_, *a, **k)

    monkeypatch.setattr(api, "maak_verslagen", kijk)
    goed = await dienst.post("/verantwoording", files=upload(), data={"jaar": "2024"})
    assert goed.status_code == 200
    assert gezien == [(0o700, ["bestanden", f"bestanden/{VOORBEELD_CSV.name}"])]
    assert list(eigen_tmp.iterdir()) == []
    # Na een fout in het bestand, een ongeldig veld en een te groot verzoek ook.
    fout = await dienst.post("/verantwoording", files=upload("x.csv", b"a;b\r\n1;2\r\n"))
    assert fout.status_code == 422
    veld = await dienst.post("/verantwoording", files=upload(), data={"jaar": "twee"})
    assert veld.status_code == 422
    assert list(eigen_tmp.iterdir()) == []
    async with client(Instellingen(max_upload=50_000)) as klein:
        te_groot = await klein.post("/verantwoording", files=upload())
        assert te_groot.status_code == 413
    assert list(eigen_tmp.iterdir()) == []


async def test_niets_bewaard_door_de_pagina(dienst: httpx.AsyncClient, eigen_tmp: Path) -> None:
    antwoord = await dienst.post(
        "/pagina/verantwoording",
        files=upload(),
        data={"jaar": "2024"},
        headers={"accept": "application/json"},
    )
    assert antwoord.status_code == 202
    adres = antwoord.json()["adres"]
    for _ in range(600):
        status = (await dienst.get(f"{adres}/status")).json()
        if status["status"] != "bezig":
            break
        await anyio.sleep(0.05)
    assert status["status"] == "klaar"
    assert list(eigen_tmp.iterdir()) == []
    fout = await dienst.post("/pagina/verantwoording", files=upload("x.csv", b"a;b\r\n"))
    assert fout.status_code == 303  # de taak start; het bestand blijkt onleesbaar
    for _ in range(600):
        if list(eigen_tmp.iterdir()) == []:
            break
        await anyio.sleep(0.05)
    assert list(eigen_tmp.iterdir()) == []


def bedragen() -> set[str]:
    """Alle inkomens en huren van het voorbeeldbestand en -document, zoals ze in een log kunnen
    staan: 14887,00 / 14887.00 / 14887 / 14.887."""
    with VOORBEELD_CSV.open(encoding="utf-8", newline="") as bestand:
        rijen = list(csv.DictReader(bestand, delimiter=";"))
    ruw = {r[k] for r in rijen for k in ("huishoudinkomen", "kale_huur", "servicekosten") if r[k]}
    ruw |= {"31250.00", "648.75"}
    vormen: set[str] = set()
    for bedrag in ruw:
        schoon = bedrag.replace("-", "")
        heel, _, cent = schoon.replace(",", ".").partition(".")
        if len(heel) < 3:
            continue
        vormen |= {schoon, f"{heel}.{cent}", f"{heel},{cent}"}
        if len(heel) >= 4:
            vormen |= {heel, f"{heel[:-3]}.{heel[-3:]}"}
    return vormen


async def test_geen_bedragen_in_de_log(
    dienst: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await dienst.post("/verantwoording", files=upload(), data={"jaar": "2024"})
    await dienst.post("/verantwoording", files=upload("a.csv", b"kapot\x00;;\r\n"))
    await dienst.post(
        "/pagina/verantwoording", files=upload(), headers={"accept": "application/json"}
    )
    document = (VOORBEELDEN / "toewijzing.json").read_bytes()
    await dienst.post("/toets", content=document, headers=json_kop())
    await dienst.post("/toets?strikt=true&uitleg=false", content=document[:-5], headers=json_kop())
    await dienst.post("/toetsen", content=b"[" + document + b"]", headers=json_kop())
    regels = [r.getMessage() for r in caplog.records]
    assert any("POST /verantwoording 200" in r for r in regels)  # de log werkt
    tekst = "\n".join(regels)
    gevonden = sorted(
        b for b in bedragen() if re.search(rf"(?<![\d.,]){re.escape(b)}(?![\d])", tekst)
    )
    assert gevonden == []
    assert "1985-04-12" not in tekst


async def test_onverwachte_fout_zonder_gegevens_in_log_en_antwoord(
    dienst: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def kapot(*_a: Any, **_k: Any) -> Any:
        msg = "inkomen 31250.00 van geboren 1985-04-12"
        raise RuntimeError(msg)

    monkeypatch.setattr(api, "toets_toewijzing", kapot)
    caplog.set_level(logging.DEBUG)
    antwoord = await dienst.post(
        "/toets", content=(VOORBEELDEN / "toewijzing.json").read_bytes(), headers=json_kop()
    )
    assert antwoord.status_code == 500
    assert antwoord.json()["fout"] == "interne_fout"
    assert "31250" not in antwoord.text
    tekst = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in tekst
    assert "31250" not in tekst
    assert "1985" not in tekst
    assert all(r.exc_info is None for r in caplog.records)  # geen traceback met de melding
    assert (await dienst.get("/gezondheid")).status_code == 200


AANVAL = '<script>alert("x")</script>'


async def test_alles_geescaped(dienst: httpx.AsyncClient) -> None:
    regels = VOORBEELD_CSV.read_text("utf-8").splitlines()
    kop = regels[0].split(";")
    rij = regels[1].split(";")
    rij[kop.index("corporatie")] = AANVAL
    rij[kop.index("gemeente")] = f"<img src=x onerror=alert(1)>{AANVAL}"
    fout = regels[2].split(";")
    fout[kop.index("kale_huur")] = AANVAL
    inhoud = "\n".join([regels[0], ";".join(rij), ";".join(fout)]).encode()
    antwoord = await dienst.post(
        "/pagina/verantwoording",
        files=upload("aanval.csv", inhoud),
        data={"corporatie": AANVAL},
        headers={"accept": "application/json"},
    )
    adres = antwoord.json()["adres"]
    for _ in range(600):
        if (await dienst.get(f"{adres}/status")).json()["status"] != "bezig":
            break
        await anyio.sleep(0.05)
    pagina = (await dienst.get(adres)).text
    assert "Afgewezen rijen" in pagina
    assert "<script>alert" not in pagina
    assert "<img src=x" not in pagina
    assert "&lt;script&gt;" in pagina
    verslag = (await dienst.get(f"{adres}/verslag.html")).text
    assert "<script>alert" not in verslag
    assert "<img src=x" not in verslag
    assert (
        (await dienst.get(f"{adres}/verslag.html"))
        .headers["content-security-policy"]
        .endswith("sandbox")
    )
    # Een ongeldig veld met HTML in de pagina zonder script: ge-escaped in het formulier.
    formulier = await dienst.post(
        "/pagina/verantwoording", files=upload(), data={"decimaalteken": AANVAL}
    )
    assert formulier.status_code == 422
    assert "<script>alert" not in formulier.text
    assert "&lt;script&gt;" in formulier.text


async def test_tijdslimiet(eigen_tmp: Path) -> None:
    async with client(Instellingen(tijdslimiet=0.001)) as traag:
        antwoord = await traag.post("/verantwoording", files=upload(), data={"jaar": "2024"})
        assert antwoord.status_code == 503
        assert antwoord.json()["fout"] == "tijdslimiet"
        assert "0.001 seconden" in antwoord.json()["melding"]
        assert list(eigen_tmp.iterdir()) == []
        reeks = json.dumps([toewijzing_document()] * 2000)
        antwoord = await traag.post("/toetsen", content=reeks, headers=json_kop())
        assert antwoord.status_code == 503


async def test_tijdslimiet_van_de_pagina(eigen_tmp: Path) -> None:
    async with client(Instellingen(tijdslimiet=0.001)) as traag:
        antwoord = await traag.post(
            "/pagina/verantwoording", files=upload(), headers={"accept": "application/json"}
        )
        if antwoord.status_code == 503:  # al tijdens het ontvangen
            assert antwoord.json()["fout"] == "tijdslimiet"
            return
        adres = antwoord.json()["adres"]
        for _ in range(600):
            status = (await traag.get(f"{adres}/status")).json()
            if status["status"] != "bezig":
                break
            await anyio.sleep(0.05)
        assert status["status"] == "fout"
        assert status["fout"]["fout"] == "tijdslimiet"
