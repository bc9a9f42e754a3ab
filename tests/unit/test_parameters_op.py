"""parameters_op: een trapfunctie over de gedateerde waarden, met harde fouten buiten de dekking.

De tests worden uit de data zelf gegenereerd: voor elke gedateerde waarde de dag vóór en de dag
waarop zij ingaat.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from passend_toewijzen import DatumBuitenDekking, ParameterNietVanKracht, ParameterOnbekend
from passend_toewijzen.parameters import (
    Parameterset,
    Reekswaarde,
    Status,
    beschikbare_periode,
    parameters_op,
    register,
)

REG = register()
VAN, TOT = beschikbare_periode()
EEN_DAG = timedelta(days=1)


def _gevallen() -> list[tuple[str, int, Reekswaarde]]:
    gevallen = []
    for naam, definitie in sorted(REG.definities.items()):
        for index, rw in enumerate(definitie.reeks):
            if VAN <= rw.geldig_vanaf <= TOT:
                gevallen.append((naam, index, rw))
    return gevallen


GEVALLEN = _gevallen()


def test_er_zijn_gedateerde_waarden() -> None:
    assert len(GEVALLEN) > 50


@pytest.mark.parametrize(
    ("naam", "index", "rw"),
    GEVALLEN,
    ids=[f"{n}@{rw.geldig_vanaf.isoformat()}" for n, _, rw in GEVALLEN],
)
def test_dag_van_ingang_en_dag_ervoor(naam: str, index: int, rw: Reekswaarde) -> None:
    """Op de ingangsdatum geldt de nieuwe waarde; de dag ervoor de vorige (of geen)."""
    definitie = REG.definities[naam]
    op_de_dag = parameters_op(rw.geldig_vanaf)
    if rw.heeft_waarde:
        waarde = op_de_dag[naam]
        assert waarde.waarde == rw.waarde
        assert waarde.geldig_vanaf == rw.geldig_vanaf
        assert waarde.bron == rw.bron
        assert waarde.status is rw.status
    else:
        with pytest.raises(ParameterNietVanKracht):
            op_de_dag[naam]

    dag_ervoor = rw.geldig_vanaf - EEN_DAG
    if dag_ervoor < VAN:
        with pytest.raises(DatumBuitenDekking):
            parameters_op(dag_ervoor)
        return
    vorige = definitie.reeks[index - 1] if index > 0 else None
    ervoor = parameters_op(dag_ervoor)
    if vorige is not None and vorige.heeft_waarde:
        assert ervoor[naam].waarde == vorige.waarde
        assert ervoor[naam].geldig_vanaf == vorige.geldig_vanaf
        assert ervoor[naam].geldig_tot == dag_ervoor
    else:
        with pytest.raises(ParameterNietVanKracht):
            ervoor[naam]


@pytest.mark.parametrize(
    "datum", [VAN - EEN_DAG, TOT + EEN_DAG, date(1999, 1, 1), date(2099, 1, 1)]
)
def test_buiten_dekking_noemt_de_periode(datum: date) -> None:
    with pytest.raises(DatumBuitenDekking) as info:
        parameters_op(datum)
    melding = str(info.value)
    assert VAN.isoformat() in melding
    assert TOT.isoformat() in melding
    assert info.value.dekking_van == VAN
    assert info.value.dekking_tot == TOT


@pytest.mark.parametrize("datum", [VAN, TOT])
def test_randen_van_de_dekking_zijn_gedekt(datum: date) -> None:
    ps = parameters_op(datum)
    assert ps.peildatum == datum
    assert not ps.buiten_dekking


def test_buiten_dekking_alleen_op_verzoek() -> None:
    na = TOT + timedelta(days=40)
    ps = parameters_op(na, buiten_dekking_toestaan=True)
    assert ps.buiten_dekking
    laatste = parameters_op(TOT)
    assert {pw.naam: pw.waarde for pw in ps} == {pw.naam: pw.waarde for pw in laatste}


@pytest.mark.parametrize("fout", [datetime(2024, 1, 1, 12, 0), "2024-01-01", 20240101])  # noqa: DTZ001
def test_alleen_date_wordt_geaccepteerd(fout: object) -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        parameters_op(fout)  # type: ignore[arg-type]


def test_onbekende_parameternaam() -> None:
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(ParameterOnbekend, match="Onbekende parameter 'bestaat_niet'"):
        ps["bestaat_niet"]
    with pytest.raises(ParameterOnbekend):
        ps.geldt("bestaat_niet")


def test_liberalisatiegrens_bestaat_pas_vanaf_juli_2024() -> None:
    voor = parameters_op(date(2024, 6, 30))
    assert not voor.geldt("liberalisatiegrens")
    with pytest.raises(ParameterNietVanKracht, match="daeb_huurgrens"):
        voor["liberalisatiegrens"]
    assert voor.geldt("daeb_huurgrens")
    # Per 1 juli 2024 bestaat de grens: € 1.157,95 (secundair; Huurcommissie, puntentabel).
    juli = parameters_op(date(2024, 7, 1))
    assert juli.geldt("liberalisatiegrens")
    assert juli.bedrag("liberalisatiegrens") == Decimal("1157.95")
    na = parameters_op(date(2025, 1, 1))
    assert na.geldt("liberalisatiegrens")
    assert na.bedrag("liberalisatiegrens") > na.bedrag("daeb_huurgrens")


def test_onbekende_waarde_geeft_fout_en_wordt_niet_doorgetrokken() -> None:
    onbekend = [
        (naam, rw)
        for naam, d in REG.definities.items()
        for rw in d.reeks
        if rw.status is Status.ONBEKEND and VAN <= rw.geldig_vanaf <= TOT
    ]
    if not onbekend:
        pytest.skip("geen onbekende waarden in de data")
    for naam, rw in onbekend:
        ps = parameters_op(rw.geldig_vanaf)
        with pytest.raises(ParameterNietVanKracht, match="geen onderbouwde waarde"):
            ps[naam]
        with pytest.raises(ParameterNietVanKracht):
            ps.geldt(naam)
        assert naam in ps.onbekend


def test_parameterset_is_onveranderlijk() -> None:
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(AttributeError):
        ps.peildatum = date(2020, 1, 1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        ps.waarden["x"] = ps.waarden["daeb_huurgrens"]  # type: ignore[index]


def test_elke_waarde_heeft_bron_status_en_ingangsdatum() -> None:
    for moment in (date(2016, 1, 1), date(2024, 7, 1), TOT):
        ps: Parameterset = parameters_op(moment)
        assert len(ps) > 0
        for pw in ps:
            assert pw.bron.url.startswith("http")
            assert pw.geldig_vanaf <= moment
            assert pw.status in (Status.DEFINITIEF, Status.AFGELEID, Status.SECUNDAIR)
            if isinstance(pw.waarde, Decimal):
                assert pw.waarde >= 0


def test_geen_float_in_de_data() -> None:
    for definitie in REG.definities.values():
        for rw in definitie.reeks:
            assert not isinstance(rw.waarde, float)


def test_data_wordt_een_keer_gelezen_en_gecachet() -> None:
    assert register() is REG
    assert parameters_op(date(2024, 3, 1)) is parameters_op(date(2024, 3, 1))


def test_typed_toegang() -> None:
    ps = parameters_op(date(2024, 3, 1))
    assert isinstance(ps.bedrag("daeb_huurgrens"), Decimal)
    with pytest.raises(TypeError, match="geen leeftijd"):
        ps.leeftijd("daeb_huurgrens")
    with pytest.raises(TypeError, match="geen regime"):
        ps.regime("daeb_huurgrens")
    with pytest.raises(TypeError, match="geen aantal"):
        ps.aantal("daeb_huurgrens")
    with pytest.raises(TypeError, match="geen getal"):
        ps.bedrag("aow_leeftijd")
