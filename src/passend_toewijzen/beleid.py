"""Lokaal beleid: keuzes die de wet aan de corporatie laat, en eigen parameterwaarden.

Een :class:`Beleid` wordt naast de meegeleverde data gelegd zonder die te wijzigen:

* ``overschrijvingen``: gedateerde waarden voor bestaande parameters, elk met een eigen bron, in
  hetzelfde formaat als de pakketdata (bijvoorbeeld de indexatiefactoren die de corporatie uit de
  ministeriële regeling haalt, of een regime waarvan de ingangsdatum anders wordt gelezen);
* ``art_54a``: hoe een toewijzing telt waarbij de aftoppingsgrens op grond van BTIV art. 54a op
  verzoek buiten toepassing is gelaten (standaard: buiten de passendheidsnorm).

Een beleid staat in een TOML-bestand::

    [beleid]
    naam = "Woonstichting Voorbeeld 2024"
    art_54a = "uitzonderen"

    [bronnen.regeling-2024]
    titel = "FICTIEF voorbeeld: noem hier de regeling met vindplaats"
    uitgever = "Staatscourant"
    url = "https://zoek.officielebekendmakingen.nl/"
    soort = "officieel"

    [[parameters.indexatiefactor_t1.waarden]]
    geldig_vanaf = 2024-01-01
    waarde = 1.0000  # FICTIEF: neem de factor uit de regeling over
    bron = "regeling-2024"
    status = "definitief"

Elke overschreven parameter moet bestaan; eenheid, omschrijving en grondslag komen uit de
pakketdata. Het ontvangstbewijs van elke uitkomst noemt naam en inhoudshash van het beleid.
"""

from __future__ import annotations

import enum
import hashlib
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from passend_toewijzen._meldingen import os_melding, toml_melding
from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters.laden import laad_parameterbestand
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import (
    Parameterdefinitie,
    Parameterset,
    Status,
)

__all__ = ["Art54aTelling", "Beleid", "laad_beleid"]


def _alleen_lezen(
    waarden: Mapping[str, Parameterdefinitie],
) -> Mapping[str, Parameterdefinitie]:
    return MappingProxyType(dict(waarden))


class Art54aTelling(enum.StrEnum):
    """Hoe een toewijzing met toepassing van BTIV art. 54a telt voor de passendheidsnorm."""

    UITZONDEREN = "uitzonderen"
    """Buiten de passendheidsnorm (passendheid NVT): de aftoppingsgrens is buiten toepassing."""
    PASSEND = "passend"
    """Als passend (PAS), zoals sommige corporaties het in hun verantwoording opnemen."""


@attrs.frozen(slots=True, eq=False)
class Beleid:
    """Lokaal beleid van een corporatie of regio; wijzigt de meegeleverde data niet.

    Twee beleidsobjecten zijn gelijk als hun inhoud (naam, keuzes, waarden en bronnen) gelijk is.
    """

    naam: str
    overschrijvingen: Mapping[str, Parameterdefinitie] = attrs.field(
        factory=dict, converter=_alleen_lezen
    )
    art_54a: Art54aTelling = attrs.field(default=Art54aTelling.UITZONDEREN, converter=Art54aTelling)
    inhoudshash: str = attrs.field(init=False)
    """SHA-256 over naam, keuzes en alle overschreven waarden met hun bronnen."""

    def __attrs_post_init__(self) -> None:
        inhoud = repr((self.naam, self.art_54a.value, sorted(self.overschrijvingen.items())))
        object.__setattr__(self, "inhoudshash", hashlib.sha256(inhoud.encode()).hexdigest())

    def __eq__(self, ander: object) -> bool:
        if not isinstance(ander, Beleid):
            return NotImplemented
        return self.inhoudshash == ander.inhoudshash

    def __hash__(self) -> int:
        return hash(self.inhoudshash)

    @property
    def kenmerk(self) -> str:
        """Naam en verkorte inhoudshash, voor het ontvangstbewijs."""
        return f"{self.naam} ({self.inhoudshash[:12]})"

    def pas_toe(self, parameters: Parameterset) -> Parameterset:
        """Een nieuwe parameterset waarin de overschrijvingen gelden die op de peildatum gelden."""
        if not self.overschrijvingen:
            return parameters
        waarden = dict(parameters.waarden)
        ontbrekend = dict(parameters.ontbrekend)
        onbekend = set(parameters.onbekend)
        for naam, definitie in self.overschrijvingen.items():
            rw = definitie.reekswaarde_op(parameters.peildatum)
            if rw is None:
                continue
            if rw.vervallen or rw.waarde is None or rw.bron is None:
                waarden.pop(naam, None)
                ontbrekend[naam] = f"niet van kracht volgens beleid {self.naam!r}"
                if rw.status is Status.ONBEKEND:
                    onbekend.add(naam)
                continue
            waarden[naam] = definitie.parameterwaarde(rw)
            ontbrekend.pop(naam, None)
            onbekend.discard(naam)
        return attrs.evolve(
            parameters,
            waarden=waarden,
            ontbrekend=ontbrekend,
            onbekend=frozenset(onbekend),
            data_hash=hashlib.sha256(
                f"{parameters.data_hash}:{self.inhoudshash}".encode()
            ).hexdigest(),
        )


