"""Gedeelde testhulpmiddelen."""

from __future__ import annotations

import pytest

from passend_toewijzen.beleid import Beleid, laad_beleid

TESTBELEID = """
[beleid]
naam = "testbeleid (fictieve indexatiefactoren, GEEN wettelijke waarden)"

[bronnen.test]
titel = "Fictieve testwaarden voor de testsuite"
uitgever = "passend_toewijzen testsuite"
url = "https://example.org/testwaarden"
soort = "secundair"

[parameters.indexatiefactor_t1]
waarden = [
{werte}
]

[parameters.indexatiefactor_t2]
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
