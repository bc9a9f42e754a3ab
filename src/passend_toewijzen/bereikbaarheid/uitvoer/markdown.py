"""Het bereikbaarheidsverslag als Markdown, gemaakt uit het JSON-document.

Elk getal in de tekst komt uit het document (:meth:`~passend_toewijzen.bereikbaarheid.
Bereikbaarheid.document`); hier wordt niets opnieuw berekend. Percentages zijn naar beneden
afgerond op één decimaal (zoals in het document).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from passend_toewijzen.bereikbaarheid.verslag import Bereikbaarheid
from passend_toewijzen.parameters.waarden import datum_lang, nl_bedrag, nl_getal

__all__ = [
    "HUIDIG_LABEL",
    "aanbod_vandaag",
    "als_markdown",
    "document_als_markdown",
    "pct",
    "reeksen",
    "tabel",
]

DOELGROEPNAMEN = {
    "een_twee_personen": "1–2 personen",
    "drie_of_meer": "3 of meer personen",
}


HUIDIG_LABEL = "Huidige huur (vandaag)"
"""Het opschrift van de referentie in tabellen en grafieken: de situatie van nu, geen scenario."""


def reeksen(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Wat naast elkaar staat: eerst de huidige huur (als die er is), dan de scenario's.

    Per reeks het pad in het document (``huidige_huur``, ``scenarios.0``), het opschrift en de
    cijfers (dezelfde vorm voor de referentie en een scenario).
    """
    uit: list[tuple[str, str, dict[str, Any]]] = []
    huidig = doc.get("huidige_huur")
    if huidig is not None:
        uit.append(("huidige_huur", HUIDIG_LABEL, huidig))
    uit += [(f"scenarios.{i}", s["naam"], s) for i, s in enumerate(doc["scenarios"])]
    return uit


def aanbod_vandaag(doc: dict[str, Any], doelgroep: str) -> dict[str, Any] | None:
    """Het bereikbare aanbod met de huidige huur voor een doelgroep van de vraag (of ``None``)."""
    huidig = doc.get("huidige_huur")
    if huidig is None:
        return None
    if doelgroep in huidig["bereikbaar"]:
        uit: dict[str, Any] = huidig["bereikbaar"][doelgroep]
        return uit
    for groep in huidig.get("tabel", []):
        if groep["groep"] == doelgroep:
            gevonden: dict[str, Any] = groep["bereikbaar"]
            return gevonden
    return None


def pct(cijfer: dict[str, Any] | None) -> str:
    """Het percentage van een aandeel in Nederlandse notatie (``56,0%``), of ``-``."""
    if cijfer is None or cijfer.get("percentage") is None:
        return "-"
    return str(cijfer["percentage"]).replace(".", ",") + "%"


def getal(tekst: str) -> str:
    """Een exact getal als tekst in Nederlandse notatie (``1.234,5``)."""
    return nl_getal(Decimal(tekst))


def bedrag(tekst: str) -> str:
    """Een bedrag als tekst in Nederlandse notatie (``€ 586,68``)."""
    return nl_bedrag(Decimal(tekst))


def _cel(tekst: object) -> str:
    return str(tekst).replace("|", "\\|").replace("\n", " ")


def tabel(koppen: Sequence[str], rijen: Iterable[Sequence[object]]) -> list[str]:
    """Een Markdown-tabel (eerste kolom links, de rest rechts uitgelijnd)."""
    regels = ["| " + " | ".join(_cel(k) for k in koppen) + " |"]
    regels.append("|" + "|".join([":---", *["---:"] * (len(koppen) - 1)]) + "|")
    regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in rijen]
    return regels


def _aantal_pct(cijfer: dict[str, Any]) -> str:
    return f"{cijfer['aantal']} ({pct(cijfer)})"


