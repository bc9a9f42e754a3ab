"""Voorbeeld: de jaarverantwoording 2024 van een (fictieve) corporatie uit een CSV-bestand.

python examples/verantwoording_van_een_bestand.py

Het bestand komt uit scripts/genereer_toewijzingen.py en bevat met opzet een paar ongeldige
rijen: die worden met rijnummer, kolom en reden gemeld, nooit stil overgeslagen.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from passend_toewijzen.verantwoording.uitvoer.opmaak import procent, uitkomst

BESTAND = Path(__file__).resolve().parent / "data" / "toewijzingen-2023-2024.csv"

verslag = verantwoord(BESTAND, 2024)
invoer = verslag.invoer
print(f"{verslag.corporatie}, verslagjaar {verslag.jaar}")
print(
    f"gelezen {invoer['gelezen']} = geaccepteerd {invoer['geaccepteerd']} "
    f"+ afgewezen {invoer['afgewezen']}"
)
for toets in verslag.daeb_toetsen:
    print(
        f"DAEB {toets.sleutel}: {toets.teller} van {toets.noemer} = {procent(toets.aandeel)} "
        f"(norm {procent(toets.norm)}): {uitkomst(toets.voldoet)}"
    )
if verslag.passend_toets is not None:
    p = verslag.passend_toets
    print(
        f"passend: {p.teller} van {p.noemer} = {procent(p.aandeel)} (norm {procent(p.norm)}): "
        f"{uitkomst(verslag.passend_voldoet)}"
    )
for fout in invoer["fouten"]:
    print(f"afgewezen rij {fout['rij']} ({fout['kolom']}): {fout['melding']}")

with tempfile.TemporaryDirectory() as map_:
    (Path(map_) / "verslag.json").write_text(als_json(verslag), encoding="utf-8")
    (Path(map_) / "verslag.md").write_text(als_markdown(verslag), encoding="utf-8")
    print(f"verslagen geschreven in {map_}")
