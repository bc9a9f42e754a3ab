"""Mutatietoetsing van de regels en parameters met mutmut: ``docs/bewijs/mutaties.json``.

Een mutant is een kleine verandering in de code (``<=`` wordt ``<``, ``and`` wordt ``or``, een
getal één hoger, ...). De tests moeten elke mutant die het gedrag verandert opmerken ("doden").
Een mutant die overleeft, is ofwel een gat in de tests, ofwel *equivalent*: een verandering die
het gedrag niet wijzigt. Equivalente mutanten staan met hun reden in
``scripts/mutatietest_equivalenten.toml``; een overlevende mutant zonder reden laat het script
falen.

Gebruik, vanuit de hoofdmap van de repository, na ``pip install -e '.[mutatie]'`` (mutmut 3)::

    python scripts/mutatietest.py               # volledige run: docs/bewijs/mutaties.json
    python scripts/mutatietest.py --kinderen 1     # één proces (de machine is gedeeld)
    python scripts/mutatietest.py --hervat         # hergebruik de vorige run (alleen gewijzigde
                                                   # functies en nieuwe tests opnieuw)
    python scripts/mutatietest.py --hervat 'passend_toewijzen.regels.aow.*'
                                                   # deze mutanten opnieuw (fnmatch-patronen)
    python scripts/mutatietest.py --alleen-verzamelen   # alleen het JSON uit de vorige run

Werkwijze. De werkkopie wordt niet aangeraakt: alles gebeurt in de werkmap (standaard
``.mutatietest/``, git-genegeerd). Daarin staat ``src`` als verwijzing naar de echte ``src``
(mutmut kopieert die naar ``mutants/src`` en muteert alleen die kopie; zo haalt mutmut ook het
pad van de bewerkbare installatie uit ``sys.path``), een kopie van ``tests/`` en van
``pyproject.toml`` (voor de pytest-instellingen) en een ``setup.cfg`` met de mutmut-instellingen
van dit script. Elke pytest-run laadt ``scripts/mutatietest_plugin.py``: een klein, vast
hypothesis-profiel en lege geheugens vóór elke test (zie daar waarom).

Per mutant draait mutmut alleen de tests uit :data:`TESTS` die de gemuteerde functie werkelijk
aanroepen. Een volledige run duurt op twee (gedeelde) kernen zo'n tien minuten (561 seconden op
2 december 2026, plus een minuut voor het verzamelen): het is een script, geen CI-stap.
"""

from __future__ import annotations

import argparse
import ast
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path
from typing import Any

WORTEL = Path(__file__).resolve().parent.parent
UITVOER = WORTEL / "docs" / "bewijs" / "mutaties.json"
EQUIVALENTEN = Path(__file__).resolve().parent / "mutatietest_equivalenten.toml"
PLUGIN = Path(__file__).resolve().parent / "mutatietest_plugin.py"
STANDAARD_WERKMAP = WORTEL / ".mutatietest"
DOEL = 95
"""De doelscore in procenten."""

TE_MUTEREN = (
    "src/passend_toewijzen/regels/*",
    "src/passend_toewijzen/parameters/*",
    "src/passend_toewijzen/toets.py",
)
"""De code die gemuteerd wordt (fnmatch-patronen, zoals mutmut ``only_mutate`` ze leest)."""

