"""Opdracht ``passend-toewijzen parameters``: alle waarden die op een datum gelden."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from passend_toewijzen.cli._basis import EXIT_OK, Parser, datum_argument, druk_json
from passend_toewijzen.parameters import Parameterset, parameters_op
from passend_toewijzen.parameters.export import parameterset_als_dict

__all__ = ["registreer"]


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdracht ``parameters`` toe."""
    p = opdrachten.add_parser(
        "parameters",
        help="toon alle wettelijke parameters die op een datum gelden, met bron",
        description=(
            "Toont alle wettelijke parameters (huurgrenzen, inkomensgrenzen, normen, "
            "indexatie, AOW-leeftijd) die op de datum gelden, met ingangsdatum, status en bron."
        ),
    )
    p.add_argument(
        "--datum",
        type=datum_argument,
        default=None,
        help="peildatum JJJJ-MM-DD (standaard: vandaag)",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als één JSON-document")
    p.set_defaults(uitvoeren=_uitvoeren)


def _uitvoeren(args: argparse.Namespace) -> int:
    datum: date = args.datum if args.datum is not None else date.today()  # noqa: DTZ011
    ps = parameters_op(datum)
    if args.json:
        druk_json(parameterset_als_dict(ps))
    else:
        sys.stdout.write(als_tekst(ps))
    return EXIT_OK


def als_tekst(ps: Parameterset) -> str:
    """De parameterset als leesbare tekst per bestand."""
    regels = [
        f"Wettelijke parameters op {ps.peildatum.isoformat()} "
        f"(data {ps.data_versie}, hash {ps.data_hash[:12]})",
        "",
    ]
    huidig_bestand = None
    for pw in ps:
        if pw.definitie.bestand != huidig_bestand:
            huidig_bestand = pw.definitie.bestand
            regels.append(f"[{huidig_bestand}]")
        status = "" if pw.status.value == "definitief" else f"  [{pw.status.value}]"
        regels.append(
            f"  {pw.naam:<44} {pw.als_tekst():>16}  vanaf {pw.geldig_vanaf.isoformat()}{status}"
        )
        regels.append(f"      bron: {pw.bron}")
    if ps.ontbrekend:
        regels.extend(["", "Niet van kracht op deze datum:"])
        regels.extend(f"  {naam}: {reden}" for naam, reden in sorted(ps.ontbrekend.items()))
    return "\n".join(regels) + "\n"
