"""Het kolommenschema van een bestand met toewijzingen voor de jaarverantwoording.

Eén rij per toewijzing (nieuwe verhuring). De kolomnamen zijn Nederlands; een corporatie met
een eigen export koppelt haar kolomnamen aan deze namen (``--kolom eigen=schema``). De volgorde
van de kolommen doet er niet toe; hoofdletters en spaties in kolomkoppen ook niet.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from passend_toewijzen.modellen import Bijzonderheid, Woningsoort, Zorgindicatie

__all__ = [
    "KOLOMMEN",
    "Kolom",
    "Soort",
    "normaliseer_kop",
    "sjabloon_csv",
    "verplichte_kolommen",
]


class Soort(enum.StrEnum):
    """Het soort waarde in een kolom."""

    TEKST = "tekst"
    DATUM = "datum"
    BEDRAG = "bedrag"
    AANTAL = "aantal"
    VLAG = "ja/nee"
    KEUZE = "keuze"


class Kolom(NamedTuple):
    """Eén kolom van het schema."""

    naam: str
    soort: Soort
    verplicht: bool
    omschrijving: str
    voorbeeld: str
    keuzes: tuple[str, ...] = ()


def _waarden(soort: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(str(w.value) for w in soort)


KOLOMMEN: tuple[Kolom, ...] = (
    Kolom(
        "toewijzing_id",
        Soort.TEKST,
        True,
        "Uw kenmerk van de toewijzing (uniek in het bestand).",
        "2025-000123",
    ),
    Kolom(
        "huuringangsdatum",
        Soort.DATUM,
        True,
        "De datum waarop de huur ingaat; bepaalt het verslagjaar en alle grenzen.",
        "2025-03-01",
    ),
    Kolom(
        "toewijzingsdatum",
        Soort.DATUM,
        True,
        "De datum van de toewijzing (niet na de huuringangsdatum).",
        "2025-02-12",
    ),
    Kolom("gemeente", Soort.TEKST, True, "De gemeente waarin de woning ligt.", "Gorinchem"),
    Kolom("woning_id", Soort.TEKST, True, "Uw kenmerk van de woongelegenheid.", "GOR-0412"),
    Kolom(
        "kale_huur",
        Soort.BEDRAG,
        True,
        "De kale huur per maand bij de start van het contract, zonder servicekosten.",
        "648,75",
    ),
    Kolom(
        "woningsoort",
        Soort.KEUZE,
        True,
        "Soort woongelegenheid (Woningwet art. 1).",
        "zelfstandig",
        _waarden(Woningsoort),
    ),
    Kolom("daeb", Soort.VLAG, True, "Of de woongelegenheid tot het DAEB-bezit hoort.", "ja"),
    Kolom(
        "aantal_personen",
        Soort.AANTAL,
        True,
        "Het aantal personen in het huishouden, kinderen inbegrepen.",
        "2",
    ),
    Kolom(
        "huishoudinkomen",
        Soort.BEDRAG,
        False,
        "Het huishoudinkomen per jaar zoals vastgesteld (en geïndexeerd) voor het jaar van de "
        "huuringang. Verplicht, behalve bij vergunninghouders of studenten.",
        "31.250,00",
    ),
    Kolom(
        "aow_huishouden",
        Soort.VLAG,
        True,
        "Of het huishouden een ouderenhuishouden is (AOW-leeftijd op 1 januari van het jaar van de "
        "huuringang, zoals de Wet op de huurtoeslag dat bepaalt).",
        "nee",
    ),
    Kolom(
        "corporatie",
        Soort.TEKST,
        False,
        "De toegelaten instelling; leeg: de naam uit --corporatie of de bestandsnaam.",
        "Woonstichting Voorbeeld",
    ),
    Kolom(
        "vergunninghouders",
        Soort.VLAG,
        False,
        "Alle bewoners zijn vergunninghouders uit een COA-opvang (leeg: nee).",
        "nee",
    ),
    Kolom(
        "studenten",
        Soort.VLAG,
        False,
        "Alle bewoners ontvangen studiefinanciering (leeg: nee).",
        "nee",
    ),
    Kolom(
        "zorgindicatie",
        Soort.KEUZE,
        False,
        "De zorgindicatie die voor de DAEB-norm telt (leeg: geen).",
        "",
        _waarden(Zorgindicatie),
    ),
    Kolom("urgentie", Soort.VLAG, False, "Toewijzing met urgentie (leeg: nee).", "nee"),
    Kolom(
        "huurtoeslag_mogelijk",
        Soort.VLAG,
        False,
        "Alleen voor onzelfstandige eenheden en standplaatsen: of huurtoeslag mogelijk is.",
        "",
    ),
    Kolom(
        "servicekosten",
        Soort.BEDRAG,
        False,
        "Alle servicekosten per maand. Begrenzen (tot en met 2025) de subsidiabele servicekosten "
        "als die niet zijn opgegeven.",
        "",
    ),
    Kolom(
        "subsidiabele_servicekosten",
        Soort.BEDRAG,
        False,
        "Het deel van de servicekosten dat in de rekenhuur van de huurtoeslag meetelt (Wet op de "
        "huurtoeslag art. 5 lid 3, tot en met 2025). Bepaalt met de kale huur of huurtoeslag "
        "mogelijk is en de toewijzing onder passend toewijzen valt; leeg: de toets beslist alleen "
        "als dat voor elk mogelijk bedrag hetzelfde is.",
        "",
    ),
    Kolom(
        "verzoek_art_54a",
        Soort.VLAG,
        False,
        "Het AOW-huishouden vroeg de aftoppingsgrens buiten toepassing te laten (BTIV art. 54a; "
        "leeg: nee). Kan alleen als aow_huishouden ja is.",
        "nee",
    ),
    Kolom(
        "alle_bewoners_aow",
        Soort.VLAG,
        False,
        "Of alle bewoners, kinderen inbegrepen, op 1 januari van het jaar van de huuringang de "
        "AOW-leeftijd hadden bereikt (BTIV art. 54a). Verplicht bij een verzoek op grond van "
        "art. 54a van een huishouden van meer personen; bij één persoon gelijk aan aow_huishouden.",
        "",
    ),
    Kolom(
        "rendementsgrondslag_box3",
        Soort.BEDRAG,
        False,
        "De rendementsgrondslag in box 3 (verplicht bij een verzoek op grond van art. 54a).",
        "",
    ),
    Kolom(
        "bijzonderheid",
        Soort.KEUZE,
        False,
        "Bijzondere omstandigheid (informatief; geen vrijstelling).",
        "",
        _waarden(Bijzonderheid),
    ),
    Kolom("wijk", Soort.TEKST, False, "Wijk (informatief).", ""),
    Kolom("kern", Soort.TEKST, False, "Kern (informatief).", ""),
)
"""Alle kolommen van het schema, in de volgorde van het sjabloon."""

_NAMEN = {k.naam: k for k in KOLOMMEN}


def normaliseer_kop(kop: str) -> str:
    """Een kolomkop in de vaste vorm: ``" Kale huur "`` → ``"kale_huur"``."""
    return "_".join(kop.strip().lower().replace("-", " ").split())


def verplichte_kolommen() -> tuple[str, ...]:
    """De namen van de verplichte kolommen."""
    return tuple(k.naam for k in KOLOMMEN if k.verplicht)


def kolom(naam: str) -> Kolom:
    """De kolom met deze naam."""
    return _NAMEN[naam]


def sjabloon_csv(
    voorbeeldrijen: Sequence[Mapping[str, str]] = (), scheidingsteken: str = ";"
) -> str:
    """Een CSV-sjabloon: de kolomkoppen en één voorbeeldrij (of de opgegeven rijen)."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=scheidingsteken, lineterminator="\r\n")
    schrijver.writerow([k.naam for k in KOLOMMEN])
    rijen = voorbeeldrijen or [{k.naam: k.voorbeeld for k in KOLOMMEN}]
    for rij in rijen:
        schrijver.writerow([rij.get(k.naam, "") for k in KOLOMMEN])
    return uit.getvalue()
