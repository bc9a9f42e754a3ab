"""Rekenregels van de monitor: volle maanden, verdelingen, slaagkans, marktdruk en spreiding.

Alles is exact (:class:`fractions.Fraction`); geen ``float`` in een cijfer. Elke functie werkt op
gewone waarden in het geheugen, zodat een andere capaciteit (het beleidslab) dezelfde cijfers
met dezelfde definities rekent. De definities staan in de documentatie
(``docs/regels/monitor-definities.md``).

**Volle maanden** (:func:`volle_maanden`): het aantal hele kalendermaanden van ``van`` tot
``tot``. Een maand is vol op dezelfde dag van de volgende maand, of op de laatste dag van die
maand als zij korter is (van 31 januari tot 28 februari 2025 is één volle maand).

**Percentielen** (:func:`percentiel`): lineaire interpolatie tussen de gesorteerde waarden,
methode 7 van Hyndman en Fan (1996), dezelfde als ``PERCENTIEL.INC`` in Excel en de standaard van
NumPy: bij ``n`` waarden en fractie ``p`` is de positie ``h = (n − 1)·p`` (vanaf 0) en het
percentiel ``x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])``. De mediaan is het 50e percentiel: bij een
oneven aantal de middelste waarde, bij een even aantal het gemiddelde van de twee middelste.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import NamedTuple

__all__ = [
    "PERCENTIELEN",
    "Verdeling",
    "aandeel_binnen",
    "dissimilariteitsindex",
    "locatiequotient",
    "marktdruk",
    "mediaan",
    "percentiel",
    "slaagkans",
    "verdeling",
    "volle_maanden",
]

PERCENTIELEN: tuple[tuple[str, Fraction], ...] = (
    ("p25", Fraction(1, 4)),
    ("p75", Fraction(3, 4)),
    ("p90", Fraction(9, 10)),
)
"""De percentielen die de monitor van elke duur geeft (naast mediaan en gemiddelde)."""


def _plus_maanden(datum: date, maanden: int) -> date:
    totaal = datum.year * 12 + datum.month - 1 + maanden
    jaar, maand = divmod(totaal, 12)
    maand += 1
    dag = min(datum.day, calendar.monthrange(jaar, maand)[1])
    return date(jaar, maand, dag)


def volle_maanden(van: date, tot: date) -> int:
    """Het aantal volle kalendermaanden van ``van`` tot ``tot`` (``tot`` niet vóór ``van``)."""
    if tot < van:
        msg = f"de einddatum {tot.isoformat()} ligt vóór de begindatum {van.isoformat()}"
        raise ValueError(msg)
    maanden = (tot.year - van.year) * 12 + tot.month - van.month
    while maanden > 0 and _plus_maanden(van, maanden) > tot:
        maanden -= 1
    return maanden


def percentiel(waarden: Sequence[Fraction | int], p: Fraction) -> Fraction:
    """Het ``p``-percentiel (0 ≤ p ≤ 1) van niet-lege ``waarden`` (methode 7, zie boven)."""
    if not waarden:
        msg = "een percentiel van nul waarden bestaat niet"
        raise ValueError(msg)
    if not 0 <= p <= 1:
        msg = f"een percentiel ligt tussen 0 en 1, niet {p}"
        raise ValueError(msg)
    return _gesorteerd_percentiel(sorted(waarden), p)


def _gesorteerd_percentiel(x: Sequence[Fraction | int], p: Fraction) -> Fraction:
    """Het percentiel van al gesorteerde waarden (alleen de twee buren worden breuken)."""
    h = (len(x) - 1) * Fraction(p)
    onder = h.numerator // h.denominator
    if onder + 1 >= len(x):
        return Fraction(x[-1])
    laag = Fraction(x[onder])
    return laag + (h - onder) * (Fraction(x[onder + 1]) - laag)


def mediaan(waarden: Sequence[Fraction | int]) -> Fraction:
    """De mediaan: de middelste waarde, of bij een even aantal het gemiddelde van de twee
    middelste."""
    return percentiel(waarden, Fraction(1, 2))


class Verdeling(NamedTuple):
    """Aantal, mediaan, gemiddelde en percentielen van een reeks waarden (``None`` zonder
    waarden)."""

    aantal: int
    mediaan: Fraction | None
    gemiddelde: Fraction | None
    p25: Fraction | None
    p75: Fraction | None
    p90: Fraction | None


def verdeling(waarden: Iterable[Fraction | int]) -> Verdeling:
    """De :class:`Verdeling` van ``waarden``."""
    # Gehele waarden (volle maanden) sorteren en optellen als int: snel en exact.
    lijst = sorted(waarden)
    if not lijst:
        return Verdeling(0, None, None, None, None, None)
    p25, p75, p90 = (_gesorteerd_percentiel(lijst, p) for _, p in PERCENTIELEN)
    som = sum(lijst, Fraction(0)) if any(isinstance(w, Fraction) for w in lijst) else sum(lijst)
    return Verdeling(
        len(lijst),
        _gesorteerd_percentiel(lijst, Fraction(1, 2)),
        Fraction(som) / len(lijst),
        p25,
        p75,
        p90,
    )


def aandeel_binnen(waarden: Iterable[int | Fraction], grens: int | Fraction) -> Fraction | None:
    """Het aandeel van de waarden dat niet hoger is dan ``grens`` (``None`` zonder waarden)."""
    lijst = list(waarden)
    if not lijst:
        return None
    return Fraction(sum(1 for w in lijst if w <= grens), len(lijst))


def slaagkans(verhuringen: int, actieve_woningzoekenden: int) -> Fraction | None:
    """Verhuringen gedeeld door actieve woningzoekenden (``None`` zonder actieve zoekers)."""
    if verhuringen < 0 or actieve_woningzoekenden < 0:
        msg = "aantallen zijn niet negatief"
        raise ValueError(msg)
    if actieve_woningzoekenden == 0:
        return None
    return Fraction(verhuringen, actieve_woningzoekenden)


def marktdruk(reacties: int, verhuringen: int) -> Fraction | None:
    """Reacties per verhuring (``None`` zonder verhuringen)."""
    if reacties < 0 or verhuringen < 0:
        msg = "aantallen zijn niet negatief"
        raise ValueError(msg)
    if verhuringen == 0:
        return None
    return Fraction(reacties, verhuringen)


def locatiequotient(
    groep_in_wijk: int, alle_in_wijk: int, groep_totaal: int, alle_totaal: int
) -> Fraction | None:
    """(groep in wijk / alle in wijk) / (groep totaal / alle totaal); ``None`` als een noemer 0
    is. 1 is evenredig, hoger is oververtegenwoordigd."""
    if alle_in_wijk == 0 or groep_totaal == 0 or alle_totaal == 0:
        return None
    return Fraction(groep_in_wijk, alle_in_wijk) / Fraction(groep_totaal, alle_totaal)


def dissimilariteitsindex(per_wijk: Mapping[str, tuple[int, int]]) -> Fraction | None:
    """½ Σ |aᵢ/A − bᵢ/B| over de wijken; ``per_wijk`` geeft per wijk (a, b): a = verhuringen aan
    de groep, b = de overige verhuringen. ``None`` als A of B nul is. 0: de groep is over de
    wijken verdeeld als de rest; 1: volledig gescheiden."""
    a_totaal = sum(a for a, _ in per_wijk.values())
    b_totaal = sum(b for _, b in per_wijk.values())
    if a_totaal == 0 or b_totaal == 0:
        return None
    som = sum(
        (abs(Fraction(a, a_totaal) - Fraction(b, b_totaal)) for a, b in per_wijk.values()),
        Fraction(0),
    )
    return som / 2
