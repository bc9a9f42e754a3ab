"""Een tabel op haar prijspeil naast de bedragen van een datum (issue 12, punt 4).

Woongaard publiceerde de tabel met de bedragen van 2015: aftoppingsgrenzen € 576,87 en € 618,24
en maximale huurgrens (toen liberalisatiegrens) € 710,68. :func:`tabel_op_prijspeil` zet die
naast de bedragen van de gevraagde datum, met de wettelijke indexatie en elke stap daartussen.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.cli import main
from passend_toewijzen.fouten import OnvoldoendeGegevens
from passend_toewijzen.tabellen import (
    Prijspeilgrens,
    laad_tabel,
    lees_tabel,
    tabel_op_prijspeil,
)

VOORBEELDEN = Path(__file__).resolve().parents[2] / "examples" / "data"


def _per_parameter(datum: date) -> dict[str | None, Prijspeilgrens]:
    overzicht = tabel_op_prijspeil(laad_tabel("woongaard-2015"), datum)
    return {g.parameter: g for g in overzicht.grenzen}


def test_woongaard_op_prijspeil_2015_naast_2018() -> None:
    grenzen = _per_parameter(date(2018, 3, 1))
    assert [
        (n, grenzen[n].op_prijspeil, grenzen[n].op_datum)
        for n in ("aftoppingsgrens_laag", "aftoppingsgrens_hoog", "daeb_huurgrens")
    ] == [
        ("aftoppingsgrens_laag", Decimal("576.87"), Decimal("597.30")),
        ("aftoppingsgrens_hoog", Decimal("618.24"), Decimal("640.14")),
        ("daeb_huurgrens", Decimal("710.68"), Decimal("710.68")),
    ]
    laag = grenzen["aftoppingsgrens_laag"]
    assert laag.prijspeil_vanaf == date(2015, 1, 1)
    assert laag.stappen == (
        (date(2016, 1, 1), Decimal("586.68")),
        (date(2017, 1, 1), Decimal("592.55")),
        (date(2018, 1, 1), Decimal("597.30")),
    )
    assert laag.verhouding == Decimal("1.0354")
    assert "huurprijsontwikkeling" in laag.indexatie
    assert "art. 27 lid 1" in grenzen["daeb_huurgrens"].indexatie
    assert grenzen["daeb_huurgrens"].verhouding == Decimal("1.0000")


def test_een_grens_die_op_het_prijspeil_nog_niet_bestond() -> None:
    """De passende inkomensgrens bestaat pas vanaf 2016; de hogere DAEB-grens vanaf 1 juli 2015
    (dan geldt het eerste bedrag in het prijspeiljaar)."""
    grenzen = _per_parameter(date(2018, 3, 1))
    passend = grenzen["passend_inkomensgrens_eenpersoons"]
    assert passend.op_prijspeil is None
    assert passend.prijspeil_vanaf is None
    assert passend.verhouding is None
    assert passend.op_datum == Decimal(22400)
    assert passend.reden is not None
    assert "geldt pas vanaf 2016-01-01" in passend.reden
    assert passend.stappen[0] == (date(2016, 1, 1), Decimal(22100))
    hoog = grenzen["daeb_inkomensgrens_hoog"]
    assert (hoog.op_prijspeil, hoog.prijspeil_vanaf) == (Decimal(38950), date(2015, 7, 1))
    assert hoog.stappen[0] == (date(2016, 1, 1), Decimal(39874))


def test_een_op_de_datum_onbekende_grens() -> None:
    """2020: de DAEB-inkomensgrens is niet gevonden (onbekend): geen bedrag, geen verhouding, de
    reden, en de stap van 2020 zonder bedrag."""
    grens = _per_parameter(date(2020, 3, 1))["daeb_inkomensgrens"]
    assert grens.op_prijspeil == Decimal(34911)
    assert grens.op_datum is None
    assert grens.verhouding is None
    assert grens.reden is not None
    assert grens.reden.startswith("op 2020-03-01 onbekend: ")
    assert grens.stappen[-1] == (date(2020, 1, 1), None)
    assert grens.als_dict()["stappen"][-1] == {"geldig_vanaf": "2020-01-01", "bedrag": None}
    tekst = tabel_op_prijspeil(laad_tabel("woongaard-2015"), date(2020, 3, 1)).als_tekst()
    assert "€ 34.911 → onbekend" in tekst
    assert "2020-01-01 onbekend" in tekst


def test_een_vaste_grens_en_de_toepasselijke_aftoppingsgrens() -> None:
    tabel = laad_tabel(str(VOORBEELDEN / "eigen-tabel.toml"))
    overzicht = tabel_op_prijspeil(tabel, date(2026, 3, 1))
    vast = [g for g in overzicht.grenzen if g.parameter is None]
    assert len(vast) == 1
    assert (vast[0].op_prijspeil, vast[0].op_datum) == (Decimal(900), Decimal(900))
    assert vast[0].indexatie == "vast bedrag uit de tabel: niet geïndexeerd"
    assert vast[0].stappen == ()
    assert vast[0].verhouding == Decimal("1.0000")
    laag = next(g for g in overzicht.grenzen if g.parameter == "aftoppingsgrens_laag")
    assert laag.symbool == "aftoppingsgrens"
    assert (laag.op_prijspeil, laag.op_datum) == (Decimal("682.96"), Decimal("713.02"))
    assert laag.stappen == ((date(2026, 1, 1), Decimal("713.02")),)
    tekst = overzicht.als_tekst()
    assert "vast bedrag: € 900 → € 900 (× 1,0000)" in tekst
    assert "de toepasselijke aftoppingsgrens (aftoppingsgrens_laag): € 682,96 → € 713,02" in tekst


def test_een_prijspeil_buiten_de_dekking() -> None:
    """Een prijspeil vóór 2011 ligt buiten de parameterdata: geen bedrag, met de reden."""
    tekst = (VOORBEELDEN / "eigen-tabel.toml").read_text(encoding="utf-8")
    oud = lees_tabel(tekst.replace("prijspeil = 2025", "prijspeil = 2005").encode(), "oud.toml")
    grens = next(
        g
        for g in tabel_op_prijspeil(oud, date(2025, 3, 1)).grenzen
        if g.parameter == "aftoppingsgrens_laag"
    )
    assert grens.op_prijspeil is None
    assert grens.reden is not None
    assert grens.reden.startswith("op het prijspeil (2005) geen bedrag: ")


def test_een_tabel_zonder_prijspeil() -> None:
    with pytest.raises(OnvoldoendeGegevens, match="noemt geen prijspeil"):
        tabel_op_prijspeil(laad_tabel("woonkeus-stedendriehoek-2021"), date(2021, 3, 1))


def test_als_dict_en_tekst() -> None:
    overzicht = tabel_op_prijspeil(laad_tabel("woongaard-2015"), date(2018, 3, 1))
    document = overzicht.als_dict()
    assert (document["tabel"], document["prijspeil"], document["datum"]) == (
        "woongaard-2015",
        2015,
        "2018-03-01",
    )
    laag = document["grenzen"][0]
    assert laag == {
        "symbool": "aftoppingsgrens_laag",
        "parameter": "aftoppingsgrens_laag",
        "op_prijspeil": "576.87",
        "prijspeil_vanaf": "2015-01-01",
        "op_datum": "597.30",
        "verhouding": "1.0354",
        "indexatie": laag["indexatie"],
        "stappen": [
            {"geldig_vanaf": "2016-01-01", "bedrag": "586.68"},
            {"geldig_vanaf": "2017-01-01", "bedrag": "592.55"},
            {"geldig_vanaf": "2018-01-01", "bedrag": "597.30"},
        ],
        "reden": None,
    }
    tekst = overzicht.als_tekst()
    assert tekst.startswith(
        "Prijspeil 2015 van Huur-inkomenstabel Woongaard (prijspeil 2015) en de bedragen op "
        "2018-03-01:\n"
    )
    assert "  de lage aftoppingsgrens (aftoppingsgrens_laag): € 576,87 → € 597,30 (× 1,0354)" in (
        tekst
    )
    assert (
        "de hogere DAEB-inkomensgrens (daeb_inkomensgrens_hoog): € 38.950 (vanaf 2015-07-01)"
        in (tekst)
    )
    assert "stappen: 2016-01-01 € 586,68; 2017-01-01 € 592,55; 2018-01-01 € 597,30" in tekst


def test_opdrachtregel_met_prijspeil(capsys: pytest.CaptureFixture[str]) -> None:
    argumenten = ["tabel", "--tabel", "woongaard-2015", "--datum", "2018-03-01", "--prijspeil"]
    assert main(argumenten) == 0
    tekst = capsys.readouterr().out
    assert "bedragen op 2018-03-01" in tekst
    assert "Prijspeil 2015 van" in tekst
    assert "€ 576,87 → € 597,30" in tekst
    assert main([*argumenten, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["tabel"] == "woongaard-2015"
    assert document["prijspeiloverzicht"]["grenzen"][0]["op_prijspeil"] == "576.87"
    assert main(argumenten[:-1] + ["--json"]) == 0
    assert "prijspeiloverzicht" not in json.loads(capsys.readouterr().out)
