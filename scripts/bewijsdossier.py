"""Maak het bewijsdossier: ``docs/bewijs/eigenschappen.json``.

Het script draait de eigenschapstests (``tests/eigenschappen``) met het hypothesis-profiel
``bewijs`` (1000 voorbeelden per eigenschap, vaste volgorde van voorbeelden) en legt per
eigenschap vast: node-id, de wettelijke zin (docstring), de grondslag (``@grondslag``), het
aantal voorbeelden dat werkelijk is geprobeerd en de uitkomst. Daarnaast meet het de
takdekking van ``passend_toewijzen.regels`` en ``passend_toewijzen.parameters`` met de gewone
testsuite, en neemt het de uitkomst van de mutatietoetsing over uit
``docs/bewijs/mutaties.json`` als dat bestand er is.

Gebruik, vanuit de hoofdmap van de repository::

    python scripts/bewijsdossier.py                 # alles (enkele minuten)
    python scripts/bewijsdossier.py --zonder-dekking
    python scripts/bewijsdossier.py --controle      # tel voorbeelden ook via observability

De documentatiepagina ``docs/bewijsdossier.md`` wordt bij het bouwen van de documentatie uit dit
bestand gevuld (``docs/hooks/bewijsdossier.py``); de test ``tests/unit/test_bewijsdossier.py``
faalt zodra het dossier niet meer bij de eigenschapstests past, of niet meer bij de code en de
data waarvan het gemaakt is: het dossier legt onder ``invoer`` een inhoudshash vast van elk
bestand waarop het bewijs berust (zie :func:`invoer`). De enige oplossing is dan het dossier
opnieuw maken met dit script. Het script geeft exitcode 1 als
een eigenschap of de dekkingsmeting faalt (het dossier wordt dan toch geschreven, met die
uitkomst).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

WORTEL = Path(__file__).resolve().parent.parent
DOSSIER = WORTEL / "docs" / "bewijs" / "eigenschappen.json"
MUTATIES = WORTEL / "docs" / "bewijs" / "mutaties.json"
SCHEMA = "passend-toewijzen/bewijsdossier/1"
PROFIEL = "bewijs"
PAKKETTEN = ("passend_toewijzen.regels", "passend_toewijzen.parameters")
MUTATIEVELDEN = ("gereedschap", "datum", "totaal", "gedood", "overlevend", "score")

EIGENSCHAPPEN_OPDRACHT = [
    "python",
    "-m",
    "pytest",
    "tests/eigenschappen",
    "-p",
    "tests.bewijsplugin",
    "--hypothesis-show-statistics",
    "-q",
]
DEKKING_OPDRACHT = [
    "python",
    "-m",
    "pytest",
    "-q",
    "-m",
    "not browser",
    *(f"--cov={p}" for p in PAKKETTEN),
    "--cov-branch",
    "--cov-report=term-missing",
    "--cov-fail-under=100",
]


INVOER = (
    "src/passend_toewijzen",
    "tests/eigenschappen",
    "tests/bewijsplugin.py",
    "tests/conftest.py",
)
"""Waarop het bewijs berust: de code en de wettelijke data, en de eigenschapstests zelf."""
NIET_IN_INVOER = (
    "src/passend_toewijzen/cli/",
    "src/passend_toewijzen/dienst/",
    "src/passend_toewijzen/voorbeelden/",
)
"""De opdrachtregel, de dienst en de voorbeeldbestanden: geen eigenschapstest raakt ze."""


class _ZonderDocstrings(ast.NodeTransformer):
    """Verwijdert elke losse tekst in een body (docstrings, ook die van velden)."""

    def generic_visit(self, node: ast.AST) -> ast.AST:
        super().generic_visit(node)
        body = getattr(node, "body", None)
        if isinstance(body, list):
            zonder = [
                n
                for n in body
                if not (
                    isinstance(n, ast.Expr)
                    and isinstance(n.value, ast.Constant)
                    and isinstance(n.value.value, str)
                )
            ]
            node.body = zonder or [ast.Pass()]  # type: ignore[attr-defined]
        return node


def inhoudshash(pad: Path) -> str:
    """De hash van wat een bestand doet: van Python-code de syntaxboom zonder docstrings en
    commentaar (een andere formulering of opmaak verandert het bewijs niet), van data de inhoud
    met Unix-regeleinden (een checkout op Windows geeft dezelfde hash)."""
    inhoud = pad.read_bytes().replace(b"\r\n", b"\n")
    if pad.suffix == ".py":
        boom = _ZonderDocstrings().visit(ast.parse(inhoud, filename=str(pad)))
        inhoud = ast.dump(boom, include_attributes=False).encode("utf-8")
    return hashlib.sha256(inhoud).hexdigest()


def invoer(wortel: Path = WORTEL) -> dict[str, Any]:
    """De inhoudshash van elk bestand waarop het bewijs berust, en één hash over alle samen."""
    paden: list[Path] = []
    for deel in INVOER:
        pad = wortel / deel
        paden.extend(sorted(pad.rglob("*")) if pad.is_dir() else [pad])
    bestanden = {
        rel: inhoudshash(p)
        for p in paden
        if p.is_file()
        and p.suffix in (".py", ".toml")
        and not (rel := p.relative_to(wortel).as_posix()).startswith(NIET_IN_INVOER)
        and "__pycache__" not in rel
    }
    totaal = hashlib.sha256(
        "".join(f"{pad}\0{h}\n" for pad, h in sorted(bestanden.items())).encode("utf-8")
    ).hexdigest()
    return {"hash": totaal, "bestanden": dict(sorted(bestanden.items()))}


def _draai(opdracht: list[str], omgeving: dict[str, str]) -> tuple[int, float]:
    """Draai ``opdracht`` in de hoofdmap; geef de exitcode en de looptijd in seconden."""
    begin = time.monotonic()
    proces = subprocess.run([sys.executable, *opdracht[1:]], cwd=WORTEL, env=omgeving, check=False)
    return proces.returncode, time.monotonic() - begin


def _git(*argumenten: str) -> subprocess.CompletedProcess[str] | None:
    """Een alleen-lezen git-opdracht, of ``None`` zonder git."""
    try:
        return subprocess.run(
            ["git", *argumenten], cwd=WORTEL, capture_output=True, text=True, check=False
        )
    except OSError:
        return None


def herkomst() -> dict[str, Any]:
    """Commit en of de werkkopie afwijkt (alleen lezen: rev-parse en diff --quiet)."""
    commit = _git("rev-parse", "HEAD")
    if commit is None or commit.returncode != 0:
        return {"git_commit": None, "werkkopie_gewijzigd": None}
    verschil = _git("diff", "--quiet", "HEAD", "--", "src", "tests")
    gewijzigd = None if verschil is None else verschil.returncode != 0
    return {"git_commit": commit.stdout.strip(), "werkkopie_gewijzigd": gewijzigd}


def eigenschappen(ruw: dict[str, Any]) -> list[dict[str, Any]]:
    """De regels van het dossier uit de ruwe uitvoer van ``tests/bewijsplugin.py``."""
    regels = []
    for test in ruw["tests"]:
        regels.append(
            {
                "node_id": test["node_id"],
                "naam": test["naam"],
                "module": test["module"],
                "module_omschrijving": test["module_omschrijving"],
                "eigenschap": test["docstring"],
                "grondslag": test["grondslag"],
                "voorbeelden": test["voorbeelden"],
                "mislukte_voorbeelden": test["mislukte_voorbeelden"],
                "ongeldige_voorbeelden": test["ongeldige_voorbeelden"],
                "voorbeelden_waarneming": test["voorbeelden_waarneming"],
                "uitkomst": test["uitkomst"],
            }
        )
    return sorted(regels, key=lambda r: r["node_id"])


def _percentage(geraakt: int, totaal: int) -> str:
    """Een percentage met twee decimalen, naar beneden afgerond (nooit gunstiger dan gemeten)."""
    if totaal == 0:
        return "100.00"
    honderdsten = geraakt * 10_000 // totaal
    return f"{honderdsten // 100}.{honderdsten % 100:02d}"


def dekking_uit_rapport(rapport: dict[str, Any]) -> list[dict[str, Any]]:
    """Regels en takken per pakket uit een JSON-rapport van coverage.py."""
    resultaat = []
    for pakket in PAKKETTEN:
        map_ = "src/" + pakket.replace(".", "/") + "/"
        bestanden = {
            pad: gegevens
            for pad, gegevens in rapport["files"].items()
            if pad.replace(os.sep, "/").startswith(map_)
        }
        regels = sum(g["summary"]["num_statements"] for g in bestanden.values())
        geraakt = sum(g["summary"]["covered_lines"] for g in bestanden.values())
        takken = sum(g["summary"].get("num_branches", 0) for g in bestanden.values())
        takken_geraakt = sum(g["summary"].get("covered_branches", 0) for g in bestanden.values())
        ontbrekend = {
            pad.replace(os.sep, "/"): {
                "regels": g["missing_lines"],
                "takken": [list(t) for t in g.get("missing_branches", [])],
            }
            for pad, g in sorted(bestanden.items())
            if g["missing_lines"] or g.get("missing_branches")
        }
        resultaat.append(
            {
                "pakket": pakket,
                "bestanden": len(bestanden),
                "regels": regels,
                "geraakte_regels": geraakt,
                "takken": takken,
                "geraakte_takken": takken_geraakt,
                "percentage": _percentage(geraakt + takken_geraakt, regels + takken),
                "ontbrekend": ontbrekend,
            }
        )
    return resultaat


def meet_dekking(omgeving: dict[str, str]) -> tuple[dict[str, Any], bool]:
    """Draai de testsuite met takdekking; geef het dekkingsdeel van het dossier en of het lukte."""
    with tempfile.TemporaryDirectory() as map_:
        rapport_pad = Path(map_) / "dekking.json"
        opdracht = [
            *DEKKING_OPDRACHT,
            f"--cov-report=json:{rapport_pad}",
            # deze test vergelijkt het dossier dat nu juist wordt gemaakt
            "--deselect=tests/unit/test_bewijsdossier.py",
        ]
        code, _ = _draai(opdracht, omgeving)
        if not rapport_pad.exists():
            return {"opdracht": shlex.join(DEKKING_OPDRACHT), "geslaagd": False}, False
        rapport = json.loads(rapport_pad.read_text(encoding="utf-8"))
    return {
        "opdracht": shlex.join(DEKKING_OPDRACHT),
        "geslaagd": code == 0,
        "coverage_versie": rapport.get("meta", {}).get("version"),
        "pakketten": dekking_uit_rapport(rapport),
    }, code == 0


def lees_mutaties(pad: Path = MUTATIES) -> dict[str, Any] | None:
    """De uitkomst van de mutatietoetsing, of ``None`` als die (nog) niet is gemeten."""
    if not pad.exists():
        return None
    document = json.loads(pad.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        msg = f"{pad}: verwacht een JSON-object"
        raise ValueError(msg)
    ontbrekend = [veld for veld in MUTATIEVELDEN if veld not in document]
    if ontbrekend:
        msg = f"{pad}: velden ontbreken: {', '.join(ontbrekend)}"
        raise ValueError(msg)
    return document


def begintoestand() -> dict[str, Any]:
    """Commit, werkkopie en invoer op dit moment (bij het begin van een run vastgelegd)."""
    return {"herkomst": herkomst(), "invoer": invoer()}


def maak_dossier(
    ruw: dict[str, Any],
    *,
    looptijd: float,
    exitcode: int,
    dekking: dict[str, Any] | None,
    mutaties: dict[str, Any] | None,
    bij_begin: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Het volledige dossier als JSON-geschikt woordenboek.

    ``bij_begin`` is de herkomst (commit, werkkopie) en de invoer zoals die bij het begin van de
    run waren (:func:`begintoestand`): wie tijdens de run commit of een bestand wijzigt, verandert
    zo niet wat het dossier over zijn herkomst zegt."""
    begin = bij_begin if bij_begin is not None else begintoestand()
    import hypothesis

    from passend_toewijzen import __version__
    from passend_toewijzen.parameters import register

    regels = eigenschappen(ruw)
    geslaagd = exitcode == 0 and all(r["uitkomst"] == "passed" for r in regels)
    return {
        "schema": SCHEMA,
        "datum": datetime.now(UTC).date().isoformat(),
        "bibliotheekversie": __version__,
        "data_versie": register().data_versie,
        "invoer": begin["invoer"],
        "hypothesis_versie": hypothesis.__version__,
        "python": ruw["python"],
        **begin["herkomst"],
        "profiel": ruw["profiel"],
        "opdracht": f"HYPOTHESIS_PROFILE={PROFIEL} {shlex.join(EIGENSCHAPPEN_OPDRACHT)}",
        "looptijd_seconden": round(looptijd),
        "uitkomst": "passed" if geslaagd else "failed",
        "aantal_eigenschappen": len(regels),
        "totaal_voorbeelden": sum(r["voorbeelden"] or 0 for r in regels),
        "eigenschappen": regels,
        "dekking": dekking,
        "mutatietoetsing": mutaties,
    }


