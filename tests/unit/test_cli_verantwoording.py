"""Opdrachtregel `verantwoording` en `sjabloon`: formaten, afsluitcodes en fouten."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from passend_toewijzen.cli import main
from passend_toewijzen.verantwoording import open_invoer
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv

VOORBEELD = Path(__file__).resolve().parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"


def code(argumenten: list[str]) -> int:
    try:
        return main(argumenten)
    except SystemExit as einde:
        return int(einde.code or 0)


def goed(tmp_path: Path, **velden: object) -> Path:
    return schrijf_csv(tmp_path / "goed.csv", [rij(i, **velden) for i in range(1, 21)])


def test_voldoet_geeft_0_en_markdown_op_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        code(["verantwoording", str(goed(tmp_path)), "--jaar", "2024", "--corporatie", "Proef"])
        == 0
    )
    uit = capsys.readouterr().out
    assert uit.startswith("# Jaarverantwoording toewijzingen 2024 — Proef")
    assert "**Volledig: alle 20 rijen met gegevens zijn geaccepteerd.**" in uit
    assert "**Uitkomst: voldoet.**" in uit


def test_voldoet_niet_geeft_1(tmp_path: Path) -> None:
    pad = schrijf_csv(
        tmp_path / "slecht.csv",
        [rij(i, huishoudinkomen="15000", kale_huur="800") for i in range(1, 6)],
    )
    assert code(["verantwoording", str(pad), "--jaar", "2024", "-o", str(tmp_path / "v.json")]) == 1
    document = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert document["passendheid"]["eenjarig_voldoet"] is False
    assert document["voldoet"] is False


def test_afgewezen_rijen_geven_3_en_een_foutenbestand(tmp_path: Path) -> None:
    rijen = [rij(i) for i in range(1, 21)] + [rij(99, kale_huur="=1+1", gemeente="@SUM(A1)")]
    pad = schrijf_csv(tmp_path / "a.csv", rijen)
    fouten = tmp_path / "fouten.csv"
    uitvoer = tmp_path / "v.md"
    argumenten = [
        "verantwoording",
        str(pad),
        "--jaar",
        "2024",
        "-o",
        str(uitvoer),
        "--fouten",
        str(fouten),
    ]
    assert code(argumenten) == 3
    with fouten.open(encoding="utf-8", newline="") as bestand:
        regels = list(csv.reader(bestand, delimiter=";"))
    assert regels[0] == ["bestand", "rij", "kolom", "toewijzing_id", "melding"]
    assert regels[1][:4] == ["a.csv", "22", "kale_huur", "T-00099"]
    assert regels[1][4].startswith("'")  # '=1+1' kan geen formule worden
    assert "Afgewezen rijen (1)" in uitvoer.read_text(encoding="utf-8")


def test_voorbeeld_met_tweejarige_norm(tmp_path: Path) -> None:
    uitvoer = tmp_path / "v.json"
    assert (
        code(["verantwoording", str(VOORBEELD), "--jaar", "2024", "--stil", "-o", str(uitvoer)])
        == 3
    )
    document = json.loads(uitvoer.read_text(encoding="utf-8"))
    assert (
        document["invoer"]["gelezen"]
        == document["invoer"]["geaccepteerd"] + document["invoer"]["afgewezen"]
    )
    assert document["invoer"]["afgewezen"] == 6
    assert document["passendheid"]["tweejarig"]["jaren"] == [2023, 2024]
    assert document["corporatie"] == "Woonstichting De Voorbeeldhoeve"


def test_kolomkoppeling_gemeenten_15_en_vorig_jaar(tmp_path: Path) -> None:
    koppen = [("Netto huur" if k == "kale_huur" else k) for k in KOPPEN]
    rijen = [
        {
            ("Netto huur" if k == "kale_huur" else k): v
            for k, v in rij(i, gemeente="Leerdam").items()
        }
        for i in range(1, 11)
    ]
    pad = schrijf_csv(tmp_path / "eigen.csv", rijen, koppen=koppen)
    vorig = tmp_path / "vorig.json"
    rijen_2023 = [
        rij(i, huuringangsdatum="2023-03-01", toewijzingsdatum="2023-02-01") for i in range(1, 11)
    ]
    pad_2023 = schrijf_csv(tmp_path / "2023.csv", rijen_2023)
    assert (
        code(
            ["verantwoording", str(pad_2023), "--jaar", "2023", "--corporatie", "Proef"]
            + ["-o", str(vorig)]
        )
        == 0
    )
    uitvoer = tmp_path / "v.json"
    argumenten = [
        "verantwoording",
        str(pad),
        "--jaar",
        "2024",
        "--kolom",
        "Netto huur=kale_huur",
        "--gemeenten-15",
        "Leerdam,Gorinchem",
        "--vorig-jaar",
        str(vorig),
        "-o",
        str(uitvoer),
        "--corporatie",
        "Proef",
    ]
    assert code(argumenten) == 0
    document = json.loads(uitvoer.read_text(encoding="utf-8"))
    assert document["daeb"]["gemeenten_prestatieafspraken_15"] == ["Gorinchem", "Leerdam"]
    assert document["passendheid"]["tweejarig"]["herkomst_vorig_jaar"] == "opgegeven verslag"
    assert any("Gorinchem" in o for o in document["opmerkingen"])


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["verantwoording", "bestaat-niet.csv"], "bestand niet gevonden"),
        (["verantwoording", "{goed}", "--kolom", "zonder-is"], "EIGEN=SCHEMA"),
        (
            ["verantwoording", "{goed}", "--jaar", "2021", "--gemeenten-15", "Gorinchem"],
            "pas vanaf 2022",
        ),
        (
            ["verantwoording", "{goed}", "--vorig-jaar", "{goed}"],
            "geen bruikbaar verslag van het vorige jaar",
        ),
        (["verantwoording", "{goed}", "--formaat", "pdf"], "ongeldige keuze"),
        (["verantwoording", "{leeg}"], "verplichte kolom"),
        (["verantwoording", "{goed}", "--codering", "klingon"], "onbekende codering"),
    ],
)
def test_fouten_geven_2_met_een_regel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argumenten: list[str], melding: str
) -> None:
    leeg = tmp_path / "leeg.csv"
    leeg.write_text("a;b\r\n", encoding="utf-8")
    vervang = {"{goed}": str(goed(tmp_path)), "{leeg}": str(leeg)}
    assert code([vervang.get(a, a) for a in argumenten]) == 2
    fout = capsys.readouterr().err
    assert melding in fout
    assert fout.count("\n") == 1


def test_sjabloon_csv_is_leesbaar(tmp_path: Path) -> None:
    pad = tmp_path / "sjabloon.csv"
    assert code(["sjabloon", "-o", str(pad)]) == 0
    invoer = open_invoer(pad)
    assert invoer.kolommen == tuple(KOPPEN)
    assert len(list(invoer.rijen())) == 1
