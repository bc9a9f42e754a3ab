"""Slechte invoer: altijd een duidelijk Nederlands foutdocument, en de dienst blijft werken."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from passend_toewijzen.dienst import Instellingen
from tests.dienst.conftest import VOORBEELD_CSV, client, json_kop, toewijzing_document

pytestmark = pytest.mark.anyio


async def nog_gezond(dienst: httpx.AsyncClient) -> None:
    assert (await dienst.get("/gezondheid")).status_code == 200


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        (b"{kapot", "geen geldige JSON"),
        (b"", "geen geldige JSON"),
        (b"[]", "verwacht een object met velden"),
        (b"\xff\xfe\x00", "geen geldige JSON"),
        (b"[" * 100_000, "geen geldige JSON"),
    ],
)
async def test_geen_geldige_json(dienst: httpx.AsyncClient, inhoud: bytes, verwacht: str) -> None:
    antwoord = await dienst.post("/toets", content=inhoud, headers=json_kop())
    assert antwoord.status_code == 422
    document = antwoord.json()
    assert document["fout"] == "ongeldige_invoer"
    assert verwacht in document["melding"]
    await nog_gezond(dienst)


async def test_fouten_per_veld_met_volledig_pad(dienst: httpx.AsyncClient) -> None:
    document = toewijzing_document()
    document["huishouden"]["personen"][1]["rol"] = "oom"
    document["woning"]["kale_huur"] = "648,75"
    document["onbekend"] = 1
    antwoord = await dienst.post("/toets", content=json.dumps(document), headers=json_kop())
    assert antwoord.status_code == 422
    fouten = {f["veld"]: f["melding"] for f in antwoord.json()["fouten"]}
    assert "huishouden.personen[1].rol" in fouten
    assert "kies uit" in fouten["huishouden.personen[1].rol"]
    assert "komma" in fouten["woning.kale_huur"]
    assert fouten["onbekend"] == "onbekend veld"
    # Dezelfde meldingen als de bibliotheek (geen "Value error," van pydantic eromheen).
    assert all("Value error" not in m for m in fouten.values())


async def test_datum_buiten_de_dekking_noemt_de_periode(dienst: httpx.AsyncClient) -> None:
    document = toewijzing_document()
    document["toewijzingsdatum"] = document["huuringangsdatum"] = "2027-06-01"
    antwoord = await dienst.post("/toets", content=json.dumps(document), headers=json_kop())
    assert antwoord.status_code == 422
    fout = antwoord.json()
    assert fout["fout"] == "datum_buiten_dekking"
    assert "2011-01-01 tot en met 2026-12-31" in fout["melding"]
    assert fout["dekking"] == {"van": "2011-01-01", "tot": "2026-12-31"}
    parameters = await dienst.get("/parameters", params={"datum": "2027-01-01"})
    assert parameters.status_code == 422
    assert parameters.json()["dekking"]["tot"] == "2026-12-31"


@pytest.mark.parametrize("datum", ["2024-3-1", "01-03-2024", "2024-02-30", "1700000000", "x"])
async def test_ongeldige_datum_in_de_query(dienst: httpx.AsyncClient, datum: str) -> None:
    antwoord = await dienst.get("/parameters", params={"datum": datum})
    assert antwoord.status_code == 422
    document = antwoord.json()
    assert document["fouten"][0]["veld"] == "datum"
    assert "datum" in document["fouten"][0]["melding"]


async def test_ongeldige_ja_nee_in_de_query(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/toets", params={"uitleg": "misschien"}, content=b"{}", headers=json_kop()
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fouten"][0]["veld"] == "uitleg"


@pytest.mark.parametrize(
    "soort",
    [None, "text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin-1"],
)
async def test_strikt_inhoudstype(dienst: httpx.AsyncClient, soort: str | None) -> None:
    koppen = {} if soort is None else {"content-type": soort}
    antwoord = await dienst.post(
        "/toets", content=json.dumps(toewijzing_document()), headers=koppen
    )
    assert antwoord.status_code == 415
    assert antwoord.json()["fout"] == "verkeerd_inhoudstype"


async def test_verantwoording_vraagt_multipart(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post("/verantwoording", content=b"{}", headers=json_kop())
    assert antwoord.status_code == 415


@pytest.fixture
async def klein() -> AsyncIterator[httpx.AsyncClient]:
    async with client(Instellingen(max_upload=4096, max_json=1024)) as c:
        yield c


async def test_te_groot_json(klein: httpx.AsyncClient) -> None:
    tekst = json.dumps([toewijzing_document()] * 10)
    antwoord = await klein.post("/toetsen", content=tekst, headers=json_kop())
    assert antwoord.status_code == 413
    assert antwoord.json()["fout"] == "te_groot"
    assert "1024 bytes" in antwoord.json()["melding"]
    await nog_gezond(klein)


async def test_te_groot_zonder_lengte_in_stukken(klein: httpx.AsyncClient) -> None:
    """Zonder Content-Length (chunked) wordt de grens tijdens het lezen bewaakt."""

    async def stukken() -> AsyncIterator[bytes]:
        for _ in range(100):
            yield b" " * 100

    antwoord = await klein.post("/toets", content=stukken(), headers=json_kop())
    assert antwoord.status_code == 413
    await nog_gezond(klein)


async def test_te_grote_upload(klein: httpx.AsyncClient) -> None:
    antwoord = await klein.post(
        "/verantwoording",
        files={"bestanden": (VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes(), "text/csv")},
    )
    assert antwoord.status_code == 413
    await nog_gezond(klein)


def multipart(*delen: tuple[str, str | None, bytes], grens: str = "grens123") -> bytes:
    stukken = []
    for naam, bestandsnaam, inhoud in delen:
        kop = f'Content-Disposition: form-data; name="{naam}"'
        if bestandsnaam is not None:
            kop += f'; filename="{bestandsnaam}"'
        stukken.append(f"--{grens}\r\n{kop}\r\n\r\n".encode() + inhoud + b"\r\n")
    return b"".join(stukken) + f"--{grens}--\r\n".encode()


MULTIPART = {"content-type": "multipart/form-data; boundary=grens123"}


async def test_afgebroken_formulier(dienst: httpx.AsyncClient) -> None:
    inhoud = multipart(("bestanden", "a.csv", VOORBEELD_CSV.read_bytes()))
    antwoord = await dienst.post(
        "/verantwoording", content=inhoud[: len(inhoud) // 2], headers=MULTIPART
    )
    assert antwoord.status_code == 422
    assert "afgebroken" in antwoord.json()["melding"]
    await nog_gezond(dienst)


async def test_geen_geldig_multipart(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/verantwoording", content=b"dit is geen formulier\r\n", headers=MULTIPART
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"] == "ongeldig_formulier"
    zonder_grens = await dienst.post(
        "/verantwoording", content=b"x", headers={"content-type": "multipart/form-data"}
    )
    assert zonder_grens.status_code == 422
    assert "boundary" in zonder_grens.json()["melding"]


@pytest.mark.parametrize(
    ("delen", "veld", "tekst"),
    [
        ((("onbekend", None, b"1"),), "onbekend", "onbekend veld"),
        ((("jaar", "x.csv", b"2024"),), "jaar", "verwacht tekst"),
        ((("bestanden", None, b"a;b"),), "bestanden", "verwacht een bestand"),
        ((("jaar", None, b"24"),), "jaar", "geen jaartal"),
        ((("jaar", None, b"2024"), ("jaar", None, b"2023")), "jaar", "één keer"),
        ((("decimaalteken", None, b"streep"),), "decimaalteken", "kies uit"),
        ((("codering", None, b"rot13"),), "codering", "kies uit"),
        ((("geen_dubbelcontrole", None, b"soms"),), "geen_dubbelcontrole", "ja of nee"),
        ((("kolom", None, b"zonder-is-teken"),), "kolom", "EIGEN=SCHEMA"),
        ((("jaar", None, b"2024"),), "bestanden", "kies een of meer bestanden"),
        ((("jaar", None, b"\xff\xfe"),), "jaar", "geen UTF-8"),
    ],
)
async def test_ongeldige_velden(
    dienst: httpx.AsyncClient,
    delen: tuple[tuple[str, str | None, bytes], ...],
    veld: str,
    tekst: str,
) -> None:
    bestand = ("bestanden", VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes())
    met_bestand = delen if veld == "bestanden" else (bestand, *delen)
    antwoord = await dienst.post(
        "/verantwoording", content=multipart(*met_bestand), headers=MULTIPART
    )
    assert antwoord.status_code == 422, antwoord.text
    fouten = antwoord.json()["fouten"]
    assert fouten[0]["veld"] == veld
    assert tekst in fouten[0]["melding"]


@pytest.mark.parametrize(
    "naam", ["..", ".verborgen.csv", "a\x00b.csv", "a;b|c.csv", "x" * 200 + ".csv"]
)
async def test_geen_vreemde_bestandsnaam(dienst: httpx.AsyncClient, naam: str) -> None:
    """Alleen een gewone bestandsnaam wordt aangenomen; de melding herhaalt haar niet."""
    antwoord = await dienst.post(
        "/verantwoording",
        content=multipart(("bestanden", naam, VOORBEELD_CSV.read_bytes())),
        headers=MULTIPART,
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fouten"][0]["veld"] == "bestanden"
    assert "gewone naam" in antwoord.json()["melding"]


@pytest.mark.parametrize(
    ("naam", "kaal"),
    [
        ("../../tmp/x.csv", "x.csv"),
        ("/etc/cron.d/x.csv", "x.csv"),
        ("C:\\Gebruikers\\afdelingwonen\\toewijzingen 2024.csv", "toewijzingen 2024.csv"),
    ],
)
async def test_geen_pad_van_de_client(dienst: httpx.AsyncClient, naam: str, kaal: str) -> None:
    """Een bestandsnaam is nooit een pad: alleen het laatste deel telt, in de eigen map."""
    antwoord = await dienst.post(
        "/verantwoording",
        content=multipart(("bestanden", naam, VOORBEELD_CSV.read_bytes()), ("jaar", None, b"2024")),
        headers=MULTIPART,
    )
    assert antwoord.status_code == 200
    assert [b["naam"] for b in antwoord.json()["invoer"]["bestanden"]] == [kaal]
    for deel in re.split(r"[\\/]", naam)[:-1]:
        if deel not in ("", ".."):
            assert deel not in antwoord.text


async def test_twee_bestanden_met_dezelfde_naam(dienst: httpx.AsyncClient) -> None:
    inhoud = VOORBEELD_CSV.read_bytes()
    antwoord = await dienst.post(
        "/verantwoording",
        content=multipart(("bestanden", "a.csv", inhoud), ("bestanden", "map/a.csv", inhoud)),
        headers=MULTIPART,
    )
    assert antwoord.status_code == 422
    assert "dezelfde naam" in antwoord.json()["melding"]


async def test_onleesbaar_bestand(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/verantwoording",
        content=multipart(("bestanden", "leeg.csv", b"a;b;c\r\n1;2;3\r\n")),
        headers=MULTIPART,
    )
    assert antwoord.status_code == 422
    document = antwoord.json()
    assert document["fout"] == "onleesbaar_bestand"
    assert "verplichte kolom" in document["melding"]
    onbekend = await dienst.post(
        "/verantwoording", content=multipart(("bestanden", "x.pdf", b"%PDF")), headers=MULTIPART
    )
    assert onbekend.status_code == 422
    assert "onbekend formaat" in onbekend.json()["melding"]


async def test_ongeldig_beleid(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/verantwoording",
        content=multipart(
            ("bestanden", VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes()),
            ("beleid", "beleid.toml", b"[beleid]\nnaam = 3\n"),
        ),
        headers=MULTIPART,
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"] == "ongeldige_parameterdata"


async def test_geen_enkele_geldige_toewijzing(dienst: httpx.AsyncClient) -> None:
    kop = VOORBEELD_CSV.read_bytes().split(b"\n")[0] + b"\n"
    antwoord = await dienst.post(
        "/verantwoording", content=multipart(("bestanden", "kop.csv", kop)), headers=MULTIPART
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"] == "geen_verslag"


@pytest.mark.parametrize(
    "naam", ["%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e", "onbekend", "landelijk.toml", "data"]
)
async def test_onbekende_tabel_is_nooit_een_pad(dienst: httpx.AsyncClient, naam: str) -> None:
    antwoord = await dienst.get(f"/tabellen/{naam}", params={"datum": "2024-01-01"})
    assert antwoord.status_code == 404
    verzoek = {"woning": {}, "kandidaten": [], "tabel": naam, "datum": "2024-01-01"}
    rangschik = await dienst.post("/rangschik", content=json.dumps(verzoek), headers=json_kop())
    assert rangschik.status_code in (404, 422)


async def test_onbekend_adres_en_methode(dienst: httpx.AsyncClient) -> None:
    assert (await dienst.get("/bestaat-niet")).json()["fout"] == "niet_gevonden"
    antwoord = await dienst.get("/toets")
    assert antwoord.status_code == 405
    assert antwoord.json()["fout"] == "methode_niet_toegestaan"
