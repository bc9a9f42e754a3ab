"""Benchmark: de bereikbaarheid van begin tot eind (de rij-voor-rij-weg), met piekgeheugen.

    python benchmarks/bereikbaarheid_snelheid.py --aantal 100000
    python benchmarks/bereikbaarheid_snelheid.py --aantal 1000000 --scenarios 2

Genereert (eenmalig, in ``--map``) een voorraad met ``scripts/genereer_voorraad.py`` en meet in
een apart proces: lezen, valideren, de punten opzoeken, elk scenario doorrekenen, tellen per
gemeente en kern, en het JSON-document schrijven. Het piekgeheugen is de maximale RSS van dat
proces. Dit is de referentieweg (zuivere Python, rij voor rij); de landelijke voorraad van
ongeveer 2,3 miljoen woningen in seconden hoort bij de kolomsgewijze rekenkern, niet bij deze weg.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]

METING = """
import json, resource, sys, time
from datetime import date
from passend_toewijzen.bereikbaarheid import bereken_bereikbaarheid, als_json

bestand, scenarios = sys.argv[1], int(sys.argv[2])
percentages = ["72", "67.5", "65", "70", "75"][:scenarios]
start = time.perf_counter()
uitkomst = bereken_bereikbaarheid(bestand, date(2016, 1, 1), percentages)
tekst = als_json(uitkomst)
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"woningen": uitkomst.voorraad.gelezen, "seconden": duur, "piek_mb": piek}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--scenarios", type=int, default=2, choices=range(1, 6))
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    pad = args.map / f"voorraad-{args.aantal}.csv"
    if not pad.exists():
        subprocess.run(
            [
                sys.executable,
                str(WORTEL / "scripts" / "genereer_voorraad.py"),
                *("--aantal", str(args.aantal), "-o", str(pad)),
            ],
            check=True,
        )
    uit = subprocess.run(
        [sys.executable, "-c", METING, str(pad), str(args.scenarios)],
        capture_output=True,
        text=True,
        check=True,
    )
    meting = json.loads(uit.stdout)
    per_seconde = meting["woningen"] * args.scenarios / meting["seconden"]
    print(
        f"{meting['woningen']:,} woningen x {args.scenarios} scenario's in "
        f"{meting['seconden']:.1f} s ({per_seconde:,.0f} woning-scenario's per seconde), "
        f"piekgeheugen {meting['piek_mb']:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
