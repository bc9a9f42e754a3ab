"""Gedeelde onderdelen van de opdrachtregel: een Nederlandstalige argparse en uitvoer."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NoReturn

from passend_toewijzen.modellen.basis import naar_bedrag

__all__ = [
    "EXIT_FOUT",
    "EXIT_OK",
    "Parser",
    "bedrag_argument",
    "datum_argument",
    "druk_json",
    "fout",
]

EXIT_OK = 0
"""Gelukt."""
EXIT_FOUT = 2
"""Onjuist gebruik of ongeldige invoer; de melding staat op stderr."""


class _Opmaak(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """Een ``ArgumentParser`` met Nederlandse koppen en een foutmelding van één regel."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Opmaak)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        fout(f"{self.prog}: {_vertaal(message)} (zie --help)")


_VERTALINGEN = (
    ("the following arguments are required: ", "verplicht maar niet opgegeven: "),
    ("unrecognized arguments: ", "onbekende argumenten: "),
    ("expected one argument", "verwacht één waarde"),
    ("invalid choice: ", "ongeldige keuze: "),
    ("choose from ", "kies uit "),
    ("argument ", "argument "),
    ("not allowed with argument", "niet samen met argument"),
)


def _vertaal(melding: str) -> str:
    for engels, nederlands in _VERTALINGEN:
        melding = melding.replace(engels, nederlands)
    return melding


def fout(melding: str, code: int = EXIT_FOUT) -> NoReturn:
    """Schrijf een foutmelding van één regel naar stderr en stop met ``code``."""
    eerste_regel = " ".join(melding.split())
    sys.stderr.write(f"fout: {eerste_regel}\n")
    raise SystemExit(code)


def datum_argument(tekst: str) -> date:
    """Argumenttype voor een datum ``JJJJ-MM-DD``."""
    try:
        if len(tekst) != 10:
            raise ValueError
        return date.fromisoformat(tekst)
    except ValueError:
        msg = f"{tekst!r} is geen geldige datum (JJJJ-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


_GEHEEL_NL = re.compile(r"^-?(\d+|\d{1,3}(\.\d{3})+)$")
"""Het deel voor de decimale komma: cijfers, eventueel met punten tussen groepen van drie."""


def bedrag_argument(tekst: str) -> Decimal:
    """Argumenttype voor een bedrag: ``640.10``, ``640,10`` of ``1.234,56`` (exact, in centen)."""
    schoon = tekst.strip().replace("€", "").strip()
    if "," in schoon:
        geheel, _, decimalen = schoon.rpartition(",")
        if not _GEHEEL_NL.match(geheel) or not decimalen.isdigit():
            msg = (
                f"{tekst!r} is geen geldig bedrag: gebruik 640,10 of 1.234,56 (punten alleen "
                "tussen groepen van drie cijfers) of 640.10"
            )
            raise argparse.ArgumentTypeError(msg)
        schoon = f"{geheel.replace('.', '')}.{decimalen}"
    try:
        bedrag = naar_bedrag(schoon)
    except ValueError as exc:
        msg = f"{tekst!r} is geen geldig bedrag: {exc}"
        raise argparse.ArgumentTypeError(msg) from None
    if bedrag < 0:
        msg = f"{tekst!r} is geen geldig bedrag: een bedrag kan niet negatief zijn"
        raise argparse.ArgumentTypeError(msg)
    return bedrag


def druk_json(document: Any) -> None:
    """Schrijf één JSON-document naar stdout (UTF-8, gesorteerd niet nodig, twee spaties)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def subparsers(parser: Parser) -> argparse._SubParsersAction[Parser]:
    """Maak de groep subopdrachten met Nederlandse titel."""
    return parser.add_subparsers(
        title="opdrachten", dest="opdracht", metavar="OPDRACHT", parser_class=Parser
    )


def eerste_regel(regels: Sequence[str]) -> str:
    """De eerste niet-lege regel van een tekst (voor meldingen van één regel)."""
    return next((r for r in regels if r.strip()), "")
