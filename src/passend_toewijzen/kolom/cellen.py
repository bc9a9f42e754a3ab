"""De gewone vorm van een cel als kolomexpressie, gedeeld door de kolomlezers van elk bestand.

Een kolomlezer (:mod:`passend_toewijzen.kolom.lezen` voor het toewijzingenbestand,
:mod:`passend_toewijzen.kolom.voorraad` voor het woningvoorraadbestand) zet alleen de *gewone
vorm* van een cel vectorieel om: een vorm die de celomzetters van
:mod:`passend_toewijzen.invoer.cellen` precies zo lezen. Elke uitdrukking hier geeft een paar
``(waarde, gewoon)``; een rij met een cel die niet gewoon is, gaat door de rij-lezer, met precies
diens meldingen.

* :func:`voorbereid`: ontbrekende schemakolommen leeg erbij, een lege tekst wordt ``null``;
* :func:`tekst`, :func:`keuze`, :func:`vlag` en :func:`bedrag`: de gewone vorm per soort cel;
* :func:`gewoon`: een lege cel is gewoon als de kolom niet verplicht is;
* :func:`eigen_kolommen`: de kolommen van de invoer die niet tot het schema horen (zoals een
  rijnummer), die een lezer ongewijzigd doorgeeft.
"""

from __future__ import annotations

import polars as pl

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.schema import Kolom, Schema

__all__ = [
    "VLAG_ONWAAR",
    "VLAG_WAAR",
    "VOORAF_VERDACHT",
    "bedrag",
    "eigen_kolommen",
    "gewoon",
    "keuze",
    "tekst",
    "vlag",
    "voorbereid",
]

VOORAF_VERDACHT = "_vooraf_verdacht"
"""Een kolom van de invoer die een rij hoe dan ook verdacht maakt (zoals: al per regel gelezen)."""

VLAG_WAAR = ("ja", "j", "1", "true", "waar")
"""De gewone schrijfwijzen van ``ja`` (na kleine letters)."""
VLAG_ONWAAR = ("nee", "n", "0", "false", "onwaar")
"""De gewone schrijfwijzen van ``nee`` (na kleine letters)."""

_TEKST = r"^[!-~](?:[ -~]*[!-~])?$"
"""Gewone tekst: zichtbare ASCII-tekens, zonder witruimte aan begin of eind."""

_c = pl.col


def voorbereid(
    cellen: pl.DataFrame | pl.LazyFrame, schema: Schema
) -> tuple[pl.LazyFrame, set[str]]:
    """De cellen als ``LazyFrame`` met elke schemakolom (ontbrekend: leeg) en een lege tekst als
    ``null``, en de namen van de kolommen die de invoer zelf had.

    Witruimte alleen is geen lege cel en geen gewone vorm: de rij-lezer beslist erover.
    """
    lazy = cellen.lazy()
    aanwezig = set(lazy.collect_schema().names())
    ontbrekend = [k.naam for k in schema.kolommen if k.naam not in aanwezig]
    lazy = lazy.with_columns(pl.lit(None, pl.String).alias(n) for n in ontbrekend)
    lazy = lazy.with_columns(
        pl.when(_c(k.naam) == "").then(None).otherwise(_c(k.naam)).alias(k.naam)
        for k in schema.kolommen
    )
    return lazy, aanwezig


def tekst(cel: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Gewone tekst: zichtbare ASCII-tekens, zonder witruimte aan begin of eind en zonder dubbele
    spatie."""
    return cel, cel.str.contains(_TEKST) & ~cel.str.contains("  ", literal=True)


def keuze(cel: pl.Expr, keuzes: tuple[str, ...]) -> tuple[pl.Expr, pl.Expr]:
    """Een keuze precies zoals het schema haar noemt."""
    return cel, cel.is_in(list(keuzes))


def vlag(cel: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """``ja``/``nee`` in een gewone schrijfwijze (:data:`VLAG_WAAR`, :data:`VLAG_ONWAAR`)."""
    klein = cel.str.to_lowercase()
    waarde = (
        pl.when(klein.is_in(VLAG_WAAR))
        .then(True)
        .when(klein.is_in(VLAG_ONWAAR))
        .then(False)
        .otherwise(None)
    )
    return waarde, cel.str.contains(r"^[A-Za-z01]+$") & waarde.is_not_null()


def bedrag(cel: pl.Expr, decimaalteken: Decimaalteken, cijfers: int) -> tuple[pl.Expr, pl.Expr]:
    """(hele centen, gewoon): ``123``; bij ``auto`` ook ``123,4`` en ``123.45`` (zoals
    ``lees_bedrag``), met hoogstens ``cijfers`` cijfers voor het scheidingsteken."""
    voor = f"(\\d{{1,{cijfers}}})"
    patroon = f"^{voor}(?:[.,](\\d{{1,2}}))?$" if decimaalteken == "auto" else f"^{voor}()$"
    delen = cel.str.extract_groups(patroon)
    geheel = delen.struct[0]
    deel = delen.struct[1]
    centen = geheel.cast(pl.Int64) * 100 + deel.fill_null("").str.pad_end(2, "0").cast(pl.Int64)
    return centen, geheel.is_not_null()


def gewoon(kolom: Kolom, cel: pl.Expr, ok: pl.Expr) -> pl.Expr:
    """Of de cel gewoon is: gevuld en gewoon, of (bij een niet-verplichte kolom) leeg."""
    leeg = cel.is_null()
    uit = ~leeg & ok if kolom.verplicht else leeg | ok
    return uit.fill_null(False).alias(f"_gewoon_{kolom.naam}")


def eigen_kolommen(lazy: pl.LazyFrame, schema: Schema) -> list[str]:
    """De kolommen van ``lazy`` die niet tot het schema horen (en niet :data:`VOORAF_VERDACHT`)."""
    schemanamen = {k.naam for k in schema.kolommen} | {VOORAF_VERDACHT}
    return [n for n in lazy.collect_schema().names() if n not in schemanamen]
