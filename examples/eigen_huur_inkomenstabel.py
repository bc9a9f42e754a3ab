"""Voorbeeld: laad een eigen huur-inkomenstabel, toon haar bedragen en beoordeel een huishouden.

python examples/eigen_huur_inkomenstabel.py
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from passend_toewijzen import (
    Huishouden,
    Persoon,
    Rol,
    Woning,
    Woningsoort,
    beoordeel,
    laad_tabel,
    tabel_op,
)

tabel = laad_tabel(Path(__file__).resolve().parent / "data" / "eigen-tabel.toml")
peildatum = date(2026, 3, 1)

# Het rooster met de bedragen van de peildatum (symbolische grenzen opgelost).
print(tabel_op(tabel, peildatum).als_tekst())

huishouden = Huishouden(
    personen=(Persoon(rol=Rol.AANVRAGER), Persoon(rol=Rol.PARTNER)),
    vastgesteld_inkomen=Decimal("41000"),
    aow_huishouden=False,
)
woning = Woning(
    id="VBS-0001",
    kale_huur=Decimal("812.50"),
    soort=Woningsoort.ZELFSTANDIG,
    daeb=True,
    gemeente="Voorbeeldstad",
)
oordeel = beoordeel(woning, huishouden, tabel, peildatum)
print(oordeel.als_tekst())
