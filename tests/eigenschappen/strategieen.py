"""Hypothesis-strategieën voor toewijzingen binnen de gedekte periode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters import (
    Parameterset,
    Status,
    beschikbare_periode,
    parameters_op,
    register,
)

VAN, TOT = beschikbare_periode()

datums = st.dates(min_value=VAN, max_value=TOT)
bedragen = st.integers(min_value=0, max_value=12_000_000).map(lambda c: Decimal(c).scaleb(-2))
huren = st.integers(min_value=0, max_value=150_000).map(lambda c: Decimal(c).scaleb(-2))
soorten = st.sampled_from(list(Woningsoort))


def woning(huur: Decimal, soort: Woningsoort, daeb: bool) -> Woning:
    """Een woning zonder subsidiabele servicekosten: de rekenhuur is de kale huur (de eigenschap
    van de rekenhuur zelf staat in ``test_grenzen``)."""
    return Woning(
        id="W",
        kale_huur=huur,
        soort=soort,
        daeb=daeb,
        gemeente="G",
        huurtoeslag_mogelijk=True
        if soort in (Woningsoort.ONZELFSTANDIG, Woningsoort.STANDPLAATS)
        else None,
        subsidiabele_servicekosten=Decimal(0),
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


@st.composite
def toewijzingen_rond_de_grenzen(draw: st.DrawFn, jaar: int = 2024) -> Toewijzing:
    """Toewijzingen in één jaar met inkomens en huren rond de grenzen van dat jaar.

    Zo komen in één verslagjaar veel toewijzingen van elke soort voor, ook niet-passende (een
    smalle huurband boven de aftoppingsgrens) die in het verslag met naam worden genoemd.
    """
    return maak(
        draw(st.dates(min_value=date(jaar, 1, 1), max_value=date(jaar, 12, 31))),
        Decimal(draw(st.integers(min_value=1_500_000, max_value=6_000_000))).scaleb(-2),
        Decimal(draw(st.integers(min_value=55_000, max_value=95_000))).scaleb(-2),
        draw(st.integers(min_value=1, max_value=5)),
        draw(st.booleans()),
        draw(soorten),
        draw(st.booleans()),
        draw(st.integers(min_value=0, max_value=90)),
    )


def _perioden() -> tuple[tuple[date, date], ...]:
    """De aaneengesloten perioden binnen de dekking waarin geen enkele parameter verandert."""
    reg = register()
    begindata = sorted(
        {VAN}
        | {
            rw.geldig_vanaf
            for definitie in reg.definities.values()
            for rw in definitie.reeks
            if VAN < rw.geldig_vanaf <= TOT
        }
    )
    einddata = [d - timedelta(days=1) for d in begindata[1:]] + [TOT]
    return tuple(zip(begindata, einddata, strict=True))


PERIODEN = _perioden()


def bekend(ps: Parameterset, *namen: str) -> bool:
    """Of alle ``namen`` op de peildatum van ``ps`` een bruikbare waarde hebben.

    Een voorlopige waarde telt niet: die geeft bij opvragen een fout.
    """
    return all(
        naam in ps.waarden and ps.waarden[naam].status is not Status.VOORLOPIG for naam in namen
    )


@st.composite
def datum_waarop(draw: st.DrawFn, voorwaarde: Callable[[Parameterset], bool]) -> date:
    """Een datum in de dekking waarop ``voorwaarde`` geldt voor de parameters van die datum.

    Eerst wordt een periode gekozen (elke periode even vaak, ook de korte, zoals de eerste helft
    van 2015), dan een dag daarbinnen; zo komt elk jaar en elk regime aan bod.
    """
    kandidaten = [p for p in PERIODEN if voorwaarde(parameters_op(p[0]))]
    van, tot = draw(st.sampled_from(kandidaten))
    return draw(st.dates(min_value=van, max_value=tot))
