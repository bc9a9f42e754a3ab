"""Opdrachtregel `passend-toewijzen toets`: snelle opties, --invoer, JSON-contract en fouten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passend_toewijzen.cli import main

SNEL = [
    "toets",
    "--huuringangsdatum",
    "2024-03-01",
    "--personen",
    "2",
    "--inkomen",
    "25000",
    "--kale-huur",
    "650.43",
]


def uitvoer(capsys: pytest.CaptureFixture[str], argumenten: list[str]) -> dict[str, object]:
    assert main(argumenten) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    document = uitvoer(capsys, [*SNEL, "--json"])
    assert document["passendheid"] == "PAS"
    assert document["toewijzingssegment"] == "doelgroep"
    assert isinstance(document["uitleg"], list)
    assert document["uitleg"]
    assert isinstance(document["ontvangstbewijs"], dict)
    assert document["ontvangstbewijs"]["peildatum"] == "2024-03-01"


def test_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(SNEL) == 0
    tekst = capsys.readouterr().out
    assert "Passendheid:        PAS" in tekst
    assert "[PT-05]" in tekst


def test_decimale_komma_en_aow(capsys: pytest.CaptureFixture[str]) -> None:
    document = uitvoer(
        capsys,
        [
            "toets",
            "--huuringangsdatum",
            "2024-03-01",
            "--personen",
            "1",
            "--inkomen",
            "27.225,00",
            "--kale-huur",
            "650,44",
            "--aow",
            "--json",
        ],
    )
    assert document["passendheid"] == "NIE"
    assert document["huishoudtype"] == "eenpersoons_aow"


def test_invoerbestand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = tmp_path / "toewijzing.json"
    bestand.write_text(
        json.dumps(
            {
                "huishouden": {
                    "personen": [{"rol": "aanvrager", "geboortedatum": "1980-01-01"}],
                    "vastgesteld_inkomen": 30000.00,
                },
                "woning": {
                    "id": "W-9",
                    "kale_huur": 700.10,
                    "soort": "zelfstandig",
                    "daeb": True,
                    "gemeente": "Tiel",
                },
                "toewijzingsdatum": "2024-02-01",
                "huuringangsdatum": "2024-03-01",
            }
        ),
        encoding="utf-8",
    )
    document = uitvoer(capsys, ["toets", "--invoer", str(bestand), "--json"])
    assert document["passendheid"] == "NVT"
    assert document["kale_huur"] == "700.10"
    assert document["gemeente"] == "Tiel"


def fout(capsys: pytest.CaptureFixture[str], argumenten: list[str]) -> str:
    with pytest.raises(SystemExit) as info:
        main(argumenten)
    assert info.value.code == 2
    melding = capsys.readouterr().err
    assert melding.count("\n") == 1
    assert melding.startswith("fout: ")
    return melding


def test_ongeldig_invoerbestand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = tmp_path / "fout.json"
    bestand.write_text('{"huishouden": {"personen": []}}', encoding="utf-8")
    melding = fout(capsys, ["toets", "--invoer", str(bestand)])
    assert "huishouden.personen" in melding
    assert "woning: verplicht veld ontbreekt" in melding
    assert "niet te lezen" in fout(capsys, ["toets", "--invoer", str(tmp_path / "weg.json")])


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["toets"], "ontbreekt: --huuringangsdatum, --personen, --inkomen, --kale-huur"),
        ([*SNEL[:-1], "-1"], "negatief"),
        ([*SNEL[:-1], "12.345"], "'12.345' is dubbelzinnig"),
        (
            [
                "toets",
                "--huuringangsdatum",
                "2024-03-01",
                "--personen",
                "0",
                "--inkomen",
                "1",
                "--kale-huur",
                "1",
            ],
            "aantal personen",
        ),
        (["toets", "--invoer", "x.json", "--personen", "1"], "gaat niet samen"),
        (
            [
                "toets",
                "--huuringangsdatum",
                "2040-01-01",
                "--personen",
                "1",
                "--inkomen",
                "1",
                "--kale-huur",
                "1",
            ],
            "2011-01-01 tot en met 2026-12-31",
        ),
        (
            [
                "toets",
                "--huuringangsdatum",
                "2024-03-01",
                "--toewijzingsdatum",
                "2024-04-01",
                "--personen",
                "1",
                "--inkomen",
                "1",
                "--kale-huur",
                "1",
            ],
            "ligt vóór de toewijzingsdatum",
        ),
    ],
)
def test_fouten(argumenten: list[str], melding: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert melding in fout(capsys, argumenten)


def test_niet_strikt_en_beleid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    beleid = tmp_path / "beleid.toml"
    beleid.write_text('[beleid]\nnaam = "Voorbeeld"\n', encoding="utf-8")
    document = uitvoer(capsys, [*SNEL, "--beleid", str(beleid), "--json", "--niet-strikt"])
    assert str(document["ontvangstbewijs"]["beleid"]).startswith("Voorbeeld")  # type: ignore[index]
