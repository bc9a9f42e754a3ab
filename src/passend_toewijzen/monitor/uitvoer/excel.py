"""Het monitordocument als Excel-werkmap (openpyxl), uit het JSON-document.

Bladen: Doelgroepen (met het totaal), Gemeenten, Trend, Wijken, Kernen, Signalen en Invoer.
Cijfers zijn getallen (``Decimal`` uit de exacte tekst van het document, nooit ``float``);
aandelen krijgen een procentnotatie. Tekst is altijd tekst, nooit een formule. Dezelfde invoer
geeft byte voor byte dezelfde werkmap (vaste tijden in het archief, geen tijdstempels).
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["als_xlsx"]

_VASTE_TIJD = (1980, 1, 1, 0, 0, 0)
_TIJDSTEMPEL = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
_PROCENT = "0.00%"
_MAANDEN = "0.0"
_GETAL = "0.00"


def _cel(blad: Worksheet, rij: int, kolom: int, waarde: object, opmaak: str | None = None) -> None:
    cel = blad.cell(row=rij, column=kolom)
    if isinstance(waarde, str):
        cel.value = waarde
        cel.data_type = "s"  # nooit een formule, ook niet bij "=..."
        return
    cel.value = waarde  # type: ignore[assignment]
    if opmaak is not None and waarde is not None:
        cel.number_format = opmaak


def _ja_nee(waarde: bool | None) -> str | None:
    return None if waarde is None else ("ja" if waarde else "nee")


def _d(tekst: str | None) -> Decimal | None:
    return None if tekst is None else Decimal(tekst)


def _blad(
    boek: Workbook, titel: str, koppen: list[str], rijen: list[list[tuple[object, str | None]]]
) -> None:
    blad = boek.create_sheet(titel)
    for j, kop in enumerate(koppen, start=1):
        _cel(blad, 1, j, kop)
        blad.cell(row=1, column=j).font = Font(bold=True)
        blad.column_dimensions[get_column_letter(j)].width = max(12, min(48, len(kop) + 2))
    for i, rij in enumerate(rijen, start=2):
        for j, (waarde, opmaak) in enumerate(rij, start=1):
            _cel(blad, i, j, waarde, opmaak)
    blad.freeze_panes = "B2"


_CIJFERKOPPEN = [
    "Verhuringen",
    "Actieve woningzoekenden",
    "Slaagkans",
    "Marktdruk",
    "Zoekduur aantal",
    "Zoekduur mediaan",
    "Zoekduur gemiddelde",
    "Zoekduur p25",
    "Zoekduur p75",
    "Zoekduur p90",
    "Zoekduur vanaf inschrijfdatum",
    "Binnen zoekduurdoel",
    "Gemiddelde zoekduur binnen doel",
    "Inschrijfduur mediaan",
    "Inschrijfduur gemiddelde",
    "Klein",
]


def _cijfers(c: dict[str, Any]) -> list[tuple[object, str | None]]:
    z = c["zoekduur_maanden"]
    i = c["inschrijfduur_maanden"]
    return [
        (c["verhuringen"], None),
        (c["woningzoekenden"], None),
        (_d(c["slaagkans"]), _PROCENT),
        (_d(c["marktdruk"]), _GETAL),
        (z["aantal"], None),
        (_d(z["mediaan"]), _MAANDEN),
        (_d(z["gemiddelde"]), _MAANDEN),
        (_d(z["p25"]), _MAANDEN),
        (_d(z["p75"]), _MAANDEN),
        (_d(z["p90"]), _MAANDEN),
        (z["teruggevallen_op_inschrijfdatum"], None),
        (_d(c["aandeel_zoekduur_binnen_doel"]), _PROCENT),
        (_ja_nee(c["gemiddelde_zoekduur_binnen_doel"]), None),
        (_d(i["mediaan"]), _MAANDEN),
        (_d(i["gemiddelde"]), _MAANDEN),
        ("ja" if c["klein"] else "nee", None),
    ]


def _indexrij(index: dict[str, str | None], groepen: list[str]) -> list[tuple[object, str | None]]:
    leeg: list[tuple[object, str | None]] = [(None, None)] * (2 * len(groepen))
    return [
        ("Dissimilariteitsindex", None),
        ("", None),
        (None, None),
        *leeg,
        *[(_d(index[g]), "0.000") for g in groepen],
        ("", None),
    ]


def _werkmap(d: dict[str, Any]) -> Workbook:
    boek = Workbook()
    standaard = boek.active
    if standaard is not None:
        boek.remove(standaard)
    _blad(
        boek,
        "Doelgroepen",
        ["Doelgroep", "Code", "Soort", *_CIJFERKOPPEN],
        [[("Totaal", None), ("totaal", None), ("", None), *_cijfers(d["totaal"])]]
        + [
            [(g["omschrijving"], None), (g["naam"], None), (g["soort"], None), *_cijfers(g)]
            for g in d["doelgroepen"]
        ],
    )
    _blad(
        boek,
        "Gemeenten",
        ["Gemeente", "Doelgroep", *_CIJFERKOPPEN],
        [
            row
            for g in d["gemeenten"]
            for row in (
                [[(g["gemeente"], None), ("Totaal", None), *_cijfers(g["totaal"])]]
                + [
                    [(g["gemeente"], None), (x["omschrijving"], None), *_cijfers(x)]
                    for x in g["doelgroepen"]
                ]
            )
        ],
    )
    _blad(
        boek,
        "Trend",
        ["Kwartaal", "Verhuringen", "Zoekduur mediaan", "Binnen zoekduurdoel"],
        [
            [
                (k["kwartaal"], None),
                (k["verhuringen"], None),
                (_d(k["zoekduur_mediaan"]), _MAANDEN),
                (_d(k["aandeel_zoekduur_binnen_doel"]), _PROCENT),
            ]
            for k in d["trend"]
        ],
    )
    sp = d["spreiding"]
    groepen = sp["bijzondere_groepen"]
    _blad(
        boek,
        "Wijken",
        [
            "Wijk",
            "Kernen",
            "Verhuringen",
            *[f"{g} aantal" for g in groepen],
            *[f"{g} aandeel" for g in groepen],
            *[f"{g} locatiequotiënt" for g in groepen],
            "Boven beleidsmaximum",
        ],
        [
            [
                (w["wijk"], None),
                (", ".join(w["kernen"]), None),
                (w["verhuringen"], None),
                *[(w["bijzondere_groepen"][g], None) for g in groepen],
                *[(_d(w["aandeel"][g]), _PROCENT) for g in groepen],
                *[(_d(w["locatiequotient"][g]), _GETAL) for g in groepen],
                (
                    "; ".join(
                        f"{b['groep']} {b['aandeel']} > {b['maximum']}" for b in w["boven_maximum"]
                    ),
                    None,
                ),
            ]
            for w in sp["wijken"]
        ]
        + [_indexrij(sp["dissimilariteitsindex"], groepen)],
    )
    mix = list(sp["kernen"][0]["inkomensmix"]) if sp["kernen"] else []
    _blad(
        boek,
        "Kernen",
        ["Kern", "Verhuringen", *mix],
        [
            [(k["kern"], None), (k["verhuringen"], None)]
            + [(_d(k["inkomensmix"][n]), _PROCENT) for n in mix]
            for k in sp["kernen"]
        ],
    )
    _blad(
        boek,
        "Signalen",
        ["Doelgroep", "Cijfer", "Richting", "Waarde", "Totaal", "Afwijking", "Drempel"],
        [
            [
                (s["doelgroep"], None),
                (s["cijfer"], None),
                (s["richting"], None),
                (_d(s["waarde"]), _GETAL),
                (_d(s["totaal"]), _GETAL),
                (_d(s["afwijking"]), _PROCENT),
                (_d(s["drempel"]), _PROCENT),
            ]
            for s in d["signalen"]
        ],
    )
    z = d["invoer"].get("woningzoekenden")
    fouten = d["invoer"]["toewijzingen"]["fouten"] + (z["fouten"] if z else [])
    _blad(
        boek,
        "Invoer",
        ["Bestand", "Rij", "Kolom", "Reden"],
        [
            [(f["bron"], None), (f["rij"], None), (f["kolom"] or "", None), (f["melding"], None)]
            for f in fouten
        ],
    )
    return boek


def als_xlsx(document: dict[str, Any]) -> bytes:
    """De werkmap als bytes, reproduceerbaar (zonder tijdstempels)."""
    ruw = io.BytesIO()
    _werkmap(document).save(ruw)
    ruw.seek(0)
    uit = io.BytesIO()
    with (
        zipfile.ZipFile(ruw) as lezer,
        zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as schrijver,
    ):
        for info in lezer.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=_VASTE_TIJD)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = 0o600 << 16
            inhoud = lezer.read(info)
            if info.filename == "docProps/core.xml":
                inhoud = _TIJDSTEMPEL.sub(b"", inhoud)
            schrijver.writestr(nieuw, inhoud)
    return uit.getvalue()
