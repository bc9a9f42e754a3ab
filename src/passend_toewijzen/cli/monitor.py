"""Opdrachten ``passend-toewijzen monitor`` en ``passend-toewijzen monitor-sjabloon``.

::

    passend-toewijzen monitor toewijzingen.csv --jaar 2025 --woningzoekenden zoekers.csv -o m.html
    passend-toewijzen monitor-sjabloon woningzoekenden -o woningzoekenden.csv

Afsluitcodes van ``monitor``:

0
    de monitor is gemaakt; geen signalen en geen afgewezen rijen;
1
    de monitor is gemaakt; ten minste één doelgroep wijkt meer dan de drempel af (signaal);
2
    onjuist gebruik, of een bestand als geheel is niet te lezen (geen monitor);
3
    de monitor is gemaakt, maar er zijn rijen afgewezen (de cijfers gaan over de geaccepteerde
    rijen);
130
    onderbroken met Ctrl-C: er is niets geschreven.

Uitvoerbestanden worden nooit over een invoerbestand geschreven en komen in één stap op hun
plaats (zie :mod:`passend_toewijzen._schrijven`).
"""

from __future__ import annotations

import argparse
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from passend_toewijzen._schrijven import (
    controleer_schrijfbaar,
    controleer_uitvoer,
    kies_formaat,
    schrijf_veilig,
)
from passend_toewijzen.cli._basis import (
    EXIT_OK,
    Parser,
    beleidsbestand,
    decimaalteken_optie,
    fout,
    jaartal_argument,
    kies_uitvoer,
    kolom_optie,
    kolomkoppeling,
    schrijf_tekst,
    uitvoer_opties,
)
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.monitorkolommen import TOEWIJZINGEN_MONITOR
from passend_toewijzen.invoer.woningzoekenden import WONINGZOEKENDEN
from passend_toewijzen.monitor.lezen import TELLINGEN, monitor
from passend_toewijzen.monitor.meting import Instellingen, Wijkmaximum
from passend_toewijzen.monitor.uitvoer.json import als_json
from passend_toewijzen.monitor.uitvoer.markdown import als_markdown
from passend_toewijzen.tabellen.laden import laad_tabel

__all__ = ["EXIT_ONVOLLEDIG", "EXIT_SIGNAAL", "FORMATEN", "afsluitcode", "registreer"]

EXIT_SIGNAAL = 1
"""Ten minste één doelgroep wijkt meer dan de drempel af van het totaal."""
EXIT_ONVOLLEDIG = 3
"""Rijen afgewezen; de cijfers gaan over de geaccepteerde rijen."""

