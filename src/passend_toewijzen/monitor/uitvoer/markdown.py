"""Het monitordocument als Markdown (voor een notitie of een bijlage)."""

from __future__ import annotations

from typing import Any

from passend_toewijzen.monitor.uitvoer.opmaak import LEEG, aantal, maanden, procent, waarde

__all__ = ["als_markdown", "signaaltekst", "tabelrijen"]


def _rij(cellen: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cellen) + " |"


def _tabel(koppen: list[str], rijen: list[list[str]]) -> list[str]:
    uit = [
        _rij(koppen),
        "|" + "|".join(":---" if i == 0 else "---:" for i in range(len(koppen))) + "|",
    ]
    uit += [_rij(r) for r in rijen]
    return uit


KOPPEN = [
    "Doelgroep",
    "Verhuringen",
    "Actieve woningzoekenden",
    "Slaagkans",
    "Zoekduur mediaan",
    "p25",
    "p75",
    "p90",
    "Gemiddeld",
    "Binnen doel",
    "Inschrijfduur mediaan",
    "Marktdruk",
]


def tabelrijen(groepen: list[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """De rijen van de cijfertabel (naam, cijfers) zoals Markdown en Excel ze tonen."""
    rijen: list[list[str]] = []
    for naam, c in groepen:
        z = c["zoekduur_maanden"]
        i = c["inschrijfduur_maanden"]
        klein = " (klein)" if c["klein"] else ""
        rijen.append(
            [
                naam + klein,
                aantal(c["verhuringen"]),
                aantal(c["woningzoekenden"]),
                procent(c["slaagkans"], 2),
                maanden(z["mediaan"]),
                maanden(z["p25"]),
                maanden(z["p75"]),
                maanden(z["p90"]),
                maanden(z["gemiddelde"]),
                procent(c["aandeel_zoekduur_binnen_doel"]),
                maanden(i["mediaan"]),
                waarde(c["marktdruk"], 1),
            ]
        )
    return rijen


def signaaltekst(s: dict[str, Any], namen: dict[str, str]) -> str:
    """Eén signaal als zin."""
    naam = namen.get(s["doelgroep"], s["doelgroep"])
    if s["cijfer"] == "slaagkans":
        wat, w, t = "slaagkans", procent(s["waarde"], 2), procent(s["totaal"], 2)
    else:
        wat, w, t = "mediane zoekduur", maanden(s["waarde"]), maanden(s["totaal"])
        w, t = f"{w} maanden", f"{t} maanden"
    return (
        f"- {naam}: {wat} {s['richting']} dan het totaal ({w} tegen {t}; afwijking "
        f"{procent(s['afwijking'])}, drempel {procent(s['drempel'])})"
    )


def als_markdown(d: dict[str, Any]) -> str:
    """Het monitordocument als Markdown-tekst."""
    inst = d["instellingen"]
    jaar = d["periode"]["jaar"]
    regels = [
        f"# Monitor slaagkansen en zoekduur {jaar}",
        "",
        f"Periode: {d['periode']['van']} tot en met {d['periode']['tot_en_met']} "
        f"(verhuringen naar huuringangsdatum). Indeling in doelgroepen: {inst['indeling']}. "
        f"Zoekduurdoel: ten hoogste {inst['zoekduur_doel_maanden']} maanden. Groepen met minder "
        f"dan {inst['minimum_aantal']} verhuringen heten klein; hun afgeleide cijfers worden "
        f"niet getoond ({LEEG}).",
        "",
    ]
    if not inst["met_woningzoekenden"]:
        regels += ["Zonder woningzoekendenbestand: geen slaagkans.", ""]
    terug = d["totaal"]["zoekduur_maanden"]["teruggevallen_op_inschrijfdatum"]
    if terug:
        regels += [
            f"Bij {aantal(terug)} verhuringen was de zoekdatum leeg; hun zoekduur telt vanaf de "
            "inschrijfdatum.",
            "",
        ]
    gem = d["totaal"]["gemiddelde_zoekduur_binnen_doel"]
    if gem is not None:
        regels += [
            f"Gemiddelde zoekduur: {maanden(d['totaal']['zoekduur_maanden']['gemiddelde'])} "
            f"maanden, {'binnen' if gem else 'boven'} het doel van "
            f"{inst['zoekduur_doel_maanden']} maanden.",
            "",
        ]
    regels += ["## Per doelgroep", ""]
    groepen = [("Totaal", d["totaal"])] + [(g["omschrijving"], g) for g in d["doelgroepen"]]
    regels += _tabel(KOPPEN, tabelrijen(groepen))
    regels += ["", "## Signalen", ""]
    namen = {g["naam"]: g["omschrijving"] for g in d["doelgroepen"]}
    if d["signalen"]:
        for s in d["signalen"]:
            regels.append(signaaltekst(s, namen))
    else:
        regels.append("Geen doelgroep wijkt meer dan de drempel af van het totaal.")
    regels += ["", "## Per gemeente", ""]
    for g in d["gemeenten"]:
        regels += [f"### {g['gemeente']}", ""]
        regels += _tabel(
            KOPPEN,
            tabelrijen(
                [("Totaal", g["totaal"])] + [(x["omschrijving"], x) for x in g["doelgroepen"]]
            ),
        )
        regels.append("")
    regels += ["## Trend per kwartaal", ""]
    regels += _tabel(
        ["Kwartaal", "Verhuringen", "Zoekduur mediaan", "Binnen doel"],
        [
            [
                k["kwartaal"],
                aantal(k["verhuringen"]),
                maanden(k["zoekduur_mediaan"]),
                procent(k["aandeel_zoekduur_binnen_doel"]),
            ]
            for k in d["trend"]
        ],
    )
    sp = d["spreiding"]
    regels += ["", "## Spreiding over de wijken", ""]
    groepen_b = sp["bijzondere_groepen"]
    if groepen_b:
        regels += _tabel(
            ["Bijzondere groep", "Code", "Dissimilariteitsindex"],
            [[namen.get(g, g), g, waarde(sp["dissimilariteitsindex"][g], 3)] for g in groepen_b],
        )
        regels.append("")
    regels += _tabel(
        ["Wijk", "Verhuringen", *[f"{g} (aantal / LQ)" for g in groepen_b], "Boven maximum"],
        [
            [
                w["wijk"] + (" (klein)" if w["klein"] else ""),
                aantal(w["verhuringen"]),
                *[
                    f"{aantal(w['bijzondere_groepen'][g])} / {waarde(w['locatiequotient'][g])}"
                    for g in groepen_b
                ],
                ", ".join(
                    f"{b['groep']} {procent(b['aandeel'])} > {procent(b['maximum'])}"
                    for b in w["boven_maximum"]
                )
                or LEEG,
            ]
            for w in sp["wijken"]
        ],
    )
    regels += ["", "## Inkomensmix per kern", ""]
    if sp["kernen"]:
        mixnamen = list(sp["kernen"][0]["inkomensmix"])
        regels += _tabel(
            ["Kern", "Verhuringen", *mixnamen],
            [
                [
                    k["kern"],
                    aantal(k["verhuringen"]),
                    *[procent(k["inkomensmix"].get(n)) for n in mixnamen],
                ]
                for k in sp["kernen"]
            ],
        )
    t = d["invoer"]["toewijzingen"]
    regels += [
        "",
        "## Invoer",
        "",
        f"Toewijzingen: {aantal(t['gelezen'])} rijen gelezen, {aantal(t['geaccepteerd'])} "
        f"geaccepteerd, {aantal(t['afgewezen'])} afgewezen, {aantal(t['lege_rijen'])} leeg; "
        f"{aantal(d['verhuringen_buiten_periode'])} verhuringen buiten de periode.",
    ]
    z = d["invoer"].get("woningzoekenden")
    if z:
        regels.append(
            f"Woningzoekenden: {aantal(z['gelezen'])} rijen gelezen, {aantal(z['geaccepteerd'])} "
            f"geaccepteerd, {aantal(z['afgewezen'])} afgewezen, {aantal(z['actief'])} actief."
        )
    fouten = t["fouten"] + (z["fouten"] if z else [])
    if fouten:
        regels += ["", "### Afgewezen rijen", ""]
        regels += [
            f"- {f['bron']}, rij {f['rij']}"
            + (f", kolom {f['kolom']}" if f["kolom"] else "")
            + f": {f['melding']}"
            for f in fouten
        ]
    return "\n".join(regels) + "\n"
