"""De toets zonder uitleg: standaard is er altijd uitleg."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.toets import toets_toewijzing


def test_standaard_blijft_met_uitleg() -> None:
    """Zonder het argument is er uitleg, zoals altijd."""
    t = Toewijzing(
        huishouden=Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER),),
            vastgesteld_inkomen=Decimal(20000),
            aow_huishouden=False,
        ),
        woning=Woning(
            id="W", kale_huur=Decimal("600"), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=date(2024, 3, 1),
        huuringangsdatum=date(2024, 3, 1),
    )
    assert toets_toewijzing(t).uitleg
    assert toets_toewijzing(t, uitleg=True) == toets_toewijzing(t)
    assert toets_toewijzing(t, uitleg=False).uitleg == ()
