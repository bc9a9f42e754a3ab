"""Het verslag als Markdown, om in een jaarverslag of een notitie te plakken.

Dezelfde secties, teksten en redenen als het HTML-verslag (:mod:`.teksten`). Alle tekst uit de
invoer (gemeenten, kenmerken, bestandsnamen, meldingen) wordt ontsnapt: HTML (``<script>``) en
Markdown-opmaak (``*``, ``|``, ``[...]``) uit de invoer komen er als gewone tekst uit.
"""

from __future__ import annotations

import re
from fractions import Fraction

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen.verantwoording.telling import Geval
from passend_toewijzen.verantwoording.uitvoer import teksten as t
from passend_toewijzen.verantwoording.uitvoer.opmaak import aantal, procent, uitkomst
from passend_toewijzen.verantwoording.verslag import Normtoets, Verslag, reden_van

__all__ = ["als_markdown", "md"]

_SPECIAAL = re.compile(r"([\\`*\[\]|~])")
"""Tekens die Markdown-opmaak beginnen; ``_`` binnen een woord (``kale_huur``) doet dat niet."""


def md(tekst: object) -> str:
    """Tekst die in Markdown letterlijk verschijnt: HTML en opmaaktekens ontsnapt, één regel."""
    schoon = " ".join(str(tekst).split())
    schoon = schoon.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAAL.sub(r"\\\1", schoon)


def _tabel(koppen: list[str], rijen: list[list[str]]) -> list[str]:
    """Een tabel; de cellen zijn al ontsnapt (of eigen tekst zonder ``|``)."""
    regels = ["| " + " | ".join(koppen) + " |", "|" + "|".join("---" for _ in koppen) + "|"]
    regels += ["| " + " | ".join(rij) + " |" for rij in rijen]
    return regels


def _toetsrij(naam: str, toets: Normtoets) -> list[str]:
    return [
        md(naam),
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
        f"#### {md(u.toewijzing_id or '-')} ({md(geval.bron)}, rij {geval.rijnummer})",
        "",
        f"Huuringang {t.datum_lang(u.huuringangsdatum)}, {md(u.gemeente)}. "
        f"Reden: {md(reden_van(u))}.",
        "",
    ]
    for r in u.uitleg:
        regel = f"- {md(r.zin)} ({md(r.artikel)}"
        if r.parameter is not None:
            bron = r.parameter.bron
            regel += (
                f"; {md(r.parameter.naam)} sinds {t.datum_lang(r.parameter.geldig_vanaf)}, "
                f"bron: [{md(bron.titel)}](<{bron.url}>)"
            )
        regels.append(regel + f"; regel {md(r.regel_id)})")
    return [*regels, ""]


def _sectie(anker: str, achter: str = "") -> list[str]:
    titel = next(s.titel for s in t.SECTIES if s.anker == anker)
    return [f"## {titel}{achter}", ""]


@eigen_context
def als_markdown(verslag: Verslag) -> str:
    """Het verslag als Markdown-tekst."""
    v = verslag
    passend = uitkomst(v.passend_voldoet) if v.passend_van_toepassing else "nog niet van toepassing"
    regels = [f"# Jaarverantwoording toewijzingen {v.jaar} — {md(v.corporatie)}", ""]
    for zin in v.samenvatting():
        regels += [f"**{md(zin)}**", ""]
    regels += [
        f"DAEB-toewijzingsnorm: {uitkomst(v.daeb_voldoet)}; passendheidsnorm: {passend}.",
        "",
    ]
    regels += _invoer(v)
    regels += _daeb(v)
    regels += _passendheid(v)
    regels += _gemeenten(v)
    regels += _huurklassen(v)

    regels += _sectie("niet-passend", f" ({aantal(v.niet_passend_totaal)})")
    for geval in v.niet_passend:
        regels += _geval(geval)
    if not v.niet_passend_totaal:
        regels += ["Geen.", ""]
    if len(v.niet_passend) < v.niet_passend_totaal:
        regels += [f"En {aantal(v.niet_passend_totaal - len(v.niet_passend))} meer.", ""]

    regels += _sectie("onbepaald", f" ({aantal(v.onbepaald_totaal)})")
    for geval in v.onbepaald:
        regels += _geval(geval)
    if not v.onbepaald_totaal:
        regels += ["Geen: elke toewijzing kon worden beoordeeld.", ""]
    if len(v.onbepaald) < v.onbepaald_totaal:
        regels += [f"En {aantal(v.onbepaald_totaal - len(v.onbepaald))} meer.", ""]

    regels += _afgewezen(v)
    regels += _sectie("opmerkingen")
    regels += [f"- {md(o)}" for o in v.opmerkingen] or ["Geen."]
    regels.append("")
    bewijs = v.ontvangstbewijs
    regels += _sectie("ontvangstbewijs")
    regels += [
        f"- Bibliotheek: passend-toewijzen {md(bewijs['bibliotheekversie'])}",
        f"- Parameterdata: versie {md(bewijs['data_versie'])}, SHA-256 {bewijs['data_hash']}",
        f"- Normen per: {t.datum_lang(bewijs['peildatum_normen'])}",
        "- Beleid: "
        + (md(bewijs["beleid"]) if bewijs["beleid"] else "geen (alleen landelijke regels)"),
        *(f"- Invoer {md(naam)}: SHA-256 {h}" for naam, h in bewijs["invoer_sha256"].items()),
        "",
        "*Aan deze uitkomsten kunnen geen rechten worden ontleend.*",
        "",
    ]
    return "\n".join(regels)


