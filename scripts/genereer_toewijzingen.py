"""Genereer een realistisch (fictief) jaar toewijzingen voor de jaarverantwoording.

    python scripts/genereer_toewijzingen.py --jaar 2023 2024 --aantal 1000 \
        -o examples/data/toewijzingen-2023-2024.csv
    python scripts/genereer_toewijzingen.py --jaar 2024 --aantal 10000000 --ongeldig 0 -o groot.csv

``--aantal`` is het aantal toewijzingen per jaar.

De corporatie (Woonstichting De Voorbeeldhoeve) is verzonnen. Het bestand heeft alle
huishoudtypen, ouderen, vergunninghouders, studenten en zorgindicaties, onzelfstandige eenheden,
woonwagens, standplaatsen en niet-DAEB-woningen, een paar niet-passende toewijzingen en toewijzingen
in de vrije ruimte, en (met ``--ongeldig``) een paar ongeldige rijen zoals die in echte exports
voorkomen. De inkomens en huren worden rond de grenzen van het jaar gekozen (uit de parameterdata),
zodat alle segmenten voorkomen. Met hetzelfde zaad is de uitvoer byte voor byte gelijk.

Formaat: CSV met ``;`` en decimale komma (zoals een Nederlandse Excel-export), of met
``--formaat jsonl`` JSON Lines.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.verantwoording.kolommen import KOLOMMEN

CORPORATIE = "Woonstichting De Voorbeeldhoeve"
GEMEENTEN = (("Gorinchem", 0.45), ("Molenlanden", 0.25), ("Vijfheerenlanden", 0.2), ("Altena", 0.1))
KOPPEN = [k.naam for k in KOLOMMEN]


def _grenzen(jaar: int) -> dict[str, Decimal]:
    ps = parameters_op(date(jaar, 7, 1))
    namen = [
        "kwaliteitskortingsgrens",
        "aftoppingsgrens_laag",
        "aftoppingsgrens_hoog",
        "daeb_huurgrens",
        "passend_inkomensgrens_eenpersoons",
        "passend_inkomensgrens_meerpersoons",
    ]
    grenzen = {n: ps.bedrag(n) for n in namen}
    if ps.geldt("daeb_inkomensgrens_eenpersoons"):
        grenzen["daeb_een"] = ps.bedrag("daeb_inkomensgrens_eenpersoons")
        grenzen["daeb_meer"] = ps.bedrag("daeb_inkomensgrens_meerpersoons")
    else:
        grenzen["daeb_een"] = grenzen["daeb_meer"] = ps.bedrag("daeb_inkomensgrens")
    return grenzen


def _bedrag(waarde: Decimal, komma: bool) -> str:
    tekst = f"{waarde:.2f}"
    return tekst.replace(".", ",") if komma else tekst


class Generator:
    """Maakt rijen met een vast zaad."""

    def __init__(self, jaar: int, zaad: int, komma: bool) -> None:
        self.rng = random.Random(zaad)
        self.jaar = jaar
        self.g = _grenzen(jaar)
        self.komma = komma
        self.dagen = (date(jaar + 1, 1, 1) - date(jaar, 1, 1)).days

    def rij(self, nummer: int) -> dict[str, str]:
        rng, g = self.rng, self.g
        gemeente = rng.choices([n for n, _ in GEMEENTEN], [w for _, w in GEMEENTEN])[0]
        personen = rng.choices((1, 2, 3, 4, 5, 6), (42, 27, 13, 11, 5, 2))[0]
        aow = rng.random() < (0.28 if personen <= 2 else 0.03)
        ingang = date(self.jaar, 1, 1) + timedelta(days=rng.randrange(self.dagen))
        toegewezen = ingang - timedelta(days=rng.randrange(7, 60))
        soort = rng.choices(
            ("zelfstandig", "onzelfstandig", "woonwagen", "standplaats"), (94, 4, 1, 1)
        )[0]
        daeb = rng.random() < 0.97
        vergunninghouders = rng.random() < 0.05
        studenten = not vergunninghouders and personen <= 2 and rng.random() < 0.04
        zorg = rng.choice(("wlz_verblijf", "verpleging_verzorging")) if rng.random() < 0.02 else ""
        passende_grens = (
            g["passend_inkomensgrens_eenpersoons"]
            if personen == 1
            else g["passend_inkomensgrens_meerpersoons"]
        )
        daeb_grens = g["daeb_een"] if personen == 1 else g["daeb_meer"]
        kans = rng.random()
        if kans < 0.68:
            inkomen = passende_grens * Decimal(rng.uniform(0.45, 1.0))
        elif kans < 0.93:
            inkomen = passende_grens + (daeb_grens - passende_grens) * Decimal(rng.random())
        else:
            inkomen = daeb_grens * Decimal(rng.uniform(1.0, 1.6))
        inkomen = inkomen.quantize(Decimal(1))
        aftopping = g["aftoppingsgrens_hoog"] if personen >= 3 else g["aftoppingsgrens_laag"]
        in_groep = inkomen <= passende_grens or vergunninghouders or studenten
        if in_groep and rng.random() < 0.985:
            huur = g["kwaliteitskortingsgrens"] * Decimal("0.75") + (
                aftopping - g["kwaliteitskortingsgrens"] * Decimal("0.75")
            ) * Decimal(rng.random())
        elif rng.random() < 0.96:
            huur = g["kwaliteitskortingsgrens"] + (
                g["daeb_huurgrens"] - g["kwaliteitskortingsgrens"]
            ) * Decimal(rng.random())
        else:
            huur = g["daeb_huurgrens"] * Decimal(rng.uniform(1.0, 1.4))
        huur = huur.quantize(Decimal("0.01"))
        huurtoeslag = ""
        if soort in ("onzelfstandig", "standplaats"):
            huurtoeslag = "ja" if rng.random() < 0.5 else "nee"
            if soort == "onzelfstandig":
                huur = (huur * Decimal("0.6")).quantize(Decimal("0.01"))
        if studenten:
            inkomen_tekst = ""
        elif vergunninghouders:
            inkomen_tekst = "" if rng.random() < 0.5 else _bedrag(inkomen, self.komma)
        else:
            inkomen_tekst = _bedrag(inkomen, self.komma)
        return {
            "toewijzing_id": f"{self.jaar}-{nummer:07d}",
            "huuringangsdatum": ingang.isoformat(),
            "toewijzingsdatum": toegewezen.isoformat(),
            "gemeente": gemeente,
            "woning_id": f"{gemeente[:3].upper()}-{rng.randrange(1, 9999):04d}",
            "kale_huur": _bedrag(huur, self.komma),
            "woningsoort": soort,
            "daeb": "ja" if daeb else "nee",
            "aantal_personen": str(personen),
            "huishoudinkomen": inkomen_tekst,
            "aow_huishouden": "ja" if aow else "nee",
            "corporatie": CORPORATIE,
            "vergunninghouders": "ja" if vergunninghouders else "nee",
            "studenten": "ja" if studenten else "nee",
            "zorgindicatie": zorg,
            "urgentie": "ja" if rng.random() < 0.06 else "nee",
            "huurtoeslag_mogelijk": huurtoeslag,
            "servicekosten": _bedrag(
                servicekosten := Decimal(rng.randrange(0, 6000)).scaleb(-2), self.komma
            ),
            # Fictief: alle servicekosten tot het maximum van Wht art. 5 lid 3 (4 x 12) tellen
            # als subsidiabel (tot en met 2025; daarna telt de rekenhuur geen servicekosten).
            "subsidiabele_servicekosten": _bedrag(min(servicekosten, Decimal(48)), self.komma)
            if self.jaar <= 2025
            else "",
            "alle_bewoners_aow": "",
            "verzoek_art_54a": "nee",
            "rendementsgrondslag_box3": "",
            "bijzonderheid": "woningruil" if rng.random() < 0.02 else "",
            "wijk": "",
            "kern": "",
        }


def _ongeldig(rij: dict[str, str], soort: int) -> dict[str, str]:
    """Maak een rij ongeldig zoals in echte exports gebeurt."""
    rij = dict(rij)
    if soort == 0:
        rij["huuringangsdatum"] = "31-02-" + rij["huuringangsdatum"][:4]
    elif soort == 1:
        rij["kale_huur"] = "-" + rij["kale_huur"]
    elif soort == 2:
        rij["huishoudinkomen"] = ""
        rij["vergunninghouders"] = "nee"
        rij["studenten"] = "nee"
    elif soort == 3:
        rij["woningsoort"] = "bovenwoning"
    elif soort == 4:
        rij["aantal_personen"] = "0"
    else:
        rij["toewijzingsdatum"] = f"{int(rij['huuringangsdatum'][:4]) + 1}-01-15"
    return rij


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jaar", type=int, nargs="+", default=[2024])
    parser.add_argument("--aantal", type=int, default=1000, help="toewijzingen per jaar")
    parser.add_argument("--ongeldig", type=int, default=6, help="aantal ongeldige rijen")
    parser.add_argument("--zaad", type=int, default=20251231)
    parser.add_argument("--formaat", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("-o", "--uitvoer", type=Path, required=True)
    args = parser.parse_args(argv)
    komma = args.formaat == "csv"
    totaal = args.aantal * len(args.jaar)
    plekken = random.Random(args.zaad + 1).sample(range(totaal), min(args.ongeldig, totaal))
    ongeldig = {plek: i % 6 for i, plek in enumerate(sorted(plekken))}
    with args.uitvoer.open("w", encoding="utf-8", newline="") as uit:
        schrijf: Any
        if args.formaat == "csv":
            schrijver = csv.DictWriter(uit, KOPPEN, delimiter=";", lineterminator="\r\n")
            schrijver.writeheader()
            schrijf = schrijver.writerow
        else:

            def schrijf(rij: dict[str, str]) -> None:
                uit.write(json.dumps({k: v for k, v in rij.items() if v != ""}, ensure_ascii=False))
                uit.write("\n")

        volgnummer = 0
        for i, jaar in enumerate(args.jaar):
            generator = Generator(jaar, args.zaad + i, komma)
            for nummer in range(args.aantal):
                rij = generator.rij(nummer + 1)
                if volgnummer in ongeldig:
                    rij = _ongeldig(rij, ongeldig[volgnummer])
                schrijf(rij)
                volgnummer += 1
    sys.stderr.write(f"{totaal} rijen geschreven naar {args.uitvoer}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
