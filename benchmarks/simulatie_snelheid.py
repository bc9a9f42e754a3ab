"""Benchmark: het beleidslab voor een corporatie van 10.000 woningen en 20.000 woningzoekenden.

    python benchmarks/simulatie_snelheid.py [--woningen 10000] [--zoekers 20000]
        [--herhalingen 100] [--processen 1] [--zonder-verantwoording]

Meet op één kern (standaard) de tijd van één jaar (2026) × ``--herhalingen`` herhalingen van één
scenario: de huur-inkomenstabel ``landelijk`` met een reactiekans van 0,3, een maximum van twee
reacties per maand, een acceptatiekans van 0,6, 5% direct bemiddeld, 150 nieuwe inschrijvingen per
maand en 1% vertrek per maand; de woningen hebben een mutatiekans van 8% per jaar. Apart gemeten:
de voorbereiding (klassen en rangen, één keer per scenario), het toewijzen (de rekenkern) en het
meten (cijfers van de monitor, en elke verhuring getoetst en geteld voor de verantwoording).

Doel (issue 17): het geheel in minder dan een minuut op één kern.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from decimal import Decimal

from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.modellen import Woningsoort
from passend_toewijzen.simulatie import laad_scenario
from passend_toewijzen.simulatie.huur import woningen_van
from passend_toewijzen.simulatie.lab import beginzoekers
from passend_toewijzen.simulatie.meten import meet
from passend_toewijzen.simulatie.motor import bereid_voor, draai

SCENARIO = """
[scenario]
naam = "benchmark"
[toewijzing]
tabel = "landelijk"
reactiekans = 0.3
max_reacties_per_maand = 2
aandeel_direct = 0.05
[acceptatie]
kans = 0.6
[bevolking]
nieuwe_inschrijvingen_per_maand = 150
vertrekkans_per_maand = 0.01
"""


def voorraad(aantal: int, rng: random.Random) -> list[Voorraadwoning]:
    return [
        Voorraadwoning(
            bron="benchmark",
            rijnummer=i + 2,
            woning_id=f"W{i:06d}",
            gemeente=rng.choice(("Altena", "Gorinchem", "Molenlanden")),
            kern=None,
            wijk=None,
            woningsoort=Woningsoort.ZELFSTANDIG,
            daeb=rng.random() < 0.9,
            kale_huur=Decimal(rng.randrange(40_000, 95_000)).scaleb(-2),
            maximale_huur=Decimal(rng.randrange(70_000, 120_000)).scaleb(-2),
            punten=None,
            mutatiekans=Decimal("0.08"),
            mutatiekans_opgegeven=True,
            huurverhoging_verduurzaming=None,
            streefhuur_percentage=None,
        )
        for i in range(aantal)
    ]


def zoekers(aantal: int, rng: random.Random) -> list[Woningzoekende]:
    return [
        Woningzoekende(
            zoeker_id=f"Z{i:06d}",
            inschrijfdatum=date(2012, 1, 1) + timedelta(days=rng.randrange(13 * 365)),
            aantal_personen=rng.choice((1, 1, 1, 2, 2, 3, 4, 5)),
            huishoudinkomen=Decimal(rng.randrange(10_000, 70_000)),
            aow_huishouden=rng.random() < 0.2,
            actief=True,
        )
        for i in range(aantal)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--woningen", type=int, default=10_000)
    parser.add_argument("--zoekers", type=int, default=20_000)
    parser.add_argument("--herhalingen", type=int, default=100)
    parser.add_argument("--zonder-verantwoording", action="store_true")
    args = parser.parse_args()
    rng = random.Random(20261202)
    stock = voorraad(args.woningen, rng)
    lijst = zoekers(args.zoekers, rng)
    scenario = laad_scenario(tekst=SCENARIO)

    start = time.perf_counter()
    actief, _, _ = beginzoekers(lijst, date(2026, 1, 1))
    v = bereid_voor(scenario, woningen_van(scenario, stock, date(2026, 1, 1))[0], actief, [2026])
    voorbereiden = time.perf_counter() - start

    toewijzen = meten = 0.0
    verhuringen = 0
    for i in range(1, args.herhalingen + 1):
        t0 = time.perf_counter()
        h = draai(v, 1, i)
        t1 = time.perf_counter()
        if not args.zonder_verantwoording:
            meet(v, h, corporatie="benchmark")
        t2 = time.perf_counter()
        toewijzen += t1 - t0
        meten += t2 - t1
        verhuringen += len(h.verhuringen)
    totaal = voorbereiden + toewijzen + meten
    print(
        f"{args.woningen} woningen, {args.zoekers} zoekers, 1 jaar x {args.herhalingen} herhalingen"
    )
    print(f"  voorbereiden          {voorbereiden:7.2f} s")
    per_herhaling = verhuringen / args.herhalingen
    print(f"  toewijzen             {toewijzen:7.2f} s  ({per_herhaling:.0f} verhuringen per run)")
    print(f"  meten en verantwoorden {meten:6.2f} s")
    print(f"  totaal                {totaal:7.2f} s  (doel: minder dan 60 s)")


if __name__ == "__main__":
    main()
