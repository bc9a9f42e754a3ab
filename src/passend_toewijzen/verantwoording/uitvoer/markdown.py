"""Het verslag als Markdown, om in een jaarverslag of een notitie te plakken."""

from __future__ import annotations

from fractions import Fraction

from passend_toewijzen.verantwoording.telling import Geval
from passend_toewijzen.verantwoording.uitvoer.opmaak import aantal, procent, uitkomst
from passend_toewijzen.verantwoording.verslag import MATRIXBANDEN, Normtoets, Verslag

__all__ = ["als_markdown"]

_BANDKOPPEN = {
    "tot_kwaliteitskortingsgrens": "≤ kwaliteitskortingsgrens",
    "tot_aftoppingsgrens": "> kwaliteitskortingsgrens, ≤ aftoppingsgrens",
    "boven_aftoppingsgrens": "> aftoppingsgrens, ≤ maximale huurgrens",
}
_SEGMENTEN = {
    "doelgroep": "doelgroep",
    "middeninkomens": "middeninkomens",
    "vrij": "vrije toewijzingsruimte",
    "nvt": "buiten de norm",
    "onbepaald": "onbepaald",
}


def _cel(tekst: object) -> str:
    return str(tekst).replace("|", "\\|").replace("\n", " ")


def _tabel(koppen: list[str], rijen: list[list[object]]) -> list[str]:
    regels = ["| " + " | ".join(koppen) + " |", "|" + "|".join("---" for _ in koppen) + "|"]
    regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in rijen]
    return regels


def _toetsrij(toets: Normtoets) -> list[object]:
    return [
        toets.omschrijving,
        aantal(toets.teller),
        aantal(toets.noemer),
        aantal(toets.onbepaald),
        procent(toets.aandeel),
        procent(toets.norm),
        f"**{uitkomst(toets.voldoet)}**",
    ]


def _geval(geval: Geval) -> list[str]:
    u = geval.uitkomst
    regels = [
        f"#### {u.toewijzing_id} ({geval.bron}, rij {geval.rijnummer})",
        "",
        f"Huuringang {u.huuringangsdatum.isoformat()}, {u.gemeente}; "
        f"{u.passendheid_reden if u.passendheid else '; '.join(u.redenen_onbepaald)}.",
        "",
    ]
    regels += [f"- `{r.regel_id}` {r.zin}" for r in u.uitleg]
    return [*regels, ""]


