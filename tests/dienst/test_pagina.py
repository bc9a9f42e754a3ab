"""De webpagina zonder browser: formulier, taak, voortgang, verslag in de pagina en downloads."""

from __future__ import annotations

import json
import re

import anyio
import httpx
import pytest

from passend_toewijzen.dienst import Instellingen
from passend_toewijzen.dienst.taken import Takenlijst
from tests.dienst.conftest import VOORBEELD_CSV, client

pytestmark = pytest.mark.anyio


def upload() -> dict[str, tuple[str, bytes, str]]:
    return {"bestanden": (VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes(), "text/csv")}


async def wacht(dienst: httpx.AsyncClient, adres: str) -> dict[str, object]:
    for _ in range(1200):
        status: dict[str, object] = (await dienst.get(f"{adres}/status")).json()
        if status["status"] != "bezig":
            return status
        await anyio.sleep(0.05)
    pytest.fail("de taak werd niet klaar")


async def test_formulier(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.get("/")
    assert antwoord.status_code == 200
    pagina = antwoord.text
    assert '<html lang="nl">' in pagina
    assert 'enctype="multipart/form-data"' in pagina
    for veld in ("bestanden", "jaar", "corporatie", "gemeenten_15", "decimaalteken", "kolom"):
        assert f'name="{veld}"' in pagina
    # Elk invoerveld heeft een label (toetsenbord en schermlezer).
    for ident in re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', pagina):
        assert f'for="{ident}"' in pagina, ident
    assert '<script src="/statisch/pagina.js" defer></script>' in pagina


async def test_sjabloon(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.get("/pagina/sjabloon.csv")
    assert antwoord.status_code == 200
    assert antwoord.headers["content-type"] == "text/csv; charset=utf-8"
    assert antwoord.text.startswith("toewijzing_id;")


async def test_zonder_script_doorverwijzing_en_verslag(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post("/pagina/verantwoording", files=upload(), data={"jaar": "2024"})
    assert antwoord.status_code == 303
    adres = antwoord.headers["location"]
    assert re.fullmatch(r"/pagina/taken/[A-Za-z0-9_-]{22}", adres)
    eerst = await dienst.get(adres)
    if "wordt gemaakt" in eerst.text:  # nog bezig: de pagina ververst zichzelf zonder script
        assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in eerst.text
    status = await wacht(dienst, adres)
    assert status["status"] == "klaar"
    pagina = (await dienst.get(adres)).text
    assert "Verantwoording 2024: Woonstichting De Voorbeeldhoeve" in pagina
    assert "Uitkomst: onvolledig" in pagina
    assert f'<iframe class="verslag" src="{adres}/verslag.html"' in pagina
    assert "http-equiv" not in pagina
    # De afgewezen rijen, zoals de opdrachtregel ze noemt: bestand, rij, kolom, melding.
    verslag = json.loads((await dienst.get(f"{adres}/verslag.json")).content)
    for fout in verslag["invoer"]["fouten"]:
        assert f'<td class="getal">{fout["rij"]}</td>' in pagina
    assert pagina.count("<tr><td>toewijzingen-2023-2024.csv</td>") == 6


async def test_met_script_json_en_downloads(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/pagina/verantwoording",
        files=upload(),
        data={"jaar": "2024", "gemeenten_15": "Altena, Gorinchem"},
        headers={"accept": "application/json"},
    )
    assert antwoord.status_code == 202
    adres = antwoord.json()["adres"]
    status = await wacht(dienst, adres)
    assert status["status"] == "klaar"
    assert status["gelezen"] == 2000
    samenvatting = status["samenvatting"]
    assert isinstance(samenvatting, dict)
    assert samenvatting["afgewezen"] == 6
    api = await dienst.post(
        "/verantwoording",
        files=upload(),
        data={"jaar": "2024", "gemeenten_15": "Altena, Gorinchem"},
    )
    json_ = await dienst.get(f"{adres}/verslag.json")
    assert json_.status_code == 200
    assert json_.content == api.content  # hetzelfde verslag als de API (en de opdrachtregel)
    assert json_.headers["content-disposition"] == 'attachment; filename="verantwoording-2024.json"'
    xlsx = await dienst.get(f"{adres}/verslag.xlsx")
    assert xlsx.content[:2] == b"PK"
    md = await dienst.get(f"{adres}/verslag.md")
    assert md.headers["content-type"] == "text/markdown; charset=utf-8"
    html = await dienst.get(f"{adres}/verslag.html")
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert "content-disposition" not in html.headers  # in de pagina, niet als download
    assert html.headers["x-frame-options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in html.headers["content-security-policy"]
    assert (await dienst.get(f"{adres}/verslag.pdf")).status_code == 404
    # Verwijderen: daarna is het verslag weg.
    weg = await dienst.post(f"{adres}/verwijder")
    assert weg.status_code == 303
    assert (await dienst.get(f"{adres}/verslag.json")).status_code == 404
    pagina = await dienst.get(adres)
    assert pagina.status_code == 404
    assert "is er niet (meer)" in pagina.text


async def test_fout_in_het_formulier_zonder_en_met_script(dienst: httpx.AsyncClient) -> None:
    zonder = await dienst.post("/pagina/verantwoording", files=upload(), data={"jaar": "24"})
    assert zonder.status_code == 422
    assert "Er is geen verslag gemaakt" in zonder.text
    assert "<strong>Verslagjaar</strong>: " in zonder.text
    assert "Verantwoordingsopties" not in zonder.text  # geen interne namen op de pagina
    assert 'name="bestanden"' in zonder.text  # het formulier staat er weer
    met = await dienst.post(
        "/pagina/verantwoording",
        files=upload(),
        data={"jaar": "24"},
        headers={"accept": "application/json"},
    )
    assert met.status_code == 422
    assert met.json()["fouten"][0]["veld"] == "jaar"
    assert met.json()["fouten"][0]["label"] == "Verslagjaar"


async def test_fout_in_het_bestand(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/pagina/verantwoording", files={"bestanden": ("x.csv", b"a;b\r\n1;2\r\n", "text/csv")}
    )
    adres = antwoord.headers["location"]
    status = await wacht(dienst, adres)
    assert status["status"] == "fout"
    pagina = (await dienst.get(adres)).text
    assert "Er is geen verslag gemaakt" in pagina
    assert "verplichte kolom" in pagina


async def test_onbekende_taak(dienst: httpx.AsyncClient) -> None:
    assert (await dienst.get("/pagina/taken/bestaatniet")).status_code == 404
    status = await dienst.get("/pagina/taken/bestaatniet/status")
    assert status.status_code == 404
    assert status.json()["fout"] == "onbekende_taak"


async def test_hoogstens_zoveel_taken_tegelijk() -> None:
    async with client(Instellingen(max_taken=1)) as dienst:
        eerste = await dienst.post("/pagina/verantwoording", files=upload())
        assert eerste.status_code == 303
        tweede = await dienst.post(
            "/pagina/verantwoording", files=upload(), headers={"accept": "application/json"}
        )
        if tweede.status_code == 503:  # de eerste liep nog
            assert tweede.json()["fout"] == "bezet"
            assert tweede.headers["retry-after"] == "30"
            await wacht(dienst, eerste.headers["location"])
            tweede = await dienst.post(
                "/pagina/verantwoording", files=upload(), headers={"accept": "application/json"}
            )
        assert tweede.status_code == 202
        # De oudste afgeronde taak is vergeten.
        assert (await dienst.get(eerste.headers["location"])).status_code == 404


def test_takenlijst_vergeet_na_de_bewaartijd(monkeypatch: pytest.MonkeyPatch) -> None:
    nu = [1000.0]
    monkeypatch.setattr("passend_toewijzen.dienst.taken.time.monotonic", lambda: nu[0])
    lijst = Takenlijst(max_taken=3, bewaartijd=60)
    taak = lijst.nieuw()
    assert lijst.zoek(taak.sleutel) is taak
    taak.beeindigd = nu[0]
    nu[0] += 59
    assert lijst.zoek(taak.sleutel) is taak
    nu[0] += 2
    assert lijst.zoek(taak.sleutel) is None
    assert len(lijst) == 0
