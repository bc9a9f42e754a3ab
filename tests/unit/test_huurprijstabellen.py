"""Tabellen van maximale huurprijsgrenzen per puntentotaal: tijdvakken, grenzen, fouten."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters.huurprijstabellen import (
    GeenHuurprijstabel,
    PuntenBuitenTabel,
    huurprijstabel_op,
    huurprijstabellen,
    laad_huurprijstabellen,
)
from passend_toewijzen.parameters.waarden import Status


@pytest.mark.parametrize(
    ("datum", "punten", "bedrag"),
    [
        # Bijlage I per 1 oktober 2015 (tijdvak 1-10-2015 t/m 30-6-2016)
        (date(2015, 10, 1), 40, "187.30"),
        (date(2016, 1, 1), 145, "708.57"),
        (date(2016, 6, 30), 250, "1248.13"),
        # Bijlage I per 1 juli 2014 (tijdvak 1-7-2014 t/m 30-6-2015)
        (date(2014, 7, 1), 40, "192.76"),
        (date(2015, 6, 30), 145, "729.25"),
        # Bijlage I per 1 juli 2013
        (date(2013, 7, 1), 250, "1253.24"),
    ],
)
def test_een_puntentotaal_geeft_het_bedrag_uit_de_bijlage(
    datum: date, punten: int, bedrag: str
) -> None:
    tabel = huurprijstabel_op(datum)
    assert tabel.maximale_huur(punten) == Decimal(bedrag)
    assert tabel.bron.soort == "officieel"
    assert tabel.status is Status.DEFINITIEF
    assert tabel.bron.url.startswith("https://wetten.overheid.nl/BWBR0015386/")


def test_de_grenzen_van_een_tijdvak_horen_erbij() -> None:
    assert huurprijstabel_op(date(2016, 6, 30)).geldig_vanaf == date(2015, 10, 1)
    assert huurprijstabel_op(date(2014, 6, 30)).geldig_vanaf == date(2013, 7, 1)
    assert huurprijstabel_op(date(2014, 7, 1)).geldig_vanaf == date(2014, 7, 1)


@pytest.mark.parametrize("datum", [date(2013, 6, 30), date(2015, 7, 1), date(2015, 9, 30)])
def test_een_datum_zonder_tabel_noemt_de_gedekte_tijdvakken(datum: date) -> None:
    with pytest.raises(GeenHuurprijstabel) as fout:
        huurprijstabel_op(datum)
    melding = str(fout.value)
    assert datum.isoformat() in melding
    assert "2015-10-01 t/m 2016-06-30" in melding
    assert "2013-07-01 t/m 2014-06-30" in melding
    assert "maximale_huur" in melding


def test_een_woningsoort_zonder_tabel() -> None:
    with pytest.raises(GeenHuurprijstabel, match="geen enkele tabel"):
        huurprijstabel_op(date(2016, 1, 1), "woonwagen")


def test_onder_40_punten_alleen_als_de_tabel_het_zegt() -> None:
    assert huurprijstabel_op(date(2016, 1, 1)).maximale_huur(12) == Decimal("187.30")
    assert huurprijstabel_op(date(2014, 7, 1)).maximale_huur(39) == Decimal("192.76")
    with pytest.raises(PuntenBuitenTabel, match="loopt van 40 tot en met 250"):
        huurprijstabel_op(date(2013, 7, 1)).maximale_huur(39)


def test_boven_de_tabel_en_halve_punten_zijn_een_fout() -> None:
    tabel = huurprijstabel_op(date(2016, 1, 1))
    with pytest.raises(PuntenBuitenTabel, match="251 punten"):
        tabel.maximale_huur(251)
    with pytest.raises(PuntenBuitenTabel, match="hele puntentotalen"):
        tabel.maximale_huur(Decimal("145.5"))
    assert tabel.maximale_huur(Decimal("145.0")) == Decimal("708.57")


def test_elke_tabel_loopt_op_zonder_gat() -> None:
    for tabellen in huurprijstabellen().values():
        for tabel in tabellen:
            punten = sorted(tabel.bedragen)
            assert punten == list(range(40, 251))
            bedragen = [tabel.bedragen[p] for p in punten]
            assert bedragen == sorted(bedragen)


_GOED = b"""
[bestand]
omschrijving = "proef"
woningsoort = "zelfstandig"
[bronnen.b]
titel = "t"
uitgever = "u"
url = "https://example.org"
soort = "officieel"
[[tabellen]]
geldig_vanaf = 2020-07-01
geldig_tot = 2021-06-30
bron = "b"
status = "definitief"
onder_minimum_gelijk_aan_minimum = false
bedragen = [[40, 200.00], [41, 205.00]]
"""


@pytest.mark.parametrize(
    ("vervang", "melding"),
    [
        ((b'bron = "b"', b'bron = "c"'), "onbekende bron"),
        ((b"[41, 205.00]", b"[42, 205.00]"), "zonder gat"),
        ((b"[41, 205.00]", b"[41, 195.00]"), "lopen niet op"),
        ((b"[41, 205.00]", b"[41, 205.001]"), "hele centen"),
        ((b"geldig_tot = 2021-06-30", b"geldig_tot = 2019-06-30"), "voor geldig_vanaf"),
        ((b'status = "definitief"', b'status = "zeker"'), "status"),
    ],
)
def test_een_fout_in_de_tabeldata_wordt_bij_het_laden_gemeld(
    vervang: tuple[bytes, bytes], melding: str
) -> None:
    assert laad_huurprijstabellen({"x.toml": _GOED})["zelfstandig"][0].maximum == 41
    with pytest.raises(ParameterdataOngeldig, match=melding):
        laad_huurprijstabellen({"x.toml": _GOED.replace(*vervang)})


def test_overlappende_tijdvakken_zijn_een_fout() -> None:
    dubbel = _GOED + _GOED.split(b"[[tabellen]]")[1].join([b"[[tabellen]]", b""])
    with pytest.raises(ParameterdataOngeldig, match="overlappen"):
        laad_huurprijstabellen({"x.toml": dubbel})


def test_onleesbare_lege_en_dubbele_bestanden() -> None:
    with pytest.raises(ParameterdataOngeldig, match="geen geldige TOML"):
        laad_huurprijstabellen({"x.toml": b"[bestand"})
    leeg = b"tabellen = []\n" + _GOED.split(b"[[tabellen]]")[0]
    assert laad_huurprijstabellen({"x.toml": leeg}) == {}
    with pytest.raises(ParameterdataOngeldig, match="een tweede bestand voor woningsoort"):
        laad_huurprijstabellen({"a.toml": _GOED, "b.toml": _GOED})
