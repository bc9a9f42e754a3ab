"""Het monitordocument als zelfstandige HTML-pagina met grafieken, geschikt voor een jaarverslag.

Niets wordt van buiten geladen: de opmaak staat in de pagina, de grafieken zijn inline SVG
(matplotlib, labels blijven tekst, lettertype DejaVu Sans dat matplotlib meelevert). Hetzelfde
document geeft byte voor byte dezelfde HTML. De kerncijfers dragen ``data-veld`` (het pad in het
JSON-document, zoals ``totaal.slaagkans`` of ``doelgroepen.2.zoekduur_maanden.mediaan``) en
``data-waarde`` (de JSON-waarde daar), zodat een test de getoonde cijfers met de JSON kan
vergelijken. De globale toestand van matplotlib blijft ongewijzigd (``rc_context``, geen
``pyplot``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import matplotlib as mpl
from jinja2 import Environment, PackageLoader, StrictUndefined
from matplotlib.figure import Figure
from matplotlib.typing import RcKeyType

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen._verslag_html import Grafiek
from passend_toewijzen._verslag_html import getal as _getal
from passend_toewijzen._verslag_html import label as _label
from passend_toewijzen._verslag_html import svg as _svg
from passend_toewijzen.monitor.uitvoer.markdown import signaaltekst
from passend_toewijzen.monitor.uitvoer.opmaak import (
    LEEG,
    aantal,
    json_tekst,
    maanden,
    procent,
    waarde,
)

__all__ = ["als_html"]

_RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "passend-toewijzen-monitor",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_BLAUW, _ORANJE, _GRIJS, _GROEN = "#0072B2", "#D55E00", "#999999", "#009E73"


def _zichtbaar(d: dict[str, Any]) -> list[dict[str, Any]]:
    return [g for g in d["doelgroepen"] if not g["klein"]]


def _staven(
    sleutel: str,
    namen: list[str],
    waarden: list[float],
    *,
    totaal: float | None,
    xlabel: str,
    beschrijving: str,
    onderschrift: str,
    doel: float | None = None,
    spreiding: list[tuple[float, float]] | None = None,
) -> Grafiek:
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(7.5, 0.45 * len(namen) + 1.2))
        assen = figuur.add_subplot()
        posities = list(range(len(namen)))[::-1]
        assen.barh(posities, waarden, color=_BLAUW, height=0.6)
        if spreiding is not None:
            for y, (laag, hoog) in zip(posities, spreiding, strict=True):
                assen.plot([laag, hoog], [y, y], color="#1b1b1b", linewidth=1.2)
        if totaal is not None:
            assen.axvline(totaal, color=_ORANJE, linestyle="--", linewidth=1.5, label="totaal")
        if doel is not None:
            assen.axvline(doel, color=_GROEN, linestyle=":", linewidth=1.5, label="doel")
        assen.set_yticks(posities, [_label(n) for n in namen])
        assen.set_xlabel(xlabel)
        if totaal is not None or doel is not None:
            # Boven de staven, zodat de legenda geen staaf of lijn bedekt.
            assen.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, frameon=False)
        figuur.tight_layout()
        return Grafiek(sleutel, _svg(figuur, sleutel, beschrijving), onderschrift)


def _grafiek_slaagkans(d: dict[str, Any]) -> Grafiek | None:
    groepen = [g for g in _zichtbaar(d) if g["slaagkans"] is not None]
    if not groepen or d["totaal"]["slaagkans"] is None:
        return None
    return _staven(
        "slaagkans",
        [g["omschrijving"] for g in groepen],
        [_getal(g["slaagkans"]) * 100 for g in groepen],
        totaal=_getal(d["totaal"]["slaagkans"]) * 100,
        xlabel="slaagkans (%)",
        beschrijving="Slaagkans per doelgroep: verhuringen per honderd actieve woningzoekenden",
        onderschrift="Slaagkans per doelgroep (verhuringen gedeeld door actieve "
        "woningzoekenden); de stippellijn is het totaal.",
    )


def _grafiek_zoekduur(d: dict[str, Any]) -> Grafiek | None:
    groepen = [g for g in _zichtbaar(d) if g["zoekduur_maanden"]["mediaan"] is not None]
    if not groepen:
        return None
    return _staven(
        "zoekduur",
        [g["omschrijving"] for g in groepen],
        [_getal(g["zoekduur_maanden"]["mediaan"]) for g in groepen],
        totaal=_getal(d["totaal"]["zoekduur_maanden"]["mediaan"]),
        doel=float(d["instellingen"]["zoekduur_doel_maanden"]),
        spreiding=[
            (_getal(g["zoekduur_maanden"]["p25"]), _getal(g["zoekduur_maanden"]["p75"]))
            for g in groepen
        ],
        xlabel="zoekduur (volle maanden)",
        beschrijving="Mediane zoekduur per doelgroep met het 25e tot 75e percentiel",
        onderschrift="Mediane zoekduur per doelgroep; de lijn loopt van het 25e tot het 75e "
        "percentiel. Stippellijnen: het totaal en het zoekduurdoel.",
    )


def _grafiek_trend(d: dict[str, Any]) -> Grafiek:
    kwartalen = d["trend"]
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(7.5, 3.2))
        assen = figuur.add_subplot()
        x = list(range(len(kwartalen)))
        assen.bar(x, [k["verhuringen"] for k in kwartalen], color=_GRIJS, label="verhuringen")
        assen.set_ylabel("verhuringen")
        assen.set_xticks(x, [k["kwartaal"] for k in kwartalen])
        rechts = assen.twinx()
        rechts.spines["right"].set_visible(True)
        punten = [
            (i, _getal(k["zoekduur_mediaan"]))
            for i, k in enumerate(kwartalen)
            if k["zoekduur_mediaan"] is not None
        ]
        if punten:
            rechts.plot(
                [p[0] for p in punten],
                [p[1] for p in punten],
                color=_BLAUW,
                marker="o",
                label="mediane zoekduur",
            )
        rechts.set_ylabel("mediane zoekduur (maanden)")
        rechts.set_ylim(bottom=0)
        figuur.legend(loc="upper center", ncols=2, frameon=False)
        figuur.tight_layout(rect=(0, 0, 1, 0.9))
        return Grafiek(
            "trend",
            _svg(figuur, "trend", "Verhuringen en mediane zoekduur per kwartaal"),
            "Verhuringen (staven) en mediane zoekduur (lijn) per kwartaal van de huuringang.",
        )


def _grafiek_wijken(d: dict[str, Any]) -> Grafiek | None:
    sp = d["spreiding"]
    groepen = sp["bijzondere_groepen"]
    wijken = sp["wijken"]
    if not groepen or not wijken:
        return None
    waarden = [[_getal(w["locatiequotient"][g]) for g in groepen] for w in wijken]
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(1.0 * len(groepen) + 3.0, 0.35 * len(wijken) + 1.5))
        assen = figuur.add_subplot()
        beeld = assen.imshow(waarden, cmap="PuOr_r", vmin=0, vmax=2, aspect="auto")
        assen.set_xticks(range(len(groepen)), groepen)
        assen.set_yticks(range(len(wijken)), [_label(w["wijk"]) for w in wijken])
        for i, rij in enumerate(wijken):
            for j, g in enumerate(groepen):
                lq = rij["locatiequotient"][g]
                # Witte tekst op de donkere uiteinden van de kleurschaal, anders zwart.
                donker = lq is not None and not 0.45 <= _getal(lq) <= 1.55
                assen.text(
                    j,
                    i,
                    LEEG if lq is None else waarde(lq),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="#ffffff" if donker else "#1b1b1b",
                )
        assen.spines[:].set_visible(False)
        figuur.colorbar(beeld, ax=assen, label="locatiequotiënt (1 = evenredig)")
        figuur.tight_layout()
        return Grafiek(
            "wijken",
            _svg(figuur, "wijken", "Locatiequotiënt per wijk en bijzondere groep"),
            "Locatiequotiënt per wijk en bijzondere groep: boven 1 krijgt de groep in de wijk "
            "naar verhouding meer verhuringen dan gemiddeld, onder 1 minder.",
        )


def _pad(document: Any, pad: str) -> Any:
    waarde_: Any = document
    for deel in pad.split("."):
        waarde_ = waarde_[int(deel)] if isinstance(waarde_, list) else waarde_[deel]
    return waarde_


@cache
def _omgeving() -> Environment:
    omgeving = Environment(
        loader=PackageLoader("passend_toewijzen.monitor.uitvoer", "sjablonen"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    omgeving.filters.update(procent=procent, maanden=maanden, aantal=aantal, waarde=waarde)
    return omgeving


@eigen_context
def als_html(document: dict[str, Any]) -> str:
    """Het monitordocument als zelfstandige HTML-pagina (UTF-8-tekst)."""

    def data(pad: str) -> str:
        return json_tekst(_pad(document, pad))

    grafieken = [
        _grafiek_slaagkans(document),
        _grafiek_zoekduur(document),
        _grafiek_trend(document),
        _grafiek_wijken(document),
    ]
    namen = {g["naam"]: g["omschrijving"] for g in document["doelgroepen"]}
    return (
        _omgeving()
        .get_template("monitor.html.j2")
        .render(
            d=document,
            data=data,
            grafiek={g.sleutel: g for g in grafieken if g is not None},
            signalen=[signaaltekst(s, namen)[2:] for s in document["signalen"]],
            namen=namen,
            leeg=LEEG,
        )
    )
