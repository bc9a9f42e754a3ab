"""Elk codevoorbeeld in de documentatie en de README draait, zodat de documentatie klopt.

* **Python-blokken**: de blokken van één pagina draaien na elkaar in dezelfde naamruimte (een
  latere stap bouwt voort op een eerdere), met de hoofdmap van de repository als werkmap, zodat
  paden als ``examples/data/...`` kloppen. Een blok dat een fout geeft of een ``assert`` die
  faalt, laat de test falen met de pagina en het regelnummer.
* **Opdrachten** (blokken ``bash``, ``powershell`` en ``console``, en een losse opdracht als
  ``passend-toewijzen sjabloon -o sjabloon.xlsx`` in de tekst): elke ``passend-toewijzen``-opdracht
  van een pagina draait, in de volgorde van de pagina, in een lege werkmap met een kopie van
  ``examples/`` en de bestanden die de pagina zelf toont (een codeblok met ``title="naam"``).
  Een ``curl``-opdracht gaat naar een echte dienst op een vrije poort (in plaats van 8000) en
  moet een antwoord onder 400 krijgen.
  Afsluitcode 0 is vereist; bij ``verantwoording`` ook 1, 3 of 4 (een verslag is gemaakt, zie
  de afsluitcodes). ``passend-toewijzen dienst`` start een server die niet stopt: van die opdracht
  worden alleen de opties gecontroleerd. Van een ``console``-blok moet elke getoonde regel
  uitvoer (behalve ``...``) in de werkelijke uitvoer staan. Andere opdrachten (installeren, de
  testsuite, een belastingtest) staan met hun reden in ``NIET_GEDRAAID``; een
  onbekende opdracht laat de test falen.
* **Aanroepen in de tekst**: een aanroep als ``Beleid(naam="x", art_54a="passend")`` in de tekst,
  van een publieke naam met alleen letterlijke argumenten, wordt uitgevoerd en mag geen fout
  geven. Een aanroep met ``...`` of met namen als argument is een handtekening, geen voorbeeld.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import passend_toewijzen
from passend_toewijzen import schemas
from passend_toewijzen.cli import maak_parser, main
from passend_toewijzen.voorbeelden import schrijf_voorbeelden

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
    (jaarverantwoording, dienst), de bereikbaarheid en de schema's hebben een eigen pakket."""
    toegestaan = (
        "passend_toewijzen",
        "passend_toewijzen.verantwoording",
        "passend_toewijzen.dienst",
        "passend_toewijzen.schemas",
        "passend_toewijzen.simulatie",
        "passend_toewijzen.bereikbaarheid",
        "passend_toewijzen.monitor",
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
        if module not in toegestaan
        and not module.startswith(
            ("passend_toewijzen.verantwoording.", "passend_toewijzen.bereikbaarheid.")
        )
    ]
    assert not afwijkend


def test_alles_uit_het_pakket_is_te_importeren() -> None:
    import passend_toewijzen

    for naam in passend_toewijzen.__all__:
        assert getattr(passend_toewijzen, naam) is not None, naam


# --- opdrachten ---------------------------------------------------------------------------------

OPDRACHTBLOK = re.compile(r"^( *)```(bash|powershell|console)([^\n]*)\n(.*?)^\1```", re.S | re.M)
BESTANDBLOK = re.compile(r"^( *)```\w+[^\n]*title=\"([^\"]+)\"[^\n]*\n(.*?)^\1```", re.S | re.M)
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
NIET_GEDRAAID = {
    r"^(python3? -m venv|py -m venv) ": "installatie: maakt een virtuele omgeving",
    r"^(\.venv/bin/|py -m )?pip install ": "installatie",
    r"^(\. |source )?\.venv/bin/activate$": "installatie: activeert de omgeving",
    r"^\.venv\\Scripts\\activate$": "installatie (Windows): activeert de omgeving",
    r"^(\.venv/bin/)?pytest$|^(HYPOTHESIS_PROFILE=\w+ )?python -m pytest ": (
        "de testsuite zelf (deze test hoort erbij)"
    ),
    r"^python scripts/(bewijsdossier|mutatietest)\.py": (
        "maakt het bewijsdossier opnieuw (minuten); tests/unit/test_bewijsdossier.py controleert "
        "de uitkomst"
    ),
    r"^python benchmarks/": "belastingtest van een draaiende dienst (een script, geen test)",
}
VERSLAGCODES = {0, 1, 3, 4}
VERSLAGOPDRACHTEN = {"verantwoording", "monitor", "bereikbaarheid", "simuleer"}


