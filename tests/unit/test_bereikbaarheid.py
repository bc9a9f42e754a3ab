"""Bereikbaarheid: scenario's met de hand nagerekend, grenzen aan beide kanten, afronden, aftoppen.

Grenzen op 1 januari 2016 (Wet op de huurtoeslag): kwaliteitskortingsgrens € 409,92, lage
aftoppingsgrens € 586,68, hoge € 628,76, maximale huurgrens € 710,68.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from passend_toewijzen.bereikbaarheid import (
    Aftopping,
    Scenario,
    als_json,
    als_markdown,
    bereikbaar,
    bereken_bereikbaarheid,
    huur_bij_mutatie,
    laad_scenarios,
    streefhuur,
)
from passend_toewijzen.fouten import DatumBuitenDekking, DatumBuitenTabel, ParameterdataOngeldig
from passend_toewijzen.parameters.huurprijstabellen import GeenHuurprijstabel

PEILDATUM = date(2016, 1, 1)
KOP = (
    "woning_id;gemeente;kern;woningsoort;daeb;kale_huur;maximale_huur;punten;mutatiekans;"
    "huurverhoging_verduurzaming;streefhuur_percentage"
)
# A: 814,83 x 72% = 586,6776 -> 586,68 (precies de lage aftoppingsgrens: bereikbaar)
# B: 814,85 x 72% = 586,692  -> 586,69 (een cent erboven: niet voor 1-2 personen)
# C: 873,28 x 72% = 628,7616 -> 628,76 (precies de hoge aftoppingsgrens)
# D: 1000 x 72% = 720,00 (vrije sector)
# E: 500 x 72% = 360,00 (goedkoop)
# F: 400,01 x 50% (eigen percentage) = 200,005 -> 200,01 (een halve cent naar boven)
REGELS = (
    "A;Altena;Almkerk;zelfstandig;ja;500;814,83;;0,1;10;",
    "B;Altena;Almkerk;zelfstandig;ja;500;814,85;;0,2;;",
    "C;Altena;Dussen;zelfstandig;ja;500;873,28;;;;",
    "D;Gorinchem;;zelfstandig;nee;500;1000;;0,05;;",
    "E;Gorinchem;Dalem;zelfstandig;ja;300;500;;0,15;;",
    "F;Gorinchem;Dalem;zelfstandig;ja;150;400,01;;0,5;;50",
)


@pytest.fixture
def voorraad(tmp_path: Path) -> Path:
    pad = tmp_path / "voorraad.csv"
    pad.write_text("\r\n".join((KOP, *REGELS)) + "\r\n", encoding="utf-8")
    return pad


def _scenario(doc: dict[str, Any], nummer: int = 0) -> dict[str, Any]:
    scenario: dict[str, Any] = doc["scenarios"][nummer]
    return scenario


def test_het_gouden_scenario_72_en_67_5(voorraad: Path) -> None:
    doc = bereken_bereikbaarheid(voorraad, PEILDATUM, [72, "67.5"]).document()
    een, twee = doc["scenarios"]
    assert een["streefhuur_percentage"] == "72"
    assert twee["streefhuur_percentage"] == "67.5"
    assert een["woningen"] == 6
    assert een["mutatieaanbod"] == "2.00"
    assert een["huurklassen"] == {
        "goedkoop": 2,
        "betaalbaar_laag": 1,
        "betaalbaar_hoog": 2,
        "duur_tot_huurgrens": 0,
        "vrije_sector": 1,
    }
    laag, hoog = een["bereikbaar"]["een_twee_personen"], een["bereikbaar"]["drie_of_meer"]
    assert (laag["aantal"], laag["aandeel_exact"], laag["aandeel"], laag["percentage"]) == (
        3,
        "1/2",
        "0.500000",
        "50.0",
    )
    assert (hoog["aantal"], hoog["aandeel_exact"], hoog["percentage"]) == (5, "5/6", "83.3")
    # Mutatieaanbod: A 0,1 + E 0,15 + F 0,5 = 0,75 van 2,00; drie of meer: alles behalve D.
    assert laag["mutatieaanbod"] == {
        "gewicht": "0.75",
        "aandeel": "0.375000",
        "aandeel_exact": "3/8",
        "percentage": "37.5",
    }
    assert hoog["mutatieaanbod"]["aandeel_exact"] == "39/40"
    # 67,5%: A 550,01, B 550,02, C 589,46, D 675,00, E 337,50, F 200,01
    assert twee["huurklassen"] == {
        "goedkoop": 2,
        "betaalbaar_laag": 2,
        "betaalbaar_hoog": 1,
        "duur_tot_huurgrens": 1,
        "vrije_sector": 0,
    }
    assert twee["bereikbaar"]["een_twee_personen"]["aandeel_exact"] == "2/3"
    assert twee["bereikbaar"]["een_twee_personen"]["percentage"] == "66.6"
    assert twee["bereikbaar"]["drie_of_meer"]["aandeel_exact"] == "5/6"
    assert doc["invoer"]["mutatiekans"]["woningen_met_standaard"] == 1
    assert doc["invoer"]["mutatiekans"]["standaard"] == "1"


def test_per_gemeente_en_kern(voorraad: Path) -> None:
    doc = bereken_bereikbaarheid(voorraad, PEILDATUM, [72]).document()
    gemeenten = {g["gemeente"]: g for g in _scenario(doc)["gemeenten"]}
    assert list(gemeenten) == ["Altena", "Gorinchem"]
    altena = gemeenten["Altena"]
    assert altena["woningen"] == 3
    assert altena["bereikbaar"]["een_twee_personen"]["aandeel_exact"] == "1/3"
    assert [k["kern"] for k in altena["kernen"]] == ["Almkerk", "Dussen"]
    gorinchem = gemeenten["Gorinchem"]
    assert [k["kern"] for k in gorinchem["kernen"]] == [None, "Dalem"]
    dalem = gorinchem["kernen"][1]
    assert dalem["bereikbaar"]["een_twee_personen"]["aandeel_exact"] == "1/1"


def test_per_woning_huur_en_klasse(voorraad: Path) -> None:
    uitkomst = bereken_bereikbaarheid(voorraad, PEILDATUM, [72])
    huren = {w.woning_id: u[0].huur for w, _, u in uitkomst.per_woning()}
    assert huren == {
        "A": Decimal("586.68"),
        "B": Decimal("586.69"),
        "C": Decimal("628.76"),
        "D": Decimal("720.00"),
        "E": Decimal("360.00"),
        "F": Decimal("200.01"),
    }
    herkomst = {w.woning_id: u[0].herkomst_percentage for w, _, u in uitkomst.per_woning()}
    assert herkomst["F"] == "woning"
    assert herkomst["A"] == "scenario"


def test_verduurzaming_en_aftoppen(voorraad: Path) -> None:
    scenarios = [
        Scenario("duurzaam", Decimal(72), verduurzaming=True),
        Scenario("afgetopt", Decimal(72), aftoppen=Aftopping.AFTOPPINGSGRENS_LAAG),
        Scenario(
            "afgetopt daeb",
            Decimal(72),
            aftoppen=Aftopping.MAXIMALE_HUURGRENS,
            aftoppen_alleen_daeb=True,
        ),
    ]
    doc = bereken_bereikbaarheid(voorraad, PEILDATUM, scenarios).document()
    duurzaam, afgetopt, daeb = doc["scenarios"]
    # A: 586,68 + 10 = 596,68: niet meer bereikbaar voor 1-2 personen
    assert duurzaam["bereikbaar"]["een_twee_personen"]["aantal"] == 2
    assert afgetopt["bereikbaar"]["een_twee_personen"]["aantal"] == 6
    assert afgetopt["afgetopt"]["aantal"] == 3  # B, C en D
    # D is niet-DAEB: niet afgetopt, dus nog steeds vrije sector
    assert daeb["huurklassen"]["vrije_sector"] == 1
    assert daeb["afgetopt"]["aantal"] == 0


def test_segment_en_kern_percentages(voorraad: Path) -> None:
    scenario = Scenario(
        "mix",
        Decimal(72),
        segmenten={"niet_daeb": Decimal(60)},
        kernen={"Almkerk": Decimal("67.5")},
        woningpercentage=False,
    )
    uitkomst = bereken_bereikbaarheid(voorraad, PEILDATUM, [scenario])
    per = {w.woning_id: u[0] for w, _, u in uitkomst.per_woning()}
    assert (per["A"].percentage, per["A"].herkomst_percentage) == (Decimal("67.5"), "kern")
    assert (per["D"].percentage, per["D"].herkomst_percentage) == (Decimal(60), "segment")
    assert (per["F"].percentage, per["F"].herkomst_percentage) == (Decimal(72), "scenario")


@pytest.mark.parametrize(
    ("huur", "grens", "verwacht"),
    [("586.68", "586.68", True), ("586.69", "586.68", False), ("586.67", "586.68", True)],
)
def test_niet_hoger_dan_de_aftoppingsgrens(huur: str, grens: str, verwacht: bool) -> None:
    assert bereikbaar(Decimal(huur), Decimal(grens)) is verwacht


def test_afronden_een_halve_cent_naar_boven() -> None:
    assert streefhuur(Decimal("400.01"), Decimal(50)) == Decimal("200.01")
    assert streefhuur(Decimal("400.03"), Decimal(50)) == Decimal("200.02")  # 200,015 -> 200,02
    assert streefhuur(Decimal("814.83"), Decimal(72)) == Decimal("586.68")
    assert huur_bij_mutatie(Decimal(800), Decimal("67.5"), Decimal("12.50")) == Decimal("552.50")
    with pytest.raises(ValueError, match="ten hoogste op 100"):
        streefhuur(Decimal(800), Decimal("100.5"))
    with pytest.raises(ValueError, match="boven 0"):
        streefhuur(Decimal(800), Decimal(0))


def test_dezelfde_invoer_geeft_dezelfde_bytes(voorraad: Path) -> None:
    een = als_json(bereken_bereikbaarheid(voorraad, PEILDATUM, [72, "67.5"]))
    twee = als_json(bereken_bereikbaarheid(voorraad, PEILDATUM, [72, "67.5"]))
    assert een == twee
    assert json.loads(een)["schema"] == "bereikbaarheid-1"
    assert "## Scenario's naast elkaar" in als_markdown(
        bereken_bereikbaarheid(voorraad, PEILDATUM, [72])
    )


def test_punten_met_de_officiele_tabel(tmp_path: Path) -> None:
    pad = tmp_path / "punten.csv"
    pad.write_text(
        "woning_id;gemeente;woningsoort;daeb;kale_huur;punten\r\n"
        "P1;Altena;zelfstandig;ja;500;145\r\n"  # 1-10-2015: 708,57 x 72% = 510,1704 -> 510,17
        "P2;Altena;zelfstandig;ja;500;260\r\n"  # buiten de tabel
        "P3;Altena;woonwagen;ja;500;100\r\n",  # geen tabel voor woonwagens
        encoding="utf-8",
    )
    uitkomst = bereken_bereikbaarheid(pad, PEILDATUM, [72])
    doc = uitkomst.document()
    assert [(w.woning_id, m) for w, m in uitkomst.woningen] == [("P1", Decimal("708.57"))]
    assert next(u[0].huur for _, _, u in uitkomst.per_woning()) == Decimal("510.17")
    assert doc["invoer"]["afgewezen"] == 2
    assert doc["invoer"]["geaccepteerd"] == 1
    assert [(f["woning_id"], f["kolom"]) for f in doc["afgewezen"]] == [
        ("P2", "punten"),
        ("P3", "punten"),
    ]
    assert doc["huurprijstabel"]["geldig_vanaf"] == "2015-10-01"
    with pytest.raises(GeenHuurprijstabel, match="2015-10-01 t/m 2016-06-30"):
        bereken_bereikbaarheid(pad, date(2017, 1, 1), [72])


def test_punten_met_de_tabel_van_de_wet_betaalbare_huur(tmp_path: Path) -> None:
    pad = tmp_path / "punten.csv"
    pad.write_text(
        "woning_id;gemeente;woningsoort;daeb;kale_huur;punten\r\n"
        "P1;Altena;zelfstandig;ja;500;145\r\n"  # 1-1-2026: 946,61 x 72% = 681,5592 -> 681,56
        "P2;Altena;zelfstandig;ja;500;251\r\n",  # boven de tabel
        encoding="utf-8",
    )
    uitkomst = bereken_bereikbaarheid(pad, date(2026, 3, 1), [72])
    doc = uitkomst.document()
    assert [(w.woning_id, m) for w, m in uitkomst.woningen] == [("P1", Decimal("946.61"))]
    assert next(u[0].huur for _, _, u in uitkomst.per_woning()) == Decimal("681.56")
    assert [(f["woning_id"], f["kolom"]) for f in doc["afgewezen"]] == [("P2", "punten")]
    assert doc["huurprijstabel"]["geldig_vanaf"] == "2026-01-01"
    assert doc["huurprijstabel"]["status"] == "definitief"


def test_een_datum_buiten_de_dekking_noemt_de_periode(voorraad: Path) -> None:
    with pytest.raises(DatumBuitenDekking, match="2011-01-01 tot en met"):
        bereken_bereikbaarheid(voorraad, date(2010, 1, 1), [72])


def test_met_de_huur_inkomenstabel(voorraad: Path) -> None:
    doc = bereken_bereikbaarheid(voorraad, PEILDATUM, [72], tabel="woongaard-2015").document()
    groepen = {g["groep"]: g for g in _scenario(doc)["tabel"]}
    # primair 1-2: voorrang tot de lage aftoppingsgrens (A, E, F), daarboven uitgesloten
    primair = groepen["primair_een_of_twee"]
    assert primair["bereikbaar"]["aantal"] == 3
    assert primair["cellen"]["voorrang"]["aantal"] == 3
    assert primair["cellen"]["uitgesloten"]["aantal"] == 3
    # primair 3+: ook toegestaan tot de hoge aftoppingsgrens (B, C)
    assert groepen["primair_drie_of_meer"]["cellen"]["toegestaan"]["aantal"] == 2
    # lage middeninkomens: alleen boven de hoge aftoppingsgrens (D)
    assert groepen["lage_middeninkomens"]["bereikbaar"]["aantal"] == 1
    with pytest.raises(DatumBuitenTabel):
        bereken_bereikbaarheid(voorraad, date(2015, 6, 1), [72], tabel="woongaard-2015")


def test_een_scenariobestand(tmp_path: Path, voorraad: Path) -> None:
    scenarios = laad_scenarios(
        tekst=b"""
