"""Laden en controleren van de parameterdata.

De TOML-bestanden in ``data/`` worden één keer gelezen (met ``parse_float=Decimal``, dus zonder
afrondingsfouten), volledig gecontroleerd en daarna in het geheugen bewaard. Een fout in één
bestand maakt het hele laden ongeldig: er wordt nooit een parameter stilzwijgend overgeslagen.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs
from pydantic import ValidationError

from passend_toewijzen._meldingen import codering_melding, toml_melding
from passend_toewijzen._pydantic_nl import veldfouten
from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters.afleiden import reken_afleidingen_na
from passend_toewijzen.parameters.formules import FORMULES
from passend_toewijzen.parameters.schema import (
    BestandSchema,
    Dekkingsschema,
    LeeftijdSchema,
    ParameterSchema,
    WaardeSchema,
)
from passend_toewijzen.parameters.waarden import (
    Afleiding,
    Afwijking,
    Bron,
    Bronsoort,
    Eenheid,
    Herziening,
    Invoer,
    Leeftijd,
    Parameterdefinitie,
    Reekswaarde,
    Status,
    Waarde,
)

__all__ = [
    "DEKKINGSBESTAND",
    "Register",
    "laad_parameterbestand",
    "laad_register",
    "lees_pakketdata",
]

DEKKINGSBESTAND = "dekking.toml"


@attrs.frozen(slots=True)
class Register:
    """Alle parameterdefinities met hun reeksen, de gedekte periode en de dataversie."""

    definities: Mapping[str, Parameterdefinitie]
    dekking_van: date
    dekking_tot: date
    data_versie: str
    data_hash: str
    toelichting: str
    wijzigingsdata: tuple[date, ...]
    """Alle data waarop minstens één parameter wijzigt, oplopend."""


def lees_pakketdata() -> dict[str, bytes]:
    """Lees de ruwe inhoud van alle meegeleverde gegevensbestanden (naam → bytes)."""
    map_ = resources.files("passend_toewijzen.parameters").joinpath("data")
    return {
        item.name: item.read_bytes()
        for item in map_.iterdir()
        if item.is_file() and item.name.endswith(".toml")
    }


def _inhoudshash(bestanden: Mapping[str, bytes]) -> str:
    h = hashlib.sha256()
    for naam in sorted(bestanden):
        h.update(naam.encode())
        h.update(b"\0")
        h.update(bestanden[naam].replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()


def _parse(naam: str, inhoud: bytes) -> dict[str, Any]:
    try:
        tekst = inhoud.decode("utf-8")
    except UnicodeDecodeError as exc:
        melding = f"geen geldige UTF-8: {codering_melding(exc)} (byte {exc.start})"
        raise ParameterdataOngeldig(naam, [melding]) from exc
    try:
        return tomllib.loads(tekst, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise ParameterdataOngeldig(naam, [f"geen geldige TOML: {toml_melding(exc)}"]) from exc


def _pydantic_meldingen(exc: ValidationError) -> list[str]:
    return [str(f) for f in veldfouten(exc)]


def _weiger_datumtijden(naam: str, gegevens: object, pad: str = "") -> None:
    """TOML kent datum-tijden; parameterdata mag alleen kale datums bevatten."""
    if isinstance(gegevens, datetime):
        raise ParameterdataOngeldig(naam, [f"{pad}: datum-tijd niet toegestaan, alleen JJJJ-MM-DD"])
    if isinstance(gegevens, dict):
        for sleutel, waarde in gegevens.items():
            _weiger_datumtijden(naam, waarde, f"{pad}.{sleutel}" if pad else str(sleutel))
    elif isinstance(gegevens, list):
        for index, waarde in enumerate(gegevens):
            _weiger_datumtijden(naam, waarde, f"{pad}[{index}]")


def _meer_dan_twee_decimalen(getal: Decimal) -> bool:
    """Of een eindig getal meer dan twee decimalen heeft, zoals het geschreven is.

    Telt de geschreven decimalen (de exponent): ``1.234`` en ``1.230`` hebben er drie, ``650.43``
    twee en ``1E+2`` (honderd) geen.
    """
    exponent = getal.as_tuple().exponent
    return isinstance(exponent, int) and exponent < -2


def _controleer_waarde(waarde: object, schema: ParameterSchema) -> tuple[Waarde | None, str | None]:
    """Zet een ruwe waarde om naar het type van de eenheid; geef een melding bij een fout."""
    eenheid = schema.eenheid
    if eenheid is Eenheid.JAREN_EN_MAANDEN:
        if not isinstance(waarde, dict):
            return None, "verwacht { jaren = .., maanden = .. } voor eenheid 'jaren en maanden'"
        try:
            leeftijd = LeeftijdSchema.model_validate(waarde)
        except ValidationError as exc:
            return None, "; ".join(str(f) for f in veldfouten(exc))
        return Leeftijd(leeftijd.jaren, leeftijd.maanden), None
    if eenheid in (Eenheid.JAREN, Eenheid.PERSONEN):
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 1:
            return None, f"verwacht een geheel aantal (1 of meer) voor eenheid {eenheid.value!r}"
        return waarde, None
    if eenheid is Eenheid.REGIME:
        if not isinstance(waarde, str):
            return None, "verwacht een tekst voor eenheid 'regime'"
        if waarde not in schema.toegestane_waarden:
            return None, (
                f"regime {waarde!r} staat niet in toegestane_waarden "
                f"({', '.join(schema.toegestane_waarden)})"
            )
        return waarde, None
    if isinstance(waarde, bool) or not isinstance(waarde, Decimal | int):
        return None, f"verwacht een getal voor eenheid {eenheid.value!r}"
    getal = Decimal(waarde)
    if not getal.is_finite():
        return None, "waarde moet eindig zijn"
    if eenheid.is_geldbedrag:
        if getal < 0:
            return None, "een bedrag kan niet negatief zijn"
        if _meer_dan_twee_decimalen(getal):
            return None, "een bedrag heeft hoogstens twee decimalen (centen)"
    elif eenheid is Eenheid.FRACTIE:
        if not Decimal(0) <= getal <= Decimal(1):
            return None, "een fractie ligt tussen 0 en 1 (0,95 voor 95%)"
    elif getal <= 0:  # FACTOR
        return None, "een factor is groter dan 0"
    return getal, None


def _bouw_reeks(
    pnaam: str,
    schema: ParameterSchema,
    bronnen: Mapping[str, Bron],
    *,
    gebruikt: set[str],
    meldingen: list[str],
) -> tuple[Reekswaarde, ...]:
    reeks: list[Reekswaarde] = []
    vorige: WaardeSchema | None = None
    for index, ws in enumerate(schema.waarden):
        pad = f"parameters.{pnaam}.waarden[{index}]"
        if vorige is not None and ws.geldig_vanaf <= vorige.geldig_vanaf:
            meldingen.append(
                f"{pad}.geldig_vanaf: {ws.geldig_vanaf.isoformat()} ligt niet na "
                f"{vorige.geldig_vanaf.isoformat()} (data moeten oplopend en uniek zijn)"
            )
        vorige = ws
        bron: Bron | None = None
        if ws.bron is not None:
            if ws.bron in bronnen:
                bron = bronnen[ws.bron]
                gebruikt.add(ws.bron)
            else:
                meldingen.append(f"{pad}.bron: onbekende bron {ws.bron!r}")
        bevestigd: list[Bron] = []
        for sleutel in ws.bevestigd_door:
            if sleutel in bronnen:
                bevestigd.append(bronnen[sleutel])
                gebruikt.add(sleutel)
            else:
                meldingen.append(f"{pad}.bevestigd_door: onbekende bron {sleutel!r}")
        waarde: Waarde | None = None
        if ws.status is Status.ONBEKEND:
            if ws.waarde is not None or ws.vervallen:
                meldingen.append(f"{pad}: status 'onbekend' heeft geen waarde en vervalt niet")
            if ws.opmerking is None:
                meldingen.append(f"{pad}.opmerking: zeg bij status 'onbekend' wat er ontbreekt")
        else:
            if ws.bron is None:
                meldingen.append(f"{pad}.bron: elke waarde heeft een bron")
            if ws.vervallen:
                if ws.waarde is not None:
                    meldingen.append(f"{pad}: een vervallen parameter heeft geen waarde")
                if index == 0:
                    meldingen.append(f"{pad}: de eerste waarde kan niet 'vervallen' zijn")
            elif ws.waarde is None:
                meldingen.append(f"{pad}.waarde: ontbreekt")
            else:
                waarde, fout = _controleer_waarde(ws.waarde, schema)
                if fout:
                    meldingen.append(f"{pad}.waarde: {fout}")
            if (
                bron is not None
                and ws.status in (Status.DEFINITIEF, Status.AFGELEID)
                and bron.soort is not Bronsoort.OFFICIEEL
            ):
                meldingen.append(
                    f"{pad}.status: {ws.status.value!r} vraagt een officiële bron; "
                    f"{bron.sleutel!r} is secundair (gebruik status 'secundair')"
                )
        afleiding = _bouw_afleiding(
            pad, ws, schema, bronnen, gebruikt=gebruikt, meldingen=meldingen
        )
        reeks.append(
            Reekswaarde(
                geldig_vanaf=ws.geldig_vanaf,
                status=ws.status,
                waarde=waarde,
                bron=bron,
                vindplaats=ws.vindplaats,
                bevestigd_door=tuple(bevestigd),
                opmerking=ws.opmerking,
                vervallen=ws.vervallen,
                afleiding=afleiding,
            )
        )
    return tuple(reeks)


def _bouw_afleiding(
    pad: str,
    ws: WaardeSchema,
    schema: ParameterSchema,
    bronnen: Mapping[str, Bron],
    *,
    gebruikt: set[str],
    meldingen: list[str],
) -> Afleiding | None:
    """De afleiding van een waarde met status ``afgeleid`` (formule, invoer, afwijking).

    Het narekenen zelf gebeurt als alle bestanden geladen zijn (de invoer kan in een ander
    bestand staan): zie :func:`~passend_toewijzen.parameters.afleiden.reken_afleidingen_na`.
    """
    if ws.status is not Status.AFGELEID:
        if ws.formule is not None or ws.invoer or ws.afwijking is not None:
            meldingen.append(
                f"{pad}: formule, invoer en afwijking horen alleen bij status 'afgeleid'"
            )
        return None
    if ws.vervallen or ws.formule is None:
        meldingen.append(f"{pad}.formule: een afgeleide waarde noemt haar formule")
        return None
    formule = FORMULES.get(ws.formule)
    if formule is None:
        meldingen.append(
            f"{pad}.formule: onbekende formule {ws.formule!r} (bekend: {', '.join(FORMULES)})"
        )
        return None
    if set(ws.invoer) != set(formule.invoer):
        meldingen.append(
            f"{pad}.invoer: de formule {formule.naam!r} vraagt precies "
            f"{', '.join(formule.invoer)}; opgegeven: {', '.join(ws.invoer) or 'niets'}"
        )
        return None
    afwijking: Afwijking | None = None
    if ws.afwijking is not None:
        bron = bronnen.get(ws.afwijking.bron)
        waarde, fout = _controleer_waarde(ws.afwijking.waarde, schema)
        if bron is None:
            meldingen.append(f"{pad}.afwijking.bron: onbekende bron {ws.afwijking.bron!r}")
        elif fout is not None or not isinstance(waarde, Decimal):
            meldingen.append(f"{pad}.afwijking.waarde: {fout or 'verwacht een getal'}")
        else:
            gebruikt.add(bron.sleutel)
            afwijking = Afwijking(
                waarde=waarde,
                bron=bron,
                vindplaats=ws.afwijking.vindplaats,
                toelichting=ws.afwijking.toelichting,
            )
    return Afleiding(
        formule=formule.naam,
        invoer=tuple(
            Invoer(naam=naam, parameter=ws.invoer[naam].parameter, op=ws.invoer[naam].op)
            for naam in formule.invoer
        ),
        afwijking=afwijking,
    )


def _controleer_jaarlijks(
    pnaam: str, reeks: tuple[Reekswaarde, ...], dekking_tot: date, dekking_van: date
) -> list[str]:
    """Een jaarlijks herziene parameter heeft in elk gedekt jaar een eigen reekswaarde.

    Zo kan een vergeten jaar nooit stilzwijgend de waarde van het vorige jaar erven.
    """
    meldingen: list[str] = []
    jaren = {r.geldig_vanaf.year for r in reeks}
    eerste = max(reeks[0].geldig_vanaf.year, dekking_van.year)
    einde = dekking_tot.year
    for r in reeks:
        if r.vervallen:
            einde = min(einde, r.geldig_vanaf.year)
            break
    for jaar in range(eerste, einde + 1):
        if jaar not in jaren:
            meldingen.append(
                f"parameters.{pnaam}: jaarlijks herziene parameter heeft geen waarde voor {jaar} "
                "(neem de waarde van dat jaar op, of status 'onbekend' met een opmerking)"
            )
    return meldingen


def laad_parameterbestand(
    naam: str, gegevens: dict[str, Any], dekking_van: date, dekking_tot: date
) -> dict[str, Parameterdefinitie]:
    """Controleer één al geparst parameterbestand en geef zijn definities (naam → definitie).

    ``dekking_van`` en ``dekking_tot`` bepalen welke jaren een jaarlijks herziene parameter moet
    dekken. Elke fout geeft :class:`~passend_toewijzen.fouten.ParameterdataOngeldig`.
    """
    _weiger_datumtijden(naam, gegevens)
    try:
        schema = BestandSchema.model_validate(gegevens)
    except ValidationError as exc:
        raise ParameterdataOngeldig(naam, _pydantic_meldingen(exc)) from exc
    meldingen: list[str] = []
    bronnen = {
        sleutel: Bron(
            sleutel=sleutel,
            titel=b.titel,
            uitgever=b.uitgever,
            url=b.url,
            soort=b.soort,
            datum=b.datum,
            opmerking=b.opmerking,
        )
        for sleutel, b in schema.bronnen.items()
    }
    gebruikt: set[str] = set()
    definities: dict[str, Parameterdefinitie] = {}
    for pnaam, pschema in schema.parameters.items():
        if pschema.eenheid is Eenheid.REGIME and not pschema.toegestane_waarden:
            meldingen.append(f"parameters.{pnaam}: een regime noemt zijn toegestane_waarden")
        reeks = _bouw_reeks(pnaam, pschema, bronnen, gebruikt=gebruikt, meldingen=meldingen)
        if pschema.herziening is Herziening.JAARLIJKS:
            meldingen.extend(_controleer_jaarlijks(pnaam, reeks, dekking_tot, dekking_van))
        definities[pnaam] = Parameterdefinitie(
            naam=pnaam,
            omschrijving=pschema.omschrijving,
            eenheid=pschema.eenheid,
            grondslag=pschema.grondslag,
            herziening=pschema.herziening,
            bestand=naam,
            reeks=reeks,
            zie_ook=pschema.zie_ook,
            toegestane_waarden=pschema.toegestane_waarden,
        )
    ongebruikt = sorted(set(bronnen) - gebruikt)
    if ongebruikt:
        meldingen.append(f"bronnen zonder gebruik: {', '.join(ongebruikt)}")
    if meldingen:
        raise ParameterdataOngeldig(naam, meldingen)
    return definities


def laad_register(bestanden: Mapping[str, bytes]) -> Register:
    """Lees en controleer een volledige set gegevensbestanden (naam → inhoud).

    De set bevat ``dekking.toml`` en één of meer parameterbestanden. Elke fout geeft
    :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met bestand en veld.
    """
    if DEKKINGSBESTAND not in bestanden:
        raise ParameterdataOngeldig(DEKKINGSBESTAND, ["bestand ontbreekt"])
    ruwe_dekking = _parse(DEKKINGSBESTAND, bestanden[DEKKINGSBESTAND])
    _weiger_datumtijden(DEKKINGSBESTAND, ruwe_dekking)
    try:
        dekking = Dekkingsschema.model_validate(ruwe_dekking)
    except ValidationError as exc:
        raise ParameterdataOngeldig(DEKKINGSBESTAND, _pydantic_meldingen(exc)) from exc
    if dekking.dekking_tot < dekking.dekking_van:
        raise ParameterdataOngeldig(DEKKINGSBESTAND, ["dekking_tot ligt vóór dekking_van"])

    definities: dict[str, Parameterdefinitie] = {}
    parameterbestanden = sorted(n for n in bestanden if n != DEKKINGSBESTAND)
    if not parameterbestanden:
        raise ParameterdataOngeldig("data", ["geen parameterbestanden gevonden"])
    for naam in parameterbestanden:
        gegevens = _parse(naam, bestanden[naam])
        geladen = laad_parameterbestand(naam, gegevens, dekking.dekking_van, dekking.dekking_tot)
        for pnaam, definitie in geladen.items():
            if pnaam in definities:
                raise ParameterdataOngeldig(
                    naam, [f"parameter {pnaam!r} staat ook in {definities[pnaam].bestand}"]
                )
            definities[pnaam] = definitie
    meldingen = [
        f"{d.bestand}: parameters.{d.naam}.zie_ook: onbekende parameter {z!r}"
        for d in definities.values()
        for z in d.zie_ook
        if z not in definities
    ]
    definities, afleidingsmeldingen = reken_afleidingen_na(definities)
    meldingen.extend(afleidingsmeldingen)
    if meldingen:
        raise ParameterdataOngeldig("data", meldingen)
    wijzigingsdata = sorted({r.geldig_vanaf for d in definities.values() for r in d.reeks})
    return Register(
        definities=MappingProxyType(definities),
        dekking_van=dekking.dekking_van,
        dekking_tot=dekking.dekking_tot,
        data_versie=dekking.data_versie,
        data_hash=_inhoudshash(bestanden),
        toelichting=dekking.toelichting,
        wijzigingsdata=tuple(wijzigingsdata),
    )
