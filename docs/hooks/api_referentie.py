"""Griffe-uitbreiding voor de Python-API-pagina: docstrings in één stijl die mkdocstrings toont.

De docstrings in de broncode zijn geschreven voor wie de code leest (en voor ``help()``), met
Sphinx-rollen (``:class:`~passend_toewijzen.Toetsuitkomst```), RST-tabellen en RST-codeblokken
(een alinea die op ``::`` eindigt). mkdocstrings rendert Markdown; zonder deze uitbreiding staan
die rollen en tabellen als ruwe tekst op de site. Deze uitbreiding zet ze bij het laden om, in
de docstring die mkdocstrings rendert (de broncode verandert niet):

* een rol wordt een kruisverwijzing (``<autoref ... optional>``): een link naar het object als
  het op de site staat, anders de naam als code, nooit ruwe tekst; ``~`` toont alleen de laatste
  naam, zoals in Sphinx; een naam zonder pakket wordt opgezocht in de module van de docstring;
* een eenvoudige RST-tabel (kolommen tussen regels van ``=``-tekens) wordt een Markdown-tabel;
* een RST-codeblok (``::`` plus ingesprongen regels) wordt een afgebakend codeblok;
* parameters waarvan de naam met ``_`` begint (intern, zoals ``_dubbel``) verdwijnen uit de
  handtekening: de site toont alleen het publieke gebruik;
* elk publiek model (een pydantic-model, een attrs-klasse, een ``NamedTuple`` of een dataclass)
  krijgt onder zijn docstring een veldentabel: naam, type (zoals in de broncode), verplicht,
  betekenis en het wettelijke begrip. Alles komt uit de code zelf: de velden en of ze verplicht
  zijn uit het model, de betekenis uit de Nederlandse omschrijving in het JSON Schema (de
  invoermodellen) of uit de docstring van het veld, het begrip uit ``docs/begrippen.md`` (een
  begrip dat de veldnaam is, of dat het veld als ``Klasse.veld`` noemt). Niets in de tabel is met
  de hand getypt.

Registratie in ``mkdocs.yml`` (bij de opties van de Python-handler van mkdocstrings)::

    extensions:
      - docs/hooks/docstrings.py:Docstringstijl
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import griffe
import pydantic

ROL = re.compile(
    r":(?:py:)?(class|func|meth|attr|mod|data|exc|obj|const):`(~?)([\w.\s]+?)(\(\))?"
    r"(?:\s*<([\w.]+)>)?`"
)
RUWE_ROL = re.compile(r":(?:py:)?[a-z]+:`[^`]*`")
"""Wat na het omzetten nog op een rol lijkt: de bouw faalt liever dan ruwe tekst te tonen."""
RAND = re.compile(r"^( *)(=+)( +=+)+ *$")
WORTEL = "passend_toewijzen"


def _volledig(doel: str, obj: griffe.Object) -> str:
    """Het volledige pad van een naam uit een rol, gezien vanuit de docstring van ``obj``."""
    if doel == WORTEL or doel.startswith(WORTEL + "."):
        return doel
    eerste = doel.split(".", 1)[0]
    plek: griffe.Object | None = obj if obj.is_class or obj.is_module else obj.parent
    while plek is not None:
        if eerste in plek.members:
            return f"{plek.path}.{doel}"
        plek = plek.parent
    return doel


def rollen(tekst: str, obj: griffe.Object) -> str:
    """Vervang elke Sphinx-rol door een kruisverwijzing die mkdocs-autorefs oplost."""

    def vervang(m: re.Match[str]) -> str:
        soort, kort, tekst, haakjes, expliciet = m.groups()
        doel = expliciet or "".join(tekst.split())
        volledig = _volledig(doel, obj)
        if expliciet:  # :attr:`Invoer.kolommen <passend_toewijzen.invoer.lezen.Invoer.kolommen>`
            getoond = " ".join(tekst.split())
        else:
            getoond = doel.rsplit(".", 1)[-1] if kort else doel
            if soort in ("func", "meth") or haakjes:
                getoond += "()"
        return f'<autoref identifier="{volledig}" optional><code>{getoond}</code></autoref>'

    return ROL.sub(vervang, tekst)


def _kolommen(rand: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"=+", rand)]


def _rij(regel: str, kolommen: list[tuple[int, int]]) -> list[str]:
    cellen = []
    for i, (begin, _eind) in enumerate(kolommen):
        eind = kolommen[i + 1][0] if i + 1 < len(kolommen) else len(regel)
        cellen.append(regel[begin:eind].strip().replace("|", "\\|"))
    return cellen


def tabellen(tekst: str) -> str:
    """Zet eenvoudige RST-tabellen (rand, kop, rand, rijen, rand) om naar Markdown-tabellen."""
    regels = tekst.split("\n")
    uit: list[str] = []
    i = 0
    while i < len(regels):
        if not RAND.match(regels[i]):
            uit.append(regels[i])
            i += 1
            continue
        randen = [j for j in range(i, len(regels)) if RAND.match(regels[j])][:3]
        if len(randen) < 3:  # geen volledige tabel: laten staan
            uit.append(regels[i])
            i += 1
            continue
        kolommen = _kolommen(regels[i])
        kop = [_rij(r, kolommen) for r in regels[randen[0] + 1 : randen[1]]]
        rijen: list[list[str]] = []
        for r in regels[randen[1] + 1 : randen[2]]:
            if not r.strip():
                continue
            if rijen and not r[: kolommen[0][1]].strip():  # vervolgregel van de vorige rij
                for k, extra in enumerate(_rij(r, kolommen)):
                    rijen[-1][k] = f"{rijen[-1][k]} {extra}".strip()
                continue
            delen = re.split(r"\s{2,}", r.strip())  # robuust als een cel buiten haar kolom loopt
            if len(delen) == len(kolommen):
                rijen.append([d.replace("|", "\\|") for d in delen])
            else:
                rijen.append(_rij(r, kolommen))
        koptekst = [" ".join(c for c in kolom if c) for kolom in zip(*kop, strict=True)]
        uit.append("")
        uit.append("| " + " | ".join(koptekst) + " |")
        uit.append("|" + "---|" * len(kolommen))
        uit.extend("| " + " | ".join(r) + " |" for r in rijen)
        uit.append("")
        i = randen[2] + 1
    return "\n".join(uit)


def _taal(blok: list[str]) -> str:
    tekst = "\n".join(blok)
    if re.search(r"^\s*(passend-toewijzen|pip|python3? -m|\$) ", tekst, re.M):
        return "bash"
    if re.search(r"^\s*\[[\w.\"-]+\]\s*$", tekst, re.M) and "import" not in tekst:
        return "toml"
    if tekst.lstrip().startswith(("{", "[")):
        return "json"
    return "python"


def codeblokken(tekst: str) -> str:
    """Zet RST-codeblokken (een alinea die op ``::`` eindigt) om naar afgebakende codeblokken."""
    regels = tekst.split("\n")
    uit: list[str] = []
    i = 0
    while i < len(regels):
        regel = regels[i]
        if not regel.rstrip().endswith("::"):
            uit.append(regel)
            i += 1
            continue
        inleiding = regel.rstrip()[:-2].rstrip()
        if inleiding.strip():
            uit.append(inleiding + ":")
        insprong = len(regel) - len(regel.lstrip())
        j = i + 1
        while j < len(regels) and not regels[j].strip():
            j += 1
        blok: list[str] = []
        while j < len(regels) and (
            not regels[j].strip() or len(regels[j]) - len(regels[j].lstrip()) > insprong
        ):
            blok.append(regels[j])
            j += 1
        while blok and not blok[-1].strip():
            blok.pop()
        if not blok:
            uit.append(regel)
            i += 1
            continue
        marge = min(len(r) - len(r.lstrip()) for r in blok if r.strip())
        code = [r[marge:] for r in blok]
        uit.extend(["", " " * insprong + "```" + _taal(code)])
        uit.extend((" " * insprong + r).rstrip() for r in code)
        uit.extend([" " * insprong + "```", ""])
        i = j
    return "\n".join(uit)


def omzetten(tekst: str, obj: griffe.Object) -> str:
    """Eén docstring van RST-opmaak naar Markdown (tabellen, codeblokken, rollen)."""
    return rollen(codeblokken(tabellen(tekst)), obj)


BEGRIPPEN = Path(__file__).resolve().parents[1] / "begrippen.md"
BEGRIPPENPAGINA = "../begrippen.md"
"""De begrippenlijst, gezien vanaf ``referentie/api.md`` (mkdocs zet de link om)."""


@cache
def begrippen() -> tuple[dict[str, str], dict[str, str]]:
    """Uit ``docs/begrippen.md``: woorden van een begrip -> begrip, en ``Klasse.veld`` -> begrip."""
    namen: dict[str, str] = {}
    velden: dict[str, str] = {}
    regels = BEGRIPPEN.read_text(encoding="utf-8").split("\n")
    huidig: str | None = None
    for i, regel in enumerate(regels):
        volgende = regels[i + 1] if i + 1 < len(regels) else ""
        if regel and not regel[0].isspace() and volgende.startswith(":   "):
            huidig = regel.strip()
            if "(van " in huidig:  # "status (van een waarde)": alleen via Klasse.veld
                continue
            for naam in re.split(r",| en ", re.sub(r"\(.*?\)", "", huidig)):
                if naam.strip():
                    namen.setdefault(naam.strip().lower(), huidig)
            continue
        if huidig and regel.startswith((":   ", "    ")):
            for klasse, veld in re.findall(r"`([A-Z]\w+)\.(\w+)`", regel):
                velden.setdefault(f"{klasse}.{veld}", huidig)
        elif regel and not regel[0].isspace():
            huidig = None
    return namen, velden


def begrip(klasse: str, veld: str) -> str:
    """Het begrip bij een veld, als link naar de begrippenlijst, of een streepje."""
    namen, velden = begrippen()
    gevonden = velden.get(f"{klasse}.{veld}") or namen.get(veld.replace("_", " ").lower())
    return f"[{gevonden}]({BEGRIPPENPAGINA})" if gevonden else "—"


def _cel(tekst: str) -> str:
    return " ".join(tekst.split()).replace("|", "\\|")


def _zonder_annotated(soort: str) -> str:
    """``Annotated[Decimal, ...]`` wordt ``Decimal``: de tabel toont het type, niet de controles."""
    while (begin := soort.find("Annotated[")) >= 0:
        diepte, eerste_komma, eind = 0, -1, -1
        for i in range(begin + len("Annotated["), len(soort)):
            teken = soort[i]
            if teken in "[(":
                diepte += 1
            elif teken in "])":
                if diepte == 0:
                    eind = i
                    break
                diepte -= 1
            elif teken == "," and diepte == 0 and eerste_komma < 0:
                eerste_komma = i
        if eind < 0:
            break
        binnen = soort[begin + len("Annotated[") : eerste_komma if eerste_komma >= 0 else eind]
        soort = soort[:begin] + binnen.strip() + soort[eind + 1 :]
    soort = " ".join(soort.split())
    return soort[1:-1] if soort.startswith("(") and soort.endswith(")") else soort


def _naam(naam: str) -> str:
    """Een veldnaam als code die alleen na een underscore mag afbreken."""
    return "<code>" + naam.replace("_", "_<wbr>") + "</code>"


def _type(soort: str) -> str:
    """Een type als code in een tabelcel (een ``|`` als HTML-teken, zonder zichtbare escape)."""
    if not soort:
        return "—"
    tekst = soort.replace("&", "&amp;").replace("<", "&lt;").replace("|", "&#124;")
    for teken in ("&#124; ", "[", ", "):  # afbreken mag alleen tussen de delen van een type
        tekst = tekst.replace(teken, teken + "<wbr>")
    tekst = tekst.replace("_", "_<wbr>")
    return f"<code>{tekst}</code>"


def _veldinfo(cls: type) -> list[tuple[str, bool, str]] | None:
    """Per veld: naam, verplicht, omschrijving uit het model (of ``None``: geen model)."""
    if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
        eigenschappen = cls.model_json_schema().get("properties", {})
        return [
            (naam, veld.is_required(), eigenschappen.get(naam, {}).get("description", ""))
            for naam, veld in cls.model_fields.items()
        ]
    if attrs.has(cls):
        return [(a.name, a.default is attrs.NOTHING, "") for a in attrs.fields(cls)]
    if dataclasses.is_dataclass(cls):
        return [
            (
                v.name,
                v.default is dataclasses.MISSING and v.default_factory is dataclasses.MISSING,
                "",
            )
            for v in dataclasses.fields(cls)
            if v.init
        ]
    if isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields"):
        standaard = getattr(cls, "_field_defaults", {})
        return [(naam, naam not in standaard, "") for naam in cls._fields]
    return None


def _zin_over(naam: str, docstring: str) -> str:
    """De eerste zin van de docstring van de klasse die het veld als ````naam```` noemt."""
    tekst = " ".join(docstring.split())
    for zin in re.split(r"(?<=[.;])\s+(?=[A-Z`(])", tekst):
        if f"``{naam}``" in zin:
            return zin
    return ""


def veldentabel(obj: griffe.Class) -> str | None:
    """De veldentabel van een model als Markdown, of ``None`` als de klasse geen model is."""
    module = importlib.import_module(obj.module.path)
    cls = getattr(module, obj.name, None)
    if cls is None:
        return None
    info = _veldinfo(cls)
    if not info:
        return None
    regels = [
        "**Velden**",
        "",
        "| Veld | Type | Verplicht | Betekenis | Wettelijk begrip |",
        "|---|---|---|---|---|",
    ]
    for naam, verplicht, omschrijving in info:
        lid = obj.members.get(naam)
        annotatie = getattr(lid, "annotation", None)
        soort = "" if annotatie is None else _zonder_annotated(str(annotatie))
        betekenis = omschrijving
        if not betekenis and lid is not None and lid.docstring is not None:
            betekenis = lid.docstring.value
        if not betekenis and obj.docstring is not None:
            betekenis = _zin_over(naam, obj.docstring.value)
        regels.append(
            f"| {_naam(naam)} | {_type(soort)} | {'ja' if verplicht else 'nee'} | "
            f"{_cel(betekenis) or '—'} | {begrip(obj.name, naam)} |"
        )
    return "\n".join(regels)


class Docstringstijl(griffe.Extension):
    """Zet na het laden van het pakket elke docstring om en verbergt interne parameters."""

    def on_package(self, *, pkg: griffe.Module, **_: Any) -> None:
        if pkg.name != WORTEL:
            return
        gezien: set[int] = set()
        self._loop(pkg, gezien)

    def _loop(self, obj: griffe.Object, gezien: set[int]) -> None:
        if id(obj) in gezien:
            return
        gezien.add(id(obj))
        if obj.docstring is not None:
            obj.docstring.value = omzetten(obj.docstring.value, obj)
            if rest := RUWE_ROL.search(obj.docstring.value):
                msg = f"{obj.path}: Sphinx-rol niet omgezet: {rest.group(0)}"
                raise ValueError(msg)
        if isinstance(obj, griffe.Function):
            for parameter in list(obj.parameters):
                if parameter.name.startswith("_"):
                    del obj.parameters[parameter.name]
        for lid in obj.members.values():
            if not lid.is_alias and isinstance(lid, griffe.Object):
                self._loop(lid, gezien)
        if isinstance(obj, griffe.Class) and not obj.name.startswith("_"):
            tabel = veldentabel(obj)
            if tabel:
                tekst = obj.docstring.value if obj.docstring is not None else ""
                obj.docstring = griffe.Docstring(f"{tekst}\n\n{tabel}", parent=obj)
