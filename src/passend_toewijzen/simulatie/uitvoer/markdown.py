"""Het document van het beleidslab als Markdown: dezelfde cijfers, in tabellen naast elkaar.

Elke cel is het gemiddelde over de herhalingen met het 90%-interval erachter, zoals
``12,3% (10,1 – 14,0)``. Het verschil is dat van elk scenario met het eerste (de basis), per
herhaling bepaald. Alles komt uit het JSON-document; er wordt hier niets gerekend behalve de
weergave (procenten, komma's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.monitor.doelgroepen import LANDELIJKE_DOELGROEPEN, ONBEPAALD
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.simulatie.meten import ALLE, INKOMENSGROEPEN
from passend_toewijzen.simulatie.scenario import PASSENDE_GROEP

__all__ = [
    "DOELGROEPNAMEN",
    "INKOMENSGROEPNAMEN",
    "aantal",
    "als_markdown",
    "cel",
    "maanden",
    "procent",
    "secties",
]

DOELGROEPNAMEN: dict[str, str] = {
    **{d.naam: d.omschrijving for d in (*LANDELIJKE_DOELGROEPEN, ONBEPAALD)},
    ALLE: "Alle woningzoekenden",
}
INKOMENSGROEPNAMEN: dict[str, str] = {
    PASSENDE_GROEP: "Passende groep",
    **{g: DOELGROEPNAMEN[g] for g in INKOMENSGROEPEN if g != PASSENDE_GROEP},
}
_EEN_DECIMAAL = Decimal("0.1")


def _nl(waarde: Decimal, teken: bool = False) -> str:
    afgerond = waarde.quantize(_EEN_DECIMAAL, context=REKENCONTEXT)
    if afgerond.is_zero():
        afgerond = abs(afgerond)  # geen "-0,0"
    tekst = format(afgerond, "f").replace(".", ",")
    if teken and waarde > 0:
        return "+" + tekst
    return tekst


def procent(tekst: str, teken: bool = False) -> str:
    """Een aandeel (``"0.1234"``) als procent met één decimaal (``"12,3"``)."""
    return _nl(REKENCONTEXT.multiply(Decimal(tekst), Decimal(100)), teken)


def maanden(tekst: str, teken: bool = False) -> str:
    """Een aantal maanden met één decimaal."""
    return _nl(Decimal(tekst), teken)


def aantal(tekst: str, teken: bool = False) -> str:
    """Een (gemiddeld) aantal met één decimaal."""
    return _nl(Decimal(tekst), teken)


def cel(samenvatting: dict[str, Any] | None, vorm: Callable[..., str], teken: bool = False) -> str:
    """``gemiddelde (onder – boven)`` of een streepje als het cijfer niet bestaat."""
    if samenvatting is None:
        return "–"
    return (
        f"{vorm(samenvatting['gemiddelde'], teken)} "
        f"({vorm(samenvatting['onder'], teken)} – {vorm(samenvatting['boven'], teken)})"
    )


def _tabel(koppen: Sequence[str], rijen: Sequence[Sequence[str]]) -> list[str]:
    regels = ["| " + " | ".join(koppen) + " |", "|" + "|".join("---" for _ in koppen) + "|"]
    regels += ["| " + " | ".join(r) + " |" for r in rijen]
    return [*regels, ""]


def _koppen(document: dict[str, Any], eerste: str) -> tuple[str, ...]:
    namen = [s["naam"] for s in document["scenarios"]]
    return (
        eerste,
        *namen,
        *(f"verschil {v['naar']} − {v['van']}" for v in document["verschillen"]),
    )


def _rij(
    document: dict[str, Any], label: str, sleutel: str, vorm: Callable[..., str]
) -> tuple[str, ...]:
    return (
        label,
        *(cel(s["cijfers"].get(sleutel), vorm) for s in document["scenarios"]),
        *(cel(v["cijfers"].get(sleutel), vorm, teken=True) for v in document["verschillen"]),
    )


def _heeft(document: dict[str, Any], sleutel: str) -> bool:
    return any(s["cijfers"].get(sleutel) is not None for s in document["scenarios"])


def doelgroepen(document: dict[str, Any]) -> list[str]:
    """De doelgroepen met ten minste één woningzoekende in een scenario, plus alle samen."""
    return [
        d
        for d in DOELGROEPNAMEN
        if d == ALLE
        or any(
            (s["cijfers"].get(f"zoekers.{d}") or {}).get("gemiddelde") not in (None, "0.0000")
            for s in document["scenarios"]
        )
    ]


class Sectie(NamedTuple):
    """Een deel van het verslag: kop, tekst ervoor, een tabel (koppen en rijen) en tekst erna."""

    anker: str
    titel: str
    niveau: int
    voor: tuple[str, ...]
    koppen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]
    na: tuple[str, ...] = ()


def _streefhuur(sh: dict[str, Any] | None) -> str:
    """Het streefhuurbeleid in het kort: ``72%; DAEB 67,5%; kern Almkerk 70%``."""
    if sh is None:
        return "huidige huur"

    def pct(tekst: str) -> str:
        return tekst.replace(".", ",") + "%"

    delen = [pct(sh["streefhuur_percentage"])]
    delen += [f"{k.replace('_', '-').upper()} {pct(v)}" for k, v in sh["segmenten"].items()]
    delen += [f"kern {k} {pct(v)}" for k, v in sh["kernen"].items()]
    if sh["verduurzaming"]:
        delen.append("met verduurzaming")
    if sh["aftoppen"]:
        delen.append(f"afgetopt op {sh['aftoppen'].replace('_', ' ')}")
    return "; ".join(delen)


def inleiding(document: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """De titel en de alinea's bovenaan."""
    inst = document["instellingen"]
    invoer = document["invoer"]
    jaren = ", ".join(str(j) for j in inst["jaren"])
    titel = f"Beleidslab: {len(document['scenarios'])} scenario's vergeleken over {jaren}"
    return titel, (
        f"{inst['herhalingen']} herhalingen met zaad {inst['zaad']}; elk cijfer is het gemiddelde "
        f"over de herhalingen met tussen haakjes het interval van {inst['interval']}. Een verschil "
        "is per herhaling bepaald (dezelfde vrijkomende woningen en dezelfde instroom in elk "
        "scenario).",
        f"Invoer: {invoer['woningen']} woningen; {invoer['woningzoekenden']} woningzoekenden die "
        f"zoeken aan het begin (actief van {invoer['peilperiode'][0]} tot en met "
        f"{invoer['peilperiode'][1]}); {invoer['woningzoekenden_niet_actief']} niet actief en niet "
        "meegenomen.",
    )


