"""Voorbeeld: toets één toewijzing en lees de uitleg.

python examples/toets_een_toewijzing.py
"""

from __future__ import annotations

from passend_toewijzen import Toewijzing, toets_toewijzing

toewijzing = Toewijzing.model_validate(
    {
        "id": "2024-0042",
        "huishouden": {
            "personen": [
                {"rol": "aanvrager", "geboortedatum": "1985-04-12"},
                {"rol": "kind", "geboortedatum": "2012-09-30"},
            ],
            "vastgesteld_inkomen": "31250.00",
        },
        "woning": {
            "id": "GOR-0117",
            "kale_huur": "648.75",
            "servicekosten": "32.50",
            "soort": "zelfstandig",
            "daeb": True,
            "gemeente": "Gorinchem",
        },
        "toewijzingsdatum": "2024-02-14",
        "huuringangsdatum": "2024-03-01",
    }
)

uitkomst = toets_toewijzing(toewijzing)
print(f"Toewijzingssegment: {uitkomst.toewijzingssegment}")
print(f"Passendheid:        {uitkomst.passendheid} ({uitkomst.passendheid_reden})")
print()
for stap in uitkomst.uitleg:
    print(f"[{stap.regel_id}] {stap.zin}")
    if stap.bron is not None:
        print(f"    {stap.artikel}; bron: {stap.bron.titel}")
print()
print(f"Ontvangstbewijs: {uitkomst.ontvangstbewijs.als_dict()}")
