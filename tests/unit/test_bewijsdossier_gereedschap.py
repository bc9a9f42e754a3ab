"""Het gereedschap van het bewijsdossier: grondslag, telling, script en documentatiehook."""

from __future__ import annotations

import enum
import importlib.util
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any, NamedTuple

import attrs
import pytest
from scripts import bewijsdossier as script

from tests.bewijsplugin import tel_uit_statistiek
from tests.eigenschappen.bewijs import grondslag, grondslag_van, voorbeelden
from tests.eigenschappen.controles import floats_in

WORTEL = Path(__file__).resolve().parents[2]


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bewijsdossier_hook", WORTEL / "docs" / "hooks" / "bewijsdossier.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOK = _hook()


# --- grondslag en voorbeelden -------------------------------------------------------------------


def test_grondslag_wordt_vastgelegd() -> None:
    @grondslag("  Woningwet art. 46 lid 2 ")
    def eigenschap() -> None:
        pass

    def zonder() -> None:
        pass

    assert grondslag_van(eigenschap) == "Woningwet art. 46 lid 2"
    assert grondslag_van(zonder) is None


@pytest.mark.parametrize("tekst", ["", "   "])
def test_lege_grondslag_geweigerd(tekst: str) -> None:
    with pytest.raises(ValueError, match="grondslag"):
        grondslag(tekst)


def test_voorbeelden_alleen_verhoogd_in_de_bewijsrun(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HYPOTHESIS_PROFILE", raising=False)
    assert voorbeelden(60) == 60
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "bewijs")
    assert voorbeelden(60) == 1000
    assert voorbeelden(5000) == 5000


# --- floats_in ----------------------------------------------------------------------------------


class _Kleur(enum.Enum):
    ROOD = 0.5


class _Paar(NamedTuple):
    a: Decimal
    b: object


@attrs.frozen
class _Doos:
    inhoud: object


def test_floats_in_vindt_elke_float_met_het_pad() -> None:
    assert floats_in({"a": [Decimal("1.5"), Fraction(1, 3), "0.5", 3, None, True]}) == []
    gevonden = floats_in(
        {"x": [1, {"y": 0.1}], 2.5: "sleutel", "p": _Paar(Decimal(1), _Doos(_Kleur.ROOD))}
    )
    assert gevonden == [
        "$['x'][1]['y'] = 0.1",
        "$[2.5] (sleutel) = 2.5",
        "$['p'].b.inhoud.value = 0.5",
    ]
    assert floats_in(frozenset({1.0})) == ["${…} = 1.0"]


# --- telling uit de hypothesis-statistiek -------------------------------------------------------

STATISTIEK = """tests/eigenschappen/test_x.py::test_y:

  - during reuse phase (0.00 seconds):
    - Typical runtimes: < 1ms, of which < 1ms in data generation
    - 2 passing, 0 failing, and 0 invalid test cases

  - during generate phase (1.20 seconds):
    - Typical runtimes: ~ 1ms, of which < 1ms in data generation
    - 998 passing, 0 failing, and 17 invalid test cases

  - Stopped because settings.max_examples=1000
"""


def test_telling_uit_de_statistiek_telt_alle_fasen() -> None:
    assert tel_uit_statistiek(STATISTIEK) == (1000, 0, 17)


def test_statistiek_zonder_aantallen_geweigerd() -> None:
    with pytest.raises(ValueError, match="geen aantallen"):
        tel_uit_statistiek("  - Stopped because nothing left to do")


# --- het script ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("geraakt", "totaal", "tekst"),
    [(0, 0, "100.00"), (10, 10, "100.00"), (1647, 1648, "99.93"), (1, 3, "33.33"), (2, 3, "66.66")],
)
def test_percentage_naar_beneden_afgerond(geraakt: int, totaal: int, tekst: str) -> None:
    assert script._percentage(geraakt, totaal) == tekst


def _bestand(regels: int, geraakt: int, takken: int, takken_geraakt: int) -> dict[str, Any]:
    return {
        "summary": {
            "num_statements": regels,
            "covered_lines": geraakt,
            "num_branches": takken,
            "covered_branches": takken_geraakt,
        },
        "missing_lines": list(range(1, regels - geraakt + 1)),
        "missing_branches": [[9, 11]] if takken_geraakt < takken else [],
    }


