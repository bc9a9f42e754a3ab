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
    het verslag is gemaakt, maar onvolledig: er zijn rijen afgewezen of een norm is niet vast te
    stellen (geen norm is met zekerheid niet gehaald).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.cli._basis import EXIT_OK, Parser, fout
from passend_toewijzen.fouten import OngeldigeInvoer
from passend_toewijzen.modellen.basis import lees_json
from passend_toewijzen.verantwoording.kolommen import sjabloon_csv
from passend_toewijzen.verantwoording.rijen import Rijfout
from passend_toewijzen.verantwoording.uitvoer.json import schrijf_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from passend_toewijzen.verantwoording.verslag import Passendcijfers, Verslag
from passend_toewijzen.verantwoording.verwerken import verantwoord

if TYPE_CHECKING:
    from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver

__all__ = ["EXIT_NIET_VOLDAAN", "EXIT_ONVOLLEDIG", "registreer"]

EXIT_NIET_VOLDAAN = 1
"""Ten minste één norm is niet gehaald."""
EXIT_ONVOLLEDIG = 3
"""Rijen afgewezen of een norm niet vast te stellen."""

FORMATEN = ("md", "json", "html", "xlsx")


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
            "onleesbaar bestand; 3 onvolledig (afgewezen rijen of een norm niet vast te stellen)."
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
    p.add_argument(
        "--formaat",
        choices=FORMATEN,
        help="uitvoer (standaard: naar de extensie van -o, anders md)",
    )
    p.add_argument("-o", "--uitvoer", type=Path, help="uitvoerbestand (standaard: stdout)")
    p.add_argument(
        "--kolom",
        action="append",
        default=[],
        metavar="EIGEN=SCHEMA",
        help="koppel een eigen kolomnaam aan een schemakolom (herhaalbaar)",
    )
    p.add_argument("--codering", help="tekstcodering van een CSV-bestand (utf-8 of cp1252)")
    p.add_argument("--scheidingsteken", help="scheidingsteken van een CSV-bestand (; , of tab)")
    p.add_argument(
        "--decimaalteken",
        choices=("auto", "komma", "punt"),
        default="auto",
        help="decimaalteken van de bedragen (standaard: per waarde herkend)",
    )
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
    p.add_argument("--stil", action="store_true", help="geen voortgangsbalk")
    p.set_defaults(uitvoeren=_verantwoording)

    s = opdrachten.add_parser(
        "sjabloon",
        help="schrijf een leeg bestand met de kolommen voor de verantwoording",
        description="Schrijft een sjabloon (CSV of Excel) met alle kolommen en één voorbeeldrij.",
    )
    s.add_argument(
        "-o", "--uitvoer", type=Path, required=True, help="sjabloon.csv of sjabloon.xlsx"
    )
    s.set_defaults(uitvoeren=_sjabloon)


def _jaar(tekst: str) -> int:
    """Argumenttype voor een verslagjaar: vier cijfers."""
    if len(tekst.strip()) != 4 or not tekst.strip().isascii() or not tekst.strip().isdigit():
        msg = f"{tekst!r} is geen jaartal (JJJJ, bijvoorbeeld 2025)"
        raise argparse.ArgumentTypeError(msg)
    return int(tekst)


def _formaat(args: argparse.Namespace) -> str:
    if args.formaat:
        return str(args.formaat)
    extensie = args.uitvoer.suffix.lower().lstrip(".") if args.uitvoer is not None else ""
    extensie = {"markdown": "md", "htm": "html"}.get(extensie, extensie)
    return extensie if extensie in FORMATEN else "md"


def _koppeling(paren: list[str]) -> dict[str, str]:
    koppeling: dict[str, str] = {}
    for paar in paren:
        eigen, teken, schema = paar.partition("=")
        if not teken or not eigen.strip() or not schema.strip():
            fout(f"--kolom {paar!r}: gebruik EIGEN=SCHEMA, bijvoorbeeld 'Netto huur=kale_huur'")
        koppeling[eigen] = schema
    return koppeling


def _vorig_jaar(pad: Path | None) -> Passendcijfers | None:
    if pad is None:
        return None
    try:
        inhoud = pad.read_bytes()
    except OSError as exc:
        fout(f"{pad}: niet te lezen ({exc.strerror})")
    try:
        document = lees_json(inhoud, "verslag")
        passend = document["passendheid"]
        return Passendcijfers(
            int(document["jaar"]),
            int(passend["teller"]),
            int(passend["noemer"]),
            int(passend.get("onbepaald", 0)),
        )
    except OngeldigeInvoer as exc:
        fout(f"{pad}: geen verslag van passend-toewijzen: {exc.fouten[0]}")
    except KeyError as exc:
        fout(f"{pad}: geen verslag van passend-toewijzen (JSON): het veld {exc} ontbreekt")
    except (ValueError, TypeError, AttributeError) as exc:
        fout(f"{pad}: geen verslag van passend-toewijzen (JSON) ({exc})")


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
    def __init__(self, pad: Path) -> None:
        try:
            self.bestand: TextIO = pad.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            fout(f"{pad}: niet te schrijven ({exc.strerror})")
        self.schrijver = csv.writer(self.bestand, delimiter=";", lineterminator="\r\n")
        self.schrijver.writerow(["bestand", "rij", "kolom", "toewijzing_id", "melding"])

    def __call__(self, f: Rijfout) -> None:
        self.schrijver.writerow(
            [
                _veilig(f.bron),
                f.rijnummer,
                f.kolom or "",
                _veilig(f.toewijzing_id or ""),
                _veilig(f.melding),
            ]
        )

    def sluit(self) -> None:
        self.bestand.close()


