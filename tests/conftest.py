"""Gedeelde testhulpmiddelen en de hypothesis-profielen.

Profielen (kies met de omgevingsvariabele ``HYPOTHESIS_PROFILE``):

``gewoon`` (standaard)
    De gewone testrun: 100 voorbeelden per eigenschap (tenzij een test er zelf minder vraagt),
    zonder tijdslimiet per voorbeeld en zonder de gezondheidscontrole op trage generatie: de
    machines zijn gedeeld en druk, en een test mag niet op snelheid falen (snelheid meten de
    benchmarks). Snel genoeg voor elke commit.
``bewijs``
    De bewijsrun voor het bewijsdossier (``scripts/bewijsdossier.py``): 1000 voorbeelden per
    eigenschap (ook waar een test zelf minder vraagt, zie ``tests.eigenschappen.bewijs``), geen
    tijdslimiet per voorbeeld en een vaste volgorde van voorbeelden (``derandomize``), zodat een
    herhaling van de run precies dezelfde voorbeelden probeert.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, settings

from passend_toewijzen import _gedeeld, toets
from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.parameters.opvragen import parameters_op as echte_parameters_op
from passend_toewijzen.parameters.waarden import Parameterset

BEWIJS_VOORBEELDEN = 1000
"""Het aantal voorbeelden per eigenschap in de bewijsrun."""

settings.register_profile(
    "bewijs",
    max_examples=BEWIJS_VOORBEELDEN,
    deadline=None,
    derandomize=True,
    print_blob=True,
)
settings.register_profile(
    "gewoon",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gewoon"))

TESTBELEID = """
[beleid]
naam = "testbeleid (fictieve indexatiefactoren, GEEN wettelijke waarden)"

[bronnen.test]
titel = "Fictieve testwaarden voor de testsuite"
uitgever = "passend_toewijzen testsuite"
url = "https://example.org/testwaarden"
soort = "secundair"

[parameters.indexatiefactor_t1]
vervangt_wettelijke_waarde = true
waarden = [
{werte}
]

[parameters.indexatiefactor_t2]
vervangt_wettelijke_waarde = true
waarden = [
{werte2}
]
"""


def maak_testbeleid() -> Beleid:
    """Een beleid met fictieve indexatiefactoren (1,01 en 1,02) voor 2016 tot en met 2026."""
    regels1 = ",\n".join(
        f'  {{ geldig_vanaf = {j}-01-01, waarde = 1.01, bron = "test", status = "secundair" }}'
        for j in range(2016, 2027)
    )
    regels2 = regels1.replace("1.01", "1.02")
    tekst = TESTBELEID.replace("{werte}", regels1).replace("{werte2}", regels2)
    return laad_beleid(tekst.encode(), naam_bestand="testbeleid.toml")


@pytest.fixture(scope="session")
def testbeleid() -> Beleid:
    return maak_testbeleid()


OnbekendMaken = Callable[[str, date, date], None]


@pytest.fixture
def onbekend_maken(monkeypatch: pytest.MonkeyPatch) -> OnbekendMaken:
    """Laat de toets een parameter tussen twee data (inclusief) als onbekend zien.

    Voor het toetsen van de regels bij een onbekende waarde, ook als de meegeleverde data die
    waarde wel heeft. De geheugens van de toets worden voor en na de test geleegd.
    """
    from tests.hulp import met_onbekend

    echt = echte_parameters_op
    onbekend: list[tuple[str, date, date]] = []

    def parameters_op(datum: date, **opties: bool) -> Parameterset:
        ps = echt(datum, **opties)
        namen = [naam for naam, van, tot in onbekend if van <= datum <= tot and naam in ps]
        return met_onbekend(ps, *namen) if namen else ps

    def maak(naam: str, van: date, tot: date) -> None:
        onbekend.append((naam, van, tot))

    monkeypatch.setattr(toets, "parameters_op", parameters_op)
    monkeypatch.setattr(toets, "_STANDAARD", {})
    monkeypatch.setattr(toets, "_context", lru_cache(maxsize=64)(toets._maak_context))
    monkeypatch.setattr(_gedeeld, "_GEHEUGEN", {})
    return maak
