"""Elk eindpunt van de API, en dezelfde documenten als de opdrachtregel op de voorbeeldbestanden."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from openpyxl import load_workbook

from passend_toewijzen.cli import main
from passend_toewijzen.modellen import Huishouden, Toewijzing, Woning
from passend_toewijzen.parameters import beschikbare_periode
from passend_toewijzen.schemas import json_schema
from passend_toewijzen.tabellen import beoordeel, laad_tabel
from passend_toewijzen.toets import toets_stroom, toets_toewijzing
from tests.dienst.conftest import VOORBEELD_CSV, VOORBEELDEN, json_kop, toewijzing_document

pytestmark = pytest.mark.anyio


def cli(capsys: pytest.CaptureFixture[str], *argumenten: str, code: int = 0) -> str:
    if argumenten[:1] == ("verantwoording",) and argumenten[1:2] != ("sjabloon",):
        # De dienst maakt de verantwoording op de rij-motor (zie dienst.verantwoording).
        argumenten = (*argumenten, "--motor", "rij")
    assert main(list(argumenten)) == code
    return capsys.readouterr().out


async def test_gezondheid(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.get("/gezondheid")
    assert antwoord.status_code == 200
    document = antwoord.json()
    van, tot = beschikbare_periode()
    assert document["status"] == "ok"
    assert document["dekking"] == {"van": van.isoformat(), "tot": tot.isoformat()}
    assert document["data_versie"]
    assert len(document["data_hash"]) == 64


async def test_parameters_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    verwacht = json.loads(cli(capsys, "parameters", "--datum", "2024-07-01", "--json"))
    antwoord = await dienst.get("/parameters", params={"datum": "2024-07-01"})
    assert antwoord.status_code == 200
    assert antwoord.headers["content-type"] == "application/json"
    assert antwoord.json() == verwacht


async def test_toets_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    bestand = VOORBEELDEN / "toewijzing.json"
    verwacht = json.loads(cli(capsys, "toets", "--invoer", str(bestand), "--json"))
    antwoord = await dienst.post("/toets", content=bestand.read_bytes(), headers=json_kop())
    assert antwoord.status_code == 200
    assert antwoord.json() == verwacht
    assert verwacht["uitleg"]  # met uitleg en ontvangstbewijs
    Draft202012Validator(json_schema("toetsuitkomst-1")).validate(antwoord.json())
    assert verwacht["ontvangstbewijs"]["peildatum"] == "2024-03-01"


async def test_toets_bedragen_exact_als_tekst(dienst: httpx.AsyncClient) -> None:
    """Een bedrag als JSON-getal wordt exact gelezen (Decimal), zoals door de opdrachtregel."""
    document = toewijzing_document()
    tekst = json.dumps(document).replace('"648.75"', "648.70")
    antwoord = await dienst.post("/toets", content=tekst, headers=json_kop())
    assert antwoord.status_code == 200
    assert antwoord.json()["kale_huur"] == "648.70"


async def test_toets_zonder_uitleg(dienst: httpx.AsyncClient) -> None:
    bestand = VOORBEELDEN / "toewijzing.json"
    antwoord = await dienst.post(
        "/toets", params={"uitleg": "false"}, content=bestand.read_bytes(), headers=json_kop()
    )
    assert antwoord.status_code == 200
    verwacht = toets_toewijzing(
        Toewijzing.model_validate_json(bestand.read_bytes()), uitleg=False
    ).als_dict()
    assert antwoord.json() == verwacht
    assert antwoord.json()["uitleg"] == []


async def test_toets_niet_strikt_geeft_onbepaald(dienst: httpx.AsyncClient) -> None:
    document = toewijzing_document()
    del document["huishouden"]["vastgesteld_inkomen"]
    strikt = await dienst.post("/toets", content=json.dumps(document), headers=json_kop())
    assert strikt.status_code == 422
    assert strikt.json()["fout"] == "onvoldoende_gegevens"
    los = await dienst.post(
        "/toets", params={"strikt": "false"}, content=json.dumps(document), headers=json_kop()
    )
    assert los.status_code == 200
    assert los.json()["status"] == "onbepaald"
    assert los.json()["redenen_onbepaald"]


async def test_toetsen_een_resultaat_per_item_in_volgorde(dienst: httpx.AsyncClient) -> None:
    """Per toewijzing de uitkomst of de fout van ``toets_stroom``; de reeks gaat altijd door."""
    goed = toewijzing_document()
    fout = toewijzing_document()
    fout["woning"]["soort"] = "bovenwoning"
    buiten = toewijzing_document()
    buiten["toewijzingsdatum"] = buiten["huuringangsdatum"] = "2031-01-01"
    lijst: list[Any] = [goed, fout, buiten, goed, 7]
    antwoord = await dienst.post("/toetsen", content=json.dumps(lijst), headers=json_kop())
    assert antwoord.status_code == 200
    resultaten = antwoord.json()
    verwacht = [r.als_dict() for r in toets_stroom(lijst)]
    assert resultaten == verwacht
    assert len(resultaten) == len(lijst)
    assert resultaten[0] == toets_toewijzing(Toewijzing.model_validate(goed)).als_dict()
    assert resultaten[3] == resultaten[0]
    assert resultaten[1]["soort"] == "OngeldigeInvoer"
    assert resultaten[1]["index"] == 1
    assert resultaten[1]["veldfouten"][0]["veld"] == "woning.soort"
    assert resultaten[2]["soort"] == "DatumBuitenDekking"
    assert beschikbare_periode()[1].isoformat() in resultaten[2]["melding"]
    assert resultaten[4]["index"] == 4
    uitkomst_schema = Draft202012Validator(json_schema("toetsuitkomst-1"))
    fout_schema = Draft202012Validator(json_schema("toetsfout-1"))
    for resultaat in resultaten:
        if resultaat["schema"] == "passend-toewijzen/toetsfout/1":
            fout_schema.validate(resultaat)
        else:
            uitkomst_schema.validate(resultaat)


async def test_toetsen_json_lines(dienst: httpx.AsyncClient) -> None:
    goed = json.dumps(toewijzing_document())
    regels = f"{goed}\n\n{{kapot\n{goed}\n".encode()
    antwoord = await dienst.post(
        "/toetsen",
        params={"uitleg": "false"},
        content=regels,
        headers={"content-type": "application/x-ndjson"},
    )
    assert antwoord.status_code == 200
    assert antwoord.headers["content-type"] == "application/x-ndjson"
    resultaten = [json.loads(r) for r in antwoord.text.splitlines()]
    assert len(resultaten) == 3  # een lege regel is geen toewijzing
    assert resultaten[0]["schema"] == "passend-toewijzen/toetsuitkomst/1"
    assert resultaten[0]["uitleg"] == []
    assert resultaten[1]["schema"] == "passend-toewijzen/toetsfout/1"
    assert resultaten[1]["index"] == 1
    assert "geen geldige JSON" in resultaten[1]["melding"]
    assert resultaten[2]["schema"] == "passend-toewijzen/toetsuitkomst/1"


async def test_toetsen_vraagt_een_lijst(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.post(
        "/toetsen", content=json.dumps(toewijzing_document()), headers=json_kop()
    )
    assert antwoord.status_code == 422
    assert "JSON-lijst" in antwoord.json()["melding"]


async def test_tabellen(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.get("/tabellen")
    assert antwoord.status_code == 200
    namen = [t["naam"] for t in antwoord.json()]
    assert "woongaard-2015" in namen
    assert "landelijk" in namen


async def test_tabel_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    argumenten = ("--tabel", "woongaard-2015", "--datum", "2018-03-01", "--json")
    verwacht = json.loads(cli(capsys, "tabel", *argumenten))
    antwoord = await dienst.get("/tabellen/woongaard-2015", params={"datum": "2018-03-01"})
    assert antwoord.status_code == 200
    assert antwoord.json() == verwacht


async def test_beoordeel_gelijk_aan_de_bibliotheek(dienst: httpx.AsyncClient) -> None:
    woning = json.loads((VOORBEELDEN / "woning.json").read_text("utf-8"))
    kandidaat = json.loads((VOORBEELDEN / "kandidaten.json").read_text("utf-8"))[1]
    verzoek = {"woning": woning, "huishouden": kandidaat["huishouden"], "datum": "2018-03-01"}
    antwoord = await dienst.post(
        "/tabellen/woongaard-2015/beoordeel", content=json.dumps(verzoek), headers=json_kop()
    )
    assert antwoord.status_code == 200
    verwacht = beoordeel(
        Woning.model_validate(woning),
        Huishouden.model_validate(kandidaat["huishouden"]),
        laad_tabel("woongaard-2015"),
        date(2018, 3, 1),
    ).als_dict()
    assert antwoord.json() == verwacht
    assert antwoord.json()["cel"] in ("voorrang", "toegestaan", "uitgesloten")


async def test_beoordeel_buiten_de_geldigheid_van_de_tabel(dienst: httpx.AsyncClient) -> None:
    woning = json.loads((VOORBEELDEN / "woning.json").read_text("utf-8"))
    kandidaat = json.loads((VOORBEELDEN / "kandidaten.json").read_text("utf-8"))[0]
    verzoek = {"woning": woning, "huishouden": kandidaat["huishouden"], "datum": "2024-03-01"}
    antwoord = await dienst.post(
        "/tabellen/woongaard-2015/beoordeel", content=json.dumps(verzoek), headers=json_kop()
    )
    assert antwoord.status_code == 422
    document = antwoord.json()
    assert document["fout"] == "datum_buiten_tabel"
    assert "2016-01-01 tot en met 2021-12-31" in document["melding"]
    assert document["geldigheid"] == {"van": "2016-01-01", "tot": "2021-12-31"}


async def test_rangschik_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    verwacht = json.loads(
        cli(
            capsys,
            "rangschik",
            "--woning",
            str(VOORBEELDEN / "woning.json"),
            "--kandidaten",
            str(VOORBEELDEN / "kandidaten.json"),
            "--tabel",
            "woongaard-2015",
            "--datum",
            "2018-03-01",
            "--json",
        )
    )
    verzoek = {
        "woning": json.loads((VOORBEELDEN / "woning.json").read_text("utf-8")),
        "kandidaten": json.loads((VOORBEELDEN / "kandidaten.json").read_text("utf-8")),
        "tabel": "woongaard-2015",
        "datum": "2018-03-01",
    }
    antwoord = await dienst.post("/rangschik", content=json.dumps(verzoek), headers=json_kop())
    assert antwoord.status_code == 200
    assert antwoord.json() == verwacht
    assert verwacht["aantal_kandidaten"] == len(verzoek["kandidaten"])


async def _verantwoording(dienst: httpx.AsyncClient, formaat: str, **velden: str) -> httpx.Response:
    with VOORBEELD_CSV.open("rb") as bestand:
        return await dienst.post(
            "/verantwoording",
            params={"formaat": formaat},
            files={"bestanden": (VOORBEELD_CSV.name, bestand, "text/csv")},
            data=velden,
        )


@pytest.mark.parametrize("formaat", ["json", "md", "html"])
async def test_verantwoording_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], formaat: str
) -> None:
    verwacht = cli(
        capsys,
        "verantwoording",
        str(VOORBEELD_CSV),
        "--jaar",
        "2024",
        "--formaat",
        formaat,
        "--gemeenten-15",
        "Altena",
        code=3,  # het voorbeeld heeft zes bewust ongeldige rijen
    )
    antwoord = await _verantwoording(dienst, formaat, jaar="2024", gemeenten_15="Altena")
    assert antwoord.status_code == 200
    assert antwoord.text == verwacht  # byte voor byte hetzelfde verslag
    if formaat == "json":
        Draft202012Validator(json_schema("verantwoording-1")).validate(antwoord.json())
    assert antwoord.headers["passend-toewijzen-uitkomst"] == "onvolledig"
    assert antwoord.headers["passend-toewijzen-afgewezen"] == "6"
    assert 'filename="verantwoording-2024.' in antwoord.headers["content-disposition"]


async def test_verantwoording_excel_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    uitvoer = tmp_path / "verslag.xlsx"
    cli(capsys, "verantwoording", str(VOORBEELD_CSV), "--jaar", "2024", "-o", str(uitvoer), code=3)
    antwoord = await _verantwoording(dienst, "xlsx", jaar="2024")
    assert antwoord.status_code == 200
    assert antwoord.headers["content-type"].startswith("application/vnd.openxmlformats")

    def cellen(inhoud: bytes) -> dict[str, list[tuple[Any, ...]]]:
        boek = load_workbook(io.BytesIO(inhoud), read_only=True)
        return {blad.title: list(blad.iter_rows(values_only=True)) for blad in boek.worksheets}

    assert cellen(antwoord.content) == cellen(uitvoer.read_bytes())


async def test_verantwoording_standaard_json_met_jaar_uit_de_invoer(
    dienst: httpx.AsyncClient,
) -> None:
    with VOORBEELD_CSV.open("rb") as bestand:
        antwoord = await dienst.post(
            "/verantwoording", files={"bestanden": (VOORBEELD_CSV.name, bestand, "text/csv")}
        )
    assert antwoord.status_code == 200
    assert antwoord.headers["content-type"] == "application/json"
    assert antwoord.json()["jaar"] == 2024


async def test_openapi_uit_de_modellen(dienst: httpx.AsyncClient) -> None:
    antwoord = await dienst.get("/openapi.json")
    assert antwoord.status_code == 200
    schema = antwoord.json()
    paden = set(schema["paths"])
    assert {
        "/gezondheid",
        "/parameters",
        "/toets",
        "/toetsen",
        "/tabellen/{naam}/beoordeel",
        "/rangschik",
        "/verantwoording",
    } <= paden
    componenten = schema["components"]["schemas"]
    assert set(componenten["Toewijzing"]["properties"]) == set(Toewijzing.model_fields)
    assert "Huishouden" in componenten
    assert "Woning" in componenten
    aanvraag = schema["paths"]["/toets"]["post"]["requestBody"]["content"]["application/json"]
    assert aanvraag["schema"] == {"$ref": "#/components/schemas/Toewijzing"}
    formulier = schema["paths"]["/verantwoording"]["post"]["requestBody"]["content"]
    velden = formulier["multipart/form-data"]["schema"]["properties"]
    assert {"bestanden", "jaar", "gemeenten_15", "beleid"} <= set(velden)
    # Elke verwijzing in het schema bestaat.
    tekst = json.dumps(schema)
    for deel in tekst.split('"#/components/schemas/')[1:]:
        assert deel.split('"')[0] in componenten
    # Geen Swagger UI of ReDoc: die laden bestanden van buiten.
    assert (await dienst.get("/docs")).status_code == 404
    assert (await dienst.get("/redoc")).status_code == 404


async def test_verantwoording_met_vorig_jaar_gelijk_aan_de_opdrachtregel(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``vorig_jaar``: het JSON-verslag van 2023 naast een bestand met alleen 2024."""
    vorig = tmp_path / "verantwoording-2023.json"
    cli(capsys, "verantwoording", str(VOORBEELD_CSV), "--jaar", "2023", "-o", str(vorig), code=3)
    regels = VOORBEELD_CSV.read_text("utf-8").splitlines(keepends=True)
    alleen_2024 = tmp_path / "toewijzingen-2024.csv"
    alleen_2024.write_text(
        regels[0] + "".join(r for r in regels[1:] if r.split(";")[1].startswith("2024")),
        encoding="utf-8",
    )
    argumenten = [str(alleen_2024), "--jaar", "2024", "--formaat", "json"]
    verwacht = cli(capsys, "verantwoording", *argumenten, "--vorig-jaar", str(vorig), code=3)
    antwoord = await dienst.post(
        "/verantwoording",
        files={
            "bestanden": (alleen_2024.name, alleen_2024.read_bytes(), "text/csv"),
            "vorig_jaar": (vorig.name, vorig.read_bytes(), "application/json"),
        },
        data={"jaar": "2024"},
    )
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.text == verwacht
    # Het vorige jaar twee keer (in het bestand én als verslag) is een fout bij het veld.
    dubbel = await dienst.post(
        "/verantwoording",
        files={
            "bestanden": (VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes(), "text/csv"),
            "vorig_jaar": (vorig.name, vorig.read_bytes(), "application/json"),
        },
        data={"jaar": "2024"},
    )
    assert dubbel.status_code == 422
    assert dubbel.json()["fout"] == "verslag_niet_te_maken"
    assert dubbel.json()["fouten"][0]["veld"] == "vorig_jaar"
    geen_verslag = await dienst.post(
        "/verantwoording",
        files={
            "bestanden": (alleen_2024.name, alleen_2024.read_bytes(), "text/csv"),
            "vorig_jaar": ("iets.json", b'{"jaar": 2023}', "application/json"),
        },
        data={"jaar": "2024"},
    )
    assert geen_verslag.status_code == 422
    assert "vorige jaar" in geen_verslag.json()["melding"]


async def test_verantwoording_met_kopregel_en_blad(
    dienst: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    met_titel = tmp_path / "export.csv"
    met_titel.write_bytes(b"Export van het verhuursysteem;;\r\n\r\n" + VOORBEELD_CSV.read_bytes())
    argumenten = [str(met_titel), "--jaar", "2024", "--formaat", "json", "--kopregel", "3"]
    verwacht = cli(capsys, "verantwoording", *argumenten, code=3)
    antwoord = await dienst.post(
        "/verantwoording",
        files={"bestanden": (met_titel.name, met_titel.read_bytes(), "text/csv")},
        data={"jaar": "2024", "kopregel": "3"},
    )
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.text == verwacht
    fout = await dienst.post(
        "/verantwoording",
        files={"bestanden": (met_titel.name, met_titel.read_bytes(), "text/csv")},
        data={"kopregel": "drie"},
    )
    assert fout.status_code == 422
    assert fout.json()["fouten"][0]["veld"] == "kopregel"