def _invoer(v: Verslag) -> list[str]:
    invoer = v.invoer
    regels = _sectie("invoer")
    regels += [
        f"Gelezen {aantal(invoer['gelezen'])} rijen = {aantal(invoer['geaccepteerd'])} "
        f"geaccepteerd + {aantal(invoer['afgewezen'])} afgewezen + {aantal(invoer['leeg'])} leeg "
        f"(rijen zonder gegevens). In deze verantwoording: {aantal(invoer['in_verantwoording'])}; "
        f"buiten deze verantwoording (ander jaar of andere corporatie): "
        f"{aantal(invoer['buiten_verantwoording'])}.",
        "",
    ]
    for b in invoer["bestanden"]:
        regels.append(f"- {md(b['naam'])}: {md(t.bestand_tekst(b))}")
    return [*regels, ""]


def _daeb(v: Verslag) -> list[str]:
    regels = _sectie("daeb")
    regels += [
        f"Regime: {md(t.regime(v.daeb_regime))}. DAEB-toewijzingen in de norm: "
        f"{aantal(v.daeb_noemer)}; buiten de norm: {aantal(v.daeb_buiten_reikwijdte)}; niet te "
        f"beoordelen: {aantal(v.daeb_onbepaald)}.",
        "",
        *_tabel(
            ["Toets", "Teller", "Noemer", "Onbepaald", "Gerealiseerd", "Norm", "Uitkomst"],
            [_toetsrij(toets.omschrijving, toets) for toets in v.daeb_toetsen],
        ),
        "",
    ]
    for toets in v.daeb_toetsen:
        wat = (
            "Vrije toewijzingsruimte gebruikt"
            if len(v.daeb_toetsen) == 1
            else f"Buiten {t.toetsnaam(v, toets)}"
        )
        regels.append(f"- {md(t.ruimte(toets, wat))}.")
    regels += [
        f"- Buiten de norm: {md(t.buiten_de_norm(v.daeb_buiten_norm, t.DAEB_BUITEN))}.",
        "- Doelgroep via een bijzondere categorie: "
        + md(t.buiten_de_norm(v.daeb_bijzondere_categorieen, t.CATEGORIEEN))
        + ".",
        "- Doelgroep naar huishoudomvang: "
        + md(t.buiten_de_norm(v.daeb_naar_omvang, t.OMVANG))
        + ".",
    ]
    if v.gemeenten_15:
        regels.append(
            "- Gemeenten met prestatieafspraken (15% vrije ruimte): "
            + ", ".join(md(g) for g in v.gemeenten_15)
            + "."
        )
    regels += [
        "",
        *_tabel(
            ["Toewijzingssegment", "Toewijzingen"],
            [[t.SEGMENTEN[k], aantal(n)] for k, n in v.daeb_segmenten.items()],
        ),
        "",
    ]
    return regels


