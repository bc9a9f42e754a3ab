"""De rekenregels van de monitor, met de hand nagerekend."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from passend_toewijzen.monitor import (
    aandeel_binnen,
    dissimilariteitsindex,
    getal,
    kwartaal,
    locatiequotient,
    marktdruk,
    mediaan,
    percentiel,
    slaagkans,
    verdeling,
    volle_maanden,
)


@pytest.mark.parametrize(
    ("van", "tot", "maanden"),
    [
        (date(2025, 1, 15), date(2025, 1, 15), 0),
        (date(2025, 1, 15), date(2025, 2, 14), 0),
        (date(2025, 1, 15), date(2025, 2, 15), 1),
        (date(2025, 1, 31), date(2025, 2, 27), 0),
        (date(2025, 1, 31), date(2025, 2, 28), 1),  # februari is korter: de laatste dag telt
        (date(2024, 1, 31), date(2024, 2, 29), 1),  # schrikkeljaar
        (date(2024, 1, 31), date(2024, 2, 28), 0),
        (date(2023, 3, 15), date(2025, 3, 14), 23),
        (date(2023, 3, 15), date(2025, 3, 15), 24),
        (date(2023, 12, 31), date(2024, 1, 30), 0),
        (date(2023, 12, 31), date(2024, 1, 31), 1),
    ],
)
def test_volle_maanden(van: date, tot: date, maanden: int) -> None:
    assert volle_maanden(van, tot) == maanden


def test_volle_maanden_terug_in_de_tijd_is_een_fout() -> None:
    with pytest.raises(ValueError, match="ligt vóór de begindatum"):
        volle_maanden(date(2025, 2, 1), date(2025, 1, 31))


def test_mediaan_oneven_en_even() -> None:
    assert mediaan([7, 1, 3]) == 3
    assert mediaan([7, 1, 3, 4]) == Fraction(7, 2)  # (3 + 4) / 2
    assert mediaan([5]) == 5
    assert mediaan([1, 2]) == Fraction(3, 2)


def test_percentielen_methode_7() -> None:
    # x = 1, 2, 3, 4, 10; n = 5. p25: h = 1 → 2; p75: h = 3 → 4; p90: h = 3,6 → 4 + 0,6·6 = 7,6.
    x = [10, 3, 1, 4, 2]
    assert percentiel(x, Fraction(1, 4)) == 2
    assert percentiel(x, Fraction(3, 4)) == 4
    assert percentiel(x, Fraction(9, 10)) == Fraction(38, 5)
    assert percentiel(x, Fraction(0)) == 1
    assert percentiel(x, Fraction(1)) == 10
    v = verdeling(x)
    assert v.aantal == 5
    assert v.gemiddelde == 4
    verwacht: tuple[Fraction | None, ...] = (Fraction(3), Fraction(2), Fraction(4), Fraction(38, 5))
    assert (v.mediaan, v.p25, v.p75, v.p90) == verwacht


def test_een_lege_verdeling() -> None:
    assert verdeling([]) == (0, None, None, None, None, None)
    with pytest.raises(ValueError, match="nul waarden"):
        percentiel([], Fraction(1, 2))


def test_slaagkans_marktdruk_en_aandeel() -> None:
    assert slaagkans(5, 40) == Fraction(1, 8)
    assert slaagkans(5, 0) is None
    assert marktdruk(120, 4) == 30
    assert marktdruk(0, 0) is None
    # Ten hoogste het doel telt als binnen het doel (18 binnen, 19 niet).
    assert aandeel_binnen([17, 18, 19, 30], 18) == Fraction(1, 2)
    assert aandeel_binnen([], 18) is None


def test_dissimilariteitsindex_nul_en_een() -> None:
    # Gelijk verdeeld: in elke wijk hetzelfde aandeel van de groep als van de rest.
    assert dissimilariteitsindex({"A": (2, 8), "B": (1, 4), "C": (3, 12)}) == 0
    # Volledig gescheiden: de groep woont alleen in A, de rest alleen in B en C.
    assert dissimilariteitsindex({"A": (5, 0), "B": (0, 7), "C": (0, 3)}) == 1
    # Met de hand: A = 4, B = 16; ½(|3/4 − 4/16| + |1/4 − 12/16|) = ½(1/2 + 1/2) = 1/2.
    assert dissimilariteitsindex({"N": (3, 4), "Z": (1, 12)}) == Fraction(1, 2)
    assert dissimilariteitsindex({"A": (0, 5)}) is None


def test_locatiequotient() -> None:
    # Wijk: 3 van 10 verhuringen aan de groep; overal: 10 van 100. (3/10)/(10/100) = 3.
    assert locatiequotient(3, 10, 10, 100) == 3
    assert locatiequotient(1, 10, 10, 100) == 1
    assert locatiequotient(0, 10, 10, 100) == 0
    assert locatiequotient(1, 0, 10, 100) is None
    assert locatiequotient(0, 10, 0, 100) is None


def test_kwartalen() -> None:
    assert kwartaal(date(2025, 1, 1)) == "2025-K1"
    assert kwartaal(date(2025, 3, 31)) == "2025-K1"
    assert kwartaal(date(2025, 4, 1)) == "2025-K2"
    assert kwartaal(date(2025, 9, 30)) == "2025-K3"
    assert kwartaal(date(2025, 12, 31)) == "2025-K4"


def test_getallen_naar_beneden_afgerond() -> None:
    assert getal(Fraction(2, 3)) == "0.6666"
    assert getal(Fraction(-2, 3)) == "-0.6666"
    assert getal(3) == "3.0000"
    assert getal(None) is None
