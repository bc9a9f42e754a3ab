"""Benchmark: invoermodellen per seconde op één kern (lezen en valideren van toewijzingen).

    python benchmarks/modellen_snelheid.py [--aantal 20000] [--herhalingen 5]

Meet twee dingen over een gemengde set toewijzingen (2016-2026, alle huishoudgroottes, inkomens
en huren; vastgesteld inkomen):

1. ``uit tekst``: ``Toewijzing.model_validate`` van een woordenboek zoals een bestandslezer het
   oplevert: bedragen, datums, keuzes en teksten als tekst, ja/nee-waarden als ``bool``, de
   personen als lijst van woordenboeken;
2. ``uit typen``: ``Huishouden``, ``Woning`` en ``Toewijzing`` maken uit al getypte waarden
   (``Decimal``, ``date``, enums), met een hergebruikte tuple van ``Persoon``-objecten.

Doel: samen met de toets ten minste 100.000 toewijzingen per seconde (lezen, valideren, toetsen en
optellen), dus ruwweg 4 µs voor de modellen. Het script meldt de beste van de herhalingen (minst
verstoord door andere processen).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort

# Eén gemeenschappelijke tuple per huishoudgrootte: zo leest een snelle lezer ze in.
PERSONEN: dict[int, tuple[Persoon, ...]] = {
    n: (
        Persoon(rol=Rol.AANVRAGER),
        *(Persoon(rol=Rol.PARTNER if i == 0 else Rol.KIND) for i in range(n - 1)),
    )
    for n in range(1, 5)
}

Getypt = tuple[tuple[Persoon, ...], Decimal, bool, str, Decimal, Woningsoort, date, date, str]


def maak_set(aantal: int, zaad: int = 20261122) -> tuple[list[dict[str, Any]], list[Getypt]]:
    """Dezelfde toewijzingen als woordenboek met tekst en als getypte waarden."""
    rng = random.Random(zaad)
    jaren = [j for j in range(2016, 2027) if j != 2020]
    teksten: list[dict[str, Any]] = []
    getypt: list[Getypt] = []
    for nummer in range(aantal):
        personen = rng.choice((1, 1, 1, 2, 2, 3, 4))
        ingang = date(rng.choice(jaren), 1, 1) + timedelta(days=rng.randrange(365))
        toegewezen = ingang - timedelta(days=rng.randrange(60))
        inkomen = Decimal(rng.randrange(10_000, 60_000))
        aow = rng.random() < 0.2
        huur = Decimal(rng.randrange(40_000, 95_000)).scaleb(-2)
        soort = rng.choice((Woningsoort.ZELFSTANDIG,) * 9 + (Woningsoort.WOONWAGEN,))
        woning_id = f"W-{nummer % 5000}"
        toewijzing_id = f"T-{nummer}"
        teksten.append(
            {
                "id": toewijzing_id,
                "toewijzingsdatum": toegewezen.isoformat(),
                "huuringangsdatum": ingang.isoformat(),
                "huishouden": {
                    "personen": [{"rol": p.rol.value} for p in PERSONEN[personen]],
                    "vastgesteld_inkomen": str(inkomen),
                    "aow_huishouden": aow,
                },
                "woning": {
                    "id": woning_id,
                    "kale_huur": str(huur),
                    "soort": soort.value,
                    "daeb": True,
                    "gemeente": "Gorinchem",
                },
            }
        )
        getypt.append(
            (
                PERSONEN[personen],
                inkomen,
                aow,
                woning_id,
                huur,
                soort,
                toegewezen,
                ingang,
                toewijzing_id,
            )
        )
    return teksten, getypt


def uit_typen(rij: Getypt) -> Toewijzing:
    personen, inkomen, aow, woning_id, huur, soort, toegewezen, ingang, toewijzing_id = rij
    return Toewijzing(
        huishouden=Huishouden(personen=personen, vastgesteld_inkomen=inkomen, aow_huishouden=aow),
        woning=Woning(id=woning_id, kale_huur=huur, soort=soort, daeb=True, gemeente="Gorinchem"),
        toewijzingsdatum=toegewezen,
        huuringangsdatum=ingang,
        id=toewijzing_id,
    )


def meet(naam: str, functie: Callable[[Any], object], set_: Sequence[Any], keer: int) -> float:
    beste = float("inf")
    for _ in range(keer):
        start = time.perf_counter()
        for rij in set_:
            functie(rij)
        beste = min(beste, time.perf_counter() - start)
    per_stuk = beste / len(set_) * 1e6
    print(f"{naam:<18} {per_stuk:8.2f} µs per toewijzing   {len(set_) / beste:>10,.0f} per seconde")
    return per_stuk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=20_000)
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()
    teksten, getypt = maak_set(args.aantal)
    # Zelfde uitkomst langs beide wegen (controle, en opwarmen).
    for tekst, rij in zip(teksten[:2000], getypt[:2000], strict=True):
        if Toewijzing.model_validate(tekst) != uit_typen(rij):
            raise SystemExit("de twee wegen geven verschillende toewijzingen")
    print(f"{args.aantal} toewijzingen, beste van {args.herhalingen} herhalingen, één kern")
    meet("uit tekst", Toewijzing.model_validate, teksten, args.herhalingen)
    meet("uit typen", uit_typen, getypt, args.herhalingen)


if __name__ == "__main__":
    main()