def document_als_markdown(doc: dict[str, Any]) -> str:
    """Het verslag als Markdown-tekst."""
    g = doc["grenzen"]
    alle = [(naam, s) for _, naam, s in reeksen(doc)]
    invoer = doc["invoer"]
    regels = [
        f"# Bereikbaarheid van het aanbod bij mutatie, peildatum {datum_lang(doc['peildatum'])}",
        "",
        "De huur bij mutatie is de streefhuur: een percentage van de maximale huur volgens het "
        "woningwaarderingsstelsel, in hele centen (een halve cent naar boven). Een woning is "
        "bereikbaar voor een huishouden van de primaire doelgroep als die huur niet hoger is dan "
        "de toepasselijke aftoppingsgrens.",
        "",
        f"* lage aftoppingsgrens (1–2 personen): {bedrag(g['aftoppingsgrens_laag']['bedrag'])}",
        f"* hoge aftoppingsgrens (3 of meer personen): "
        f"{bedrag(g['aftoppingsgrens_hoog']['bedrag'])}",
        f"* maximale huurgrens: {bedrag(g['maximale_huurgrens']['bedrag'])}",
        "",
        f"Invoer: {invoer['gelezen']} rijen gelezen, {invoer['geaccepteerd']} woningen, "
        f"{invoer['afgewezen']} rijen afgewezen, {invoer['leeg']} lege rijen. "
        f"{invoer['mutatiekans']['toelichting']} Dat geldt voor "
        f"{invoer['mutatiekans']['woningen_met_standaard']} woningen.",
    ]
    if doc.get("huidige_huur") is not None:
        regels += [
            "",
            f"De eerste kolom, *{HUIDIG_LABEL}*, is geen scenario maar de situatie van nu: de "
            "huidige kale huur van elke woning, met dezelfde huurklassen en grenzen van de "
            "peildatum (zonder streefhuur, aftoppen of verduurzaming).",
        ]
    ht = doc["huurprijstabel"]
    if ht is not None:
        regels += [
            "",
            f"De maximale huur van {invoer['maximale_huur_uit_punten']} woningen volgt uit hun "
            f"punten met de tabel van {ht['geldig_vanaf']} tot en met {ht['geldig_tot']} "
            f"({ht['bron']}, <{ht['url']}>).",
        ]
    regels += ["", "## Scenario's naast elkaar", ""]
    regels += tabel(
        [
            "scenario",
            "woningen",
            "bereikbaar 1–2 personen",
            "bereikbaar 3 of meer",
            "mutatieaanbod per jaar",
            "mutatieaanbod bereikbaar 1–2",
            "mutatieaanbod bereikbaar 3+",
        ],
        [
            [
                naam,
                s["woningen"],
                pct(s["bereikbaar"]["een_twee_personen"]),
                pct(s["bereikbaar"]["drie_of_meer"]),
                getal(s["mutatieaanbod"]),
                pct(s["bereikbaar"]["een_twee_personen"]["mutatieaanbod"]),
                pct(s["bereikbaar"]["drie_of_meer"]["mutatieaanbod"]),
            ]
            for naam, s in alle
        ],
    )
    regels += ["", "## Huurklassen bij mutatie", ""]
    klassen = doc["huurklassen"]
    regels += tabel(
        ["huurklasse", *(naam for naam, _ in alle)],
        [
            [
                k["omschrijving"],
                *(
                    _aantal_pct(
                        next(d for d in s["huurklassen_detail"] if d["klasse"] == k["klasse"])
                    )
                    for _, s in alle
                ),
            ]
            for k in klassen
        ],
    )
    if doc["tabel"] is not None:
        regels += _tabeldeel(doc)
    if doc["woningzoekenden"] is not None:
        regels += _vraagdeel(doc)
    regels += ["", "## Per gemeente en kern", ""]
    for opschrift, s in alle:
        regels += [f"### {opschrift}", ""]
        rijen: list[list[object]] = []
        for gem in s["gemeenten"]:
            rijen.append(_gebiedsrij(f"**{gem['gemeente']}**", gem))
            for kern in gem["kernen"]:
                naam = kern["kern"] if kern["kern"] is not None else "(geen kern opgegeven)"
                rijen.append(_gebiedsrij(f"{gem['gemeente']} – {naam}", kern))
        regels += tabel(
            ["gemeente / kern", "woningen", "bereikbaar 1–2 personen", "bereikbaar 3 of meer"],
            rijen,
        )
        regels.append("")
    if doc["afgewezen"]:
        regels += ["## Afgewezen rijen", ""]
        regels += tabel(
            ["bron", "rij", "kolom", "woning_id", "melding"],
            [
                [f["bron"], f["rij"], f["kolom"] or "", f["woning_id"] or "", f["melding"]]
                for f in doc["afgewezen"]
            ],
        )
        regels.append("")
    bewijs = doc["ontvangstbewijs"]
    regels += [
        "## Ontvangstbewijs",
        "",
        f"passend-toewijzen {bewijs['bibliotheekversie']}, data {bewijs['data_versie']} "
        f"(`{bewijs['data_hash'][:16]}`), peildatum {datum_lang(bewijs['peildatum'])}.",
        "",
    ]
    return "\n".join(regels).rstrip("\n") + "\n"


