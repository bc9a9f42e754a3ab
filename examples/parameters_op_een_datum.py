"""Voorbeeld: welke grenzen gelden op een datum, en waar komen ze vandaan?

python examples/parameters_op_een_datum.py 2024-03-01
"""

from __future__ import annotations

import sys
from datetime import date

from passend_toewijzen import ParameterNietVanKracht, parameters_op


def toon(datum: date) -> None:
    ps = parameters_op(datum)
    print(f"Grenzen op {datum.isoformat()} (data {ps.data_versie}):")
    for naam in (
        "kwaliteitskortingsgrens",
        "aftoppingsgrens_laag",
        "aftoppingsgrens_hoog",
        "daeb_huurgrens",
    ):
        pw = ps[naam]
        print(f"  {naam:<26} {pw.als_tekst():>12}  sinds {pw.geldig_vanaf}  ({pw.status.value})")
        print(f"  {'':<26} bron: {pw.bron.titel} <{pw.bron.url}>")
    try:
        print(f"  liberalisatiegrens (middenhuur): {ps['liberalisatiegrens'].als_tekst()}")
    except ParameterNietVanKracht as fout:
        print(f"  liberalisatiegrens (middenhuur): {fout}")


if __name__ == "__main__":
    toon(date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date(2024, 3, 1))
