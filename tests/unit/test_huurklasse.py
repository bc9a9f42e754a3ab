"""Huurklasse: elke grens is inclusief ("ten hoogste"); getoetst op elke grens, elk peilmoment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen import ParameterNietVanKracht
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.parameters.overzicht import momenten
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse

CENT = Decimal("0.01")
GRENZEN = (
    ("kwaliteitskortingsgrens", Huurklasse.GOEDKOOP, Huurklasse.BETAALBAAR_LAAG),
    ("aftoppingsgrens_laag", Huurklasse.BETAALBAAR_LAAG, Huurklasse.BETAALBAAR_HOOG),
    ("aftoppingsgrens_hoog", Huurklasse.BETAALBAAR_HOOG, Huurklasse.DUUR_TOT_HUURGRENS),
    ("liberalisatiegrens", Huurklasse.MIDDENHUUR, Huurklasse.VRIJE_SECTOR),
)


def _compleet(moment: date) -> bool:
    ps = parameters_op(moment)
    namen = (
        "kwaliteitskortingsgrens",
        "aftoppingsgrens_laag",
        "aftoppingsgrens_hoog",
        "daeb_huurgrens",
    )
    return all(n in ps for n in namen) and "liberalisatiegrens" not in ps.onbekend


MOMENTEN = momenten()
COMPLEET = [m for m in MOMENTEN if _compleet(m)]


def test_er_zijn_volledige_peilmomenten() -> None:
    assert len(COMPLEET) >= 5


@pytest.mark.parametrize("moment", COMPLEET, ids=[m.isoformat() for m in COMPLEET])
def test_elke_grens_op_en_net_boven(moment: date) -> None:
    ps = parameters_op(moment)
    boven_huurgrens = (
        Huurklasse.MIDDENHUUR if ps.geldt("liberalisatiegrens") else Huurklasse.VRIJE_SECTOR
    )
    grenzen: list[tuple[str, Huurklasse, Huurklasse]] = [
        *GRENZEN[:3],
        ("daeb_huurgrens", Huurklasse.DUUR_TOT_HUURGRENS, boven_huurgrens),
    ]
    if ps.geldt("liberalisatiegrens"):
        grenzen.append(GRENZEN[3])
    for naam, onder, boven in grenzen:
        grens = ps.bedrag(naam)
        assert bepaal_huurklasse(grens, ps).klasse is onder, f"{naam} op de grens"
        assert bepaal_huurklasse(grens - CENT, ps).klasse is onder, f"{naam} cent eronder"
        indeling = bepaal_huurklasse(grens + CENT, ps)
        assert indeling.klasse is boven, f"{naam} cent erboven"
        assert indeling.ondergrens is not None
        assert indeling.ondergrens.naam == naam


def test_nul_is_goedkoop_en_heeft_geen_ondergrens() -> None:
    ps = parameters_op(COMPLEET[-1])
    indeling = bepaal_huurklasse(Decimal(0), ps)
    assert indeling.klasse is Huurklasse.GOEDKOOP
    assert indeling.ondergrens is None
    assert indeling.bovengrens is not None
    assert indeling.bovengrens.naam == "kwaliteitskortingsgrens"


def test_vrije_sector_heeft_geen_bovengrens() -> None:
    ps = parameters_op(COMPLEET[-1])
    indeling = bepaal_huurklasse(Decimal(100000), ps)
    assert indeling.klasse is Huurklasse.VRIJE_SECTOR
    assert indeling.bovengrens is None
    assert indeling.vera_code == "BOV"


@pytest.mark.parametrize(
    ("klasse", "code"),
    [
        (Huurklasse.GOEDKOOP, "GOE"),
        (Huurklasse.BETAALBAAR_LAAG, "BET"),
        (Huurklasse.BETAALBAAR_HOOG, "BET"),
        (Huurklasse.DUUR_TOT_HUURGRENS, "DUU"),
        (Huurklasse.MIDDENHUUR, "BOV"),
        (Huurklasse.VRIJE_SECTOR, "BOV"),
    ],
)
def test_vera_codes(klasse: Huurklasse, code: str) -> None:
    assert klasse.vera_code == code
    assert klasse.omschrijving


def test_geen_float_en_geen_negatieve_huur() -> None:
    ps = parameters_op(COMPLEET[-1])
    with pytest.raises(TypeError, match="Decimal"):
        bepaal_huurklasse(640.1, ps)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negatief"):
        bepaal_huurklasse(Decimal("-0.01"), ps)


def test_onbekende_grens_geeft_fout_in_plaats_van_gok() -> None:
    onvolledig = [m for m in MOMENTEN if m not in COMPLEET]
    if not onvolledig:
        pytest.skip("alle peilmomenten hebben alle huurgrenzen")
    ps = parameters_op(onvolledig[0])
    with pytest.raises(ParameterNietVanKracht):
        bepaal_huurklasse(Decimal(100000), ps)
