"""Het opvragen van parameters is een trapfunctie van de datum (hypothesis).

Elke wettelijke waarde geldt vanaf haar ingangsdatum tot de dag vóór de volgende waarde. Deze
eigenschappen nemen een willekeurige parameter en een willekeurige gedateerde waarde uit de
meegeleverde data en controleren wat :func:`parameters_op` op, na en vóór die datum teruggeeft.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend_toewijzen.fouten import DatumBuitenDekking
from passend_toewijzen.parameters import (
    Parameterset,
    Reekswaarde,
    Status,
    beschikbare_periode,
    parameters_op,
    register,
)
from tests.eigenschappen.bewijs import grondslag

VAN, TOT = beschikbare_periode()
DAG = timedelta(days=1)


class Geldigheid:
    """Eén gedateerde waarde van een parameter met de dagen (binnen de dekking) waarop zij geldt."""

    def __init__(self, naam: str, index: int) -> None:
        reeks = register().definities[naam].reeks
        self.naam = naam
        self.index = index
        self.waarde: Reekswaarde = reeks[index]
        self.vorige: Reekswaarde | None = reeks[index - 1] if index else None
        einde = reeks[index + 1].geldig_vanaf - DAG if index + 1 < len(reeks) else date.max
        self.eerste_dag = max(self.waarde.geldig_vanaf, VAN)
        self.laatste_dag = min(einde, TOT)

    def __repr__(self) -> str:
        return f"Geldigheid({self.naam!r}, {self.index}, vanaf {self.waarde.geldig_vanaf})"


GELDIGHEDEN = [
    g
    for naam in sorted(register().definities)
    for index in range(len(register().definities[naam].reeks))
    if (g := Geldigheid(naam, index)).eerste_dag <= g.laatste_dag
]


def _controleer(ps: Parameterset, naam: str, verwacht: Reekswaarde | None) -> None:
    """``ps`` geeft voor ``naam`` precies de reekswaarde ``verwacht`` (of geen, vóór de eerste)."""
    if verwacht is None:
        assert naam not in ps.waarden
        assert "geldt pas vanaf" in ps.ontbrekend[naam]
        return
    if verwacht.vervallen or verwacht.status is Status.ONBEKEND or verwacht.waarde is None:
        assert naam not in ps.waarden
        assert verwacht.geldig_vanaf.isoformat() in ps.ontbrekend[naam]
        return
    geldend = ps[naam]
    assert geldend.waarde == verwacht.waarde
    assert type(geldend.waarde) is type(verwacht.waarde)
    assert geldend.geldig_vanaf == verwacht.geldig_vanaf
    assert geldend.status is verwacht.status
    assert geldend.bron == verwacht.bron
    assert naam not in ps.ontbrekend


def _op(datum: date) -> Parameterset:
    return parameters_op(datum, sta_voorlopig_toe=True)


@grondslag(
    "Inwerkingtreding van de wettelijke waarden (Woningwet, BTIV 2015, Wet op de huurtoeslag en "
    "de jaarlijkse ministeriële regelingen): elke waarde geldt vanaf haar ingangsdatum"
)
@given(st.sampled_from(GELDIGHEDEN), st.data())
def test_een_waarde_geldt_vanaf_haar_ingangsdatum_tot_de_volgende(
    geldigheid: Geldigheid, data: st.DataObject
) -> None:
    """Een wettelijke waarde (een grens, een norm, een factor of een regime) geldt vanaf de dag
    waarop zij in werking treedt tot en met de dag vóór de volgende waarde. Voor elke parameter en
    elke gedateerde waarde geeft het opvragen op de ingangsdatum, op elke dag daarna tot de
    volgende waarde en op de laatste dag daarvan precies die waarde, met haar ingangsdatum, status
    en bron; op de dag vóór de ingangsdatum geldt nog de vorige waarde (of, vóór de eerste, nog
    geen). Een onbekende of vervallen waarde geeft nooit een stille andere waarde."""
    naam = geldigheid.naam
    tussendag = data.draw(
        st.dates(min_value=geldigheid.eerste_dag, max_value=geldigheid.laatste_dag)
    )
    for dag in (geldigheid.eerste_dag, tussendag, geldigheid.laatste_dag):
        _controleer(_op(dag), naam, geldigheid.waarde)
    dag_ervoor = geldigheid.waarde.geldig_vanaf - DAG
    if dag_ervoor >= VAN:
        _controleer(_op(dag_ervoor), naam, geldigheid.vorige)
    elif geldigheid.waarde.geldig_vanaf == VAN:
        with pytest.raises(DatumBuitenDekking):
            _op(dag_ervoor)


@grondslag(
    "Waarborg van de bibliotheek (geen wetsartikel): buiten de gedekte periode wordt geen "
    "wettelijke waarde verondersteld"
)
@given(
    st.one_of(
        st.dates(max_value=VAN - DAG),
        st.dates(min_value=TOT + DAG),
    )
)
def test_buiten_de_dekking_geen_waarden_maar_een_fout_die_de_periode_noemt(datum: date) -> None:
    """Voor een datum vóór of na de periode waarvoor de bibliotheek de wettelijke waarden bevat,
    geeft het opvragen geen waarden (ook niet de dichtstbijzijnde) maar de fout
    ``DatumBuitenDekking``, en de melding noemt de gedekte periode met begin- en einddatum."""
    with pytest.raises(DatumBuitenDekking) as info:
        parameters_op(datum)
    fout = info.value
    assert fout.datum == datum
    assert (fout.dekking_van, fout.dekking_tot) == (VAN, TOT)
    melding = str(fout)
    assert datum.isoformat() in melding
    assert f"{VAN.isoformat()} tot en met {TOT.isoformat()}" in melding
