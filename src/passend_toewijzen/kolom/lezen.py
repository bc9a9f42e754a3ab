"""Cellen van het toewijzingenbestand per kolom omgezet: de gewone vorm vectorieel, de rest per rij.

:func:`lees_cellen` zet tekstcellen (zoals een CSV ze levert) om in de invoerkolommen van
:func:`~passend_toewijzen.kolom.regels.beoordeel`. Alleen de *gewone vorm* van een cel wordt hier
omgezet: een vorm die de celomzetters van :mod:`passend_toewijzen.invoer.cellen` precies zo lezen
(bijvoorbeeld ``648,75`` of ``648.75`` als bedrag, ``2025-03-01`` als datum, ``ja``/``nee``). Elke
rij met een cel buiten de gewone vorm, een lege verplichte cel of een waarde die een controle van
de modellen zou kunnen raken, krijgt ``verdacht = true``: die rij gaat door de bestaande
rij-omzetter (:class:`~passend_toewijzen.invoer.toewijzingen.Toewijzingslezer`), die haar
aanvaardt of afwijst met precies de Nederlandse meldingen van de rij-motor. Zo is de aanvaarding
altijd die van de rij-motor: een onverdachte rij is een rij die de rij-omzetter ongewijzigd
aanvaardt, met dezelfde waarden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import polars as pl

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.schema import Schema, Soort
from passend_toewijzen.invoer.toewijzingen import MAX_PERSONEN, TOEWIJZINGEN
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
from passend_toewijzen.kolom.regels import INVOERSCHEMA
from passend_toewijzen.modellen.basis import MAX_JAARINKOMEN, MAX_MAANDBEDRAG, MAX_VERMOGEN

__all__ = ["EXTRA_KOLOMMEN", "cellen_frame", "lees_cellen"]

EXTRA_KOLOMMEN = ("toewijzing_id", "corporatie", "verdacht")
"""Naast :data:`~passend_toewijzen.kolom.regels.INVOERSCHEMA` geeft :func:`lees_cellen` deze."""

_c = pl.col
_MAXIMA = {
    "huishoudinkomen": MAX_JAARINKOMEN,
    "rendementsgrondslag_box3": MAX_VERMOGEN,
}
_BEDRAGCIJFERS = 12
"""Hoogstens zoveel cijfers voor het scheidingsteken in een gewoon bedrag."""


def lees_cellen(
    cellen: pl.DataFrame | pl.LazyFrame,
    *,
    corporatie: str,
    decimaalteken: Decimaalteken = "auto",
    schema: Schema = TOEWIJZINGEN,
) -> pl.LazyFrame:
    """Zet tekstcellen (kolommen met de schemanamen; ontbrekende kolommen zijn leeg) om.

    Geeft de kolommen van :data:`~passend_toewijzen.kolom.regels.INVOERSCHEMA` plus
    :data:`EXTRA_KOLOMMEN` en alle kolommen die al in ``cellen`` stonden en niet tot het schema
    horen (zoals een rijnummer). ``corporatie`` is de naam voor rijen met een lege kolom
    ``corporatie``. Een lege cel is een lege tekst of ``null``. Staat de kolom
    :data:`~passend_toewijzen.kolom.cellen.VOORAF_VERDACHT` in ``cellen``, dan is elke rij waar
    die waar is verdacht.
    """
    lazy, aanwezig = voorbereid(cellen, schema)
    waarden: list[pl.Expr] = []
    gewoon_per_kolom: list[pl.Expr] = []
    for kolom in schema.kolommen:
        cel = _c(kolom.naam)
        if kolom.soort is Soort.TEKST:
            waarde, ok = tekst(cel)
        elif kolom.soort is Soort.DATUM:
            waarde = cel.str.to_date("%Y-%m-%d", strict=False)
            ok = cel.str.contains(r"^\d{4}-\d{2}-\d{2}$") & waarde.is_not_null()
        elif kolom.soort is Soort.BEDRAG:
            waarde, ok = bedrag(cel, decimaalteken, _BEDRAGCIJFERS)
            maximum = _MAXIMA.get(kolom.naam, MAX_MAANDBEDRAG)
            ok = ok & (waarde <= int(maximum.scaleb(2)))
        elif kolom.soort is Soort.VLAG:
            waarde, ok = vlag(cel)
        elif kolom.soort is Soort.AANTAL:
            waarde = cel.str.extract(r"^(\d{1,2})$", 1).cast(pl.Int64)
            ok = waarde.is_between(1, MAX_PERSONEN)
        elif kolom.soort is Soort.KEUZE and kolom.meervoudig:
            # Informatief (geen invloed op het oordeel): gewoon als elke keuze precies klopt.
            een = "(?:" + "|".join(re.escape(k) for k in kolom.keuzes) + ")"
            waarde = cel
            ok = cel.str.contains(f"^{een}(?:[,|]{een})*$")
        elif kolom.soort is Soort.KEUZE:
            waarde, ok = keuze(cel, kolom.keuzes)
        else:  # pragma: no cover - het toewijzingenbestand kent geen andere soorten
            waarde, ok = cel, pl.lit(False)
        waarden.append(waarde.alias(kolom.naam))
        gewoon_per_kolom.append(gewoon(kolom, cel, ok))
    # De controles van de rij-omzetter en de modellen die een gewone rij nog kan raken: wie er
    # één raakt (of in de buurt komt), gaat door de rij-omzetter.
    # (Een lege cel maakt een vergelijking leeg; een lege verplichte cel is al niet gewoon.)
    verzoek = _c("verzoek_art_54a")
    alle = _c("alle_bewoners_aow")
    aow = _c("aow_huishouden")
    controles = pl.any_horizontal(
        (_c("huishoudinkomen").is_null() & ~(_c("vergunninghouders") | _c("studenten"))),
        # Huishouden: de AOW-gegevens spreken elkaar niet tegen (BTIV art. 54a).
        (alle & ~aow).fill_null(False),
        ((_c("aantal_personen") == 1) & (alle != aow)).fill_null(False),
        # Een verzoek op grond van art. 54a: met vermogen, alleen van een AOW-huishouden, en bij
        # meer personen met alle_bewoners_aow (de rij-omzetter en het model eisen dat).
        verzoek
        & (
            _c("rendementsgrondslag_box3").is_null()
            | ~aow.fill_null(False)
            | (alle == False).fill_null(False)  # noqa: E712 - polars-expressie
            | ((_c("aantal_personen") > 1) & alle.is_null())
        ),
        (_c("subsidiabele_servicekosten") > _c("servicekosten")).fill_null(False),
        (_c("huuringangsdatum") < _c("toewijzingsdatum")).fill_null(False),
    ).fill_null(True)
    verdacht = ~pl.all_horizontal(gewoon_per_kolom)
    getypt = lazy.with_columns(*waarden, verdacht=verdacht).with_columns(
        *(_c(n).fill_null(False) for n in ("vergunninghouders", "studenten", "verzoek_art_54a")),
        corporatie=_c("corporatie").fill_null(pl.lit(corporatie)),
    )
    if VOORAF_VERDACHT in aanwezig:
        controles = controles | _c(VOORAF_VERDACHT)
    getypt = getypt.with_columns(verdacht=_c("verdacht") | controles)
    eigen = eigen_kolommen(lazy, schema)
    return getypt.select(*eigen, *INVOERSCHEMA, *EXTRA_KOLOMMEN[:2], "verdacht")


def cellen_frame(kolommen: Sequence[str], rijen: Sequence[Sequence[object]]) -> pl.DataFrame:
    """Een frame van tekstcellen (kolommen in de volgorde van ``kolommen``) uit rijen van waarden.

    Geeft ``TypeError`` als een cel geen tekst (of leeg) is: zulke rijen gaan door de rij-omzetter.
    """
    if not rijen:
        return pl.DataFrame({k: pl.Series([], dtype=pl.String) for k in kolommen})
    per_kolom = list(zip(*rijen, strict=True))
    return pl.DataFrame(
        {
            k: pl.Series(k, w, dtype=pl.String, strict=True)
            for k, w in zip(kolommen, per_kolom, strict=True)
        }
    )
