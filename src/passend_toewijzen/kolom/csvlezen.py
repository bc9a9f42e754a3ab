"""Een CSV-bestand in stukken als frame van tekstcellen, met dezelfde rijen als de rij-lezer.

De rij-lezer (:mod:`passend_toewijzen.invoer.lezen`) leest een CSV-bestand met de module
:mod:`csv`. Zonder aanhalingstekens (en zonder nul-tekens) is elke regel van het bestand precies één
record en zijn de velden de stukken tussen de scheidingstekens; dan leest :func:`csv_stukken` het
bestand regel voor regel in blokken en splitst de velden vectorieel. Regels met andere tekens dan
zichtbare ASCII (en tab), en regels die met de eerste kolomkop beginnen, gaan door dezelfde
functie als bij de rij-lezer (:func:`~passend_toewijzen.invoer.lezen.csv_rij`). Zo zijn de
rijnummers, lege rijen, rijfouten en cellen dezelfde.

:func:`snel_leesbaar` zegt of een bestand zo gelezen kan worden; anders gebruikt de kolom-motor de
rijen van de rij-lezer.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

import polars as pl

from passend_toewijzen.invoer.lezen import (
    Bronrij,
    Bronrijfout,
    CsvOpmaak,
    Invoer,
    InvoerFout,
    Legerij,
    Rij,
    csv_rij,
)
from passend_toewijzen.kolom.cellen import VOORAF_VERDACHT

__all__ = ["CsvStuk", "csv_stukken", "snel_leesbaar"]

_BLOK = 1 << 23


class CsvStuk(NamedTuple):
    """Een stuk van het bestand: de tekstcellen van de rijen (kolommen: ``Invoer.kolommen``, plus
    ``_rijnummer`` en :data:`~passend_toewijzen.kolom.cellen.VOORAF_VERDACHT`), de rijen die per
    regel zijn gelezen (op plaats in het frame) en de lege rijen en rijfouten."""

    cellen: pl.DataFrame
    per_regel: dict[int, Bronrij]
    overige: list[Rij]


def snel_leesbaar(invoer: Invoer) -> bool:
    """Of het CSV-bestand geen aanhalingstekens en nul-tekens bevat (dan is een regel een rij)."""
    if invoer.formaat != "csv" or invoer.csv_opmaak is None or not invoer.scheidingsteken:
        return False
    if invoer.scheidingsteken in ('"', "\r", "\n"):  # pragma: no cover - de lezer weigert die
        return False
    try:
        with invoer.pad.open("rb") as bestand:
            while blok := bestand.read(_BLOK):
                if b'"' in blok or b"\0" in blok:
                    return False
    except OSError:
        return False
    return True


def csv_stukken(invoer: Invoer, grootte: int) -> Iterator[CsvStuk]:
    """De rijen onder de kopregel, in stukken van ``grootte`` regels (zie de module)."""
    opmaak = invoer.csv_opmaak
    teken = invoer.scheidingsteken
    if opmaak is None or teken is None:  # pragma: no cover - zie snel_leesbaar
        msg = "csv_stukken vraagt een CSV-bestand"
        raise ValueError(msg)
    kolommen = invoer.kolommen
    aantal = len(opmaak.koppen)
    eerste_kop = opmaak.koppen[0]
    leeg_patroon = f"[ \t{re.escape(teken)}]"
    try:
        with invoer.pad.open(encoding=invoer.codering, errors="surrogateescape") as bestand:
            regelnummer = 0
            for _ in islice(bestand, opmaak.kopnummer):
                regelnummer += 1
            while regels := list(islice(bestand, grootte)):
                begin = regelnummer + 1
                regelnummer += len(regels)
                yield _stuk(
                    regels, begin, teken, aantal, eerste_kop, opmaak, kolommen, leeg_patroon
                )
    except UnicodeError as fout:  # pragma: no cover - met surrogateescape niet te verwachten
        raise InvoerFout(invoer.naam, f"geen geldige {invoer.codering}-tekst ({fout})") from None


def _alles_rijen(  # noqa: PLR0917 - intern
    blob: str,
    regels: list[str],
    begin: int,
    teken: str,
    aantal: int,
    kop: str,
    opmaak: CsvOpmaak,
    kolommen: tuple[str, ...],
    leeg_patroon: str,
) -> CsvStuk | None:
    """De gewone gang: elke regel van het stuk is een rij met het juiste aantal velden (geen lege
    regel, geen herhaalde kop). Dan leest de CSV-lezer van polars het stuk in één keer; anders
    ``None``."""
    reeks = pl.Series(regels, dtype=pl.String).str.strip_suffix("\n")
    controle = pl.DataFrame({"r": reeks}).select(
        goed=(pl.col("r").str.count_matches(teken, literal=True) == aantal - 1)
        & (pl.col("r").str.replace_all(leeg_patroon, "") != "")
        & ~pl.col("r").str.starts_with(kop)
        & (pl.col("r") != kop[: -len(teken)])
    )
    if not controle["goed"].all():
        return None
    gelezen = pl.read_csv(
        blob.encode(),
        has_header=False,
        separator=teken,
        quote_char=None,
        infer_schema=False,
        new_columns=[f"_v{i}" for i in range(aantal)],
    )
    if gelezen.height != len(regels):  # pragma: no cover - veiligheid: dan de gewone weg
        return None
    cellen = gelezen.select(
        pl.int_range(begin, begin + len(regels), dtype=pl.Int64).alias("_rijnummer"),
        *(
            pl.col(f"_v{p}").fill_null("").alias(k)
            for k, p in zip(kolommen, opmaak.posities, strict=True)
        ),
        pl.lit(False).alias(VOORAF_VERDACHT),
    )
    return CsvStuk(cellen, {}, [])


def _stuk(  # noqa: PLR0917 - intern
    regels: list[str],
    begin: int,
    teken: str,
    aantal: int,
    eerste_kop: str,
    opmaak: CsvOpmaak,
    kolommen: tuple[str, ...],
    leeg_patroon: str,
) -> CsvStuk:
    kop = eerste_kop + teken
    blob = "".join(regels)
    gewone_ascii = blob.isascii() and blob.replace("\t", " ").replace("\n", " ").isprintable()
    if gewone_ascii:
        snel = _alles_rijen(blob, regels, begin, teken, aantal, kop, opmaak, kolommen, leeg_patroon)
        if snel is not None:
            return snel
    if gewone_ascii:
        # Het hele stuk is gewone ASCII: alleen regels die met de eerste kop beginnen apart.
        alles = pl.DataFrame(
            {
                "regel": pl.Series(regels, dtype=pl.String).str.strip_suffix("\n"),
                "_rijnummer": pl.int_range(begin, begin + len(regels), eager=True),
            }
        )
        kopregels = alles.filter(
            pl.col("regel").str.starts_with(kop) | (pl.col("regel") == eerste_kop)
        )
        frame = alles.filter(
            ~(pl.col("regel").str.starts_with(kop) | (pl.col("regel") == eerste_kop))
        )
        apart: list[Rij] = [
            csv_rij(next(csv.reader([tekst], delimiter=teken), []), nummer, opmaak)
            for tekst, nummer in kopregels.iter_rows()
        ]
    else:
        gewoon: list[str] = []
        gewoon_nummers: list[int] = []
        apart = []
        for i, regel in enumerate(regels):
            tekst = regel[:-1] if regel.endswith("\n") else regel
            ascii_tekst = tekst.isascii() and tekst.replace("\t", " ").isprintable()
            if ascii_tekst and not (tekst.startswith(kop) or tekst == eerste_kop):
                gewoon.append(tekst)
                gewoon_nummers.append(begin + i)
                continue
            velden = next(csv.reader([tekst], delimiter=teken), [])
            apart.append(csv_rij(velden, begin + i, opmaak))
        frame = pl.DataFrame(
            {
                "regel": pl.Series(gewoon, dtype=pl.String),
                "_rijnummer": pl.Series(gewoon_nummers, dtype=pl.Int64),
            }
        )
    velden_expr = pl.col("regel").str.split(teken)
    frame = frame.with_columns(
        _n=velden_expr.list.len(),
        _leeg=pl.col("regel").str.replace_all(leeg_patroon, "") == "",
        _velden=velden_expr,
    )
    overige: list[Rij] = [r for r in apart if not isinstance(r, Bronrij)]
    fout = frame.filter(~pl.col("_leeg") & (pl.col("_n") != aantal))
    for nummer, n in fout.select("_rijnummer", "_n").iter_rows():
        overige.append(Bronrijfout(nummer, f"{n} waarden, maar {aantal} kolomkoppen"))
    for nummer in frame.filter(pl.col("_leeg"))["_rijnummer"].to_list():
        overige.append(Legerij(nummer))
    rijen = frame.filter(~pl.col("_leeg") & (pl.col("_n") == aantal)).select(
        "_rijnummer",
        *(
            pl.col("_velden").list.get(p).alias(k)
            for k, p in zip(kolommen, opmaak.posities, strict=True)
        ),
        pl.lit(False).alias(VOORAF_VERDACHT),
    )
    per_regel_rijen = [r for r in apart if isinstance(r, Bronrij)]
    if per_regel_rijen:
        leeg_deel = pl.DataFrame(
            {
                "_rijnummer": pl.Series([r.rijnummer for r in per_regel_rijen], dtype=pl.Int64),
                **{k: pl.Series([None] * len(per_regel_rijen), dtype=pl.String) for k in kolommen},
                VOORAF_VERDACHT: [True] * len(per_regel_rijen),
            }
        )
        rijen = pl.concat([rijen, leeg_deel]).sort("_rijnummer")
    nummers = rijen["_rijnummer"].to_list()
    plaats = {r.rijnummer: r for r in per_regel_rijen}
    per_regel = {i: plaats[n] for i, n in enumerate(nummers) if n in plaats}
    return CsvStuk(rijen, per_regel, overige)
