"""Opdrachtregel `bereikbaarheid` en `voorraadsjabloon`: formaten, afsluitcodes en fouten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passend_toewijzen.cli import main
from passend_toewijzen.invoer.voorraad import lees_voorraad

WORTEL = Path(__file__).resolve().parents[2]
VOORRAAD = WORTEL / "examples" / "data" / "voorraad.csv"
ZOEKERS = WORTEL / "examples" / "data" / "woningzoekenden-kernen.csv"


def code(argumenten: list[str]) -> int:
    try:
        return main(argumenten)
    except SystemExit as einde:
        return int(einde.code or 0)


BASIS = ["bereikbaarheid", str(VOORRAAD), "--datum", "2016-01-01"]


def test_markdown_op_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert code([*BASIS, "--streefhuur", "72", "--streefhuur", "67,5"]) == 0
    uit = capsys.readouterr().out
    assert uit.startswith("# Bereikbaarheid van het aanbod bij mutatie, peildatum 1 januari 2016")
    assert "| streefhuur 72% | 400 |" in uit
    assert "| streefhuur 67,5% | 400 |" in uit


def test_json_is_byte_voor_byte_gelijk(tmp_path: Path) -> None:
    een, twee = tmp_path / "a.json", tmp_path / "b.json"
    argumenten = [*BASIS, "--streefhuur", "72", "--streefhuur", "67.5", "--tabel", "woongaard-2015"]
    argumenten += ["--woningzoekenden", str(ZOEKERS)]
    assert code([*argumenten, "-o", str(een)]) == 0
    assert code([*argumenten, "-o", str(twee)]) == 0
    assert een.read_bytes() == twee.read_bytes()
    document = json.loads(een.read_text(encoding="utf-8"))
    assert [s["streefhuur_percentage"] for s in document["scenarios"]] == ["72", "67.5"]
    assert document["woningzoekenden"]["totaal"] == 600
    assert document["tabel"]["naam"] == "woongaard-2015"


def test_html_en_xlsx(tmp_path: Path) -> None:
    html = tmp_path / "v.html"
    xlsx = tmp_path / "v.xlsx"
    assert code([*BASIS, "--streefhuur", "72", "-o", str(html)]) == 0
    tekst = html.read_text(encoding="utf-8")
    assert tekst.startswith("<!DOCTYPE html>")
    assert tekst.count("<svg") == 3
    assert "http://" not in tekst.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert code([*BASIS, "--streefhuur", "72", "--verduurzaming", "-o", str(xlsx)]) == 0
    openpyxl = pytest.importorskip("openpyxl")
    boek = openpyxl.load_workbook(xlsx)
    assert boek.sheetnames == ["Scenario's", "Per woning", "Afgewezen rijen", "Toelichting"]
    assert boek["Per woning"].max_row == 401


def test_een_scenariobestand(tmp_path: Path) -> None:
    scenarios = tmp_path / "s.toml"
    scenarios.write_text(
        '[[scenario]]\nnaam = "Verlaagd"\nstreefhuur_percentage = 67.5\n'
        'aftoppen = "aftoppingsgrens_hoog"\n',
        encoding="utf-8",
    )
    uit = tmp_path / "v.json"
    assert code([*BASIS, "--scenarios", str(scenarios), "-o", str(uit)]) == 0
    document = json.loads(uit.read_text(encoding="utf-8"))
    assert document["scenarios"][0]["instellingen"]["aftoppen"] == "aftoppingsgrens_hoog"
    assert document["scenarios"][0]["huurklassen"]["duur_tot_huurgrens"] == 0


def test_afgewezen_rijen_geven_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "v.csv"
    pad.write_text(
        "woning_id;gemeente;woningsoort;daeb;kale_huur;maximale_huur\r\n"
        "A;X;zelfstandig;ja;500;700\r\nB;X;villa;ja;500;700\r\n",
        encoding="utf-8",
    )
    assert code(["bereikbaarheid", str(pad), "--datum", "2016-01-01", "--streefhuur", "72"]) == 3
    fout = capsys.readouterr().err
    assert "1 van 2 rijen (voorraad) afgewezen" in fout


def test_afgewezen_woningzoekenden_geven_ook_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zoekers = tmp_path / "z.csv"
    zoekers.write_text(
        "zoeker_id;inschrijfdatum;aantal_personen;huishoudinkomen;aow_huishouden;actief\r\n"
        "Z1;2015-01-01;2;20000;nee;ja\r\nZ2;2015-01-01;0;20000;nee;ja\r\n",
        encoding="utf-8",
    )
    argumenten = [*BASIS, "--streefhuur", "72", "--woningzoekenden", str(zoekers)]
    assert code([*argumenten, "-o", str(tmp_path / "v.json")]) == 3
    assert "1 van 2 rijen (woningzoekenden) afgewezen" in capsys.readouterr().err
    document = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert document["woningzoekenden"]["totaal"] == 1
    assert document["woningzoekenden"]["afgewezen"][0]["kolom"] == "aantal_personen"


@pytest.mark.parametrize(
    ("extra", "melding"),
    [
        ([], "ten minste één --streefhuur"),
        (["--streefhuur", "0"], "geen streefhuurpercentage"),
        (["--streefhuur", "100,5"], "geen streefhuurpercentage"),
        (["--streefhuur", "72", "--streefhuur", "72,0"], "dezelfde naam"),
        (["--streefhuur", "72", "--tabel", "bestaat-niet"], "geen meegeleverde tabel"),
        (["--streefhuur", "72", "--scenarios", "geen.toml"], "bestaat niet"),
        (["--streefhuur", "72", "-o", "verslag.pdf"], "pdf"),
        (["--streefhuur", "72", "--formaat", "xlsx"], "vraagt -o"),
    ],
)
def test_fouten_geven_2_met_een_melding(
    extra: list[str], melding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert code([*BASIS, *extra]) == 2
    assert melding in capsys.readouterr().err


def test_een_datum_buiten_de_dekking_of_zonder_tabel(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        code(["bereikbaarheid", str(VOORRAAD), "--datum", "2010-01-01", "--streefhuur", "72"]) == 2
    )
    assert "2011-01-01 tot en met" in capsys.readouterr().err
    assert (
        code(["bereikbaarheid", str(VOORRAAD), "--datum", "2017-01-01", "--streefhuur", "72"]) == 2
    )
    assert "2015-10-01 t/m 2016-06-30" in capsys.readouterr().err


def test_het_verslag_overschrijft_nooit_de_invoer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kopie = tmp_path / "voorraad.txt"  # .txt is een CSV-invoer en een Markdown-uitvoer
    kopie.write_bytes(VOORRAAD.read_bytes())
    argumenten = ["bereikbaarheid", str(kopie), "--datum", "2016-01-01", "--streefhuur", "72"]
    assert code([*argumenten, "-o", str(tmp_path / "." / "voorraad.txt")]) == 2
    assert "voorraad.txt" in capsys.readouterr().err
    assert kopie.read_bytes() == VOORRAAD.read_bytes()


def test_het_sjabloon(tmp_path: Path) -> None:
    pad = tmp_path / "voorraad.csv"
    assert code(["voorraadsjabloon", "-o", str(pad)]) == 0
    assert lees_voorraad(pad).geaccepteerd == 1
    assert code(["voorraadsjabloon", "-o", str(pad)]) == 2
    assert code(["voorraadsjabloon", "-o", str(pad), "--overschrijven"]) == 0


def test_motor_kolom_en_rij_geven_hetzelfde_document(tmp_path: Path) -> None:
    """``--motor kolom`` en ``--motor rij`` schrijven byte voor byte hetzelfde JSON-document."""
    argumenten = [*BASIS, "--streefhuur", "72", "--streefhuur", "67.5", "--tabel", "woongaard-2015"]
    uit = {}
    for motor in ("kolom", "rij"):
        uit[motor] = tmp_path / f"{motor}.json"
        assert code([*argumenten, "--motor", motor, "-o", str(uit[motor])]) == 0
    assert uit["kolom"].read_bytes() == uit["rij"].read_bytes()


def test_motor_kolom_met_excel_is_een_fout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """De Excel-uitvoer (per woning) vraagt de rij-motor: met ``--motor kolom`` een melding."""
    xlsx = tmp_path / "v.xlsx"
    assert code([*BASIS, "--streefhuur", "72", "--motor", "kolom", "-o", str(xlsx)]) == 2
    assert "--motor kolom geeft geen huur en klasse per woning" in capsys.readouterr().err
    assert not xlsx.exists()


def test_peildatum_voluit_in_de_verslagen_en_iso_in_json(tmp_path: Path) -> None:
    """Markdown en HTML noemen de peildatum voluit ("1 januari 2016"); JSON houdt ISO."""
    uit = {f: tmp_path / f"v.{f}" for f in ("md", "html", "json")}
    for pad in uit.values():
        assert code([*BASIS, "--streefhuur", "72", "-o", str(pad)]) == 0
    markdown = uit["md"].read_text(encoding="utf-8")
    assert markdown.startswith(
        "# Bereikbaarheid van het aanbod bij mutatie, peildatum 1 januari 2016"
    )
    assert "peildatum 1 januari 2016." in markdown
    html = uit["html"].read_text(encoding="utf-8")
    assert "<title>Bereikbaarheid bij mutatie — peildatum 1 januari 2016</title>" in html
    assert 'data-waarde="2016-01-01">1 januari 2016</span>' in html
    document = json.loads(uit["json"].read_text(encoding="utf-8"))
    assert document["peildatum"] == "2016-01-01"
    assert document["ontvangstbewijs"]["peildatum"] == "2016-01-01"
