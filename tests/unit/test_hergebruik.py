"""Hergebruik tussen toetsen: gedeelde parameterwaarden, vaste fouten en eenmalige eigenschappen.

Deze voorzieningen maken de toets van miljoenen toewijzingen snel; ze mogen geen uitkomst
veranderen en geen geheugen laten groeien.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import TracebackType

import pytest

from passend_toewijzen import toets
from passend_toewijzen.fouten import ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.huurklasse import bepaal_huurklasse, huurklasse_plan
from passend_toewijzen.toets import toets_toewijzing
from tests.conftest import OnbekendMaken
from tests.hulp import met_onbekend


def _toewijzing(datum: date, huur: str = "1200") -> Toewijzing:
    return Toewijzing(
        huishouden=Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER),),
            vastgesteld_inkomen=Decimal(20000),
            aow_huishouden=False,
        ),
        woning=Woning(
            id="W", kale_huur=Decimal(huur), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=datum,
        huuringangsdatum=datum,
    )


def _lengte(traceback: TracebackType | None) -> int:
    lengte = 0
    while traceback is not None:
        lengte += 1
        traceback = traceback.tb_next
    return lengte


def test_een_opgeslagen_parameterfout_groeit_niet_bij_elke_toets(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Een onbekende grens (hier de liberalisatiegrens in de tweede helft van 2024, als onbekend
    gemaakt) staat als fout in het plan en wordt bij elke toets opnieuw gegeven; zijn traceback
    (met de frames en alles wat die vasthouden) mag daarbij niet aangroeien."""
    datum = date(2024, 9, 1)
    onbekend_maken("liberalisatiegrens", date(2024, 7, 1), date(2024, 12, 31))
    uitkomsten = [toets_toewijzing(_toewijzing(datum)) for _ in range(50)]
    assert all(u.opmerkingen == uitkomsten[0].opmerkingen for u in uitkomsten)
    assert uitkomsten[0].opmerkingen[0].startswith("huurklasse niet bepaald: ")
    plan = toets._context(datum, None, False).huurklassen
    fouten = [g for _, g in plan if isinstance(g, Exception)]
    assert len(fouten) == 1
    assert _lengte(fouten[0].__traceback__) <= 3


def test_een_fout_in_een_plan_houdt_geen_tracebacks_vast() -> None:
    """Hetzelfde voor een plan dat de aanroeper zelf bewaart en telkens opnieuw gebruikt."""
    plan = huurklasse_plan(met_onbekend(parameters_op(date(2024, 9, 1)), "liberalisatiegrens"))
    for _ in range(50):
        with pytest.raises(ParameterNietVanKracht) as info:
            bepaal_huurklasse(Decimal(1200), plan)
    assert _lengte(info.value.__traceback__) <= 3


def test_parameterwaarden_worden_gedeeld_tussen_peildata() -> None:
    """Tussen twee wijzigingen is de geldende waarde op elke peildatum hetzelfde object."""
    a = parameters_op(date(2024, 3, 1))
    b = parameters_op(date(2024, 3, 2))
    assert a["aftoppingsgrens_laag"] is b["aftoppingsgrens_laag"]
    assert a.peildatum != b.peildatum
    # Na een wijziging (1 januari) een andere waarde.
    c = parameters_op(date(2025, 3, 1))
    assert c["aftoppingsgrens_laag"] != a["aftoppingsgrens_laag"]


def test_gedeelde_plannen_geven_per_peildatum_het_eigen_ontvangstbewijs() -> None:
    """Gedeelde plannen veranderen niets aan wat per peildatum verschilt."""
    u1 = toets_toewijzing(_toewijzing(date(2024, 3, 1), "600"))
    u2 = toets_toewijzing(_toewijzing(date(2024, 3, 2), "600"))
    assert u1.ontvangstbewijs.peildatum == date(2024, 3, 1)
    assert u2.ontvangstbewijs.peildatum == date(2024, 3, 2)
    assert (
        u1._replace(huuringangsdatum=u2.huuringangsdatum, ontvangstbewijs=u2.ontvangstbewijs) == u2
    )


def test_eenmalige_eigenschappen_van_een_huishouden() -> None:
    """``alleen_vergunninghouders`` en dergelijke worden één keer berekend en bewaard."""
    hh = Huishouden(
        personen=(
            Persoon(rol=Rol.AANVRAGER, vergunninghouder=True),
            Persoon(rol=Rol.PARTNER, vergunninghouder=True, studiefinanciering=True),
        )
    )
    assert hh.alleen_vergunninghouders
    assert not hh.alleen_studenten
    assert hh.heeft_partner
    assert hh.__dict__["alleen_vergunninghouders"] is True
    assert hh == Huishouden(personen=hh.personen)
    assert type(hh).alleen_vergunninghouders.__get__(None, type(hh)) is not None
