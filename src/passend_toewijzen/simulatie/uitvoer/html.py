"""Het document van het beleidslab als zelfstandige HTML-pagina met grafieken, in het Nederlands.

De pagina is offline te openen en af te drukken: er wordt niets van buiten geladen, de opmaak staat
in de pagina en de grafieken zijn inline SVG, getekend met matplotlib (labels blijven tekst, het
lettertype is DejaVu Sans dat matplotlib meelevert). Hetzelfde document geeft byte voor byte
dezelfde pagina. De tabellen zijn die van de Markdown (:func:`.markdown.secties`); de grafieken:

* slaagkans en zoekduur per doelgroep, per scenario, met het 90%-interval als foutbalk;
* verdringing: per huurklasse de verdeling van de verhuringen over de inkomensgroepen, per
  scenario (gestapelde balken van de gemiddelden).

De module verandert niets aan de globale toestand van matplotlib (``rc_context``, geen
``pyplot``).
"""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
from markupsafe import Markup, escape
from matplotlib.figure import Figure
from matplotlib.typing import RcKeyType

from passend_toewijzen._verslag_html import getal as _getal
from passend_toewijzen._verslag_html import label as _label
from passend_toewijzen._verslag_html import svg as _svg
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.simulatie.meten import INKOMENSGROEPEN
from passend_toewijzen.simulatie.uitvoer.markdown import (
    DOELGROEPNAMEN,
    INKOMENSGROEPNAMEN,
    doelgroepen,
    inleiding,
    secties,
)

__all__ = ["als_html", "grafieken"]

_KLEUREN = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
"""Okabe-Ito: ook bij kleurenblindheid te onderscheiden."""
_RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "passend-toewijzen-simulatie",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _per_doelgroep(
    document: dict[str, Any], cijfer: str, schaal: float, aslabel: str, sleutel: str
) -> Markup:
    groepen = doelgroepen(document)
    scenarios = document["scenarios"]
    hoogte = 0.8 / max(len(scenarios), 1)
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 0.9 + 0.45 * len(groepen) * max(len(scenarios), 2) / 2))
        figuur.set_layout_engine("constrained")
        assen = figuur.add_subplot()
        delen: list[str] = []
        for i, s in enumerate(scenarios):
            xs: list[float] = []
            fout: list[list[float]] = [[], []]
            ys: list[float] = []
            for j, d in enumerate(groepen):
                c = s["cijfers"].get(f"{cijfer}.{d}")
                y = len(groepen) - 1 - j + 0.4 - hoogte * (i + 0.5)
                gem = _getal(None if c is None else c["gemiddelde"]) * schaal
                onder = _getal(None if c is None else c["onder"]) * schaal
                boven = _getal(None if c is None else c["boven"]) * schaal
                xs.append(gem)
                ys.append(y)
                fout[0].append(max(gem - onder, 0.0))
                fout[1].append(max(boven - gem, 0.0))
                if c is not None:
                    delen.append(f"{s['naam']}, {DOELGROEPNAMEN[d]}: {gem:.1f}")
            assen.barh(
                ys,
                xs,
                height=hoogte * 0.9,
                color=_KLEUREN[i % len(_KLEUREN)],
                label=_label(s["naam"]),
                xerr=fout,
                error_kw={"ecolor": "#333333", "capsize": 2, "lw": 0.8},
            )
        assen.set_yticks(
            [len(groepen) - 1 - j for j in range(len(groepen))],
            [_label(DOELGROEPNAMEN[d]) for d in groepen],
        )
        assen.set_xlabel(aslabel)
        assen.set_xlim(left=0)
        figuur.legend(loc="outside lower center", ncols=min(len(scenarios), 4), frameon=False)
        return _svg(figuur, sleutel, f"{aslabel}: " + "; ".join(delen))


