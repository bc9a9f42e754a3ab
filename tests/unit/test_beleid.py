"""Lokaal beleid: eigen parameterwaarden en keuzes, zonder de pakketdata te wijzigen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.beleid import Art54aTelling, Beleid, laad_beleid
from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters import Status, parameters_op

GELDIG = b"""
[beleid]
naam = "Woonstichting Voorbeeld"
art_54a = "passend"

[bronnen.regeling]
titel = "Voorbeeldregeling"
uitgever = "Staatscourant"
url = "https://example.org/regeling"
soort = "officieel"

[parameters.indexatiefactor_t1]
vervangt_wettelijke_waarde = true

[[parameters.indexatiefactor_t1.waarden]]
geldig_vanaf = 2019-01-01
waarde = 1.0336
bron = "regeling"
status = "definitief"
"""


def test_geldig_beleid_overschrijft_alleen_vanaf_zijn_datum() -> None:
    beleid = laad_beleid(GELDIG)
    assert beleid.art_54a is Art54aTelling.PASSEND
    na = beleid.pas_toe(parameters_op(date(2019, 3, 1)))
    assert na["indexatiefactor_t1"].waarde == Decimal("1.0336")
    assert na["indexatiefactor_t1"].status is Status.DEFINITIEF
    assert "indexatiefactor_t1" not in na.onbekend
    assert na.data_hash != parameters_op(date(2019, 3, 1)).data_hash
    voor = beleid.pas_toe(parameters_op(date(2018, 3, 1)))
    assert "indexatiefactor_t1" not in voor


def test_pakketdata_blijft_ongewijzigd() -> None:
    laad_beleid(GELDIG).pas_toe(parameters_op(date(2019, 3, 1)))
    assert "indexatiefactor_t1" in parameters_op(date(2019, 3, 1)).onbekend


def test_inhoud_bepaalt_gelijkheid() -> None:
    assert laad_beleid(GELDIG) == laad_beleid(GELDIG)
    assert hash(laad_beleid(GELDIG)) == hash(laad_beleid(GELDIG))
    anders = laad_beleid(GELDIG.replace(b"1.0336", b"1.0337"))
    assert anders != laad_beleid(GELDIG)
    assert Beleid(naam="x") != Beleid(naam="y")
    assert Beleid(naam="x") != "x"


def test_beleid_uit_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "beleid.toml"
    pad.write_bytes(GELDIG)
    assert laad_beleid(pad).naam == "Woonstichting Voorbeeld"
    with pytest.raises(ParameterdataOngeldig, match="beleidsbestand niet gevonden"):
        laad_beleid(tmp_path / "bestaat-niet.toml")


def test_beleid_uit_pad_of_tekst_met_een_melding_voor_elk_geval(tmp_path: Path) -> None:
    """Een pad of de inhoud, expliciet: wie de inhoud als pad geeft, hoort hoe het wel moet."""
    assert laad_beleid(tekst=GELDIG).naam == "Woonstichting Voorbeeld"
    assert laad_beleid(tekst=GELDIG.decode()).naam == "Woonstichting Voorbeeld"
    assert laad_beleid(GELDIG).naam == "Woonstichting Voorbeeld"  # bytes zijn de inhoud
    with pytest.raises(ParameterdataOngeldig, match=r"geef de inhoud mee als laad_beleid\(tekst="):
        laad_beleid(GELDIG.decode())
    with pytest.raises(ParameterdataOngeldig, match="is een map, geen beleidsbestand"):
        laad_beleid(tmp_path)
    with pytest.raises(TypeError, match="niet allebei"):
        laad_beleid(tmp_path / "x.toml", tekst=GELDIG)
    with pytest.raises(TypeError, match="geef een pad"):
        laad_beleid()
    with pytest.raises(ParameterdataOngeldig, match=r"beleidsbestand \(tekst\)") as fout:
        laad_beleid(tekst=b"[beleid\n")
    assert "geen geldige TOML" in str(fout.value)


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"[beleid]\n", "beleid.naam: verplicht"),
        (b'[beleid]\nnaam = "x"\nkleur = "rood"\n', "beleid.kleur: onbekend veld"),
        (b'[beleid]\nnaam = "x"\nart_54a = "soms"\n', "beleid.art_54a"),
        (b"[beleid\n", "geen geldige TOML"),
        (
            GELDIG.replace(b"indexatiefactor_t1", b"bestaat_niet"),
            "parameters.bestaat_niet: onbekende parameter",
        ),
        (GELDIG.replace(b"1.0336", b"-1"), "een factor is groter dan 0"),
        (
            GELDIG.replace(
                b"vervangt_wettelijke_waarde = true\n",
                b'vervangt_wettelijke_waarde = true\neenheid = "euro"\n',
            ),
            "wijkt af",
        ),
        (GELDIG.replace(b'bron = "regeling"', b'bron = "elders"'), "onbekende bron"),
    ],
)
def test_ongeldig_beleid(inhoud: bytes, melding: str) -> None:
    with pytest.raises(ParameterdataOngeldig, match=melding) as info:
        laad_beleid(inhoud)
    assert "beleidsbestand (tekst)" in str(info.value)
