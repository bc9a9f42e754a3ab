"""Tabellen van maximale huurprijsgrenzen per puntentotaal: tijdvakken, grenzen, fouten."""

from __future__ import annotations

from collections.abc import Mapping
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


# Sinds de Wet betaalbare huur (1 juli 2024) per 1 januari geindexeerd: 1-7-2024 t/m 31-12-2024,
# daarna kalenderjaren. Bedragen uit de beleidsboeken van de Huurcommissie (2025, 2026) en, voor
# 1 juli 2024, uit woonstadrotterdam/woningwaardering, nagelopen met het beleidsboek 2025.
@pytest.mark.parametrize(
    ("datum", "punten", "bedrag"),
    [
        # 1 juli 2024 (secundair): 115, 249 en 250 punten staan in het beleidsboek januari 2025
        (date(2024, 7, 1), 40, "235.96"),
        (date(2024, 7, 1), 115, "698.36"),
        (date(2024, 9, 1), 143, "879.58"),
        (date(2024, 12, 31), 249, "1565.73"),
        (date(2024, 12, 31), 250, "1572.20"),
        # 1 januari 2025: beleidsboek januari 2025, bijlage 5
        (date(2025, 1, 1), 40, "241.44"),
        (date(2025, 3, 1), 113, "701.30"),
        (date(2025, 6, 30), 143, "900.07"),
        (date(2025, 7, 1), 186, "1184.82"),
        (date(2025, 12, 31), 250, "1608.68"),
        # 1 januari 2026: beleidsboek januari 2026, bijlage 3 (110, 180, 218 ook op de webpagina)
        (date(2026, 1, 1), 40, "250.26"),
        (date(2026, 1, 1), 110, "706.32"),
        (date(2026, 5, 1), 113, "726.90"),
        (date(2026, 7, 1), 143, "932.93"),
        (date(2026, 7, 1), 180, "1186.84"),
        (date(2026, 7, 1), 186, "1228.07"),
        (date(2026, 12, 31), 218, "1447.71"),
        (date(2026, 12, 31), 250, "1667.40"),
    ],
)
def test_de_tabellen_van_de_wet_betaalbare_huur(datum: date, punten: int, bedrag: str) -> None:
    assert huurprijstabel_op(datum).maximale_huur(punten) == Decimal(bedrag)


@pytest.mark.parametrize(
    ("dag_ervoor", "ingang", "tot"),
    [
        (date(2024, 6, 30), date(2024, 7, 1), date(2024, 12, 31)),
        (date(2024, 12, 31), date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_een_tabel_geldt_vanaf_haar_ingangsdatum(dag_ervoor: date, ingang: date, tot: date) -> None:
    tabel = huurprijstabel_op(ingang)
    assert (tabel.geldig_vanaf, tabel.geldig_tot) == (ingang, tot)
    assert huurprijstabel_op(tot) is tabel
    assert (tabel.minimum, tabel.maximum) == (40, 250)
    if dag_ervoor == date(2024, 6, 30):
        with pytest.raises(GeenHuurprijstabel):
            huurprijstabel_op(dag_ervoor)
    else:
        assert huurprijstabel_op(dag_ervoor).geldig_tot == dag_ervoor


def test_status_en_bron_van_de_nieuwe_tabellen() -> None:
    juli_2024 = huurprijstabel_op(date(2024, 7, 1))
    assert juli_2024.status is Status.SECUNDAIR
    assert juli_2024.bron.soort == "secundair"
    for datum in (date(2025, 1, 1), date(2026, 1, 1)):
        tabel = huurprijstabel_op(datum)
        assert tabel.status is Status.DEFINITIEF
        assert tabel.bron.soort == "officieel"
        assert tabel.bron.url.startswith("https://www.huurcommissie.nl/support/beleidsboeken/")


@pytest.mark.parametrize(
    "datum", [date(2016, 7, 1), date(2020, 1, 1), date(2024, 6, 30), date(2027, 1, 1)]
)
def test_de_gaten_rond_de_nieuwe_tabellen_blijven_een_fout(datum: date) -> None:
    with pytest.raises(GeenHuurprijstabel) as fout:
        huurprijstabel_op(datum)
    melding = str(fout.value)
    assert "2024-07-01 t/m 2024-12-31" in melding
    assert "2025-01-01 t/m 2025-12-31" in melding
    assert "2026-01-01 t/m 2026-12-31" in melding


def test_onder_40_en_boven_250_punten_sinds_de_wet_betaalbare_huur() -> None:
    # Beleidsboek 2025: onder 40 punten de grens bij 40; beleidsboek 2026: 0 t/m 39 punten 250,26.
    assert huurprijstabel_op(date(2025, 1, 1)).maximale_huur(12) == Decimal("241.44")
    assert huurprijstabel_op(date(2026, 1, 1)).maximale_huur(0) == Decimal("250.26")
    assert huurprijstabel_op(date(2026, 1, 1)).maximale_huur(39) == Decimal("250.26")
    # Voor de tabel van 1 juli 2024 is geen bron gevonden die dat zegt.
    with pytest.raises(PuntenBuitenTabel, match="loopt van 40 tot en met 250"):
        huurprijstabel_op(date(2024, 7, 1)).maximale_huur(39)
    # Boven 250 punten: de rekenregel van de Huurcommissie zit niet in de bibliotheek.
    with pytest.raises(PuntenBuitenTabel, match="251 punten"):
        huurprijstabel_op(date(2026, 1, 1)).maximale_huur(251)


def _een_factor_voor_de_hele_tabel(
    oud: Mapping[int, Decimal], nieuw: Mapping[int, Decimal], marge: Decimal
) -> bool:
    """Of er een factor is waarmee elk oud bedrag tot op ``marge`` het nieuwe bedrag geeft."""
    laag = max((nieuw[p] - marge) / oud[p] for p in oud)
    hoog = min((nieuw[p] + marge) / oud[p] for p in oud)
    return laag <= hoog


def test_de_tabel_van_2025_is_die_van_juli_2024_geindexeerd_met_2_32_procent() -> None:
    # Volkshuisvesting Nederland, 26-11-2024: +2,32%, afgerond op de cent; 143 punten eerst
    # eenmalig 8 cent omhoog (879,66).
    oud = dict(huurprijstabel_op(date(2024, 7, 1)).bedragen)
    nieuw = huurprijstabel_op(date(2025, 1, 1)).bedragen
    oud[143] += Decimal("0.08")
    assert oud[143] == Decimal("879.66")
    cent = Decimal("0.01")
    assert all(abs(nieuw[p] - oud[p] * Decimal("1.0232")) <= cent for p in oud)


def test_de_tabel_van_2026_is_die_van_2025_met_een_en_hetzelfde_percentage() -> None:
    oud = huurprijstabel_op(date(2025, 1, 1)).bedragen
    nieuw = dict(huurprijstabel_op(date(2026, 1, 1)).bedragen)
    cent = Decimal("0.01")
    assert _een_factor_voor_de_hele_tabel(oud, nieuw, cent)
    # De webpagina van de Huurcommissie noemt bij 113 punten 726,95: dat past bij geen factor.
    nieuw[113] = Decimal("726.95")
    assert not _een_factor_voor_de_hele_tabel(oud, nieuw, cent)


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
