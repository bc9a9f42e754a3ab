"""De parameters als tabel van geldigheidsperioden: één rij per periode waarin niets verandert.

Elke rij begint op een datum waarop een parameterwaarde (uit de pakketdata of uit een lokaal
:class:`~passend_toewijzen.beleid.Beleid`) ingaat en geldt tot de volgende rij. De kolommen zijn de
grenzen en keuzes die de regels op die datum gebruiken, zoals de rij-motor ze opzoekt
(:func:`~passend_toewijzen.regels.doelgroep.daeb_plan`,
:func:`~passend_toewijzen.regels.passendheid.passend_plan`,
:func:`~passend_toewijzen.regels.huurklasse.huurklasse_plan`): bedragen in hele centen, een
onbekende of niet-geldende waarde als leeg met een kolom ``..._fout`` die zegt dat de regel er niet
over kan beslissen. Er staat hier geen enkel wettelijk bedrag: alles komt uit de data.

De tabel wordt met een *as-of join* op de huuringangsdatum aan elke rij gekoppeld
(:func:`koppel_parameters`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

import polars as pl

from passend_toewijzen.beleid import Art54aTelling, Beleid
from passend_toewijzen.fouten import ParameterFout, PassendToewijzenFout
from passend_toewijzen.modellen import Huishouden, Persoon, Rol
from passend_toewijzen.parameters.opvragen import beschikbare_periode, register
from passend_toewijzen.parameters.waarden import Parameterwaarde
from passend_toewijzen.regels.doelgroep import Grenzenreeks
from passend_toewijzen.regels.groepen import bepaal_vrijstelling
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.toets import _context

__all__ = ["HUURKLASSEN", "MAX_PERSONEN", "centen", "koppel_parameters", "parametertabel"]

MAX_PERSONEN = 30
"""Het grootste huishouden in een toewijzingenbestand (zoals de rij-lezer)."""

HUURKLASSEN: tuple[Huurklasse, ...] = tuple(Huurklasse)[:-1]
"""De huurklassen met een bovengrens, oplopend (de laatste, vrije sector, heeft er geen)."""


def centen(bedrag: Decimal) -> int:
    """Een bedrag in hele centen; een bedrag met fracties van centen is een programmeerfout."""
    honderd = bedrag.scaleb(2)
    if honderd != honderd.to_integral_value():
        msg = f"{bedrag} is geen bedrag in hele centen"
        raise ValueError(msg)
    return int(honderd)


def _bedrag(pw: Parameterwaarde | ParameterFout | None) -> int | None:
    if pw is None or isinstance(pw, ParameterFout) or not isinstance(pw.waarde, Decimal):
        return None
    return centen(pw.waarde)


def _fout(pw: Parameterwaarde | ParameterFout | None) -> bool:
    return isinstance(pw, ParameterFout) or (pw is not None and pw.waarde is None)


def _breekpunten(beleid: Beleid | None) -> list[date]:
    van, tot = beschikbare_periode()
    data = {van}
    for definitie in register().definities.values():
        data.update(r.geldig_vanaf for r in definitie.reeks if van < r.geldig_vanaf <= tot)
    if beleid is not None:
        for definitie in beleid.overschrijvingen.values():
            data.update(r.geldig_vanaf for r in definitie.reeks if van < r.geldig_vanaf <= tot)
    # Ook elk begin van een jaar en een half jaar: dan gaan de meeste waarden in, en het kost niets.
    for jaar in range(van.year, tot.year + 1):
        data.update(d for d in (date(jaar, 1, 1), date(jaar, 7, 1)) if van < d <= tot)
    return sorted(data)


def _huishouden(aantal: int, vergunninghouders: bool, studenten: bool) -> Huishouden:
    eerste = Persoon(
        rol=Rol.AANVRAGER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    overige = Persoon(
        rol=Rol.MEDEBEWONER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    return Huishouden(
        personen=(eerste,) + (overige,) * (aantal - 1),
        vastgesteld_inkomen=Decimal(0),
        aow_huishouden=False,
    )


def _vrijstelling(huishouden: Huishouden, parameters: Any) -> str:
    """``ja``, ``nee`` of ``fout``: de vrijstelling van de rij-regel voor dit soort huishouden."""
    try:
        return "nee" if bepaal_vrijstelling(huishouden, parameters) is None else "ja"
    except PassendToewijzenFout:
        return "fout"


def _grenzen(rij: dict[str, Any], voorvoegsel: str, reeks: Grenzenreeks) -> None:
    for i in (0, 1):
        if i < len(reeks):
            grens, segment = reeks[i]
            rij[f"{voorvoegsel}{i + 1}"] = _bedrag(grens)
            rij[f"{voorvoegsel}{i + 1}_fout"] = _fout(grens)
            rij[f"{voorvoegsel}{i + 1}_segment"] = segment.value
        else:
            rij[f"{voorvoegsel}{i + 1}"] = None
            rij[f"{voorvoegsel}{i + 1}_fout"] = False
            rij[f"{voorvoegsel}{i + 1}_segment"] = None


def _periode(datum: date, beleid: Beleid | None) -> dict[str, Any]:
    rij: dict[str, Any] = {"vanaf": datum}
    try:
        context = _context(datum, beleid, False)
    except PassendToewijzenFout:
        # Geen context: elke toewijzing in deze periode gaat door de rij-motor (die de fout geeft).
        rij["context_fout"] = True
        return rij
    rij["context_fout"] = False
    daeb, passend, klassen = context.daeb, context.passend, context.huurklassen
    parameters = context.parameters
    rij["daeb_regime"] = daeb.regime
    rij["daeb_huurgrens"] = _bedrag(daeb.huurgrens)
    categorieen = daeb.categorieen
    rij["categorieen"] = None if isinstance(categorieen, ParameterFout) else str(categorieen.waarde)
    _grenzen(rij, "een", daeb.eenpersoons)
    _grenzen(rij, "meer", daeb.meerpersoons)
    # De vrijstellingen (vergunninghouders; studenten tot een aantal personen) volgens de
    # rij-regel zelf, voor elk mogelijk huishouden uit een bestand.
    rij["vrij_vergunninghouders"] = _vrijstelling(_huishouden(1, True, False), parameters)
    studenten = [_vrijstelling(_huishouden(n, False, True), parameters) for n in range(1, 31)]
    rij["vrij_studenten"] = studenten
    rij["passend_geldt"] = passend.norm is not None
    rij["reikwijdte_huurgrens"] = (
        passend.reikwijdte is not None
        and passend.reikwijdte.waarde == "rekenhuur_tot_maximale_huurgrens"
    )
    rij["servicekosten_maximum"] = _bedrag(passend.servicekosten_maximum) or 0
    for huishoudtype in Huishoudtype:
        gevonden = passend.inkomensgrenzen[huishoudtype]
        rij[f"passend_{huishoudtype.value}"] = _bedrag(gevonden)
        rij[f"passend_{huishoudtype.value}_fout"] = _fout(gevonden)
    rij["aftopping"] = [
        _bedrag(passend.aftoppingen[n][0]) if passend.aftoppingen else None
        for n in range(MAX_PERSONEN + 1)
    ]
    rij["art_54a_geldt"] = parameters.geldt("passend_uitzondering_vermogen")
    try:
        grens = parameters["zorgtoeslag_vermogensgrens_alleenstaande"]
        rij["vermogensgrens"] = _bedrag(grens)
        rij["vermogensgrens_fout"] = _fout(grens)
    except ParameterFout:
        rij["vermogensgrens"] = None
        rij["vermogensgrens_fout"] = True
    rij["art_54a_passend"] = context.art_54a is Art54aTelling.PASSEND
    bovengrenzen = dict(klassen)
    for klasse in HUURKLASSEN:
        grens_of_fout = bovengrenzen.get(klasse)
        rij[f"klasse_{klasse.value}"] = _bedrag(grens_of_fout)
        rij[f"klasse_{klasse.value}_fout"] = _fout(grens_of_fout)
    return rij


_SCHEMA: dict[str, Any] = {
    "vanaf": pl.Date,
    "context_fout": pl.Boolean,
    "daeb_regime": pl.String,
    "daeb_huurgrens": pl.Int64,
    "categorieen": pl.String,
    **{
        f"{v}{i}{s}": t
        for v in ("een", "meer")
        for i in (1, 2)
        for s, t in (("", pl.Int64), ("_fout", pl.Boolean), ("_segment", pl.String))
    },
    "vrij_vergunninghouders": pl.String,
    "vrij_studenten": pl.List(pl.String),
    "passend_geldt": pl.Boolean,
    "reikwijdte_huurgrens": pl.Boolean,
    "servicekosten_maximum": pl.Int64,
    **{
        f"passend_{h.value}{s}": t
        for h in Huishoudtype
        for s, t in (("", pl.Int64), ("_fout", pl.Boolean))
    },
    "aftopping": pl.List(pl.Int64),
    "art_54a_geldt": pl.Boolean,
    "vermogensgrens": pl.Int64,
    "vermogensgrens_fout": pl.Boolean,
    "art_54a_passend": pl.Boolean,
    **{
        f"klasse_{k.value}{s}": t
        for k in HUURKLASSEN
        for s, t in (("", pl.Int64), ("_fout", pl.Boolean))
    },
}


@lru_cache(maxsize=32)
def parametertabel(beleid: Beleid | None = None) -> pl.DataFrame:
    """De tabel van geldigheidsperioden (kolom ``vanaf``, oplopend) voor de pakketdata met
    ``beleid``.

    Voor huishoudens van 1 tot en met 30 personen staan de aftoppingsgrens (lijst ``aftopping``,
    index = aantal personen) en de vrijstelling van studenten (lijst ``vrij_studenten``, index =
    aantal - 1) per aantal in de tabel, zoals de rij-regels ze kiezen.
    """
    rijen = [_periode(datum, beleid) for datum in _breekpunten(beleid)]
    return pl.DataFrame(rijen, schema=_SCHEMA)


def koppel_parameters(
    frame: pl.LazyFrame,
    beleid: Beleid | None = None,
    *,
    datumkolom: str = "huuringangsdatum",
    aantalkolom: str = "aantal_personen",
) -> pl.LazyFrame:
    """Koppel aan elke rij de parameters van de periode waarin ``datumkolom`` valt (as-of join).

    De kolom ``buiten_dekking`` is waar als de datum buiten de gedekte periode ligt (dan zijn alle
    parameterkolommen leeg). Heeft het frame de kolom ``aantalkolom``, dan komen de lijsten per
    aantal personen (``aftopping``, ``vrij_studenten``) als één waarde per rij mee: die van het
    aantal personen van de rij (leeg buiten 1 tot en met 30).
    """
    van, tot = beschikbare_periode()
    volledig = parametertabel(beleid)
    tabel = (
        volledig.drop("aftopping", "vrij_studenten")
        .with_row_index("_periode")
        .with_columns(pl.col("_periode").cast(pl.Int64))
    )
    gekoppeld = frame.sort(datumkolom).join_asof(
        tabel.lazy(), left_on=datumkolom, right_on="vanaf", strategy="backward"
    )
    gekoppeld = gekoppeld.with_columns(
        buiten_dekking=(pl.col(datumkolom) < van) | (pl.col(datumkolom) > tot)
    )
    if aantalkolom not in frame.collect_schema().names():
        return gekoppeld.drop("_periode")
    aantal = pl.col(aantalkolom)
    periode = pl.col("_periode")
    binnen = aantal.is_between(1, MAX_PERSONEN) & periode.is_not_null()
    lijsten = {
        "aftopping": (volledig["aftopping"].explode(), MAX_PERSONEN + 1, aantal),
        "vrij_studenten": (volledig["vrij_studenten"].explode(), MAX_PERSONEN, aantal - 1),
    }
    return gekoppeld.with_columns(
        pl.when(binnen)
        .then(pl.lit(plat).gather(pl.when(binnen).then(periode * breedte + plaats).otherwise(0)))
        .alias(naam)
        for naam, (plat, breedte, plaats) in lijsten.items()
    ).drop("_periode")
