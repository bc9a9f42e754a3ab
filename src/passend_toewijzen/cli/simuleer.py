"""Opdracht ``passend-toewijzen simuleer``: een of meer beleidsscenario's doorrekenen.

::

    passend-toewijzen simuleer --voorraad voorraad.csv --woningzoekenden zoekers.csv \\
        --beleid huidig.toml --beleid voorstel.toml --jaren 2026 --herhalingen 50 --zaad 1 \\
        -o vergelijking.html --toewijzingen-uit gesimuleerd.csv

Afsluitcodes:

0
    de vergelijking is gemaakt; alle rijen van de voorraad en de woningzoekenden zijn gebruikt;
2
    onjuist gebruik, een ongeldig scenario, of een bestand dat als geheel niet te lezen is;
3
    de vergelijking is gemaakt, maar er zijn rijen van de voorraad of de woningzoekenden
    afgewezen (zij tellen niet mee; het document noemt hun aantal);
130
    onderbroken met Ctrl-C: er is niets geschreven.

Uitvoerbestanden (``-o``, ``--toewijzingen-uit``) worden nooit over een invoerbestand geschreven
en komen in één stap op hun plaats (zie :mod:`passend_toewijzen._schrijven`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from passend_toewijzen._schrijven import (
    controleer_schrijfbaar,
    controleer_uitvoer,
    kies_formaat,
)
from passend_toewijzen.cli._basis import (
    EXIT_OK,
    Parser,
    fout,
    jaartal_argument,
    schrijf_tekst,
    uitvoer_opties,
)

__all__ = ["EXIT_ONVOLLEDIG", "FORMATEN", "registreer", "toewijzingenpaden"]

EXIT_ONVOLLEDIG = 3
"""Rijen van de voorraad of de woningzoekenden afgewezen."""

FORMATEN: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
    "html": (".html", ".htm"),
}


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdracht ``simuleer`` toe."""
    p = opdrachten.add_parser(
        "simuleer",
        help="reken beleidsscenario's door: een jaar toewijzen simuleren (beleidslab)",
        description=(
            "Simuleert de toewijzing van vrijkomende woningen aan woningzoekenden onder een of "
            "meer scenario's (streefhuur, huur-inkomenstabel of alleen de wet, rangorde, "
            "reacties, acceptatie, instroom en uitstroom) en vergelijkt ze: per doelgroep de "
            "slaagkans en de zoekduur, de passendheid en de DAEB-norm van de gesimuleerde "
            "verhuringen en de verdeling van de huurklassen over de inkomensgroepen, elk met "
            "een interval van 90% over de herhalingen.\n\n"
            "Afsluitcodes: 0 gemaakt; 2 onjuist gebruik of ongeldige invoer; 3 gemaakt, maar "
            "met afgewezen rijen in de voorraad of de woningzoekenden; 130 onderbroken (Ctrl-C)."
        ),
    )
    p.add_argument(
        "--voorraad", type=Path, required=True, metavar="VOORRAAD", help="woningvoorraad"
    )
    p.add_argument(
        "--woningzoekenden",
        type=Path,
        required=True,
        metavar="ZOEKERS",
        help="woningzoekendenbestand",
    )
    p.add_argument(
        "--beleid",
        type=Path,
        action="append",
        required=True,
        metavar="SCENARIO.toml",
        help="scenariobestand (herhaalbaar; het eerste is de basis van de vergelijking)",
    )
    p.add_argument(
        "--jaren",
        type=_jaar,
        nargs="+",
        required=True,
        metavar="JAAR",
        help="het jaar of de opeenvolgende jaren om te simuleren",
    )
    p.add_argument(
        "--herhalingen", type=_aantal, default=50, help="aantal herhalingen (standaard 50)"
    )
    p.add_argument("--zaad", type=_zaad, default=1, help="het zaad van het toeval (standaard 1)")
    p.add_argument(
        "--processen",
        type=_aantal,
        default=1,
        help="aantal processen (standaard 1); de uitkomst is dezelfde",
    )
    p.add_argument("--corporatie", default="simulatie", help="naam in de gesimuleerde verhuringen")
    uitvoer_opties(
        p,
        FORMATEN,
        formaat_help="uitvoer (standaard: naar -o, anders md)",
        uitvoer_help="uitvoerbestand: .md, .json of .html (standaard stdout)",
    )
    p.add_argument(
        "--toewijzingen-uit",
        type=Path,
        metavar="GESIMULEERD.csv",
        help="schrijf de verhuringen van herhaling 1 als toewijzingenbestand (bij meer scenario's "
        "één bestand per scenario: GESIMULEERD-<scenario>.csv)",
    )
    p.set_defaults(uitvoeren=_simuleer)


_jaar = jaartal_argument(2026)


