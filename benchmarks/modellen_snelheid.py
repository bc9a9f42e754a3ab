"""Benchmark: invoermodellen per seconde op één kern (lezen en valideren van toewijzingen).

    python benchmarks/modellen_snelheid.py [--aantal 20000] [--herhalingen 5]

Meet drie dingen over een gemengde set toewijzingen (2016-2026, alle huishoudgroottes, inkomens
en huren; vastgesteld inkomen):

1. ``uit tekst``: ``Toewijzing.model_validate`` van een woordenboek zoals een bestandslezer het
   oplevert: bedragen, datums, keuzes en teksten als tekst, ja/nee-waarden als ``bool``, de
   personen als lijst van woordenboeken;
2. ``uit typen``: ``Huishouden``, ``Woning`` en ``Toewijzing`` maken uit al getypte waarden
   (``Decimal``, ``date``, enums), met een hergebruikte tuple van ``Persoon``-objecten;
3. ``keten``: de hele weg van een CSV-regel (in het geheugen) via het woordenboek en
   ``model_validate`` naar ``toets_toewijzing(..., strikt=False, uitleg=False)`` en een telling per
   toewijzingssegment en passendheid, zoals de jaarlijkse verantwoording.

Doel: de keten met ten minste 100.000 toewijzingen per seconde (ongeveer 10 µs per
toewijzing). Het script meldt de beste van de herhalingen (minst verstoord door andere
processen).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from _meten import meet

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.toets import toets_toewijzing

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


KOLOMMEN = (
    "id",
    "toewijzingsdatum",
    "huuringangsdatum",
    "rollen",
    "vastgesteld_inkomen",
    "aow_huishouden",
    "woning_id",
    "kale_huur",
    "soort",
    "daeb",
    "gemeente",
)


def als_csv(teksten: list[dict[str, Any]]) -> str:
    """Dezelfde toewijzingen als CSV-tekst (zoals een export uit een verhuursysteem)."""
    uit = io.StringIO()
    schrijver = csv.writer(uit)
    schrijver.writerow(KOLOMMEN)
    for t in teksten:
        hh, w = t["huishouden"], t["woning"]
        schrijver.writerow(
            (
                t["id"],
                t["toewijzingsdatum"],
                t["huuringangsdatum"],
                ";".join(p["rol"] for p in hh["personen"]),
                hh["vastgesteld_inkomen"],
                "ja" if hh["aow_huishouden"] else "nee",
                w["id"],
                w["kale_huur"],
                w["soort"],
                "ja" if w["daeb"] else "nee",
                w["gemeente"],
            )
        )
    return uit.getvalue()


def keten(tekst: str) -> Counter[tuple[object, object]]:
    """CSV-regel → woordenboek → Toewijzing → toets zonder uitleg → telling."""
    telling: Counter[tuple[object, object]] = Counter()
    regels = csv.reader(io.StringIO(tekst))
    next(regels)
    for (
        toewijzing_id,
        toegewezen,
        ingang,
        rollen,
        inkomen,
        aow,
        woning_id,
        huur,
        soort,
        daeb,
        gemeente,
    ) in regels:
        toewijzing = Toewijzing.model_validate(
            {
                "id": toewijzing_id,
                "toewijzingsdatum": toegewezen,
                "huuringangsdatum": ingang,
                "huishouden": {
                    "personen": [{"rol": rol} for rol in rollen.split(";")],
                    "vastgesteld_inkomen": inkomen,
                    "aow_huishouden": aow == "ja",
                },
                "woning": {
                    "id": woning_id,
                    "kale_huur": huur,
                    "soort": soort,
                    "daeb": daeb == "ja",
                    "gemeente": gemeente,
                },
            }
        )
        uitkomst = toets_toewijzing(toewijzing, strikt=False, uitleg=False)
        telling[uitkomst.toewijzingssegment, uitkomst.passendheid] += 1
    return telling


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
    tekst = als_csv(teksten)
    telling = keten(tekst)  # opwarmen: parameters per peildatum
    if telling.total() != args.aantal:
        raise SystemExit("de keten telt niet alle toewijzingen")
    meet("keten (csv→telling)", keten, [tekst], args.herhalingen, aantal=args.aantal)


if __name__ == "__main__":
    main()
