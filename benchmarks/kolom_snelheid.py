"""Benchmark: de kolom-motor naast de rij-motor, op hetzelfde bestand, met piekgeheugen.

    python benchmarks/kolom_snelheid.py --aantal 1000000
    python benchmarks/kolom_snelheid.py --aantal 10000000 --zonder-rij

Genereert (eenmalig, in ``--map``) een CSV met ``--aantal`` toewijzingen in 2024
(``scripts/genereer_toewijzingen.py``) en een Parquet-bestand met dezelfde rijen in getypte
kolommen, en meet elk in een eigen proces (tijd en maximale RSS):

1. de verantwoording van begin tot eind (lezen, valideren, toetsen, tellen, JSON) uit de CSV op
   de rij-motor en op de kolom-motor;
2. dezelfde verantwoording uit het Parquet-bestand op de kolom-motor;
3. alleen de regels (:func:`~passend_toewijzen.kolom.beoordeel` plus de telling per cel) op een
   al voorbereid frame in het geheugen;
4. een met de hand geschreven polars-query die uit dezelfde CSV de kerncijfers telt (segment en
   passendheid per jaar en gemeente), als maat voor wat polars zelf kost.

Doelen (issue 13): CSV ten minste 10x de rij-motor en 200.000 toewijzingen per seconde; Parquet
1 miljoen per seconde; regels alleen 20 miljoen rijen per seconde; piekgeheugen ten hoogste 500 MB
bij 10 miljoen rijen; binnen 2x van de handgeschreven query.
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

VERANTWOORDING = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import schrijf_json

parameters_op(date(2024, 1, 1))  # laden van de data telt niet mee
bestand, motor = sys.argv[1], sys.argv[2]
if motor == "kolom":
    from passend_toewijzen.kolom import parametertabel
    parametertabel()  # eenmalig per proces, zoals het laden van de data
start = time.perf_counter()
verslag = verantwoord(bestand, 2024, motor=motor)
with Path(bestand + f".{motor}.json").open("w", encoding="utf-8") as uit:
    schrijf_json(verslag, uit)
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rijen": verslag.invoer["gelezen"], "seconden": duur, "piek_mb": piek}))
"""

REGELS = """
import json, resource, sys, time
import polars as pl
from passend_toewijzen.kolom import beoordeel, parametertabel
from passend_toewijzen.kolom.lezen import lees_cellen

cellen = pl.read_csv(sys.argv[1], separator=";", infer_schema=False)
frame = lees_cellen(cellen, corporatie="c").filter(~pl.col("verdacht")).collect()
del cellen
parametertabel()
kolommen = ["gemeente", "segment", "passendheid", "huurklasse", "categorie", "nvt_reden"]
beste = float("inf")
for _ in range(3):
    start = time.perf_counter()
    telling = beoordeel(frame).group_by(kolommen).len().collect()
    beste = min(beste, time.perf_counter() - start)
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rijen": frame.height, "seconden": beste, "piek_mb": piek}))
"""

HANDWERK = """
import json, resource, sys, time
import polars as pl
from passend_toewijzen.kolom import parametertabel

tabel = parametertabel().select(
    "vanaf", "daeb_huurgrens", "een1", "meer1", "passend_geldt",
    pl.col("aftopping").list.get(1).alias("laag"), pl.col("aftopping").list.get(3).alias("hoog"),
    "passend_eenpersoons", "passend_meerpersoons", "passend_eenpersoons_aow",
    "passend_meerpersoons_aow",
)
start = time.perf_counter()
def ct(c):
    return (pl.col(c).str.replace(",", ".").cast(pl.Decimal(14, 2)) * 100).cast(pl.Int64)
lf = pl.scan_csv(sys.argv[1], separator=";", infer_schema=False).select(
    pl.col("huuringangsdatum").str.to_date(),
    "gemeente",
    ct("kale_huur").alias("huur"),
    ct("huishoudinkomen").alias("inkomen"),
    pl.col("aantal_personen").cast(pl.Int64).alias("n"),
    (pl.col("daeb") == "ja").alias("daeb"),
    (pl.col("aow_huishouden") == "ja").alias("aow"),
).sort("huuringangsdatum").join_asof(tabel.lazy(), left_on="huuringangsdatum", right_on="vanaf")
aow = pl.col("aow")
een = pl.when(aow).then(pl.col("passend_eenpersoons_aow")).otherwise(pl.col("passend_eenpersoons"))
meer = pl.when(aow).then(pl.col("passend_meerpersoons_aow")).otherwise(
    pl.col("passend_meerpersoons")
)
grens = pl.when(pl.col("n") == 1).then(een).otherwise(meer)
uit = lf.with_columns(
    segment=pl.when(~pl.col("daeb") | (pl.col("huur") > pl.col("daeb_huurgrens")))
    .then(pl.lit("nvt"))
    .when(pl.col("inkomen") <= pl.when(pl.col("n") == 1).then("een1").otherwise("meer1"))
    .then(pl.lit("doelgroep")).otherwise(pl.lit("vrij")),
    passend=pl.when(pl.col("inkomen") > grens).then(pl.lit("NVT"))
    .when(pl.col("huur") <= pl.when(pl.col("n") >= 3).then("hoog").otherwise("laag"))
    .then(pl.lit("PAS")).otherwise(pl.lit("NIE")),
).group_by("gemeente", "segment", "passend").len().collect()
duur = time.perf_counter() - start
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rijen": int(uit["len"].sum()), "seconden": duur, "piek_mb": piek}))
"""