def _gebiedsrij(naam: str, cijfers: dict[str, Any]) -> list[object]:
    b = cijfers["bereikbaar"]
    return [
        naam,
        cijfers["woningen"],
        _aantal_pct(b["een_twee_personen"]),
        _aantal_pct(b["drie_of_meer"]),
    ]


def _tabeldeel(doc: dict[str, Any]) -> list[str]:
    t = doc["tabel"]
    alle = [(naam, s) for _, naam, s in reeksen(doc)]
    regels = [
        "",
        f"## Bereikbaar per inkomensgroep: {t['titel']}",
        "",
        "Een woning is bereikbaar voor een inkomensgroep als de tabel in de cel van die groep en "
        "de huurband van de huur bij mutatie 'voorrang' of 'toegestaan' zegt "
        f"(tabel {t['naam']}, geldig {t['periode']}).",
        "",
    ]
    regels += tabel(
        ["inkomensgroep", *(naam for naam, _ in alle)],
        [
            [
                g["omschrijving"],
                *(
                    f"{pct(s['tabel'][i]['bereikbaar'])} (voorrang "
                    f"{pct(s['tabel'][i]['cellen']['voorrang'])})"
                    for _, s in alle
                ),
            ]
            for i, g in enumerate(t["inkomensgroepen"])
        ],
    )
    return regels


def _vraagdeel(doc: dict[str, Any]) -> list[str]:
    v = doc["woningzoekenden"]
    regels = [
        "",
        "## Woningzoekenden en bereikbaar aanbod",
        "",
        f"{v['totaal']} woningzoekenden, ingedeeld met dezelfde regels "
        f"({'de huur-inkomenstabel' if v['indeling'] == 'tabel' else 'landelijk'}); "
        f"{v['invoer']['later_ingeschreven']} ingeschreven na de peildatum tellen niet mee, "
        f"{v['invoer']['afgewezen']} rijen afgewezen.",
        "",
    ]
    omschrijving = {d["doelgroep"]: d["omschrijving"] for d in v["doelgroepen"]}
    vandaag = doc.get("huidige_huur") is not None
    koppen = ["doelgroep", "aandeel woningzoekenden"]
    if vandaag:
        koppen.append(f"bereikbaar aanbod: {HUIDIG_LABEL}")
    koppen += [f"bereikbaar aanbod: {vg['scenario']}" for vg in v["vergelijking"]]
    rijen = []
    for i, d in enumerate(v["doelgroepen"]):
        rij: list[object] = [omschrijving[d["doelgroep"]], pct(d)]
        if vandaag:
            rij.append(pct(aanbod_vandaag(doc, d["doelgroep"])))
        for vg in v["vergelijking"]:
            aanbod = vg["doelgroepen"][i]["aanbod"]
            rij.append(pct(aanbod))
        rijen.append(rij)
    regels += tabel(koppen, rijen)
    return regels


def als_markdown(uitkomst: Bereikbaarheid) -> str:
    """Het verslag als Markdown-tekst."""
    return document_als_markdown(uitkomst.document())
