"""Benchmark: toetsen per seconde op één kern, voor al gevalideerde Toewijzing-objecten.

    python benchmarks/toets_snelheid.py [--aantal 20000] [--herhalingen 5]

Meet vier dingen over een gemengde set toewijzingen (2016-2026, alle huishoudgroottes, inkomens
en huren; vastgesteld inkomen):

1. ``toets``: ``toets_toewijzing`` zelf; de uitleg (regels met parameter, bron en uitkomst) wordt
   gemaakt, de Nederlandse zinnen nog niet;
2. ``toets zonder uitleg``: ``toets_toewijzing(..., uitleg=False)``, zoals voor de jaarlijkse
   verantwoording waarin alleen de oordelen worden geteld;
3. ``toets + zinnen``: daarbij ook alle zinnen van de uitleg opgebouwd;
4. ``toets + JSON``: de volledige uitkomst als JSON-tekst.

Doel (issue 3): ten hoogste 5 µs per toets met uitleg. Het script meldt de beste van de
herhalingen (minst verstoord door andere processen).
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from decimal import Decimal

from _meten import meet

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.toets import toets_toewijzing


def maak_set(aantal: int, zaad: int = 20261122) -> list[Toewijzing]:
    rng = random.Random(zaad)
    # Jaren waarin alle benodigde grenzen onderbouwd zijn (2020: DAEB-grens onbekend).
    jaren = [j for j in range(2016, 2027) if j != 2020]
    resultaat = []
    for _ in range(aantal):
        personen = rng.choice((1, 1, 1, 2, 2, 3, 4))
        leden = (
            Persoon(rol=Rol.AANVRAGER),
            *(Persoon(rol=Rol.MEDEBEWONER) for _ in range(personen - 1)),
        )
        ingang = date(rng.choice(jaren), 1, 1) + timedelta(days=rng.randrange(365))
        resultaat.append(
            Toewijzing(
                huishouden=Huishouden(
                    personen=leden,
                    vastgesteld_inkomen=Decimal(rng.randrange(10_000, 60_000)),
                    aow_huishouden=rng.random() < 0.2 and ingang.year != 2025,
                ),
                woning=Woning(
                    id="W",
                    kale_huur=Decimal(rng.randrange(40_000, 95_000)).scaleb(-2),
                    soort=Woningsoort.ZELFSTANDIG,
                    daeb=True,
                    gemeente="G",
                ),
                toewijzingsdatum=ingang,
                huuringangsdatum=ingang,
            )
        )
    return resultaat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=20_000)
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()
    set_ = maak_set(args.aantal)
    for t in set_[:2000]:  # parametersets per datum opwarmen
        toets_toewijzing(t)
    print(f"{args.aantal} toewijzingen, beste van {args.herhalingen} herhalingen, één kern")
    meet("toets", toets_toewijzing, set_, args.herhalingen, eenheid="toets")
    meet(
        "toets zonder uitleg",
        lambda t: toets_toewijzing(t, uitleg=False),
        set_,
        args.herhalingen,
        eenheid="toets",
    )
    meet(
        "toets + zinnen",
        lambda t: [r.zin for r in toets_toewijzing(t).uitleg],
        set_,
        args.herhalingen,
        eenheid="toets",
    )
    meet(
        "toets + JSON",
        lambda t: toets_toewijzing(t).als_json(),
        set_,
        args.herhalingen,
        eenheid="toets",
    )


if __name__ == "__main__":
    main()
