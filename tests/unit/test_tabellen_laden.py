"""Laden van huur-inkomenstabellen: de meegeleverde tabellen en elke laadfout met zijn melding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.tabellen import (
    AowFilter,
    Cel,
    Grens,
    beschikbare_tabellen,
    laad_tabel,
    lees_tabel,
)

BASIS = """
[tabel]
naam = "proef"
titel = "Proeftabel"
regio = "Proefregio"
geldig_vanaf = 2018-01-01
geldig_tot = 2019-12-31
{prijspeil}
toelichting = "Een tabel voor de tests."

[tabel.bron]
titel = "Fictieve bron"
uitgever = "testsuite"
url = "https://example.org/tabel"

[[huurbanden]]
naam = "laag"
omschrijving = "tot de aftoppingsgrens"
tot = {band_tot}

[[huurbanden]]
naam = "hoog"
omschrijving = "boven de aftoppingsgrens"
van = {band_van}

[[inkomensgroepen]]
naam = "passend"
omschrijving = "passende groep"
tot = "passende inkomensgrens"
cellen = {{ laag = "voorrang", hoog = {cel_hoog} }}

[[inkomensgroepen]]
naam = "overig"
omschrijving = "overige inkomens"
van = {groep_van}
cellen = {{ laag = "toegestaan", hoog = "toegestaan" }}
"""

STANDAARD = {
    "prijspeil": "",
    "band_tot": '"aftoppingsgrens"',
    "band_van": '"aftoppingsgrens"',
    "cel_hoog": '"uitgesloten"',
    "groep_van": '"passende inkomensgrens"',
}


def tabeltekst(**wijziging: str) -> str:
    velden = {**STANDAARD, **wijziging}
    return BASIS.format(**velden)


def laadfout(tekst: str) -> str:
    with pytest.raises(ParameterdataOngeldig) as info:
        lees_tabel(tekst.encode(), "proef.toml")
    melding = str(info.value)
    assert "proef.toml" in melding
    return melding


def test_meegeleverde_tabellen() -> None:
    assert beschikbare_tabellen() == (
        "intermaris-2024",
        "landelijk",
        "woongaard-2015",
        "woonkeus-stedendriehoek-2021",
    )
    for naam in beschikbare_tabellen():
        tabel = laad_tabel(naam)
        assert tabel.naam == naam
        assert tabel.bron.url.startswith("https://")
        assert len(tabel.inhoudshash) == 64


def test_woongaard_structuur() -> None:
    tabel = laad_tabel("woongaard-2015")
    assert [b.naam for b in tabel.huurbanden] == [
        "tot_eerste_aftoppingsgrens",
        "tot_tweede_aftoppingsgrens",
        "tot_liberalisatiegrens",
        "vrije_sector",
    ]
    assert tabel.huurbanden[0].tot == Grens(symbool="aftoppingsgrens_laag")
    assert tabel.huurbanden[2].tot == Grens(symbool="daeb_huurgrens")
    assert (tabel.geldig_vanaf, tabel.geldig_tot, tabel.prijspeil) == (
        date(2016, 1, 1),
        date(2021, 12, 31),
        2015,
    )
    assert not tabel.heeft_vaste_bedragen
    assert len(tabel.keuzes) >= 5
    assert [g.naam for g in tabel.groepen_voor(2, False)] == [
        "primair_een_of_twee",
        "secundair",
        "lage_middeninkomens",
        "hogere_inkomens",
    ]
    assert tabel.groepen_voor(3, True)[0].naam == "primair_drie_of_meer"


def test_geldige_proeftabel_en_eigen_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "eigen.toml"
    pad.write_text(tabeltekst(), encoding="utf-8")
    tabel = laad_tabel(pad)
    assert tabel.naam == "proef"
    assert tabel.inkomensgroepen[0].cellen == {"laag": Cel.VOORRANG, "hoog": Cel.UITGESLOTEN}
    assert tabel.inkomensgroepen[0].aow is AowFilter.ALLE
    assert laad_tabel(str(pad)).inhoudshash == tabel.inhoudshash


def test_vaste_bedragen_met_prijspeil() -> None:
    tabel = lees_tabel(
        tabeltekst(prijspeil="prijspeil = 2018", band_tot="600.00", band_van="600.00").encode()
    )
    assert tabel.huurbanden[0].tot == Grens(bedrag=Decimal("600.00"))
    assert tabel.heeft_vaste_bedragen
    assert str(tabel.huurbanden[0].tot) == "€ 600.00"


def test_symbolen_met_spaties_hoofdletters_en_synoniemen() -> None:
    tabel = lees_tabel(
        tabeltekst(band_tot='"Aftoppingsgrens"', groep_van='"huurtoeslaggrens"').encode()
    )
    assert tabel.inkomensgroepen[1].van == Grens(symbool="passende_inkomensgrens")


def test_onbekend_bestand_noemt_de_meegeleverde_tabellen() -> None:
    with pytest.raises(ParameterdataOngeldig, match="woongaard-2015"):
        laad_tabel("bestaat-niet")


FOUTEN = [
    ("gat tussen banden", {"band_van": '"daeb_huurgrens"'}, "gat of overlap tussen laag"),
    (
        "overlap tussen groepen",
        {"groep_van": '"daeb_inkomensgrens"'},
        "gat of overlap tussen passend",
    ),
    (
        "onbekend symbool",
        {"band_tot": '"aftopgrens"', "band_van": '"aftopgrens"'},
        "onbekend symbool 'aftopgrens'",
    ),
    (
        "inkomenssymbool als huurgrens",
        {"band_tot": '"passende inkomensgrens"', "band_van": '"passende inkomensgrens"'},
        "onbekend symbool",
    ),
    ("ongeldige cel", {"cel_hoog": '"misschien"'}, "cellen.hoog"),
    (
        "vast bedrag zonder prijspeil",
        {"band_tot": "600", "band_van": "600"},
        "prijspeil: verplicht",
    ),
    (
        "negatief bedrag",
        {"prijspeil": "prijspeil = 2018", "band_tot": "-1", "band_van": "-1"},
        "niet negatief",
    ),
    (
        "bedrag met drie decimalen",
        {"prijspeil": "prijspeil = 2018", "band_tot": "600.001", "band_van": "600.001"},
        "twee decimalen",
    ),
    ("prijspeil onzinnig", {"prijspeil": "prijspeil = 15"}, "prijspeil"),
    (
        "vaste grens onder symbool op een datum",
        {
            "prijspeil": "prijspeil = 2018",
            "band_tot": '"aftoppingsgrens"',
            "band_van": '"aftoppingsgrens"',
            "groep_van": '"passende inkomensgrens"',
        },
        None,
    ),
]


@pytest.mark.parametrize(
    ("wijziging", "verwacht"), [f[1:] for f in FOUTEN], ids=[f[0] for f in FOUTEN]
)
def test_laadfouten(wijziging: dict[str, str], verwacht: str | None) -> None:
    tekst = tabeltekst(**wijziging)
    if verwacht is None:  # prijspeil zonder vaste bedragen is toegestaan (informatief)
        assert lees_tabel(tekst.encode()).prijspeil == 2018
        return
    assert verwacht in laadfout(tekst)


def test_ontbrekende_en_overbodige_cellen() -> None:
    tekst = tabeltekst().replace(
        'cellen = { laag = "toegestaan", hoog = "toegestaan" }',
        'cellen = { laag = "toegestaan", midden = "toegestaan" }',
    )
    melding = laadfout(tekst)
    assert "geen cel voor band(en) hoog" in melding
    assert "onbekende band(en) midden" in melding


def test_eerste_band_begint_bij_nul_en_laatste_is_open() -> None:
    tekst = tabeltekst().replace(
        'tot = "aftoppingsgrens"\n', 'van = "kwaliteitskortingsgrens"\ntot = "aftoppingsgrens"\n', 1
    )
    assert "de eerste (laag) moet bij nul beginnen" in laadfout(tekst)
    tekst = tabeltekst().replace(
        'van = "aftoppingsgrens"\n', 'van = "aftoppingsgrens"\ntot = "daeb_huurgrens"\n', 1
    )
    assert "de laatste (hoog) heeft geen bovengrens" in laadfout(tekst)


def test_band_zonder_bovengrens_in_het_midden() -> None:
    tekst = (
        tabeltekst()
        .replace(
            '[[huurbanden]]\nnaam = "hoog"',
            '[[huurbanden]]\nnaam = "midden"\nomschrijving = "open"\nvan = "aftoppingsgrens"\n\n'
            '[[huurbanden]]\nnaam = "hoog"',
        )
        .replace('hoog = "uitgesloten" }', 'hoog = "uitgesloten", midden = "toegestaan" }')
        .replace(
            'laag = "toegestaan", hoog = "toegestaan" }',
            'laag = "toegestaan", hoog = "toegestaan", midden = "toegestaan" }',
        )
    )
    assert "midden heeft geen bovengrens maar is niet de laatste" in laadfout(tekst)


def test_groepen_moeten_elk_huishoudtype_dekken() -> None:
    tekst = (
        tabeltekst()
        .replace('naam = "passend"\n', 'naam = "passend"\npersonen_min = 2\n')
        .replace('naam = "overig"\n', 'naam = "overig"\npersonen_min = 2\n')
    )
    assert "inkomensgroepen voor 1 persoon/personen (AOW: nee): geen enkele groep" in laadfout(
        tekst
    )


def test_aow_filter_en_personen() -> None:
    tekst = tabeltekst().replace('naam = "passend"\n', 'naam = "passend"\naow = "ja"\n')
    melding = laadfout(tekst)
    assert "(AOW: nee)" in melding  # zonder de passende groep begint 'overig' niet bij nul
    tekst = tabeltekst().replace(
        'naam = "passend"\n', 'naam = "passend"\npersonen_min = 3\npersonen_max = 2\n'
    )
    assert "personen_max is kleiner dan personen_min" in laadfout(tekst)


def test_kopfouten() -> None:
    assert "geldig_tot: ligt vóór geldig_vanaf" in laadfout(
        tabeltekst().replace("geldig_tot = 2019-12-31", "geldig_tot = 2017-12-31")
    )
    assert "tabel.naam" in laadfout(tabeltekst().replace('naam = "proef"', 'naam = "Proef Tabel"'))
    assert "tabel.bron.url" in laadfout(
        tabeltekst().replace("https://example.org/tabel", "example.org")
    )
    assert "tabel.onbekend" in laadfout(
        tabeltekst().replace('regio = "Proefregio"', 'regio = "Proefregio"\nonbekend = 1')
    )
    assert "tabel.geldig_vanaf" in laadfout(
        tabeltekst().replace("geldig_vanaf = 2018-01-01", 'geldig_vanaf = "2018-01-01"')
    )
    dubbel = tabeltekst().replace('naam = "overig"', 'naam = "passend"')
    assert "elke groep heeft een eigen naam" in laadfout(dubbel)


def test_geen_toml_en_geen_utf8() -> None:
    with pytest.raises(ParameterdataOngeldig, match=r"geen geldige (TOML|UTF-8)"):
        lees_tabel(b"[tabel\nnaam = 1", "kapot.toml")
    with pytest.raises(ParameterdataOngeldig, match=r"geen geldige (TOML|UTF-8)"):
        lees_tabel(tabeltekst().replace("Proefregio", "Proefregió").encode("cp1252"), "ansi.toml")


def test_symbool_dat_op_een_datum_niet_bestaat() -> None:
    # De liberalisatiegrens (middenhuur) bestaat pas vanaf 1 juli 2024.
    tekst = tabeltekst(band_tot='"liberalisatiegrens"', band_van='"liberalisatiegrens"')
    melding = laadfout(tekst)
    assert "bestaat op 2018-01-01 niet in de wet" in melding


def test_grenzen_moeten_oplopen_op_elke_datum() -> None:
    tekst = (
        tabeltekst()
        .replace(
            '[[huurbanden]]\nnaam = "hoog"',
            '[[huurbanden]]\nnaam = "midden"\nomschrijving = "omgekeerd"\nvan = "aftoppingsgrens"\n'
            'tot = "kwaliteitskortingsgrens"\n\n[[huurbanden]]\nnaam = "hoog"',
        )
        .replace(
            'van = "aftoppingsgrens"\n\n[[inkomensgroepen]]',
            'van = "kwaliteitskortingsgrens"\n\n[[inkomensgroepen]]',
        )
    )
    tekst = tekst.replace(
        'hoog = "uitgesloten" }', 'hoog = "uitgesloten", midden = "toegestaan" }'
    ).replace(
        'laag = "toegestaan", hoog = "toegestaan" }',
        'laag = "toegestaan", hoog = "toegestaan", midden = "toegestaan" }',
    )
    melding = laadfout(tekst)
    assert "op 2018-01-01 is de bovengrens van midden" in melding
    assert "overlap" in melding


def test_onbekende_wettelijke_waarde_blokkeert_het_laden_niet() -> None:
    # De DAEB-inkomensgrens van 2020 is onbekend (geen onderbouwde bron); de tabel laadt toch,
    # het opzoeken op die datum geeft later een fout.
    tekst = (
        tabeltekst()
        .replace("geldig_tot = 2019-12-31", "geldig_tot = 2020-12-31")
        .replace(
            'van = "passende inkomensgrens"\ncellen = { laag = "toegestaan", hoog = "toegestaan" }',
            'van = "passende inkomensgrens"\ntot = "daeb_inkomensgrens"\n'
            'cellen = { laag = "toegestaan", hoog = "toegestaan" }\n\n'
            '[[inkomensgroepen]]\nnaam = "hoger"\nomschrijving = "hoger"\n'
            'van = "daeb_inkomensgrens"\n'
            'cellen = { laag = "uitgesloten", hoog = "toegestaan" }',
        )
    )
    assert lees_tabel(tekst.encode()).geldig_tot == date(2020, 12, 31)


def test_laad_tabel_uit_naam_pad_of_tekst_met_een_melding_voor_elk_geval(tmp_path: Path) -> None:
    inhoud = resources.files("passend_toewijzen.tabellen").joinpath("data", "landelijk.toml")
    tekst = inhoud.read_bytes()
    assert laad_tabel("landelijk").naam == "landelijk"
    assert laad_tabel(tekst=tekst).naam == "landelijk"
    assert laad_tabel(tekst=tekst.decode()).naam == "landelijk"
    pad = tmp_path / "eigen.toml"
    pad.write_bytes(tekst)
    assert laad_tabel(pad).naam == laad_tabel(str(pad)).naam == "landelijk"
    with pytest.raises(ParameterdataOngeldig, match=r"geef de inhoud mee als laad_tabel\(tekst="):
        laad_tabel(tekst.decode())
    with pytest.raises(ParameterdataOngeldig, match="geen meegeleverde tabel en geen bestaand"):
        laad_tabel("woongaard-2099")
    with pytest.raises(ParameterdataOngeldig, match="is een map, geen tabelbestand"):
        laad_tabel(tmp_path)
    with pytest.raises(TypeError, match="niet allebei"):
        laad_tabel(pad, tekst=tekst)