def als_markdown(verslag: Verslag) -> str:
    """Het verslag als Markdown-tekst."""
    v = verslag
    invoer = v.invoer
    passend = uitkomst(v.passend_voldoet) if v.passend_van_toepassing else "nog niet van toepassing"
    regels = [
        f"# Jaarverantwoording toewijzingen {v.jaar} — {v.corporatie}",
        "",
        f"**Uitkomst: {uitkomst(v.voldoet)}** "
        f"(DAEB-toewijzingsnorm: {uitkomst(v.daeb_voldoet)}; passendheidsnorm: "
        f"{passend}).",
        "",
    ]
    if invoer["afgewezen"]:
        regels += [
            f"**Let op:** {aantal(invoer['afgewezen'])} rijen zijn afgewezen en tellen niet mee "
            "(zie *Afgewezen rijen*); het verslag is onvolledig tot die rijen verbeterd zijn.",
            "",
        ]
    regels += [
        "## Invoer",
        "",
        f"Gelezen {aantal(invoer['gelezen'])} rijen = {aantal(invoer['geaccepteerd'])} "
        f"geaccepteerd + {aantal(invoer['afgewezen'])} afgewezen. In deze verantwoording: "
        f"{aantal(invoer['in_verantwoording'])}; buiten deze verantwoording (ander jaar of andere "
        f"corporatie): {aantal(invoer['buiten_verantwoording'])}.",
        "",
    ]
    regels += [f"- `{b['naam']}` (SHA-256 `{b['sha256'][:16]}…`)" for b in invoer["bestanden"]]
    regels += [
        "",
        "## DAEB-toewijzingsnorm (Woningwet art. 48)",
        "",
        f"Regime: `{v.daeb_regime}`. DAEB-toewijzingen in de norm: {aantal(v.daeb_noemer)}; "
        f"buiten de norm: {aantal(v.daeb_buiten_reikwijdte)}; onbepaald: "
        f"{aantal(v.daeb_onbepaald)}.",
        "",
        *_tabel(
            ["Toets", "Teller", "Noemer", "Onbepaald", "Gerealiseerd", "Norm", "Uitkomst"],
            [_toetsrij(t) for t in v.daeb_toetsen],
        ),
        "",
        *_tabel(
            ["Segment", "Toewijzingen"],
            [[_SEGMENTEN[k], aantal(n)] for k, n in v.daeb_segmenten.items()],
        ),
        "",
        "Doelgroep via een bijzondere categorie: "
        + ", ".join(f"{k} {aantal(n)}" for k, n in v.daeb_bijzondere_categorieen.items())
        + ".",
        "",
    ]
    if v.gemeenten_15:
        regels += [
            "Gemeenten met prestatieafspraken (15% vrije ruimte): " + ", ".join(v.gemeenten_15),
            "",
        ]
    regels += ["## Passendheidsnorm (Woningwet art. 46 lid 2)", ""]
    if v.passend_toets is None:
        regels += ["Passend toewijzen geldt vanaf 2016.", ""]
    else:
        rijen = [_toetsrij(v.passend_toets)]
        if v.passend_tweejarig is not None:
            tweejarig = v.passend_tweejarig
            rijen.append(
                [
                    f"over {tweejarig.jaren[0]} en {tweejarig.jaren[1]} samen",
                    *_toetsrij(tweejarig.toets)[1:],
                ]
            )
        regels += [
            *_tabel(
                ["Toets", "Passend", "Noemer", "Onbepaald", "Gerealiseerd", "Norm", "Uitkomst"],
                rijen,
            ),
            "",
            "Buiten de norm: "
            + ", ".join(
                f"{k.replace('_', ' ')} {aantal(n)}" for k, n in v.passend_buiten_norm.items()
            )
            + ".",
            "",
            "### Matrix huishouden × inkomen × huur (dVi)",
            "",
        ]
        koppen = ["Huishouden", "AOW", "Inkomen", *(_BANDKOPPEN[b] for b in MATRIXBANDEN), "Totaal"]
        regels += _tabel(
            koppen,
            [
                [
                    r["huishouden"],
                    "ja" if r["aow"] else "nee",
                    "≤ grens" if r["inkomen"] == "binnen_grens" else "> grens",
                    *(aantal(r["banden"][b]) for b in MATRIXBANDEN),
                    aantal(r["totaal"]),
                ]
                for r in v.matrix
            ],
        )
        boven = aantal(v.boven_huurgrens)
        regels += ["", f"Toewijzingen boven de maximale huurgrens: {boven}.", ""]
    regels += ["## Per gemeente", ""]
    regels += _tabel(
        ["Gemeente", "Toewijzingen", "DAEB-noemer", "Doelgroep", "Passend-noemer", "Passend"],
        [
            [
                g.gemeente + (" (15%)" if g.prestatieafspraken_15 else ""),
                aantal(g.toewijzingen),
                aantal(g.daeb_noemer),
                procent(
                    Fraction(g.segmenten["doelgroep"], g.daeb_noemer) if g.daeb_noemer else None
                ),
                aantal(g.passend_noemer),
                procent(Fraction(g.passend_teller, g.passend_noemer) if g.passend_noemer else None),
            ]
            for g in v.gemeenten
        ],
    )
    regels += ["", f"## Niet-passende toewijzingen ({aantal(v.niet_passend_totaal)})", ""]
    for geval in v.niet_passend:
        regels += _geval(geval)
    if len(v.niet_passend) < v.niet_passend_totaal:
        regels += [f"En {aantal(v.niet_passend_totaal - len(v.niet_passend))} meer.", ""]
    if v.onbepaald_totaal:
        regels += [f"## Niet te beoordelen toewijzingen ({aantal(v.onbepaald_totaal)})", ""]
        for geval in v.onbepaald:
            regels += _geval(geval)
    if invoer["afgewezen"]:
        regels += [f"## Afgewezen rijen ({aantal(invoer['afgewezen'])})", ""]
        regels += _tabel(
            ["Bestand", "Rij", "Kolom", "Toewijzing", "Reden"],
            [
                [f["bron"], f["rij"], f["kolom"] or "-", f["toewijzing_id"] or "-", f["melding"]]
                for f in invoer["fouten"]
            ],
        )
        if invoer["fouten_niet_getoond"]:
            regels += ["", f"En {aantal(invoer['fouten_niet_getoond'])} fouten meer."]
        regels.append("")
    if v.opmerkingen:
        regels += ["## Opmerkingen", "", *(f"- {o}" for o in v.opmerkingen), ""]
    bewijs = v.ontvangstbewijs
    regels += [
        "## Ontvangstbewijs",
        "",
        f"passend-toewijzen {bewijs['bibliotheekversie']}, data {bewijs['data_versie']} "
        f"(`{bewijs['data_hash'][:16]}…`), normen per {bewijs['peildatum_normen']}"
        + (f", beleid {bewijs['beleid']}" if bewijs["beleid"] else "")
        + ".",
        "",
        "*Aan deze uitkomsten kunnen geen rechten worden ontleend.*",
        "",
    ]
    return "\n".join(regels)
