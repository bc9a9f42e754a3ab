"""Cellen van het woningvoorraadbestand per kolom omgezet: de gewone vorm vectorieel, de rest
per rij.

:func:`lees_voorraadcellen` zet tekstcellen (zoals :func:`~passend_toewijzen.kolom.csvlezen.
csv_stukken` en :func:`~passend_toewijzen.kolom.parquetlezen.parquet_stukken` ze leveren) om in
getypte kolommen, zoals :mod:`passend_toewijzen.kolom.lezen` dat voor het toewijzingenbestand
doet. Alleen de *gewone vorm* van een cel wordt hier omgezet: een vorm die de celomzetters van
:mod:`passend_toewijzen.invoer.cellen` precies zo lezen (``801,16`` of ``801.16`` als bedrag,
``0,08`` als getal, ``ja``/``nee``, een woningsoort precies zoals het schema haar noemt). Elke rij
met een cel buiten de gewone vorm, een lege verplichte cel, of een waarde die een controle van
:class:`~passend_toewijzen.invoer.voorraad.Voorraadlezer` zou kunnen raken (maximale huur én
punten, of geen van beide; een streefhuurpercentage buiten (0, 100]), of een waarde buiten het
bereik waarin de kolom-motor exact in gehele getallen rekent, krijgt ``verdacht = true``: die rij
gaat door de rij-lezer en de rij-regels, met precies hun meldingen en uitkomst.

Getypte kolommen:

* bedragen in hele centen (``Int64``): ``kale_huur``, ``maximale_huur``,
  ``huurverhoging_verduurzaming``;
* getallen als geheel getal maal :data:`GETALSCHAAL` (``Int64``) met hun aantal decimalen in
  ``<kolom>_decimalen`` (de exponent van de ``Decimal`` die de rij-lezer zou geven):
  ``mutatiekans``, ``streefhuur_percentage``; ``punten`` blijft de exacte tekst van het getal
  (zoals ``Decimal`` die zou schrijven), voor het opzoeken in de huurprijstabel;
* tekst, keuze en ja/nee als ``String`` en ``Boolean``.
"""

from __future__ import annotations

import polars as pl

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.schema import Soort
from passend_toewijzen.invoer.voorraad import VOORRAAD
from passend_toewijzen.kolom.cellen import (
    VOORAF_VERDACHT,
    bedrag,
    eigen_kolommen,
    gewoon,
    keuze,
    tekst,
    vlag,
    voorbereid,
)

__all__ = [
    "GETALSCHAAL",
    "MAX_BEDRAG_CENTEN",
    "MAX_GETAL_DECIMALEN",
    "MAX_PERCENTAGE_DECIMALEN",
    "lees_voorraadcellen",
]

GETALSCHAAL = 10**9
"""Een getal (mutatiekans, percentage) als geheel getal: de waarde maal 10^9."""

MAX_GETAL_DECIMALEN = 9
"""Een getal met meer decimalen gaat door de rij-lezer en de rij-regels."""

MAX_PERCENTAGE_DECIMALEN = 6
"""Een streefhuurpercentage met meer decimalen gaat door de rij-regels (rekenbereik ``Int64``)."""

MAX_BEDRAG_CENTEN = 10**7
"""Een bedrag boven € 100.000 per maand gaat door de rij-regels (rekenbereik ``Int64``)."""

_BEDRAGCIJFERS = 9
"""Hoogstens zoveel cijfers voor het scheidingsteken in een gewoon bedrag."""

_CIJFERS_VOOR_KOMMA = {"mutatiekans": 2, "streefhuur_percentage": 3, "punten": 6}
"""Een getal met meer cijfers voor de komma gaat door de rij-lezer: zo blijft de som van miljoenen
mutatiekansen (kleiner dan 100) binnen ``Int64``."""

_c = pl.col