def schrijf(dossier: dict[str, Any], pad: Path = DOSSIER) -> None:
    """Schrijf het dossier als stabiele JSON (gesorteerde sleutels, regeleinde aan het eind)."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(
        json.dumps(dossier, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def main(argumenten: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--zonder-dekking", action="store_true", help="meet de dekking niet")
    parser.add_argument(
        "--controle",
        action="store_true",
        help="tel de voorbeelden ook afzonderlijk via hypothesis-observability (trager)",
    )
    parser.add_argument("--uitvoer", type=Path, default=DOSSIER, help="het dossierbestand")
    opties = parser.parse_args(argumenten)

    mutaties = lees_mutaties()
    bij_begin = begintoestand()
    omgeving = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_PROFILE"}
    with tempfile.TemporaryDirectory() as map_:
        ruw_pad = Path(map_) / "ruw.json"
        opdracht = [*EIGENSCHAPPEN_OPDRACHT, f"--bewijs-uitvoer={ruw_pad}"]
        if opties.controle:
            opdracht.append("--bewijs-waarneming")
        print(f"eigenschappen: HYPOTHESIS_PROFILE={PROFIEL} {shlex.join(opdracht)}")
        exitcode, looptijd = _draai(opdracht, {**omgeving, "HYPOTHESIS_PROFILE": PROFIEL})
        if not ruw_pad.exists():
            print("de eigenschapstests gaven geen uitvoer (zie de meldingen hierboven)")
            return 2
        ruw = json.loads(ruw_pad.read_text(encoding="utf-8"))

    dekking = None
    dekking_geslaagd = True
    if not opties.zonder_dekking:
        print(f"dekking: {shlex.join(DEKKING_OPDRACHT)}")
        dekking, dekking_geslaagd = meet_dekking(omgeving)

    dossier = maak_dossier(
        ruw,
        looptijd=looptijd,
        exitcode=exitcode,
        dekking=dekking,
        mutaties=mutaties,
        bij_begin=bij_begin,
    )
    schrijf(dossier, opties.uitvoer)
    print(
        f"geschreven: {opties.uitvoer}: {dossier['aantal_eigenschappen']} eigenschappen, "
        f"{dossier['totaal_voorbeelden']} voorbeelden, {dossier['looptijd_seconden']} s, "
        f"uitkomst {dossier['uitkomst']}"
    )
    for regel in dossier["eigenschappen"]:
        print(f"  {regel['voorbeelden'] or 0:>6}  {regel['uitkomst']:<7} {regel['node_id']}")
    if dekking is not None:
        for pakket in dekking.get("pakketten", []):
            print(f"  dekking {pakket['pakket']}: {pakket['percentage']}%")
    return 0 if dossier["uitkomst"] == "passed" and dekking_geslaagd else 1


if __name__ == "__main__":
    sys.exit(main())
