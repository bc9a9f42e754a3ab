"""Opdracht ``passend-toewijzen toets``: toets één toewijzing en toon de uitleg.

Snelle vorm (een zelfstandige DAEB-woning en een huishouden zonder bijzondere omstandigheden;
``--inkomen`` is het huishoudinkomen dat al is vastgesteld voor het jaar van de huuringang)::

    passend-toewijzen toets --huuringangsdatum 2024-03-01 --personen 2 --inkomen 25000 \\
        --kale-huur 650.43 [--aow] [--json]

Volledige vorm: ``--invoer toewijzing.json`` met een Toewijzing-document (zie de documentatie).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from passend_toewijzen._meldingen import os_melding
from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.cli._basis import (
    EXIT_OK,
    Parser,
    bedrag_argument,
    datum_argument,
    fout,
    persoonlijk_bedrag_argument,
)
from passend_toewijzen.fouten import OngeldigeInvoer
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.modellen.huishouden import MAX_PERSONEN
from passend_toewijzen.toets import toets_toewijzing

__all__ = ["registreer"]

GEMEENTE_ONBEKEND = "(niet opgegeven)"


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdracht ``toets`` toe."""
    p = opdrachten.add_parser(
        "toets",
        help="toets één toewijzing: toewijzingssegment (DAEB) en passendheid, met uitleg",
        description=(
            "Toetst één toewijzing met de regels en bedragen die gelden op de huuringangsdatum. "
            "Gebruik de snelle opties voor een zelfstandige DAEB-woning en een huishouden zonder "
            "bijzondere omstandigheden, of --invoer voor een volledig Toewijzing-document (JSON)."
        ),
    )
    p.add_argument("--invoer", type=Path, help="JSON-bestand met een volledige toewijzing")
    p.add_argument("--huuringangsdatum", type=datum_argument, help="JJJJ-MM-DD of DD-MM-JJJJ")
    p.add_argument(
        "--toewijzingsdatum",
        type=datum_argument,
        help="JJJJ-MM-DD of DD-MM-JJJJ (standaard: de huuringangsdatum)",
    )
    p.add_argument("--personen", type=_aantal_personen, help="aantal personen in het huishouden")
    p.add_argument(
        "--inkomen",
        type=persoonlijk_bedrag_argument,
        help="vastgesteld huishoudinkomen (euro per jaar) voor het jaar van de huuringang, "
        "zoals 31250 of 31.250,00 (31.250 zonder decimalen is dubbelzinnig)",
    )
    p.add_argument("--kale-huur", type=bedrag_argument, help="kale huur in euro per maand")
    p.add_argument(
        "--aow", action="store_true", help="het huishouden is een ouderenhuishouden (AOW-leeftijd)"
    )
    p.add_argument("--gemeente", default=None, help="gemeente van de woning (alleen informatief)")
    p.add_argument("--beleid", type=Path, help="TOML-bestand met lokaal beleid")
    p.add_argument(
        "--niet-strikt",
        action="store_true",
        help="bij ontbrekende gegevens een uitkomst 'onbepaald' in plaats van een fout",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als één JSON-document")
    p.set_defaults(uitvoeren=_uitvoeren)


def _aantal_personen(tekst: str) -> int:
    try:
        aantal = int(tekst)
    except ValueError:
        aantal = 0
    if not 1 <= aantal <= MAX_PERSONEN:
        # Vóór het huishouden wordt gemaakt: 99999999 personen zou eerst al die personen maken.
        msg = f"{tekst!r} is geen geldig aantal personen (1 of meer, hoogstens {MAX_PERSONEN})"
        raise argparse.ArgumentTypeError(msg)
    return aantal


def _uitvoeren(args: argparse.Namespace) -> int:
    toewijzing = _toewijzing(args)
    beleid: Beleid | None = laad_beleid(args.beleid) if args.beleid else None
    uitkomst = toets_toewijzing(toewijzing, beleid=beleid, strikt=not args.niet_strikt)
    sys.stdout.write(uitkomst.als_json() + "\n" if args.json else uitkomst.als_tekst())
    return EXIT_OK


def _toewijzing(args: argparse.Namespace) -> Toewijzing:
    snel = ("huuringangsdatum", "personen", "inkomen", "kale_huur")
    if args.invoer is not None:
        gebruikt = [f"--{n.replace('_', '-')}" for n in snel if getattr(args, n) is not None]
        if gebruikt or args.aow:
            fout(f"--invoer gaat niet samen met {', '.join(gebruikt or ['--aow'])}")
        try:
            tekst = args.invoer.read_bytes()
        except OSError as exc:
            fout(f"{args.invoer}: niet te lezen: {os_melding(exc)}")
        try:
            return Toewijzing.model_validate_json(tekst)
        except OngeldigeInvoer as exc:
            fout(f"{args.invoer}: {exc}")
    ontbrekend = [f"--{n.replace('_', '-')}" for n in snel if getattr(args, n) is None]
    if ontbrekend:
        fout(f"geef --invoer of alle snelle opties; ontbreekt: {', '.join(ontbrekend)}")
    personen = [Persoon(rol=Rol.AANVRAGER)]
    personen += [Persoon(rol=Rol.MEDEBEWONER) for _ in range(args.personen - 1)]
    inkomen: Decimal = args.inkomen
    try:
        return Toewijzing(
            huishouden=Huishouden(
                personen=tuple(personen), vastgesteld_inkomen=inkomen, aow_huishouden=args.aow
            ),
            woning=Woning(
                id="opdrachtregel",
                kale_huur=args.kale_huur,
                soort=Woningsoort.ZELFSTANDIG,
                daeb=True,
                gemeente=args.gemeente or GEMEENTE_ONBEKEND,
            ),
            toewijzingsdatum=args.toewijzingsdatum or args.huuringangsdatum,
            huuringangsdatum=args.huuringangsdatum,
        )
    except OngeldigeInvoer as exc:
        fout(str(exc))