def _opdrachten(code: str, taal: str) -> list[str]:
    """De opdrachten van een blok: regels samengevoegd, commentaar weg, ``&&``-ketens gesplitst."""
    vervolg = "`" if taal == "powershell" else "\\"
    tekst = re.sub(re.escape(vervolg) + r"\n\s*", " ", code)
    opdrachten: list[str] = []
    for ruw in tekst.splitlines():
        regel = ruw.strip()
        if not regel or regel.startswith("#"):
            continue
        opdrachten.extend(deel.strip() for deel in regel.split(" && "))
    return opdrachten


def _draai(opdracht: str, plek: str) -> str:
    """Draai één ``passend-toewijzen``-opdracht; geef stdout en stderr samen."""
    argumenten = shlex.split(opdracht)[1:]
    if argumenten[:1] == ["dienst"]:
        try:
            maak_parser().parse_args(argumenten)  # start geen server
        except SystemExit:
            pytest.fail(f"{plek}: `{opdracht}`: ongeldige opties")
        return ""
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        try:
            code = main(argumenten)
        except SystemExit as afsluiting:
            code = afsluiting.code if isinstance(afsluiting.code, int) else 2
    toegestaan = VERSLAGCODES if argumenten[:1] and argumenten[0] in VERSLAGOPDRACHTEN else {0}
    if code not in toegestaan:
        pytest.fail(f"{plek}: `{opdracht}` eindigde met {code}:\n{fout.getvalue()[-2000:]}")
    return uit.getvalue() + fout.getvalue()


class _Dienst:
    """Eén echte dienst voor de ``curl``-voorbeelden, pas gestart als een pagina er een heeft."""

    def __init__(self) -> None:
        self._stapel = contextlib.ExitStack()
        self.adres: str | None = None

    def start(self, map_: Path) -> str:
        if self.adres is None:
            from tests.dienst.server import draaiende_dienst

            server = self._stapel.enter_context(draaiende_dienst(map_ / "dienst.log"))
            self.adres = server.adres
        return self.adres

    def stop(self) -> None:
        self._stapel.close()


@pytest.fixture(scope="module")
def dienst() -> Iterator[_Dienst]:
    d = _Dienst()
    try:
        yield d
    finally:
        d.stop()


def _curl(opdracht: str, plek: str, adres: str) -> str:
    argumenten = shlex.split(opdracht.replace("http://127.0.0.1:8000", adres))
    proces = subprocess.run(
        [argumenten[0], "--fail-with-body", "--max-time", "120", *argumenten[1:]],
        capture_output=True,
        text=True,
        check=False,
    )
    if proces.returncode != 0:
        pytest.fail(
            f"{plek}: `{opdracht}` eindigde met {proces.returncode}: {proces.stdout[-500:]}"
        )
    return proces.stdout


def _voer_uit(opdracht: str, plek: str, dienst: _Dienst | None = None) -> str:
    opdracht = re.sub(r"^\.venv/bin/", "", opdracht)
    if opdracht.startswith("passend-toewijzen "):
        return _draai(opdracht, plek)
    if opdracht.startswith("curl ") and dienst is not None:
        if shutil.which("curl") is None:  # pragma: no cover - Debian en CI hebben curl
            return ""
        return _curl(opdracht, plek, dienst.start(Path.cwd()))
    if not any(re.search(patroon, opdracht) for patroon in NIET_GEDRAAID):
        pytest.fail(f"{plek}: onbekende opdracht `{opdracht}` (draai haar of geef een reden)")
    return ""


def _met_opdrachten(pagina: Path) -> bool:
    tekst = pagina.read_text(encoding="utf-8")
    return bool(OPDRACHTBLOK.search(tekst)) or any(
        s.startswith("passend-toewijzen ") for s in INLINE.findall(tekst)
    )


MET_OPDRACHTEN = [p for p in PAGINAS if _met_opdrachten(p)]


def test_er_zijn_opdrachten() -> None:
    assert len(MET_OPDRACHTEN) >= 8


