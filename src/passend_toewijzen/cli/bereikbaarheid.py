"""Opdrachten ``passend-toewijzen bereikbaarheid`` en ``passend-toewijzen voorraadsjabloon``.

::

    passend-toewijzen bereikbaarheid voorraad.xlsx --datum 2016-01-01 --streefhuur 72 \\
        --streefhuur 67.5 --tabel woongaard-2015 --woningzoekenden zoekers.csv -o verslag.html
    passend-toewijzen voorraadsjabloon -o voorraad.csv

Afsluitcodes van ``bereikbaarheid``:

0
    het verslag is gemaakt; er zijn geen rijen afgewezen;
2
    onjuist gebruik, of een bestand als geheel is niet te lezen, of een datum buiten de gegevens
    (geen verslag);
3
    het verslag is gemaakt, maar onvolledig: er zijn rijen afgewezen, in de voorraad of in de
    woningzoekenden (de cijfers gaan over de geaccepteerde rijen; de lijst staat in het verslag);
130
    onderbroken met Ctrl-C: er is niets geschreven.

Uitvoerbestanden worden nooit over een invoerbestand geschreven en komen in één stap op hun plaats
(zie :mod:`passend_toewijzen._schrijven`).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from passend_toewijzen._schrijven import (
    controleer_schrijfbaar,
    controleer_uitvoer,
    schrijf_veilig,
)
from passend_toewijzen.bereikbaarheid.scenario import (
    Aftopping,
    Scenario,
    laad_scenarios,
    scenario_van_percentage,
)
from passend_toewijzen.bereikbaarheid.uitvoer.json import als_json
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import als_markdown
from passend_toewijzen.bereikbaarheid.verslag import (
    Bereikbaarheid,
    bereken_bereikbaarheid,
    kies_motor,
)
from passend_toewijzen.cli._basis import (
    EXIT_OK,
    Parser,
    datum_argument,
    decimaalteken_optie,
    fout,
    kies_uitvoer,
    kolom_optie,
    kolomkoppeling,
    schrijf_tekst,
    sjabloonpad,
    uitvoer_opties,
)
from passend_toewijzen.invoer.cellen import Waardefout, lees_getal
from passend_toewijzen.invoer.voorraad import VOORRAAD

__all__ = ["EXIT_ONVOLLEDIG", "FORMATEN", "afsluitcode", "registreer"]

EXIT_ONVOLLEDIG = 3
"""Rijen afgewezen; de cijfers gaan over de geaccepteerde woningen."""

FORMATEN: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
    "html": (".html", ".htm"),
    "xlsx": (".xlsx",),
}
SJABLOONFORMATEN: dict[str, tuple[str, ...]] = {"csv": (".csv", ".txt")}


def _percentage(tekst: str) -> Decimal:
    """Argumenttype voor een streefhuurpercentage: groter dan 0, ten hoogste 100."""
    try:
        waarde = lees_getal(tekst.strip().removesuffix("%").strip())
    except Waardefout as exc:
        raise argparse.ArgumentTypeError(exc.met_waarde) from None
    if waarde is None or not Decimal(0) < waarde <= Decimal(100):
        msg = f"{tekst!r} is geen streefhuurpercentage (groter dan 0, ten hoogste 100)"
        raise argparse.ArgumentTypeError(msg)
    return waarde


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdrachten ``bereikbaarheid`` en ``voorraadsjabloon`` toe."""
    p = opdrachten.add_parser(
        "bereikbaarheid",
        help="wat een streefhuur doet met het aanbod dat elke doelgroep kan bereiken",
        description=(
            "Leest een woningvoorraad (CSV, Excel, Parquet of JSON Lines) en rekent voor elk "
            "scenario de huur bij mutatie uit (streefhuur = percentage van de maximale huur, in "
            "hele centen), de huurklasse en of de woning bereikbaar is voor één- en "
            "tweepersoonshuishoudens (lage aftoppingsgrens) en voor drie of meer personen (hoge "
            "aftoppingsgrens) van de primaire doelgroep, per gemeente en kern, met het "
            "mutatieaanbod gewogen naar de mutatiekans.\n\n"
            "Afsluitcodes: 0 gelukt; 2 onjuist gebruik of onleesbaar bestand; 3 onvolledig "
            "(afgewezen rijen); 130 onderbroken (Ctrl-C)."
        ),
    )
    p.add_argument("voorraad", type=Path, metavar="VOORRAAD", help="het woningvoorraadbestand")
    p.add_argument(
        "--datum",
        type=datum_argument,
        required=True,
        help="peildatum van de grenzen (JJJJ-MM-DD), zoals 2016-01-01",
    )
    p.add_argument(
        "--streefhuur",
        type=_percentage,
        action="append",
        default=[],
        metavar="PERCENTAGE",
        help="streefhuur als percentage van de maximale huur (herhaalbaar: elk een scenario)",
    )
    p.add_argument(
        "--scenarios",
        type=Path,
        metavar="SCENARIOS.toml",
        help="scenariobestand (TOML) met percentages per segment en kern, verduurzaming en "
        "aftoppen",
    )
    p.add_argument(
        "--verduurzaming",
        action="store_true",
        help="tel bij elk --streefhuur-scenario de huurverhoging na verduurzaming mee",
    )
    p.add_argument(
        "--aftoppen",
        choices=tuple(a.value for a in Aftopping),
        help="top de huur bij mutatie af op deze grens (bij elk --streefhuur-scenario)",
    )
    p.add_argument(
        "--tabel",
        metavar="NAAM_OF_BESTAND",
        help="huur-inkomenstabel: een meegeleverde naam (zoals woongaard-2015) of een bestand",
    )
    p.add_argument(
        "--woningzoekenden",
        type=Path,
        metavar="ZOEKERS",
        help="woningzoekendenbestand: hun verdeling over de doelgroepen naast het aanbod",
    )
    uitvoer_opties(p, FORMATEN)
    kolom_optie(p)
    decimaalteken_optie(p)
    p.add_argument(
        "--motor",
        choices=("kolom", "rij"),
        default=None,
        help="kolom: vectorieel (snel, extra [kolom]; standaard als polars er is en de uitvoer "
        "geen Excel is), rij: woning voor woning; het verslag is hetzelfde",
    )
    p.set_defaults(uitvoeren=_bereikbaarheid)

    s = opdrachten.add_parser(
        "voorraadsjabloon",
        help="schrijf een leeg woningvoorraadbestand met alle kolommen",
        description="Schrijft een CSV-sjabloon met alle kolommen van het woningvoorraadbestand "
        "en één voorbeeldrij. Een bestaand bestand wordt niet overschreven, tenzij met "
        "--overschrijven.",
    )
    s.add_argument("-o", "--uitvoer", type=Path, required=True, help="voorraad.csv")
    s.add_argument("--overschrijven", action="store_true", help="vervang een bestaand bestand")
    s.set_defaults(uitvoeren=_sjabloon)


