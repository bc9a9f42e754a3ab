"""MkDocs-hook: elk aangehaald artikel op de regelpagina's linkt naar zijn gedateerde wettekst.

Op ``regels/*.md`` en ``begrippen.md`` wordt elk artikel ("art. 46 lid 2", "artikel 7a") bij het
bouwen een link naar wetten.overheid.nl, in de vorm ``https://wetten.overheid.nl/BWBR…/<datum>
#Artikel…``: de tekst zoals die op die datum gold. Welke wet bedoeld is, volgt uit de tekst: de
wet die direct na het artikel staat ("art. 2 Wht", "artikel 7a ... van de Algemene
Ouderdomswet"), anders de laatst genoemde wet in dezelfde alinea ("BTIV 2015 art. 54 lid 2 en
art. 57": beide BTIV).

De BWBR-nummers en de datums komen uit de bronnen van de parameterdata: per wet het nummer uit de
URL's van de bronnen en de jongste datum waarop de data die wettekst aanhaalt (de tekst waaruit
de bedragen zijn gelezen). Alleen een wet die de data niet aanhaalt (de Vreemdelingenwet 2000)
staat hieronder met haar nummer, nagezocht op wetten.overheid.nl; zij krijgt als datum 1 januari
van het laatste jaar van de dekking.

Code, bestaande links en koppen blijven ongemoeid. Een artikel zonder herkenbare wet blijft
tekst; ``tests/unit/test_wetsartikelen.py`` bewaakt dat elk artikel op de regelpagina's een link
krijgt.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from passend_toewijzen.parameters import register

PAGINAS = re.compile(r"^(regels/.+|begrippen)\.md$")

WETTEN: dict[str, tuple[str, ...]] = {
    # naam zoals in de titel van de bronnen -> schrijfwijzen in de tekst (langste eerst)
    "Besluit toegelaten instellingen volkshuisvesting 2015": (
        "Besluit toegelaten instellingen volkshuisvesting 2015",
        "BTIV 2015",
        "BTIV",
    ),
    "Regeling toegelaten instellingen volkshuisvesting 2015": (
        "Regeling toegelaten instellingen volkshuisvesting 2015",
        "RTIV 2015",
        "RTIV",
    ),
    "Tijdelijke regeling diensten van algemeen economisch belang": (
        "Tijdelijke regeling diensten van algemeen economisch belang toegelaten instellingen "
        "volkshuisvesting",
        "Tijdelijke regeling DAEB",
    ),
    "Wet op de huurtoeslag": ("Wet op de huurtoeslag", "Wht"),
    "Wet op de zorgtoeslag": ("Wet op de zorgtoeslag",),
    "Algemene Ouderdomswet": ("Algemene Ouderdomswet", "AOW"),
    "Woningwet": ("Woningwet",),
    "Vreemdelingenwet 2000": ("Vreemdelingenwet 2000",),
}
BUITEN_DE_DATA = {"Vreemdelingenwet 2000": "BWBR0011823"}
"""Wetten die de parameterdata niet aanhaalt, met hun nummer (nagezocht op wetten.overheid.nl)."""


def _patroon(schrijfwijze: str) -> str:
    """Een schrijfwijze als patroon: spaties mogen regeleinden zijn; "AOW" alleen vóór "art."
    (niet in "AOW-leeftijd")."""
    patroon = r"\s+".join(re.escape(w) for w in schrijfwijze.split())
    return r"\bAOW(?=\s+art\.)" if schrijfwijze == "AOW" else rf"\b{patroon}\b"


WET = re.compile(
    "|".join(
        f"(?P<w{i}>{_patroon(s)})"
        for i, s in enumerate(s for schrijfwijzen in WETTEN.values() for s in schrijfwijzen)
    )
)
_SCHRIJFWIJZE = [naam for naam, schrijfwijzen in WETTEN.items() for _ in schrijfwijzen]
ARTIKEL = re.compile(r"\b(?:[Aa]rt\.|[Aa]rtikel)\s*(?P<nummer>\d+[a-z]?)\b(?!\.\d)")
BESCHERMD = re.compile(r"`[^`\n]*`|\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]+>|https?://\S+")
ERNA = re.compile(
    r"^(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste)\s+lid|lid\s+\d+"
    r"|onder(?:deel)?\s+[a-z]|aanhef en|[\s,]|\d)*?\s*(?:van\s+(?:de|het)\s+)?$"
)
"""Wat tussen een artikel en de wet erna mag staan ("art. 7a, eerste lid, van de ...")."""


@cache
def wetsteksten() -> dict[str, tuple[str, date]]:
    """Per wet (naam uit ``WETTEN``): het BWBR-nummer en de datum van de tekst om naar te linken."""
    reg = register()
    gevonden: dict[str, tuple[str, date]] = {}
    for definitie in reg.definities.values():
        for rw in definitie.reeks:
            for bron in (rw.bron, *rw.bevestigd_door):
                if bron is None:
                    continue
                m = re.search(r"wetten\.overheid\.nl/(BWBR\d+)/(\d{4}-\d{2}-\d{2})", bron.url)
                if m is None:
                    continue
                naam = next((n for n in WETTEN if bron.titel.startswith(n)), None)
                if naam is None:
                    continue
                datum = min(date.fromisoformat(m.group(2)), reg.dekking_tot)
                vorig = gevonden.get(naam)
                if vorig is not None and vorig[0] != m.group(1):
                    msg = f"{naam}: twee BWBR-nummers in de bronnen ({vorig[0]}, {m.group(1)})"
                    raise ValueError(msg)
                if vorig is None or datum > vorig[1]:
                    gevonden[naam] = (m.group(1), datum)
    for naam, bwbr in BUITEN_DE_DATA.items():
        gevonden.setdefault(naam, (bwbr, date(reg.dekking_tot.year, 1, 1)))
    return gevonden


def url(wet: str, nummer: str) -> str:
    bwbr, datum = wetsteksten()[wet]
    return f"https://wetten.overheid.nl/{bwbr}/{datum.isoformat()}#Artikel{nummer}"


def _wet_van(m: re.Match[str]) -> str:
    groep = next(k for k, v in m.groupdict().items() if v is not None)
    return _SCHRIJFWIJZE[int(groep[1:])]


def _expliciet(alinea: str, m: re.Match[str], wetten: list[re.Match[str]]) -> str | None:
    """De wet die direct bij een artikel staat: "art. 2 Wht", "artikel 7a, eerste lid, van de
    Algemene Ouderdomswet", of "BTIV 2015 art. 54" (de wet direct ervoor)."""
    erna = next((w for w in wetten if w.start() >= m.end()), None)
    if erna is not None and erna.start() - m.end() <= 60:
        tussen = alinea[m.end() : erna.start()]
        if ERNA.match(tussen) and not ARTIKEL.search(tussen):
            return _wet_van(erna)
    ervoor = next((w for w in reversed(wetten) if w.end() <= m.start()), None)
    if ervoor is not None and re.fullmatch(r"[\s,(]*", alinea[ervoor.end() : m.start()]):
        return _wet_van(ervoor)
    return None


