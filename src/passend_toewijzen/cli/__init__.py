"""Opdrachtregel ``passend-toewijzen``: een dunne laag over de Python-API.

Afsluitcodes van elke opdracht: 0 gelukt; 2 onjuist gebruik of ongeldige invoer (melding van één
regel op stderr); 130 onderbroken met Ctrl-C (er is niets geschreven); 141 de lezer van de
uitvoer stopte eerder (zoals ``| head``). ``verantwoording`` heeft er meer (zie
:mod:`passend_toewijzen.cli.verantwoording`).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence

from passend_toewijzen._versie import __version__
from passend_toewijzen.cli import bereikbaarheid as bereikbaarheid_cli
from passend_toewijzen.cli import (
    dienst,
    monitor,
    parameters,
    simuleer,
    tabel,
    toets,
    verantwoording,
    voorbeeld,
)
from passend_toewijzen.cli._basis import (
    EXIT_AFGEBROKEN_UITVOER,
    EXIT_FOUT,
    EXIT_OK,
    EXIT_ONDERBROKEN,
    Parser,
    fout,
    melding_van,
    subparsers,
)
from passend_toewijzen.fouten import PassendToewijzenFout

__all__ = [
    "EXIT_AFGEBROKEN_UITVOER",
    "EXIT_FOUT",
    "EXIT_OK",
    "EXIT_ONDERBROKEN",
    "maak_parser",
    "main",
]


def maak_parser() -> Parser:
    """De volledige parser met alle subopdrachten."""
    parser = Parser(
        prog="passend-toewijzen",
        description="Nederlandse toewijzingsregels voor sociale huur: parameters, toetsen en "
        "verantwoording.",
    )
    parser.add_argument(
        "--versie",
        action="version",
        version=f"passend-toewijzen {__version__}",
        help="toon de versie en stop",
    )
    opdrachten = subparsers(parser)
    parameters.registreer(opdrachten)
    toets.registreer(opdrachten)
    tabel.registreer(opdrachten)
    verantwoording.registreer(opdrachten)
    dienst.registreer(opdrachten)
    monitor.registreer(opdrachten)
    voorbeeld.registreer(opdrachten)
    bereikbaarheid_cli.registreer(opdrachten)
    simuleer.registreer(opdrachten)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Startpunt van de opdrachtregel; geeft de afsluitcode terug."""
    try:
        parser = maak_parser()
        args = parser.parse_args(argv)
        if getattr(args, "uitvoeren", None) is None:
            parser.print_help()
            return EXIT_FOUT
        try:
            code: int = args.uitvoeren(args)
        except PassendToewijzenFout as exc:
            fout(melding_van(exc))
        return code
    except KeyboardInterrupt:
        if argv is None:
            # Als programma (niet aangeroepen vanuit een ander programma): een Ctrl-C die nog
            # onderweg is, mag het afsluiten met 130 niet meer onderbreken.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        sys.stderr.write("fout: onderbroken (Ctrl-C); er is geen uitvoerbestand geschreven\n")
        return EXIT_ONDERBROKEN
    except BrokenPipeError:
        # De lezer van stdout is gestopt (zoals `| head`): stil stoppen, zonder traceback bij het
        # afsluiten van Python.
        try:
            leeg = os.open(os.devnull, os.O_WRONLY)
            os.dup2(leeg, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout zonder bestandsnummer
            pass
        return EXIT_AFGEBROKEN_UITVOER
