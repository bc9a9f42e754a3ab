"""Gedeelde onderdelen van de opdrachtregel: een Nederlandstalige argparse en uitvoer."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from passend_toewijzen._schrijven import controleer_uitvoer, kies_formaat, schrijf_veilig
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.invoer.cellen import Waardefout, lees_bedrag, lees_datum

if TYPE_CHECKING:
    from passend_toewijzen.beleid import Beleid

__all__ = [
    "EXIT_AFGEBROKEN_UITVOER",
    "EXIT_FOUT",
    "EXIT_OK",
    "EXIT_ONDERBROKEN",
    "Parser",
    "bedrag_argument",
    "beleidsbestand",
    "datum_argument",
    "decimaalteken_optie",
    "druk_json",
    "fout",
    "jaartal_argument",
    "kies_uitvoer",
    "kolom_optie",
    "kolomkoppeling",
    "melding_van",
    "persoonlijk_bedrag_argument",
    "schrijf_tekst",
    "sjabloonpad",
    "uitvoer_opties",
]

EXIT_OK = 0
"""Gelukt."""
EXIT_FOUT = 2
"""Onjuist gebruik of ongeldige invoer; de melding staat op stderr."""
EXIT_ONDERBROKEN = 130
"""Onderbroken met Ctrl-C (128 + SIGINT, zoals een shell het telt); er is niets geschreven."""
EXIT_AFGEBROKEN_UITVOER = 141
"""De lezer van de standaarduitvoer stopte eerder (128 + SIGPIPE), zoals ``| head``."""

OPTIES = {
    "jaar": "--jaar",
    "kolom": "--kolom EIGEN=SCHEMA",
    "blad": "--blad",
    "codering": "--codering",
    "kopregel": "--kopregel",
    "scheidingsteken": "--scheidingsteken",
    "decimaalteken": "--decimaalteken",
    "corporatie": "--corporatie",
    "vorig-jaar": "--vorig-jaar",
    "gemeenten-15": "--gemeenten-15",
}
"""De opdrachtregeloptie bij de ``optie`` van een fout (zie ``InvoerFout`` en ``VerslagFout``)."""


def melding_van(fout_: PassendToewijzenFout) -> str:
    """De melding van een fout, met de optie van de opdrachtregel waarmee het op te lossen is."""
    optie = OPTIES.get(getattr(fout_, "optie", None) or "")
    return f"{fout_} (zie {optie})" if optie else str(fout_)


class _Opmaak(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """Een ``ArgumentParser`` met Nederlandse koppen en een foutmelding van één regel."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Opmaak)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        fout(f"{self.prog}: {_vertaal(message)} (zie --help)")


_VERTALINGEN = (
    ("the following arguments are required: ", "verplicht maar niet opgegeven: "),
    ("one of the arguments ", "een van deze argumenten is verplicht: "),
    (" is required", ""),
    ("unrecognized arguments: ", "onbekende argumenten: "),
    ("expected one argument", "verwacht één waarde"),
    ("expected at most one argument", "verwacht hoogstens één waarde"),
    ("expected at least one argument", "verwacht ten minste één waarde"),
    ("ambiguous option: ", "dubbelzinnige optie: "),
    (" could match ", " kan zijn: "),
    ("ignored explicit argument ", "overbodige waarde "),
    ("invalid choice: ", "ongeldige keuze: "),
    ("choose from ", "kies uit "),
    ("argument ", "argument "),
    ("not allowed with argument", "niet samen met argument"),
)
_ONGELDIGE_WAARDE = re.compile(r"invalid \S+ value: ")


def _vertaal(melding: str) -> str:
    for engels, nederlands in _VERTALINGEN:
        melding = melding.replace(engels, nederlands)
    return _ONGELDIGE_WAARDE.sub("ongeldige waarde: ", melding)


def fout(melding: str, code: int = EXIT_FOUT) -> NoReturn:
    """Schrijf een foutmelding van één regel naar stderr en stop met ``code``."""
    eerste_regel = " ".join(melding.split())
    sys.stderr.write(f"fout: {eerste_regel}\n")
    raise SystemExit(code)


def datum_argument(tekst: str) -> date:
    """Argumenttype voor een datum, met dezelfde omzetter als de bestanden (JJJJ-MM-DD,
    DD-MM-JJJJ, eventueel met een tijd; zie :func:`~passend_toewijzen.invoer.cellen.lees_datum`)."""
    try:
        datum = lees_datum(tekst)
    except Waardefout as exc:
        raise argparse.ArgumentTypeError(exc.met_waarde) from None
    if datum is None:
        msg = "een lege datum; gebruik JJJJ-MM-DD"
        raise argparse.ArgumentTypeError(msg)
    return datum


def _bedrag(tekst: str, *, citeer: bool) -> Decimal:
    try:
        bedrag = lees_bedrag(tekst)
    except Waardefout as exc:
        raise argparse.ArgumentTypeError(exc.met_waarde if citeer else str(exc)) from None
    if bedrag is None:
        msg = "een leeg bedrag; gebruik bijvoorbeeld 650,43 of 1.234,56"
        raise argparse.ArgumentTypeError(msg)
    return bedrag


def bedrag_argument(tekst: str) -> Decimal:
    """Argumenttype voor een bedrag, met dezelfde omzetter als de bestanden: ``640.10``,
    ``640,10``, ``1.234,56`` of ``25000``; ``55.000`` is dubbelzinnig en een fout."""
    return _bedrag(tekst, citeer=True)


