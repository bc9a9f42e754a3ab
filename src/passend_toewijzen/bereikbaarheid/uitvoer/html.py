"""Het bereikbaarheidsverslag als zelfstandige HTML-pagina met grafieken, voor een jaarverslag.

De pagina komt uit het JSON-document (niets wordt opnieuw berekend), is offline te openen en af te
drukken: er wordt niets van buiten geladen en de grafieken zijn inline SVG, getekend met matplotlib
(labels blijven tekst; het lettertype is DejaVu Sans, dat matplotlib zelf meebrengt). Drie
grafieken: de huurklassen bij mutatie per scenario (gestapeld), het bereikbare aandeel per
doelgroep naast het aandeel woningzoekenden, en het bereikbare aandeel per gemeente. Kerncijfers
dragen ``data-veld`` (het pad in het JSON-document, zoals ``scenarios.0.bereikbaar.
een_twee_personen.percentage``) en ``data-waarde``, zodat een test ze met het document kan
vergelijken. Dezelfde invoer geeft byte voor byte dezelfde pagina.

De globale toestand van matplotlib blijft ongewijzigd (``rc_context``, figuren zonder ``pyplot``).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import matplotlib as mpl
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen._verslag_html import RC_VERSLAG as _RC
from passend_toewijzen._verslag_html import Grafiek
from passend_toewijzen._verslag_html import svg as _svg
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import (
    DOELGROEPNAMEN,
    HUIDIG_LABEL,
    aanbod_vandaag,
    bedrag,
    getal,
    pct,
    reeksen,
)
from passend_toewijzen.bereikbaarheid.verslag import Bereikbaarheid
from passend_toewijzen.parameters.waarden import datum_lang

__all__ = ["als_html", "document_als_html"]

MAX_GEMEENTEN = 30
"""Zoveel gemeenten (die met de meeste woningen) staan hoogstens in de grafiek per gemeente."""

# Okabe-Ito, te onderscheiden bij kleurenblindheid; van goedkoop (donker) naar vrije sector.
_KLASSEKLEUR = {
    "goedkoop": "#0072B2",
    "betaalbaar_laag": "#56B4E9",
    "betaalbaar_hoog": "#009E73",
    "duur_tot_huurgrens": "#E69F00",
    "middenhuur": "#CC79A7",
    "vrije_sector": "#D55E00",
}
_SCENARIOKLEUREN = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
_ZOEKERKLEUR = "#555555"
_HUIDIGKLEUR = "#999999"
"""De huidige huur (vandaag, geen scenario): grijs met stippen, apart van de scenariokleuren."""
_HUIDIGARCERING = ".."
_PERCENT = FuncFormatter(lambda x, _: f"{x:.0f}%")


def _f(cijfer: dict[str, Any] | None) -> float:
    """Een aandeel als percentage om te tekenen (nooit om mee te rekenen)."""
    if cijfer is None or cijfer.get("aandeel_exact") is None:
        return 0.0
    teller, noemer = cijfer["aandeel_exact"].split("/")
    return 100.0 * int(teller) / int(noemer)


def _reeksen(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any], str, str | None]]:
    """Per reeks in de grafieken: opschrift, cijfers, kleur en arcering (de huidige huur eerst)."""
    uit: list[tuple[str, dict[str, Any], str, str | None]] = []
    for pad, naam, s in reeksen(doc):
        if pad == "huidige_huur":
            uit.append((naam, s, _HUIDIGKLEUR, _HUIDIGARCERING))
        else:
            j = int(pad.split(".")[1])
            uit.append((naam, s, _SCENARIOKLEUREN[j % len(_SCENARIOKLEUREN)], None))
    return uit


def _grafiek_huurklassen(doc: dict[str, Any]) -> Grafiek:
    scenarios = [s for _, _, s in reeksen(doc)]
    klassen = doc["huurklassen"]
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 1.4 + 0.55 * len(scenarios)), layout="constrained")
        assen = figuur.subplots()
        posities = list(range(len(scenarios)))[::-1]
        links = [0.0] * len(scenarios)
        for klasse in klassen:
            breedtes = [
                _f(next(d for d in s["huurklassen_detail"] if d["klasse"] == klasse["klasse"]))
                for s in scenarios
            ]
            balken = assen.barh(
                posities,
                breedtes,
                left=links,
                height=0.6,
                color=_KLASSEKLEUR.get(klasse["klasse"], "#999999"),
                label=klasse["omschrijving"],
            )
            if doc.get("huidige_huur") is not None:
                balken.patches[0].set_hatch(_HUIDIGARCERING)  # vandaag, geen scenario
            links = [a + b for a, b in zip(links, breedtes, strict=True)]
        assen.set_yticks(posities, [naam for _, naam, _ in reeksen(doc)])
        assen.set_xlim(0, 100)
        assen.xaxis.set_major_formatter(_PERCENT)
        assen.set_xlabel("aandeel van de woningen, huur bij mutatie (bovenaan: huidige huur)")
        figuur.legend(loc="outside lower center", ncols=2, frameon=False, fontsize=8)
    onderschrift = "Huurklassen bij mutatie per scenario (aandeel van de woningen)" + (
        f"; bovenaan de {HUIDIG_LABEL.lower()}, geen scenario."
        if doc.get("huidige_huur") is not None
        else "."
    )
    with mpl.rc_context(_RC):
        svg = _svg(figuur, "huurklassen", onderschrift)
    return Grafiek("huurklassen", svg, onderschrift)


def _doelgroepen(doc: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any] | None]]]:
    """Per doelgroep: de naam, de omschrijving en per reeks (huidige huur, scenario's) het
    bereikbare aandeel."""
    scenarios = [s for _, _, s in reeksen(doc)]
    vraag = doc["woningzoekenden"]
    if vraag is not None:
        vandaag = doc.get("huidige_huur") is not None
        uit = []
        for i, d in enumerate(vraag["doelgroepen"]):
            aanbod = [vg["doelgroepen"][i]["aanbod"] for vg in vraag["vergelijking"]]
            if vandaag:
                aanbod.insert(0, aanbod_vandaag(doc, d["doelgroep"]))
            if all(a is None for a in aanbod) and d["aantal"] == 0:
                continue
            uit.append((d["doelgroep"], d["omschrijving"], aanbod))
        return uit
    uit = [
        (naam, tekst, [s["bereikbaar"][naam] for s in scenarios])
        for naam, tekst in DOELGROEPNAMEN.items()
    ]
    if doc["tabel"] is not None:
        uit += [
            (g["groep"], g["omschrijving"], [s["tabel"][i]["bereikbaar"] for s in scenarios])
            for i, g in enumerate(doc["tabel"]["inkomensgroepen"])
        ]
    return uit


def _grafiek_doelgroepen(doc: dict[str, Any]) -> Grafiek:
    scenarios = _reeksen(doc)
    vraag = doc["woningzoekenden"]
    groepen = _doelgroepen(doc)
    zoekers = {d["doelgroep"]: d for d in vraag["doelgroepen"]} if vraag is not None else {}
    aantal = len(scenarios) + (1 if vraag is not None else 0)
    hoogte = 0.8 / aantal
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 1.6 + 0.28 * aantal * len(groepen)), layout="constrained")
        assen = figuur.subplots()
        basis = [float(len(groepen) - 1 - i) for i in range(len(groepen))]
        if vraag is not None:
            assen.barh(
                [b + 0.4 - hoogte / 2 for b in basis],
                [_f(zoekers.get(naam)) for naam, _, _ in groepen],
                height=hoogte,
                color=_ZOEKERKLEUR,
                hatch="//",
                label="aandeel van de woningzoekenden",
            )
        for j, (naam, _, kleur, arcering) in enumerate(scenarios):
            verschuiving = 0.4 - hoogte / 2 - hoogte * (j + (1 if vraag is not None else 0))
            assen.barh(
                [b + verschuiving for b in basis],
                [_f(aanbod[j]) for _, _, aanbod in groepen],
                height=hoogte,
                color=kleur,
                hatch=arcering,
                label=f"bereikbaar aanbod: {naam}",
            )
        assen.set_yticks(basis, [_regels(tekst) for _, tekst, _ in groepen])
        assen.set_xlim(0, 100)
        assen.xaxis.set_major_formatter(_PERCENT)
        figuur.legend(loc="outside lower center", ncols=1, frameon=False, fontsize=8)
    onderschrift = "Bereikbaar aanbod bij mutatie per doelgroep" + (
        ", naast het aandeel van de woningzoekenden." if vraag is not None else "."
    )
    with mpl.rc_context(_RC):
        svg = _svg(figuur, "doelgroepen", onderschrift)
    return Grafiek("doelgroepen", svg, onderschrift)


def _regels(tekst: str, breedte: int = 30) -> str:
    woorden = tekst.replace("$", r"\$").split()
    regels: list[str] = []
    for woord in woorden:
        if regels and len(regels[-1]) + 1 + len(woord) <= breedte:
            regels[-1] += " " + woord
        else:
            regels.append(woord)
    return "\n".join(regels)


def _grafiek_gemeenten(doc: dict[str, Any]) -> Grafiek | None:
    scenarios = _reeksen(doc)
    if not scenarios or len(scenarios[0][1]["gemeenten"]) < 2:
        return None
    gemeenten = sorted(scenarios[0][1]["gemeenten"], key=lambda g: (-g["woningen"], g["gemeente"]))
    namen = [g["gemeente"] for g in gemeenten[:MAX_GEMEENTEN]]
    hoogte = 0.8 / len(scenarios)
    with mpl.rc_context(_RC):
        figuur = Figure(figsize=(8, 1.6 + 0.3 * len(scenarios) * len(namen)), layout="constrained")
        assen = figuur.subplots()
        basis = [float(len(namen) - 1 - i) for i in range(len(namen))]
        for j, (naam, s, kleur, arcering) in enumerate(scenarios):
            per = {g["gemeente"]: g for g in s["gemeenten"]}
            assen.barh(
                [b + 0.4 - hoogte / 2 - hoogte * j for b in basis],
                [_f(per[n]["bereikbaar"]["een_twee_personen"]) for n in namen],
                height=hoogte,
                color=kleur,
                hatch=arcering,
                label=naam,
            )
        assen.set_yticks(basis, [_regels(n, 24) for n in namen])
        assen.set_xlim(0, 100)
        assen.xaxis.set_major_formatter(_PERCENT)
        assen.set_xlabel("bereikbaar voor één- en tweepersoonshuishoudens (primaire doelgroep)")
        figuur.legend(loc="outside lower center", ncols=2, frameon=False, fontsize=8)
    onderschrift = (
        "Per gemeente: het aandeel woningen dat bij mutatie bereikbaar is voor één- en "
        "tweepersoonshuishoudens van de primaire doelgroep."
    )
    with mpl.rc_context(_RC):
        svg = _svg(figuur, "gemeenten", onderschrift)
    return Grafiek("gemeenten", svg, onderschrift)


@cache
def _omgeving() -> Environment:
    omgeving = Environment(
        loader=PackageLoader("passend_toewijzen.bereikbaarheid.uitvoer", "sjablonen"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    omgeving.filters["pct"] = pct
    omgeving.filters["bedrag"] = bedrag
    omgeving.filters["getal"] = getal
    omgeving.filters["datum"] = datum_lang
    return omgeving


def _waarde(document: dict[str, Any], pad: str) -> str:
    knoop: Any = document
    for deel in pad.split("."):
        knoop = knoop[int(deel)] if isinstance(knoop, list) else knoop[deel]
    return knoop if isinstance(knoop, str) else json.dumps(knoop)


@eigen_context
def document_als_html(doc: dict[str, Any]) -> str:
    """Het document als HTML-pagina."""
    grafieken = [_grafiek_huurklassen(doc), _grafiek_doelgroepen(doc)]
    gemeenten = _grafiek_gemeenten(doc)
    if gemeenten is not None:
        grafieken.append(gemeenten)
    return (
        _omgeving()
        .get_template("verslag.html.j2")
        .render(
            d=doc,
            grafieken=grafieken,
            doelgroepnamen=DOELGROEPNAMEN,
            waarde=lambda pad: _waarde(doc, pad),
            reeksen=reeksen(doc),
            aanbod_vandaag=lambda doelgroep: aanbod_vandaag(doc, doelgroep),
            huidig_label=HUIDIG_LABEL,
            veilig=Markup,
        )
    )


def als_html(uitkomst: Bereikbaarheid) -> str:
    """Het verslag als HTML-pagina."""
    return document_als_html(uitkomst.document())
