"""Benchmark: de monitor van begin tot eind, met piekgeheugen.

    python benchmarks/monitor_snelheid.py --aantal 50000 --zoekers 100000

Genereert (eenmalig, in ``--map``) een toewijzingenbestand met de monitorkolommen en een
woningzoekendenbestand met ``scripts/genereer_toewijzingen.py`` en meet in een apart proces:
lezen, indelen (een toets per verhuring en per woningzoekende), rekenen en het JSON-document
maken. Het piekgeheugen is de maximale RSS van dat proces (``getrusage``).
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
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.monitor import monitor

parameters_op(date(2025, 1, 1))  # laden van de data telt niet mee
start = time.perf_counter()
document = monitor([sys.argv[1]], jaar=2025, woningzoekenden=sys.argv[2])
tekst = json.dumps(document, ensure_ascii=False, indent=2)
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
verhuringen = document["totaal"]["verhuringen"]
print(json.dumps({"seconden": duur, "piek_mb": piek, "verhuringen": verhuringen}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=50_000, help="verhuringen")
    parser.add_argument("--zoekers", type=int, default=100_000, help="woningzoekenden")
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    toewijzingen = args.map / f"monitor-{args.aantal}.csv"
    zoekers = args.map / f"monitor-zoekers-{args.zoekers}.csv"
    if not toewijzingen.exists() or not zoekers.exists():
        subprocess.run(
            [
                sys.executable,
                str(WORTEL / "scripts" / "genereer_toewijzingen.py"),
                "--jaar",
                "2025",
                "--aantal",
                str(args.aantal),
                "--ongeldig",
                "0",
                "--monitor",
                "-o",
                str(toewijzingen),
                "--woningzoekenden",
                str(zoekers),
                "--zoekers",
                str(args.zoekers),
            ],
            check=True,
        )
    uit = subprocess.run(
        [sys.executable, "-c", METING, str(toewijzingen), str(zoekers)],
        check=True,
        capture_output=True,
        text=True,
    )
    meting = json.loads(uit.stdout)
    print(
        f"{meting['verhuringen']:,} verhuringen en {args.zoekers:,} woningzoekenden: "
        f"{meting['seconden']:.1f} s, piekgeheugen {meting['piek_mb']:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
