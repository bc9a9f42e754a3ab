"""Schema van de parameterbestanden (``data/*.toml``), gecontroleerd bij het laden.

Elk bestand heeft drie delen:

``[bestand]``
    ``omschrijving`` van de groep parameters.
``[bronnen.<sleutel>]``
    De bronnen: ``titel``, ``uitgever``, ``datum``, ``url``, ``soort`` (``officieel`` of
    ``secundair``) en optioneel ``opmerking``.
``[parameters.<naam>]``
    ``omschrijving``, ``eenheid``, ``grondslag``, ``herziening`` en de reeks
    ``[[parameters.<naam>.waarden]]`` met per waarde ``geldig_vanaf``, ``waarde``, ``bron``,
    ``status`` en optioneel ``vindplaats``, ``bevestigd_door`` en ``opmerking``. Een waarde die
    vervalt heeft ``vervallen = true`` in plaats van ``waarde``; een periode zonder onderbouwde
    waarde heeft ``status = "onbekend"`` en geen ``waarde``. Een waarde die de wet met een formule
    bepaalt heeft ``status = "afgeleid"``, ``formule`` (een naam uit
    :data:`~passend_toewijzen.parameters.formules.FORMULES`), ``invoer`` (per invoernaam de
    ``parameter`` en eventueel de datum ``op``) en, als een gepubliceerd bedrag afwijkt,
    ``afwijking`` (``waarde``, ``bron``, ``vindplaats``, ``toelichting``).

Zie ``docs/jaarlijkse-update.md`` voor een uitgewerkt voorbeeld.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints

from passend_toewijzen.parameters.waarden import Bronsoort, Eenheid, Herziening, Status

__all__ = [
    "AfwijkingSchema",
    "BestandSchema",
    "BronSchema",
    "Dekkingsschema",
    "InvoerSchema",
    "ParameterSchema",
    "WaardeSchema",
]

Naam = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Sleutel = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=80)]
Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
Datum = Annotated[date, Strict()]
Vlag = Annotated[bool, Strict()]


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LeeftijdSchema(_Strikt):
    """Een leeftijd zoals ``{ jaren = 66, maanden = 4 }``."""

    jaren: Annotated[int, Strict(), Field(ge=0, le=150)]
    maanden: Annotated[int, Strict(), Field(ge=0, le=11)] = 0


class BronSchema(_Strikt):
    """Eén bron in ``[bronnen.<sleutel>]``."""

    titel: Tekst
    uitgever: Tekst
    url: Url
    soort: Bronsoort
    datum: Datum | None = None
    opmerking: Tekst | None = None


class InvoerSchema(_Strikt):
    """Eén invoer van een afgeleide waarde: ``{ parameter = "...", op = 2024-01-01 }``."""

    parameter: Naam
    op: Datum | None = None


class AfwijkingSchema(_Strikt):
    """Een gepubliceerd bedrag dat afwijkt van de afgeleide waarde, met de verklaring."""

    waarde: Any
    bron: Sleutel
    toelichting: Tekst
    vindplaats: Tekst | None = None


class WaardeSchema(_Strikt):
    """Eén gedateerde waarde in ``[[parameters.<naam>.waarden]]``."""

    geldig_vanaf: Datum
    status: Status
    waarde: Any = None
    """Ruwe waarde; het type wordt bij het laden tegen de eenheid gecontroleerd."""
    vervallen: Vlag = False
    bron: Sleutel | None = None
    vindplaats: Tekst | None = None
    bevestigd_door: tuple[Sleutel, ...] = ()
    opmerking: Tekst | None = None
    formule: Naam | None = None
    invoer: dict[Naam, InvoerSchema] = Field(default_factory=dict)
    afwijking: AfwijkingSchema | None = None


class ParameterSchema(_Strikt):
    """Eén parameter in ``[parameters.<naam>]``."""

    omschrijving: Tekst
    eenheid: Eenheid
    grondslag: Tekst
    herziening: Herziening
    zie_ook: tuple[Naam, ...] = ()
    toegestane_waarden: tuple[Tekst, ...] = ()
    waarden: Annotated[tuple[WaardeSchema, ...], Field(min_length=1)]


class BestandsinfoSchema(_Strikt):
    """Het deel ``[bestand]``."""

    omschrijving: Tekst


class BestandSchema(_Strikt):
    """Een volledig parameterbestand."""

    bestand: BestandsinfoSchema
    bronnen: dict[Sleutel, BronSchema] = Field(default_factory=dict)
    parameters: Annotated[dict[Naam, ParameterSchema], Field(min_length=1)]


class Dekkingsschema(_Strikt):
    """Het bestand ``dekking.toml``: versie en gedekte periode van de data."""

    schema_versie: Literal[1]
    data_versie: Tekst
    dekking_van: Datum
    dekking_tot: Datum
    toelichting: Tekst
