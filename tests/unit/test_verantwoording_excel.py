"""De Excel-uitvoer: bladen, exacte bedragen, doorlopende bladen, formule-injectie, sjabloon."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from passend_toewijzen.cli import main
from passend_toewijzen.toets import Toetsuitkomst
from passend_toewijzen.verantwoording import KOLOMMEN, Verslag, verantwoord
from passend_toewijzen.verantwoording.rijen import Rijfout, Rijtoewijzing
from passend_toewijzen.verantwoording.uitvoer.excel import (
    AFWIJZINGKOLOMMEN,
    EURO,
    MAX_RIJEN,
    TOEWIJZINGKOLOMMEN,
    Excelschrijver,
    Percentage,
    _naar_cel,
)
from tests.verantwoording_hulp import rij, schrijf_csv

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"

GEVAARLIJK = [
    '=HYPERLINK("http://x","y")',
    "@SUM(A1)",
    "+31 6 1234",
    "-2+3",
    "=1+1",
]


def schrijf(
    tmp_path: Path, rijen: list[dict[str, str]], jaar: int, **opties: Any
) -> tuple[Verslag, Path, list[Toetsuitkomst]]:
    """Verantwoord de rijen en schrijf de werkmap zoals de opdrachtregel dat doet."""
    invoer = schrijf_csv(tmp_path / "invoer.csv", rijen)
    pad = tmp_path / "verslag.xlsx"
    schrijver = Excelschrijver(pad, **opties)
    oordelen: list[Toetsuitkomst] = []

    def oordeel(r: Rijtoewijzing, u: Toetsuitkomst) -> None:
        oordelen.append(u)
        schrijver.oordeel(r, u)

    verslag = verantwoord(
        invoer, jaar, corporatie="Proef", bij_oordeel=oordeel, bij_afwijzing=schrijver.afwijzing
    )
    schrijver.sluit(verslag)
    return verslag, pad, oordelen


def waarden(blad: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in blad.iter_rows(values_only=True)]


def cellen(blad: Worksheet) -> list[Cell]:
    return [c for r in blad.iter_rows() for c in r if isinstance(c, Cell)]


def samenvatting(blad: Worksheet) -> dict[str, tuple[Any, ...]]:
    """Per label in kolom A de waarden van de rij erachter."""
    return {str(r[0]): r[1:] for r in waarden(blad) if r and r[0] is not None}


def test_bladen_toewijzingen_en_exacte_bedragen(tmp_path: Path) -> None:
    rijen = [rij(i, kale_huur="648,75", huishoudinkomen="25.000,10") for i in range(3)]
    rijen.append(rij(9, huishoudinkomen="15000", kale_huur="700,01", gemeente="Leerdam"))
    rijen.append(rij(10, kale_huur="geen"))
    verslag, pad, oordelen = schrijf(tmp_path, rijen, 2024)
    boek = openpyxl.load_workbook(pad)
    assert boek.sheetnames == ["Samenvatting", "Toewijzingen", "Afgewezen", "Matrix", "Gemeenten"]
    toewijzingen = waarden(boek["Toewijzingen"])
    assert toewijzingen[0] == TOEWIJZINGKOLOMMEN
    assert len(toewijzingen) == 1 + len(oordelen) == 5
    eerste = dict(zip(TOEWIJZINGKOLOMMEN, toewijzingen[1], strict=True))
    assert eerste["toewijzing_id"] == "T-00000"
    ingang = eerste["huuringangsdatum"]
    assert isinstance(ingang, datetime)  # een datum, geen tekst
    assert ingang.date() == date(2024, 3, 1)
    assert Decimal(repr(eerste["kale_huur"])) == Decimal("648.75")
    assert Decimal(repr(eerste["huishoudinkomen"])) == Decimal("25000.10")
    assert eerste["aow_huishouden"] == "nee"
    assert eerste["status"] == "bepaald"
    assert eerste["corporatie"] == "Proef"
    for naam in ("kale_huur", "huishoudinkomen", "aftoppingsgrens", "passende_inkomensgrens"):
        cel = boek["Toewijzingen"].cell(row=5, column=TOEWIJZINGKOLOMMEN.index(naam) + 1)
        assert cel.number_format == EURO, naam
        assert cel.data_type == "n", naam
    assert boek["Toewijzingen"].cell(row=2, column=4).number_format == "yyyy-mm-dd"
    niet = dict(zip(TOEWIJZINGKOLOMMEN, toewijzingen[4], strict=True))
    assert niet["passendheid"] == "NIE"
    assert Decimal(repr(niet["kale_huur"])) == Decimal("700.01")
    afgewezen = waarden(boek["Afgewezen"])
    assert afgewezen[0] == AFWIJZINGKOLOMMEN
    assert afgewezen[1][1:4] == (6, "kale_huur", "T-00010")
    assert boek["Toewijzingen"].freeze_panes == "A2"
    assert boek["Toewijzingen"].auto_filter.ref == "A1:S5"
    # Samenvatting: de uitkomst en de normen, percentages naar beneden afgerond.
    s = samenvatting(boek["Samenvatting"])
    assert s["Uitkomst"][0] == "voldoet niet"
    assert s["gelezen rijen"][0] == 5
    assert s["afgewezen"][0] == 1
    passend = next(v for k, v in s.items() if k.startswith("passendheid 2024"))
    assert passend[:3] == (3, 4, 0)
    assert passend[3] == 0.75
    assert passend[4] == 0.95
    assert passend[5:7] == ("voldoet niet", "3/4")
    assert "Aan deze uitkomsten kunnen geen rechten worden ontleend." in s
    gemeenten = waarden(boek["Gemeenten"])
    assert [g[0] for g in gemeenten[1:]] == ["Gorinchem", "Leerdam"]
    assert gemeenten[2][gemeenten[0].index("aandeel_passend")] == 0
    matrix = waarden(boek["Matrix"])
    assert len(matrix) == 1 + len(verslag.matrix) + 2
    assert matrix[-1][0] == "boven de maximale huurgrens"


def test_percentages_naar_beneden_afgerond() -> None:
    boek = openpyxl.Workbook(write_only=True)
    blad = boek.create_sheet()
    # 94,995% mag niet als 95,00% in Excel staan: de opgeslagen waarde is 0,9499.
    cel = _naar_cel(blad, Percentage(Fraction(18999, 20000)))
    assert cel.value == 0.9499
    assert cel.number_format == "0.00%"
    assert _naar_cel(blad, Percentage(Fraction(2, 3))).value == 0.6666


def test_formule_injectie_onmogelijk(tmp_path: Path) -> None:
    rijen = [
        rij(i, toewijzing_id=tekst, gemeente=tekst) for i, tekst in enumerate(GEVAARLIJK, start=1)
    ]
    rijen.append(rij(20, toewijzing_id="@fout", kale_huur="=1+1"))
    _, pad, _ = schrijf(tmp_path, rijen, 2024)
    with zipfile.ZipFile(pad) as archief:
        for naam in archief.namelist():
            if naam.startswith("xl/worksheets/"):
                xml = archief.read(naam).decode()
                assert "<f>" not in xml
                assert "<f " not in xml
    boek = openpyxl.load_workbook(pad)
    gevonden: dict[str, list[Cell]] = {t: [] for t in [*GEVAARLIJK, "@fout"]}
    for naam in boek.sheetnames:
        for cel in cellen(boek[naam]):
            if cel.value in gevonden:
                gevonden[str(cel.value)].append(cel)
    for tekst, lijst in gevonden.items():
        assert lijst, tekst
        for cel in lijst:
            assert cel.data_type == "s", (tekst, cel.coordinate)
            assert cel.quotePrefix, (tekst, cel.coordinate)
    # In Toewijzingen: toewijzing_id en gemeente van elke rij; in Gemeenten: de gemeenten.
    assert len(gevonden['=HYPERLINK("http://x","y")']) == 3
    assert len(gevonden["@fout"]) == 1  # de afgewezen rij
    melding = next(c for c in cellen(boek["Afgewezen"]) if str(c.value).startswith("'=1+1'"))
    assert melding.data_type == "s"
    gewoon = next(c for c in cellen(boek["Toewijzingen"]) if c.value == "Proef")
    assert not gewoon.quotePrefix


def test_onleesbare_tekens_en_te_lange_tekst(tmp_path: Path) -> None:
    pad = tmp_path / "x.xlsx"
    schrijver = Excelschrijver(pad)
    schrijver.afwijzing(Rijfout("a.csv", 2, None, "stuur\x01teken\x1f", "id\x00"))
    schrijver.afwijzing(Rijfout("a.csv", 3, "gemeente", "x" * 40_000))
    schrijver.sluit(verantwoord(schrijf_csv(tmp_path / "a.csv", [rij(1)]), 2024))
    regels = waarden(openpyxl.load_workbook(pad)["Afgewezen"])
    assert regels[1][2:] == (None, "id\\x00", "stuur\\x01teken\\x1f")
    assert len(regels[2][4]) == 32_767
    assert regels[2][4].endswith("…")


def test_doorlopende_bladen_na_het_maximum(tmp_path: Path) -> None:
    assert MAX_RIJEN == 1_048_576
    rijen = [rij(i) for i in range(7)] + [rij(50 + i, aantal_personen="0") for i in range(4)]
    _, pad, oordelen = schrijf(tmp_path, rijen, 2024, max_rijen=4)
    boek = openpyxl.load_workbook(pad)
    assert boek.sheetnames == [
        "Samenvatting",
        "Toewijzingen",
        "Toewijzingen (2)",
        "Toewijzingen (3)",
        "Afgewezen",
        "Afgewezen (2)",
        "Matrix",
        "Gemeenten",
    ]
    ids = []
    for naam in ("Toewijzingen", "Toewijzingen (2)", "Toewijzingen (3)"):
        regels = waarden(boek[naam])
        assert regels[0] == TOEWIJZINGKOLOMMEN
        assert len(regels) <= 4
        ids += [r[2] for r in regels[1:]]
    assert ids == [u.toewijzing_id for u in oordelen] == [f"T-{i:05d}" for i in range(7)]
    assert boek["Toewijzingen (3)"].auto_filter.ref == "A1:S2"
    afgewezen = [r[3] for n in ("Afgewezen", "Afgewezen (2)") for r in waarden(boek[n])[1:]]
    assert afgewezen == [f"T-{50 + i:05d}" for i in range(4)]
    with pytest.raises(ValueError, match="ten minste één rij"):
        Excelschrijver(tmp_path / "y.xlsx", max_rijen=1)


def test_sluiten_kan_maar_een_keer(tmp_path: Path) -> None:
    verslag = verantwoord(schrijf_csv(tmp_path / "a.csv", [rij(1)]), 2024)
    schrijver = Excelschrijver(tmp_path / "x.xlsx")
    schrijver.sluit(verslag)
    with pytest.raises(RuntimeError, match="al gesloten"):
        schrijver.sluit(verslag)


def test_verwerpen_laat_geen_tijdelijke_bestanden_achter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl schrijft elk blad eerst naar een tijdelijk bestand; na verwerpen is dat weg (en
    niet pas als het proces stopt: een dienst draait lang)."""
    tijdelijk = tmp_path / "tmp"
    tijdelijk.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tijdelijk))
    schrijver = Excelschrijver(tmp_path / "verslag.xlsx")
    schrijver.afwijzing(Rijfout("a.csv", 2, "kale_huur", "ongeldig", "T-1"))
    assert list(tijdelijk.iterdir())  # openpyxl schrijft het blad naar een tijdelijk bestand
    schrijver.verwerp()
    schrijver.verwerp()  # mag vaker
    assert list(tijdelijk.iterdir()) == []
    assert not (tmp_path / "verslag.xlsx").exists()


