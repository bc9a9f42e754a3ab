"""De huidige huur als referentie naast de scenario's, met de hand nagerekend op drie woningen.

Grenzen op 1 januari 2016 (Wet op de huurtoeslag): kwaliteitskortingsgrens € 409,92, lage
aftoppingsgrens € 586,68, hoge € 628,76, maximale huurgrens € 710,68.

* A (Altena, Almkerk): kale huur € 586,68, precies de lage aftoppingsgrens: betaalbaar laag,
  bereikbaar voor 1–2 en voor 3+ personen; mutatiekans 0,5. Bij 72 % van € 900 = € 648,00 is zij
  dat na mutatie niet meer voor 1–2 personen.
* B (Altena, Almkerk): € 586,69, een cent boven de lage grens: betaalbaar hoog, alleen bereikbaar
  voor 3+; geen mutatiekans (telt met 1).
* C (Gorinchem, geen kern): € 710,69, een cent boven de maximale huurgrens: vrije sector, voor
  niemand bereikbaar; mutatiekans 0,25.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from passend_toewijzen.bereikbaarheid import bereken_bereikbaarheid
from passend_toewijzen.bereikbaarheid.grenzen import grenzen_op
from passend_toewijzen.bereikbaarheid.uitvoer.html import als_html
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import als_markdown

PEILDATUM = date(2016, 1, 1)
VOORRAAD = (
    "woning_id;gemeente;kern;woningsoort;daeb;kale_huur;maximale_huur;mutatiekans\r\n"
    "A;Altena;Almkerk;zelfstandig;ja;586,68;900,00;0,5\r\n"
    "B;Altena;Almkerk;zelfstandig;ja;586,69;700,00;\r\n"
    "C;Gorinchem;;zelfstandig;nee;710,69;800,00;0,25\r\n"
)


@pytest.fixture
def pad(tmp_path: Path) -> Path:
    bestand = tmp_path / "voorraad.csv"
    bestand.write_text(VOORRAAD, encoding="utf-8")
    return bestand


def _document(pad: Path, motor: str) -> dict[str, Any]:
    uitkomst = bereken_bereikbaarheid(pad, PEILDATUM, [72], motor=motor)
    assert uitkomst.motor == motor
    return uitkomst.document()


def test_de_grenzen_van_het_voorbeeld() -> None:
    g = grenzen_op(PEILDATUM)
    assert g.aftoppingsgrens_laag.bedrag == Decimal("586.68")
    assert g.aftoppingsgrens_hoog.bedrag == Decimal("628.76")
    assert g.maximale_huurgrens.bedrag == Decimal("710.68")


@pytest.mark.parametrize("motor", ["rij", "kolom"])
def test_huidige_huur_met_de_hand(pad: Path, motor: str) -> None:
    doc = _document(pad, motor)
    h = doc["huidige_huur"]
    assert h["naam"] == "Huidige huur"
    assert "streefhuur_percentage" not in h
    assert "instellingen" not in h
    assert len(doc["scenarios"]) == 1  # de referentie is geen scenario
    assert h["woningen"] == 3
    assert h["mutatieaanbod"] == "1.75"
    assert h["huurklassen"] == {
        "goedkoop": 0,
        "betaalbaar_laag": 1,
        "betaalbaar_hoog": 1,
        "duur_tot_huurgrens": 0,
        "vrije_sector": 1,
    }
    een_twee = h["bereikbaar"]["een_twee_personen"]
    assert (een_twee["aantal"], een_twee["aandeel_exact"]) == (1, "1/3")
    assert een_twee["mutatieaanbod"]["gewicht"] == "0.5"
    assert een_twee["mutatieaanbod"]["aandeel_exact"] == "2/7"
    drie = h["bereikbaar"]["drie_of_meer"]
    assert (drie["aantal"], drie["aandeel_exact"]) == (2, "2/3")
    assert drie["mutatieaanbod"]["gewicht"] == "1.5"
    assert h["afgetopt"]["aantal"] == 0
    altena, gorinchem = h["gemeenten"]
    assert (altena["gemeente"], altena["woningen"]) == ("Altena", 2)
    assert altena["bereikbaar"]["een_twee_personen"]["aantal"] == 1
    assert altena["bereikbaar"]["drie_of_meer"]["aantal"] == 2
    assert [k["kern"] for k in altena["kernen"]] == ["Almkerk"]
    assert (gorinchem["gemeente"], gorinchem["woningen"]) == ("Gorinchem", 1)
    assert gorinchem["bereikbaar"]["drie_of_meer"]["aantal"] == 0
    assert gorinchem["kernen"][0]["kern"] is None
    # Na mutatie op 72 %: A € 648,00, B € 504,00, C € 576,00.
    s = doc["scenarios"][0]
    assert s["bereikbaar"]["een_twee_personen"]["aantal"] == 2
    assert s["huurklassen"]["vrije_sector"] == 0


def test_beide_motoren_geven_dezelfde_referentie(pad: Path) -> None:
    assert json.dumps(_document(pad, "rij")) == json.dumps(_document(pad, "kolom"))


def test_huidige_huur_met_de_huur_inkomenstabel(pad: Path) -> None:
    """Met een huur-inkomenstabel telt de referentie ook per inkomensgroep en cel."""
    doc = bereken_bereikbaarheid(pad, PEILDATUM, [72], tabel="woongaard-2015").document()
    tabel = doc["huidige_huur"]["tabel"]
    assert [g["groep"] for g in tabel] == [g["groep"] for g in doc["tabel"]["inkomensgroepen"]]
    primair = tabel[0]  # primaire doelgroep, één of twee personen
    assert primair["bereikbaar"]["aantal"] == 1
    for groep in tabel:
        assert sum(c["aantal"] for c in groep["cellen"].values()) == 3


def test_python_api(pad: Path) -> None:
    uitkomst = bereken_bereikbaarheid(pad, PEILDATUM, [72], motor="rij")
    assert uitkomst.huidig is not None
    assert uitkomst.huidig.totaal.totaal.aantal == 3
    assert [t.aantal for t in uitkomst.huidig.totaal.bereikbaar] == [1, 2]
    assert sorted(uitkomst.huidig.gemeenten) == ["Altena", "Gorinchem"]


def test_verslagen_tonen_de_huidige_huur_eerst(pad: Path) -> None:
    uitkomst = bereken_bereikbaarheid(pad, PEILDATUM, [72])
    markdown = als_markdown(uitkomst)
    assert "| Huidige huur (vandaag) | 3 | 33,3% | 66,6% |" in markdown
    assert markdown.index("| Huidige huur (vandaag) |") < markdown.index("| streefhuur 72% |")
    assert "geen scenario maar de situatie van nu" in markdown
    html = als_html(uitkomst)
    assert 'data-veld="huidige_huur.bereikbaar.een_twee_personen.percentage"' in html
    assert html.index("Huidige huur (vandaag)") < html.index("streefhuur 72%")
    assert html.count("Huidige huur (vandaag)") >= 4  # tabellen en grafieken


def test_excel_per_woning_de_huidige_huurklasse(pad: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from passend_toewijzen.bereikbaarheid.uitvoer.excel import schrijf_excel

    doel = tmp_path / "b.xlsx"
    schrijf_excel(bereken_bereikbaarheid(pad, PEILDATUM, [72]), doel)
    boek = load_workbook(doel, read_only=True)
    rijen = list(boek["Per woning"].iter_rows(values_only=True))
    kop = list(rijen[0])
    klasse = kop.index("huidige_huurklasse")
    assert kop[klasse - 1] == "kale_huur"
    assert [r[klasse] for r in rijen[1:]] == ["betaalbaar_laag", "betaalbaar_hoog", "vrije_sector"]
    laag = kop.index("huidig_bereikbaar_een_twee_personen")
    assert [r[laag] for r in rijen[1:]] == ["ja", "nee", "nee"]
    scenarios = list(boek["Scenario's"].iter_rows(values_only=True))
    assert scenarios[1][0] == "Huidige huur (vandaag)"
    assert scenarios[1][1] is None
    assert scenarios[2][0] == "streefhuur 72%"
