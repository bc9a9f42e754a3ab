"""Elk Python-codeblok in de documentatie en de README draait, zodat de documentatie klopt.

De blokken van één pagina draaien na elkaar in dezelfde naamruimte (een latere stap bouwt voort op
een eerdere), met de hoofdmap van de repository als werkmap, zodat paden als
``examples/data/...`` kloppen. Een blok dat een fout geeft of een ``assert`` die faalt, laat de
test falen met de pagina en het regelnummer.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[2]
PAGINAS = sorted([*(WORTEL / "docs").rglob("*.md"), WORTEL / "README.md"])
BLOK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _blokken(pagina: Path) -> list[tuple[int, str]]:
    tekst = pagina.read_text(encoding="utf-8")
    return [(tekst[: m.start()].count("\n") + 2, m.group(1)) for m in BLOK.finditer(tekst)]


MET_CODE = [p for p in PAGINAS if _blokken(p)]


def test_er_zijn_codeblokken() -> None:
    assert len(MET_CODE) >= 5


@pytest.mark.parametrize("pagina", MET_CODE, ids=[str(p.relative_to(WORTEL)) for p in MET_CODE])
def test_codeblokken_draaien(pagina: Path, tmp_path: Path) -> None:
    naamruimte: dict[str, object] = {"__name__": "__documentatie__"}
    oud = Path.cwd()
    os.chdir(WORTEL)
    try:
        for regel, code in _blokken(pagina):
            uitvoer = io.StringIO()
            try:
                with contextlib.redirect_stdout(uitvoer):
                    exec(compile(code, f"{pagina.name}:{regel}", "exec"), naamruimte)  # noqa: S102
            except Exception as fout:  # pragma: no cover - alleen bij een kapot voorbeeld
                pytest.fail(
                    f"{pagina.relative_to(WORTEL)} regel {regel}: {type(fout).__name__}: {fout}"
                )
    finally:
        os.chdir(oud)


IMPORT = re.compile(r"^\s*from (passend_toewijzen(?:\.[\w.]+)?) import", re.M)


def test_de_documentatie_importeert_overal_uit_dezelfde_plek() -> None:
    """Alles voor getypt gebruik komt uit ``passend_toewijzen``; alleen de extra's
    (jaarverantwoording, dienst) en de schema's hebben een eigen pakket."""
    toegestaan = (
        "passend_toewijzen",
        "passend_toewijzen.verantwoording",
        "passend_toewijzen.dienst",
        "passend_toewijzen.schemas",
        "passend_toewijzen.kolom",
    )
    voorbeelden = sorted((WORTEL / "examples").glob("*.py"))
    afwijkend = [
        f"{pagina.relative_to(WORTEL)}: from {module} import"
        for pagina in [*MET_CODE, *voorbeelden]
        for code in (
            [c for _, c in _blokken(pagina)] if pagina.suffix == ".md" else [pagina.read_text()]
        )
        for module in IMPORT.findall(code)
        if module not in toegestaan and not module.startswith("passend_toewijzen.verantwoording.")
    ]
    assert not afwijkend


def test_alles_uit_het_pakket_is_te_importeren() -> None:
    import passend_toewijzen

    for naam in passend_toewijzen.__all__:
        assert getattr(passend_toewijzen, naam) is not None, naam
