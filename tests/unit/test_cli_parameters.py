"""Opdrachtregel `passend-toewijzen parameters`."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from passend_toewijzen.cli import main
from passend_toewijzen.parameters import beschikbare_periode

VAN, TOT = beschikbare_periode()


def test_tekstuitvoer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--datum", "2024-03-01"]) == 0
    uit = capsys.readouterr().out
    assert "Wettelijke parameters op 2024-03-01" in uit
    assert "daeb_huurgrens" in uit
    assert "bron:" in uit
    assert "Niet van kracht op deze datum" in uit


def test_json_is_een_document_met_exacte_bedragen(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--datum", "2024-03-01", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["peildatum"] == "2024-03-01"
    grens = document["parameters"]["daeb_huurgrens"]
    assert isinstance(grens["waarde"], str)
    assert Decimal(grens["waarde"]) > 0
    assert grens["bron"]["url"].startswith("http")
    assert grens["geldig_vanaf"] <= "2024-03-01"
    assert "liberalisatiegrens" in document["niet_van_kracht"]
    for waarde in document["parameters"].values():
        assert not isinstance(waarde["waarde"], float)


@pytest.mark.parametrize("datum", ["1999-12-31", "2099-01-01"])
def test_buiten_dekking_een_regel_en_code(datum: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parameters", "--datum", datum])
    assert info.value.code == 2
    fout = capsys.readouterr().err
    assert fout.count("\n") == 1
    assert fout.startswith("fout: ")
    assert VAN.isoformat() in fout
    assert TOT.isoformat() in fout


@pytest.mark.parametrize(
    ("datum", "melding"),
    [
        ("2024-02-30", "'2024-02-30' is geen bestaande datum"),
        ("31-04-2024", "'31-04-2024' is geen bestaande datum"),
        ("morgen", "'morgen' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ"),
        ("2024-03-01T25:00", "heeft geen geldige tijd"),
    ],
)
def test_ongeldige_datum(datum: str, melding: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parameters", "--datum", datum])
    assert info.value.code == 2
    fout = capsys.readouterr().err
    assert fout.count("\n") == 1
    assert melding in fout


@pytest.mark.parametrize("datum", ["01-03-2024", "1-3-2024", "2024-03-01 10:30", "01.03.2024"])
def test_datum_zoals_in_bestanden(datum: str, capsys: pytest.CaptureFixture[str]) -> None:
    """De opdrachtregel leest datums met dezelfde omzetter als de bestanden."""
    assert main(["parameters", "--datum", datum, "--json"]) == 0
    assert '"peildatum": "2024-03-01"' in capsys.readouterr().out


def test_onbekende_opdracht_en_geen_opdracht(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["bestaatniet"])
    assert info.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err
    assert main([]) == 2
    assert "gebruik:" in capsys.readouterr().out


def test_hulp_is_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parameters", "--help"])
    assert info.value.code == 0
    uit = capsys.readouterr().out
    assert "gebruik:" in uit
    assert "peildatum" in uit


def test_versie(capsys: pytest.CaptureFixture[str]) -> None:
    from passend_toewijzen import __version__

    with pytest.raises(SystemExit):
        main(["--versie"])
    assert __version__ in capsys.readouterr().out


def test_als_module_en_als_script() -> None:
    uit = subprocess.run(
        [
            sys.executable,
            "-m",
            "passend_toewijzen",
            "parameters",
            "--datum",
            "2020-01-01",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(uit)["peildatum"] == "2020-01-01"
