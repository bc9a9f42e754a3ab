"""Het scenariobestand van het beleidslab: het beleid dat een simulatie doorrekent.

Een scenario staat in een TOML-bestand en wordt volledig gecontroleerd voordat er iets wordt
gerekend; elke fout noemt het bestand en het veld, in het Nederlands. Kansen en percentages zijn
exacte getallen (``0.25``, ``67.5``); de bedragen van de wet komen uit de parameters, nooit uit
het scenario::

    [scenario]
    naam = "voorstel"
    omschrijving = "Streefhuur 67,5% en de huur-inkomenstabel van Woongaard"

    [streefhuur]            # weg: de kale huur uit de voorraad blijft
    streefhuur_percentage = 67.5   # van de maximale huur (zoals in de bereikbaarheid)
    kernen = { Almkerk = 70 }
    segmenten = { niet_daeb = 80 }
    aftoppen = "aftoppingsgrens_hoog"   # weg: niet aftoppen

    [toewijzing]
    tabel = "woongaard-2015"  # meegeleverd of een pad; "landelijk": alleen de wet
    volgorde = "inschrijfduur"  # of "zoekduur" (vanaf de zoekdatum)
    aandeel_loting = 0        # deel van de woningen dat door loting wordt verdeeld
    aandeel_direct = 0.05     # deel dat buiten de rangorde gaat (urgent of direct bemiddeld)
    reactiekans = 0.3         # kans dat een zoeker die mag reageren, op een woning reageert
    max_reacties_per_maand = 2

    [acceptatie]
    kans = 0.6                # kans dat een aanbieding wordt aanvaard
    per_huurklasse = { goedkoop = 0.8 }
    per_doelgroep = { hogere_inkomens = 0.4 }

    [bevolking]
    nieuwe_inschrijvingen_per_maand = 120
    vertrekkans_per_maand = 0.01   # kans dat een zoeker zonder woning vertrekt

    [mutatie]
    mutatiekans = 0.08        # per jaar, voor woningen zonder eigen mutatiekans in de voorraad

:func:`laad_scenario` geeft een :class:`Scenario`; de tabel wordt meteen geladen en gecontroleerd
(:func:`~passend_toewijzen.tabellen.laad_tabel`).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import attrs
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
)

from passend_toewijzen._pydantic_nl import ongeldig, veldfouten
from passend_toewijzen._toml_bron import lees_toml, toml_inhoud
from passend_toewijzen.bereikbaarheid.scenario import Aftopping
from passend_toewijzen.bereikbaarheid.scenario import Scenario as Huurscenario
from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.monitor.doelgroepen import LANDELIJKE_DOELGROEPEN, ONBEPAALD
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.tabellen.laden import beschikbare_tabellen, laad_tabel
from passend_toewijzen.tabellen.model import Tabel

__all__ = [
    "DOELGROEPEN",
    "PASSENDE_GROEP",
    "Acceptatie",
    "Bevolking",
    "Scenario",
    "Streefhuur",
    "Toewijzingsregels",
    "laad_scenario",
]

DOELGROEPEN: tuple[str, ...] = (*(d.naam for d in LANDELIJKE_DOELGROEPEN), ONBEPAALD.naam)
"""De doelgroepen waarover het lab rapporteert: de landelijke indeling van de monitor
(:class:`~passend_toewijzen.monitor.Doelgroepindeling`)."""
PASSENDE_GROEP = "passende_groep"
"""In ``per_doelgroep``: alle vier doelgroepen van de passende groep tegelijk."""

Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Naam = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=60)]


def _getal(waarde: object) -> object:
    """Een getal uit TOML (geheel of decimaal) als ``Decimal``; tekst of ja/nee is een fout."""
    if isinstance(waarde, bool) or not isinstance(waarde, int | Decimal):
        raise ongeldig("verwacht een getal")
    return Decimal(waarde)


Kans = Annotated[Decimal, BeforeValidator(_getal), Field(ge=0, le=1)]
Percentage = Annotated[Decimal, BeforeValidator(_getal), Field(gt=0, le=100)]


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Kop(_Strikt):
    naam: Naam
    omschrijving: Tekst | None = None


class Streefhuur(_Strikt):
    """De huur bij mutatie, zoals in de bereikbaarheid (:class:`~passend_toewijzen.bereikbaarheid.
    Scenario`): een percentage van de maximale huur, per segment of kern, met verduurzaming en
    aftoppen. De velden en hun betekenis zijn daar beschreven."""

    streefhuur_percentage: Percentage
    segmenten: dict[Literal["daeb", "niet_daeb"], Percentage] = {}
    kernen: dict[Tekst, Percentage] = {}
    verduurzaming: Annotated[bool, Strict()] = False
    aftoppen: Aftopping | None = None
    aftoppen_alleen_daeb: Annotated[bool, Strict()] = False
    woningpercentage: Annotated[bool, Strict()] = True

    def als_bereikbaarheid(self, naam: str) -> Huurscenario:
        """Dit beleid als scenario van de bereikbaarheid (die de huur bij mutatie rekent)."""
        return Huurscenario(
            naam=naam,
            streefhuur_percentage=self.streefhuur_percentage,
            segmenten={str(k): v for k, v in self.segmenten.items()},
            kernen=dict(self.kernen),
            verduurzaming=self.verduurzaming,
            aftoppen=self.aftoppen,
            aftoppen_alleen_daeb=self.aftoppen_alleen_daeb,
            woningpercentage=self.woningpercentage,
        )


class Toewijzingsregels(_Strikt):
    """Wie mag reageren (de tabel) en wie de woning krijgt (de rangorde)."""

    tabel: Tekst
    volgorde: Literal["inschrijfduur", "zoekduur"] = "inschrijfduur"
    aandeel_loting: Kans = Decimal(0)
    aandeel_direct: Kans = Decimal(0)
    reactiekans: Kans = Decimal(1)
    max_reacties_per_maand: Annotated[int, Strict(), Field(ge=1, le=1000)] | None = None


class Acceptatie(_Strikt):
    """De kans dat een aanbieding wordt aanvaard; per huurklasse of doelgroep te verfijnen.

    Staat een woning zowel in ``per_huurklasse`` als de zoeker in ``per_doelgroep``, dan geldt het
    product van beide kansen gedeeld door ``kans`` (beide wijken zo af van het gemiddelde).
    """

    kans: Kans = Decimal(1)
    per_huurklasse: dict[Huurklasse, Kans] = {}
    per_doelgroep: dict[Tekst, Kans] = {}
    """Per doelgroep van de monitor (zoals ``daeb_boven_passend``), of ``passende_groep`` voor de
    vier passende groepen samen; een genoemde doelgroep gaat voor ``passende_groep``."""


class Bevolking(_Strikt):
    """Instroom en uitstroom van woningzoekenden tijdens de gesimuleerde periode."""

    nieuwe_inschrijvingen_per_maand: Annotated[int, Strict(), Field(ge=0, le=1_000_000)] = 0
    vertrekkans_per_maand: Kans = Decimal(0)


class Mutatie(_Strikt):
    """De mutatiekans per jaar voor woningen zonder eigen mutatiekans in de voorraad."""

    mutatiekans: Kans | None = None


class _Bestand(_Strikt):
    scenario: _Kop
    streefhuur: Streefhuur | None = None
    toewijzing: Toewijzingsregels
    acceptatie: Acceptatie = Acceptatie()
    bevolking: Bevolking = Bevolking()
    mutatie: Mutatie = Mutatie()


@attrs.frozen(slots=True)
class Scenario:
    """Een gecontroleerd scenario met zijn geladen huur-inkomenstabel."""

    naam: str
    omschrijving: str | None
    streefhuur: Streefhuur | None
    toewijzing: Toewijzingsregels
    acceptatie: Acceptatie
    bevolking: Bevolking
    mutatiekans: Decimal | None
    tabel: Tabel
    bestand: str
    inhoudshash: str
    """SHA-256 over de inhoud van het scenariobestand en de tabel."""

    @property
    def alleen_wet(self) -> bool:
        """Of het scenario alleen de landelijke regels gebruikt (de landelijke basistabel)."""
        return self.tabel.naam == "landelijk"

    def als_dict(self) -> dict[str, Any]:
        """Het scenario als JSON-geschikt woordenboek (getallen als exacte tekst)."""
        sh = self.streefhuur
        return {
            "naam": self.naam,
            "omschrijving": self.omschrijving,
            "bestand": self.bestand,
            "inhoudshash": self.inhoudshash,
            "tabel": {"naam": self.tabel.naam, "titel": self.tabel.titel},
            "streefhuur": None if sh is None else sh.als_bereikbaarheid(self.naam).als_dict(),
            "toewijzing": {
                "volgorde": self.toewijzing.volgorde,
                "aandeel_loting": str(self.toewijzing.aandeel_loting),
                "aandeel_direct": str(self.toewijzing.aandeel_direct),
                "reactiekans": str(self.toewijzing.reactiekans),
                "max_reacties_per_maand": self.toewijzing.max_reacties_per_maand,
            },
            "acceptatie": {
                "kans": str(self.acceptatie.kans),
                "per_huurklasse": {
                    k.value: str(v) for k, v in sorted(self.acceptatie.per_huurklasse.items())
                },
                "per_doelgroep": {
                    k: str(v) for k, v in sorted(self.acceptatie.per_doelgroep.items())
                },
            },
            "bevolking": {
                "nieuwe_inschrijvingen_per_maand": self.bevolking.nieuwe_inschrijvingen_per_maand,
                "vertrekkans_per_maand": str(self.bevolking.vertrekkans_per_maand),
            },
            "mutatiekans": None if self.mutatiekans is None else str(self.mutatiekans),
        }


def _tabel(waarde: str, map_: Path | None, bestandsnaam: str) -> Tabel:
    if waarde in beschikbare_tabellen():
        return laad_tabel(waarde)
    pad = Path(waarde)
    if not pad.is_absolute() and map_ is not None:
        pad = map_ / pad
    if not pad.exists():
        raise ParameterdataOngeldig(
            bestandsnaam,
            [
                f"toewijzing.tabel: {waarde!r} is geen meegeleverde tabel en geen bestaand "
                f"bestand; meegeleverd: {', '.join(beschikbare_tabellen())}"
            ],
        )
    return laad_tabel(pad)


def laad_scenario(
    pad: Path | str | None = None,
    *,
    tekst: str | bytes | None = None,
    naam_bestand: str | None = None,
    map_: Path | None = None,
) -> Scenario:
    """Lees en controleer een scenario uit een TOML-bestand (``pad``) of uit de inhoud (``tekst=``).

    Een tabel als pad wordt gezocht naast het scenariobestand (of in ``map_`` bij ``tekst=``).
    Elke fout geeft :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met bestand en veld.
    """
    inhoud, bestandsnaam = toml_inhoud(
        pad, tekst, naam_bestand=naam_bestand, wat="scenariobestand", functie="laad_scenario"
    )
    ruw = lees_toml(inhoud, bestandsnaam)
    try:
        schema = _Bestand.model_validate(ruw)
    except ValidationError as exc:
        raise ParameterdataOngeldig(bestandsnaam, [str(f) for f in veldfouten(exc)]) from exc
    meldingen: list[str] = []
    sh = schema.streefhuur
    bekend = {*DOELGROEPEN, PASSENDE_GROEP}
    for naam in sorted(set(schema.acceptatie.per_doelgroep) - bekend):
        meldingen.append(
            f"acceptatie.per_doelgroep.{naam}: onbekende doelgroep; kies uit "
            f"{', '.join(sorted(bekend))}"
        )
    regels = schema.toewijzing
    if regels.aandeel_loting + regels.aandeel_direct > 1:
        meldingen.append(
            "toewijzing: aandeel_loting en aandeel_direct zijn samen meer dan 1 (het geheel)"
        )
    if meldingen:
        raise ParameterdataOngeldig(bestandsnaam, meldingen)
    if map_ is None and pad is not None:
        map_ = Path(pad).parent
    tabel = _tabel(regels.tabel, map_, bestandsnaam)
    hash_ = hashlib.sha256(inhoud + b"\0" + tabel.inhoudshash.encode()).hexdigest()
    return Scenario(
        naam=schema.scenario.naam,
        omschrijving=schema.scenario.omschrijving,
        streefhuur=sh,
        toewijzing=regels,
        acceptatie=schema.acceptatie,
        bevolking=schema.bevolking,
        mutatiekans=None
        if schema.mutatie.mutatiekans is None
        else Decimal(schema.mutatie.mutatiekans),
        tabel=tabel,
        bestand=bestandsnaam,
        inhoudshash=hash_,
    )