def test_dekking_per_pakket_uit_het_rapport() -> None:
    rapport = {
        "files": {
            "src/passend_toewijzen/regels/a.py": _bestand(100, 100, 40, 40),
            "src/passend_toewijzen/regels/b.py": _bestand(50, 50, 10, 10),
            "src/passend_toewijzen/parameters/c.py": _bestand(200, 199, 52, 51),
            "src/passend_toewijzen/toets.py": _bestand(10, 0, 0, 0),
        }
    }
    regels, parameters = script.dekking_uit_rapport(rapport)
    assert regels == {
        "pakket": "passend_toewijzen.regels",
        "bestanden": 2,
        "regels": 150,
        "geraakte_regels": 150,
        "takken": 50,
        "geraakte_takken": 50,
        "percentage": "100.00",
        "ontbrekend": {},
    }
    assert parameters["percentage"] == "99.20"  # 250 van 252, naar beneden afgerond
    assert parameters["ontbrekend"] == {
        "src/passend_toewijzen/parameters/c.py": {"regels": [1], "takken": [[9, 11]]}
    }


def test_mutaties_lezen(tmp_path: Path) -> None:
    assert script.lees_mutaties(tmp_path / "bestaat-niet.json") is None
    onvolledig = tmp_path / "onvolledig.json"
    onvolledig.write_text('{"gereedschap": "mutmut 3.2"}', encoding="utf-8")
    with pytest.raises(ValueError, match="velden ontbreken: datum, totaal"):
        script.lees_mutaties(onvolledig)
    lijst = tmp_path / "lijst.json"
    lijst.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON-object"):
        script.lees_mutaties(lijst)
    goed = tmp_path / "goed.json"
    goed.write_text(json.dumps(MUTATIES), encoding="utf-8")
    assert script.lees_mutaties(goed) == MUTATIES


def test_regels_van_het_dossier_gesorteerd_op_node_id() -> None:
    ruw = {"tests": [_ruwe_test("tests/eigenschappen/test_b.py::test_b"), _ruwe_test("a::test_a")]}
    regels = script.eigenschappen(ruw)
    assert [r["node_id"] for r in regels] == ["a::test_a", "tests/eigenschappen/test_b.py::test_b"]
    assert regels[0]["eigenschap"] == "Een zin."
    assert regels[0]["grondslag"] == "Woningwet art. 1"


def _ruwe_test(node_id: str) -> dict[str, Any]:
    return {
        "node_id": node_id,
        "naam": node_id.rsplit("::", 1)[1],
        "module": "m",
        "module_omschrijving": "Module.",
        "docstring": "Een zin.",
        "grondslag": "Woningwet art. 1",
        "voorbeelden": 1000,
        "mislukte_voorbeelden": 0,
        "ongeldige_voorbeelden": 3,
        "voorbeelden_waarneming": None,
        "uitkomst": "passed",
    }


# --- de documentatiehook ------------------------------------------------------------------------

MUTATIES: dict[str, Any] = {
    "gereedschap": "mutmut 3.2",
    "datum": "2026-11-01",
    "commando": "python scripts/mutatietest.py",
    "modules": ["passend_toewijzen.regels"],
    "totaal": 1200,
    "gedood": 1190,
    "time-out": 2,
    "equivalent": 8,
    "onverklaard": 0,
    "overlevend": [
        {
            "mutant": "passend_toewijzen.regels.inkomen.x__mutmut_3",
            "bestand": "src/passend_toewijzen/regels/inkomen.py",
            "regel": 12,
            "verandering": "a < b → a <= b",
            "reden": "gelijkwaardige mutant | geen gedragsverschil",
        }
    ],
    "score": "0.99",
    "score_ruw": "0.98",
    "score_definitie": "score = (gedood + time-out) / (totaal - equivalent)",
    "looptijd_seconden": 362,
    "niet_gemuteerd": [
        {
            "bestand": "src/passend_toewijzen/regels/huurklasse.py",
            "functie": "vera_code",
            "regel": 52,
            "regels": 3,
            "decorators": ["property"],
        }
    ],
}


