"""Celwaarden uit bestanden: bedragen met komma of punt, datums, ja/nee en aantallen."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from passend_toewijzen.verantwoording.waarden import (
    Waardefout,
    lees_aantal,
    lees_bedrag,
    lees_datum,
    lees_tekst,
    lees_vlag,
)


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("650.43", "650.43"),
        ("650,43", "650.43"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("€ 650,43", "650.43"),
        ("€\u00a0650,43", "650.43"),
        ("25000", "25000"),
        ("25.000,00", "25000.00"),
        ("1.234.567,8", "1234567.8"),
        ("12,5", "12.5"),
        ("0", "0"),
        (" 31250.00 ", "31250.00"),
        ("1 234,56", "1234.56"),
    ],
)
def test_bedragen(tekst: str, verwacht: str) -> None:
    bedrag = lees_bedrag(tekst)
    assert bedrag == Decimal(verwacht)
    assert str(bedrag) == verwacht


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("25.000", "dubbelzinnig"),
        ("1,234", "dubbelzinnig"),
        ("650.431", "dubbelzinnig"),
        ("-5", "niet negatief"),
        ("-5,00", "niet negatief"),
        ("1.23.4", "geen bedrag"),
        ("1,2,3", "geen bedrag"),
        ("12.34.567,00", "groepen van drie"),
        ("abc", "geen bedrag"),
        ("NaN", "geen bedrag"),
        ("1e5", "geen bedrag"),
    ],
)
def test_ongeldige_bedragen(tekst: str, melding: str) -> None:
    with pytest.raises(Waardefout, match=melding):
        lees_bedrag(tekst)


def test_vast_decimaalteken_lost_dubbelzinnigheid_op() -> None:
    assert lees_bedrag("25.000", "komma") == Decimal(25000)
    assert lees_bedrag("1,234", "punt") == Decimal(1234)
    assert lees_bedrag("650,43", "komma") == Decimal("650.43")
    with pytest.raises(Waardefout, match="twee decimalen"):
        lees_bedrag("1,234", "komma")


def test_bedragen_uit_excel_en_parquet() -> None:
    assert lees_bedrag(650.43) == Decimal("650.43")
    assert lees_bedrag(25000.0) == Decimal("25000.0")
    assert lees_bedrag(25000) == Decimal(25000)
    assert lees_bedrag(Decimal("1.50")) == Decimal("1.50")
    assert lees_bedrag(Decimal("1.500")) == Decimal("1.500")  # drie decimalen maar exact centen
    with pytest.raises(Waardefout, match="exact bedrag"):
        lees_bedrag(0.1 + 0.2)
    with pytest.raises(Waardefout, match="twee decimalen"):
        lees_bedrag(Decimal("1.005"))
    with pytest.raises(Waardefout, match="ja/nee"):
        lees_bedrag(True)
    with pytest.raises(Waardefout, match="eindig"):
        lees_bedrag(Decimal("Infinity"))
    assert lees_bedrag(None) is None
    assert lees_bedrag("  ") is None


def test_datums() -> None:
    assert lees_datum("2024-03-01") == date(2024, 3, 1)
    assert lees_datum("01-03-2024") == date(2024, 3, 1)
    assert lees_datum("1/3/2024") == date(2024, 3, 1)
    assert lees_datum(date(2024, 3, 1)) == date(2024, 3, 1)
    assert lees_datum(datetime(2024, 3, 1)) == date(2024, 3, 1)  # noqa: DTZ001
    assert lees_datum("") is None
    with pytest.raises(Waardefout, match="geen bestaande datum"):
        lees_datum("2024-02-30")
    with pytest.raises(Waardefout, match="geen bestaande datum"):
        lees_datum("31-04-2024")
    assert lees_datum("2024/03/01") == date(2024, 3, 1)
    with pytest.raises(Waardefout, match="geen datum"):
        lees_datum("2024/03-01")
    # Een tijdstip (zoals toewijzingssystemen uitvoeren) telt als die dag.
    assert lees_datum(datetime(2024, 3, 1, 12, 30)) == date(2024, 3, 1)  # noqa: DTZ001
    assert lees_datum("2024-03-01 10:30") == date(2024, 3, 1)
    assert lees_datum("2024-03-01T10:30:15.123") == date(2024, 3, 1)
    assert lees_datum("01-03-2024 23:59:59") == date(2024, 3, 1)
    # Met een tijdzone: de dag in Nederland (23:30 UTC op 29 februari is 1 maart in Nederland).
    assert lees_datum("2024-02-29T23:30:00Z") == date(2024, 3, 1)
    assert lees_datum("2024-03-01T00:30:00+01:00") == date(2024, 3, 1)
    with pytest.raises(Waardefout, match="geen geldige tijd"):
        lees_datum("2024-03-01 24:00")
    with pytest.raises(Waardefout, match="geen getal"):
        lees_datum(45000)


def test_vlaggen() -> None:
    for tekst in ("ja", "JA", " j ", "1", "true", "Waar"):
        assert lees_vlag(tekst) is True
    for tekst in ("nee", "N", "0", "false", "onwaar"):
        assert lees_vlag(tekst) is False
    assert lees_vlag("") is None
    assert lees_vlag(True) is True
    assert lees_vlag(0) is False
    with pytest.raises(Waardefout, match="geen ja/nee-waarde"):
        lees_vlag("misschien")
    with pytest.raises(Waardefout, match="verwacht ja of nee"):
        lees_vlag(2)


def test_aantallen_en_tekst() -> None:
    assert lees_aantal("3") == 3
    assert lees_aantal(3.0) == 3
    assert lees_aantal(Decimal(4)) == 4
    assert lees_aantal(" ") is None
    for fout in ("2,5", "-1", "drie"):
        with pytest.raises(Waardefout, match="geen geheel aantal"):
            lees_aantal(fout)
    with pytest.raises(Waardefout, match="geen geheel aantal"):
        lees_aantal(2.5)
    with pytest.raises(Waardefout, match="ja/nee"):
        lees_aantal(True)
    assert lees_tekst("  Gorinchem ") == "Gorinchem"
    assert lees_tekst("   ") is None
    assert lees_tekst(123) == "123"
    with pytest.raises(Waardefout, match="ja/nee"):
        lees_tekst(False)
