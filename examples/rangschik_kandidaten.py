"""Voorbeeld: rangschik de kandidaten voor een woning met de Woongaard-tabel.

python examples/rangschik_kandidaten.py

De woning en de kandidaten staan in examples/data/ (JSON), zoals een woonruimteverdeelsysteem ze
zou aanleveren.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from passend_toewijzen import Woning, laad_tabel, lees_kandidaten, rangschik

DATA = Path(__file__).resolve().parent / "data"

woning = Woning.model_validate_json((DATA / "woning.json").read_bytes())
kandidaten = lees_kandidaten((DATA / "kandidaten.json").read_bytes())
tabel = laad_tabel("woongaard-2015")

uitkomst = rangschik(woning, kandidaten, tabel, date(2018, 3, 1))
for geplaatst in uitkomst.volgorde:
    print(
        f"{geplaatst.plaats}. {geplaatst.kandidaat} ({geplaatst.cel}, ingeschreven "
        f"{geplaatst.inschrijfdatum}): {geplaatst.oordeel.reden}"
    )
for uitgesloten in uitkomst.uitgesloten:
    print(f"uitgesloten: {uitgesloten.kandidaat}: {uitgesloten.reden}")
for niet in uitkomst.niet_beoordeeld:
    print(f"niet beoordeeld: {niet.kandidaat}: {niet.reden}")
