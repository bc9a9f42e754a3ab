"""De gesimuleerde verhuringen als toewijzingenbestand (CSV), voor verantwoording en monitor.

De kolommen zijn die van het toewijzingenbestand met de monitorkolommen
(:data:`~passend_toewijzen.invoer.monitorkolommen.TOEWIJZINGEN_MONITOR`), in de volgorde van het
schema: de jaarverantwoording en de monitor lezen het bestand zonder koppeling en zonder één
afgewezen rij. Bedragen staan met een punt als decimaalteken, datums als JJJJ-MM-DD.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from passend_toewijzen._schrijven import schrijf_veilig
from passend_toewijzen.invoer.monitorkolommen import TOEWIJZINGEN_MONITOR
from passend_toewijzen.simulatie.meten import Verhuurrij

__all__ = ["als_csv", "kolommen", "schrijf_toewijzingen"]


def kolommen(rijen: Sequence[Verhuurrij]) -> tuple[str, ...]:
    """De kolommen van het bestand: elke kolom die een rij vult, in schemavolgorde."""
    gebruikt = {naam for rij in rijen for naam, _ in rij.waarden}
    if not rijen:
        gebruikt = set(TOEWIJZINGEN_MONITOR.verplichte())
    onbekend = gebruikt - set(TOEWIJZINGEN_MONITOR.namen)
    if onbekend:  # pragma: no cover - een programmeerfout, geen invoerfout
        msg = f"kolommen buiten het schema: {', '.join(sorted(onbekend))}"
        raise ValueError(msg)
    return tuple(n for n in TOEWIJZINGEN_MONITOR.namen if n in gebruikt)


def _schrijf(bestand: io.StringIO, rijen: Sequence[Verhuurrij]) -> None:
    koppen = kolommen(rijen)
    schrijver = csv.writer(bestand, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(koppen)
    for rij in rijen:
        waarden = dict(rij.waarden)
        schrijver.writerow([waarden.get(k, "") for k in koppen])


def als_csv(rijen: Sequence[Verhuurrij]) -> str:
    """De verhuringen als CSV-tekst (scheidingsteken ``;``)."""
    uit = io.StringIO()
    _schrijf(uit, rijen)
    return uit.getvalue()


def schrijf_toewijzingen(pad: Path, rijen: Sequence[Verhuurrij]) -> None:
    """Schrijf de verhuringen naar ``pad``: alles of niets, nooit over een invoerbestand."""
    with schrijf_veilig(pad, newline="") as bestand:
        bestand.write(als_csv(rijen))