[[scenario]]
naam = "Huidig beleid"
streefhuur_percentage = 72

[[scenario]]
naam = "Verlaagd"
streefhuur_percentage = 67.5
verduurzaming = true
aftoppen = "aftoppingsgrens_hoog"
segmenten = { niet_daeb = 80 }
kernen = { "Almkerk" = 65 }
"""
    )
    assert [s.naam for s in scenarios] == ["Huidig beleid", "Verlaagd"]
    assert scenarios[1].kernen == {"Almkerk": Decimal(65)}
    assert scenarios[1].aftoppen is Aftopping.AFTOPPINGSGRENS_HOOG
    doc = bereken_bereikbaarheid(voorraad, PEILDATUM, scenarios).document()
    assert doc["scenarios"][1]["instellingen"]["segmenten"] == {"niet_daeb": "80"}


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        (b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 101\n', "streefhuur_percentage"),
        (b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 0\n', "streefhuur_percentage"),
        (b'[[scenario]]\nnaam = "x"\nstreefhuur_procent = 70\n', "streefhuur_procent"),
        (
            b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 70\naftoppen = "laag"\n',
            "aftoppen",
        ),
        (
            b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 70\nsegmenten = { sociaal = 60 }\n',
            "onbekend segment",
        ),
        (
            b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 70\n'
            b'[[scenario]]\nnaam = "x"\nstreefhuur_percentage = 60\n',
            "komt al eerder voor",
        ),
        (b"scenario = []\n", "scenario"),
        (b"[[scenario\n", "geen geldige TOML"),
    ],
)
def test_een_fout_scenariobestand_noemt_het_veld(tekst: bytes, melding: str) -> None:
    with pytest.raises(ParameterdataOngeldig, match=melding):
        laad_scenarios(tekst=tekst)


def test_twee_keer_hetzelfde_percentage_is_een_fout(voorraad: Path) -> None:
    with pytest.raises(ValueError, match="dezelfde naam"):
        bereken_bereikbaarheid(voorraad, PEILDATUM, [72, "72.0"])
