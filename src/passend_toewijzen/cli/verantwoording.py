"""Opdrachten ``passend-toewijzen verantwoording`` en ``passend-toewijzen sjabloon``.

::

    passend-toewijzen verantwoording toewijzingen-2025.xlsx --jaar 2025 -o verslag.html
    passend-toewijzen sjabloon -o toewijzingen.csv

Afsluitcodes van ``verantwoording``:

0
    het verslag is gemaakt; alle normen zijn gehaald en er zijn geen rijen afgewezen;
1
    het verslag is gemaakt; ten minste één norm is niet gehaald;
2
    onjuist gebruik, of het bestand als geheel is niet te lezen (geen verslag);
3
    het verslag is gemaakt, maar onvolledig: er zijn rijen afgewezen (de normen zijn over de
    geaccepteerde rijen gehaald);
4
    het verslag is gemaakt, maar ten minste één norm is niet vast te stellen: er zijn geen
    toewijzingen in de noemer (bijvoorbeeld geen enkele toewijzing in het jaar), of de
    toewijzingen die niet te beoordelen waren, kunnen de uitkomst nog bepalen (geen norm is met
    zekerheid niet gehaald);
130
    onderbroken met Ctrl-C: er is niets geschreven.

Uitvoerbestanden (``-o``, ``--fouten``) worden nooit over een invoerbestand geschreven en komen in
één stap op hun plaats (zie :mod:`passend_toewijzen._schrijven`).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from passend_toewijzen._meldingen import os_melding
from passend_toewijzen._schrijven import (
    Tijdelijk,
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
    sjabloonpad,
    uitvoer_opties,
)
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.toewijzingen import TOEWIJZINGEN
from passend_toewijzen.verantwoording.uitvoer.json import schrijf_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from passend_toewijzen.verantwoording.verslag import Passendcijfers, Verslag
from passend_toewijzen.verantwoording.verwerken import GeenVerslagjaar, verantwoord
from passend_toewijzen.verantwoording.vorig import lees_vorig_verslag

if TYPE_CHECKING:
    from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver

__all__ = [
    "EXIT_NIET_VAST_TE_STELLEN",
    "EXIT_NIET_VOLDAAN",
    "EXIT_ONVOLLEDIG",
    "FORMATEN",
    "afsluitcode",
    "registreer",
]

EXIT_NIET_VOLDAAN = 1
"""Ten minste één norm is niet gehaald."""
EXIT_ONVOLLEDIG = 3
"""Rijen afgewezen; de normen zijn over de geaccepteerde rijen gehaald."""
EXIT_NIET_VAST_TE_STELLEN = 4
"""Ten minste één norm is niet vast te stellen (geen toewijzingen, of onbepaalde toewijzingen)."""

FORMATEN: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
    "html": (".html", ".htm"),
    "xlsx": (".xlsx",),
}
"""De formaten van het verslag met hun extensies (de eerste is de gewone)."""
SJABLOONFORMATEN: dict[str, tuple[str, ...]] = {"csv": (".csv", ".txt"), "xlsx": (".xlsx",)}
FOUTENFORMATEN: dict[str, tuple[str, ...]] = {"csv": (".csv", ".txt")}


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdrachten ``verantwoording`` en ``sjabloon`` toe."""
    p = opdrachten.add_parser(
        "verantwoording",
        help="de jaarverantwoording (DAEB-norm en passendheidsnorm) uit een bestand",
        description=(
            "Leest alle toewijzingen uit een of meer bestanden (CSV, Excel, Parquet of JSON "
            "Lines), toetst elke toewijzing en maakt de verantwoording over het jaar: de "
            "gerealiseerde percentages tegen elke norm, per gemeente, de dVi-matrix en de "
            "toewijzingen die niet voldeden, met uitleg.\n\n"
            "Afsluitcodes: 0 voldoet (geen afgewezen rijen); 1 voldoet niet; 2 onjuist gebruik of "
            "onleesbaar bestand; 3 onvolledig (afgewezen rijen); 4 een norm is niet vast te "
            "stellen (geen toewijzingen, of onbepaalde toewijzingen); 130 onderbroken (Ctrl-C)."
        ),
    )
    p.add_argument("bestanden", nargs="+", type=Path, metavar="BESTAND", help="bestand(en)")
    p.add_argument(
        "--jaar",
        type=_jaar,
        default=None,
        help="verslagjaar (jaar van de huuringangsdatum); standaard het laatste jaar in de invoer",
    )
    p.add_argument("--corporatie", help="naam van de corporatie (als de kolom ontbreekt)")
    p.add_argument(
        "--gemeenten-15",
        nargs="+",
        default=[],
        metavar="GEMEENTE",
        help="gemeenten waar prestatieafspraken 15%% vrije toewijzingsruimte geven (vanaf 2022)",
    )
    p.add_argument(
        "--vorig-jaar",
        type=Path,
        metavar="VERSLAG.json",
        help="JSON-verslag van het vorige jaar (tweejarige passendheidsnorm vanaf 2022)",
    )
    uitvoer_opties(p, FORMATEN)
    kolom_optie(p)
    p.add_argument("--blad", metavar="NAAM", help="het werkblad van een Excel-bestand")
    p.add_argument(
        "--kopregel",
        type=_rijnummer,
        metavar="RIJ",
        help="het rijnummer van de kolomkoppen (standaard gezocht: de eerste rij met alle "
        "verplichte kolommen, zodat titelregels erboven geen probleem zijn)",
    )
    p.add_argument("--codering", help="tekstcodering van een CSV-bestand (utf-8 of cp1252)")
    p.add_argument("--scheidingsteken", help="scheidingsteken van een CSV-bestand (; , of tab)")
    decimaalteken_optie(p)
    p.add_argument("--beleid", type=Path, help="TOML-bestand met lokaal beleid")
    p.add_argument(
        "--fouten",
        type=Path,
        metavar="FOUTEN.csv",
        help="schrijf alle afgewezen rijen met rijnummer, kolom en reden naar dit CSV-bestand",
    )
    p.add_argument(
        "--geen-dubbelcontrole",
        action="store_true",
        help="controleer niet of een toewijzing_id dubbel voorkomt (scheelt enkele seconden "
        "per miljoen rijen; boven 200.000 rijen houdt de controle de id's in een tijdelijk "
        "bestand bij)",
    )
    p.add_argument(
        "--motor",
        choices=("kolom", "rij"),
        default=None,
        help="kolom: vectorieel (snel, extra [kolom]; standaard als polars er is en de uitvoer "
        "geen Excel is), rij: elke toewijzing apart; het verslag is hetzelfde",
    )
    p.add_argument("--stil", action="store_true", help="geen voortgangsbalk")
    p.set_defaults(uitvoeren=_verantwoording)

    s = opdrachten.add_parser(
        "sjabloon",
        help="schrijf een leeg bestand met de kolommen voor de verantwoording",
        description="Schrijft een sjabloon (CSV of Excel) met alle kolommen en één voorbeeldrij. "
        "Een bestaand bestand wordt niet overschreven, tenzij met --overschrijven.",
    )
    s.add_argument(
        "-o", "--uitvoer", type=Path, required=True, help="sjabloon.csv of sjabloon.xlsx"
    )
    s.add_argument(
        "--overschrijven",
        action="store_true",
        help="vervang een bestaand bestand (bijvoorbeeld een ouder sjabloon)",
    )
    s.set_defaults(uitvoeren=_sjabloon)