def bekende_artikelen(teksten: list[str]) -> dict[str, str]:
    """Artikelnummers die in de teksten steeds bij één en dezelfde wet staan, met die wet.

    Een los "art. 54a" verderop (zonder wet in de zin) is dan dat artikel van die wet, ook als
    er tussendoor een andere wet genoemd is.
    """
    gezien: dict[str, set[str]] = {}
    for tekst in teksten:
        wetten = list(WET.finditer(tekst))
        for m in ARTIKEL.finditer(tekst):
            wet = _expliciet(tekst, m, wetten)
            if wet is not None:
                gezien.setdefault(m.group("nummer"), set()).add(wet)
    return {nummer: next(iter(w)) for nummer, w in gezien.items() if len(w) == 1}


def link_alinea(
    alinea: str, vorige: str | None = None, bekend: dict[str, str] | None = None
) -> tuple[str, list[str], str | None]:
    """Link de artikelen in één alinea; geeft de nieuwe tekst, de artikelen zonder wet en de
    laatst genoemde wet.

    Volgorde: de wet direct bij het artikel; anders de wet waarbij dit artikelnummer op de
    regelpagina's altijd staat (``bekend``); anders de laatst genoemde wet in de alinea, of op de
    pagina ervoor (``vorige``, zoals voor een tabelrij)."""
    beschermd = [(m.start(), m.end()) for m in BESCHERMD.finditer(alinea)]

    def vrij(begin: int, eind: int) -> bool:
        return not any(b < eind and begin < e for b, e in beschermd)

    wetten = [m for m in WET.finditer(alinea) if vrij(m.start(), m.end())]
    uit: list[str] = []
    zonder: list[str] = []
    positie = 0
    for m in ARTIKEL.finditer(alinea):
        if not vrij(m.start(), m.end()):
            continue
        wet = _expliciet(alinea, m, wetten) or (bekend or {}).get(m.group("nummer"))
        if wet is None:
            ervoor = [w for w in wetten if w.end() <= m.start()]
            wet = _wet_van(ervoor[-1]) if ervoor else vorige
        if wet is None:
            zonder.append(m.group(0))
            continue
        uit.append(alinea[positie : m.start()])
        uit.append(f"[{m.group(0)}]({url(wet, m.group('nummer'))})")
        positie = m.end()
    uit.append(alinea[positie:])
    return "".join(uit), zonder, _wet_van(wetten[-1]) if wetten else vorige


def link_pagina(markdown: str, bekend: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """Link de artikelen op een pagina, alinea voor alinea (code en koppen niet)."""
    delen = re.split(r"(\n\s*\n|^```.*?^```\n?)", markdown, flags=re.S | re.M)
    uit: list[str] = []
    zonder: list[str] = []
    vorige: str | None = None
    for deel in delen:
        if not deel or deel.startswith("```") or not deel.strip() or deel.lstrip()[:1] == "#":
            uit.append(deel)
            continue
        regels = deel.split("\n")
        if not all(r.startswith("|") or not r.strip() for r in regels):
            regels = [deel]  # een gewone alinea in één keer; een tabel rij voor rij
        nieuw: list[str] = []
        for regel in regels:
            tekst, z, vorige = link_alinea(regel, vorige, bekend)
            nieuw.append(tekst)
            zonder.extend(z)
        uit.append("\n".join(nieuw))
    return "".join(uit), zonder


def regelteksten(docs: Path) -> list[str]:
    """De teksten van de pagina's waarop de artikelen worden gelinkt."""
    return [
        p.read_text(encoding="utf-8")
        for p in sorted(docs.rglob("*.md"))
        if PAGINAS.match(p.relative_to(docs).as_posix())
    ]


_BEKEND: dict[str, str] = {}


def on_config(config: Any, **_: Any) -> Any:
    _BEKEND.clear()
    _BEKEND.update(bekende_artikelen(regelteksten(Path(config["docs_dir"]))))
    return config


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if not PAGINAS.match(page.file.src_uri):
        return markdown
    return link_pagina(markdown, _BEKEND)[0]