FORMATEN: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
    "html": (".html", ".htm"),
    "xlsx": (".xlsx",),
}
SJABLONEN = {"toewijzingen": TOEWIJZINGEN_MONITOR, "woningzoekenden": WONINGZOEKENDEN}


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdrachten ``monitor`` en ``monitor-sjabloon`` toe."""
    p = opdrachten.add_parser(
        "monitor",
        help="slaagkansen, zoekduur en spreiding per doelgroep, gemeente en wijk",
        description=(
            "Leest hetzelfde toewijzingenbestand als de verantwoording (met de optionele kolommen "
            "van de monitor) en eventueel een woningzoekendenbestand, deelt elke verhuring en "
            "woningzoekende in een doelgroep in met de bestaande regels en geeft per doelgroep, "
            "gemeente en voor het totaal: verhuringen, actieve woningzoekenden, slaagkans, "
            "marktdruk, inschrijf- en zoekduur, het aandeel binnen het zoekduurdoel, de trend "
            "per kwartaal, signalen en de spreiding over wijken en kernen.\n\n"
            "Afsluitcodes: 0 gemaakt, geen signalen; 1 ten minste één signaal; 2 onjuist gebruik "
            "of onleesbaar bestand; 3 rijen afgewezen; 130 onderbroken (Ctrl-C)."
        ),
    )
    p.add_argument("bestanden", nargs="+", type=Path, metavar="BESTAND", help="toewijzingen")
    p.add_argument("--jaar", type=_jaar, required=True, help="het jaar (van de huuringang)")
    p.add_argument("--woningzoekenden", type=Path, metavar="BESTAND", help="woningzoekenden")
    p.add_argument(
        "--woningzoekenden-telling",
        choices=TELLINGEN,
        default="actief",
        help="noemer van de slaagkans: actieve woningzoekenden (standaard) of alle ingeschrevenen",
    )
    p.add_argument(
        "--tabel",
        metavar="NAAM|PAD",
        help="deel in naar de inkomensgroepen van een huur-inkomenstabel (meegeleverd of TOML)",
    )
    p.add_argument(
        "--zoekduur-doel",
        type=_geheel(0),
        default=18,
        metavar="MAANDEN",
        help="het zoekduurdoel in volle maanden (standaard 18)",
    )
    p.add_argument(
        "--minimum-aantal",
        type=_geheel(1),
        default=10,
        metavar="N",
        help="groepen met minder verhuringen heten klein; hun afgeleide cijfers worden niet "
        "getoond (standaard 10)",
    )
    p.add_argument(
        "--drempel-slaagkans",
        type=_aandeel,
        default=Fraction(1, 4),
        metavar="AANDEEL",
        help="signaal als de slaagkans van een doelgroep meer dan dit deel afwijkt van het "
        "totaal (standaard 0,25)",
    )
    p.add_argument(
        "--drempel-zoekduur",
        type=_aandeel,
        default=Fraction(1, 4),
        metavar="AANDEEL",
        help="signaal als de mediane zoekduur meer dan dit deel afwijkt (standaard 0,25)",
    )
    p.add_argument(
        "--wijkmaximum",
        action="append",
        default=[],
        metavar="[WIJK:]CODE=AANDEEL",
        help="beleidsmaximum: het aandeel verhuringen aan een bijzondere groep per wijk "
        "(herhaalbaar; bijvoorbeeld sth=0,15 of Lingewijk:sth=0,10)",
    )
    p.add_argument("--beleid", type=Path, help="TOML-bestand met lokaal beleid")
    uitvoer_opties(
        p,
        FORMATEN,
        formaat_help="uitvoer (standaard: extensie)",
        uitvoer_help="uitvoerbestand (standaard, of -o -: stdout)",
    )
    kolom_optie(p)
    decimaalteken_optie(p)
    p.set_defaults(uitvoeren=_monitor)

    s = opdrachten.add_parser(
        "monitor-sjabloon",
        help="schrijf een sjabloon voor de monitor (toewijzingen of woningzoekenden)",
        description="Schrijft een CSV-sjabloon met alle kolommen en één voorbeeldrij. Een "
        "bestaand bestand wordt niet overschreven.",
    )
    s.add_argument("soort", choices=tuple(SJABLONEN), help="welk bestand")
    s.add_argument("-o", "--uitvoer", type=Path, required=True, help="sjabloon.csv")
    s.set_defaults(uitvoeren=_sjabloon)


_jaar = jaartal_argument(2025)


def _geheel(minimum: int) -> Any:
    def lees(tekst: str) -> int:
        schoon = tekst.strip()
        if not schoon.isascii() or not schoon.isdigit() or int(schoon) < minimum:
            msg = f"{tekst!r} is geen geheel getal van ten minste {minimum}"
            raise argparse.ArgumentTypeError(msg)
        return int(schoon)

    return lees


def _aandeel(tekst: str) -> Fraction:
    schoon = tekst.strip().replace(",", ".")
    try:
        waarde = Fraction(schoon)
    except (ValueError, ZeroDivisionError):
        msg = f"{tekst!r} is geen aandeel (bijvoorbeeld 0,25)"
        raise argparse.ArgumentTypeError(msg) from None
    if not 0 <= waarde <= 1:
        msg = f"{tekst!r}: een aandeel ligt tussen 0 en 1"
        raise argparse.ArgumentTypeError(msg)
    return waarde


def _maxima(teksten: list[str]) -> tuple[Wijkmaximum, ...]:
    uit: list[Wijkmaximum] = []
    for tekst in teksten:
        links, teken, aandeel = tekst.rpartition("=")
        wijk, _, code = links.rpartition(":")
        try:
            groep = BijzondereDoelgroep(code.strip().lower())
            waarde = _aandeel(aandeel)
        except (ValueError, argparse.ArgumentTypeError):
            codes = ", ".join(g.value for g in BijzondereDoelgroep)
            fout(
                f"--wijkmaximum {tekst!r}: gebruik [WIJK:]CODE=AANDEEL met een code uit {codes} "
                "en een aandeel tussen 0 en 1"
            )
        if not teken:
            fout(f"--wijkmaximum {tekst!r}: gebruik [WIJK:]CODE=AANDEEL")
        uit.append(Wijkmaximum(groep, waarde, wijk.strip() or None))
    return tuple(uit)


def afsluitcode(document: dict[str, Any]) -> int:
    """De afsluitcode bij een monitordocument (zie de moduledocumentatie)."""
    afgewezen = document["invoer"]["toewijzingen"]["afgewezen"]
    zoekers = document["invoer"].get("woningzoekenden")
    if zoekers:
        afgewezen += zoekers["afgewezen"]
    if document["signalen"]:
        return EXIT_SIGNAAL
    if afgewezen:
        return EXIT_ONVOLLEDIG
    return EXIT_OK


def _monitor(args: argparse.Namespace) -> int:
    formaat = kies_uitvoer(args, FORMATEN)
    invoer: dict[str, Path | None] = {str(p): p for p in args.bestanden}
    invoer |= {
        f"--woningzoekenden {args.woningzoekenden}": args.woningzoekenden,
        f"--beleid {args.beleid}": args.beleid,
    }
    if args.tabel is not None and Path(args.tabel).exists():
        invoer[f"--tabel {args.tabel}"] = Path(args.tabel)
    controleer_uitvoer({"-o": args.uitvoer}, invoer)
    if args.uitvoer is not None:
        controleer_schrijfbaar(args.uitvoer)
    tabel = None if args.tabel is None else laad_tabel(args.tabel)
    instellingen = Instellingen(
        jaar=args.jaar,
        zoekduur_doel=args.zoekduur_doel,
        minimum=args.minimum_aantal,
        drempel_slaagkans=args.drempel_slaagkans,
        drempel_zoekduur=args.drempel_zoekduur,
        maxima=_maxima(args.wijkmaximum),
        woningzoekenden_telling=args.woningzoekenden_telling,
    )
    document = monitor(
        args.bestanden,
        jaar=args.jaar,
        woningzoekenden=args.woningzoekenden,
        tabel=tabel,
        beleid=beleidsbestand(args.beleid),
        instellingen=instellingen,
        decimaalteken=args.decimaalteken,
        koppeling=kolomkoppeling(args.kolom),
    )
    _schrijf(document, formaat, args.uitvoer)
    if args.uitvoer is not None:
        sys.stderr.write(f"monitor geschreven naar {args.uitvoer}\n")
    code = afsluitcode(document)
    t = document["invoer"]["toewijzingen"]
    if t["afgewezen"]:
        sys.stderr.write(
            f"let op: {t['afgewezen']} van {t['gelezen']} rijen met toewijzingen afgewezen; "
            "de lijst staat in de monitor (Invoer)\n"
        )
    z = document["invoer"].get("woningzoekenden")
    if z and z["afgewezen"]:
        sys.stderr.write(
            f"let op: {z['afgewezen']} van {z['gelezen']} rijen met woningzoekenden afgewezen\n"
        )
    return code


def _schrijf(document: dict[str, Any], formaat: str, uitvoer: Path | None) -> None:
    if formaat == "xlsx":
        assert uitvoer is not None  # noqa: S101 - hierboven gecontroleerd
        from passend_toewijzen.monitor.uitvoer.excel import als_xlsx  # optioneel extra

        with schrijf_veilig(uitvoer, modus="binair") as bestand:
            bestand.write(als_xlsx(document))
        return
    if formaat == "json":
        tekst = als_json(document)
    elif formaat == "html":
        from passend_toewijzen.monitor.uitvoer.html import als_html  # optioneel extra

        tekst = als_html(document)
    else:
        tekst = als_markdown(document)
    schrijf_tekst(tekst, uitvoer)


def _sjabloon(args: argparse.Namespace) -> int:
    pad: Path = args.uitvoer
    kies_formaat(pad, None, {"csv": (".csv", ".txt")}, "csv")
    controleer_uitvoer({"-o": pad})
    if pad.exists():
        fout(f"{pad}: bestaat al en wordt niet overschreven; kies een andere naam")
    with schrijf_veilig(pad, newline="") as bestand:
        bestand.write(SJABLONEN[args.soort].sjabloon_csv())
    sys.stderr.write(f"sjabloon geschreven naar {pad}\n")
    return EXIT_OK
