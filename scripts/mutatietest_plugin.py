"""Pytest-plugin voor de mutatietoetsing (``scripts/mutatietest.py``); niet voor de gewone testrun.

Het script laadt deze plugin met ``-p mutatietest_plugin`` in elke pytest-run van mutmut. De
plugin doet vier dingen:

1. Een klein, vast hypothesis-profiel ``mutatie``: weinig voorbeelden, altijd dezelfde
   (``derandomize``), geen voorbeelddatabase, geen tijdslimiet per voorbeeld en niet krimpen
   (een mutant is gedood zodra één voorbeeld faalt; het kleinste tegenvoorbeeld doet er dan niet
   toe). Zo geeft een herhaling van de run precies dezelfde uitkomst.
2. De markering ``browser`` bestaat ook zonder ``tests/browser/conftest.py``, zodat
   ``-m "not browser"`` onder ``--strict-markers`` werkt.
3. Vóór elke test worden de geheugens (caches) van de bibliotheek geleegd. De bibliotheek
   onthoudt plannen, parametersets en contexten per peildatum. Zonder legen zou een mutant in
   bijvoorbeeld ``daeb_plan`` alleen werken in de eerste test die een peildatum opzoekt; elke
   latere test kreeg het onthouden plan en zou de mutant nooit zien (en mutmut zou de test niet
   eens aan de functie koppelen). Het register met de parameterdata (``register()``) blijft wel
   bewaard: het inlezen zelf (``laden.py``) toetsen de tests die ``laad_register`` en
   ``laad_parameterbestand`` rechtstreeks aanroepen.

4. Alleen de testbestanden uit de omgevingsvariabele ``MUTATIETEST_TESTS`` (fnmatch-patronen,
   gescheiden door ``:``) worden verzameld. mutmut krijgt zelf alleen ``tests/unit`` en
   ``tests/eigenschappen``: zo blijft zijn testselectie gelijk als er een testbestand bijkomt, en
   hoeft hij dan alleen de nieuwe tests te meten in plaats van alles opnieuw te draaien. Tests
   die onder mutmut niet kunnen slagen, staan met hun reden in :data:`ONGESCHIKT` en worden
   overgeslagen.

Verdwijnt of verandert een van die geheugens in ``src``, dan faalt het legen met een
``AttributeError``: pas dan deze plugin aan, anders meet de mutatietoetsing te weinig.
"""

from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

PROFIEL = "mutatie"
"""Het hypothesis-profiel van de mutatietoetsing."""

VOORBEELDEN = 25
"""Voorbeelden per eigenschap (tenzij een test zelf een aantal vraagt)."""

settings.register_profile(
    PROFIEL,
    max_examples=VOORBEELDEN,
    derandomize=True,
    database=None,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),
    report_multiple_bugs=False,
    suppress_health_check=(HealthCheck.too_slow,),
)
# tests/conftest.py kiest het profiel uit HYPOTHESIS_PROFILE; zonder die regel geldt dit hier.
os.environ["HYPOTHESIS_PROFILE"] = PROFIEL
settings.load_profile(PROFIEL)


def pytest_configure(config: pytest.Config) -> None:
    """Registreer de markering ``browser`` (normaal in ``tests/browser/conftest.py``)."""
    config.addinivalue_line("markers", "browser: test in headless Chromium")


TESTS_VARIABELE = "MUTATIETEST_TESTS"
"""De omgevingsvariabele met de testbestanden (fnmatch-patronen vanaf de hoofdmap, ``:``)."""


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Sla testbestanden over die niet in ``MUTATIETEST_TESTS`` staan."""
    patronen = [p for p in os.environ.get(TESTS_VARIABELE, "").split(":") if p]
    if not patronen or not collection_path.name.startswith("test_"):
        return None
    if collection_path.suffix != ".py":
        return None
    relatief = collection_path.relative_to(config.rootpath).as_posix()
    return not any(fnmatch(relatief, patroon) for patroon in patronen) or None


ONGESCHIKT = {
    "tests/unit/test_hergebruik.py::test_een_opgeslagen_parameterfout_groeit_niet_bij_elke_toets": (
        "telt de frames in de traceback van een bewaarde fout; mutmut zet om elke gemuteerde "
        "functie een extra aanroep (de trampoline), dus de traceback is altijd langer"
    ),
    "tests/unit/test_hergebruik.py::test_een_fout_in_een_plan_houdt_geen_tracebacks_vast": (
        "idem: telt frames, die onder mutmut altijd één meer zijn"
    ),
    "tests/unit/test_toets_beleid.py::"
    "test_het_verslag_zegt_in_gewone_woorden_welke_wettelijke_waarde_het_beleid_vervangt": (
        "leest examples/data/toewijzingen-2023-2024.csv; de werkmap van mutmut heeft alleen src "
        "en tests (de andere tests in dat bestand toetsen het beleid in de toets wel)"
    ),
}
"""Tests die onder mutmut niet kunnen slagen (node-id → reden); ze toetsen geen regel."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Sla de tests uit :data:`ONGESCHIKT` over."""
    weg = [item for item in items if item.nodeid in ONGESCHIKT]
    if weg:
        items[:] = [item for item in items if item.nodeid not in ONGESCHIKT]
        config.hook.pytest_deselected(items=weg)


def leeg_geheugens() -> None:
    """Leeg alle geheugens van de bibliotheek behalve het ingelezen register."""
    from passend_toewijzen import _gedeeld, toets
    from passend_toewijzen.parameters import opvragen
    from passend_toewijzen.regels import aow

    _gedeeld._GEHEUGEN.clear()
    toets._STANDAARD.clear()
    toets._context.cache_clear()
    opvragen._parameters_op.cache_clear()
    opvragen._GELDEND.clear()
    aow._leeftijd_in_jaar.cache_clear()
    aow._laagste_leeftijd.cache_clear()
    aow._opgegeven.cache_clear()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Elke test begint met lege geheugens (zie de moduledocumentatie)."""
    del item
    leeg_geheugens()
