"""Het JSON-document van een toetsuitkomst en een toetsfout: schema, controle en teruglezen.

Eén beschrijving (de ``TypedDict``'s hieronder) geeft zowel het gepubliceerde JSON Schema als de
controle bij het teruglezen, zodat die twee nooit uit elkaar lopen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict  # pydantic vraagt deze vóór Python 3.12 (en hangt ervan af)

from passend_toewijzen._pydantic_nl import veldfouten
from passend_toewijzen.beleid import Beleid, Beleidswaarde, Beleidswaardesoort
from passend_toewijzen.fouten import OngeldigeInvoer, Veldfout
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import (
    Bron,
    Bronsoort,
    Eenheid,
    Herziening,
    Leeftijd,
    Parameterdefinitie,
    Parameterwaarde,
    Reekswaarde,
    Status,
    Waarde,
)
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.inkomen import Inkomensmethode, Vrijstelling
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.uitkomst import (
    SCHEMA_TOETSFOUT,
    SCHEMA_TOETSUITKOMST,
    Toetsfout,
    Toetsstatus,
    Toetsuitkomst,
)
from passend_toewijzen.uitleg import Ontvangstbewijs, Regel, Uitlegregel

__all__ = [
    "schema_toetsfout",
    "schema_toetsuitkomst",
    "toetsfout_uit_dict",
    "toetsuitkomst_uit_dict",
]

Bedragtekst = Annotated[
    str,
    StringConstraints(pattern=r"^\d+\.\d{2,}$"),
    Field(description="Een bedrag in euro als exacte decimale tekst, minstens twee decimalen."),
]
Tekst = Annotated[str, StringConstraints(min_length=1)]
Datum = Annotated[date, Field(description="Een datum JJJJ-MM-DD.")]


@with_config(ConfigDict(title="Leeftijd", extra="forbid"))
class LeeftijdDocument(TypedDict):
    """Een leeftijd in jaren en maanden (zoals de AOW-leeftijd)."""

    jaren: Annotated[int, Field(ge=0, le=150)]
    maanden: Annotated[int, Field(ge=0, le=11)]


Parameterwaardetekst = Annotated[
    str | int | LeeftijdDocument,
    Field(
        description=(
            "De waarde: een bedrag, fractie of factor als exacte decimale tekst, een regime als "
            "tekst, een aantal jaren of personen als geheel getal, een leeftijd als jaren en "
            "maanden; de eenheid zegt welke."
        )
    ),
]


@with_config(ConfigDict(title="Bron", extra="forbid"))
class BronDocument(TypedDict):
    """De bron van een parameterwaarde: titel, uitgever, datum en vindplaats."""

    sleutel: Tekst
    titel: Tekst
    uitgever: Tekst
    datum: Datum | None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    soort: Bronsoort


@with_config(ConfigDict(title="Gebruikte parameterwaarde", extra="forbid"))
class ParameterwaardeDocument(TypedDict):
    """Een parameterwaarde zoals een toets haar gebruikte, met ingangsdatum, status en bron."""

    parameter: Tekst
    waarde: Parameterwaardetekst
    eenheid: Eenheid
    geldig_vanaf: Datum
    status: Status
    bron: BronDocument


@with_config(ConfigDict(title="Stap in de uitleg", extra="forbid"))
class UitlegregelDocument(TypedDict):
    """Eén stap in de uitleg: regel, artikel, de gebruikte parameterwaarde en de zin."""

    regel_id: Tekst
    artikel: Tekst
    regel: Tekst
    parameter: Tekst | None
    waarde: Parameterwaardetekst | None
    eenheid: Eenheid | None
    geldig_vanaf: Datum | None
    status: Status | None
    bron: BronDocument | None
    uitkomst: Tekst
    zin: str


@with_config(ConfigDict(title="Waarde uit lokaal beleid", extra="forbid"))
class BeleidswaardeDocument(TypedDict):
    """Een waarde die een lokaal beleid levert in plaats van de meegeleverde data."""

    parameter: Tekst
    soort: Beleidswaardesoort
    beleid: Tekst
    waarde: ParameterwaardeDocument | None
    wettelijk: ParameterwaardeDocument | None
    zin: Tekst


@with_config(ConfigDict(title="Ontvangstbewijs", extra="forbid"))
class OntvangstbewijsDocument(TypedDict):
    """Waarmee de uitkomst is bepaald: bibliotheek- en dataversie, inhoudshash en peildatum."""

    bibliotheekversie: Tekst
    data_versie: Tekst
    data_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    peildatum: Datum
    beleid: Tekst | None
    buiten_dekking: bool


@with_config(ConfigDict(title="Toetsuitkomst", extra="forbid"))
class ToetsuitkomstDocument(TypedDict):
    """De uitkomst van de toets van één toewijzing (passend-toewijzen/toetsuitkomst/1)."""

    schema: Literal["passend-toewijzen/toetsuitkomst/1"]
    toewijzing_id: Tekst | None
    huuringangsdatum: Datum
    gemeente: Tekst
    status: Toetsstatus
    toewijzingssegment: Toewijzingssegment | None
    segment_reden: Tekst
    passendheid: Passendheid | None
    passendheid_reden: Tekst
    in_passende_groep: bool | None
    huishoudtype: Huishoudtype | None
    aantal_personen: Annotated[int, Field(ge=1)]
    aow_huishouden: bool | None
    huishoudinkomen: Bedragtekst | None
    inkomensmethode: Inkomensmethode | None
    vrijstelling: Vrijstelling | None
    zorgindicatie: bool
    urgentie: bool
    kale_huur: Bedragtekst
    huurklasse: Huurklasse | None
    huurklasse_vera: Literal["GOE", "BET", "DUU", "BOV"] | None
    passende_inkomensgrens: Bedragtekst | None
    aftoppingsgrens: Bedragtekst | None
    daeb_inkomensgrenzen: list[Bedragtekst]
    art_54a: bool
    redenen_onbepaald: list[Tekst]
    opmerkingen: list[Tekst]
    beleidswaarden: list[BeleidswaardeDocument]
    uitleg: list[UitlegregelDocument]
    ontvangstbewijs: OntvangstbewijsDocument


@with_config(ConfigDict(title="Veldfout", extra="forbid"))
class VeldfoutDocument(TypedDict):
    """Eén fout in de invoer: het pad naar het veld en de Nederlandse melding."""

    veld: str
    melding: Tekst


@with_config(ConfigDict(title="Toetsfout", extra="forbid"))
class ToetsfoutDocument(TypedDict):
    """Waarom één toewijzing in een stroom geen uitkomst kreeg (passend-toewijzen/toetsfout/1)."""

    schema: Literal["passend-toewijzen/toetsfout/1"]
    index: Annotated[int, Field(ge=0)]
    toewijzing_id: Tekst | None
    soort: Tekst
    melding: Tekst
    veldfouten: list[VeldfoutDocument]


@cache
def _adapter_uitkomst() -> TypeAdapter[ToetsuitkomstDocument]:
    return TypeAdapter(ToetsuitkomstDocument)


@cache
def _adapter_fout() -> TypeAdapter[ToetsfoutDocument]:
    return TypeAdapter(ToetsfoutDocument)


def _schema(adapter: TypeAdapter[Any], naam: str, titel: str) -> dict[str, Any]:
    schema = adapter.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://passend-toewijzen.readthedocs.io/schemas/{naam}.schema.json",
        **schema,
        "title": titel,
    }


def schema_toetsuitkomst() -> dict[str, Any]:
    """Het JSON Schema van een toetsuitkomst."""
    assert SCHEMA_TOETSUITKOMST.endswith("/1")  # noqa: S101 - het schema hoort bij versie 1
    return _schema(_adapter_uitkomst(), "toetsuitkomst-1", "Toetsuitkomst (passend-toewijzen)")


def schema_toetsfout() -> dict[str, Any]:
    """Het JSON Schema van een toetsfout."""
    assert SCHEMA_TOETSFOUT.endswith("/1")  # noqa: S101 - het schema hoort bij versie 1
    return _schema(_adapter_fout(), "toetsfout-1", "Toetsfout (passend-toewijzen)")


def _valideer(adapter: TypeAdapter[Any], document: Any, model: str) -> Any:
    try:
        return adapter.validate_python(document)
    except ValidationError as exc:
        raise OngeldigeInvoer(model, veldfouten(exc)) from exc


def _waarde(ruw: Any, eenheid: Eenheid) -> Waarde:
    if eenheid in (Eenheid.JAREN, Eenheid.PERSONEN):
        return int(ruw)
    if eenheid is Eenheid.JAREN_EN_MAANDEN:
        return Leeftijd(ruw["jaren"], ruw["maanden"])
    if eenheid is Eenheid.REGIME:
        return str(ruw)
    return Decimal(str(ruw))


def _bron(doc: BronDocument) -> Bron:
    return Bron(
        sleutel=doc["sleutel"],
        titel=doc["titel"],
        uitgever=doc["uitgever"],
        url=doc["url"],
        soort=Bronsoort(doc["soort"]),
        datum=doc["datum"],
    )


def _zelfde_bron(a: Bron, b: Bron) -> bool:
    return (a.sleutel, a.titel, a.uitgever, a.url, a.soort, a.datum) == (
        b.sleutel,
        b.titel,
        b.uitgever,
        b.url,
        b.soort,
        b.datum,
    )


def _parameterwaarde(doc: ParameterwaardeDocument, beleid: Beleid | None) -> Parameterwaarde:
    """De parameterwaarde uit de data of het beleid; anders opgebouwd uit het document."""
    naam, geldig_vanaf = doc["parameter"], doc["geldig_vanaf"]
    eenheid, status, bron = Eenheid(doc["eenheid"]), Status(doc["status"]), _bron(doc["bron"])
    waarde = _waarde(doc["waarde"], eenheid)
    kandidaten = [
        d
        for d in (
            beleid.overschrijvingen.get(naam) if beleid is not None else None,
            register().definities.get(naam),
        )
        if d is not None and d.eenheid is eenheid
    ]
    for definitie in kandidaten:
        for rw in definitie.reeks:
            if (
                rw.geldig_vanaf == geldig_vanaf
                and rw.status is status
                and rw.waarde == waarde
                and rw.bron is not None
                and _zelfde_bron(rw.bron, bron)
            ):
                return definitie.parameterwaarde(rw)
    rw = Reekswaarde(geldig_vanaf=geldig_vanaf, status=status, waarde=waarde, bron=bron)
    definitie = Parameterdefinitie(
        naam=naam,
        omschrijving=f"{naam} (uit een opgeslagen uitkomst)",
        eenheid=eenheid,
        grondslag="zie de bron",
        herziening=Herziening.BIJ_WETSWIJZIGING,
        bestand="(opgeslagen uitkomst)",
        reeks=(rw,),
    )
    return definitie.parameterwaarde(rw)


def _gebruikte_waarde(
    doc: ParameterwaardeDocument | None, beleid: Beleid | None
) -> Parameterwaarde | None:
    return None if doc is None else _parameterwaarde(doc, beleid)


_PARAMETERVELDEN = ("waarde", "eenheid", "geldig_vanaf", "status", "bron")


def _uitlegregel(doc: UitlegregelDocument, beleid: Beleid | None, plek: str) -> Uitlegregel:
    parameter: Parameterwaarde | None = None
    naam = doc["parameter"]
    if naam is not None:
        velden: dict[str, Any] = {k: doc[k] for k in _PARAMETERVELDEN}  # type: ignore[literal-required]
        ontbrekend = [k for k, v in velden.items() if v is None]
        if ontbrekend:
            raise OngeldigeInvoer(
                "Toetsuitkomst",
                tuple(Veldfout(f"{plek}.{k}", "verplicht bij een parameter") for k in ontbrekend),
            )
        parameter = _parameterwaarde(
            ParameterwaardeDocument(parameter=naam, **velden),  # type: ignore[typeddict-item]
            beleid,
        )
    sjabloon = doc["zin"].replace("{", "{{").replace("}", "}}")
    regel = Regel(doc["regel_id"], doc["artikel"], doc["regel"])
    return Uitlegregel(regel, doc["uitkomst"], sjabloon, (), parameter)


def _decimaal(tekst: str | None) -> Decimal | None:
    return None if tekst is None else Decimal(tekst)


def toetsuitkomst_uit_dict(document: Any, beleid: Beleid | None) -> Toetsuitkomst:
    """Een :class:`Toetsuitkomst` uit haar document, na controle tegen het schema."""
    d: ToetsuitkomstDocument = _valideer(_adapter_uitkomst(), document, "Toetsuitkomst")
    bewijs = d["ontvangstbewijs"]
    huurklasse = d["huurklasse"]
    verwachte_vera = huurklasse.vera_code if huurklasse is not None else None
    if d["huurklasse_vera"] != verwachte_vera:
        raise OngeldigeInvoer(
            "Toetsuitkomst",
            (Veldfout("huurklasse_vera", f"hoort {verwachte_vera!r} te zijn bij de huurklasse"),),
        )
    return Toetsuitkomst(
        toewijzing_id=d["toewijzing_id"],
        huuringangsdatum=d["huuringangsdatum"],
        gemeente=d["gemeente"],
        status=d["status"],
        toewijzingssegment=d["toewijzingssegment"],
        segment_reden=d["segment_reden"],
        passendheid=d["passendheid"],
        passendheid_reden=d["passendheid_reden"],
        in_passende_groep=d["in_passende_groep"],
        huishoudtype=d["huishoudtype"],
        aantal_personen=d["aantal_personen"],
        aow_huishouden=d["aow_huishouden"],
        huishoudinkomen=_decimaal(d["huishoudinkomen"]),
        inkomensmethode=d["inkomensmethode"],
        vrijstelling=d["vrijstelling"],
        zorgindicatie=d["zorgindicatie"],
        urgentie=d["urgentie"],
        kale_huur=Decimal(d["kale_huur"]),
        huurklasse=huurklasse,
        passende_inkomensgrens=_decimaal(d["passende_inkomensgrens"]),
        aftoppingsgrens=_decimaal(d["aftoppingsgrens"]),
        daeb_inkomensgrenzen=tuple(Decimal(g) for g in d["daeb_inkomensgrenzen"]),
        art_54a=d["art_54a"],
        redenen_onbepaald=tuple(d["redenen_onbepaald"]),
        opmerkingen=tuple(d["opmerkingen"]),
        uitleg=tuple(_uitlegregel(r, beleid, f"uitleg[{i}]") for i, r in enumerate(d["uitleg"])),
        ontvangstbewijs=Ontvangstbewijs(
            bibliotheekversie=bewijs["bibliotheekversie"],
            data_versie=bewijs["data_versie"],
            data_hash=bewijs["data_hash"],
            peildatum=bewijs["peildatum"],
            beleid=bewijs["beleid"],
            buiten_dekking=bewijs["buiten_dekking"],
        ),
        beleidswaarden=tuple(
            Beleidswaarde(
                b["parameter"],
                Beleidswaardesoort(b["soort"]),
                b["beleid"],
                _gebruikte_waarde(b["waarde"], beleid),
                _gebruikte_waarde(b["wettelijk"], beleid),
            )
            for b in d["beleidswaarden"]
        ),
    )


def toetsfout_uit_dict(document: Any) -> Toetsfout:
    """Een :class:`Toetsfout` uit haar document, na controle tegen het schema."""
    d: ToetsfoutDocument = _valideer(_adapter_fout(), document, "Toetsfout")
    return Toetsfout(
        index=d["index"],
        toewijzing_id=d["toewijzing_id"],
        soort=d["soort"],
        melding=d["melding"],
        veldfouten=tuple(Veldfout(f["veld"], f["melding"]) for f in d["veldfouten"]),
    )