_jaar = jaartal_argument(2025)


def _rijnummer(tekst: str) -> int:
    """Argumenttype voor een rijnummer: 1 of hoger."""
    schoon = tekst.strip()
    if not schoon.isascii() or not schoon.isdigit() or int(schoon) < 1 or len(schoon) > 7:
        msg = f"{tekst!r} is geen rijnummer (1 of hoger)"
        raise argparse.ArgumentTypeError(msg)
    return int(schoon)


def _lees_bestand(pad: Path, wat: str) -> bytes:
    """De inhoud van een invoerbestand, of een Nederlandse melding van één regel."""
    try:
        return pad.read_bytes()
    except OSError as exc:
        fout(f"{pad}: {wat} niet te lezen: {os_melding(exc)}")


def _vorig_jaar(pad: Path | None) -> Passendcijfers | None:
    if pad is None:
        return None
    return lees_vorig_verslag(_lees_bestand(pad, "het verslag van het vorige jaar"), pad.name)


def _voortgang(stil: bool) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    if stil or not sys.stderr.isatty():
        return None, lambda: None
    try:
        from tqdm import tqdm  # optioneel extra
    except ImportError:
        return None, lambda: None
    balk = tqdm(desc="toewijzingen", unit=" rijen", file=sys.stderr, unit_scale=True)

    def bij(gelezen: int) -> None:
        balk.update(gelezen - balk.n)

    return bij, balk.close


