"""Voorbeeld: wat doet onze streefhuur met de bereikbaarheid van het aanbod?

python examples/bereikbaarheid_streefhuur.py

Een verzonnen plattelandscorporatie met zeven kernen (uit scripts/genereer_voorraad.py) vergelijkt
op 1 januari 2016 drie scenario's: de huidige streefhuur van 72% van de maximale huur, een
verlaagde streefhuur van 67,5%, en 67,5% met de huurverhoging na verduurzaming erbij. Voor elk
scenario: het aandeel woningen dat bij mutatie bereikbaar is voor één- en tweepersoonshuishoudens
en voor drie of meer personen van de primaire doelgroep, naast het aandeel van die doelgroepen onder
de woningzoekenden. De verslagen (JSON, Markdown, HTML en Excel) komen in een tijdelijke map.
"""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from passend_toewijzen.bereikbaarheid import (
    Scenario,
    als_json,
    als_markdown,
    bereken_bereikbaarheid,
)

DATA = Path(__file__).resolve().parent / "data"

scenarios = [
    Scenario("streefhuur 72%", Decimal(72)),
    Scenario("streefhuur 67,5%", Decimal("67.5")),
    Scenario("67,5% met verduurzaming", Decimal("67.5"), verduurzaming=True),
]
uitkomst = bereken_bereikbaarheid(
    DATA / "voorraad.csv",
    date(2016, 1, 1),
    scenarios,
    woningzoekenden=DATA / "woningzoekenden-kernen.csv",
)
document = uitkomst.document()
invoer = document["invoer"]
print(
    f"gelezen {invoer['gelezen']} = geaccepteerd {invoer['geaccepteerd']} "
    f"+ afgewezen {invoer['afgewezen']} + leeg {invoer['leeg']}"
)
print(invoer["mutatiekans"]["toelichting"], f"({invoer['mutatiekans']['woningen_met_standaard']})")
for s in [document["huidige_huur"], *document["scenarios"]]:  # eerst vandaag, dan de scenario's
    b = s["bereikbaar"]
    print(
        f"{s['naam']}: bereikbaar voor 1-2 personen {b['een_twee_personen']['percentage']}% "
        f"({b['een_twee_personen']['aandeel_exact']}), voor 3 of meer "
        f"{b['drie_of_meer']['percentage']}%; mutatieaanbod 1-2 personen "
        f"{b['een_twee_personen']['mutatieaanbod']['percentage']}%"
    )
for groep in document["woningzoekenden"]["doelgroepen"]:
    print(f"woningzoekenden, {groep['omschrijving']}: {groep['percentage']}%")

with tempfile.TemporaryDirectory() as map_:
    (Path(map_) / "bereikbaarheid.json").write_text(als_json(uitkomst), encoding="utf-8")
    (Path(map_) / "bereikbaarheid.md").write_text(als_markdown(uitkomst), encoding="utf-8")
    try:
        from passend_toewijzen.bereikbaarheid.uitvoer.excel import schrijf_excel
        from passend_toewijzen.bereikbaarheid.uitvoer.html import als_html
    except ImportError:  # zonder het extra 'verantwoording': alleen JSON en Markdown
        pass
    else:
        (Path(map_) / "bereikbaarheid.html").write_text(als_html(uitkomst), encoding="utf-8")
        schrijf_excel(uitkomst, Path(map_) / "bereikbaarheid.xlsx")
    print(f"verslagen geschreven in {map_}")
