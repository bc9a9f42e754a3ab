"""Voorbeeld: slaagkansen en zoekduur 2025 per doelgroep, uit de voorbeeldbestanden.

python examples/monitor_slaagkansen.py

De bestanden komen uit scripts/genereer_toewijzingen.py (fictief): het toewijzingenbestand van de
verantwoording met de kolommen van de monitor, en een woningzoekendenbestand. Daarna dezelfde
definities op eigen records in het geheugen (zoals een beleidssimulatie ze gebruikt).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from passend_toewijzen.monitor import Verhuring, kerncijfers, monitor, zoekduur_maanden

DATA = Path(__file__).resolve().parent / "data"

document = monitor(
    [DATA / "toewijzingen-monitor-2025.csv"],
    jaar=2025,
    woningzoekenden=DATA / "woningzoekenden-2025.csv",
)
totaal = document["totaal"]
print(
    f"{totaal['verhuringen']} verhuringen, {totaal['woningzoekenden']} actieve woningzoekenden, "
    f"slaagkans {totaal['slaagkans']}, mediane zoekduur {totaal['zoekduur_maanden']['mediaan']} "
    "maanden"
)
for groep in document["doelgroepen"]:
    print(
        f"  {groep['omschrijving']}: slaagkans {groep['slaagkans']}, "
        f"zoekduur mediaan {groep['zoekduur_maanden']['mediaan']}"
        + ("  [signaal]" if groep["signaal"] else "")
    )
for wijk in document["spreiding"]["wijken"][:3]:
    print(f"  wijk {wijk['wijk']}: locatiequotiënt statushouders {wijk['locatiequotient']['sth']}")
print(
    f"dissimilariteitsindex statushouders: {document['spreiding']['dissimilariteitsindex']['sth']}"
)

# Dezelfde definities op records in het geheugen.
eigen = [
    Verhuring(
        id="A",
        toewijzingsdatum=date(2025, 3, 1),
        huuringangsdatum=date(2025, 4, 1),
        gemeente="Gorinchem",
        doelgroep="passend_eenpersoons",
        inschrijfdatum=date(2019, 3, 1),
        zoekdatum=date(2023, 9, 1),
    ),
    Verhuring(
        id="B",
        toewijzingsdatum=date(2025, 6, 30),
        huuringangsdatum=date(2025, 7, 1),
        gemeente="Gorinchem",
        doelgroep="passend_eenpersoons",
        inschrijfdatum=date(2024, 12, 31),
    ),
]
print([zoekduur_maanden(v) for v in eigen])  # [(18, False), (6, True)]
cijfers = kerncijfers(eigen, 40, minimum=1)
print(f"slaagkans {cijfers.slaagkans}, mediane zoekduur {cijfers.zoekduur.mediaan} maanden")
