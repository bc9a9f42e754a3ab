"""Het verslag als zelfstandige HTML-pagina met grafieken, in het Nederlands.

De pagina is offline te openen en af te drukken: er wordt niets van buiten geladen, de opmaak staat
in de pagina en de grafieken zijn inline SVG (getekend met matplotlib; labels blijven tekst).
Dezelfde :class:`~passend_toewijzen.verantwoording.verslag.Verslag` geeft byte voor byte dezelfde
HTML. De kerncijfers dragen ``data-veld`` (het pad in het JSON-verslag, zoals
``passendheid.aandeel`` of ``daeb.toetsen.0.teller``) en ``data-waarde`` (de JSON-waarde daar),
zodat een test de getoonde cijfers met het JSON-verslag kan vergelijken.

De module verandert niets aan de globale toestand van matplotlib: de instellingen gelden alleen
binnen ``rc_context`` en de figuren worden zonder ``pyplot`` gemaakt.
"""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import matplotlib as mpl
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen._verslag_html import RC_VERSLAG, Grafiek
from passend_toewijzen._verslag_html import label as _label
from passend_toewijzen._verslag_html import svg as _svg
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.verantwoording.uitvoer import teksten as t
from passend_toewijzen.verantwoording.uitvoer.opmaak import aantal, procent, uitkomst
from passend_toewijzen.verantwoording.verslag import (
    IN_REIKWIJDTE,
    Gemeentecijfers,
    Normtoets,
    Verslag,
    reden_van,
)

__all__ = ["als_html"]

MAX_GEMEENTEN_GRAFIEK = 40
"""Zoveel gemeenten (die met de meeste toewijzingen) staan hoogstens in de grafiek per gemeente."""
_NAAMBREEDTE = 24
"""Langere gemeentenamen lopen in de grafiek door op een volgende regel (nooit afgekapt)."""

# Kleuren die ook bij kleurenblindheid te onderscheiden zijn (Okabe-Ito); de uitkomst staat
# daarnaast altijd als tekst of arcering in de grafiek.
_UITKOMSTKLEUR: dict[bool | None, str] = {True: "#009E73", False: "#D55E00", None: "#999999"}
_UITKOMSTARCERING: dict[bool | None, str] = {True: "", False: "//", None: ".."}
_SEGMENTKLEUR = {"doelgroep": "#0072B2", "middeninkomens": "#E69F00", "vrij": "#009E73"}
_PASSENDKLEUR = "#CC79A7"

_RC = RC_VERSLAG
_PERCENT = FuncFormatter(lambda x, _: f"{x:.0f}%")


# --- grafieken -----------------------------------------------------------------------------------


def _als_float(aandeel: Fraction | None) -> float:
    """Een aandeel als percentage om te tekenen (nooit om mee te rekenen)."""
    return 0.0 if aandeel is None else float(aandeel * 100)


def normtoetsen(verslag: Verslag) -> list[tuple[str, Normtoets]]:
    """De getoetste normen met een korte naam, in de volgorde van het verslag."""
    return [(t.toetsnaam(verslag, toets), toets) for toets in verslag.normtoetsen()]