def _verdringing(document: dict[str, Any]) -> Markup | None:
    klassen = [
        hk
        for hk in Huurklasse
        if any(
            (s["cijfers"].get(f"verhuringen_in.{hk.value}") or {}).get("gemiddelde")
            not in (None, "0.0000")
            for s in document["scenarios"]
        )
    ]
    if not klassen:
        return None
    scenarios = document["scenarios"]
    rijen = [(hk, s) for hk in klassen for s in scenarios]
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 1.2 + 0.32 * len(rijen)))
        figuur.set_layout_engine("constrained")
        assen = figuur.add_subplot()
        links = [0.0] * len(rijen)
        ys = [len(rijen) - 1 - i for i in range(len(rijen))]
        delen: list[str] = []
        for k, groep in enumerate(INKOMENSGROEPEN):
            breedtes = []
            for hk, s in rijen:
                c = s["cijfers"].get(f"verdringing.{hk.value}.{groep}")
                breedtes.append(_getal(None if c is None else c["gemiddelde"]) * 100)
            assen.barh(
                ys,
                breedtes,
                left=links,
                height=0.75,
                color=_KLEUREN[k % len(_KLEUREN)],
                label=_label(INKOMENSGROEPNAMEN[groep]),
            )
            delen += [
                f"{hk.value}, {s['naam']}, {INKOMENSGROEPNAMEN[groep]}: {b:.0f}%"
                for (hk, s), b in zip(rijen, breedtes, strict=True)
                if b
            ]
            links = [a + b for a, b in zip(links, breedtes, strict=True)]
        assen.set_yticks(
            ys, [_label(f"{hk.value.replace('_', ' ')} · {s['naam']}") for hk, s in rijen]
        )
        assen.set_xlim(0, 100)
        assen.set_xlabel("% van de verhuringen in de huurklasse (gemiddelde over de herhalingen)")
        figuur.legend(loc="outside lower center", ncols=2, frameon=False)
        return _svg(
            figuur, "grafiek-verdringing", "Verdeling over de inkomensgroepen: " + "; ".join(delen)
        )


def grafieken(document: dict[str, Any]) -> dict[str, tuple[Markup, str]]:
    """De grafieken met hun onderschrift, op het anker van de sectie waar zij bij horen."""
    uit = {
        "slaagkans": (
            _per_doelgroep(document, "slaagkans", 100, "slaagkans (%)", "grafiek-slaagkans"),
            "Slaagkans per doelgroep: gemiddelde over de herhalingen (balk) met het "
            "90%-interval (streep).",
        ),
        "zoekduur": (
            _per_doelgroep(
                document, "zoekduur", 1, "mediane zoekduur (maanden)", "grafiek-zoekduur"
            ),
            "Mediane zoekduur bij toewijzing per doelgroep, met het 90%-interval.",
        ),
    }
    verdringing = _verdringing(document)
    if verdringing is not None:
        uit["verdringing"] = (
            verdringing,
            "Per huurklasse en scenario: hoe de verhuringen over de inkomensgroepen zijn "
            "verdeeld. Een groep die in een scenario kleiner wordt, wordt daar verdrongen.",
        )
    return uit


_CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2rem auto; max-width: 62rem;
  color: #1a1a1a; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; text-align: left;
  vertical-align: top; }
th { background: #f0f0f0; }
td:not(:first-child) { white-space: nowrap; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figcaption { font-size: 0.85rem; color: #444; }
.aannames li { margin-bottom: 0.3rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #555; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
  figure, table { break-inside: avoid; } }
"""


def als_html(document: dict[str, Any]) -> str:
    """Het document als zelfstandige HTML-pagina (UTF-8-tekst) met inline grafieken."""
    titel, alineas = inleiding(document)
    figuren = grafieken(document)
    delen: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(titel)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(titel)}</h1>",
    ]
    delen += [f"<p>{escape(a)}</p>" for a in alineas]
    for sectie in secties(document):
        delen.append(
            f'<h{sectie.niveau} id="{sectie.anker}">{escape(sectie.titel)}</h{sectie.niveau}>'
        )
        delen += [f"<p>{escape(a)}</p>" for a in sectie.voor]
        if sectie.anker in figuren:
            svg, onderschrift = figuren[sectie.anker]
            delen.append(f"<figure>{svg}<figcaption>{escape(onderschrift)}</figcaption></figure>")
        if sectie.koppen:
            delen.append("<table>")
            delen.append(
                "<thead><tr>"
                + "".join(f"<th>{escape(k)}</th>" for k in sectie.koppen)
                + "</tr></thead>"
            )
            delen.append("<tbody>")
            for rij in sectie.rijen:
                delen.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in rij) + "</tr>")
            delen.append("</tbody></table>")
        delen += [f"<p>{escape(a)}</p>" for a in sectie.na]
    delen.append('<h2 id="aannames">Wat het model aanneemt</h2>')
    delen.append('<ul class="aannames">')
    delen += [f"<li>{escape(a)}</li>" for a in document["aannames"]]
    delen.append("</ul>")
    bewijs = document["ontvangstbewijs"]
    delen.append(
        f"<footer>Bibliotheek {escape(bewijs['bibliotheek'])}, parameterdata "
        f"{escape(bewijs['parameterdata'][:12])}.</footer>"
    )
    delen += ["</body>", "</html>", ""]
    return "\n".join(delen)
