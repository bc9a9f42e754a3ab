"""Een Parquet-bestand in stukken als frame van tekstcellen, met dezelfde rijen als de rij-lezer.

De rij-lezer leest een Parquet-bestand per partij met pyarrow en geeft elke rij als Python-waarden
(tekst, getal, ``Decimal``, datum, ja/nee). :func:`parquet_stukken` leest dezelfde partijen en zet
elke kolom vectorieel om in de tekst die de celomzetters op precies dezelfde manier lezen: een
geheel getal als cijfers, een ``Decimal`` of float als zijn decimale vorm, een datum als
``JJJJ-MM-DD``, ja/nee als ``ja``/``nee``. Een waarde van een soort die niet zo om te zetten is
(een tijdstip in een datumkolom, een getal in een keuzekolom, ...), maakt de rij verdacht: die gaat
met haar oorspronkelijke waarden door de rij-omzetter. Lege rijen zijn dezelfde als bij de
rij-lezer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import polars as pl

from passend_toewijzen.invoer.lezen import Bronrij, Invoer, Legerij, Rij, _leeg
from passend_toewijzen.invoer.schema import Schema, Soort
from passend_toewijzen.kolom.cellen import VOORAF_VERDACHT

__all__ = ["PARTIJ", "ParquetStuk", "parquet_stukken"]

PARTIJ = 65_536
"""Het aantal rijen per gelezen partij."""


class ParquetStuk(NamedTuple):
    """Een partij: de tekstcellen (kolommen ``Invoer.kolommen``, ``_rijnummer`` en
    :data:`~passend_toewijzen.kolom.cellen.VOORAF_VERDACHT`), de oorspronkelijke rij bij een
    plaats in dat frame, en de lege rijen."""

    cellen: pl.DataFrame
    bronrij: Callable[[int], Bronrij]
    overige: list[Rij]


def _als_tekst(naam: str, dtype: pl.DataType, soort: Soort) -> tuple[pl.Expr, pl.Expr]:
    """(tekst, verdacht) voor één kolom: de tekst die de celomzetter hetzelfde leest."""
    kolom = pl.col(naam)
    geen: pl.Expr = pl.lit(False)
    if dtype == pl.String:
        return kolom, geen
    if dtype.is_integer() and soort in (Soort.TEKST, Soort.BEDRAG, Soort.AANTAL):
        return kolom.cast(pl.String), geen
    if dtype.is_integer() and soort is Soort.VLAG:
        tekst = pl.when(kolom == 1).then(pl.lit("1")).when(kolom == 0).then(pl.lit("0"))
        return tekst.otherwise(None), kolom.is_not_null() & ~kolom.is_in([0, 1])
    if dtype == pl.Boolean and soort is Soort.VLAG:
        tekst = pl.when(kolom).then(pl.lit("ja")).when(~kolom).then(pl.lit("nee"))
        return tekst.otherwise(None), geen
    if dtype == pl.Date and soort is Soort.DATUM:
        return kolom.dt.strftime("%Y-%m-%d"), geen
    if (dtype.is_decimal() or dtype.is_float()) and soort is Soort.BEDRAG:
        return kolom.cast(pl.String), geen
    return pl.lit(None, pl.String), kolom.is_not_null()


def parquet_stukken(invoer: Invoer) -> Iterator[ParquetStuk]:
    """De rijen van het bestand in partijen van :data:`PARTIJ` (zie de module)."""
    import pyarrow.parquet as pq  # optioneel extra, zoals bij de rij-lezer

    bron = invoer.bronkolommen
    if bron is None:  # pragma: no cover - alleen voor Parquet
        msg = "parquet_stukken vraagt een Parquet-bestand"
        raise ValueError(msg)
    schema: Schema = invoer.schema
    rijnummer = 0
    for partij in pq.ParquetFile(invoer.pad).iter_batches(batch_size=PARTIJ, columns=list(bron)):
        aantal = partij.num_columns
        frame = pl.from_arrow(partij)
        assert isinstance(frame, pl.DataFrame)  # noqa: S101 - een partij is een tabel
        frame.columns = list(invoer.kolommen)
        omzettingen = [
            _als_tekst(naam, frame.schema[naam], schema.kolom(naam).soort)
            for naam in invoer.kolommen
        ]
        misschien_leeg = pl.all_horizontal(
            pl.col(n).is_null() | ~pl.col(n).str.contains("[!-~]")
            if frame.schema[n] == pl.String
            else pl.col(n).is_null()
            for n in invoer.kolommen
        )
        begin = rijnummer + 1
        rijnummer += partij.num_rows
        getypt = frame.with_columns(
            _plaats=pl.int_range(0, pl.len(), dtype=pl.Int64),
            _misschien_leeg=misschien_leeg,
        )

        def waarden(i: int, partij: Any = partij, aantal: int = aantal) -> tuple[Any, ...]:
            return tuple(partij.column(j)[i].as_py() for j in range(aantal))

        overige: list[Rij] = []
        leeg: set[int] = set()
        for i in getypt.filter(pl.col("_misschien_leeg"))["_plaats"].to_list():
            if _leeg(waarden(i)):
                overige.append(Legerij(begin + i))
                leeg.add(i)
        if leeg:
            getypt = getypt.filter(~pl.col("_plaats").is_in(list(leeg)))
        cellen = getypt.select(
            (pl.col("_plaats") + begin).alias("_rijnummer"),
            *(tekst.alias(n) for n, (tekst, _) in zip(invoer.kolommen, omzettingen, strict=True)),
            pl.any_horizontal(v for _, v in omzettingen).alias(VOORAF_VERDACHT),
            "_plaats",
        )
        plaatsen: list[int] = cellen["_plaats"].to_list()

        def bronrij(
            i: int,
            plaatsen: list[int] = plaatsen,
            begin: int = begin,
            waarden: Callable[[int], tuple[Any, ...]] = waarden,
        ) -> Bronrij:
            plaats = plaatsen[i]
            return Bronrij(begin + plaats, waarden(plaats))

        yield ParquetStuk(cellen.drop("_plaats"), bronrij, overige)