TESTS = (
    "tests/unit/test_aow.py",
    "tests/unit/test_beleid.py",
    "tests/unit/test_genest_valideren.py",
    "tests/unit/test_gevallen.py",
    "tests/unit/test_grenzen_gegenereerd.py",
    "tests/unit/test_grenzen_nieuwe_waarden.py",
    "tests/unit/test_hergebruik.py",
    "tests/unit/test_huurklasse.py",
    "tests/unit/test_huurprijstabellen.py",
    "tests/unit/test_inkomen.py",
    "tests/unit/test_momentopname.py",
    "tests/unit/test_mutanten_*.py",
    "tests/unit/test_parameters_afleiden.py",
    "tests/unit/test_parameters_laden.py",
    "tests/unit/test_parameters_op.py",
    "tests/unit/test_toets_api.py",
    "tests/unit/test_toets_beleid.py",
    "tests/unit/test_toets_stroom.py",
    "tests/unit/test_toets_zonder_uitleg.py",
    "tests/eigenschappen/test_grenzen.py",
    "tests/eigenschappen/test_parameters.py",
    "tests/eigenschappen/test_toets.py",
    "tests/eigenschappen/test_zonder_uitleg.py",
)
"""De snelle tests van de regels, parameters en toets (unit, gouden gevallen, eigenschappen).

Niet erin: browser, documentatie, voorbeelden, opdrachtregel, verantwoording en tabellen (die
toetsen andere modules, of hebben bestanden buiten ``src`` en ``tests`` nodig)."""

TESTMAPPEN = ("tests/unit", "tests/eigenschappen")
"""Wat mutmut zelf als testselectie krijgt; de plugin beperkt dat tot :data:`TESTS`."""

PYTEST_OPTIES = ("-p", "mutatietest_plugin", "-p", "no:cacheprovider", "-m", "not browser")
"""Extra pytest-opties voor elke run van mutmut."""

ONVERKLAARD = (
    "ONVERKLAARD: nog geen test die deze mutant doodt en geen reden waarom hij equivalent is"
)
GEDOOD = "gedood"
TIME_OUT = "time-out"
OVERLEEFD = "overleefd"
GEEN_TESTS = "geen tests"
VERDACHT = "verdacht"
NIET_GETOETST = "niet getoetst"
TYPEFOUT = "typefout"

_STATUS: dict[int | None, str] = {
    1: GEDOOD,
    3: GEDOOD,
    0: OVERLEEFD,
    5: GEEN_TESTS,
    33: GEEN_TESTS,
    34: NIET_GETOETST,
    2: NIET_GETOETST,
    None: NIET_GETOETST,
    35: VERDACHT,
    36: TIME_OUT,
    24: TIME_OUT,
    -24: TIME_OUT,
    152: TIME_OUT,
    255: TIME_OUT,
    37: TYPEFOUT,
}
"""De exitcodes in mutmut's ``.meta``-bestanden (mutmut ``status_by_exit_code``)."""

SCORE_DEFINITIE = (
    "score = (gedood + time-out) / (totaal - equivalent), naar beneden afgerond op drie "
    "decimalen. 'gedood': een test faalde; 'time-out': de tests liepen met de mutant meer dan "
    "vijftien keer zo lang als zonder (een waarneembare gedragsverandering, apart geteld); "
    "'equivalent': een overlevende mutant die het gedrag aantoonbaar niet verandert, elk met zijn "
    "reden in 'overlevend'. Elke andere overlevende mutant (ook een zonder tests) telt als niet "
    "gedood."
)


@dataclass(frozen=True)
class Mutant:
    """Eén mutant met zijn uitkomst."""

    naam: str
    bestand: str
    status: str


def mutmut_versie() -> str:
    """De geïnstalleerde versie van mutmut (3.x vereist)."""
    try:
        versie = metadata.version("mutmut")
    except metadata.PackageNotFoundError:
        sys.exit("mutmut ontbreekt: pip install 'mutmut>=3.8,<4' (of: pip install -e '.[mutatie]')")
    if not versie.startswith("3."):
        sys.exit(f"dit script is geschreven voor mutmut 3.x, niet {versie}")
    return versie


def mutmut_opdracht() -> Path:
    """Het programma ``mutmut`` naast de Python van dit script."""
    kandidaat = Path(sys.executable).parent / "mutmut"
    if kandidaat.exists():
        return kandidaat
    gevonden = shutil.which("mutmut")
    if gevonden is None:
        sys.exit("het programma mutmut is niet gevonden")
    return Path(gevonden)


