"""Hypothesis-strategieën voor toewijzingen binnen de gedekte periode."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters import beschikbare_periode

VAN, TOT = beschikbare_periode()

datums = st.dates(min_value=VAN, max_value=TOT)
bedragen = st.integers(min_value=0, max_value=12_000_000).map(lambda c: Decimal(c).scaleb(-2))
huren = st.integers(min_value=0, max_value=150_000).map(lambda c: Decimal(c).scaleb(-2))
soorten = st.sampled_from(list(Woningsoort))


def woning(huur: Decimal, soort: Woningsoort, daeb: bool) -> Woning:
    return Woning(
        id="W",
        kale_huur=huur,
        soort=soort,
        daeb=daeb,
        gemeente="G",
        huurtoeslag_mogelijk=True
        if soort in (Woningsoort.ONZELFSTANDIG, Woningsoort.STANDPLAATS)
        else None,
    )


def maak(
    datum: date,
    inkomen: Decimal,
    huur: Decimal,
    personen: int,
    aow: bool,
    soort: Woningsoort = Woningsoort.ZELFSTANDIG,
    daeb: bool = True,
    toegewezen_dagen_eerder: int = 0,
) -> Toewijzing:
    leden = (Persoon(rol=Rol.AANVRAGER),) + tuple(
        Persoon(rol=Rol.MEDEBEWONER) for _ in range(personen - 1)
    )
    return Toewijzing(
        huishouden=Huishouden(personen=leden, vastgesteld_inkomen=inkomen, aow_huishouden=aow),
        woning=woning(huur, soort, daeb),
        toewijzingsdatum=max(
            VAN - timedelta(days=400), datum - timedelta(days=toegewezen_dagen_eerder)
        ),
        huuringangsdatum=datum,
    )


@st.composite
def toewijzingen(draw: st.DrawFn) -> Toewijzing:
    return maak(
        draw(datums),
        draw(bedragen),
        draw(huren),
        draw(st.integers(min_value=1, max_value=5)),
        draw(st.booleans()),
        draw(soorten),
        draw(st.booleans()),
        draw(st.integers(min_value=0, max_value=90)),
    )