class _Foutenbestand:
    """Het foutenbestand (CSV), geschreven tijdens het lezen naar een tijdelijk bestand."""

    def __init__(self, pad: Path) -> None:
        self.tijdelijk = Tijdelijk(pad, newline="")
        self.schrijver = csv.writer(self.tijdelijk.bestand, delimiter=";", lineterminator="\r\n")
        self.schrijver.writerow(["bestand", "rij", "kolom", "toewijzing_id", "melding"])

    def __call__(self, f: Rijfout) -> None:
        self.schrijver.writerow(
            [
                _veilig(f.bron),
                f.rijnummer,
                f.kolom or "",
                _veilig(f.kenmerk or ""),
                _veilig(f.melding),
            ]
        )


def _veilig(tekst: str) -> str:
    """Voorkom dat een spreadsheet een waarde als formule leest."""
    return "'" + tekst if tekst[:1] in ("=", "+", "-", "@", "\t", "\r") else tekst


def _verantwoording(args: argparse.Namespace) -> int:
    formaat = kies_uitvoer(args, FORMATEN)
    if args.fouten is not None:
        kies_formaat(args.fouten, None, FOUTENFORMATEN, "csv")
    invoer: dict[str, Path | None] = {str(p): p for p in args.bestanden}
    invoer |= {
        f"--beleid {args.beleid}": args.beleid,
        f"--vorig-jaar {args.vorig_jaar}": args.vorig_jaar,
    }
    controleer_uitvoer({"-o": args.uitvoer, "--fouten": args.fouten}, invoer)
    if args.uitvoer is not None:
        controleer_schrijfbaar(args.uitvoer)

    if args.motor == "kolom" and formaat == "xlsx":
        fout(
            "--motor kolom geeft geen oordeel per toewijzing voor de Excel-uitvoer; "
            "gebruik --motor rij"
        )
    beleid = beleidsbestand(args.beleid)
    koppeling = kolomkoppeling(args.kolom)
    gemeenten_15 = [g.strip() for deel in args.gemeenten_15 for g in deel.split(",") if g.strip()]
    vorig = _vorig_jaar(args.vorig_jaar)
    with ExitStack() as stapel:
        voortgang, sluit = _voortgang(args.stil)
        stapel.callback(sluit)
        foutenbestand = _Foutenbestand(args.fouten) if args.fouten else None
        if foutenbestand is not None:
            stapel.enter_context(foutenbestand.tijdelijk)
        excel = _excelschrijver(args.uitvoer) if formaat == "xlsx" else None
        if excel is not None:
            stapel.callback(excel.verwerp)

        def bij_afwijzing(f: Rijfout) -> None:
            if foutenbestand is not None:
                foutenbestand(f)
            if excel is not None:
                excel.afwijzing(f)

        try:
            verslag = verantwoord(
                args.bestanden,
                args.jaar,
                corporatie=args.corporatie,
                gemeenten_15=gemeenten_15,
                vorig_jaar=vorig,
                beleid=beleid,
                koppeling=koppeling,
                codering=args.codering,
                scheidingsteken=_scheidingsteken(args.scheidingsteken),
                blad=args.blad,
                kopregel=args.kopregel,
                decimaalteken=args.decimaalteken,
                dubbelcontrole=not args.geen_dubbelcontrole,
                voortgang=voortgang,
                bij_afwijzing=bij_afwijzing,
                bij_oordeel=None if excel is None else excel.oordeel,
                motor=args.motor,
            )
        except GeenVerslagjaar as exc:
            fout(f"{exc} (zie --jaar)")
        sluit()
        if excel is not None:
            excel.sluit(verslag)
        else:
            _schrijf(verslag, formaat, args.uitvoer)
        if foutenbestand is not None:
            foutenbestand.tijdelijk.bevestig()
    if args.uitvoer is not None:
        sys.stderr.write(f"verslag geschreven naar {args.uitvoer}\n")
    code = afsluitcode(verslag)
    _meld(verslag, code, args.uitvoer, args.fouten)
    return code


