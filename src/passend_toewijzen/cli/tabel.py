"""Opdrachten ``passend-toewijzen tabel`` en ``passend-toewijzen rangschik``.

``tabel`` toont een huur-inkomenstabel met de bedragen van een datum; met ``--prijspeil`` ook de
bedragen van het prijspeil van de tabel ernaast, met de indexatie die ze verbindt::

    passend-toewijzen tabel --tabel woongaard-2015 --datum 2018-03-01 [--prijspeil] [--json]

``rangschik`` rangschikt de kandidaten die op een woning reageerden::

    passend-toewijzen rangschik --woning woning.json --kandidaten kandidaten.json \\
        --tabel woongaard-2015 --datum 2018-03-01 [--json]

``--tabel`` is de naam van een meegeleverde tabel of het pad naar een eigen TOML-bestand.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from passend_toewijzen._meldingen import os_melding
from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.cli._basis import EXIT_OK, Parser, datum_argument, druk_json, fout
from passend_toewijzen.fouten import OngeldigeInvoer
from passend_toewijzen.modellen import Woning
from passend_toewijzen.tabellen import (
    beschikbare_tabellen,
    laad_tabel,
    lees_kandidaten,
    rangschik,
    tabel_op,
    tabel_op_prijspeil,
)

__all__ = ["registreer"]


def registreer(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Voeg de opdrachten ``tabel`` en ``rangschik`` toe."""
    bekend = ", ".join(beschikbare_tabellen())
    p = opdrachten.add_parser(
        "tabel",
        help="toon een huur-inkomenstabel met de bedragen van een datum",
        description=(
            "Toont een huur-inkomenstabel per huishoudtype, met alle symbolische grenzen "
            f"opgelost voor de datum. Meegeleverde tabellen: {bekend}."
        ),
    )
    _gemeenschappelijk(p)
    p.add_argument(
        "--prijspeil",
        action="store_true",
        help=(
            "zet de bedragen van het prijspeil van de tabel (zoals gepubliceerd) naast die van "
            "de datum, met de wettelijke indexatie en de jaarlijkse stappen ertussen"
        ),
    )
    p.set_defaults(uitvoeren=_tabel)

    r = opdrachten.add_parser(
        "rangschik",
        help="rangschik de kandidaten voor een woning volgens een huur-inkomenstabel",
        description=(
            "Beoordeelt elke kandidaat met de tabel (voorrang, toegestaan of uitgesloten) en "
            "rangschikt de toegelaten kandidaten: voorrang eerst, dan de vroegste inschrijfdatum, "
            "dan het kandidaat-id. Uitgesloten en niet te beoordelen kandidaten staan apart, "
            "met de reden."
        ),
    )
    r.add_argument(
        "--woning", type=Path, required=True, help="JSON-bestand met de woning (een Woning)"
    )
    r.add_argument(
        "--kandidaten",
        type=Path,
        required=True,
        help="JSON-bestand met een lijst kandidaten (id, inschrijfdatum, huishouden)",
    )
    _gemeenschappelijk(r)
    r.add_argument("--beleid", type=Path, help="TOML-bestand met lokaal beleid")
    r.set_defaults(uitvoeren=_rangschik)


def _gemeenschappelijk(p: Parser) -> None:
    p.add_argument(
        "--tabel",
        required=True,
        metavar="NAAM_OF_BESTAND",
        help="naam van een meegeleverde tabel of pad naar een eigen TOML-bestand",
    )
    p.add_argument(
        "--datum",
        type=datum_argument,
        default=None,
        help="datum JJJJ-MM-DD waarop de huur zou ingaan (standaard: vandaag)",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als één JSON-document")


def _datum(args: argparse.Namespace) -> date:
    return args.datum if args.datum is not None else date.today()  # noqa: DTZ011


def _tabel(args: argparse.Namespace) -> int:
    tabel = laad_tabel(args.tabel)
    datum = _datum(args)
    overzicht = tabel_op(tabel, datum)
    peil = tabel_op_prijspeil(tabel, datum) if args.prijspeil else None
    if args.json:
        document = overzicht.als_dict()
        if peil is not None:
            document["prijspeiloverzicht"] = peil.als_dict()
        druk_json(document)
    else:
        sys.stdout.write(overzicht.als_tekst())
        if peil is not None:
            sys.stdout.write("\n" + peil.als_tekst())
    return EXIT_OK


def _lees(pad: Path) -> bytes:
    try:
        return pad.read_bytes()
    except OSError as exc:
        fout(f"{pad}: niet te lezen: {os_melding(exc)}")


def _rangschik(args: argparse.Namespace) -> int:
    tabel = laad_tabel(args.tabel)
    try:
        woning = Woning.model_validate_json(_lees(args.woning))
    except OngeldigeInvoer as exc:
        fout(f"{args.woning}: {exc}")
    try:
        kandidaten = lees_kandidaten(_lees(args.kandidaten))
    except OngeldigeInvoer as exc:
        fout(f"{args.kandidaten}: {exc}")
    beleid: Beleid | None = laad_beleid(args.beleid) if args.beleid else None
    uitkomst = rangschik(woning, kandidaten, tabel, _datum(args), beleid=beleid)
    if args.json:
        druk_json(uitkomst.als_dict())
    else:
        sys.stdout.write(uitkomst.als_tekst())
    return EXIT_OK