def _aantal(tekst: str) -> int:
    schoon = tekst.strip()
    if not schoon.isascii() or not schoon.isdigit() or int(schoon) < 1 or len(schoon) > 6:
        msg = f"{tekst!r} is geen aantal (1 of meer)"
        raise argparse.ArgumentTypeError(msg)
    return int(schoon)


def _zaad(tekst: str) -> int:
    schoon = tekst.strip()
    if not schoon.isascii() or not schoon.isdigit() or len(schoon) > 18:
        msg = f"{tekst!r} is geen zaad (een geheel getal, 0 of meer)"
        raise argparse.ArgumentTypeError(msg)
    return int(schoon)


def toewijzingenpaden(pad: Path, scenarios: list[str]) -> dict[str, Path]:
    """Het bestand met verhuringen per scenario: ``pad`` zelf bij één scenario, anders
    ``<stam>-<scenario><extensie>`` naast ``pad``."""
    if len(scenarios) == 1:
        return {scenarios[0]: pad}
    return {naam: pad.with_name(f"{pad.stem}-{naam}{pad.suffix or '.csv'}") for naam in scenarios}


def _simuleer(args: argparse.Namespace) -> int:
    from passend_toewijzen.simulatie import (
        laad_scenario,
        lees_labinvoer,
        maak_document,
        simuleer,
    )
    from passend_toewijzen.simulatie.uitvoer.toewijzingen import schrijf_toewijzingen

    if args.uitvoer == Path("-"):
        args.uitvoer = None
    formaat = kies_formaat(args.uitvoer, args.formaat, FORMATEN, "md")
    for pad in args.beleid:
        if not pad.exists():
            fout(f"{pad}: het scenariobestand bestaat niet")
    scenarios = [laad_scenario(pad) for pad in args.beleid]
    namen = [s.naam for s in scenarios]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    if dubbel:
        fout(
            "--beleid: scenario's hebben elk een eigen [scenario] naam; dubbel: "
            + ", ".join(dubbel)
        )
    invoer: dict[str, Path | None] = {
        f"--voorraad {args.voorraad}": args.voorraad,
        f"--woningzoekenden {args.woningzoekenden}": args.woningzoekenden,
    }
    invoer |= {f"--beleid {p}": p for p in args.beleid}
    uitvoer: dict[str, Path | None] = {"-o": args.uitvoer}
    paden = toewijzingenpaden(args.toewijzingen_uit, namen) if args.toewijzingen_uit else {}
    uitvoer |= {f"--toewijzingen-uit ({naam})": pad for naam, pad in paden.items()}
    controleer_uitvoer(uitvoer, invoer)
    for pad in (args.uitvoer, *paden.values()):
        if pad is not None:
            controleer_schrijfbaar(pad)

    invoer_ = lees_labinvoer(args.voorraad, args.woningzoekenden)
    if not invoer_.woningen:
        afgewezen = invoer_.bestanden["voorraad"]["afgewezen"]
        fout(f"{args.voorraad}: geen enkele geldige woning ({afgewezen} rijen afgewezen)")
    try:
        uitkomst = simuleer(
            scenarios,
            invoer_.woningen,
            invoer_.zoekers,
            args.jaren,
            herhalingen=args.herhalingen,
            zaad=args.zaad,
            processen=args.processen,
            corporatie=args.corporatie,
            met_toewijzingen=bool(paden),
        )
    except ValueError as exc:
        fout(str(exc))
    document = maak_document(uitkomst, bestanden=invoer_.bestanden)
    _schrijf(document, formaat, args.uitvoer)
    for i, (naam, pad) in enumerate(paden.items()):
        rijen = uitkomst.metingen[i][0].rijen or ()
        schrijf_toewijzingen(pad, rijen)
        sys.stderr.write(f"verhuringen van scenario {naam} (herhaling 1) geschreven naar {pad}\n")
    if args.uitvoer is not None:
        sys.stderr.write(f"vergelijking geschreven naar {args.uitvoer}\n")
    if invoer_.afgewezen:
        v, z = (invoer_.bestanden[k]["afgewezen"] for k in ("voorraad", "woningzoekenden"))
        sys.stderr.write(
            f"let op: {v} rijen van de voorraad en {z} rijen van de woningzoekenden afgewezen; "
            "zij tellen niet mee\n"
        )
        return EXIT_ONVOLLEDIG
    return EXIT_OK


def _schrijf(document: dict[str, Any], formaat: str, uitvoer: Path | None) -> None:
    if formaat == "json":
        tekst = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    elif formaat == "html":
        from passend_toewijzen.simulatie.uitvoer.html import als_html  # optioneel extra

        tekst = als_html(document)
    else:
        from passend_toewijzen.simulatie.uitvoer.markdown import als_markdown

        tekst = als_markdown(document)
    schrijf_tekst(tekst, uitvoer)