def _as(waarden: list[float]) -> float:
    """Het begin van de procentas: zo dat het verschil met de norm zichtbaar is.

    Een as van 0 tot 100% laat 92,5% en 93% vrijwel even lang zijn; de as begint daarom een stap
    van 5% onder de laagste waarde (of norm) die getoond wordt, en bij 0 als die laag is.
    """
    laagste = min(waarden, default=0.0)
    begin = max(0.0, (laagste - 5.0) // 5.0 * 5.0)
    return 0.0 if begin < 40.0 else begin


def _procentas(assen: Any, begin: float, marge: float, label: str) -> None:
    """De procentas van ``begin`` tot 100%, met ruimte rechts voor de waarden."""
    assen.set_xlim(begin, 100.0 + marge)
    stap = 20 if begin == 0 else 5 if 100 - begin <= 30 else 10
    assen.set_xticks(list(range(int(begin), 101, stap)))
    assen.spines["bottom"].set_bounds(begin, 100.0)
    assen.xaxis.set_major_formatter(_PERCENT)
    assen.set_xlabel(label if begin == 0 else f"{label} (de as begint bij {begin:.0f}%)")


def _grafiek_normen(verslag: Verslag) -> Grafiek:
    toetsen = normtoetsen(verslag)
    begin = _as(
        [_als_float(toets.aandeel) for _, toets in toetsen if toets.aandeel is not None]
        + [_als_float(toets.norm) for _, toets in toetsen]
    )
    eind = 100.0
    marge = (eind - begin) * 0.2
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 1.3 + 0.7 * len(toetsen)), layout="constrained")
        assen = figuur.add_subplot()
        namen = []
        for rang, (naam, toets) in enumerate(toetsen):
            y = len(toetsen) - 1 - rang
            waarde = _als_float(toets.aandeel)
            assen.barh(
                y,
                max(waarde - begin, 0.0),
                left=begin,
                height=0.6,
                color=_UITKOMSTKLEUR[toets.voldoet],
                hatch=_UITKOMSTARCERING[toets.voldoet],
            )
            assen.vlines(_als_float(toets.norm), y - 0.42, y + 0.42, colors="#000000", lw=2.5)
            tekst = f"{procent(toets.aandeel)}\n{uitkomst(toets.voldoet)}"
            assen.text(eind + marge * 0.08, y, tekst, ha="left", va="center", fontsize=9)
            namen.append((y, _label(f"{naam}\nnorm {procent(toets.norm)}")))
        assen.set_yticks([y for y, _ in namen], [n for _, n in namen])
        _procentas(assen, begin, marge, "gerealiseerd aandeel van de toewijzingen in de norm")
        assen.set_ylim(-0.6, len(toetsen) - 0.4)
        figuur.legend(
            handles=[
                Patch(facecolor=_UITKOMSTKLEUR[True], label="voldoet"),
                Patch(facecolor=_UITKOMSTKLEUR[False], hatch="//", label="voldoet niet"),
                Patch(facecolor=_UITKOMSTKLEUR[None], hatch="..", label="niet vast te stellen"),
                Line2D([], [], color="#000000", lw=2.5, label="norm"),
            ],
            loc="outside lower center",
            ncols=4,
            frameon=False,
        )
        beschrijving = "Gerealiseerd aandeel tegen de norm: " + "; ".join(
            f"{naam}: {procent(toets.aandeel)} bij een norm van {procent(toets.norm)}, "
            f"{uitkomst(toets.voldoet)}"
            for naam, toets in toetsen
        )
        svg = _svg(figuur, "grafiek-normen", beschrijving)
    onderschrift = (
        "Gerealiseerd aandeel per norm (balk) tegen de norm (zwarte streep). Het aandeel is "
        "naar beneden afgerond; de uitkomst is exact bepaald."
    )
    if begin:
        onderschrift += (
            f" De as begint bij {begin:.0f}%, zodat het verschil met de norm te zien is."
        )
    return Grafiek("normen", svg, onderschrift)


def _grafiek_huurklassen(verslag: Verslag) -> Grafiek:
    klassen = list(Huurklasse)
    segmenten = [s.value for s in IN_REIKWIJDTE]
    breedte = 0.8 / len(segmenten)
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 4), layout="constrained")
        assen = figuur.add_subplot()
        hoogste = 0
        for i, segment in enumerate(segmenten):
            aantallen = [verslag.huurklassen[segment][k.value] for k in klassen]
            hoogste = max(hoogste, *aantallen)
            balken = assen.bar(
                [x + (i - (len(segmenten) - 1) / 2) * breedte for x in range(len(klassen))],
                aantallen,
                width=breedte,
                color=_SEGMENTKLEUR[segment],
                label=t.SEGMENTEN[segment],
            )
            assen.bar_label(balken, labels=[aantal(n) for n in aantallen], fontsize=8, padding=2)
        assen.set_xticks(
            range(len(klassen)), [k.value.replace("_", "\n", 1).replace("_", " ") for k in klassen]
        )
        assen.set_ylim(0, max(hoogste, 1) * 1.15)
        assen.set_ylabel("toewijzingen")
        assen.legend(frameon=False, title="inkomensgroep")
        beschrijving = "Toewijzingen per huurklasse en inkomensgroep: " + "; ".join(
            f"{t.SEGMENTEN[s]}: "
            + ", ".join(
                f"{k.value.replace('_', ' ')} {aantal(verslag.huurklassen[s][k.value])}"
                for k in klassen
            )
            for s in segmenten
        )
        svg = _svg(figuur, "grafiek-huurklassen", beschrijving)
    return Grafiek(
        "huurklassen",
        svg,
        f"Toewijzingen in {verslag.jaar} per huurklasse (kale huur) en inkomensgroep "
        "(toewijzingssegment).",
    )


