"""Genereer een realistisch (fictief) jaar toewijzingen voor de jaarverantwoording.

    python scripts/genereer_toewijzingen.py --jaar 2023 2024 --aantal 1000 \
        -o examples/data/toewijzingen-2023-2024.csv
    python scripts/genereer_toewijzingen.py --jaar 2024 --aantal 10000000 --ongeldig 0 -o groot.csv
    python scripts/genereer_toewijzingen.py --jaar 2025 --aantal 1200 --ongeldig 2 --monitor \
        -o examples/data/toewijzingen-monitor-2025.csv \
        --woningzoekenden examples/data/woningzoekenden-2025.csv --zoekers 20000

``--aantal`` is het aantal toewijzingen per jaar.

De corporatie (Woonstichting De Voorbeeldhoeve) is verzonnen. Het bestand heeft alle
huishoudtypen, ouderen, vergunninghouders, studenten en zorgindicaties, onzelfstandige eenheden,
woonwagens, standplaatsen en niet-DAEB-woningen, een paar niet-passende toewijzingen en toewijzingen
in de vrije ruimte, en (met ``--ongeldig``) een paar ongeldige rijen zoals die in echte exports
voorkomen. De inkomens en huren worden rond de grenzen van het jaar gekozen (uit de parameterdata),
zodat alle segmenten voorkomen. Met hetzelfde zaad is de uitvoer byte voor byte gelijk.

Met ``--monitor`` krijgt elke rij ook de kolommen van de monitor (wijk, kern, inschrijfdatum,
zoekdatum, aantal reacties, bijzondere doelgroep, CBS-wijkcode), uit een eigen toevalsreeks: de
kolommen van de verantwoording zijn met en zonder ``--monitor`` precies dezelfde. Met
``--woningzoekenden PAD`` komt er een (fictief) woningzoekendenbestand bij.

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

from passend_toewijzen.invoer.monitorkolommen import MONITORKOLOMMEN
from passend_toewijzen.invoer.woningzoekenden import WONINGZOEKENDEN
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.verantwoording.kolommen import KOLOMMEN

CORPORATIE = "Woonstichting De Voorbeeldhoeve"
GEMEENTEN = (("Gorinchem", 0.45), ("Molenlanden", 0.25), ("Vijfheerenlanden", 0.2), ("Altena", 0.1))
KOPPEN = [k.naam for k in KOLOMMEN]
MONITORKOPPEN = KOPPEN + [k.naam for k in MONITORKOLOMMEN]
ZOEKERKOPPEN = list(WONINGZOEKENDEN.namen)
KERNEN: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "Gorinchem": (
        ("Gorinchem", ("Binnenstad", "Lingewijk", "Gorinchem-West", "Gorinchem-Oost")),
        ("Dalem", ("Dalem",)),
    ),
    "Molenlanden": (
        ("Bleskensgraaf", ("Bleskensgraaf",)),
        ("Giessenburg", ("Giessenburg",)),
        ("Nieuw-Lekkerland", ("Nieuw-Lekkerland",)),
    ),
    "Vijfheerenlanden": (
        ("Vianen", ("Vianen-Centrum", "Vianen-Noord")),
        ("Leerdam", ("Leerdam-Centrum", "Leerdam-West")),
        ("Meerkerk", ("Meerkerk",)),
    ),
    "Altena": (("Werkendam", ("Werkendam",)), ("Woudrichem", ("Woudrichem",))),
}
"""Fictieve indeling in kernen en wijken (namen van bestaande plaatsen, verzonnen cijfers)."""
GECONCENTREERD = ("Lingewijk", "Gorinchem-Oost", "Vianen-Noord", "Leerdam-West")
"""Wijken waar de generator meer statushouders en uitstroom plaatst (om spreiding te tonen)."""


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


def _datum(rng: random.Random, voor: date, maanden: float) -> date:
    return voor - timedelta(days=round(maanden * 30.44))


def monitorkolommen(rij: dict[str, str], rng: random.Random) -> dict[str, str]:
    """De rij met de monitorkolommen erbij, uit de eigen toevalsreeks ``rng``."""
    uit = dict(rij)
    kernen = KERNEN.get(rij["gemeente"], ((rij["gemeente"], (rij["gemeente"],)),))
    bijzonder: list[str] = []
    if rij["vergunninghouders"] == "ja":
        bijzonder.append("sth")
    if rng.random() < 0.03:
        bijzonder.append("umo")
    if rng.random() < 0.02:
        bijzonder.append("dbm")
    kern, wijk = rng.choice([(k, w) for k, ws in kernen for w in ws])
    if ("sth" in bijzonder or "umo" in bijzonder) and rng.random() < 0.6:
        kandidaten = [w for _, ws in kernen for w in ws if w in GECONCENTREERD]
        if kandidaten:
            wijk = rng.choice(kandidaten)
            kern = next(k for k, ws in kernen if wijk in ws)
    toegewezen = date.fromisoformat(rij["toewijzingsdatum"])
    personen = int(rij["aantal_personen"])
    # Inschrijfduur in maanden: urgenten en statushouders kort, starters (één persoon) lang.
    if rij["urgentie"] == "ja" or "sth" in bijzonder or "umo" in bijzonder:
        inschrijf = rng.uniform(0, 14)
    elif personen == 1 and rij["aow_huishouden"] == "nee":
        inschrijf = rng.lognormvariate(3.9, 0.5)
    else:
        inschrijf = rng.lognormvariate(3.4, 0.6)
    inschrijving = _datum(rng, toegewezen, min(inschrijf, 360))
    zoekdatum = ""
    if rng.random() < 0.8:
        zoek = min(inschrijf, rng.uniform(0.15, 0.7) * inschrijf)
        zoekdatum = max(_datum(rng, toegewezen, zoek), inschrijving).isoformat()
    uit.update(
        {
            "wijk": wijk,
            "kern": kern,
            "inschrijfdatum": inschrijving.isoformat(),
            "zoekdatum": zoekdatum,
            "aantal_reacties": "" if rng.random() < 0.1 else str(rng.randrange(5, 180)),
            "bijzondere_doelgroep": "|".join(bijzonder),
            "cbs_wijkcode": "",
            "cbs_buurtcode": "",
        }
    )
    return uit


def zoeker(
    nummer: int, jaar: int, rng: random.Random, g: dict[str, Decimal], komma: bool
) -> dict[str, str]:
    """Eén fictieve woningzoekende, ingeschreven vóór of in ``jaar``."""
    personen = rng.choices((1, 2, 3, 4, 5, 6), (55, 22, 10, 8, 4, 1))[0]
    aow = rng.random() < (0.22 if personen <= 2 else 0.02)
    passende_grens = (
        g["passend_inkomensgrens_eenpersoons"]
        if personen == 1
        else g["passend_inkomensgrens_meerpersoons"]
    )
    kans = rng.random()
    if kans < 0.6:
        inkomen = passende_grens * Decimal(rng.uniform(0.45, 1.0))
    elif kans < 0.85:
        inkomen = passende_grens * Decimal(rng.uniform(1.0, 1.35))
    else:
        inkomen = passende_grens * Decimal(rng.uniform(1.35, 2.2))
    einde = date(jaar, 12, 31)
    inschrijving = _datum(rng, einde, rng.uniform(0, 150))
    bijzonder = []
    if rng.random() < 0.02:
        bijzonder.append("sth")
    if rng.random() < 0.01:
        bijzonder.append("umo")
    if rng.random() < 0.02:
        bijzonder.append("urg")
    rij = {
        "zoeker_id": f"WZ-{jaar}-{nummer:06d}",
        "inschrijfdatum": inschrijving.isoformat(),
        "zoekdatum": "",
        "laatste_reactiedatum": "",
        "actief": "",
        "aantal_personen": str(personen),
        "huishoudinkomen": _bedrag(inkomen.quantize(Decimal(1)), komma),
        "aow_huishouden": "ja" if aow else "nee",
        "gemeente": rng.choices([n for n, _ in GEMEENTEN], [w for _, w in GEMEENTEN])[0],
        "bijzondere_doelgroep": "|".join(bijzonder),
        "aantal_reacties": "",
    }
    if rng.random() < 0.85:
        laatste = inschrijving + timedelta(
            days=rng.randrange(0, max(1, (einde - inschrijving).days + 1))
        )
        rij["laatste_reactiedatum"] = laatste.isoformat()
        rij["aantal_reacties"] = str(rng.randrange(0, 40) if laatste.year == jaar else 0)
        if rng.random() < 0.6:
            rij["zoekdatum"] = (inschrijving + (laatste - inschrijving) // 3).isoformat()
    else:
        rij["actief"] = "ja" if rng.random() < 0.5 else "nee"
    return rij


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jaar", type=int, nargs="+", default=[2024])
    parser.add_argument("--aantal", type=int, default=1000, help="toewijzingen per jaar")
    parser.add_argument("--ongeldig", type=int, default=6, help="aantal ongeldige rijen")
    parser.add_argument("--zaad", type=int, default=20251231)
    parser.add_argument("--formaat", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("-o", "--uitvoer", type=Path, required=True)
    parser.add_argument(
        "--monitor", action="store_true", help="voeg de kolommen van de monitor toe"
    )
    parser.add_argument(
        "--woningzoekenden", type=Path, help="schrijf ook een woningzoekendenbestand (CSV)"
    )
    parser.add_argument("--zoekers", type=int, default=6000, help="aantal woningzoekenden")
    args = parser.parse_args(argv)
    komma = args.formaat == "csv"
    totaal = args.aantal * len(args.jaar)
    plekken = random.Random(args.zaad + 1).sample(range(totaal), min(args.ongeldig, totaal))
    ongeldig = {plek: i % 6 for i, plek in enumerate(sorted(plekken))}
    with args.uitvoer.open("w", encoding="utf-8", newline="") as uit:
        schrijf: Any
        if args.formaat == "csv":
            koppen = MONITORKOPPEN if args.monitor else KOPPEN
            schrijver = csv.DictWriter(uit, koppen, delimiter=";", lineterminator="\r\n")
            schrijver.writeheader()
            schrijf = schrijver.writerow
        else:

            def schrijf(rij: dict[str, str]) -> None:
                uit.write(json.dumps({k: v for k, v in rij.items() if v != ""}, ensure_ascii=False))
                uit.write("\n")

        volgnummer = 0
        for i, jaar in enumerate(args.jaar):
            generator = Generator(jaar, args.zaad + i, komma)
            extra = random.Random(args.zaad + 1000 + i)
            for nummer in range(args.aantal):
                rij = generator.rij(nummer + 1)
                if args.monitor:
                    rij = monitorkolommen(rij, extra)
                if volgnummer in ongeldig:
                    rij = _ongeldig(rij, ongeldig[volgnummer])
                schrijf(rij)
                volgnummer += 1
    sys.stderr.write(f"{totaal} rijen geschreven naar {args.uitvoer}\n")
    if args.woningzoekenden is not None:
        jaar = args.jaar[-1]
        rng = random.Random(args.zaad + 2000)
        grenzen = _grenzen(jaar)
        with args.woningzoekenden.open("w", encoding="utf-8", newline="") as uit:
            zoekers = csv.DictWriter(uit, ZOEKERKOPPEN, delimiter=";", lineterminator="\r\n")
            zoekers.writeheader()
            for nummer in range(args.zoekers):
                zoekers.writerow(zoeker(nummer + 1, jaar, rng, grenzen, komma))
        sys.stderr.write(f"{args.zoekers} woningzoekenden geschreven naar {args.woningzoekenden}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