def mutmut_instellingen(modules: tuple[str, ...]) -> str:
    """De ``[mutmut]``-sectie van ``setup.cfg`` in de werkmap."""
    parser = configparser.ConfigParser()
    parser["mutmut"] = {
        "source_paths": "src",
        "only_mutate": "\n" + "\n".join(modules),
        "pytest_add_cli_args": "\n" + "\n".join(PYTEST_OPTIES),
        "pytest_add_cli_args_test_selection": "\n" + "\n".join(TESTMAPPEN),
        "use_git_change_detection": "false",
    }
    regels: list[str] = []

    class _Schrijver:
        def write(self, tekst: str) -> None:
            regels.append(tekst)

    parser.write(_Schrijver())
    return "".join(regels)


ONGEMUTEERDE_DECORATORS = ("staticmethod", "classmethod")
"""Decorators waarmee mutmut een functie wél muteert; elke andere decorator slaat hij over."""


def niet_gemuteerd(modules: tuple[str, ...]) -> list[dict[str, Any]]:
    """De functies in de te muteren bestanden die mutmut overslaat: die met een decorator.

    mutmut 3 muteert geen functie met een decorator (behalve ``staticmethod`` en
    ``classmethod``), zoals ``@property`` of ``@cache``. Het dossier noemt ze, zodat zichtbaar is
    welke code buiten de mutatietoetsing valt (de takdekking geldt er wel).
    """
    lijst: list[dict[str, Any]] = []
    for pad in sorted(WORTEL.glob("src/**/*.py")):
        bestand = pad.relative_to(WORTEL).as_posix()
        if not any(fnmatch(bestand, patroon) for patroon in modules):
            continue
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            decorators = [ast.unparse(d) for d in knoop.decorator_list]
            if not decorators or (
                len(decorators) == 1 and decorators[0] in ONGEMUTEERDE_DECORATORS
            ):
                continue
            lijst.append(
                {
                    "bestand": bestand,
                    "functie": knoop.name,
                    "regel": knoop.lineno,
                    "regels": (knoop.end_lineno or knoop.lineno) - knoop.lineno + 1,
                    "decorators": decorators,
                }
            )
    return lijst


def bestaande_tests() -> list[str]:
    """De testbestanden die :data:`TESTS` aanwijst."""
    return sorted({p.relative_to(WORTEL).as_posix() for t in TESTS for p in WORTEL.glob(t)})


def bereid_werkmap_voor(werkmap: Path, modules: tuple[str, ...], *, hervat: bool) -> None:
    """Zet de werkmap klaar: src als verwijzing, tests en pyproject als kopie, setup.cfg."""
    pyproject = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))
    if "mutmut" in pyproject.get("tool", {}):
        sys.exit(
            "pyproject.toml heeft een [tool.mutmut]; mutmut leest dan setup.cfg niet meer. "
            "Haal die sectie weg: dit script geeft de instellingen zelf."
        )
    if werkmap.exists() and not hervat:
        shutil.rmtree(werkmap)
    werkmap.mkdir(parents=True, exist_ok=True)
    src = werkmap / "src"
    if not src.is_symlink():
        src.symlink_to(WORTEL / "src", target_is_directory=True)
    tests = werkmap / "tests"
    if tests.exists():
        shutil.rmtree(tests)
    shutil.copytree(
        WORTEL / "tests",
        tests,
        ignore=shutil.ignore_patterns("__pycache__", ".hypothesis", ".pytest_cache", "*.pyc"),
    )
    shutil.copy2(WORTEL / "pyproject.toml", werkmap / "pyproject.toml")
    (werkmap / "setup.cfg").write_text(mutmut_instellingen(modules), encoding="utf-8")
    plugin = werkmap / "plugin"
    plugin.mkdir(exist_ok=True)
    shutil.copy2(PLUGIN, plugin / PLUGIN.name)
    # De gemuteerde tests krijgen ook de nieuwste tests (mutmut kopieert tests/ bij elke run).
    gemuteerd = werkmap / "mutants" / "tests"
    if gemuteerd.exists():
        shutil.rmtree(gemuteerd)