def _dossier(**anders: Any) -> dict[str, Any]:
    regels = script.eigenschappen(
        {"tests": [_ruwe_test("tests/eigenschappen/test_b.py::test_b"), _ruwe_test("x::test_a")]}
    )
    dossier: dict[str, Any] = {
        "datum": "2026-11-22",
        "uitkomst": "passed",
        "profiel": {"naam": "bewijs", "max_examples": 1000, "derandomize": True},
        "eigenschappen": regels,
        "looptijd_seconden": 90,
        "git_commit": "abc123",
        "werkkopie_gewijzigd": False,
        "opdracht": "HYPOTHESIS_PROFILE=bewijs python -m pytest tests/eigenschappen",
        "dekking": None,
        "mutatietoetsing": None,
    }
    dossier.update(anders)
    return dossier


def test_hook_toont_elke_eigenschap_met_grondslag_voorbeelden_en_uitkomst() -> None:
    tekst = HOOK.genereer(_dossier())
    assert "| Uitkomst | alle 2 eigenschappen geslaagd |" in tekst
    assert "| Een zin.<br>`test_a` | Woningwet art. 1 | 1.000 | geslaagd |" in tekst
    assert "### `tests/eigenschappen/test_b.py`" in tekst
    assert "## Mutatietoetsing\n\nNog niet gemeten." in tekst
    assert "De dekking is in de laatste run niet gemeten." in tekst


def test_hook_toont_een_gefaalde_eigenschap_en_een_ontbrekende_grondslag() -> None:
    dossier = _dossier(uitkomst="failed")
    dossier["eigenschappen"][0].update(uitkomst="failed", grondslag=None)
    tekst = HOOK.genereer(dossier)
    assert "**1 van de 2 eigenschappen niet geslaagd**" in tekst
    assert "| **ontbreekt** | 1.000 | **gefaald** |" in tekst


def test_hook_toont_de_mutatietoetsing() -> None:
    tekst = HOOK.genereer(_dossier(mutatietoetsing=MUTATIES))
    assert "| Gereedschap | mutmut 3.2 |" in tekst
    assert "| Mutanten | 1.200 |" in tekst
    assert "| Score | 0.99 (doel 0.950) |" in tekst
    assert "| Time-out (ook gedood) | 2 |" in tekst
    assert "| Equivalent | 8 |" in tekst
    assert "| Score zonder aftrek van equivalenten | 0.98 |" in tekst
    assert "| Onverklaard | 0 |" in tekst
    assert "| Opdracht | `python scripts/mutatietest.py` |" in tekst
    assert "| Looptijd | 362 s |" in tekst
    assert "Definitie: score = (gedood + time-out) / (totaal - equivalent)" in tekst
    assert (
        "| `x__mutmut_3` | `passend_toewijzen/regels/inkomen.py:12` | `a < b → a <= b` "
        "| gelijkwaardige mutant \\| geen gedragsverschil |"
    ) in tekst
    regel = "| `vera_code` | `passend_toewijzen/regels/huurklasse.py:52` | `@property` | 3 |"
    assert regel in tekst
    zonder = HOOK.genereer(
        _dossier(mutatietoetsing={**MUTATIES, "overlevend": [], "niet_gemuteerd": []})
    )
    assert "Er zijn geen overlevende mutanten." in zonder
    assert "Alle functies in deze modules zijn gemuteerd." in zonder


def test_hook_toont_de_dekking() -> None:
    rapport = {
        "files": {
            "src/passend_toewijzen/regels/a.py": _bestand(100, 100, 40, 40),
            "src/passend_toewijzen/parameters/c.py": _bestand(200, 199, 52, 52),
        }
    }
    meting = {"opdracht": "pytest --cov", "pakketten": script.dekking_uit_rapport(rapport)}
    tekst = HOOK.genereer(_dossier(dekking=meting))
    assert "| `passend_toewijzen.regels` | 1 | 100 van 100 | 40 van 40 | 100,00% | — |" in tekst
    assert "`src/passend_toewijzen/parameters/c.py`: regels 1" in tekst
    assert "```bash\npytest --cov\n```" in tekst


