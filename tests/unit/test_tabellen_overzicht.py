"""Het rooster van een tabel op een datum: symbolische grenzen per datum en huishoudtype."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import DatumBuitenDekking, DatumBuitenTabel
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.tabellen import Cel, laad_tabel, lees_tabel, tabel_op


def test_woonkeus_2021_geeft_de_gepubliceerde_bedragen() -> None:
    # Het schema van Woonkeus Stedendriehoek noemt voor 2021: € 633,25, € 678,66, € 752,33,
    # € 40.024 en € 44.655; en de huurtoeslaggrens (1 persoon € 23.725, meer personen € 32.200).
    overzicht = tabel_op(laad_tabel("woonkeus-stedendriehoek-2021"), date(2021, 6, 1))
    een = overzicht.roosters[0]
    assert (een.personen, een.aow, een.huishoudtype) == (1, False, Huishoudtype.EENPERSOONS)
    banden = [(b.van and b.van.bedrag, b.tot and b.tot.bedrag) for b in een.huurbanden]
    assert banden == [
        (None, Decimal("633.25")),
        (Decimal("633.25"), Decimal("678.66")),
        (Decimal("678.66"), Decimal("752.33")),
        (Decimal("752.33"), None),
    ]
    groepen = [(g.naam, g.tot and g.tot.bedrag) for g in een.inkomensgroepen]
    assert groepen == [
        ("passend_een_of_twee", Decimal(23725)),
        ("boven_huurtoeslaggrens", Decimal(40024)),
        ("middeninkomen", Decimal(44655)),
        ("hoger_inkomen", None),
    ]
    twee = overzicht.roosters[1]
    assert twee.inkomensgroepen[0].tot is not None
    assert twee.inkomensgroepen[0].tot.bedrag == Decimal(32200)
    assert twee.cellen[0] == (Cel.TOEGESTAAN, Cel.UITGESLOTEN, Cel.UITGESLOTEN, Cel.UITGESLOTEN)
    drie = overzicht.roosters[2]
    assert (drie.personen, drie.en_meer) == (3, True)
    assert drie.cellen[0][1] is Cel.TOEGESTAAN
    ouderen = overzicht.roosters[3]
    assert ouderen.aow
    assert ouderen.inkomensgroepen[0].tot is not None
    assert ouderen.inkomensgroepen[0].tot.bedrag == Decimal(23650)
    assert len(overzicht.roosters) == 6


def test_landelijke_tabel_gebruikt_de_toepasselijke_aftoppingsgrens() -> None:
    overzicht = tabel_op(laad_tabel("landelijk"), date(2025, 1, 1))
    ps = parameters_op(date(2025, 1, 1))
    per_omvang = {
        r.personen: r.huurbanden[0].tot.bedrag if r.huurbanden[0].tot else None
        for r in overzicht.roosters
        if not r.aow
    }
    assert per_omvang == {
        1: ps.bedrag("aftoppingsgrens_laag"),
        2: ps.bedrag("aftoppingsgrens_laag"),
        3: ps.bedrag("aftoppingsgrens_hoog"),
    }
    # Vanaf 2022: de DAEB-inkomensgrens voor één persoon of voor twee of meer personen.
    doelgroep = {r.personen: r.inkomensgroepen[1].tot for r in overzicht.roosters if not r.aow}
    assert doelgroep[1] is not None
    assert doelgroep[1].bedrag == ps.bedrag("daeb_inkomensgrens_eenpersoons")
    assert doelgroep[2] is not None
    assert doelgroep[2].bedrag == ps.bedrag("daeb_inkomensgrens_meerpersoons")


def test_onbekende_grens_blijft_onbekend_met_reden() -> None:
    overzicht = tabel_op(laad_tabel("woongaard-2015"), date(2020, 6, 1))
    secundair = overzicht.roosters[0].inkomensgroepen[1]
    assert secundair.tot is not None
    assert secundair.tot.bedrag is None
    assert secundair.tot.onbekend_reden is not None
    assert secundair.bereik == "boven € 23.225 t/m onbekend"
    tekst = overzicht.als_tekst()
    assert "Onbekende grenzen op deze datum:" in tekst
    assert "daeb_inkomensgrens" in tekst


def test_tekst_en_json() -> None:
    overzicht = tabel_op(laad_tabel("woongaard-2015"), date(2018, 3, 1))
    tekst = overzicht.als_tekst()
    assert tekst.startswith(
        "Huur-inkomenstabel Woongaard (prijspeil 2015) — bedragen op 2018-03-01"
    )
    assert "primair_een_of_twee: t/m € 22.400" in tekst
    assert "boven € 597,30 t/m € 640,14" in tekst
    assert "3 of meer personen, vanaf de AOW-leeftijd" in tekst
    assert "Alle grenzen zijn landelijke grenzen" in tekst
    document = json.loads(json.dumps(overzicht.als_dict()))
    assert document["tabel"] == "woongaard-2015"
    assert document["datum"] == "2018-03-01"
    rooster = document["roosters"][0]
    assert rooster["huurbanden"][0]["tot"] == {
        "symbool": "aftoppingsgrens_laag",
        "parameter": "aftoppingsgrens_laag",
        "vast_bedrag": None,
        "bedrag": "597.30",
        "geldig_vanaf": "2018-01-01",
        "onbekend_reden": None,
    }
    assert rooster["inkomensgroepen"][0]["cellen"]["tot_eerste_aftoppingsgrens"] == "voorrang"


def test_vaste_bedragen_in_het_overzicht() -> None:
    tekst = (
        '[tabel]\nnaam = "vast"\ntitel = "Vast"\nregio = "R"\ngeldig_vanaf = 2019-01-01\n'
        'prijspeil = 2019\ntoelichting = "t"\n[tabel.bron]\ntitel = "b"\nuitgever = "u"\n'
        'url = "https://example.org"\n'
        '[[huurbanden]]\nnaam = "a"\nomschrijving = "a"\ntot = 600\n'
        '[[huurbanden]]\nnaam = "b"\nomschrijving = "b"\nvan = 600\n'
        '[[inkomensgroepen]]\nnaam = "alle"\nomschrijving = "alle"\n'
        'cellen = { a = "toegestaan", b = "uitgesloten" }\n'
    )
    overzicht = tabel_op(lees_tabel(tekst.encode()), date(2024, 5, 1))
    assert "prijspeil 2019; zij worden niet geïndexeerd" in overzicht.als_tekst()
    band = overzicht.roosters[0].huurbanden[0]
    assert band.tot is not None
    assert (band.tot.bedrag, band.tot.geldig_vanaf) == (Decimal(600), None)
    assert overzicht.roosters[0].inkomensgroepen[0].bereik == "alle"
    assert band.bereik == "t/m € 600"


def test_datum_buiten_tabel_of_dekking() -> None:
    with pytest.raises(DatumBuitenTabel, match="geldt van 2021-01-01 tot en met 2021-12-31"):
        tabel_op(laad_tabel("woonkeus-stedendriehoek-2021"), date(2022, 1, 1))
    with pytest.raises(DatumBuitenDekking):
        tabel_op(laad_tabel("landelijk"), date(2030, 1, 1))