def _scenarios(args: argparse.Namespace) -> list[Scenario]:
    aftoppen = None if args.aftoppen is None else Aftopping(args.aftoppen)
    scenarios = [
        scenario_van_percentage(p, verduurzaming=args.verduurzaming, aftoppen=aftoppen)
        for p in args.streefhuur
    ]
    if args.scenarios is not None:
        if not args.scenarios.is_file():
            fout(f"{args.scenarios}: het scenariobestand bestaat niet of is geen bestand")
        scenarios.extend(laad_scenarios(args.scenarios))
    if not scenarios:
        fout("geef ten minste één --streefhuur PERCENTAGE of --scenarios BESTAND (zie --help)")
    namen = [s.naam for s in scenarios]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    if dubbel:
        fout(f"twee scenario's met dezelfde naam: {', '.join(dubbel)}")
    return scenarios


def _bereikbaarheid(args: argparse.Namespace) -> int:
    formaat = kies_uitvoer(args, FORMATEN)
    tabelpad = Path(args.tabel) if args.tabel and Path(args.tabel).exists() else None
    invoer: dict[str, Path | None] = {
        str(args.voorraad): args.voorraad,
        f"--woningzoekenden {args.woningzoekenden}": args.woningzoekenden,
        f"--scenarios {args.scenarios}": args.scenarios,
        f"--tabel {args.tabel}": tabelpad,
    }
    controleer_uitvoer({"-o": args.uitvoer}, invoer)
    if args.uitvoer is not None:
        controleer_schrijfbaar(args.uitvoer)
    scenarios = _scenarios(args)
    if args.motor == "kolom" and formaat == "xlsx":
        fout(
            "--motor kolom geeft geen huur en klasse per woning voor de Excel-uitvoer; "
            "gebruik --motor rij"
        )
    motor = "rij" if formaat == "xlsx" else args.motor
    try:
        kies_motor(motor)
    except ValueError as exc:
        fout(str(exc))
    uitkomst = bereken_bereikbaarheid(
        args.voorraad,
        args.datum,
        scenarios,
        tabel=args.tabel,
        woningzoekenden=args.woningzoekenden,
        koppeling=kolomkoppeling(args.kolom, "Max huur=maximale_huur"),
        decimaalteken=args.decimaalteken,
        motor=motor,
    )
    _schrijf(uitkomst, formaat, args.uitvoer)
    if args.uitvoer is not None:
        sys.stderr.write(f"verslag geschreven naar {args.uitvoer}\n")
    code = afsluitcode(uitkomst)
    document = uitkomst.document()
    for wat, gelezen in (
        ("voorraad", document["invoer"]),
        ("woningzoekenden", (document["woningzoekenden"] or {}).get("invoer")),
    ):
        if gelezen is not None and gelezen["afgewezen"]:
            sys.stderr.write(
                f"let op: {gelezen['afgewezen']} van {gelezen['gelezen']} rijen ({wat}) "
                "afgewezen; het verslag is onvolledig. De lijst staat in het verslag.\n"
            )
    return code


def afsluitcode(uitkomst: Bereikbaarheid) -> int:
    """De afsluitcode bij een verslag (zie de moduledocumentatie)."""
    return EXIT_OK if uitkomst.volledig else EXIT_ONVOLLEDIG


def _schrijf(uitkomst: Bereikbaarheid, formaat: str, uitvoer: Path | None) -> None:
    if formaat == "xlsx":
        from passend_toewijzen.bereikbaarheid.uitvoer.excel import schrijf_excel  # optioneel

        assert uitvoer is not None  # noqa: S101 - hierboven gecontroleerd
        schrijf_excel(uitkomst, uitvoer)
        return
    if formaat == "html":
        from passend_toewijzen.bereikbaarheid.uitvoer.html import als_html  # optioneel extra

        tekst = als_html(uitkomst)
    elif formaat == "json":
        tekst = als_json(uitkomst)
    else:
        tekst = als_markdown(uitkomst)
    schrijf_tekst(tekst, uitvoer)


def _sjabloon(args: argparse.Namespace) -> int:
    pad: Path = args.uitvoer
    sjabloonpad(args, SJABLOONFORMATEN)
    with schrijf_veilig(pad, newline="") as bestand:
        bestand.write(VOORRAAD.sjabloon_csv())
    sys.stderr.write(f"sjabloon geschreven naar {pad}\n")
    return EXIT_OK
