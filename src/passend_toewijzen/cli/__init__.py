"""Opdrachtregel ``passend-toewijzen``: een dunne laag over de Python-API.

Afsluitcodes: 0 gelukt; 2 onjuist gebruik of ongeldige invoer (melding van één regel op stderr).
"""

from __future__ import annotations

from collections.abc import Sequence

from passend_toewijzen._versie import __version__
from passend_toewijzen.cli import dienst, parameters, tabel, toets, verantwoording
from passend_toewijzen.cli._basis import EXIT_FOUT, EXIT_OK, Parser, fout, subparsers
from passend_toewijzen.fouten import PassendToewijzenFout

__all__ = ["EXIT_FOUT", "EXIT_OK", "maak_parser", "main"]


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Startpunt van de opdrachtregel; geeft de afsluitcode terug."""
    parser = maak_parser()
    args = parser.parse_args(argv)
    if getattr(args, "uitvoeren", None) is None:
        parser.print_help()
        return EXIT_FOUT
    try:
        code: int = args.uitvoeren(args)
    except PassendToewijzenFout as exc:
        fout(str(exc))
    return code