def omgeving(werkmap: Path) -> dict[str, str]:
    """De omgeving voor mutmut: de plugin importeerbaar, het kleine hypothesis-profiel."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(werkmap / "plugin")
    env["HYPOTHESIS_PROFILE"] = "mutatie"
    env["MUTATIETEST_TESTS"] = ":".join(TESTS)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def draai_mutmut(werkmap: Path, kinderen: int, mutanten: list[str]) -> float:
    """Draai ``mutmut run``; de volledige uitvoer staat in ``<werkmap>/mutmut.log``."""
    opdracht = [str(mutmut_opdracht()), "run", "--max-children", str(kinderen), *mutanten]
    begin = time.monotonic()
    with (werkmap / "mutmut.log").open("w", encoding="utf-8") as log:
        proces = subprocess.run(
            opdracht,
            cwd=werkmap,
            env=omgeving(werkmap),
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    duur = time.monotonic() - begin
    if proces.returncode != 0:
        staart = (werkmap / "mutmut.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        sys.exit(f"mutmut faalde (exitcode {proces.returncode}):\n{staart}")
    return duur


def lees_mutanten(werkmap: Path, modules: tuple[str, ...]) -> list[Mutant]:
    """Alle mutanten van de te muteren bestanden met hun status, uit mutmut's ``.meta``."""
    mutanten: list[Mutant] = []
    basis = werkmap / "mutants"
    for meta in sorted((basis / "src").rglob("*.py.meta")):
        bestand = meta.relative_to(basis).as_posix().removesuffix(".meta")
        if not any(fnmatch(bestand, patroon) for patroon in modules):
            continue
        gegevens = json.loads(meta.read_text(encoding="utf-8"))
        for naam, code in gegevens["exit_code_by_key"].items():
            mutanten.append(Mutant(naam, bestand, _STATUS.get(code, VERDACHT)))
    return mutanten


def verschil(werkmap: Path, naam: str) -> list[str]:
    """De diff van één mutant (``mutmut show``): de regels van de functie, origineel en mutant."""
    proces = subprocess.run(
        [str(mutmut_opdracht()), "show", naam],
        cwd=werkmap,
        env=omgeving(werkmap),
        capture_output=True,
        text=True,
        check=True,
    )
    return proces.stdout.splitlines()


def korte_verandering(diff: list[str]) -> str:
    """De veranderde regel(s) als ``oud → nieuw`` (zonder inspringing)."""
    weg = [r[1:].strip() for r in diff if r.startswith("-") and not r.startswith("---")]
    erbij = [r[1:].strip() for r in diff if r.startswith("+") and not r.startswith("+++")]
    return f"{' / '.join(weg) or '(niets)'} → {' / '.join(erbij) or '(weg)'}"


_MANGLED = re.compile(r"^(?:x_(?P<functie>\w+)|xǁ(?P<klasse>\w+)ǁ(?P<methode>\w+))__mutmut_\d+$")
_HUNK = re.compile(r"^@@ -(?P<begin>\d+)")


def _regel_in_functie(diff: list[str]) -> int | None:
    """De eerste veranderde regel, geteld vanaf de eerste regel van de functie (uit de diff).

    ``mutmut show`` vergelijkt alleen de functie: de kop ``@@ -82,4 ...`` telt vanaf haar eerste
    regel, gevolgd door regels context vóór de eerste weggehaalde regel.
    """
    for index, regel in enumerate(diff):
        kop = _HUNK.match(regel)
        if kop is None:
            continue
        for afstand, volgende in enumerate(diff[index + 1 :]):
            if volgende.startswith("-"):
                return int(kop["begin"]) + afstand
        return None
    return None


