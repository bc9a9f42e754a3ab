"""Laden en controleren van huur-inkomenstabellen (TOML).

De controles bij het laden:

* het schema (velden, celwaarden, datums, unieke namen);
* elke inkomensgroep heeft een cel voor elke huurband, en niet meer;
* de huurbanden sluiten aan: de eerste begint bij nul, elke volgende begint waar de vorige
  eindigt (zelfde symbool of zelfde bedrag) en de laatste heeft geen bovengrens — geen gaten en
  geen overlap;
* hetzelfde voor de inkomensgroepen, per huishoudtype (omvang en AOW-status);
* vaste bedragen vragen een prijspeil;
* op elke datum binnen de geldigheid waarop een landelijke grens wijzigt, lopen de grenzen op en
  bestaat elk gebruikt symbool in de wet.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints, ValidationError

from passend_toewijzen._pydantic_nl import veldfouten
from passend_toewijzen._toml_bron import lees_toml, toml_inhoud
from passend_toewijzen.fouten import ParameterdataOngeldig, ParameterNietVanKracht
from passend_toewijzen.parameters.opvragen import beschikbare_periode, parameters_op
from passend_toewijzen.parameters.overzicht import momenten
from passend_toewijzen.regels.huishoudtype import bepaal_huishoudtype
from passend_toewijzen.tabellen.model import (
    AowFilter,
    Cel,
    Grens,
    Huurband,
    Inkomensgroep,
    Tabel,
    Tabelbron,
)
from passend_toewijzen.tabellen.symbolen import HUURSYMBOLEN, INKOMENSSYMBOLEN, normaliseer, zoek_op

__all__ = ["beschikbare_tabellen", "laad_tabel"]

Naam = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Datum = Annotated[date, Strict()]
Grenswaarde = Annotated[Decimal, Strict()] | Annotated[int, Strict()] | Tekst


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Bron(_Strikt):
    titel: Tekst
    uitgever: Tekst
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    datum: Datum | None = None


class _Kop(_Strikt):
    naam: Naam
    titel: Tekst
    regio: Tekst
    geldig_vanaf: Datum
    geldig_tot: Datum | None = None
    prijspeil: Annotated[int, Strict(), Field(ge=2000, le=2100)] | None = None
    toelichting: Tekst
    keuzes: tuple[Tekst, ...] = ()
    bron: _Bron
    bevestigd_door: tuple[_Bron, ...] = ()


class _Band(_Strikt):
    naam: Naam
    omschrijving: Tekst
    van: Grenswaarde | None = None
    tot: Grenswaarde | None = None


class _Groep(_Strikt):
    naam: Naam
    omschrijving: Tekst
    personen_min: Annotated[int, Strict(), Field(ge=1, le=30)] = 1
    personen_max: Annotated[int, Strict(), Field(ge=1, le=30)] | None = None
    aow: Literal["ja", "nee", "alle"] = "alle"
    van: Grenswaarde | None = None
    tot: Grenswaarde | None = None
    cellen: dict[Naam, Literal["voorrang", "toegestaan", "uitgesloten"]]


class _Bestand(_Strikt):
    tabel: _Kop
    huurbanden: Annotated[tuple[_Band, ...], Field(min_length=1)]
    inkomensgroepen: Annotated[tuple[_Groep, ...], Field(min_length=1)]


def beschikbare_tabellen() -> tuple[str, ...]:
    """De namen van de meegeleverde tabellen."""
    map_ = resources.files("passend_toewijzen.tabellen").joinpath("data")
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in map_.iterdir() if p.name.endswith(".toml"))
    )


def laad_tabel(
    naam_of_pad: str | Path | None = None,
    *,
    tekst: str | bytes | None = None,
    naam_bestand: str | None = None,
) -> Tabel:
    """Laad een meegeleverde tabel (op naam, zoals ``"woongaard-2015"``), een TOML-bestand (pad)
    of de inhoud van een TOML-bestand (``tekst=``, als ``str`` of ``bytes``).

    ``naam_bestand`` is de naam in meldingen. Een naam die geen meegeleverde tabel is en geen
    bestaand bestand, een map, inhoud die als pad is meegegeven en elke fout in de tabel geven
    :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met bestand en veld.
    """
    if isinstance(naam_of_pad, str) and naam_of_pad in beschikbare_tabellen():
        bestand = resources.files("passend_toewijzen.tabellen").joinpath(
            "data", f"{naam_of_pad}.toml"
        )
        return lees_tabel(bestand.read_bytes(), naam_bestand or f"{naam_of_pad}.toml")
    try:
        inhoud, bestandsnaam = toml_inhoud(
            naam_of_pad,
            tekst,
            naam_bestand=naam_bestand,
            wat="tabelbestand",
            functie="laad_tabel",
        )
    except ParameterdataOngeldig as fout:
        if tekst is None and "niet gevonden" in fout.meldingen[0]:
            bekend = ", ".join(beschikbare_tabellen())
            raise ParameterdataOngeldig(
                fout.bestand,
                [
                    f"{naam_of_pad!s} is geen meegeleverde tabel en geen bestaand bestand; "
                    f"meegeleverd: {bekend}"
                ],
            ) from None
        raise
    return lees_tabel(inhoud, bestandsnaam)


def lees_tabel(inhoud: bytes, bestandsnaam: str = "tabel.toml") -> Tabel:
    """Lees en controleer een tabel uit de inhoud van een TOML-bestand."""
    ruw = lees_toml(inhoud, bestandsnaam)
    try:
        schema = _Bestand.model_validate(ruw)
    except ValidationError as exc:
        raise ParameterdataOngeldig(bestandsnaam, [str(f) for f in veldfouten(exc)]) from exc
    meldingen: list[str] = []
    tabel = _bouw(schema, hashlib.sha256(inhoud).hexdigest(), meldingen)
    if not meldingen:
        meldingen.extend(_controleer_aansluiting(tabel))
    if not meldingen:
        meldingen.extend(_controleer_op_datums(tabel))
    if meldingen:
        raise ParameterdataOngeldig(bestandsnaam, meldingen)
    return tabel


def _grens(
    waarde: Decimal | int | str | None, symbolen: frozenset[str], pad: str, meldingen: list[str]
) -> Grens | None:
    if waarde is None:
        return None
    if isinstance(waarde, str):
        symbool = normaliseer(waarde)
        if symbool not in symbolen:
            meldingen.append(
                f"{pad}: onbekend symbool {waarde!r}; kies uit {', '.join(sorted(symbolen))}"
            )
            return None
        return Grens(symbool=symbool)
    bedrag = Decimal(waarde)
    if bedrag < 0:
        meldingen.append(f"{pad}: een grens kan niet negatief zijn")
    exponent = bedrag.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        meldingen.append(f"{pad}: een bedrag heeft hoogstens twee decimalen")
    return Grens(bedrag=bedrag)


def _bron(b: Any) -> Tabelbron:
    return Tabelbron(titel=b.titel, uitgever=b.uitgever, url=b.url, datum=b.datum)


def _bouw(schema: _Bestand, inhoudshash: str, meldingen: list[str]) -> Tabel:
    kop = schema.tabel
    if kop.geldig_tot is not None and kop.geldig_tot < kop.geldig_vanaf:
        meldingen.append("tabel.geldig_tot: ligt vóór geldig_vanaf")
    bandnamen = [b.naam for b in schema.huurbanden]
    if len(set(bandnamen)) != len(bandnamen):
        meldingen.append("huurbanden: elke band heeft een eigen naam")
    groepnamen = [g.naam for g in schema.inkomensgroepen]
    if len(set(groepnamen)) != len(groepnamen):
        meldingen.append("inkomensgroepen: elke groep heeft een eigen naam")
    banden = tuple(
        Huurband(
            naam=b.naam,
            omschrijving=b.omschrijving,
            van=_grens(b.van, HUURSYMBOLEN, f"huurbanden[{i}].van", meldingen),
            tot=_grens(b.tot, HUURSYMBOLEN, f"huurbanden[{i}].tot", meldingen),
        )
        for i, b in enumerate(schema.huurbanden)
    )
    groepen: list[Inkomensgroep] = []
    for i, g in enumerate(schema.inkomensgroepen):
        pad = f"inkomensgroepen[{i}] ({g.naam})"
        ontbrekend = [n for n in bandnamen if n not in g.cellen]
        extra = [n for n in g.cellen if n not in bandnamen]
        if ontbrekend:
            meldingen.append(f"{pad}.cellen: geen cel voor band(en) {', '.join(ontbrekend)}")
        if extra:
            meldingen.append(f"{pad}.cellen: onbekende band(en) {', '.join(extra)}")
        if g.personen_max is not None and g.personen_max < g.personen_min:
            meldingen.append(f"{pad}: personen_max is kleiner dan personen_min")
        groepen.append(
            Inkomensgroep(
                naam=g.naam,
                omschrijving=g.omschrijving,
                personen_min=g.personen_min,
                personen_max=g.personen_max,
                aow=AowFilter(g.aow),
                van=_grens(g.van, INKOMENSSYMBOLEN, f"{pad}.van", meldingen),
                tot=_grens(g.tot, INKOMENSSYMBOLEN, f"{pad}.tot", meldingen),
                cellen={n: Cel(c) for n, c in g.cellen.items()},
            )
        )
    tabel = Tabel(
        naam=kop.naam,
        titel=kop.titel,
        regio=kop.regio,
        geldig_vanaf=kop.geldig_vanaf,
        geldig_tot=kop.geldig_tot,
        prijspeil=kop.prijspeil,
        bron=_bron(kop.bron),
        bevestigd_door=tuple(_bron(b) for b in kop.bevestigd_door),
        toelichting=kop.toelichting,
        keuzes=kop.keuzes,
        huurbanden=banden,
        inkomensgroepen=tuple(groepen),
        inhoudshash=inhoudshash,
    )
    if tabel.heeft_vaste_bedragen and kop.prijspeil is None:
        meldingen.append("tabel.prijspeil: verplicht als de tabel vaste bedragen bevat")
    return tabel


def _reeks_sluit_aan(
    namen: list[str], grenzen: list[tuple[Grens | None, Grens | None]], wat: str
) -> list[str]:
    meldingen: list[str] = []
    if grenzen[0][0] is not None:
        meldingen.append(f"{wat}: de eerste ({namen[0]}) moet bij nul beginnen (geen 'van')")
    if grenzen[-1][1] is not None:
        meldingen.append(f"{wat}: de laatste ({namen[-1]}) heeft geen bovengrens (geen 'tot')")
    for i in range(1, len(grenzen)):
        vorige_tot, van = grenzen[i - 1][1], grenzen[i][0]
        if vorige_tot is None:
            meldingen.append(f"{wat}: {namen[i - 1]} heeft geen bovengrens maar is niet de laatste")
        elif van != vorige_tot:
            meldingen.append(
                f"{wat}: gat of overlap tussen {namen[i - 1]} (tot {vorige_tot}) en {namen[i]} "
                f"(van {van if van is not None else 'nul'})"
            )
    return meldingen


def _huishoudtypen(tabel: Tabel) -> list[tuple[int, bool]]:
    grootste = max((g.personen_max or g.personen_min for g in tabel.inkomensgroepen), default=1)
    return [(n, aow) for n in range(1, grootste + 2) for aow in (False, True)]


def _controleer_aansluiting(tabel: Tabel) -> list[str]:
    meldingen = _reeks_sluit_aan(
        [b.naam for b in tabel.huurbanden],
        [(b.van, b.tot) for b in tabel.huurbanden],
        "huurbanden",
    )
    for personen, aow in _huishoudtypen(tabel):
        groepen = tabel.groepen_voor(personen, aow)
        wat = f"inkomensgroepen voor {personen} persoon/personen (AOW: {'ja' if aow else 'nee'})"
        if not groepen:
            meldingen.append(f"{wat}: geen enkele groep")
            continue
        meldingen.extend(
            _reeks_sluit_aan([g.naam for g in groepen], [(g.van, g.tot) for g in groepen], wat)
        )
    return meldingen


def _datums(tabel: Tabel) -> list[date]:
    van, tot = beschikbare_periode()
    eind = min(tabel.geldig_tot or tot, tot)
    begin = max(tabel.geldig_vanaf, van)
    return [begin] + [m for m in momenten() if begin < m <= eind]


def _controleer_op_datums(tabel: Tabel) -> list[str]:
    """Op elke datum waarop een landelijke grens wijzigt: symbolen bestaan en grenzen lopen op."""
    meldingen: list[str] = []
    for datum in _datums(tabel):
        parameters = parameters_op(datum)
        for personen, aow in _huishoudtypen(tabel):
            huishoudtype = bepaal_huishoudtype(personen, aow)
            reeksen = (
                ("huurbanden", [(b.naam, b.tot) for b in tabel.huurbanden[:-1]]),
                (
                    f"inkomensgroepen ({personen} persoon/personen, AOW: {'ja' if aow else 'nee'})",
                    [(g.naam, g.tot) for g in tabel.groepen_voor(personen, aow)[:-1]],
                ),
            )
            for wat, reeks in reeksen:
                vorige: Decimal | None = None
                for naam, grens in reeks:
                    if grens is None:  # pragma: no cover - afgevangen door de aansluiting
                        continue
                    if grens.bedrag is not None:
                        bedrag: Decimal | None = grens.bedrag
                    else:
                        assert grens.symbool is not None  # noqa: S101
                        try:
                            bedrag = zoek_op(
                                grens.symbool, parameters, huishoudtype, personen
                            ).bedrag
                        except ParameterNietVanKracht as fout:
                            bedrag = None  # onbekende waarde: op deze datum niet te controleren
                            if fout.naam not in parameters.onbekend:
                                meldingen.append(
                                    f"{wat}.{naam}: het symbool {grens.symbool!r} bestaat op "
                                    f"{datum.isoformat()} niet in de wet; beperk de geldigheid "
                                    "van de tabel"
                                )
                    if bedrag is not None and vorige is not None and bedrag <= vorige:
                        meldingen.append(
                            f"{wat}: op {datum.isoformat()} is de bovengrens van {naam} "
                            f"({bedrag}) niet hoger dan die van de vorige ({vorige}): overlap"
                        )
                    if bedrag is not None:
                        vorige = bedrag
        if len(meldingen) > 20:
            break
    return sorted(set(meldingen))