def _meld(verslag: Verslag, code: int, uitvoer: Path | None, fouten: Path | None) -> None:
    """Eén regel op stderr bij een onvolledig verslag of een uitkomst die niet vaststaat."""
    invoer = verslag.invoer
    if invoer["afgewezen"]:
        waar = f"het verslag {uitvoer}" if uitvoer is not None else "het verslag"
        lijst = f"{waar} (Afgewezen rijen)" + (f" en in {fouten}" if fouten is not None else "")
        sys.stderr.write(
            f"let op: {invoer['afgewezen']} van {invoer['gelezen']} rijen afgewezen; het verslag "
            f"is onvolledig. De lijst staat in {lijst}.\n"
        )
    if code == EXIT_NIET_VAST_TE_STELLEN:
        sys.stderr.write(f"let op: {verslag.samenvatting()[-1]}\n")


def _excelschrijver(uitvoer: Path) -> Excelschrijver:
    from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver  # optioneel extra

    return Excelschrijver(uitvoer)


def _scheidingsteken(tekst: str | None) -> str | None:
    if tekst is None:
        return None
    return {"tab": "\t", "\\t": "\t"}.get(tekst.lower(), tekst)


def afsluitcode(verslag: Verslag) -> int:
    """De afsluitcode bij een verslag (zie de moduledocumentatie)."""
    if verslag.voldoet is False:
        return EXIT_NIET_VOLDAAN
    if verslag.voldoet is None:
        return EXIT_NIET_VAST_TE_STELLEN
    if verslag.invoer["afgewezen"]:
        return EXIT_ONVOLLEDIG
    return EXIT_OK


def _schrijf(verslag: Verslag, formaat: str, uitvoer: Path | None) -> None:
    if formaat == "json":
        if uitvoer is None:
            schrijf_json(verslag, sys.stdout)
            return
        with schrijf_veilig(uitvoer) as bestand:
            schrijf_json(verslag, cast("TextIO", bestand))
        return
    tekst: str
    if formaat == "html":
        from passend_toewijzen.verantwoording.uitvoer.html import als_html  # optioneel extra

        tekst = als_html(verslag)
    else:
        tekst = als_markdown(verslag)
    schrijf_tekst(tekst, uitvoer)


def _sjabloon(args: argparse.Namespace) -> int:
    pad: Path = args.uitvoer
    formaat = sjabloonpad(args, SJABLOONFORMATEN)
    if formaat == "xlsx":
        from passend_toewijzen.verantwoording.uitvoer.excel import schrijf_sjabloon

        schrijf_sjabloon(pad)
    else:
        with schrijf_veilig(pad, newline="") as bestand:
            bestand.write(TOEWIJZINGEN.sjabloon_csv())
    sys.stderr.write(f"sjabloon geschreven naar {pad}\n")
    return EXIT_OK
