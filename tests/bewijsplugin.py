"""pytest-plugin voor het bewijsdossier: legt per eigenschapstest vast wat er is getoetst.

Gebruik (zoals ``scripts/bewijsdossier.py`` doet)::

    HYPOTHESIS_PROFILE=bewijs python -m pytest tests/eigenschappen \\
        -p tests.bewijsplugin --bewijs-uitvoer=/tmp/ruw.json --hypothesis-show-statistics

Per eigenschapstest (een test met ``@given``; gewone voorbeeldtests tellen niet mee) schrijft de
plugin naar het opgegeven JSON-bestand: node-id, naam, module, docstring (de
wettelijke zin), grondslag (``@grondslag``), het aantal voorbeelden dat hypothesis werkelijk
heeft geprobeerd en de uitkomst.

Het aantal voorbeelden komt uit de statistiek die hypothesis per test bijhoudt (het kenmerk
``item.hypothesis_statistics`` dat ``--hypothesis-show-statistics`` toont): per fase "N passing,
M failing, and K invalid test cases". Geteld worden de geslaagde testgevallen over alle fasen.

Met ``--bewijs-waarneming`` telt de plugin daarnaast elk testgeval afzonderlijk via de
observability-interface van hypothesis (``add_observability_callback``) en legt beide getallen
vast, als onafhankelijke controle van de telling. Dat maakt de run wel enkele malen trager
(hypothesis beschrijft dan elk testgeval).
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import is_hypothesis_test

from tests.eigenschappen.bewijs import actief_profiel, grondslag_van

OPTIE = "--bewijs-uitvoer"
OPTIE_WAARNEMING = "--bewijs-waarneming"
_PASSING = re.compile(r"-\s+(\d+) passing, (\d+) failing, and (\d+) invalid test cases")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTIE,
        metavar="PAD",
        default=None,
        help="schrijf per eigenschapstest grondslag, voorbeelden en uitkomst naar dit JSON-bestand",
    )
    parser.addoption(
        OPTIE_WAARNEMING,
        action="store_true",
        default=False,
        help="tel de voorbeelden ook afzonderlijk via hypothesis-observability (controle; trager)",
    )


def pytest_configure(config: pytest.Config) -> None:
    pad = config.getoption(OPTIE)
    if pad:
        waarneming = bool(config.getoption(OPTIE_WAARNEMING))
        config.pluginmanager.register(Verzamelaar(Path(pad), waarneming), "bewijsverzamelaar")


def tel_uit_statistiek(statistiek: str) -> tuple[int, int, int]:
    """Geslaagde, mislukte en ongeldige testgevallen over alle fasen volgens de statistiek."""
    regels = [tuple(int(g) for g in m.groups()) for m in _PASSING.finditer(statistiek)]
    if not regels:
        msg = f"geen aantallen gevonden in de hypothesis-statistiek:\n{statistiek}"
        raise ValueError(msg)
    return (
        sum(r[0] for r in regels),
        sum(r[1] for r in regels),
        sum(r[2] for r in regels),
    )


class Verzamelaar:
    """Verzamelt per test de gegevens voor het bewijsdossier en schrijft ze aan het eind weg."""

    def __init__(self, pad: Path, waarneming: bool = False) -> None:
        self.pad = pad
        self.tests: dict[str, dict[str, Any]] = {}
        self.observability = _observability() if waarneming else None

    def _regel(self, item: pytest.Item) -> dict[str, Any] | None:
        """De regel van ``item`` in het dossier, of ``None`` als het geen eigenschapstest is."""
        functie = getattr(item, "function", None)
        if functie is None or not is_hypothesis_test(functie):
            return None
        if item.nodeid not in self.tests:
            module = getattr(item, "module", None)
            self.tests[item.nodeid] = {
                "node_id": item.nodeid,
                "naam": item.name,
                "module": module.__name__ if module is not None else None,
                "module_omschrijving": _eerste_alinea(inspect.getdoc(module) if module else None),
                "docstring": inspect.getdoc(functie),
                "grondslag": grondslag_van(functie),
                "voorbeelden": None,
                "mislukte_voorbeelden": None,
                "ongeldige_voorbeelden": None,
                "voorbeelden_waarneming": None,
                "uitkomst": "niet gedraaid",
            }
        return self.tests[item.nodeid]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, Any, None]:
        regel = self._regel(item)
        if regel is None:
            yield
            return
        telling = {"passed": 0, "failed": 0, "gave_up": 0}

        def waarneming(observatie: Any) -> None:
            if getattr(observatie, "type", None) == "test_case":
                status = str(observatie.status)
                telling[status] = telling.get(status, 0) + 1

        if self.observability is not None:
            self.observability[0](waarneming)
        try:
            yield
        finally:
            if self.observability is not None:
                self.observability[1](waarneming)
                regel["voorbeelden_waarneming"] = telling["passed"]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        regel = self.tests.get(report.nodeid)
        if regel is None:
            return
        if report.failed:
            regel["uitkomst"] = "failed"
        elif report.when == "call" and regel["uitkomst"] != "failed":
            regel["uitkomst"] = "skipped" if report.skipped else "passed"
        elif report.skipped and regel["uitkomst"] == "niet gedraaid":
            regel["uitkomst"] = "skipped"

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> None:
        statistiek = getattr(item, "hypothesis_statistics", None)
        regel = self._regel(item)
        if regel is not None and isinstance(statistiek, str):
            regel["voorbeelden"], regel["mislukte_voorbeelden"], regel["ongeldige_voorbeelden"] = (
                tel_uit_statistiek(statistiek)
            )

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            self._regel(item)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.pad.parent.mkdir(parents=True, exist_ok=True)
        from hypothesis import settings

        huidig = settings()
        document = {
            "profiel": {
                "naam": actief_profiel(),
                "max_examples": huidig.max_examples,
                "deadline": None if huidig.deadline is None else str(huidig.deadline),
                "derandomize": huidig.derandomize,
            },
            "python": sys.version.split()[0],
            "waarneming": self.observability is not None,
            "tests": [self.tests[k] for k in sorted(self.tests)],
        }
        self.pad.write_text(
            json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )


def _eerste_alinea(tekst: str | None) -> str | None:
    if not tekst:
        return None
    return " ".join(tekst.split("\n\n", 1)[0].split())


def _observability() -> tuple[Any, Any] | None:
    """``(add_observability_callback, remove_observability_callback)``, of ``None`` als deze
    versie van hypothesis die niet heeft.

    Dekkingsmeting per testgeval (duur op Python 3.11) staat uit: het dossier heeft alleen de
    status van elk testgeval nodig.
    """
    try:
        from hypothesis.internal import observability
    except ImportError:  # pragma: no cover - hypothesis zonder observability
        return None
    toevoegen = getattr(observability, "add_observability_callback", None)
    verwijderen = getattr(observability, "remove_observability_callback", None)
    if toevoegen is None or verwijderen is None:  # pragma: no cover - hypothesis < 6.137
        return None
    if hasattr(observability, "OBSERVABILITY_COLLECT_COVERAGE"):
        observability.OBSERVABILITY_COLLECT_COVERAGE = False
    return toevoegen, verwijderen