def _passendheid(v: Verslag) -> list[str]:
    regels = _sectie("passendheid")
    if v.passend_toets is None:
        return [*regels, "Passend toewijzen geldt vanaf 2016.", ""]
    rijen = [_toetsrij(f"{v.passend_toets.omschrijving} ({v.jaar})", v.passend_toets)]
    if v.passend_tweejarig is not None:
        tweejarig = v.passend_tweejarig
        rijen.append(
            _toetsrij(f"over {tweejarig.jaren[0]} en {tweejarig.jaren[1]} samen", tweejarig.toets)
        )
    regels += _tabel(
        ["Toets", "Passend", "Noemer", "Onbepaald", "Gerealiseerd", "Norm", "Uitkomst"], rijen
    )
    regels.append("")
    if v.passend_meetperiode == 2:
        zin = "Vanaf 2022 geldt de norm over twee opeenvolgende jaren"
        if v.passend_tweejarig is not None:
            eerste, laatste = v.passend_tweejarig.jaren
            zin += f"; de uitkomst is die over {eerste} en {laatste} samen"
        regels += [zin + ".", ""]
    regels += [
        f"- {md(t.ruimte(v.passend_toets, 'Niet passend'))}.",
        f"- Buiten de norm: {md(t.buiten_de_norm(v.passend_buiten_norm, t.PASSEND_BUITEN))}.",
        "",
        "### Matrix huishouden × inkomen × huur (dVi)",
        "",
    ]
    banden = [t.bandkop(v, b) for b in t.BANDEN]
    regels += _tabel(
        [
            "Huishouden",
            "AOW",
            "Inkomen (passende grens)",
            *(f"{n} ({g})" for n, g in banden),
            "Totaal",
        ],
        [
            [
                r["huishouden"],
                "ja" if r["aow"] else "nee",
                t.inkomenkop(v, r),
                *(aantal(r["banden"][b]) for b in t.BANDEN),
                aantal(r["totaal"]),
            ]
            for r in v.matrix
        ],
    )
    boven = aantal(v.boven_huurgrens)
    regels += ["", f"Toewijzingen boven de maximale huurgrens: {boven}.", ""]
    return regels


def _gemeenten(v: Verslag) -> list[str]:
    regels = _sectie("gemeenten")
    if not v.gemeenten:
        return [*regels, f"Geen toewijzingen in {v.jaar}.", ""]
    regels += _tabel(
        [
            "Gemeente",
            "Toewijzingen",
            "DAEB-noemer",
            "Doelgroep",
            "DAEB-norm",
            "Passend-noemer",
            "Passend",
        ],
        [
            [
                md(g.gemeente) + (" (15%)" if g.prestatieafspraken_15 else ""),
                aantal(g.toewijzingen),
                aantal(g.daeb_noemer),
                procent(
                    Fraction(g.segmenten["doelgroep"], g.daeb_noemer) if g.daeb_noemer else None
                ),
                procent(g.daeb_norm),
                aantal(g.passend_noemer),
                procent(Fraction(g.passend_teller, g.passend_noemer) if g.passend_noemer else None),
            ]
            for g in v.gemeenten
        ],
    )
    regels += [
        "",
        "De normen gelden voor de corporatie als geheel; per gemeente is het een indicatie.",
        "",
    ]
    return regels


def _huurklassen(v: Verslag) -> list[str]:
    regels = _sectie("huurklassen")
    klassen = list(next(iter(v.huurklassen.values()), {}))
    regels += _tabel(
        ["Huurklasse", *(t.SEGMENTEN[s] for s in v.huurklassen)],
        [[t.huurklasse(k), *(aantal(per[k]) for per in v.huurklassen.values())] for k in klassen],
    )
    return [*regels, ""]


def _afgewezen(v: Verslag) -> list[str]:
    invoer = v.invoer
    regels = _sectie("afgewezen", f" ({aantal(invoer['afgewezen'])})")
    if not invoer["afgewezen"]:
        return [*regels, "Geen: alle gelezen rijen met gegevens zijn geaccepteerd.", ""]
    regels += [
        "Fouten per kolom: "
        + ", ".join(
            f"{md(t.KOLOMNAMEN_FOUTEN.get(k, k))} {aantal(n)}"
            for k, n in invoer["fouten_per_kolom"].items()
        )
        + ".",
        "",
    ]
    regels += _tabel(
        ["Bestand", "Rij", "Kolom", "Toewijzing", "Reden"],
        [
            [
                md(f["bron"]),
                str(f["rij"]),
                md(f["kolom"] or "-"),
                md(f["toewijzing_id"] or "-"),
                md(f["melding"]),
            ]
            for f in invoer["fouten"]
        ],
    )
    if invoer["fouten_niet_getoond"]:
        regels += ["", f"En {aantal(invoer['fouten_niet_getoond'])} fouten meer."]
    return [*regels, ""]