def regelnummer(bestand: Path, naam: str, diff: list[str]) -> int | None:
    """Het regelnummer van de eerste veranderde regel in het originele bestand.

    Uit de kop van de diff (ook als dezelfde regel vaker in de functie staat); lukt dat niet,
    dan de eerste regel van de functie met dezelfde tekst.
    """
    deel = _MANGLED.match(naam.rpartition(".")[2])
    weg = next((r[1:] for r in diff if r.startswith("-") and not r.startswith("---")), None)
    if deel is None or weg is None:
        return None
    in_functie = _regel_in_functie(diff)
    boom = ast.parse(bestand.read_text(encoding="utf-8"))
    klasse, functie = deel["klasse"], deel["functie"] or deel["methode"]
    omgeving_knopen: list[ast.AST] = [boom]
    if klasse:
        omgeving_knopen = [
            k for k in ast.walk(boom) if isinstance(k, ast.ClassDef) and k.name == klasse
        ]
    for knoop in omgeving_knopen:
        for kind in ast.iter_child_nodes(knoop):
            if isinstance(kind, ast.FunctionDef | ast.AsyncFunctionDef) and kind.name == functie:
                regels = bestand.read_text(encoding="utf-8").splitlines()
                einde = kind.end_lineno or kind.lineno
                if in_functie is not None:
                    eerste = min([kind.lineno, *(d.lineno for d in kind.decorator_list)])
                    for begin in (kind.lineno, eerste):
                        nummer = begin + in_functie - 1
                        if begin <= nummer <= einde and regels[nummer - 1].strip() == weg.strip():
                            return nummer
                for nummer in range(kind.lineno, einde + 1):
                    if regels[nummer - 1].strip() == weg.strip():
                        return nummer
                return kind.lineno
    return None


def lees_equivalenten() -> dict[str, dict[str, str]]:
    """De bekende equivalente mutanten: naam → {verandering, reden}."""
    if not EQUIVALENTEN.exists():
        return {}
    gegevens = tomllib.loads(EQUIVALENTEN.read_text(encoding="utf-8"))
    return {
        e["mutant"]: {"verandering": e["verandering"], "reden": e["reden"]}
        for e in gegevens.get("equivalent", [])
    }


def afgerond(teller: int, noemer: int) -> str:
    """``teller / noemer`` met drie decimalen, naar beneden afgerond (nooit gunstiger)."""
    if noemer == 0:
        return "1.000"
    duizendsten = teller * 1000 // noemer
    return f"{duizendsten // 1000}.{duizendsten % 1000:03d}"


def verzamel(
    werkmap: Path, modules: tuple[str, ...], *, commando: str, looptijd: float | None
) -> tuple[dict[str, Any], bool]:
    """Het document voor ``mutaties.json``, en of het doel gehaald is (alles verklaard)."""
    mutanten = lees_mutanten(werkmap, modules)
    if not mutanten:
        sys.exit(
            f"geen uitkomsten in {werkmap / 'mutants'}: draai eerst zonder --alleen-verzamelen"
        )
    tellingen = Counter(m.status for m in mutanten)
    equivalenten = lees_equivalenten()
    overlevend: list[dict[str, Any]] = []
    onverklaard = 0
    for m in sorted(mutanten, key=lambda m: (m.bestand, m.naam)):
        if m.status in (GEDOOD, TIME_OUT):
            continue
        diff = verschil(werkmap, m.naam)
        verandering = korte_verandering(diff)
        bekend = equivalenten.get(m.naam)
        equivalent = (
            bekend is not None and bekend["verandering"] == verandering and m.status == OVERLEEFD
        )
        if not equivalent:
            onverklaard += 1
        overlevend.append(
            {
                "mutant": m.naam,
                "bestand": m.bestand,
                "regel": regelnummer(werkmap / m.bestand, m.naam, diff),
                "verandering": verandering,
                "status": m.status,
                "equivalent": equivalent,
                "reden": bekend["reden"] if equivalent and bekend else ONVERKLAARD,
            }
        )
    namen = {m.naam for m in mutanten if m.status == OVERLEEFD}
    verouderd = sorted(set(equivalenten) - namen)
    totaal = len(mutanten)
    aantal_equivalent = sum(1 for o in overlevend if o["equivalent"])
    gedood = tellingen[GEDOOD]
    time_out = tellingen[TIME_OUT]
    score = afgerond(gedood + time_out, totaal - aantal_equivalent)
    document: dict[str, Any] = {
        "gereedschap": f"mutmut {mutmut_versie()}",
        "datum": datetime.now(UTC).date().isoformat(),
        "commando": commando,
        "modules": list(modules),
        "testselectie": bestaande_tests(),
        "pytest_opties": list(PYTEST_OPTIES),
        "hypothesisprofiel": "mutatie (25 voorbeelden, derandomize, zonder krimpen)",
        "totaal": totaal,
        "gedood": gedood,
        "time-out": time_out,
        "equivalent": aantal_equivalent,
        "onverklaard": onverklaard,
        "per_status": dict(sorted(tellingen.items())),
        "overlevend": overlevend,
        "score": score,
        "score_definitie": SCORE_DEFINITIE,
        "score_ruw": afgerond(gedood + time_out, totaal),
        "looptijd_seconden": round(looptijd) if looptijd is not None else None,
        "niet_gemuteerd": niet_gemuteerd(modules),
    }
    if verouderd:
        print(
            f"let op: {len(verouderd)} equivalente mutant(en) uit {EQUIVALENTEN.name} "
            "niet (meer) overlevend:"
        )
        for naam in verouderd:
            print(f"  {naam}")
    gehaald = onverklaard == 0 and (gedood + time_out) * 100 >= DOEL * (totaal - aantal_equivalent)
    return document, gehaald