def _pagina(src_uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def test_hook_vult_alleen_de_dossierpagina(tmp_path: Path) -> None:
    config = {"docs_dir": str(tmp_path)}
    markering = f"{HOOK.SAMENVATTING}\n{HOOK.MARKERING}"
    assert HOOK.on_page_markdown(markering, _pagina("index.md"), config) == markering
    zonder_dossier = HOOK.on_page_markdown(
        f"# X\n{markering}\n", _pagina("bewijsdossier.md"), config
    )
    assert "Nog geen dossier" in zonder_dossier
    (tmp_path / "bewijs").mkdir()
    (tmp_path / "bewijs" / "eigenschappen.json").write_text(json.dumps(_dossier()), "utf-8")
    met = HOOK.on_page_markdown(f"# X\n{markering}\n", _pagina("bewijsdossier.md"), config)
    assert HOOK.MARKERING not in met
    assert HOOK.SAMENVATTING not in met
    assert "Samenvatting voor de accountant" in met
    assert "`test_a`" in met
    with pytest.raises(ValueError, match="markering"):
        HOOK.on_page_markdown("# X\n", _pagina("bewijsdossier.md"), config)


def test_de_dossierpagina_heeft_de_markering() -> None:
    tekst = (WORTEL / "docs" / "bewijsdossier.md").read_text(encoding="utf-8")
    assert tekst.count(HOOK.MARKERING) == 1
    assert tekst.count(HOOK.SAMENVATTING) == 1
    assert tekst.index(HOOK.SAMENVATTING) < tekst.index("## ")  # vóór het deel voor ontwikkelaars


# --- de invoer van het dossier ----------------------------------------------------------------


def test_de_inhoudshash_negeert_docstrings_opmaak_en_regeleinden(tmp_path: Path) -> None:
    a = tmp_path / "a.py"
    a.write_text('"""Module."""\n\ndef f(x):\n    """Zin."""\n    return x + 1\n', "utf-8")
    b = tmp_path / "b.py"
    b.write_bytes(b'"""Andere zin."""\r\ndef f(x):  # commentaar\r\n    return (x + 1)\r\n')
    assert script.inhoudshash(a) == script.inhoudshash(b)
    c = tmp_path / "c.py"
    c.write_text("def f(x):\n    return x + 2\n", "utf-8")
    assert script.inhoudshash(c) != script.inhoudshash(a)
    d = tmp_path / "d.toml"
    d.write_bytes(b"a = 1\r\n")
    e = tmp_path / "e.toml"
    e.write_bytes(b"a = 1\n")
    assert script.inhoudshash(d) == script.inhoudshash(e)


def test_de_invoer_omvat_de_regels_de_data_en_de_eigenschappen_maar_niet_de_dienst() -> None:
    bestanden = script.invoer()["bestanden"]
    assert "src/passend_toewijzen/regels/passendheid.py" in bestanden
    assert any(p.startswith("src/passend_toewijzen/parameters/data/") for p in bestanden)
    assert "tests/eigenschappen/test_toets.py" in bestanden
    assert not [p for p in bestanden if p.startswith(script.NIET_IN_INVOER)]


def test_de_pagina_opent_met_een_samenvatting_voor_de_accountant_zonder_lege_koppen() -> None:
    dossier = {
        "datum": "2026-12-02",
        "git_commit": "0123456789abcdef0123",
        "werkkopie_gewijzigd": False,
        "bibliotheekversie": "1.0",
        "data_versie": "2026.1",
        "uitkomst": "passed",
        "profiel": {"naam": "bewijs", "max_examples": 1000, "derandomize": True},
        "eigenschappen": [
            {
                "node_id": "tests/eigenschappen/test_a.py::test_x",
                "naam": "test_x",
                "eigenschap": "Zin.",
                "grondslag": "art. 1",
                "voorbeelden": 1000,
                "uitkomst": "passed",
            }
        ],
        "invoer": {"hash": "ab" * 32, "bestanden": {"a.py": "cd" * 32}},
        "mutatietoetsing": {
            "totaal": 10,
            "gedood": 9,
            "time-out": 0,
            "equivalent": 1,
            "score": "1.000",
        },
    }
    samenvatting = HOOK.voor_de_accountant(dossier)
    assert samenvatting.startswith('!!! abstract "Samenvatting voor de accountant"')
    assert "**2026-12-02**" in samenvatting
    assert "commit `0123456789ab`" in samenvatting
    assert "9 op" in samenvatting
    pagina = HOOK.genereer(dossier)
    assert "| | |" not in pagina
    assert "| Gegeven | Waarde |" in pagina