def _getal(
    cel: pl.Expr, decimaalteken: Decimaalteken, cijfers: int
) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """(waarde maal :data:`GETALSCHAAL`, aantal decimalen, gewoon), zoals ``lees_getal``.

    Gewoon: hoogstens ``cijfers`` cijfers voor en negen na het scheidingsteken; bij ``auto`` is een
    getal met precies drie decimalen alleen gewoon na een enkele nul (``0,125``), anders
    dubbelzinnig
    (de rij-lezer wijst het af). Bij ``komma`` of ``punt`` zijn alleen gehele getallen gewoon.
    """
    voor = f"\\d{{1,{cijfers}}}"
    na = f"\\d{{1,{MAX_GETAL_DECIMALEN}}}"
    patroon = f"^({voor})(?:[.,]({na}))?$" if decimaalteken == "auto" else f"^({voor})()$"
    delen = cel.str.extract_groups(patroon)
    geheel = delen.struct[0]
    deel = delen.struct[1].fill_null("")
    decimalen = deel.str.len_chars().cast(pl.Int64)
    waarde = geheel.cast(pl.Int64) * GETALSCHAAL + deel.str.pad_end(MAX_GETAL_DECIMALEN, "0").cast(
        pl.Int64
    )
    dubbelzinnig = (decimalen == 3) & (geheel != "0")
    return waarde, decimalen, geheel.is_not_null() & ~dubbelzinnig


def lees_voorraadcellen(
    cellen: pl.DataFrame | pl.LazyFrame, *, decimaalteken: Decimaalteken = "auto"
) -> pl.LazyFrame:
    """Zet tekstcellen (kolommen met de namen van :data:`~passend_toewijzen.invoer.voorraad.
    VOORRAAD`; ontbrekende kolommen zijn leeg) om in getypte kolommen plus ``verdacht``.

    Kolommen van ``cellen`` die niet tot het schema horen (zoals ``_rijnummer``) blijven staan.
    Staat de kolom :data:`~passend_toewijzen.kolom.cellen.VOORAF_VERDACHT` erin, dan is elke rij
    waar die waar is verdacht. ``punten`` is de tekst van het exacte getal (``"173"``,
    ``"40.5"``).
    """
    schema = VOORRAAD
    lazy, aanwezig = voorbereid(cellen, schema)
    waarden: list[pl.Expr] = []
    gewoon_per_kolom: list[pl.Expr] = []
    for kolom in schema.kolommen:
        cel = _c(kolom.naam)
        if kolom.soort is Soort.TEKST:
            waarde, ok = tekst(cel)
        elif kolom.soort is Soort.KEUZE:
            waarde, ok = keuze(cel, kolom.keuzes)
        elif kolom.soort is Soort.VLAG:
            waarde, ok = vlag(cel)
        elif kolom.soort is Soort.BEDRAG:
            waarde, ok = bedrag(cel, decimaalteken, _BEDRAGCIJFERS)
            ok = ok & (waarde <= MAX_BEDRAG_CENTEN)
        elif kolom.soort is Soort.GETAL:
            waarde, decimalen, ok = _getal(cel, decimaalteken, _CIJFERS_VOOR_KOMMA[kolom.naam])
            if kolom.naam == "punten":
                geheel = (waarde // GETALSCHAAL).cast(pl.String)
                deel = cel.str.extract(r"[.,](\d+)$", 1)
                waarde = pl.when(deel.is_null()).then(geheel).otherwise(geheel + "." + deel)
            else:
                waarden.append(decimalen.alias(f"{kolom.naam}_decimalen"))
        else:  # pragma: no cover - het voorraadbestand kent geen andere soorten
            waarde, ok = cel, pl.lit(False)
        waarden.append(waarde.alias(kolom.naam))
        gewoon_per_kolom.append(gewoon(kolom, cel, ok))
    # De controles van de Voorraadlezer: wie er één raakt, gaat door de rij-lezer.
    percentage = _c("streefhuur_percentage")
    schaal = GETALSCHAAL // 10**MAX_PERCENTAGE_DECIMALEN
    controles = pl.any_horizontal(
        _c("maximale_huur").is_null() == _c("punten").is_null(),
        (percentage <= 0) | (percentage > 100 * GETALSCHAAL) | (percentage % schaal != 0),
    ).fill_null(False)
    if VOORAF_VERDACHT in aanwezig:
        controles = controles | _c(VOORAF_VERDACHT)
    verdacht = ~pl.all_horizontal(gewoon_per_kolom)
    getypt = lazy.with_columns(*waarden, verdacht=verdacht).with_columns(
        verdacht=_c("verdacht") | controles
    )
    eigen = eigen_kolommen(lazy, schema)
    namen = [k.naam for k in schema.kolommen]
    extra = ["mutatiekans_decimalen", "streefhuur_percentage_decimalen"]
    return getypt.select(*eigen, *namen, *extra, "verdacht")
