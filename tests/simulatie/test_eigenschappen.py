"""Eigenschappen van het beleidslab (hypothesis), in de woorden van het beleid.

Deze eigenschappen gelden voor het model zonder toeval in het toewijzen: iedereen die mag
reageren, reageert en aanvaardt, en niemand vertrekt of schrijft zich in. Dan is de uitkomst een
zuivere rangorde, en volgen de eigenschappen uit de manier van toewijzen zelf.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.simulatie.huur import woningen_van
from passend_toewijzen.simulatie.motor import bereid_voor, draai
from passend_toewijzen.simulatie.scenario import DOELGROEPEN
from tests.simulatie.hulp import scenario, woning, zoeker

JAAR = 2019

TABEL = """
[scenario]
naam = "tabel"
[toewijzing]
tabel = "woongaard-2015"
[mutatie]
mutatiekans = {kans}
"""
WET = """
[scenario]
naam = "wet"
[toewijzing]
tabel = "landelijk"
[mutatie]
mutatiekans = {kans}
"""


@st.composite
def markt(draw: st.DrawFn) -> tuple[list[Woningzoekende], list[Decimal], int]:
    aantal = draw(st.integers(min_value=1, max_value=25))
    lijst = [
        zoeker(
            i,
            date(2010, 1, 1) + timedelta(days=draw(st.integers(0, 8)) * 365),
            personen=draw(st.integers(1, 4)),
            inkomen=str(draw(st.integers(8_000, 60_000))),
            aow=draw(st.booleans()),
        )
        for i in range(aantal)
    ]
    huren = draw(
        st.lists(
            st.integers(min_value=35_000, max_value=90_000).map(lambda c: Decimal(c).scaleb(-2)),
            min_size=1,
            max_size=30,
        )
    )
    return lijst, huren, draw(st.integers(min_value=0, max_value=2**32))


def _draai(tekst: str, lijst: list[Woningzoekende], huren: list[Decimal], zaad: int) -> list[int]:
    """Per doelgroep het aantal gehuisveste zoekers, en als laatste het totaal."""
    s = scenario(tekst)
    stock = [woning(i, str(h), kans=None) for i, h in enumerate(huren)]
    v = bereid_voor(s, woningen_van(s, stock, date(JAAR, 1, 1))[0], lijst, [JAAR])
    h = draai(v, zaad, 1)
    per_groep = [0] * len(DOELGROEPEN)
    for r in h.verhuringen:
        per_groep[v.doelgroep[0][r.zoeker]] += 1
    return [*per_groep, len(h.verhuringen)]


@settings(max_examples=60, deadline=None)
@given(markt(), st.sampled_from(["0.3", "0.6", "1"]))
def test_een_beleid_dat_niemand_uitsluit_verhuurt_nooit_minder_woningen(
    m: tuple[list[Woningzoekende], list[Decimal], int], kans: str
) -> None:
    """Bij dezelfde vrijkomende woningen verhuurt een corporatie die alleen de wet toepast (de
    landelijke basistabel: niemand is uitgesloten) nooit minder woningen dan met de
    huur-inkomenstabel van Woongaard, die huishoudens van sommige huren uitsluit."""
    lijst, huren, zaad = m
    wet = _draai(WET.format(kans=kans), lijst, huren, zaad)
    tabel = _draai(TABEL.format(kans=kans), lijst, huren, zaad)
    assert wet[-1] >= tabel[-1]


@settings(max_examples=60, deadline=None)
@given(markt(), st.sampled_from([("0.2", "0.5"), ("0.5", "1"), ("0.2", "1")]))
def test_meer_vrijkomende_woningen_verlagen_geen_enkele_slaagkans(
    m: tuple[list[Woningzoekende], list[Decimal], int], kansen: tuple[str, str]
) -> None:
    """Komen er meer woningen vrij (een hogere mutatiekans, met dezelfde woningen die ook al
    vrijkwamen), dan krijgt in geen enkele doelgroep een kleiner aantal woningzoekenden een
    woning: de slaagkans van geen enkele doelgroep daalt, met de tabel van Woongaard en met
    alleen de wet."""
    lijst, huren, zaad = m
    laag, hoog = kansen
    for tekst in (TABEL, WET):
        minder = _draai(tekst.format(kans=laag), lijst, huren, zaad)
        meer = _draai(tekst.format(kans=hoog), lijst, huren, zaad)
        assert all(b >= a for a, b in zip(minder, meer, strict=True))
