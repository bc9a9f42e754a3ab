"""De opzoektabel van het lab geeft dezelfde cel als ``beoordeel``, voor elk huishouden en huur.

De simulatie vraagt de huur-inkomenstabel miljoenen keren om een oordeel; zij zoekt de
inkomensgroep en de huurband daarom één keer per datum op. Deze test toont dat dat hetzelfde
oordeel geeft als de bibliotheek zelf (``tabellen.beoordeel``), op de grenzen en ernaast.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.fouten import DatumBuitenTabel
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Woning, Woningsoort
from passend_toewijzen.regels.huishoudtype import bepaal_huishoudtype
from passend_toewijzen.simulatie.geschiktheid import Opzoektabel
from passend_toewijzen.tabellen import beoordeel, laad_tabel
from passend_toewijzen.tabellen.beoordelen import grenswaarde

GEVALLEN = [
    ("woongaard-2015", date(2019, 1, 1)),
    ("woongaard-2015", date(2021, 7, 1)),
    ("landelijk", date(2026, 1, 1)),
    ("woonkeus-stedendriehoek-2021", date(2021, 3, 1)),
    ("intermaris-2024", date(2024, 7, 1)),
]
OPZOEK = {(naam, datum): Opzoektabel(laad_tabel(naam), datum) for naam, datum in GEVALLEN}


def _huishouden(personen: int, inkomen: Decimal, aow: bool) -> Huishouden:
    leden = (Persoon(rol=Rol.AANVRAGER),) + (Persoon(rol=Rol.MEDEBEWONER),) * (personen - 1)
    return Huishouden(personen=leden, vastgesteld_inkomen=inkomen, aow_huishouden=aow)


def _woning(huur: Decimal) -> Woning:
    return Woning(id="W", kale_huur=huur, soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G")


def _grenzen(opzoek: Opzoektabel, personen: int, aow: bool) -> tuple[list[Decimal], list[Decimal]]:
    """De grenzen van de huurbanden en van de inkomensgroepen voor dit huishouden."""
    tabel = opzoek.tabel
    huishoudtype = bepaal_huishoudtype(personen, aow)

    def bedragen(reeks: tuple[Any, ...]) -> list[Decimal]:
        return [
            grenswaarde(g.tot, opzoek.parameters, huishoudtype, personen)[0]
            for g in reeks
            if g.tot is not None
        ]

    return bedragen(tabel.huurbanden), bedragen(tabel.groepen_voor(personen, aow))


@st.composite
def geval(draw: st.DrawFn) -> tuple[tuple[str, date], int, bool, Decimal, Decimal]:
    sleutel = draw(st.sampled_from(GEVALLEN))
    personen = draw(st.integers(min_value=1, max_value=6))
    aow = draw(st.booleans())
    huurgrenzen, inkomensgrenzen = _grenzen(OPZOEK[sleutel], personen, aow)
    cent = Decimal("0.01")

    def bedrag(min_: int, max_: int, grenzen: list[Decimal]) -> st.SearchStrategy[Decimal]:
        vrij = st.integers(min_value=min_, max_value=max_).map(lambda c: Decimal(c).scaleb(-2))
        op_grens = st.sampled_from(grenzen).flatmap(
            lambda g: st.sampled_from((g - cent, g, g + cent))
        )
        return st.one_of(vrij, op_grens)

    inkomen = draw(bedrag(0, 8_000_000, inkomensgrenzen))
    huur = draw(bedrag(20_000, 150_000, huurgrenzen))
    return sleutel, personen, aow, inkomen.max(Decimal(0)), huur.max(Decimal(0))


@settings(max_examples=400, deadline=None)
@given(geval())
def test_de_cel_van_de_opzoektabel_is_die_van_beoordeel(
    g: tuple[tuple[str, date], int, bool, Decimal, Decimal],
) -> None:
    """Voor elk huishouden (omvang, AOW, inkomen) en elke kale huur, ook precies op een grens van
    de tabel of één cent ernaast, zegt de opzoektabel van het lab hetzelfde als de tabel zelf:
    dezelfde inkomensgroep, dezelfde huurband, dezelfde cel (voorrang, toegestaan, uitgesloten)."""
    (naam, datum), personen, aow, inkomen, huur = g
    opzoek = OPZOEK[(naam, datum)]
    oordeel = beoordeel(_woning(huur), _huishouden(personen, inkomen, aow), opzoek.tabel, datum)
    groep = opzoek.groep(personen, aow, inkomen)
    band = opzoek.band(huur, personen)
    assert opzoek.groepnamen[groep] == oordeel.inkomensgroep
    assert opzoek.bandnamen[band] == oordeel.huurband
    assert opzoek.cel(groep, band) is oordeel.cel


def test_een_datum_buiten_de_tabel_is_een_fout_met_de_periode() -> None:
    with pytest.raises(DatumBuitenTabel, match=r"2016-01-01 tot en met 2021-12-31"):
        Opzoektabel(laad_tabel("woongaard-2015"), date(2026, 1, 1))
