"""Opdracht ``passend-toewijzen dienst``: de lokale HTTP-API en webpagina starten.

::

    passend-toewijzen dienst [--host 127.0.0.1] [--port 8000]

Standaard alleen bereikbaar vanaf deze computer (127.0.0.1). Een ander adres maakt de dienst
bereikbaar voor andere computers; de dienst heeft geen aanmelding, dus doe dat alleen in een
afgeschermd netwerk (zie de documentatie, "De dienst"). Vraagt het extra ``dienst``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from passend_toewijzen.beleid import laad_beleid
from passend_toewijzen.cli._basis import EXIT_OK, Parser, fout

__all__ = ["registreer"]

_MB = 1024 * 1024


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdracht ``dienst`` toe."""
    p = opdrachten.add_parser(
        "dienst",
        help="start de lokale dienst: HTTP-API en webpagina (extra 'dienst')",
        description=(
            "Start een HTTP-API en een webpagina voor de jaarverantwoording op deze computer. "
            "Standaard alleen bereikbaar vanaf deze computer (127.0.0.1); stop met Ctrl-C. "
            "Uploads worden niet bewaard en er komen geen inkomens of huishoudgegevens in de log."
        ),
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="adres om op te luisteren (standaard 127.0.0.1: alleen deze computer). Een ander "
        "adres maakt de dienst bereikbaar voor het netwerk, zonder aanmelding",
    )
    p.add_argument("--port", type=_poort, default=8000, help="poort (standaard 8000)")
    p.add_argument(
        "--max-upload",
        type=_megabytes,
        default="100",
        metavar="MB",
        help="grootste verzoek met bestanden in MB (standaard 100)",
    )
    p.add_argument(
        "--max-json",
        type=_megabytes,
        default="10",
        metavar="MB",
        help="grootste JSON-verzoek in MB (standaard 10)",
    )
    p.add_argument(
        "--tijdslimiet",
        type=_seconden,
        default="300",
        metavar="SECONDEN",
        help="langste duur van één verzoek of verslag (standaard 300)",
    )
    p.add_argument(
        "--toegestane-host",
        action="append",
        default=[],
        metavar="NAAM",
        help="een extra hostnaam waarmee clients de dienst aanspreken (herhaalbaar), "
        "bijvoorbeeld de servernaam in het eigen netwerk",
    )
    p.add_argument("--beleid", type=Path, help="TOML-bestand met lokaal beleid voor elke toets")
    p.set_defaults(uitvoeren=_uitvoeren)


def _poort(tekst: str) -> int:
    if not tekst.isascii() or not tekst.isdigit() or not 1 <= int(tekst) <= 65535:
        msg = f"{tekst!r} is geen poortnummer (1 tot en met 65535)"
        raise argparse.ArgumentTypeError(msg)
    return int(tekst)


def _megabytes(tekst: str) -> int:
    if not tekst.isascii() or not tekst.isdigit() or not 1 <= int(tekst) <= 100_000:
        msg = f"{tekst!r} is geen aantal megabytes (1 tot en met 100000)"
        raise argparse.ArgumentTypeError(msg)
    return int(tekst) * _MB


def _seconden(tekst: str) -> float:
    try:
        waarde = float(tekst)
    except ValueError:
        waarde = 0.0
    if not 0 < waarde <= 86_400:
        msg = f"{tekst!r} is geen tijdslimiet in seconden (meer dan 0, hoogstens 86400)"
        raise argparse.ArgumentTypeError(msg)
    return waarde


def _uitvoeren(args: argparse.Namespace) -> int:
    try:
        from passend_toewijzen.dienst import Instellingen, is_loopback, start
    except ImportError as exc:
        fout(
            f"de dienst vraagt het extra 'dienst' ({exc.name} ontbreekt): "
            "pip install 'passend-toewijzen[dienst]'"
        )
    instellingen = Instellingen(
        host=args.host,
        poort=args.port,
        max_upload=args.max_upload,
        max_json=args.max_json,
        tijdslimiet=args.tijdslimiet,
        beleid=laad_beleid(args.beleid) if args.beleid else None,
        toegestane_hosts=tuple(args.toegestane_host),
    )
    adres = f"[{args.host}]" if ":" in args.host else args.host
    if not is_loopback(args.host):
        sys.stderr.write(
            f"let op: de dienst luistert op {args.host} en is dus bereikbaar voor andere "
            "computers in het netwerk, zonder aanmelding. Doe dit alleen in een afgeschermd "
            "netwerk (zie de documentatie, 'De dienst').\n"
        )
    sys.stderr.write(
        f"passend-toewijzen dienst op http://{adres}:{args.port}/ (webpagina) en "
        f"http://{adres}:{args.port}/openapi.json (API); stop met Ctrl-C\n"
    )
    start(instellingen)
    return EXIT_OK