def test_opdrachtregel_schrijft_elke_getoetste_en_afgewezen_rij(tmp_path: Path) -> None:
    pad = tmp_path / "v.xlsx"
    code = main(["verantwoording", str(VOORBEELD), "--jaar", "2024", "--stil", "-o", str(pad)])
    assert code == 3
    verslag = verantwoord(VOORBEELD, 2024)
    boek = openpyxl.load_workbook(pad)
    # De invoer bevat alleen 2023 en 2024: elke geaccepteerde rij is getoetst.
    assert len(waarden(boek["Toewijzingen"])) == 1 + verslag.invoer["geaccepteerd"] == 1995
    fouten = sum(verslag.invoer["fouten_per_kolom"].values())
    assert len(waarden(boek["Afgewezen"])) == 1 + fouten
    s = samenvatting(boek["Samenvatting"])
    assert s["Uitkomst"][0] == "voldoet"
    assert s["in deze verantwoording"][0] == 998
    tweejarig = s["passendheid over 2023 en 2024 samen"]
    assert tweejarig[:3] == (1331, 1335, 0)
    assert tweejarig[6] == "1331/1335"


def test_sjabloon_heeft_alle_kolommen_en_is_zelf_geldige_invoer(tmp_path: Path) -> None:
    pad = tmp_path / "sjabloon.xlsx"
    assert main(["sjabloon", "-o", str(pad)]) == 0
    boek = openpyxl.load_workbook(pad)
    assert boek.sheetnames == ["Toewijzingen", "Kolommen"]
    blad = boek["Toewijzingen"]
    regels = waarden(blad)
    assert list(regels[0]) == [k.naam for k in KOLOMMEN]
    voorbeeld = dict(zip(regels[0], regels[1], strict=True))
    ingang = voorbeeld["huuringangsdatum"]
    assert isinstance(ingang, datetime)
    assert ingang.date() == date(2025, 3, 1)
    assert voorbeeld["kale_huur"] == 648.75
    assert voorbeeld["toewijzing_id"] == "2025-000123"
    assert voorbeeld["aantal_personen"] == 2
    uitleg = waarden(boek["Kolommen"])
    assert uitleg[0] == ("kolom", "soort", "verplicht", "omschrijving", "keuzes", "voorbeeld")
    assert [r[0] for r in uitleg[1:]] == [k.naam for k in KOLOMMEN]
    woningsoort = next(r for r in uitleg if r[0] == "woningsoort")
    assert woningsoort[1:3] == ("keuze", "ja")
    assert woningsoort[4] == "zelfstandig, onzelfstandig, woonwagen, standplaats"
    lijsten = {str(v.sqref).split(":")[0]: v.formula1 for v in blad.data_validations.dataValidation}
    kolom = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[[k.naam for k in KOLOMMEN].index("woningsoort")]
    assert lijsten[f"{kolom}2"] == '"zelfstandig,onzelfstandig,woonwagen,standplaats"'
    # Het sjabloon zelf is geldige invoer: één geaccepteerde toewijzing in 2025.
    verslag = verantwoord(pad, 2025)
    assert (verslag.invoer["geaccepteerd"], verslag.invoer["afgewezen"]) == (1, 0)
    assert verslag.invoer["in_verantwoording"] == 1
    assert verslag.gemeenten[0].gemeente == "Gorinchem"
