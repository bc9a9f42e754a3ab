"""MkDocs-hook: genereert tabellen en downloads bij het bouwen uit de code en de gegevens.

De pagina's ``parameters/per-jaar.md``, ``parameters/per-reeks.md`` en
``parameters/onderbouwing.md`` bevatten een markering ``<!-- GEGENEREERD -->``; deze hook
vervangt die door tabellen; ``referentie/kolommen.md`` krijgt zo het kolommenschema van de
jaarverantwoording en ``downloads/sjabloon-toewijzingen.csv`` het sjabloon. Zo kunnen de
documentatie, de code en de data nooit uit elkaar lopen.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from mkdocs.structure.files import File, Files

from passend_toewijzen.invoer.toewijzingen import KOLOMMEN, TOEWIJZINGEN
from passend_toewijzen.parameters import Bron, Parameterdefinitie, Reekswaarde, Status, register
from passend_toewijzen.parameters.afleiden import beschrijf_invoer
from passend_toewijzen.parameters.formules import FORMULES
from passend_toewijzen.parameters.overzicht import momenten
from passend_toewijzen.parameters.waarden import formatteer_waarde

MARKERING = "<!-- GEGENEREERD -->"


AFBREEKPUNT = "\u200b"
"""Een breekpunt zonder teken, na ``_`` en ``/`` in lopende tekst: lange namen als
``indexatiefactor_huurtoeslag`` in een opmerking breken daar af, nooit midden in een woord."""


def _cel(tekst: str) -> str:
    tekst = tekst.replace("|", "\\|").replace("\n", " ")
    return tekst.replace("_", "_" + AFBREEKPUNT).replace("/", "/" + AFBREEKPUNT)


def label(definitie: Parameterdefinitie) -> str:
    """Een Nederlandse naam voor een parameter: het begin van de omschrijving als dat een naam is
    ("Lage aftoppingsgrens: ..."), anders de parameternaam in woorden."""
    kop, scheiding, _ = definitie.omschrijving.partition(":")
    if scheiding and len(kop) <= 45 and "," not in kop:
        return kop.strip()
    afkortingen = {"aow": "AOW", "daeb": "DAEB", "wws": "WWS", "btiv": "BTIV"}
    woorden = " ".join(afkortingen.get(w, w) for w in definitie.naam.split("_"))
    return woorden[:1].upper() + woorden[1:]


def naamcode(naam: str) -> str:
    """Een parameternaam als code die alleen na een underscore mag afbreken, nooit midden in een
    woord (zie ``docs/stylesheets/extra.css``)."""
    return "<code>" + naam.replace("_", "_<wbr>") + "</code>"


def _parameter(definitie: Parameterdefinitie) -> str:
    """De cel van een parameter: de Nederlandse naam, daaronder de naam in de data."""
    return f"{_cel(label(definitie))}<br>{naamcode(definitie.naam)}"


def _bronlink(bron: Bron | None) -> str:
    if bron is None:
        return "—"
    datum = f", {bron.datum.isoformat()}" if bron.datum else ""
    return f"[{_cel(bron.titel)}]({bron.url}) ({_cel(bron.uitgever)}{datum})"


def _waarde(definitie: Parameterdefinitie, rw: Reekswaarde) -> str:
    if rw.vervallen:
        return "*vervallen*"
    if rw.waarde is None:
        return "*onbekend*"
    return _cel(formatteer_waarde(rw.waarde, definitie.eenheid))


def _datum(rw: Reekswaarde) -> str:
    """Een datum die in een smalle kolom niet afbreekt."""
    return f'<span style="white-space: nowrap">{rw.geldig_vanaf.isoformat()}</span>'


def _status(rw: Reekswaarde) -> str:
    if rw.vervallen:
        return "vervallen"
    return {
        Status.DEFINITIEF: "definitief",
        Status.AFGELEID: "afgeleid",
        Status.SECUNDAIR: "**secundair**",
        Status.VOORLOPIG: "**voorlopig**",
        Status.ONBEKEND: "**onbekend**",
    }[rw.status]


def per_jaar() -> str:
    reg = register()
    per_jaar: dict[int, list[Any]] = defaultdict(list)
    for moment in momenten(reg):
        per_jaar[moment.year].append(moment)
    delen: list[str] = []
    for jaar in sorted(per_jaar, reverse=True):  # het nieuwste jaar eerst
        delen.append(f"## {jaar}\n")
        for index, moment in enumerate(per_jaar[jaar]):
            if index == 0:
                delen.append(f"Waarden die gelden op **{moment.isoformat()}**:\n")
                namen = sorted(reg.definities)
            else:
                namen = sorted(n for n, d in reg.definities.items() if moment in d.data)
                delen.append(f"Wijzigingen per **{moment.isoformat()}**:\n")
            delen.append("| Parameter | Waarde | Geldig vanaf | Status | Bron |")
            delen.append("|---|---|---|---|---|")
            for naam in namen:
                definitie = reg.definities[naam]
                rw = definitie.reekswaarde_op(moment)
                if rw is None or (rw.vervallen and rw.geldig_vanaf < moment):
                    continue
                delen.append(
                    f"| {_parameter(definitie)} | {_waarde(definitie, rw)} "
                    f"| {_datum(rw)} "
                    f"| {_status(rw)} | {_bronlink(rw.bron)} |"
                )
            delen.append("")
    return "\n".join(delen)


def per_reeks() -> str:
    reg = register()
    delen: list[str] = []
    for bestand in sorted({d.bestand for d in reg.definities.values()}):
        delen.append(f"## {bestand}\n")
        for naam in sorted(n for n, d in reg.definities.items() if d.bestand == bestand):
            d = reg.definities[naam]
            delen.append(f"### `{naam}`\n")
            delen.append(f"**{_cel(label(d))}**\n")
            delen.append(f"{d.omschrijving}\n")
            delen.append(f"- Eenheid: {d.eenheid.value}")
            delen.append(f"- Grondslag: {d.grondslag}")
            delen.append(f"- Herziening: {d.herziening.value}")
            if d.toegestane_waarden:
                delen.append(f"- Mogelijke waarden: {', '.join(d.toegestane_waarden)}")
            if d.zie_ook:
                delen.append(f"- Zie ook: {', '.join(f'`{z}`' for z in d.zie_ook)}")
            delen.append("")
            delen.append("| Geldig vanaf | Waarde (status) | Bron | Vindplaats | Opmerking |")
            delen.append("|---|---|---|---|---|")
            for rw in reversed(d.reeks):  # de nieuwste waarde eerst
                delen.append(
                    f"| {_datum(rw)} | {_waarde(d, rw)} ({_status(rw)}) "
                    f"| {_bronlink(rw.bron)} | {_cel(rw.vindplaats or '')} "
                    f"| {_cel(rw.opmerking or '')} |"
                )
            delen.append("")
    return "\n".join(delen)


def _afgeleid(reg: Any) -> list[str]:
    """De afgeleide waarden: formule, artikel, invoer, berekening en gepubliceerde bedragen."""
    delen: list[str] = []
    for naam in sorted(reg.definities):
        d = reg.definities[naam]
        for rw in d.reeks:
            afleiding = rw.afleiding
            if afleiding is None:
                continue
            formule = FORMULES[afleiding.formule]
            kop = f"### `{naam}` per {rw.geldig_vanaf.isoformat()}: {_waarde(d, rw)}"
            delen.append(kop + "\n")
            delen.append(f"- Formule: {formule.omschrijving} ({formule.grondslag}).")
            delen.append(
                f"- Voorgeschreven in: {_bronlink(rw.bron)}"
                + (f", {_cel(rw.vindplaats)}" if rw.vindplaats else "")
                + "."
            )
            delen.append("- Invoer:")
            delen.extend(
                f"    - {regel}"
                for regel in beschrijf_invoer(afleiding, rw.geldig_vanaf, reg.definities)
            )
            delen.append(f"- Berekening: {afleiding.berekening}.")
            if rw.bevestigd_door:
                delen.append(
                    "- Gepubliceerd met hetzelfde bedrag: "
                    + ", ".join(_bronlink(b) for b in rw.bevestigd_door)
                    + "."
                )
            if afleiding.afwijking is not None:
                afwijking = afleiding.afwijking
                bedrag = formatteer_waarde(afwijking.waarde, d.eenheid)
                delen.append(
                    f"- **Afwijkend gepubliceerd bedrag**: {bedrag}"
                    f" in {_bronlink(afwijking.bron)}"
                    + (f" ({_cel(afwijking.vindplaats)})" if afwijking.vindplaats else "")
                    + f". {_cel(afwijking.toelichting)}"
                )
            if rw.opmerking:
                delen.append(f"- Opmerking: {_cel(rw.opmerking)}")
            delen.append("")
    return delen


def onderbouwing() -> str:
    reg = register()
    zwak: list[str] = []
    for naam in sorted(reg.definities):
        d = reg.definities[naam]
        for rw in reversed(d.reeks):  # de nieuwste waarde eerst
            if rw.vervallen or rw.status in (Status.DEFINITIEF, Status.AFGELEID):
                continue
            bevestigd = ", ".join(_bronlink(b) for b in rw.bevestigd_door) or "—"
            zwak.append(
                f"| {_parameter(d)} | {_waarde(d, rw)}<br>vanaf {_datum(rw)}<br>{_status(rw)} "
                f"| {_bronlink(rw.bron)} | {bevestigd} | {_cel(rw.opmerking or '')} |"
            )
    delen = [
        f"Dataversie **{reg.data_versie}**, inhoudshash `{reg.data_hash}`; gedekte periode "
        f"{reg.dekking_van.isoformat()} tot en met {reg.dekking_tot.isoformat()}.\n",
        "## Waarden die niet definitief onderbouwd zijn\n",
        f"{len(zwak)} waarden hebben de status *secundair* of *onbekend*.\n",
        "| Parameter | Waarde, geldig vanaf, status | Bron | Bevestigd door | Opmerking |",
        "|---|---|---|---|---|",
        *zwak,
        "",
        "## Afgeleide waarden\n",
        "Deze waarden bepaalt de wet met een formule uit andere, definitieve waarden. "
        "Het laden van de data rekent elke afgeleide waarde opnieuw uit en weigert de data "
        "als de uitkomst afwijkt. Staat hetzelfde bedrag ook in een publicatie, dan staat "
        "die bij *gepubliceerd met hetzelfde bedrag*; wijkt een publicatie af, dan staat "
        "dat er met de verklaring bij.\n",
        *_afgeleid(reg),
        "## Alle bronnen\n",
        "| Bron | Soort | Gebruikt voor |",
        "|---|---|---|",
    ]
    gebruik: dict[str, set[str]] = defaultdict(set)
    bronnen: dict[str, Bron] = {}
    for naam, d in reg.definities.items():
        for rw in d.reeks:
            for bron in (rw.bron, *rw.bevestigd_door):
                if bron is not None:
                    sleutel = f"{d.bestand}:{bron.sleutel}"
                    bronnen[sleutel] = bron
                    gebruik[sleutel].add(naam)
    for sleutel in sorted(bronnen, key=lambda s: (bronnen[s].soort.value, bronnen[s].titel)):
        bron = bronnen[sleutel]
        namen = ", ".join(naamcode(n) for n in sorted(gebruik[sleutel]))
        delen.append(f"| {_bronlink(bron)} | {bron.soort.value} | {namen} |")
    return "\n".join(delen) + "\n"


def kolommen() -> str:
    """Het kolommenschema van het toewijzingenbestand, uit ``invoer.toewijzingen.KOLOMMEN``."""
    regels = [
        "| Kolom | Soort | Verplicht | Omschrijving | Voorbeeld |",
        "|---|---|---|---|---|",
    ]
    for kolom in KOLOMMEN:
        omschrijving = kolom.omschrijving
        if kolom.keuzes:
            omschrijving += " Keuzes: " + ", ".join(f"`{k}`" for k in kolom.keuzes) + "."
        if kolom.persoonsgegeven:
            omschrijving += " *Persoonsgegeven: een melding noemt de waarde niet.*"
        voorbeeld = f"`{kolom.voorbeeld}`" if kolom.voorbeeld else ""
        regels.append(
            f"| {naamcode(kolom.naam)} | {kolom.soort.value} "
            f"| {'ja' if kolom.verplicht else 'nee'} | "
            f"{_cel(omschrijving)} | {voorbeeld} |"
        )
    return "\n".join(regels) + "\n"


GENERATOREN = {
    "referentie/kolommen.md": kolommen,
    "parameters/per-jaar.md": per_jaar,
    "parameters/per-reeks.md": per_reeks,
    "parameters/onderbouwing.md": onderbouwing,
}


def on_files(files: Files, config: Any, **_: Any) -> Files:
    """Voeg het sjabloon voor de jaarverantwoording toe als downloadbaar bestand."""
    files.append(
        File.generated(
            config, "downloads/sjabloon-toewijzingen.csv", content=TOEWIJZINGEN.sjabloon_csv()
        )
    )
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    generator = GENERATOREN.get(page.file.src_uri)
    if generator is None:
        return markdown
    if MARKERING not in markdown:
        msg = f"{page.file.src_uri}: markering {MARKERING} ontbreekt"
        raise ValueError(msg)
    return markdown.replace(MARKERING, generator())
