"""Bouwstenen voor tests van de jaarverantwoording: geldige rijen en bestanden."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from passend_toewijzen.verantwoording.kolommen import KOLOMMEN

KOPPEN = [k.naam for k in KOLOMMEN]


def rij(nummer: int = 1, **velden: Any) -> dict[str, str]:
    """Een geldige rij (2024, één persoon, passend, doelgroep) met de opgegeven wijzigingen."""
    basis = {
        "toewijzing_id": f"T-{nummer:05d}",
        "huuringangsdatum": "2024-03-01",
        "toewijzingsdatum": "2024-02-10",
        "gemeente": "Gorinchem",
        "woning_id": f"W-{nummer:05d}",
        "kale_huur": "600,00",
        "woningsoort": "zelfstandig",
        "daeb": "ja",
        "aantal_personen": "1",
        "huishoudinkomen": "25000",
        "aow_huishouden": "nee",
    }
    basis.update({k: str(v) for k, v in velden.items()})
    return basis


def schrijf_csv(
    pad: Path,
    rijen: Iterable[Mapping[str, str]],
    *,
    koppen: list[str] | None = None,
    scheidingsteken: str = ";",
    codering: str = "utf-8",
) -> Path:
    """Schrijf rijen als CSV; ontbrekende kolommen blijven leeg."""
    koppen = koppen or KOPPEN
    with pad.open("w", encoding=codering, newline="") as uit:
        schrijver = csv.writer(uit, delimiter=scheidingsteken, lineterminator="\r\n")
        schrijver.writerow(koppen)
        for r in rijen:
            schrijver.writerow([r.get(k, "") for k in koppen])
    return pad
