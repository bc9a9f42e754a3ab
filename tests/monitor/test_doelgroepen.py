"""De doelgroep van een huishouden volgt de bestaande regels, op de grens aan beide kanten."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import DatumBuitenTabel
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.monitor import Doelgroepindeling
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.tabellen.laden import laad_tabel

PEILDATUM = date(2025, 12, 31)
CENT = Decimal("0.01")


def zoeker(
    inkomen: Decimal, personen: int = 1, aow: bool = False, **velden: object
) -> Woningzoekende:
    return Woningzoekende(
        "Z",
        date(2020, 1, 1),
        personen,
        inkomen,
        aow,
        **velden,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("personen", "aow", "huishoudtype"),
    [
        (1, False, Huishoudtype.EENPERSOONS),
        (1, True, Huishoudtype.EENPERSOONS_AOW),
        (3, False, Huishoudtype.MEERPERSOONS),
        (2, True, Huishoudtype.MEERPERSOONS_AOW),
    ],
)
def test_passende_groep_tot_en_met_de_grens(
    personen: int, aow: bool, huishoudtype: Huishoudtype
) -> None:
    """ "Niet hoger dan" de passende inkomensgrens: op de grens in de passende groep, een cent
    erboven niet meer."""
    grens = parameters_op(PEILDATUM).bedrag(huishoudtype.parameter)
    indeling = Doelgroepindeling()
    op = indeling.van_zoeker(zoeker(grens, personen, aow), PEILDATUM)
    boven = indeling.van_zoeker(zoeker(grens + CENT, personen, aow), PEILDATUM)
    assert op.naam == f"passend_{huishoudtype.value}"
    assert boven.naam == "daeb_boven_passend"


def test_daeb_doelgroep_tot_en_met_de_daeb_grens() -> None:
    grens = parameters_op(PEILDATUM).bedrag("daeb_inkomensgrens_eenpersoons")
    indeling = Doelgroepindeling()
    assert indeling.van_zoeker(zoeker(grens), PEILDATUM).naam == "daeb_boven_passend"
    assert indeling.van_zoeker(zoeker(grens + CENT), PEILDATUM).naam == "hogere_inkomens"


def test_statushouders_horen_tot_de_passende_groep() -> None:
    """Vergunninghouders horen ongeacht het inkomen tot de passende groep (art. 54 lid 2)."""
    z = zoeker(
        Decimal(90000), 2, bijzondere_doelgroepen=frozenset({BijzondereDoelgroep.STATUSHOUDERS})
    )
    assert Doelgroepindeling().van_zoeker(z, PEILDATUM).naam == "passend_meerpersoons"


def test_met_een_huur_inkomenstabel() -> None:
    indeling = Doelgroepindeling(tabel=laad_tabel("landelijk"))
    assert indeling.van_zoeker(zoeker(Decimal(20000)), PEILDATUM).naam == "passende_groep"
    assert indeling.van_zoeker(zoeker(Decimal(90000)), PEILDATUM).naam == "boven_doelgroep"
    assert [d.naam for d in indeling.doelgroepen] == [
        "passende_groep",
        "doelgroep",
        "boven_doelgroep",
        "onbepaald",
    ]


def test_een_tabel_buiten_haar_geldigheid_noemt_de_periode() -> None:
    indeling = Doelgroepindeling(tabel=laad_tabel("woongaard-2015"))
    with pytest.raises(DatumBuitenTabel, match="2016-01-01 tot en met 2021-12-31"):
        indeling.van_zoeker(zoeker(Decimal(20000)), PEILDATUM)