PARQUET = """
import sys
import polars as pl
c = pl.col
cellen = pl.scan_csv(sys.argv[1], separator=";", infer_schema=False)
bedragen = ["kale_huur", "huishoudinkomen", "servicekosten", "subsidiabele_servicekosten",
            "rendementsgrondslag_box3"]
vlaggen = ["daeb", "aow_huishouden", "vergunninghouders", "studenten", "urgentie",
           "huurtoeslag_mogelijk", "verzoek_art_54a", "alle_bewoners_aow"]
cellen.with_columns(
    *(c(n).str.replace(",", ".").cast(pl.Decimal(14, 2), strict=False) for n in bedragen),
    *(pl.when(c(n) == "ja").then(True).when(c(n) == "nee").then(False).alias(n) for n in vlaggen),
    c("aantal_personen").cast(pl.Int64, strict=False),
    c("huuringangsdatum").str.to_date(strict=False),
    c("toewijzingsdatum").str.to_date(strict=False),
).sink_parquet(sys.argv[2])
"""


def maak_bestanden(map_: Path, aantal: int) -> tuple[Path, Path]:
    pad = map_ / f"toewijzingen-{aantal}.csv"
    if not pad.exists():
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(WORTEL / "scripts" / "genereer_toewijzingen.py"),
                *("--jaar", "2024", "--aantal", str(aantal), "--ongeldig", "0", "-o", str(pad)),
            ],
            check=True,
        )
        print(f"gegenereerd in {time.perf_counter() - start:.0f} s: {pad}")
    parquet = pad.with_suffix(".parquet")
    if not parquet.exists():
        subprocess.run([sys.executable, "-c", PARQUET, str(pad), str(parquet)], check=True)
    return pad, parquet


def meet(code: str, *argumenten: str) -> dict[str, float]:
    uit = subprocess.run(
        [sys.executable, "-c", code, *argumenten], check=True, capture_output=True, text=True
    )
    resultaat: dict[str, float] = json.loads(uit.stdout.strip().splitlines()[-1])
    return resultaat


def regel(naam: str, m: dict[str, float]) -> None:
    per_seconde = m["rijen"] / m["seconden"]
    print(
        f"{naam:<34} {m['rijen']:>11,.0f} rijen {m['seconden']:8.2f} s "
        f"{per_seconde:>13,.0f} per seconde  piek {m['piek_mb']:7.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()) / "pt-bench")
    parser.add_argument("--zonder-rij", action="store_true", help="de rij-motor niet meten")
    args = parser.parse_args()
    args.map.mkdir(parents=True, exist_ok=True)
    csv, parquet = maak_bestanden(args.map, args.aantal)
    kolom = meet(VERANTWOORDING, str(csv), "kolom")
    regel("verantwoording CSV, kolom-motor", kolom)
    if not args.zonder_rij:
        rij = meet(VERANTWOORDING, str(csv), "rij")
        regel("verantwoording CSV, rij-motor", rij)
        print(f"{'verhouding kolom / rij (CSV)':<34} {rij['seconden'] / kolom['seconden']:8.1f}x")
        kolom_json = json.loads(Path(f"{csv}.kolom.json").read_text(encoding="utf-8"))
        rij_json = json.loads(Path(f"{csv}.rij.json").read_text(encoding="utf-8"))
        kolom_json["ontvangstbewijs"].pop("motor")
        rij_json["ontvangstbewijs"].pop("motor")
        print(f"{'verslagen gelijk (op motor na)':<34} {kolom_json == rij_json}")
    regel("verantwoording Parquet, kolom-motor", meet(VERANTWOORDING, str(parquet), "kolom"))
    regel("regels alleen (voorbereid frame)", meet(REGELS, str(csv)))
    hand = meet(HANDWERK, str(csv))
    regel("handgeschreven polars-query (CSV)", hand)
    print(f"{'verhouding kolom-motor / query':<34} {kolom['seconden'] / hand['seconden']:8.1f}x")


if __name__ == "__main__":
    main()