def _gemeenten_in_grafiek(verslag: Verslag) -> list[Gemeentecijfers]:
    grootste = sorted(verslag.gemeenten, key=lambda g: (-g.toewijzingen, g.gemeente))
    return sorted(grootste[:MAX_GEMEENTEN_GRAFIEK], key=lambda g: g.gemeente)


def _regels(naam: str) -> str:
    """Een lange gemeentenaam over meer regels (op spaties en streepjes; nooit afgekapt)."""
    return "\n".join(textwrap.wrap(naam, _NAAMBREEDTE, break_long_words=False)) or naam


def _grafiek_gemeenten(verslag: Verslag) -> Grafiek | None:
    gemeenten = _gemeenten_in_grafiek(verslag)
    if not gemeenten:
        return None
    passend = verslag.passend_toets is not None
    hoogte = 0.8 / (2 if passend else 1)
    waarden = [_als_float(_doelgroep(g)) for g in gemeenten if g.daeb_noemer]
    waarden += [_als_float(g.daeb_norm) for g in gemeenten if g.daeb_norm is not None]
    if passend:
        waarden += [_als_float(_passend(g)) for g in gemeenten if g.passend_noemer]
        waarden.append(_als_float(verslag.passend_toets.norm))  # type: ignore[union-attr]
    begin = _as(waarden)
    eind = 100.0
    marge = (eind - begin) * 0.16
    regels_per_naam = [_regels(g.gemeente).count("\n") + 1 for g in gemeenten]
    with mpl.rc_context(_RC):
        figuur = Figure(
            figsize=(8, 1.6 + sum(max(0.55, 0.3 * n) for n in regels_per_naam)),
            layout="constrained",
        )
        assen = figuur.add_subplot()
        namen = []
        for rang, g in enumerate(gemeenten):
            y = len(gemeenten) - 1 - rang
            doelgroep = _doelgroep(g)
            yd = y + hoogte / 2 if passend else y
            breedte = max(_als_float(doelgroep) - begin, 0.0)
            assen.barh(yd, breedte, left=begin, height=hoogte, color=_SEGMENTKLEUR["doelgroep"])
            # De waarden staan in een eigen kolom rechts van 100%: nooit over een normlijn.
            assen.text(eind + marge * 0.08, yd, procent(doelgroep), va="center", fontsize=8)
            if g.daeb_norm is not None:
                norm = _als_float(g.daeb_norm)
                assen.vlines(norm, yd - hoogte / 2, yd + hoogte / 2, colors="#000000", lw=2)
            if passend:
                aandeel = _passend(g)
                yp = y - hoogte / 2
                breedte = max(_als_float(aandeel) - begin, 0.0)
                assen.barh(yp, breedte, left=begin, height=hoogte, color=_PASSENDKLEUR)
                assen.text(eind + marge * 0.08, yp, procent(aandeel), va="center", fontsize=8)
            namen.append((y, _label(_regels(g.gemeente))))
        if verslag.passend_toets is not None:
            assen.axvline(_als_float(verslag.passend_toets.norm), color="#000000", ls="--", lw=1)
        assen.set_yticks([y for y, _ in namen], [n for _, n in namen])
        _procentas(assen, begin, marge, "aandeel van de toewijzingen")
        assen.set_ylim(-0.6, len(gemeenten) - 0.4)
        handvatten = [
            Patch(facecolor=_SEGMENTKLEUR["doelgroep"], label="aandeel doelgroep (DAEB)"),
            Line2D([], [], color="#000000", lw=2, label="DAEB-norm van de gemeente"),
        ]
        if passend:
            handvatten += [
                Patch(facecolor=_PASSENDKLEUR, label="aandeel passend"),
                Line2D([], [], color="#000000", ls="--", lw=1, label="passendheidsnorm"),
            ]
        figuur.legend(handles=handvatten, loc="outside lower center", ncols=2, frameon=False)
        beschrijving = "Per gemeente: " + "; ".join(
            f"{g.gemeente}: doelgroep {procent(_doelgroep(g))}"
            + (f", passend {procent(_passend(g))}" if passend else "")
            for g in gemeenten
        )
        svg = _svg(figuur, "grafiek-gemeenten", beschrijving)
    onderschrift = (
        "Aandeel doelgroep" + (" en aandeel passend" if passend else "") + " per gemeente"
    )
    if len(gemeenten) < len(verslag.gemeenten):
        onderschrift += f" (de {len(gemeenten)} gemeenten met de meeste toewijzingen)"
    onderschrift += (
        ". De normen gelden voor de corporatie als geheel; per gemeente is het een indicatie."
    )
    if begin:
        onderschrift += (
            f" De as begint bij {begin:.0f}%, zodat het verschil met de norm te zien is."
        )
    return Grafiek("gemeenten", svg, onderschrift)


