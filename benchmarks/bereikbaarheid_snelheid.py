"""Benchmark: de bereikbaarheid van begin tot eind, op de kolom- of de rij-motor, met piekgeheugen.

    python benchmarks/bereikbaarheid_snelheid.py --aantal 100000 --motor rij
    python benchmarks/bereikbaarheid_snelheid.py --aantal 2300000 --formaat parquet --motor kolom
    python benchmarks/bereikbaarheid_snelheid.py --aantal 200000 --vergelijk

Genereert (eenmalig, in ``--map``) een voorraad met ``scripts/genereer_voorraad.py`` (CSV of
Parquet) en meet in een apart proces: lezen, valideren, de punten opzoeken, elk scenario
doorrekenen, tellen per gemeente en kern, en het JSON-document maken. Het piekgeheugen is de
maximale RSS van dat proces. ``--vergelijk`` meet beide motoren op hetzelfde bestand, controleert
dat hun documenten byte voor byte gelijk zijn en geeft de verhouding.

Doel (kolom-motor, extra ``[kolom]``): de landelijke voorraad van ongeveer 2,3 miljoen woningen
met twee scenario's uit Parquet in ten hoogste ongeveer 10 seconden.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

WORTEL = Path(__file__).resolve().parents[1]
DOEL_SECONDEN = 10.0
"""Het doel voor 2,3 miljoen woningen x 2 scenario's uit Parquet op de kolom-motor."""

METING = """
import hashlib, json, resource, sys, time
from datetime import date
from passend_toewijzen.bereikbaarheid import bereken_bereikbaarheid, als_json

bestand, scenarios, motor = sys.argv[1], int(sys.argv[2]), sys.argv[3]
percentages = ["72", "67.5", "65", "70", "75"][:scenarios]
start = time.perf_counter()
uitkomst = bereken_bereikbaarheid(bestand, date(2016, 1, 1), percentages, motor=motor)
tekst = als_json(uitkomst)
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({
    "woningen": uitkomst.voorraad.gelezen,
    "seconden": duur,
    "piek_mb": piek,
    "motor": uitkomst.motor,
    "sha256": hashlib.sha256(tekst.encode()).hexdigest(),
}))
"""


def _bestand(aantal: int, formaat: str, map_: Path) -> Path:
    pad = map_ / f"voorraad-{aantal}.{formaat}"
    if not pad.exists():
        subprocess.run(
            [
                sys.executable,
                str(WORTEL / "scripts" / "genereer_voorraad.py"),
                *("--aantal", str(aantal), "--formaat", formaat, "-o", str(pad)),
            ],
            check=True,
        )
    return pad


def _meet(pad: Path, scenarios: int, motor: str) -> dict[str, Any]:
    uit = subprocess.run(
        [sys.executable, "-c", METING, str(pad), str(scenarios), motor],
        capture_output=True,
        text=True,
        check=True,
    )
    meting: dict[str, Any] = json.loads(uit.stdout)
    return meting


def _toon(meting: dict[str, Any], scenarios: int, formaat: str) -> None:
    per_seconde = meting["woningen"] * scenarios / meting["seconden"]
    print(
        f"{meting['motor']}-motor, {formaat}: {meting['woningen']:,} woningen x {scenarios} "
        f"scenario's in {meting['seconden']:.1f} s ({per_seconde:,.0f} woning-scenario's per "
        f"seconde), piekgeheugen {meting['piek_mb']:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--scenarios", type=int, default=2, choices=range(1, 6))
    parser.add_argument("--formaat", choices=("csv", "parquet"), default="csv")
    parser.add_argument("--motor", choices=("kolom", "rij"), default="kolom")
    parser.add_argument(
        "--vergelijk", action="store_true", help="meet beide motoren en geef de verhouding"
    )
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    pad = _bestand(args.aantal, args.formaat, args.map)
    motoren = ("kolom", "rij") if args.vergelijk else (args.motor,)
    metingen = {m: _meet(pad, args.scenarios, m) for m in motoren}
    for meting in metingen.values():
        _toon(meting, args.scenarios, args.formaat)
    if args.vergelijk:
        kolom, rij = metingen["kolom"], metingen["rij"]
        if kolom["sha256"] != rij["sha256"]:
            print("FOUT: de documenten van de twee motoren verschillen")
            return 1
        print(
            f"documenten gelijk (sha256 {kolom['sha256'][:12]}...); kolom/rij = "
            f"{kolom['seconden'] / rij['seconden']:.3f} van de tijd "
            f"({rij['seconden'] / kolom['seconden']:.1f}x zo snel), geheugen "
            f"{kolom['piek_mb'] / rij['piek_mb']:.2f}x"
        )
    kolom_meting = metingen.get("kolom")
    if kolom_meting is not None and args.aantal >= 2_300_000 and args.formaat == "parquet":
        gehaald = "gehaald" if kolom_meting["seconden"] <= DOEL_SECONDEN else "NIET gehaald"
        print(f"doel <= {DOEL_SECONDEN:.0f} s voor de landelijke voorraad: {gehaald}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