def secties(document: dict[str, Any]) -> list[Sectie]:
    """Alle delen van het verslag, in volgorde (gedeeld door Markdown en HTML)."""
    uit: list[Sectie] = []
    rijen = []
    for s in document["scenarios"]:
        sh = s["streefhuur"]
        t = s["toewijzing"]
        rijen.append(
            (
                s["naam"],
                s["omschrijving"] or "",
                s["tabel"]["titel"],
                _streefhuur(sh),
                t["volgorde"],
                t["reactiekans"].replace(".", ","),
                s["acceptatie"]["kans"].replace(".", ","),
                t["aandeel_direct"].replace(".", ","),
            )
        )
    uit.append(
        Sectie(
            "scenarios",
            "Scenario's",
            2,
            (),
            (
                "scenario",
                "omschrijving",
                "huur-inkomenstabel",
                "streefhuur",
                "rangorde",
                "reactiekans",
                "acceptatie",
                "direct",
            ),
            tuple(rijen),
        )
    )
    groepen = doelgroepen(document)
    uit.append(
        Sectie(
            "slaagkans",
            "Slaagkans per doelgroep (%)",
            2,
            (
                "Het deel van de woningzoekenden (zoekend aan het begin of nieuw ingeschreven) dat "
                "in de periode een woning kreeg; dezelfde definitie als de monitor.",
            ),
            _koppen(document, "doelgroep"),
            tuple(_rij(document, DOELGROEPNAMEN[d], f"slaagkans.{d}", procent) for d in groepen),
        )
    )
    uit.append(
        Sectie(
            "zoekduur",
            "Mediane zoekduur bij toewijzing (maanden)",
            2,
            (
                "Volle maanden van de zoekdatum (zonder zoekdatum: de inschrijfdatum) tot de "
                "toewijzing, zoals de monitor ze telt; de mediaan per herhaling.",
            ),
            _koppen(document, "doelgroep"),
            tuple(_rij(document, DOELGROEPNAMEN[d], f"zoekduur.{d}", maanden) for d in groepen),
        )
    )
    uit.append(
        Sectie(
            "verhuringen",
            "Verhuringen",
            2,
            (),
            _koppen(document, "aantal in de periode"),
            (
                _rij(document, "vrijgekomen woningen", "vacatures", aantal),
                _rij(document, "verhuurd", "verhuringen", aantal),
                _rij(document, "onverhuurd (iedereen weigerde)", "onverhuurd", aantal),
                _rij(document, "direct bemiddeld", "via.direct", aantal),
                _rij(document, "door loting", "via.loting", aantal),
            ),
        )
    )
    rijen_v: list[tuple[str, ...]] = []
    for jaar in document["instellingen"]["jaren"]:
        b = f"verantwoording.{jaar}"
        rijen_v += [
            _rij(document, f"{jaar}: passend toegewezen (%)", f"{b}.passend", procent),
            _rij(
                document,
                f"{jaar}: passendheidsnorm gehaald (% herhalingen)",
                f"{b}.passend_gehaald",
                procent,
            ),
            _rij(document, f"{jaar}: aan de DAEB-doelgroep (%)", f"{b}.daeb", procent),
            _rij(
                document, f"{jaar}: DAEB-norm gehaald (% herhalingen)", f"{b}.daeb_gehaald", procent
            ),
            _rij(
                document, f"{jaar}: niet te beoordelen (aantal)", f"{b}.passend_onbepaald", aantal
            ),
        ]
    uit.append(
        Sectie(
            "verantwoording",
            "Verantwoording van de gesimuleerde verhuringen",
            2,
            (),
            _koppen(document, "cijfer"),
            tuple(rijen_v),
            (
                "De percentages zijn die van de jaarverantwoording over de gesimuleerde "
                "verhuringen (elke verhuring getoetst). Een norm die niet vast te stellen is (de "
                "tweejarige meting mist het vorige jaar, of verhuringen zijn niet te beoordelen), "
                "telt niet mee als gehaald.",
            ),
        )
    )
    uit.append(
        Sectie(
            "verdringing",
            "Verdringing: wie krijgt de woningen per huurklasse (% van de verhuringen)",
            2,
            (
                "Per huurklasse van de huur bij mutatie het deel van de verhuringen dat naar elke "
                "inkomensgroep ging.",
            ),
            (),
            (),
        )
    )
    for hk in Huurklasse:
        if not _heeft(document, f"verdringing.{hk.value}.{PASSENDE_GROEP}"):
            continue
        uit.append(
            Sectie(
                f"verdringing-{hk.value}",
                hk.omschrijving.capitalize(),
                3,
                (),
                _koppen(document, "inkomensgroep"),
                tuple(
                    _rij(document, INKOMENSGROEPNAMEN[g], f"verdringing.{hk.value}.{g}", procent)
                    for g in INKOMENSGROEPEN
                ),
            )
        )
    return uit


def als_markdown(document: dict[str, Any]) -> str:
    """Het document als Markdown."""
    titel, alineas = inleiding(document)
    regels = [f"# {titel}", ""]
    for alinea in alineas:
        regels += [alinea, ""]
    for sectie in secties(document):
        regels += ["#" * sectie.niveau + " " + sectie.titel, ""]
        for alinea in sectie.voor:
            regels += [alinea, ""]
        if sectie.koppen:
            regels += _tabel(sectie.koppen, sectie.rijen)
        for alinea in sectie.na:
            regels += [alinea, ""]
    regels += ["## Wat het model aanneemt", ""]
    regels += [f"- {a}" for a in document["aannames"]]
    regels += [
        "",
        f"Bibliotheek {document['ontvangstbewijs']['bibliotheek']}, parameterdata "
        f"{document['ontvangstbewijs']['parameterdata'][:12]}.",
        "",
    ]
    return "\n".join(regels)