def _doelgroep(g: Gemeentecijfers) -> Fraction | None:
    return Fraction(g.segmenten["doelgroep"], g.daeb_noemer) if g.daeb_noemer else None


def _passend(g: Gemeentecijfers) -> Fraction | None:
    return Fraction(g.passend_teller, g.passend_noemer) if g.passend_noemer else None


# --- pagina --------------------------------------------------------------------------------------


def _bedrag(bedrag: Decimal | None) -> str:
    """``Decimal("1234.5")`` → ``"€ 1.234,50"`` (met een vaste spatie); ``None`` → ``"-"``."""
    if bedrag is None:
        return "-"
    tekst = f"{bedrag:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"€\u00a0{tekst}"


def _pad(document: dict[str, Any], pad: str) -> Any:
    waarde: Any = document
    for deel in pad.split("."):
        waarde = waarde[int(deel)] if isinstance(waarde, list) else waarde[deel]
    return waarde


def _uitkomstklasse(voldoet: bool | None) -> str:
    return {True: "voldoet", False: "voldoet-niet", None: "onbepaald"}[voldoet]


def _bannerklasse(verslag: Verslag) -> str:
    """Groen alleen als het verslag volledig is én voldoet; onvolledig is nooit groen."""
    if verslag.voldoet is False:
        return "voldoet-niet"
    if not verslag.volledig or verslag.voldoet is None:
        return "onvolledig" if verslag.voldoet else "onbepaald"
    return "voldoet"


@cache
def _omgeving() -> Environment:
    omgeving = Environment(
        loader=PackageLoader("passend_toewijzen.verantwoording.uitvoer", "sjablonen"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    omgeving.filters.update(
        procent=procent,
        aantal=aantal,
        uitkomst=uitkomst,
        bedrag=_bedrag,
        uitkomstklasse=_uitkomstklasse,
        datum=t.datum_lang,
        vast=lambda tekst: Markup(escape(tekst).replace(" ", "\u00a0")),  # noqa: S704
    )
    return omgeving


@eigen_context
def als_html(verslag: Verslag) -> str:
    """Het verslag als zelfstandige HTML-pagina (UTF-8-tekst) met inline grafieken."""
    document = verslag.als_dict()

    def waarde(pad: str) -> str:
        """De JSON-waarde op ``pad`` in het verslag, voor ``data-waarde``."""
        return json.dumps(_pad(document, pad), ensure_ascii=False)

    grafieken = [
        _grafiek_normen(verslag),
        _grafiek_huurklassen(verslag),
        _grafiek_gemeenten(verslag),
    ]
    return (
        _omgeving()
        .get_template("verslag.html.j2")
        .render(
            v=verslag,
            d=document,
            t=t,
            waarde=waarde,
            reden=reden_van,
            banner=_bannerklasse(verslag),
            secties={s.anker: s.titel for s in t.SECTIES},
            grafiek={g.sleutel: g for g in grafieken if g is not None},
            normtoetsen=normtoetsen(verslag),
            banden=t.BANDEN,
            huurklassen=[k.value for k in Huurklasse],
            gemeenten=[(i, g, _doelgroep(g), _passend(g)) for i, g in enumerate(verslag.gemeenten)],
        )
    )
