"""De Python-API-pagina: alleen het publieke gebruik, elk model met een veldentabel, geen RST.

De pagina ``docs/referentie/api.md`` noemt elk object met zijn publieke importnaam; de uitbreiding
``docs/hooks/api_referentie.py`` zet bij het bouwen de Sphinx-opmaak van de docstrings om naar
Markdown en maakt de veldentabellen uit de modellen zelf.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

import passend_toewijzen

pytest.importorskip("griffe", reason="extra docs (mkdocstrings) niet geïnstalleerd")

import griffe  # pas na de controle hierboven

WORTEL = Path(__file__).resolve().parents[2]
PAGINA = WORTEL / "docs" / "referentie" / "api.md"
OBJECTEN = re.findall(r"^::: ([\w.]+)$", PAGINA.read_text(encoding="utf-8"), re.M)
PUBLIEKE_PAKKETTEN = (
    "passend_toewijzen",
    "passend_toewijzen.verantwoording",
    "passend_toewijzen.invoer",
    "passend_toewijzen.schemas",
    "passend_toewijzen.monitor",
    "passend_toewijzen.bereikbaarheid",
    "passend_toewijzen.simulatie",
    "passend_toewijzen.kolom",
)
UITVOER = (
    "passend_toewijzen.verantwoording.uitvoer.json",
    "passend_toewijzen.verantwoording.uitvoer.markdown",
    "passend_toewijzen.verantwoording.uitvoer.html",
)


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "api_referentie_hook", WORTEL / "docs" / "hooks" / "api_referentie.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOK = _hook()


@pytest.fixture(scope="module")
def pakket() -> griffe.Module:
    geladen = griffe.load("passend_toewijzen", search_paths=[str(WORTEL / "src")])
    assert isinstance(geladen, griffe.Module)
    return geladen


def test_elk_object_heeft_zijn_publieke_importnaam() -> None:
    afwijkend = []
    for pad in OBJECTEN:
        module, _, naam = pad.rpartition(".")
        if pad in PUBLIEKE_PAKKETTEN:
            continue
        if module in PUBLIEKE_PAKKETTEN:
            if naam not in importlib.import_module(module).__all__:
                afwijkend.append(pad)
        elif module not in UITVOER:
            afwijkend.append(pad)
    assert not afwijkend


def test_alles_wat_het_pakket_exporteert_staat_op_de_pagina() -> None:
    op_de_pagina = {p.removeprefix("passend_toewijzen.") for p in OBJECTEN}
    ontbreekt = set(passend_toewijzen.__all__) - op_de_pagina - {"__version__"}
    assert not ontbreekt


def test_rollen_worden_kruisverwijzingen(pakket: griffe.Module) -> None:
    obj = pakket["uitkomst"]
    tekst = HOOK.rollen(
        ":class:`~passend_toewijzen.Toetsuitkomst`, :func:`toets_stroom`,\n"
        ":attr:`Invoer.kolommen <passend_toewijzen.invoer.Invoer.kolommen>`",
        obj,
    )
    assert tekst == (
        '<autoref identifier="passend_toewijzen.Toetsuitkomst" optional>'
        "<code>Toetsuitkomst</code></autoref>, "
        '<autoref identifier="passend_toewijzen.toets_stroom" optional>'
        "<code>toets_stroom()</code></autoref>,\n"
        '<autoref identifier="passend_toewijzen.invoer.Invoer.kolommen" optional>'
        "<code>Invoer.kolommen</code></autoref>"
    )
    # een naam zonder pakket wordt in de module van de docstring opgezocht
    assert 'identifier="passend_toewijzen.uitkomst.Toetsfout"' in HOOK.rollen(
        ":class:`Toetsfout`", obj
    )


def test_rst_tabel_wordt_markdown() -> None:
    rst = (
        "Inleiding.\n\n=====  ====\nklasse VERA\n=====  ====\na      GOE\nb      BET\n=====  ====\n"
    )
    assert HOOK.tabellen(rst).split("\n") == [
        "Inleiding.",
        "",
        "",
        "| klasse | VERA |",
        "|---|---|",
        "| a | GOE |",
        "| b | BET |",
        "",
        "",
    ]


def test_rst_codeblok_wordt_afgebakend() -> None:
    rst = "Zo::\n\n    passend-toewijzen dienst\n\nVerder."
    assert HOOK.codeblokken(rst) == "Zo:\n\n```bash\npassend-toewijzen dienst\n```\n\nVerder."


def test_interne_parameters_en_rollen_verdwijnen(pakket: griffe.Module) -> None:
    HOOK.Docstringstijl().on_package(pkg=pakket, loader=None)
    verantwoord = pakket["verantwoording.verwerken.verantwoord"]
    assert "dubbelcontrole" in verantwoord.parameters
    assert not [p.name for p in verantwoord.parameters if p.name.startswith("_")]
    docstring = pakket["uitkomst"].docstring
    assert docstring is not None
    assert not HOOK.RUWE_ROL.search(docstring.value)


@pytest.mark.parametrize(
    "model",
    [
        "Toewijzing",
        "Woning",
        "Huishouden",
        "Persoon",
        "Inkomensbewijs",
        "Kandidaat",
        "Toetsuitkomst",
        "Ontvangstbewijs",
        "Parameterwaarde",
    ],
)
def test_elk_model_heeft_een_veldentabel_met_betekenis(pakket: griffe.Module, model: str) -> None:
    obj = pakket[model]
    klasse = obj.final_target if obj.is_alias else obj
    tabel = HOOK.veldentabel(klasse)
    assert tabel is not None
    rijen = [r for r in tabel.split("\n") if r.startswith("| <code>")]
    velden = HOOK._veldinfo(getattr(passend_toewijzen, model))
    assert len(rijen) == len(velden)
    zonder_betekenis = [r for r in rijen if r.split(" | ")[3].strip() == "—"]
    assert not zonder_betekenis


def test_veldentabel_noemt_type_verplicht_en_begrip(pakket: griffe.Module) -> None:
    tabel = HOOK.veldentabel(pakket["modellen.woning.Woning"])
    rij = next(r for r in tabel.split("\n") if r.startswith("| <code>kale_<wbr>huur</code>"))
    cellen = [c.strip() for c in rij.strip("|").split(" | ")]
    assert cellen[1] == "<code>Maandbedrag</code>"
    assert cellen[2] == "ja"
    assert "Woningwet art. 1" in cellen[3]
    assert cellen[4] == "[kale huur](../begrippen.md)"
    rij = next(r for r in tabel.split("\n") if "wws_<wbr>punten" in r)
    assert "<code>Decimal &#124; <wbr>None</code>" in rij
    assert "| nee |" in rij