def laad_beleid(bron: Path | str | bytes, *, naam_bestand: str | None = None) -> Beleid:
    """Lees een beleid uit een TOML-bestand (pad) of uit de inhoud (bytes).

    Fouten geven :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met bestand en veld.
    """
    if isinstance(bron, bytes):
        inhoud = bron
        bestandsnaam = naam_bestand or "beleid.toml"
    else:
        pad = Path(bron)
        bestandsnaam = naam_bestand or pad.name
        try:
            inhoud = pad.read_bytes()
        except OSError as exc:
            raise ParameterdataOngeldig(
                bestandsnaam, [f"niet te lezen: {os_melding(exc)}"]
            ) from exc
    try:
        gegevens: dict[str, Any] = tomllib.loads(inhoud.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        melding = f"geen geldige TOML/UTF-8: {toml_melding(exc)}"
        raise ParameterdataOngeldig(bestandsnaam, [melding]) from exc
    kop = gegevens.pop("beleid", None)
    if not isinstance(kop, dict) or not isinstance(kop.get("naam"), str) or not kop["naam"]:
        raise ParameterdataOngeldig(bestandsnaam, ["beleid.naam: verplicht (tekst)"])
    onbekende_velden = sorted(set(kop) - {"naam", "art_54a", "omschrijving"})
    if onbekende_velden:
        raise ParameterdataOngeldig(
            bestandsnaam, [f"beleid.{v}: onbekend veld" for v in onbekende_velden]
        )
    try:
        telling = Art54aTelling(kop.get("art_54a", Art54aTelling.UITZONDEREN.value))
    except ValueError:
        raise ParameterdataOngeldig(
            bestandsnaam,
            [f"beleid.art_54a: kies uit {', '.join(t.value for t in Art54aTelling)}"],
        ) from None
    overschrijvingen: dict[str, Parameterdefinitie] = {}
    if gegevens.get("parameters"):
        reg = register()
        gegevens.setdefault("bestand", {"omschrijving": f"beleid {kop['naam']}"})
        meldingen: list[str] = []
        for pnaam, p in gegevens["parameters"].items():
            basis = reg.definities.get(pnaam)
            if basis is None:
                meldingen.append(f"parameters.{pnaam}: onbekende parameter")
                continue
            if not isinstance(p, dict):
                meldingen.append(f"parameters.{pnaam}: verwacht een tabel met waarden")
                continue
            p.setdefault("omschrijving", basis.omschrijving)
            p.setdefault("eenheid", basis.eenheid.value)
            p.setdefault("grondslag", basis.grondslag)
            p.setdefault("herziening", "bij wetswijziging")
            if basis.toegestane_waarden:
                p.setdefault("toegestane_waarden", list(basis.toegestane_waarden))
            if p["eenheid"] != basis.eenheid.value:
                meldingen.append(
                    f"parameters.{pnaam}.eenheid: {p['eenheid']!r} wijkt af van "
                    f"{basis.eenheid.value!r}"
                )
        if meldingen:
            raise ParameterdataOngeldig(bestandsnaam, meldingen)
        overschrijvingen = laad_parameterbestand(
            bestandsnaam, gegevens, reg.dekking_van, reg.dekking_tot
        )
    return Beleid(naam=kop["naam"], overschrijvingen=overschrijvingen, art_54a=telling)
