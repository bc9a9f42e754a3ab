"""Scenario's: welk streefhuurpercentage voor welke woning, met of zonder aftoppen en verduurzaming.

Een :class:`Scenario` heeft een naam, een streefhuurpercentage voor alle woningen en eventueel:

* een eigen percentage per segment (``daeb`` en ``niet_daeb``) en per kern;
* ``verduurzaming``: de huurverhoging na een energetische verbetering (kolom
  ``huurverhoging_verduurzaming``) komt bij de streefhuur;
* ``aftoppen``: de huur bij mutatie wordt ten hoogste een grens van de peildatum (``aftoppingsgrens_
  laag``, ``aftoppingsgrens_hoog`` of ``maximale_huurgrens``), als beleid ("aftoppen bij mutatie");
  ``aftoppen_alleen_daeb`` beperkt dat tot het DAEB-bezit;
* ``woningpercentage``: het eigen percentage van een woning (kolom ``streefhuur_percentage``)
  gaat voor (standaard ja).

Welk percentage een woning krijgt, in deze volgorde (het eerste dat er is): het eigen percentage
van de woning, dat van haar kern, dat van haar segment, dat van het scenario.

Een scenariobestand (TOML) heeft een of meer ``[[scenario]]``-tabellen::

    [[scenario]]
    naam = "Huidig beleid"
    streefhuur_percentage = 72

    [[scenario]]
    naam = "Verlaagd, met verduurzaming"
    streefhuur_percentage = 67.5
    verduurzaming = true
    aftoppen = "aftoppingsgrens_hoog"
    segmenten = { niet_daeb = 80 }
    kernen = { "Almkerk" = 65 }

Elke fout (een onbekende sleutel, een percentage buiten (0, 100], twee scenario's met dezelfde naam)
geeft een :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met het bestand en het veld.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

import attrs
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, ValidationError

from passend_toewijzen._pydantic_nl import veldfouten
from passend_toewijzen._toml_bron import lees_toml, toml_inhoud
from passend_toewijzen.fouten import ParameterdataOngeldig

__all__ = [
    "Aftopping",
    "Scenario",
    "laad_scenarios",
    "percentage_tekst",
    "scenario_van_percentage",
]

_HONDERD = Decimal(100)


class Aftopping(enum.StrEnum):
    """De grens waarop een scenario de huur bij mutatie aftopt."""

    AFTOPPINGSGRENS_LAAG = "aftoppingsgrens_laag"
    AFTOPPINGSGRENS_HOOG = "aftoppingsgrens_hoog"
    MAXIMALE_HUURGRENS = "maximale_huurgrens"

    @property
    def omschrijving(self) -> str:
        """Nederlandse omschrijving."""
        return {
            Aftopping.AFTOPPINGSGRENS_LAAG: "de lage aftoppingsgrens",
            Aftopping.AFTOPPINGSGRENS_HOOG: "de hoge aftoppingsgrens",
            Aftopping.MAXIMALE_HUURGRENS: "de maximale huurgrens",
        }[self]


def percentage_tekst(percentage: Decimal) -> str:
    """Een percentage als tekst zonder overbodige nullen: ``67.5``, ``72``."""
    tekst = format(percentage.normalize(), "f")
    return tekst


def _controleer_percentage(waarde: Decimal) -> Decimal:
    if not Decimal(0) < waarde <= _HONDERD:
        msg = f"een streefhuurpercentage ligt boven 0 en ten hoogste op 100, niet {waarde}"
        raise ValueError(msg)
    return waarde


def _decimaal(waarde: Decimal | int | str) -> Decimal:
    """Een percentage exact: ``Decimal``, ``int`` of tekst (``"67.5"``), nooit een float."""
    if isinstance(waarde, bool) or not isinstance(waarde, Decimal | int | str):
        msg = f"een percentage is een Decimal, int of tekst, geen {type(waarde).__name__}"
        raise TypeError(msg)
    return Decimal(waarde.replace(",", ".").strip() if isinstance(waarde, str) else waarde)


def _alleen_lezen(waarden: Mapping[str, Decimal | int | str]) -> Mapping[str, Decimal]:
    return MappingProxyType({k: _decimaal(v) for k, v in waarden.items()})


@attrs.frozen(slots=True)
class Scenario:
    """Eén streefhuurscenario."""

    naam: str
    streefhuur_percentage: Decimal = attrs.field(converter=_decimaal)
    segmenten: Mapping[str, Decimal] = attrs.field(factory=dict, converter=_alleen_lezen)
    """Percentage per segment: ``daeb`` en/of ``niet_daeb``."""
    kernen: Mapping[str, Decimal] = attrs.field(factory=dict, converter=_alleen_lezen)
    verduurzaming: bool = False
    aftoppen: Aftopping | None = None
    aftoppen_alleen_daeb: bool = False
    woningpercentage: bool = True

    def __attrs_post_init__(self) -> None:
        if not self.naam.strip():
            msg = "een scenario heeft een naam"
            raise ValueError(msg)
        _controleer_percentage(self.streefhuur_percentage)
        for sleutel, waarde in self.segmenten.items():
            if sleutel not in ("daeb", "niet_daeb"):
                msg = f"onbekend segment {sleutel!r}; kies daeb of niet_daeb"
                raise ValueError(msg)
            _controleer_percentage(waarde)
        for waarde in self.kernen.values():
            _controleer_percentage(waarde)

    def percentage_voor(
        self, *, daeb: bool, kern: str | None, eigen: Decimal | None
    ) -> tuple[Decimal, str]:
        """Het percentage voor een woning en waar het vandaan komt (woning, kern, segment of
        scenario)."""
        if eigen is not None and self.woningpercentage:
            return eigen, "woning"
        if kern is not None and kern in self.kernen:
            return self.kernen[kern], "kern"
        segment = "daeb" if daeb else "niet_daeb"
        if segment in self.segmenten:
            return self.segmenten[segment], "segment"
        return self.streefhuur_percentage, "scenario"

    def aftopping_voor(self, daeb: bool) -> Aftopping | None:
        """De aftopping die voor een woning van dit segment geldt."""
        if self.aftoppen is None or (self.aftoppen_alleen_daeb and not daeb):
            return None
        return self.aftoppen

    def als_dict(self) -> dict[str, Any]:
        """De instellingen van het scenario als JSON-geschikt woordenboek."""
        return {
            "naam": self.naam,
            "streefhuur_percentage": percentage_tekst(self.streefhuur_percentage),
            "segmenten": {k: percentage_tekst(v) for k, v in sorted(self.segmenten.items())},
            "kernen": {k: percentage_tekst(v) for k, v in sorted(self.kernen.items())},
            "verduurzaming": self.verduurzaming,
            "aftoppen": None if self.aftoppen is None else self.aftoppen.value,
            "aftoppen_alleen_daeb": self.aftoppen_alleen_daeb,
            "woningpercentage": self.woningpercentage,
        }


def scenario_van_percentage(
    percentage: Decimal,
    *,
    verduurzaming: bool = False,
    aftoppen: Aftopping | None = None,
) -> Scenario:
    """Het scenario van één percentage voor alle woningen, genoemd naar dat percentage."""
    naam = f"streefhuur {percentage_tekst(percentage).replace('.', ',')}%"
    if verduurzaming:
        naam += ", met verduurzaming"
    if aftoppen is not None:
        naam += f", afgetopt op {aftoppen.omschrijving}"
    return Scenario(naam, percentage, verduurzaming=verduurzaming, aftoppen=aftoppen)


# --- het scenariobestand -------------------------------------------------------------------------


def _getal(waarde: object) -> object:
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return Decimal(waarde)
    return waarde


Percentage = Annotated[Decimal, BeforeValidator(_getal), Strict(), Field(gt=0, le=100)]


class _ScenarioSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    naam: Annotated[str, Strict(), Field(min_length=1, max_length=120)]
    streefhuur_percentage: Percentage
    segmenten: dict[str, Percentage] = {}
    kernen: dict[str, Percentage] = {}
    verduurzaming: Annotated[bool, Strict()] = False
    aftoppen: Aftopping | None = None
    aftoppen_alleen_daeb: Annotated[bool, Strict()] = False
    woningpercentage: Annotated[bool, Strict()] = True


class _BestandSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario: Annotated[list[_ScenarioSchema], Field(min_length=1, max_length=50)]


def laad_scenarios(
    pad: str | Path | None = None, *, tekst: str | bytes | None = None
) -> tuple[Scenario, ...]:
    """Lees een scenariobestand (TOML): een pad, of de inhoud met ``tekst=``."""
    inhoud, naam = toml_inhoud(
        pad, tekst, naam_bestand=None, wat="scenariobestand", functie="laad_scenarios"
    )
    ruw = lees_toml(inhoud, naam)
    try:
        schema = _BestandSchema.model_validate(ruw)
    except ValidationError as exc:
        raise ParameterdataOngeldig(naam, [str(f) for f in veldfouten(exc)]) from exc
    meldingen: list[str] = []
    gezien: set[str] = set()
    scenarios: list[Scenario] = []
    for i, s in enumerate(schema.scenario):
        if s.naam in gezien:
            meldingen.append(f"scenario[{i}].naam: {s.naam!r} komt al eerder voor")
        gezien.add(s.naam)
        try:
            scenarios.append(
                Scenario(
                    s.naam,
                    s.streefhuur_percentage,
                    segmenten=s.segmenten,
                    kernen=s.kernen,
                    verduurzaming=s.verduurzaming,
                    aftoppen=s.aftoppen,
                    aftoppen_alleen_daeb=s.aftoppen_alleen_daeb,
                    woningpercentage=s.woningpercentage,
                )
            )
        except ValueError as exc:
            meldingen.append(f"scenario[{i}] ({s.naam}): {exc}")
    if meldingen:
        raise ParameterdataOngeldig(naam, meldingen)
    return tuple(scenarios)


def unieke_namen(scenarios: Sequence[Scenario]) -> None:
    """Weiger twee scenario's met dezelfde naam (zoals ``--streefhuur 72 --streefhuur 72``)."""
    namen = [s.naam for s in scenarios]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    if dubbel:
        msg = f"scenario's met dezelfde naam: {', '.join(dubbel)}"
        raise ValueError(msg)
