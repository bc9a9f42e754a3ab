"""Het bereikbaarheidsverslag als Excel-werkmap (.xlsx): per woning de huur en klasse per scenario.

Bladen:

* **Scenario's**: per scenario het aantal woningen, het mutatieaanbod en het bereikbare aandeel per
  doelgroep (uit het JSON-document), met als eerste rij de huidige huur (vandaag, geen scenario);
* **Per woning**: per woning de gegevens uit de voorraad, naast de kale huur de huidige huurklasse
  en bereikbaarheid (vandaag), en per scenario het percentage (en waar
  het vandaan komt), de huur bij mutatie, of die is afgetopt, de huurklasse (met VERA-code) en of
  de woning bereikbaar is voor één en twee personen en voor drie of meer;
* **Afgewezen rijen**: elke afgewezen rij met bron, rijnummer, kolom en reden.

Bedragen staan als getal met euro-opmaak; tekst wordt nooit als formule gelezen. De werkmap wordt
reproduceerbaar bewaard (zonder tijdstempels) en in één stap op haar plaats gezet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from passend_toewijzen.bereikbaarheid.aanbod import DOELGROEPEN
from passend_toewijzen.bereikbaarheid.scenario import percentage_tekst
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import HUIDIG_LABEL
from passend_toewijzen.bereikbaarheid.verslag import Bereikbaarheid
from passend_toewijzen.verantwoording.uitvoer.excel import EURO, bewaar_werkmap, tekstcel

__all__ = ["schrijf_excel"]

_VET = Font(bold=True)
_PROCENT = "0.0%"


def _cel(blad: Any, waarde: object, *, vet: bool = False, opmaak: str | None = None) -> Any:
    cel = WriteOnlyCell(blad)
    if isinstance(waarde, str):
        tekstcel(cel, waarde)
    elif isinstance(waarde, bool):
        tekstcel(cel, "ja" if waarde else "nee")
    elif isinstance(waarde, Decimal):
        cel.value = float(waarde)
        cel.number_format = opmaak or EURO
    elif isinstance(waarde, int | float):
        cel.value = waarde
        if opmaak is not None:
            cel.number_format = opmaak
    elif waarde is not None:
        msg = f"geen celwaarde: {type(waarde).__name__}"
        raise TypeError(msg)
    if vet:
        cel.font = _VET
    return cel


def _rij(blad: Any, waarden: Iterable[object], *, vet: bool = False) -> None:
    blad.append([_cel(blad, w, vet=vet) for w in waarden])


def _fractie(cijfer: dict[str, Any] | None) -> float | None:
    if cijfer is None or cijfer.get("aandeel_exact") is None:
        return None
    teller, noemer = cijfer["aandeel_exact"].split("/")
    return int(teller) / int(noemer)


def _scenarios(boek: Workbook, doc: dict[str, Any]) -> None:
    blad = boek.create_sheet("Scenario's")
    koppen = [
        "scenario",
        "streefhuur_percentage",
        "woningen",
        "mutatieaanbod",
        "bereikbaar 1-2 personen",
        "bereikbaar 3 of meer",
        "mutatieaanbod bereikbaar 1-2",
        "mutatieaanbod bereikbaar 3+",
    ]
    _rij(blad, koppen, vet=True)
    huidig = doc.get("huidige_huur")
    reeksen = [] if huidig is None else [(HUIDIG_LABEL, None, huidig)]
    reeksen += [(s["naam"], s["streefhuur_percentage"], s) for s in doc["scenarios"]]
    for naam, percentage, s in reeksen:
        b = s["bereikbaar"]
        waarden: list[Any] = [
            _cel(blad, naam),
            _cel(blad, percentage),
            _cel(blad, s["woningen"]),
            _cel(blad, Decimal(s["mutatieaanbod"]), opmaak="0.00"),
        ]
        for cijfer in (
            b["een_twee_personen"],
            b["drie_of_meer"],
            b["een_twee_personen"]["mutatieaanbod"],
            b["drie_of_meer"]["mutatieaanbod"],
        ):
            waarden.append(_cel(blad, _fractie(cijfer), opmaak=_PROCENT))
        blad.append(waarden)


def _per_woning(boek: Workbook, uitkomst: Bereikbaarheid) -> None:
    blad = boek.create_sheet("Per woning")
    koppen: list[str] = [
        "woning_id",
        "gemeente",
        "kern",
        "wijk",
        "woningsoort",
        "daeb",
        "kale_huur",
        "huidige_huurklasse",
        "huidige_vera_huurklasse",
        *("huidig_bereikbaar_" + d.value for d in DOELGROEPEN),
        "maximale_huur",
        "maximale_huur_uit",
        "mutatiekans",
    ]
    for nummer in range(1, len(uitkomst.scenarios) + 1):
        voor = f"s{nummer} "
        koppen += [
            voor + "percentage",
            voor + "percentage_uit",
            voor + "huur_bij_mutatie",
            voor + "afgetopt",
            voor + "huurklasse",
            voor + "vera_huurklasse",
            *(voor + "bereikbaar_" + d.value for d in DOELGROEPEN),
        ]
    _rij(blad, koppen, vet=True)
    for woning, maximale_huur, uitkomsten in uitkomst.per_woning():
        huidig = uitkomst.regels.huidig(woning)
        waarden: list[object] = [
            woning.woning_id,
            woning.gemeente,
            woning.kern,
            woning.wijk,
            woning.woningsoort.value,
            woning.daeb,
            woning.kale_huur,
            huidig.huurklasse.value,
            huidig.huurklasse.vera_code,
            *huidig.bereikbaar,
            maximale_huur,
            "maximale_huur" if woning.maximale_huur is not None else "punten",
            float(woning.mutatiekans),
        ]
        for u in uitkomsten:
            waarden += [
                percentage_tekst(u.percentage),
                u.herkomst_percentage,
                u.huur,
                u.afgetopt,
                u.huurklasse.value,
                u.huurklasse.vera_code,
                *u.bereikbaar,
            ]
        _rij(blad, waarden)


def _afgewezen(boek: Workbook, doc: dict[str, Any]) -> None:
    blad = boek.create_sheet("Afgewezen rijen")
    _rij(blad, ["bron", "rij", "kolom", "woning_id", "melding"], vet=True)
    for f in doc["afgewezen"]:
        _rij(blad, [f["bron"], f["rij"], f["kolom"], f["woning_id"], f["melding"]])


def _toelichting(boek: Workbook, doc: dict[str, Any], scenarios: Sequence[str]) -> None:
    blad = boek.create_sheet("Toelichting")
    g = doc["grenzen"]
    regels: list[list[object]] = [
        ["Bereikbaarheid bij mutatie, peildatum", doc["peildatum"]],
        ["lage aftoppingsgrens", Decimal(g["aftoppingsgrens_laag"]["bedrag"])],
        ["hoge aftoppingsgrens", Decimal(g["aftoppingsgrens_hoog"]["bedrag"])],
        ["maximale huurgrens", Decimal(g["maximale_huurgrens"]["bedrag"])],
        ["mutatiekans", doc["invoer"]["mutatiekans"]["toelichting"]],
        [
            "huur bij mutatie",
            "percentage x maximale huur in hele centen (een halve cent naar boven), plus de "
            "verhoging na verduurzaming als het scenario die meetelt, ten hoogste de aftopping",
        ],
    ]
    regels += [[f"s{i}", naam] for i, naam in enumerate(scenarios, start=1)]
    for regel in regels:
        _rij(blad, regel)


def schrijf_excel(uitkomst: Bereikbaarheid, pad: Path) -> None:
    """Schrijf de werkmap naar ``pad`` (veilig: alles of niets)."""
    doc = uitkomst.document()
    boek = Workbook(write_only=True)
    _scenarios(boek, doc)
    _per_woning(boek, uitkomst)
    _afgewezen(boek, doc)
    _toelichting(boek, doc, [s.naam for s in uitkomst.scenarios])
    bewaar_werkmap(boek, Path(pad))