def persoonlijk_bedrag_argument(tekst: str) -> Decimal:
    """Als :func:`bedrag_argument`, maar de melding noemt het bedrag niet (een inkomen)."""
    return _bedrag(tekst, citeer=False)


def druk_json(document: Any) -> None:
    """Schrijf één JSON-document naar stdout (UTF-8, gesorteerd niet nodig, twee spaties)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def subparsers(parser: Parser) -> argparse._SubParsersAction[Parser]:
    """Maak de groep subopdrachten met Nederlandse titel."""
    return parser.add_subparsers(
        title="opdrachten", dest="opdracht", metavar="OPDRACHT", parser_class=Parser
    )


def eerste_regel(regels: Sequence[str]) -> str:
    """De eerste niet-lege regel van een tekst (voor meldingen van één regel)."""
    return next((r for r in regels if r.strip()), "")


# Opties en stappen die meer opdrachten delen (bestand lezen, uitvoer kiezen en schrijven).


def uitvoer_opties(
    p: argparse.ArgumentParser,
    formaten: Mapping[str, tuple[str, ...]],
    *,
    formaat_help: str = "uitvoer (standaard: naar de extensie van -o, anders md)",
    uitvoer_help: str = "uitvoerbestand: .md, .json, .html of .xlsx (standaard, of -o -: stdout)",
) -> None:
    """Voeg ``--formaat`` en ``-o/--uitvoer`` toe."""
    p.add_argument("--formaat", choices=tuple(formaten), help=formaat_help)
    p.add_argument("-o", "--uitvoer", type=Path, help=uitvoer_help)


def kolom_optie(p: argparse.ArgumentParser) -> None:
    """Voeg ``--kolom EIGEN=SCHEMA`` toe (herhaalbaar; zie :func:`koppeling`)."""
    p.add_argument(
        "--kolom",
        action="append",
        default=[],
        metavar="EIGEN=SCHEMA",
        help="koppel een eigen kolomnaam aan een schemakolom (herhaalbaar)",
    )


def decimaalteken_optie(p: argparse.ArgumentParser) -> None:
    """Voeg ``--decimaalteken`` toe."""
    p.add_argument(
        "--decimaalteken",
        choices=("auto", "komma", "punt"),
        default="auto",
        help="decimaalteken van de bedragen (standaard: per waarde herkend)",
    )


def kolomkoppeling(paren: list[str], voorbeeld: str = "Netto huur=kale_huur") -> dict[str, str]:
    """De koppeling eigen kolomnaam → schemakolom uit de waarden van ``--kolom``."""
    uit: dict[str, str] = {}
    for paar in paren:
        eigen, teken, schema = paar.partition("=")
        if not teken or not eigen.strip() or not schema.strip():
            fout(f"--kolom {paar!r}: gebruik EIGEN=SCHEMA, bijvoorbeeld '{voorbeeld}'")
        uit[eigen] = schema
    return uit


def jaartal_argument(voorbeeld: int) -> Any:
    """Argumenttype voor een jaartal (vier cijfers); de melding noemt ``voorbeeld``."""

    def jaartal(tekst: str) -> int:
        schoon = tekst.strip()
        if len(schoon) != 4 or not schoon.isascii() or not schoon.isdigit():
            msg = f"{tekst!r} is geen jaartal (JJJJ, bijvoorbeeld {voorbeeld})"
            raise argparse.ArgumentTypeError(msg)
        return int(schoon)

    return jaartal


def beleidsbestand(pad: Path | None) -> Beleid | None:
    """Het lokale beleid uit ``--beleid`` (of ``None``), met een melding als het pad niet klopt."""
    if pad is None:
        return None
    if pad.is_dir():
        fout(f"{pad}: het beleid is een map, geen bestand")
    if not pad.exists():
        fout(f"{pad}: het beleidsbestand bestaat niet")
    from passend_toewijzen.beleid import laad_beleid

    return laad_beleid(pad)


def kies_uitvoer(args: argparse.Namespace, formaten: Mapping[str, tuple[str, ...]]) -> str:
    """Het uitvoerformaat; ``-o -`` wordt de standaarduitvoer (``args.uitvoer = None``), en
    Excel vraagt een bestand."""
    if args.uitvoer == Path("-"):
        args.uitvoer = None  # "-o -": de standaarduitvoer, zoals gebruikelijk
    formaat = kies_formaat(args.uitvoer, args.formaat, formaten, "md")
    if formaat == "xlsx" and args.uitvoer is None:
        fout("--formaat xlsx vraagt -o BESTAND.xlsx")
    return formaat


def schrijf_tekst(tekst: str, uitvoer: Path | None) -> None:
    """Schrijf ``tekst`` naar de standaarduitvoer (``None``) of veilig naar ``uitvoer``."""
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    with schrijf_veilig(uitvoer) as bestand:
        bestand.write(tekst)


def sjabloonpad(args: argparse.Namespace, formaten: Mapping[str, tuple[str, ...]]) -> str:
    """Het formaat van het sjabloon ``args.uitvoer``; een bestaand bestand blijft staan, tenzij
    met ``--overschrijven``."""
    pad: Path = args.uitvoer
    formaat = kies_formaat(pad, None, formaten, "csv")
    controleer_uitvoer({"-o": pad})
    if pad.exists() and not args.overschrijven:
        fout(
            f"{pad}: bestaat al (misschien al ingevuld) en wordt niet overschreven; kies een "
            "andere naam of geef --overschrijven"
        )
    return formaat
