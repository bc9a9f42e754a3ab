"""MkDocs-hook: vult de pagina ``bewijsdossier.md`` uit ``docs/bewijs/eigenschappen.json``.

De pagina bevat twee markeringen. ``<!-- SAMENVATTING -->`` (direct onder de titel) wordt de
samenvatting voor een accountant: van welke commit en welke datum het dossier is, wat er getoetst
is en met welke uitkomst, en wat het niet bewijst. ``<!-- GEGENEREERD -->`` wordt de gegevens
van de laatste volledige bewijsrun (``scripts/bewijsdossier.py``): per eigenschap de wettelijke
zin, de grondslag, het aantal voorbeelden en de uitkomst, daarna de mutatietoetsing en de
dekking. Zo kan de pagina nooit iets anders zeggen dan het dossier dat naast de code staat; of
dat dossier nog bij de tests past, bewaakt ``tests/unit/test_bewijsdossier.py``.

Registratie in ``mkdocs.yml``::

    hooks:
      - docs/hooks/parametertabellen.py
      - docs/hooks/bewijsdossier.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MARKERING = "<!-- GEGENEREERD -->"
SAMENVATTING = "<!-- SAMENVATTING -->"
PAGINA = "bewijsdossier.md"
DOSSIER = Path("bewijs") / "eigenschappen.json"
"""Het dossier, ten opzichte van de documentatiemap."""

_UITKOMST = {
    "passed": "geslaagd",
    "failed": "**gefaald**",
    "skipped": "**overgeslagen**",
    "niet gedraaid": "**niet gedraaid**",
}


def _cel(tekst: object) -> str:
    """Tekst voor een tabelcel: op één regel, zonder losse verticale strepen."""
    return " ".join(str(tekst).split()).replace("|", "\\|")


def _getal(aantal: int | None) -> str:
    """Een aantal in Nederlandse notatie (``1.000``), of een streepje."""
    return "—" if aantal is None else f"{aantal:,}".replace(",", ".")


def _percentage(tekst: str) -> str:
    return tekst.replace(".", ",") + "%"


def _ja_nee(waarde: object) -> str:
    if waarde is True:
        return "ja"
    return "nee" if waarde is False else "onbekend"


def samenvatting(dossier: dict[str, Any]) -> str:
    """De gegevens van de laatste volledige run."""
    profiel = dossier.get("profiel") or {}
    eigenschappen = dossier.get("eigenschappen") or []
    geslaagd = sum(1 for e in eigenschappen if e.get("uitkomst") == "passed")
    voorbeelden = [e.get("voorbeelden") or 0 for e in eigenschappen]
    commit = dossier.get("git_commit")
    commit_tekst = f"`{commit}`" if commit else "onbekend"
    if dossier.get("werkkopie_gewijzigd"):
        commit_tekst += " met lokale wijzigingen in `src/` of `tests/`"
    uitkomst = (
        f"alle {len(eigenschappen)} eigenschappen geslaagd"
        if dossier.get("uitkomst") == "passed"
        else f"**{len(eigenschappen) - geslaagd} van de {len(eigenschappen)} eigenschappen "
        "niet geslaagd**"
    )
    regels = [
        "## Laatste volledige run",
        "",
        "| Gegeven | Waarde |",
        "|---|---|",
        f"| Datum | {dossier.get('datum', 'onbekend')} |",
        f"| Uitkomst | {uitkomst} |",
        f"| Voorbeelden | {_getal(sum(voorbeelden))} in totaal; per eigenschap "
        f"{_getal(min(voorbeelden, default=0))} tot {_getal(max(voorbeelden, default=0))} |",
        f"| Profiel | `{_cel(profiel.get('naam'))}`: ten minste "
        f"{_getal(profiel.get('max_examples'))} voorbeelden per eigenschap, vaste volgorde "
        f"van voorbeelden: {_ja_nee(profiel.get('derandomize'))} |",
        f"| Looptijd | {_getal(dossier.get('looptijd_seconden'))} seconden |",
        f"| Bibliotheekversie | {_cel(dossier.get('bibliotheekversie'))} |",
        f"| Commit | {commit_tekst} |",
        f"| Hypothesis en Python | hypothesis {_cel(dossier.get('hypothesis_versie'))}, "
        f"Python {_cel(dossier.get('python'))} |",
        f"| Opdracht | `{_cel(dossier.get('opdracht'))}` |",
        "",
        f"Het volledige dossier staat in [`eigenschappen.json`]({DOSSIER.as_posix()}).",
        "",
    ]
    return "\n".join(regels)


def tabel_eigenschappen(dossier: dict[str, Any]) -> str:
    """Per testbestand een tabel met de eigenschappen."""
    per_bestand: dict[str, list[dict[str, Any]]] = {}
    for eigenschap in dossier.get("eigenschappen") or []:
        bestand = str(eigenschap["node_id"]).split("::", 1)[0]
        per_bestand.setdefault(bestand, []).append(eigenschap)
    regels = ["## Eigenschappen", ""]
    for bestand in sorted(per_bestand):
        groep = per_bestand[bestand]
        omschrijving = groep[0].get("module_omschrijving")
        regels.append(f"### `{bestand}`")
        regels.append("")
        if omschrijving:
            regels.extend([_cel(omschrijving), ""])
        regels.append("| Eigenschap | Grondslag | Voorbeelden | Uitkomst |")
        regels.append("|---|---|---:|---|")
        for e in groep:
            zin = _cel(e.get("eigenschap") or "*(geen docstring)*")
            grondslag = _cel(e.get("grondslag") or "**ontbreekt**")
            regels.append(
                f"| {zin}<br>`{_cel(e['naam'])}` | {grondslag} | {_getal(e.get('voorbeelden'))} "
                f"| {_UITKOMST.get(str(e.get('uitkomst')), _cel(e.get('uitkomst')))} |"
            )
        regels.append("")
    return "\n".join(regels)


def mutatietoetsing(dossier: dict[str, Any]) -> str:
    """De uitkomst van de mutatietoetsing, of de mededeling dat die nog niet is gemeten."""
    mutaties = dossier.get("mutatietoetsing")
    regels = ["## Mutatietoetsing", ""]
    if not mutaties:
        regels.extend(
            [
                "Nog niet gemeten. Zodra `docs/bewijs/mutaties.json` bestaat, neemt "
                "`scripts/bewijsdossier.py` de uitkomst over en staat die hier.",
                "",
            ]
        )
        return "\n".join(regels)
    modules = ", ".join(f"`{_cel(m)}`" for m in mutaties.get("modules") or []) or "—"
    score = str(mutaties.get("score", "—"))
    looptijd = mutaties.get("looptijd_seconden")
    regels.extend(
        [
            "Bij mutatietoetsing verandert een gereedschap de code steeds op één plek "
            "(bijvoorbeeld `<=` in `<`, `and` in `or`, een getal één hoger) en draait de tests "
            "opnieuw. Een mutant is *gedood* als een test faalt; een *overlevende* mutant is een "
            "verandering die geen test opmerkt. Zo'n mutant is ofwel een gat in de tests (dan is "
            "er een test bijgekomen), ofwel *equivalent*: een verandering die het gedrag "
            "aantoonbaar niet wijzigt. Elke equivalente mutant staat hieronder met zijn reden.",
            "",
            "| Gegeven | Waarde |",
            "|---|---|",
            f"| Gereedschap | {_cel(mutaties.get('gereedschap'))} |",
            f"| Datum | {_cel(mutaties.get('datum'))} |",
            f"| Opdracht | `{_cel(mutaties.get('commando', '—'))}` |",
            f"| Modules | {modules} |",
            f"| Mutanten | {_getal(mutaties.get('totaal'))} |",
            f"| Gedood | {_getal(mutaties.get('gedood'))} |",
            f"| Time-out (ook gedood) | {_getal(mutaties.get('time-out'))} |",
            f"| Equivalent | {_getal(mutaties.get('equivalent'))} |",
            f"| Onverklaard | {_getal(mutaties.get('onverklaard'))} |",
            f"| Score | {_cel(score)} (doel 0.950) |",
            f"| Score zonder aftrek van equivalenten | {_cel(mutaties.get('score_ruw', '—'))} |",
            f"| Looptijd | {_getal(looptijd)} s |",
            "",
            f"Definitie: {_cel(mutaties.get('score_definitie', '—'))}",
            "",
        ]
    )
    overlevend = mutaties.get("overlevend") or []
    if overlevend:
        regels.extend(
            [
                "Overlevende mutanten, met de reden waarom ze het gedrag niet veranderen:",
                "",
                "| Mutant | Plek | Verandering | Reden |",
                "|---|---|---|---|",
            ]
        )
        for m in overlevend:
            naam = str(m.get("mutant", "")).rsplit(".", 1)[-1]
            plek = f"{str(m.get('bestand', '')).removeprefix('src/')}:{m.get('regel', '—')}"
            regels.append(
                f"| `{_cel(naam)}` | `{_cel(plek)}` | `{_cel(m.get('verandering', '—'))}` "
                f"| {_cel(m.get('reden', '—'))} |"
            )
        regels.append("")
    else:
        regels.extend(["Er zijn geen overlevende mutanten.", ""])
    regels.extend(_niet_gemuteerd(mutaties.get("niet_gemuteerd")))
    return "\n".join(regels)


def _niet_gemuteerd(functies: list[dict[str, Any]] | None) -> list[str]:
    """De functies die mutmut overslaat (met een decorator), of niets als dat niet gemeten is."""
    if functies is None:
        return []
    if not functies:
        return ["Alle functies in deze modules zijn gemuteerd.", ""]
    regels = [
        "Niet gemuteerd: mutmut slaat functies met een decorator over (behalve `staticmethod` en "
        "`classmethod`). De bibliotheek houdt daarom geen logica in zulke functies: een geheugen "
        "(`cache`) staat los van de functie die het vult. Wat overblijft zijn korte properties "
        "en functies van een paar regels zonder eigen logica; voor hen geldt wel de eis van "
        "volledige takdekking.",
        "",
        "| Functie | Plek | Decorator | Regels |",
        "|---|---|---|---:|",
    ]
    for f in functies:
        plek = f"{str(f.get('bestand', '')).removeprefix('src/')}:{f.get('regel', '—')}"
        decorators = ", ".join(f"`@{_cel(d)}`" for d in f.get("decorators") or [])
        regels.append(
            f"| `{_cel(f.get('functie'))}` | `{_cel(plek)}` | {decorators} "
            f"| {_getal(f.get('regels'))} |"
        )
    regels.append("")
    return regels


def dekking(dossier: dict[str, Any]) -> str:
    """De eis van volledige takdekking en de meting van de laatste run."""
    meting = dossier.get("dekking")
    regels = [
        "## Dekking",
        "",
        "Eis: elke regel en elke tak (elke uitkomst van elke `if`) van "
        "`passend_toewijzen.regels` en `passend_toewijzen.parameters` wordt door ten minste één "
        "test uitgevoerd, met een test die de uitkomst controleert. Dekking bewijst niet dat de "
        "regels juist zijn (dat doen de eigenschappen en de gevallen); zij laat zien dat er geen "
        "code is die nooit is getoetst. De CI controleert de eis met:",
        "",
        "```bash",
        str(meting.get("opdracht"))
        if meting
        else 'pytest -q -m "not browser" --cov=passend_toewijzen.regels '
        "--cov=passend_toewijzen.parameters --cov-branch --cov-report=term-missing "
        "--cov-fail-under=100",
        "```",
        "",
    ]
    if not meting or not meting.get("pakketten"):
        regels.extend(["De dekking is in de laatste run niet gemeten.", ""])
        return "\n".join(regels)
    regels.extend(
        [
            "Meting in de laatste run:",
            "",
            "| Pakket | Bestanden | Regels | Takken | Dekking | Niet uitgevoerd |",
            "|---|---:|---:|---:|---:|---|",
        ]
    )
    for pakket in meting["pakketten"]:
        ontbrekend = pakket.get("ontbrekend") or {}
        niet = (
            "<br>".join(
                f"`{_cel(pad)}`: regels {', '.join(map(str, d.get('regels') or [])) or '—'}"
                for pad, d in sorted(ontbrekend.items())
            )
            or "—"
        )
        regels.append(
            f"| `{_cel(pakket['pakket'])}` | {_getal(pakket.get('bestanden'))} "
            f"| {_getal(pakket.get('geraakte_regels'))} van {_getal(pakket.get('regels'))} "
            f"| {_getal(pakket.get('geraakte_takken'))} van {_getal(pakket.get('takken'))} "
            f"| {_percentage(str(pakket.get('percentage')))} | {niet} |"
        )
    regels.append("")
    return "\n".join(regels)


def voor_de_accountant(dossier: dict[str, Any] | None) -> str:
    """De samenvatting bovenaan de pagina: herkomst, uitkomst en grenzen van het bewijs."""
    if dossier is None:
        return ""
    eigenschappen = dossier.get("eigenschappen") or []
    voorbeelden = [e.get("voorbeelden") or 0 for e in eigenschappen]
    geslaagd = dossier.get("uitkomst") == "passed"
    commit = dossier.get("git_commit")
    herkomst = f"commit `{str(commit)[:12]}`" if commit else "een onbekende commit"
    if dossier.get("werkkopie_gewijzigd"):
        herkomst += " met lokale wijzigingen"
    invoer = dossier.get("invoer") or {}
    mutaties = dossier.get("mutatietoetsing") or {}
    meting = dossier.get("dekking") or {}
    dekking = ", ".join(
        f"`{_cel(p.get('pakket'))}` {_percentage(str(p.get('percentage')))}"
        for p in meting.get("pakketten") or []
    )
    regels = [
        '!!! abstract "Samenvatting voor de accountant"',
        f"    Dit dossier is gemaakt op **{_cel(dossier.get('datum', 'onbekende datum'))}** van "
        f"{herkomst} van de broncode (bibliotheekversie "
        f"{_cel(dossier.get('bibliotheekversie'))}, dataversie "
        f"{_cel(dossier.get('data_versie', 'onbekend'))}).",
        "",
        f"    - **Getoetst**: {len(eigenschappen)} wettelijke regels, elk als eigenschap met het "
        "artikel waarop zij berust, met samen "
        f"{_getal(sum(voorbeelden))} automatisch bedachte gevallen (per regel ten minste "
        f"{_getal(min(voorbeelden, default=0))}). Uitkomst: "
        + ("**alle regels gehouden**." if geslaagd else "**niet alle regels gehouden**."),
    ]
    if mutaties:
        regels.append(
            f"    - **Opmerken van fouten**: van {_getal(mutaties.get('totaal'))} opzettelijk "
            f"ingebrachte fouten in de regels merkten de tests er "
            f"{_getal((mutaties.get('gedood') or 0) + (mutaties.get('time-out') or 0))} op; "
            f"de overige {_getal(mutaties.get('equivalent'))} veranderen het gedrag aantoonbaar "
            f"niet (elk met de reden hieronder). Score {_cel(mutaties.get('score'))}, gemeten "
            f"op {_cel(mutaties.get('datum', 'een onbekende datum'))} (de mutatietoetsing "
            "draait apart, zie hieronder)."
        )
    if dekking:
        regels.append(f"    - **Dekking** (elke regel en elke tak van de code): {dekking}.")
    regels.extend(
        [
            "    - **Actueel**: het dossier legt een inhoudshash vast van de code, de wettelijke "
            f"data en de tests waarvan het gemaakt is (`{_cel(str(invoer.get('hash', '—'))[:16])}`"
            f" over {_getal(len(invoer.get('bestanden') or {}))} bestanden). Verandert een van "
            "die bestanden inhoudelijk, dan faalt de controle in de CI tot het dossier opnieuw "
            "is gemaakt; een dossier op deze site past dus bij de code van de site.",
            "    - **Niet bewezen**: dat de wettelijke bedragen juist uit de bronnen zijn "
            "overgenomen (zie [Onderbouwing](parameters/onderbouwing.md)) en dat de lezing van "
            "de wet juist is (zie de toelichting bij elke [regel](regels/index.md)). Het dossier "
            "laat zien dat de code doet wat die lezing zegt.",
            "",
        ]
    )
    return "\n".join(regels)


def genereer(dossier: dict[str, Any] | None) -> str:
    """De gegenereerde inhoud van de pagina."""
    if dossier is None:
        return (
            '!!! warning "Nog geen dossier"\n'
            "    Het bewijsdossier is nog niet gemaakt: draai `python scripts/bewijsdossier.py`.\n"
        )
    delen = (samenvatting, tabel_eigenschappen, mutatietoetsing, dekking)
    return "\n".join(deel(dossier) for deel in delen)


def lees_dossier(docs_dir: Path) -> dict[str, Any] | None:
    """Het dossier uit de documentatiemap, of ``None`` als het er niet is."""
    pad = docs_dir / DOSSIER
    if not pad.exists():
        return None
    document = json.loads(pad.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        msg = f"{pad}: verwacht een JSON-object"
        raise ValueError(msg)
    return document


def on_page_markdown(markdown: str, page: Any, config: Any, **_: Any) -> str:
    if page.file.src_uri != PAGINA:
        return markdown
    for markering in (SAMENVATTING, MARKERING):
        if markering not in markdown:
            msg = f"{PAGINA}: markering {markering} ontbreekt"
            raise ValueError(msg)
    dossier = lees_dossier(Path(config["docs_dir"]))
    markdown = markdown.replace(SAMENVATTING, voor_de_accountant(dossier))
    return markdown.replace(MARKERING, genereer(dossier))
