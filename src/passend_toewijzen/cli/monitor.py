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
from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.cli._basis import EXIT_OK, Parser, fout
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
    p.add_argument("--formaat", choices=tuple(FORMATEN), help="uitvoer (standaard: extensie)")
    p.add_argument("-o", "--uitvoer", type=Path, help="uitvoerbestand (standaard, of -o -: stdout)")
    p.add_argument(
        "--kolom",
        action="append",
        default=[],
        metavar="EIGEN=SCHEMA",
        help="koppel een eigen kolomnaam aan een schemakolom (herhaalbaar)",
    )
    p.add_argument(
        "--decimaalteken",
        choices=("auto", "komma", "punt"),
        default="auto",
        help="decimaalteken van de bedragen (standaard: per waarde herkend)",
    )
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


def _jaar(tekst: str) -> int:
    schoon = tekst.strip()
    if len(schoon) != 4 or not schoon.isascii() or not schoon.isdigit():
        msg = f"{tekst!r} is geen jaartal (JJJJ, bijvoorbeeld 2025)"
        raise argparse.ArgumentTypeError(msg)
    return int(schoon)


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


def _koppeling(paren: list[str]) -> dict[str, str]:
    koppeling: dict[str, str] = {}
    for paar in paren:
        eigen, teken, schema = paar.partition("=")
        if not teken or not eigen.strip() or not schema.strip():
            fout(f"--kolom {paar!r}: gebruik EIGEN=SCHEMA, bijvoorbeeld 'Netto huur=kale_huur'")
        koppeling[eigen] = schema
    return koppeling


def _beleid(pad: Path | None) -> Beleid | None:
    if pad is None:
        return None
    if pad.is_dir():
        fout(f"{pad}: het beleid is een map, geen bestand")
    if not pad.exists():
        fout(f"{pad}: het beleidsbestand bestaat niet")
    return laad_beleid(pad)


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
    if args.uitvoer == Path("-"):
        args.uitvoer = None
    formaat = kies_formaat(args.uitvoer, args.formaat, FORMATEN, "md")
    if formaat == "xlsx" and args.uitvoer is None:
        fout("--formaat xlsx vraagt -o BESTAND.xlsx")
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
        beleid=_beleid(args.beleid),
        instellingen=instellingen,
        decimaalteken=args.decimaalteken,
        koppeling=_koppeling(args.kolom),
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
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    with schrijf_veilig(uitvoer) as bestand:
        bestand.write(tekst)


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
