"""Maak ``parameters/data/huurprijstabellen/zelfstandig.toml`` uit de geconsolideerde teksten.

De tabellen van de maximale huurprijsgrenzen voor zelfstandige woningen staan in bijlage I van de
Uitvoeringsregeling huurprijzen woonruimte (BWBR0015386). Dit script leest die bijlage uit de
versies in de spiegel ``statengeneraal/laws-markdown`` (een git-kopie van wetten.overheid.nl) en
schrijft het TOML-bestand. Het is eenmalig gebruikt; het staat hier zodat iedereen de tabel kan
nalopen::

    python scripts/huurprijstabel_uit_spiegel.py /pad/naar/laws-markdown > zelfstandig.toml
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

BESTAND = "ministeriele-regeling/uitvoeringsregeling/huurprijzen/woonruimte/BWBR0015386/README.md"

VERSIES = (
    # (commit in de spiegel, geldig vanaf, geldig tot en met, geldig-vanaf-datum van de versie)
    ("e78bf591c39113e2f9b98426504fce46bd813904", "2013-07-01", "2014-06-30", "2013-12-17"),
    ("d194665f6bc9d086be04391b761d3c2d04003f5f", "2014-07-01", "2015-06-30", "2015-04-14"),
    ("473ce08efa200266eb64700d88e0dce9ccde3ae7", "2015-10-01", "2016-06-30", "2015-09-30"),
)


def _tabel(tekst: str) -> tuple[str, bool, dict[int, Decimal]]:
    deel = tekst.split("### Bijlage I ", 1)[1].split("### Bijlage II", 1)[0]
    kop = next(r for r in deel.splitlines() if r.startswith("Maximale"))
    onder_40 = any(r.startswith("De maximale") and "minder dan 40" in r for r in deel.splitlines())
    paren: dict[int, Decimal] = {}
    for regel in deel.splitlines():
        if not regel.startswith("|"):
            continue
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        for i in range(0, len(cellen) - 1, 2):
            punten, bedrag = cellen[i], cellen[i + 1]
            if re.fullmatch(r"\d+", punten) and re.fullmatch(r"[\d.]+,\d\d", bedrag):
                paren[int(punten)] = Decimal(bedrag.replace(".", "").replace(",", "."))
    sleutels = sorted(paren)
    if sleutels != list(range(sleutels[0], sleutels[-1] + 1)):
        msg = "de tabel heeft een gat"
        raise SystemExit(msg)
    return kop.strip(), onder_40, paren


def main(spiegel: str) -> None:
    uit = sys.stdout
    for commit, vanaf, tot, versie in VERSIES:
        tekst = subprocess.run(
            ["git", "-C", spiegel, "show", f"{commit}:{BESTAND}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        kop, onder_40, paren = _tabel(tekst)
        uit.write(f"# {kop} (spiegel-commit {commit}, versie geldend vanaf {versie})\n")
        uit.write("[[tabellen]]\n")
        uit.write(f"geldig_vanaf = {vanaf}\ngeldig_tot = {tot}\n")
        uit.write(f'bron = "uhw-{versie}"\nstatus = "definitief"\n')
        uit.write(f"onder_minimum_gelijk_aan_minimum = {'true' if onder_40 else 'false'}\n")
        uit.write("bedragen = [\n")
        rij = [f"[{p}, {b}]" for p, b in sorted(paren.items())]
        for i in range(0, len(rij), 6):
            uit.write("    " + ", ".join(rij[i : i + 6]) + ",\n")
        uit.write("]\n\n")


if __name__ == "__main__":
    main(sys.argv[1])
