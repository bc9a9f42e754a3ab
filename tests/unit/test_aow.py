"""AOW-status op 1 januari van het jaar van de huuringang."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import OnvoldoendeGegevens
from passend_toewijzen.modellen import Huishouden
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.aow import aow_bereikt_op, bepaal_aow_status


@pytest.mark.parametrize(
    ("geboren", "bereikt"),
    [
        (date(1951, 10, 15), date(2017, 7, 15)),  # 2017: 65 jaar en 9 maanden
        (date(1957, 1, 1), date(2023, 11, 1)),  # 2023: 66 jaar en 10 maanden (SVB: t/m 28-2-1957)
        (date(1957, 3, 1), date(2024, 3, 1)),  # 2024: 67 jaar
        (date(1955, 7, 1), date(2021, 11, 1)),  # 2021: 66 jaar en 4 maanden, niet 2022
        (date(1947, 11, 30), date(2012, 11, 30)),  # vóór 2013: 65 jaar
        (date(1940, 5, 5), date(2005, 5, 5)),  # vóór de dekking: 65 jaar (AOW sinds 1957)
        (date(1956, 2, 29), date(2022, 9, 29)),  # schrikkeldag, 2022: 66 jaar en 7 maanden
    ],
)
def test_aow_bereikt_op(geboren: date, bereikt: date) -> None:
    assert aow_bereikt_op(geboren, uiterlijk=date(2026, 1, 1)) == bereikt


def test_in_de_loop_van_het_jaar_bereikt_telt_pas_volgend_jaar() -> None:
    geboren = date(1951, 10, 15)
    assert aow_bereikt_op(geboren, uiterlijk=date(2017, 1, 1)) is None
    assert aow_bereikt_op(geboren, uiterlijk=date(2018, 1, 1)) == date(2017, 7, 15)


def test_bereikt_precies_op_1_januari_telt_mee() -> None:
    geboren = date(1953, 9, 1)  # 2019 en 2020: 66 jaar en 4 maanden -> 1 januari 2020
    assert aow_bereikt_op(geboren, uiterlijk=date(2020, 1, 1)) == date(2020, 1, 1)
    assert aow_bereikt_op(geboren, uiterlijk=date(2019, 12, 31)) is None


def huishouden(*geboortedata: date | None, **velden: object) -> Huishouden:
    rollen = ["aanvrager", "partner", "medebewoner", "medebewoner"]
    return Huishouden.model_validate(
        {
            "personen": [
                {"rol": rollen[i], "geboortedatum": g} for i, g in enumerate(geboortedata)
            ],
            **velden,
        }
    )


def test_eenpersoons() -> None:
    ps = parameters_op(date(2024, 6, 1))
    assert bepaal_aow_status(huishouden(date(1950, 1, 1)), date(2024, 6, 1), ps).aow
    assert not bepaal_aow_status(huishouden(date(1960, 1, 1)), date(2024, 6, 1), ps).aow


def test_kind_telt_niet_voor_de_aow_toets() -> None:
    hh = Huishouden.model_validate(
        {
            "personen": [
                {"rol": "aanvrager", "geboortedatum": "1980-01-01"},
                {"rol": "kind", "geboortedatum": None},
            ]
        }
    )
    assert not bepaal_aow_status(hh, date(2024, 6, 1), parameters_op(date(2024, 6, 1))).aow


def test_een_bewoner_volstaat_vanaf_2017() -> None:
    ps = parameters_op(date(2017, 6, 1))
    status = bepaal_aow_status(huishouden(date(1960, 1, 1), date(1948, 1, 1)), date(2017, 6, 1), ps)
    assert status.aow
    assert status.uitleg[-1].parameter is not None
    assert status.uitleg[-1].parameter.waarde == "een_bewoner"


def test_inkomensaandeel_in_2016() -> None:
    ps = parameters_op(date(2016, 6, 1))
    hh = huishouden(date(1960, 1, 1), date(1948, 1, 1))
    meer = bepaal_aow_status(hh, date(2016, 6, 1), ps, (Decimal(100), Decimal(101)))
    assert meer.aow
    precies_helft = bepaal_aow_status(hh, date(2016, 6, 1), ps, (Decimal(100), Decimal(100)))
    assert not precies_helft.aow
    with pytest.raises(OnvoldoendeGegevens, match="inkomen per bewoner"):
        bepaal_aow_status(hh, date(2016, 6, 1), ps, None)
    beiden = bepaal_aow_status(huishouden(date(1940, 1, 1), date(1948, 1, 1)), date(2016, 6, 1), ps)
    assert beiden.aow


def test_ontbrekende_geboortedatum() -> None:
    ps = parameters_op(date(2024, 6, 1))
    with pytest.raises(OnvoldoendeGegevens, match=r"personen\[1\] \(partner\)"):
        bepaal_aow_status(huishouden(date(1960, 1, 1), None), date(2024, 6, 1), ps)


def test_opgegeven_status_gaat_voor() -> None:
    ps = parameters_op(date(2024, 6, 1))
    status = bepaal_aow_status(
        huishouden(date(1990, 1, 1), aow_huishouden=True), date(2024, 6, 1), ps
    )
    assert status.aow
    assert status.uitleg[0].regel_id == "AOW-01"