def _veilig(tekst: str) -> str:
    """Voorkom dat een spreadsheet een waarde als formule leest."""
    return "'" + tekst if tekst[:1] in ("=", "+", "-", "@", "\t", "\r") else tekst


def _verantwoording(args: argparse.Namespace) -> int:
    formaat = _formaat(args)
    beleid: Beleid | None = laad_beleid(args.beleid) if args.beleid else None
    koppeling = _koppeling(args.kolom)
    gemeenten_15 = [g.strip() for deel in args.gemeenten_15 for g in deel.split(",") if g.strip()]
    vorig = _vorig_jaar(args.vorig_jaar)
    voortgang, sluit = _voortgang(args.stil)
    foutenbestand = _Foutenbestand(args.fouten) if args.fouten else None
    excel = _excelschrijver(args.uitvoer) if formaat == "xlsx" else None

    def bij_afwijzing(f: Rijfout) -> None:
        if foutenbestand is not None:
            foutenbestand(f)
        if excel is not None:
            excel.afwijzing(f)

    gelukt = False
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
            decimaalteken=args.decimaalteken,
            dubbelcontrole=not args.geen_dubbelcontrole,
            voortgang=voortgang,
            bij_afwijzing=bij_afwijzing,
            bij_oordeel=None if excel is None else excel.oordeel,
        )
        gelukt = True
    except ValueError as exc:
        fout(str(exc))
    finally:
        sluit()
        if foutenbestand is not None:
            foutenbestand.sluit()
        if excel is not None and not gelukt:
            excel.verwerp()
    if excel is not None:
        try:
            excel.sluit(verslag)
        except OSError as exc:
            excel.verwerp()
            fout(f"{args.uitvoer}: niet te schrijven ({exc.strerror})")
        sys.stderr.write(f"verslag geschreven naar {args.uitvoer}\n")
    else:
        _schrijf(verslag, formaat, args.uitvoer)
    return afsluitcode(verslag)


def _excelschrijver(uitvoer: Path | None) -> Excelschrijver:
    from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver  # optioneel extra

    if uitvoer is None:
        fout("--formaat xlsx vraagt -o BESTAND.xlsx")
    try:
        _schrijfbaar(uitvoer)
        return Excelschrijver(uitvoer)
    except OSError as exc:
        fout(f"{uitvoer}: niet te schrijven ({exc.strerror})")


def _schrijfbaar(pad: Path) -> None:
    """Geef ``OSError`` als ``pad`` niet te schrijven is, vóór het werk begint.

    openpyxl merkt dat pas bij het bewaren, halverwege het schrijven (met meldingen op stderr).
    """
    bestond = pad.exists()
    pad.open("ab").close()
    if not bestond:
        pad.unlink()


def _scheidingsteken(tekst: str | None) -> str | None:
    if tekst is None:
        return None
    return {"tab": "\t", "\\t": "\t"}.get(tekst.lower(), tekst)


def afsluitcode(verslag: Verslag) -> int:
    """De afsluitcode bij een verslag (zie de moduledocumentatie)."""
    if verslag.voldoet is False:
        return EXIT_NIET_VOLDAAN
    if verslag.voldoet is None or verslag.invoer["afgewezen"]:
        return EXIT_ONVOLLEDIG
    return EXIT_OK


def _schrijf(verslag: Verslag, formaat: str, uitvoer: Path | None) -> None:
    if formaat == "json":
        _schrijf_json(verslag, uitvoer)
        return
    tekst: str
    if formaat == "html":
        from passend_toewijzen.verantwoording.uitvoer.html import als_html  # optioneel extra

        tekst = als_html(verslag)
    else:
        tekst = als_markdown(verslag)
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    try:
        uitvoer.write_text(tekst, encoding="utf-8")
    except OSError as exc:
        fout(f"{uitvoer}: niet te schrijven ({exc.strerror})")
    sys.stderr.write(f"verslag geschreven naar {uitvoer}\n")


def _schrijf_json(verslag: Verslag, uitvoer: Path | None) -> None:
    """Het JSON-verslag stuk voor stuk (zie ``uitvoer.json``): minder geheugen bij grote lijsten."""
    if uitvoer is None:
        schrijf_json(verslag, sys.stdout)
        return
    try:
        with uitvoer.open("w", encoding="utf-8") as bestand:
            schrijf_json(verslag, bestand)
    except OSError as exc:
        fout(f"{uitvoer}: niet te schrijven ({exc.strerror})")
    sys.stderr.write(f"verslag geschreven naar {uitvoer}\n")


def _sjabloon(args: argparse.Namespace) -> int:
    pad: Path = args.uitvoer
    try:
        if pad.suffix.lower() == ".xlsx":
            from passend_toewijzen.verantwoording.uitvoer.excel import schrijf_sjabloon

            _schrijfbaar(pad)
            schrijf_sjabloon(pad)
        else:
            pad.write_text(sjabloon_csv(), encoding="utf-8", newline="")
    except OSError as exc:
        fout(f"{pad}: niet te schrijven ({exc.strerror})")
    sys.stderr.write(f"sjabloon geschreven naar {pad}\n")
    return EXIT_OK
