"""Benchmark: de jaarverantwoording van begin tot eind op één kern, met piekgeheugen.

    python benchmarks/verantwoording_snelheid.py --aantal 1000000
    python benchmarks/verantwoording_snelheid.py --aantal 10000000
    python benchmarks/verantwoording_snelheid.py --aantal 10000000 --geen-dubbelcontrole

Genereert (eenmalig, in ``--map``) een CSV met ``--aantal`` toewijzingen in 2024 met
``scripts/genereer_toewijzingen.py`` en meet in een apart proces: lezen, valideren, toetsen,
tellen en het JSON-verslag schrijven. Het piekgeheugen is de maximale RSS van dat proces
(``getrusage``), inclusief de Python-interpreter en de bibliotheek.

Doelen (issue 5): ten minste 100.000 toewijzingen per seconde op één kern; piekgeheugen vlak,
ten hoogste 200 MB bij 10 miljoen rijen. De dubbelcontrole op ``toewijzing_id`` (standaard aan)
houdt de eerste 200.000 id's in het geheugen en de rest in een tijdelijke SQLite-database op
schijf; ``--geen-dubbelcontrole`` meet zonder die controle.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]

METING = """
import json, resource, sys, time
from pathlib import Path
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import schrijf_json
from datetime import date

parameters_op(date(2024, 1, 1))  # laden van de data telt niet mee
bestand, dubbel = sys.argv[1], sys.argv[2] == "ja"
start = time.perf_counter()
verslag = verantwoord(bestand, 2024, dubbelcontrole=dubbel)
with Path(bestand + ".json").open("w", encoding="utf-8") as uit:
    schrijf_json(verslag, uit)
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rijen": verslag.invoer["gelezen"], "seconden": duur, "piek_mb": piek}))
"""


def maak_bestand(map_: Path, aantal: int) -> Path:
    pad = map_ / f"toewijzingen-{aantal}.csv"
    if not pad.exists():
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(WORTEL / "scripts" / "genereer_toewijzingen.py"),
                "--jaar",
                "2024",
                "--aantal",
                str(aantal),
                "--ongeldig",
                "0",
                "-o",
                str(pad),
            ],
            check=True,
        )
        print(f"gegenereerd in {time.perf_counter() - start:.0f} s: {pad}")
    return pad


def meet(pad: Path, dubbelcontrole: bool) -> dict[str, float]:
    uit = subprocess.run(
        [sys.executable, "-c", METING, str(pad), "ja" if dubbelcontrole else "nee"],
        check=True,
        capture_output=True,
        text=True,
    )
    resultaat: dict[str, float] = json.loads(uit.stdout.strip().splitlines()[-1])
    return resultaat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--geen-dubbelcontrole", action="store_true")
    args = parser.parse_args()
    pad = maak_bestand(args.map, args.aantal)
    grootte = pad.stat().st_size / 1e6
    r = meet(pad, not args.geen_dubbelcontrole)
    print(
        f"{int(r['rijen']):,} rijen ({grootte:,.0f} MB CSV), dubbelcontrole "
        f"{'uit' if args.geen_dubbelcontrole else 'aan'}: {r['seconden']:.1f} s, "
        f"{r['rijen'] / r['seconden']:,.0f} rijen per seconde, piekgeheugen {r['piek_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
