"""Het grote verschilbewijs: kolom-motor tegen rij-motor, rij voor rij en verslag voor verslag.

    python scripts/kolom_verschil.py                       # gegenereerde jaren 2021-2026
    python scripts/kolom_verschil.py --aantal 50000 --zaad 3
    python scripts/kolom_verschil.py BESTAND.csv [BESTAND.parquet ...]

Voor elk bestand (zonder bestanden: een gegenereerd bestand per zaad met
``scripts/genereer_toewijzingen.py``, met ongeldige rijen):

1. elke aanvaarde toewijzing wordt met beide motoren beoordeeld
   (:func:`passend_toewijzen.kolom.vergelijk.verschillen`): segment, passendheid, redenen,
   passende groep, huishoudtype, huurklasse, onbepaald;
2. het JSON-verslag over het laatste jaar in het bestand wordt op beide motoren gemaakt en
   vergeleken (op het veld ``motor`` in het ontvangstbewijs na).

Het script stopt met code 1 bij het eerste verschil en noemt het. De hypothesis-eigenschappen in
``tests/unit/test_kolommotor_verschil.py`` draaien met meer voorbeelden met
``HYPOTHESIS_PROFILE=bewijs pytest tests/unit/test_kolommotor_verschil.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.toewijzingen import Rijtoewijzing, Toewijzingslezer
from passend_toewijzen.kolom.vergelijk import verschillen
from passend_toewijzen.verantwoording import open_invoer, verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json

WORTEL = Path(__file__).resolve().parents[1]
JAREN = ("2021", "2022", "2023", "2024", "2025", "2026")


def genereer(map_: Path, aantal: int, zaad: int) -> Path:
    pad = map_ / f"verschil-{zaad}-{aantal}.csv"
    subprocess.run(
        [
            sys.executable,
            str(WORTEL / "scripts" / "genereer_toewijzingen.py"),
            *("--jaar", *JAREN, "--aantal", str(aantal), "--ongeldig", str(aantal // 50)),
            *("--zaad", str(zaad), "-o", str(pad)),
        ],
        check=True,
        capture_output=True,
    )
    return pad


def per_rij(pad: Path) -> tuple[int, int]:
    """(aantal vergeleken toewijzingen, aantal verschillen); drukt de eerste verschillen af."""
    invoer = open_invoer(pad)
    lezer = Toewijzingslezer(invoer.naam, invoer.kolommen, corporatie=pad.stem)
    toewijzingen = []
    for rij in invoer.rijen():
        if isinstance(rij, Bronrij):
            resultaat = lezer(rij)
            if isinstance(resultaat, Rijtoewijzing):
                toewijzingen.append(resultaat.toewijzing)
    gevonden = verschillen(toewijzingen)
    for plaats, kolom, rij_motor, kolom_motor in gevonden[:10]:
        print(
            f"  toewijzing {plaats}: {kolom}: rij-motor {rij_motor!r}, kolom-motor {kolom_motor!r}"
        )
    return len(toewijzingen), len(gevonden)


def verslagen_gelijk(pad: Path) -> bool:
    verslagen = []
    for motor in ("kolom", "rij"):
        verslag = json.loads(als_json(verantwoord(pad, motor=motor)))
        verslag["ontvangstbewijs"].pop("motor")
        verslagen.append(verslag)
    return bool(verslagen[0] == verslagen[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bestanden", nargs="*", type=Path)
    parser.add_argument("--aantal", type=int, default=20_000, help="toewijzingen per jaar")
    parser.add_argument("--zaad", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tijdelijk:
        bestanden = args.bestanden or [genereer(Path(tijdelijk), args.aantal, z) for z in args.zaad]
        for pad in bestanden:
            start = time.perf_counter()
            aantal, fout = per_rij(pad)
            gelijk = verslagen_gelijk(pad)
            duur = time.perf_counter() - start
            print(
                f"{pad.name}: {aantal:,} toewijzingen, {fout} verschillen per rij, verslag "
                f"{'gelijk' if gelijk else 'VERSCHILT'} ({duur:.0f} s)"
            )
            if fout or not gelijk:
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