def main(argumenten: list[str] | None = None) -> int:
    """Opdrachtregel: zie de moduledocumentatie."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("mutanten", nargs="*", help="alleen deze mutanten opnieuw (met --hervat)")
    parser.add_argument("--kinderen", type=int, default=2, help="parallelle processen (2)")
    parser.add_argument("--werkmap", type=Path, default=STANDAARD_WERKMAP)
    parser.add_argument("--hervat", action="store_true", help="hergebruik de vorige run")
    parser.add_argument("--alleen-verzamelen", action="store_true")
    parser.add_argument("--uitvoer", type=Path, default=UITVOER)
    parser.add_argument(
        "--modules", nargs="+", default=list(TE_MUTEREN), help="alleen deze bestanden (fnmatch)"
    )
    opties = parser.parse_args(argumenten)
    if opties.mutanten and not opties.hervat:
        parser.error("losse mutanten alleen met --hervat")
    werkmap: Path = opties.werkmap.resolve()
    modules = tuple(opties.modules)
    mutmut_versie()
    looptijd: float | None = None
    if not opties.alleen_verzamelen:
        bereid_werkmap_voor(werkmap, modules, hervat=opties.hervat)
        looptijd = draai_mutmut(werkmap, opties.kinderen, opties.mutanten)
    commando = "python scripts/mutatietest.py" + (
        f" --kinderen {opties.kinderen}" if opties.kinderen != 2 else ""
    )
    if modules != TE_MUTEREN:
        commando += " --modules " + " ".join(modules)
    document, gehaald = verzamel(werkmap, modules, commando=commando, looptijd=looptijd)
    opties.uitvoer.parent.mkdir(parents=True, exist_ok=True)
    opties.uitvoer.write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(
        f"{document['totaal']} mutanten: {document['gedood']} gedood, {document['time-out']} "
        f"time-out, {document['equivalent']} equivalent, {document['onverklaard']} onverklaard; "
        f"score {document['score']} (doel {DOEL}%)"
    )
    print(f"geschreven: {opties.uitvoer}")
    for o in document["overlevend"]:
        if not o["equivalent"]:
            print(
                f"  {o['status']}: {o['mutant']} ({o['bestand']}:{o['regel']}) {o['verandering']}"
            )
    return 0 if gehaald else 1


if __name__ == "__main__":
    raise SystemExit(main())