@pytest.mark.parametrize(
    "pagina", MET_OPDRACHTEN, ids=[str(p.relative_to(WORTEL)) for p in MET_OPDRACHTEN]
)
def test_opdrachten_draaien(
    pagina: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dienst: _Dienst
) -> None:
    tekst = pagina.read_text(encoding="utf-8")
    shutil.copytree(WORTEL / "examples", tmp_path / "examples")
    for m in BESTANDBLOK.finditer(tekst):
        inhoud = "\n".join(r[len(m.group(1)) :] for r in m.group(3).splitlines())
        if invoegen := re.fullmatch(r'--8<-- "([^"]+)"', inhoud.strip()):  # pymdownx.snippets
            inhoud = (WORTEL / invoegen.group(1)).read_text(encoding="utf-8").rstrip("\n")
        (tmp_path / m.group(2)).write_text(inhoud + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    stukken: list[tuple[int, str, str]] = []  # (positie, soort, tekst)
    for m in OPDRACHTBLOK.finditer(tekst):
        code = "\n".join(r[len(m.group(1)) :] for r in m.group(4).splitlines())
        stukken.append((m.start(), m.group(2), code))
    buiten = OPDRACHTBLOK.sub(lambda m: " " * len(m.group(0)), tekst)
    for m in INLINE.finditer(re.sub(r"^```.*?^```", "", buiten, flags=re.S | re.M)):
        if m.group(1).startswith("passend-toewijzen ") and len(shlex.split(m.group(1))) > 2:
            stukken.append((m.start(), "inline", m.group(1)))
    for positie, soort, code in sorted(stukken):
        plek = f"{pagina.relative_to(WORTEL)} regel {tekst[:positie].count(chr(10)) + 1}"
        if soort == "console":
            _console(code, plek)
            continue
        for opdracht in _opdrachten(code, soort):
            _voer_uit(opdracht, plek, dienst)


def _console(code: str, plek: str) -> None:
    """Een ``console``-blok: ``$ opdracht`` met de uitvoer eronder (``...`` voor weggelaten)."""
    uitvoer = ""
    verwacht: list[str] = []

    def controleer() -> None:
        regels = [r.strip() for r in uitvoer.splitlines()]
        positie = 0
        for regel in verwacht:
            try:
                positie = regels.index(regel, positie) + 1
            except ValueError:
                pytest.fail(f"{plek}: regel niet (op die plek) in de uitvoer: {regel!r}")

    for regel in code.splitlines():
        if regel.startswith("$ "):
            controleer()
            uitvoer, verwacht = _voer_uit(regel[2:].strip(), plek), []
        elif regel.strip() and regel.strip() != "...":
            verwacht.append(regel.strip())
    controleer()


# --- aanroepen in de tekst ----------------------------------------------------------------------


def _letterlijk(knoop: ast.expr) -> bool:
    try:
        waarde = ast.literal_eval(knoop)
    except ValueError:
        return False
    return waarde is not Ellipsis


def _aanroepen(tekst: str) -> list[str]:
    zonder_blokken = re.sub(r"^ *```.*?^ *```", "", tekst, flags=re.S | re.M)
    gevonden = []
    for span in INLINE.findall(zonder_blokken):
        if not re.match(r"^[A-Za-z_][\w.]*\(.*\)$", span):
            continue
        try:
            knoop = ast.parse(span, mode="eval").body
        except SyntaxError:
            continue
        if not isinstance(knoop, ast.Call) or not (knoop.args or knoop.keywords):
            continue
        if all(_letterlijk(a) for a in knoop.args) and all(
            _letterlijk(k.value) for k in knoop.keywords
        ):
            gevonden.append(span)
    return gevonden


MET_AANROEPEN = [p for p in PAGINAS if _aanroepen(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(
    "pagina", MET_AANROEPEN, ids=[str(p.relative_to(WORTEL)) for p in MET_AANROEPEN]
)
def test_aanroepen_in_de_tekst_werken(
    pagina: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    naamruimte: dict[str, object] = {**vars(passend_toewijzen), **vars(schemas)}
    shutil.copytree(WORTEL / "examples", tmp_path / "examples")
    schrijf_voorbeelden(tmp_path)  # zoals na `passend-toewijzen voorbeeld .`
    monkeypatch.chdir(tmp_path)
    for aanroep in _aanroepen(pagina.read_text(encoding="utf-8")):
        try:
            eval(aanroep, naamruimte)  # noqa: S307 - tekst uit de eigen documentatie
        except Exception as fout:  # pragma: no cover - alleen bij een kapot voorbeeld
            pytest.fail(f"{pagina.relative_to(WORTEL)}: `{aanroep}`: {type(fout).__name__}: {fout}")
