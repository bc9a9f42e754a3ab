"""Genereer een fictieve woningvoorraad (en woningzoekenden) voor voorbeelden, docs en tests.

Een plattelandscorporatie met meer kernen in twee gemeenten: vooral zelfstandige DAEB-woningen
met een maximale huur (of WWS-punten) rond € 800, een deel niet-DAEB met hogere huren, een paar
onzelfstandige eenheden en woonwagens, een mutatiekans per woning (soms leeg: dan telt de
standaard 1) en bij een deel van de woningen een huurverhoging na verduurzaming. Alles is
verzonnen; dezelfde ``--zaad`` geeft byte voor byte hetzelfde bestand::

    python scripts/genereer_voorraad.py --aantal 400 -o examples/data/voorraad.csv
    python scripts/genereer_voorraad.py --zoekers 600 -o examples/data/woningzoekenden-kernen.csv
    python scripts/genereer_voorraad.py --aantal 2300000 --formaat parquet -o /tmp/groot.parquet

De punten (voor woningen zonder opgegeven maximale huur) en de bedragen zijn geen wettelijke
gegevens: het zijn getallen om mee te rekenen.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

KERNEN: tuple[tuple[str, str, int], ...] = (
    # (gemeente, kern, gewicht)
    ("Altena", "Almkerk", 14),
    ("Altena", "Werkendam", 22),
    ("Altena", "Woudrichem", 12),
    ("Altena", "Giessen", 6),
    ("Altena", "Dussen", 8),
    ("Gorinchem", "Gorinchem", 28),
    ("Gorinchem", "Dalem", 4),
)
WIJKEN = ("Centrum", "Noord", "Zuid", "Buitengebied")

KOPPEN = (
    "woning_id",
    "gemeente",
    "kern",
    "wijk",
    "woningsoort",
    "daeb",
    "kale_huur",
    "maximale_huur",
    "punten",
    "mutatiekans",
    "huurverhoging_verduurzaming",
    "streefhuur_percentage",
)
ZOEKERKOPPEN = (
    "zoeker_id",
    "inschrijfdatum",
    "aantal_personen",
    "huishoudinkomen",
    "aow_huishouden",
    "gemeente",
    "actief",
)


def _bedrag(waarde: float) -> str:
    return str(Decimal(str(round(waarde, 2))).quantize(Decimal("0.01"))).replace(".", ",")


def woningen(aantal: int, zaad: int) -> Iterator[dict[str, str]]:
    """Rijen van een fictieve woningvoorraad."""
    kans = random.Random(zaad)
    gewichten = [g for _, _, g in KERNEN]
    for nummer in range(1, aantal + 1):
        gemeente, kern, _ = kans.choices(KERNEN, gewichten)[0]
        soortkans = kans.random()
        soort = (
            "zelfstandig"
            if soortkans < 0.95
            else "onzelfstandig"
            if soortkans < 0.98
            else "woonwagen"
        )
        daeb = kans.random() < 0.9
        maximaal = kans.gauss(800 if daeb else 900, 95)
        if soort == "onzelfstandig":
            maximaal = kans.gauss(360, 40)
        maximaal = max(250.0, maximaal)
        rij = dict.fromkeys(KOPPEN, "")
        rij |= {
            "woning_id": f"{kern[:3].upper()}-{nummer:06d}",
            "gemeente": gemeente,
            "kern": kern,
            "wijk": kans.choice(WIJKEN),
            "woningsoort": soort,
            "daeb": "ja" if daeb else "nee",
            "kale_huur": _bedrag(maximaal * kans.uniform(0.6, 0.8)),
        }
        if soort == "zelfstandig" and kans.random() < 0.3:
            # WWS-punten (ongeveer 5,14 euro per punt boven de 40 punten van 187 euro in de
            # tabel per 1 oktober 2015); hele punten tussen 40 en 250.
            rij["punten"] = str(min(250, max(40, round(40 + (maximaal - 187.3) / 5.14))))
        else:
            rij["maximale_huur"] = _bedrag(maximaal)
        if kans.random() < 0.98:
            rij["mutatiekans"] = str(Decimal(kans.randint(3, 16)) / 100).replace(".", ",")
        if soort == "zelfstandig" and kans.random() < 0.4:
            rij["huurverhoging_verduurzaming"] = _bedrag(kans.choice((15, 20, 25, 30, 35, 45)))
        if kans.random() < 0.02:
            rij["streefhuur_percentage"] = kans.choice(("60", "65", "80"))
        yield rij


def zoekers(aantal: int, zaad: int) -> Iterator[dict[str, str]]:
    """Rijen van fictieve woningzoekenden (zonder echte persoonsgegevens)."""
    kans = random.Random(zaad + 1)
    gemeenten = sorted({g for g, _, _ in KERNEN})
    for nummer in range(1, aantal + 1):
        personen = kans.choices((1, 2, 3, 4, 5), (42, 28, 13, 11, 6))[0]
        aow = kans.random() < 0.22
        laag = kans.random() < 0.82
        inkomen = kans.uniform(11000, 21000) if laag else kans.uniform(23000, 52000)
        if personen > 1 and laag:
            inkomen += kans.uniform(2000, 7000)
        jaar = kans.randint(2008, 2015)
        yield {
            "zoeker_id": f"WZ-{nummer:06d}",
            "inschrijfdatum": f"{jaar}-{kans.randint(1, 12):02d}-{kans.randint(1, 28):02d}",
            "aantal_personen": str(personen),
            "huishoudinkomen": _bedrag(inkomen),
            "aow_huishouden": "ja" if aow else "nee",
            "gemeente": kans.choice(gemeenten),
            "actief": "ja",
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=400, help="aantal woningen")
    parser.add_argument(
        "--zoekers", type=int, help="schrijf woningzoekenden in plaats van woningen"
    )
    parser.add_argument("--zaad", type=int, default=14, help="startwaarde van het toeval")
    parser.add_argument("--formaat", choices=("csv", "parquet"), default="csv")
    parser.add_argument("-o", "--uitvoer", type=Path, required=True)
    args = parser.parse_args(argv)
    koppen: tuple[str, ...]
    if args.zoekers is not None:
        rijen, koppen = zoekers(args.zoekers, args.zaad), ZOEKERKOPPEN
    else:
        rijen, koppen = woningen(args.aantal, args.zaad), KOPPEN
    if args.formaat == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        kolommen: dict[str, list[str]] = {k: [] for k in koppen}
        for rij in rijen:
            for k in koppen:
                kolommen[k].append(rij[k])
        pq.write_table(pa.table(kolommen), args.uitvoer)
    else:
        with args.uitvoer.open("w", encoding="utf-8", newline="") as bestand:
            schrijver = csv.DictWriter(bestand, koppen, delimiter=";", lineterminator="\r\n")
            schrijver.writeheader()
            schrijver.writerows(rijen)
    sys.stderr.write(f"geschreven: {args.uitvoer}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
