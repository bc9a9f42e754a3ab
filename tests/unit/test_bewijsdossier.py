"""Het bewijsdossier (``docs/bewijs/eigenschappen.json``) past bij de eigenschapstests in de code.

Deze tests falen zodra het dossier verouderd is: een eigenschap is bijgekomen, verdwenen of van
zin of grondslag veranderd, de code of de wettelijke data waarop het bewijs berust is veranderd
sinds het dossier is gemaakt (de inhoudshashes onder ``invoer``), of de laatste volledige run
heeft te weinig voorbeelden geprobeerd of is niet geslaagd. De enige oplossing is steeds dezelfde:
maak het dossier opnieuw met ``python scripts/bewijsdossier.py`` en commit het.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import is_hypothesis_test

from tests.eigenschappen.bewijs import grondslag_van

WORTEL = Path(__file__).resolve().parents[2]
DOSSIER = WORTEL / "docs" / "bewijs" / "eigenschappen.json"
MUTATIES = WORTEL / "docs" / "bewijs" / "mutaties.json"
EIGENSCHAPPEN = WORTEL / "tests" / "eigenschappen"
MINIMUM_VOORBEELDEN = 200
"""Zoveel geslaagde voorbeelden moet elke eigenschap in de bewijsrun ten minste hebben."""

OPNIEUW = "maak het dossier opnieuw: python scripts/bewijsdossier.py"


def eigenschapstests() -> dict[str, Callable[..., Any]]:
    """Alle eigenschapstests (tests met ``@given``) in ``tests/eigenschappen``, op node-id.

    Een gewone voorbeeldtest in die map is geen eigenschap en hoort niet in het dossier.
    """
    tests: dict[str, Callable[..., Any]] = {}
    for pad in sorted(EIGENSCHAPPEN.glob("test_*.py")):
        module = importlib.import_module(f"tests.eigenschappen.{pad.stem}")
        for naam, waarde in vars(module).items():
            if naam.startswith("test_") and callable(waarde) and is_hypothesis_test(waarde):
                tests[f"tests/eigenschappen/{pad.name}::{naam}"] = waarde
    return tests


TESTS = eigenschapstests()


def dossier() -> dict[str, Any]:
    if not DOSSIER.exists():
        pytest.fail(f"{DOSSIER.relative_to(WORTEL)} ontbreekt; {OPNIEUW}")
    document: dict[str, Any] = json.loads(DOSSIER.read_text(encoding="utf-8"))
    return document


def test_het_dossier_is_gemaakt_van_de_huidige_code_en_data() -> None:
    """Het dossier bewijst iets over de code en de data waarvan het gemaakt is: is een van die
    bestanden sindsdien inhoudelijk veranderd (niet alleen een docstring of de opmaak), dan is
    het dossier verouderd."""
    from scripts import bewijsdossier as script

    opgenomen = dossier().get("invoer")
    assert opgenomen, f"het dossier legt niet vast waarvan het gemaakt is; {OPNIEUW}"
    nu = script.invoer()
    if nu["hash"] != opgenomen["hash"]:
        oud, nieuw = opgenomen["bestanden"], nu["bestanden"]
        gewijzigd = sorted(p for p in oud.keys() | nieuw.keys() if oud.get(p) != nieuw.get(p))
        pytest.fail(
            f"het dossier is verouderd: sinds het is gemaakt zijn {len(gewijzigd)} bestanden "
            f"veranderd, bijvoorbeeld {', '.join(gewijzigd[:8])}; {OPNIEUW}",
            pytrace=False,
        )


def test_er_zijn_eigenschappen() -> None:
    assert len(TESTS) >= 20


@pytest.mark.parametrize("node_id", sorted(TESTS))
def test_elke_eigenschap_heeft_een_grondslag_en_een_zin(node_id: str) -> None:
    test = TESTS[node_id]
    grondslag = grondslag_van(test)
    assert grondslag, f"{node_id}: @grondslag(...) ontbreekt"
    zin = inspect.getdoc(test)
    assert zin, f"{node_id}: de docstring met de wettelijke zin ontbreekt"
    assert len(zin) >= 60, f"{node_id}: de docstring is te kort om de eigenschap te beschrijven"


def test_het_dossier_bevat_precies_de_eigenschappen_met_hun_grondslag_en_zin() -> None:
    in_code = {
        (node_id, grondslag_van(test), inspect.getdoc(test)) for node_id, test in TESTS.items()
    }
    in_dossier = {
        (e["node_id"], e["grondslag"], e["eigenschap"]) for e in dossier()["eigenschappen"]
    }
    nieuw = sorted(n for n, _, _ in in_code - in_dossier)
    oud = sorted(n for n, _, _ in in_dossier - in_code)
    assert in_code == in_dossier, (
        f"het dossier is verouderd; {OPNIEUW}\n"
        f"  nieuw of gewijzigd in de code: {nieuw}\n  alleen in het dossier: {oud}"
    )


def test_elke_eigenschap_draaide_genoeg_voorbeelden_en_slaagde() -> None:
    document = dossier()
    assert document["profiel"]["naam"] == "bewijs"
    assert document["uitkomst"] == "passed", OPNIEUW
    te_weinig = {
        e["node_id"]: e["voorbeelden"]
        for e in document["eigenschappen"]
        if (e["voorbeelden"] or 0) < MINIMUM_VOORBEELDEN
    }
    assert not te_weinig, f"minder dan {MINIMUM_VOORBEELDEN} voorbeelden: {te_weinig}"
    niet_geslaagd = {
        e["node_id"]: e["uitkomst"] for e in document["eigenschappen"] if e["uitkomst"] != "passed"
    }
    assert not niet_geslaagd, f"niet geslaagd: {niet_geslaagd}"
    for e in document["eigenschappen"]:
        assert e["mislukte_voorbeelden"] == 0, e["node_id"]
        if e["voorbeelden_waarneming"] is not None:
            assert e["voorbeelden_waarneming"] == e["voorbeelden"], e["node_id"]
    totaal = sum(e["voorbeelden"] for e in document["eigenschappen"])
    assert document["totaal_voorbeelden"] == totaal
    assert document["aantal_eigenschappen"] == len(document["eigenschappen"])


def test_de_mutatietoetsing_in_het_dossier_is_die_van_mutaties_json() -> None:
    opgenomen = dossier()["mutatietoetsing"]
    if MUTATIES.exists():
        assert opgenomen == json.loads(MUTATIES.read_text(encoding="utf-8")), OPNIEUW
    else:
        assert opgenomen is None, f"mutaties.json is verdwenen; {OPNIEUW}"


def test_de_mutatiescore_haalt_het_doel_en_elke_overlevende_mutant_is_verklaard() -> None:
    """Ten minste 95% van de mutanten van de regels en parameters is gedood; elke overlevende
    mutant is equivalent, met een reden (issue 7). Opnieuw meten: ``python
    scripts/mutatietest.py``."""
    assert MUTATIES.exists(), "docs/bewijs/mutaties.json ontbreekt: python scripts/mutatietest.py"
    mutaties = json.loads(MUTATIES.read_text(encoding="utf-8"))
    totaal, equivalent = mutaties["totaal"], mutaties["equivalent"]
    gedood = mutaties["gedood"] + mutaties["time-out"]
    assert gedood * 100 >= 95 * (totaal - equivalent)
    assert mutaties["onverklaard"] == 0
    assert len(mutaties["overlevend"]) == totaal - gedood
    for mutant in mutaties["overlevend"]:
        assert mutant["equivalent"] is True, mutant["mutant"]
        assert mutant["reden"].strip()
        assert not mutant["reden"].startswith("ONVERKLAARD")
    duizendsten = gedood * 1000 // (totaal - equivalent)
    assert mutaties["score"] == f"{duizendsten // 1000}.{duizendsten % 1000:03d}"


def test_de_dekking_is_in_de_laatste_run_gemeten() -> None:
    """Het dossier noemt de gemeten dekking van de regels en de parameters (de eis van 100% zelf
    bewaakt de CI met ``--cov-fail-under=100``)."""
    meting = dossier()["dekking"]
    assert meting is not None, f"de dekking is niet gemeten; {OPNIEUW}"
    assert {p["pakket"] for p in meting["pakketten"]} == {
        "passend_toewijzen.regels",
        "passend_toewijzen.parameters",
    }
    for pakket in meting["pakketten"]:
        assert 0 < pakket["geraakte_regels"] <= pakket["regels"]
        assert 0 < pakket["geraakte_takken"] <= pakket["takken"]
        volledig = pakket["percentage"] == "100.00"
        assert volledig == (pakket["ontbrekend"] == {}), pakket
