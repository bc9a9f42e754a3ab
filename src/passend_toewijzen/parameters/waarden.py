"""Onveranderlijke waardeobjecten voor de wettelijke parameters.

Een *parameter* (bijvoorbeeld ``aftoppingsgrens_laag``) heeft een reeks gedateerde
*reekswaarden*; op een peildatum geldt de laatste reekswaarde met ``geldig_vanaf`` op of vóór
die datum. Elke reekswaarde draagt haar bron en status, zodat elke uitkomst herleidbaar is.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType

import attrs
from dateutil.relativedelta import relativedelta

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.fouten import (
    ParameterNietVanKracht,
    ParameterOnbekend,
    VoorlopigeWaarde,
)

__all__ = [
    "Afleiding",
    "Afwijking",
    "Bron",
    "Bronsoort",
    "Eenheid",
    "Herziening",
    "Invoer",
    "Leeftijd",
    "Parameterdefinitie",
    "Parameterset",
    "Parameterwaarde",
    "Reekswaarde",
    "Status",
    "Waarde",
    "datum_lang",
    "formatteer_waarde",
    "nl_bedrag",
    "nl_getal",
]


class Eenheid(enum.StrEnum):
    """Gesloten lijst van eenheden van parameters."""

    EURO_PER_MAAND = "euro per maand"
    EURO_PER_JAAR = "euro per jaar"
    EURO = "euro"
    FRACTIE = "fractie"
    FACTOR = "factor"
    JAREN_EN_MAANDEN = "jaren en maanden"
    JAREN = "jaren"
    PERSONEN = "personen"
    REGIME = "regime"

    @property
    def is_geldbedrag(self) -> bool:
        """Of waarden in deze eenheid geldbedragen zijn (hoogstens twee decimalen)."""
        return self in (Eenheid.EURO_PER_MAAND, Eenheid.EURO_PER_JAAR, Eenheid.EURO)


class Status(enum.StrEnum):
    """Hoe sterk een waarde onderbouwd is."""

    DEFINITIEF = "definitief"
    """Staat in een officiële bron (Staatscourant, wetten.overheid.nl, Rijksoverheid, ...)."""
    SECUNDAIR = "secundair"
    """Alleen gevonden in secundaire bronnen (Aedes, corporaties, ...); zie de documentatie."""
    AFGELEID = "afgeleid"
    """De wet bepaalt de waarde met een formule uit andere, definitieve waarden; de waarde draagt
    die formule en haar invoer, en het laden rekent haar na."""
    VOORLOPIG = "voorlopig"
    """Aangekondigd maar nog niet officieel gepubliceerd."""
    ONBEKEND = "onbekend"
    """Voor deze periode is geen onderbouwde waarde gevonden: opvragen geeft een fout."""


class Bronsoort(enum.StrEnum):
    """Soort uitgever van een bron."""

    OFFICIEEL = "officieel"
    SECUNDAIR = "secundair"


class Herziening(enum.StrEnum):
    """Hoe vaak de wetgever de parameter herziet; ``jaarlijks`` eist een waarde per jaar."""

    JAARLIJKS = "jaarlijks"
    BIJ_WETSWIJZIGING = "bij wetswijziging"


@attrs.frozen(slots=True, order=True)
class Leeftijd:
    """Een leeftijd in jaren en maanden, zoals de AOW-leeftijd (65 jaar en 3 maanden)."""

    jaren: int
    maanden: int = 0

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.maanden <= 11:
            msg = f"maanden moet tussen 0 en 11 liggen, niet {self.maanden}"
            raise ValueError(msg)
        if not 0 <= self.jaren <= 150:
            msg = f"jaren moet tussen 0 en 150 liggen, niet {self.jaren}"
            raise ValueError(msg)

    @property
    def als_relativedelta(self) -> relativedelta:
        """De leeftijd als ``relativedelta`` om bij een geboortedatum op te tellen."""
        return relativedelta(years=self.jaren, months=self.maanden)

    def bereikt_op(self, geboortedatum: date) -> date:
        """De datum waarop iemand met deze geboortedatum deze leeftijd bereikt."""
        resultaat: date = geboortedatum + self.als_relativedelta
        return resultaat

    def __str__(self) -> str:
        if self.maanden == 0:
            return f"{self.jaren} jaar"
        maand = "maand" if self.maanden == 1 else "maanden"
        return f"{self.jaren} jaar en {self.maanden} {maand}"


Waarde = Decimal | Leeftijd | int | str
"""Het type van een parameterwaarde: bedrag/fractie/factor, leeftijd, aantal jaren of regime."""


@attrs.frozen(slots=True)
class Bron:
    """Een bron van een parameterwaarde: titel, uitgever, datum en vindplaats op internet."""

    sleutel: str
    titel: str
    uitgever: str
    url: str
    soort: Bronsoort
    datum: date | None = None
    opmerking: str | None = None

    def __str__(self) -> str:
        datum = f", {self.datum.isoformat()}" if self.datum else ""
        return f"{self.titel} ({self.uitgever}{datum}) <{self.url}>"


@attrs.frozen(slots=True)
class Invoer:
    """Eén invoerwaarde van een afgeleide waarde: de waarde van ``parameter`` op ``op``.

    ``op`` is ``None`` voor de ingangsdatum van de afgeleide waarde zelf.
    """

    naam: str
    parameter: str
    op: date | None = None


@attrs.frozen(slots=True)
class Afwijking:
    """Een gepubliceerd bedrag dat niet gelijk is aan de afgeleide waarde, met de verklaring."""

    waarde: Decimal
    bron: Bron
    vindplaats: str | None
    toelichting: str


@attrs.frozen(slots=True)
class Afleiding:
    """Hoe een afgeleide waarde uit andere waarden volgt: formule, invoer en eventuele afwijking.

    ``formule`` is de naam van een formule in
    :data:`~passend_toewijzen.parameters.formules.FORMULES`; ``berekening`` de berekening met de
    ingevulde invoer (gezet bij het laden, dat de waarde narekent).
    """

    formule: str
    invoer: tuple[Invoer, ...]
    afwijking: Afwijking | None = None
    berekening: str = ""


@attrs.frozen(slots=True)
class Reekswaarde:
    """Eén gedateerde waarde in de reeks van een parameter, zoals opgenomen in de data."""

    geldig_vanaf: date
    status: Status
    waarde: Waarde | None = None
    bron: Bron | None = None
    vindplaats: str | None = None
    bevestigd_door: tuple[Bron, ...] = ()
    opmerking: str | None = None
    vervallen: bool = False
    afleiding: Afleiding | None = None
    """Alleen bij status ``afgeleid``: de formule en haar invoer."""

    @property
    def heeft_waarde(self) -> bool:
        """Of deze reekswaarde een bruikbare waarde is (niet vervallen en niet onbekend)."""
        return self.waarde is not None


@attrs.frozen(slots=True)
class Parameterdefinitie:
    """Een wettelijke parameter: naam, betekenis, eenheid, grondslag en zijn gedateerde reeks."""

    naam: str
    omschrijving: str
    eenheid: Eenheid
    grondslag: str
    herziening: Herziening
    bestand: str
    reeks: tuple[Reekswaarde, ...]
    zie_ook: tuple[str, ...] = ()
    toegestane_waarden: tuple[str, ...] = ()
    data: tuple[date, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "data", tuple(r.geldig_vanaf for r in self.reeks))

    def reekswaarde_op(self, datum: date) -> Reekswaarde | None:
        """De reekswaarde die op ``datum`` geldt, of ``None`` vóór de eerste."""
        from bisect import bisect_right

        index = bisect_right(self.data, datum)
        return self.reeks[index - 1] if index else None

    def parameterwaarde(self, reekswaarde: Reekswaarde) -> Parameterwaarde:
        """De geldende waarde bij een reekswaarde met een waarde en een bron."""
        if reekswaarde.waarde is None or reekswaarde.bron is None:
            msg = f"reekswaarde van {self.naam!r} per {reekswaarde.geldig_vanaf} heeft geen waarde"
            raise ValueError(msg)
        return Parameterwaarde(
            definitie=self,
            waarde=reekswaarde.waarde,
            geldig_vanaf=reekswaarde.geldig_vanaf,
            geldig_tot=self.geldig_tot(reekswaarde),
            status=reekswaarde.status,
            bron=reekswaarde.bron,
            vindplaats=reekswaarde.vindplaats,
            bevestigd_door=reekswaarde.bevestigd_door,
            opmerking=reekswaarde.opmerking,
            afleiding=reekswaarde.afleiding,
        )

    def geldig_tot(self, reekswaarde: Reekswaarde) -> date | None:
        """De laatste dag waarop ``reekswaarde`` geldt, of ``None`` als er geen opvolger is."""
        index = self.reeks.index(reekswaarde)
        if index + 1 < len(self.reeks):
            volgende: date = self.reeks[index + 1].geldig_vanaf - relativedelta(days=1)
            return volgende
        return None


@attrs.frozen(slots=True)
class Parameterwaarde:
    """De waarde van een parameter die op een peildatum geldt, met herkomst.

    ``geldig_vanaf`` is de datum waarop deze waarde in werking trad; ``geldig_tot`` de laatste
    dag vóór de volgende waarde in de data (``None`` als die er nog niet is).
    """

    definitie: Parameterdefinitie
    """De definitie van de parameter: naam, eenheid en omschrijving."""
    waarde: Waarde
    """De waarde: een bedrag (``Decimal``), een fractie, een leeftijd, een aantal of een regime."""
    geldig_vanaf: date
    geldig_tot: date | None
    status: Status
    """Hoe sterk de waarde is onderbouwd: definitief, secundair, afgeleid, voorlopig of onbekend."""
    bron: Bron
    """De bron van de waarde: titel, uitgever, datum en vindplaats."""
    vindplaats: str | None
    """Waar in de bron de waarde staat (artikel, tabel of pagina), als dat bekend is."""
    bevestigd_door: tuple[Bron, ...]
    """Andere bronnen die dezelfde waarde noemen."""
    opmerking: str | None
    """Een toelichting bij de waarde, zoals waarom de status niet definitief is."""
    afleiding: Afleiding | None = None
    """Bij status ``afgeleid``: de formule, de invoer en de berekening."""

    @property
    def naam(self) -> str:
        """De naam van de parameter."""
        return self.definitie.naam

    @property
    def eenheid(self) -> Eenheid:
        """De eenheid van de parameter."""
        return self.definitie.eenheid

    @property
    def bedrag(self) -> Decimal:
        """De waarde als ``Decimal`` (bedrag, fractie of factor); anders ``TypeError``."""
        if not isinstance(self.waarde, Decimal):
            msg = f"Parameter {self.naam!r} is geen getal maar {type(self.waarde).__name__}"
            raise TypeError(msg)
        return self.waarde

    def als_tekst(self) -> str:
        """De waarde leesbaar in het Nederlands (bedragen met komma en punt)."""
        return formatteer_waarde(self.waarde, self.definitie.eenheid)


def nl_getal(getal: Decimal, *, centen: bool = False) -> str:
    """Een getal exact in Nederlandse notatie (``1.234,5``); met ``centen`` minstens twee decimalen
    zodra er een breuk is (``1.234,50``). Er wordt nooit afgerond."""
    tekst = format(getal, "f")
    negatief = tekst.startswith("-")
    geheel, _, fractie = tekst.lstrip("-").partition(".")
    fractie = fractie.rstrip("0")
    if centen and fractie:
        fractie = fractie.ljust(2, "0")
    groepen: list[str] = []
    while len(geheel) > 3:
        groepen.insert(0, geheel[-3:])
        geheel = geheel[:-3]
    groepen.insert(0, geheel)
    resultaat = ".".join(groepen) + (f",{fractie}" if fractie else "")
    return f"-{resultaat}" if negatief else resultaat


def nl_bedrag(bedrag: Decimal) -> str:
    """Een bedrag exact in Nederlandse notatie: ``€ 1.234,56`` of ``€ 25.000``."""
    return f"€ {nl_getal(bedrag, centen=True)}"


_MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def datum_lang(datum: date | str) -> str:
    """``date(2024, 3, 1)`` (of ``"2024-03-01"``) → ``"1 maart 2024"``."""
    if isinstance(datum, str):
        datum = date.fromisoformat(datum)
    return f"{datum.day} {_MAANDEN[datum.month - 1]} {datum.year}"


def formatteer_waarde(waarde: Waarde, eenheid: Eenheid) -> str:
    """Formatteer een parameterwaarde in Nederlandse notatie (€ 1.234,56; 92,5%; 2 jaar)."""
    if isinstance(waarde, int) and eenheid is Eenheid.JAREN:
        return f"{waarde} jaar"
    if isinstance(waarde, int) and eenheid is Eenheid.PERSONEN:
        return f"{waarde} personen" if waarde != 1 else "1 persoon"
    if isinstance(waarde, Decimal):
        if eenheid.is_geldbedrag:
            return nl_bedrag(waarde)
        if eenheid is Eenheid.FRACTIE:
            return f"{nl_getal(waarde.scaleb(2, REKENCONTEXT))}%"
        return nl_getal(waarde)
    return str(waarde)


@attrs.frozen(slots=True)
class Parameterset:
    """Alle parameterwaarden die op een peildatum gelden (onveranderlijk).

    Opvragen van een parameter zonder waarde op deze datum geeft een
    :class:`~passend_toewijzen.fouten.ParameterNietVanKracht`; een onbekende naam een
    :class:`~passend_toewijzen.fouten.ParameterOnbekend`. Er is nooit een stille standaardwaarde.
    """

    peildatum: date
    waarden: Mapping[str, Parameterwaarde]
    ontbrekend: Mapping[str, str]
    definities: Mapping[str, Parameterdefinitie]
    data_versie: str
    data_hash: str
    onbekend: frozenset[str] = frozenset()
    """Namen van parameters die op de peildatum in de wet bestaan maar geen onderbouwde waarde
    hebben (status ``onbekend``); de overige namen in ``ontbrekend`` gelden niet op die datum."""
    buiten_dekking: bool = False
    sta_voorlopig_toe: bool = False
    _bruikbaar: dict[str, Parameterwaarde] = attrs.field(init=False, repr=False, eq=False)
    """Snelle opzoektabel: de waarden die zonder fout opgevraagd kunnen worden."""

    def __attrs_post_init__(self) -> None:
        for veld in ("waarden", "ontbrekend", "definities"):
            huidig = getattr(self, veld)
            if not isinstance(huidig, MappingProxyType):
                object.__setattr__(self, veld, MappingProxyType(dict(huidig)))
        bruikbaar = {
            naam: pw
            for naam, pw in self.waarden.items()
            if pw.status is not Status.VOORLOPIG or self.sta_voorlopig_toe
        }
        object.__setattr__(self, "_bruikbaar", bruikbaar)

    def __getitem__(self, naam: str) -> Parameterwaarde:
        snel = self._bruikbaar.get(naam)
        if snel is not None:
            return snel
        waarde = self.waarden.get(naam)
        if waarde is None:
            if naam in self.ontbrekend:
                raise ParameterNietVanKracht(naam, self.peildatum, self.ontbrekend[naam])
            raise ParameterOnbekend(naam, tuple(self.definities))
        # Alleen een voorlopige waarde zonder sta_voorlopig_toe ontbreekt in _bruikbaar.
        raise VoorlopigeWaarde(naam, self.peildatum, waarde.geldig_vanaf)

    def __contains__(self, naam: object) -> bool:
        return naam in self.waarden

    def __iter__(self) -> Iterator[Parameterwaarde]:
        return iter(sorted(self.waarden.values(), key=lambda w: (w.definitie.bestand, w.naam)))

    def __len__(self) -> int:
        return len(self.waarden)

    def geldt(self, naam: str) -> bool:
        """Of de parameter op de peildatum in de wet geldt.

        ``False`` als de parameter op die datum nog niet of niet meer bestaat (zoals de
        liberalisatiegrens voor middenhuur vóór 1 juli 2024). Een parameter die wel bestaat maar
        waarvan de waarde onbekend is, geeft een
        :class:`~passend_toewijzen.fouten.ParameterNietVanKracht`: er wordt nooit gegokt.
        """
        if naam in self.waarden:
            return True
        if naam in self.onbekend:
            raise ParameterNietVanKracht(naam, self.peildatum, self.ontbrekend[naam])
        if naam in self.ontbrekend:
            return False
        raise ParameterOnbekend(naam, tuple(self.definities))

    def bedrag(self, naam: str) -> Decimal:
        """De waarde van een parameter in euro, als fractie of als factor (``Decimal``)."""
        waarde = self[naam].waarde
        if not isinstance(waarde, Decimal):
            msg = f"Parameter {naam!r} is geen getal maar {type(waarde).__name__}"
            raise TypeError(msg)
        return waarde

    def leeftijd(self, naam: str) -> Leeftijd:
        """De waarde van een leeftijdsparameter (zoals ``aow_leeftijd``)."""
        waarde = self[naam].waarde
        if not isinstance(waarde, Leeftijd):
            msg = f"Parameter {naam!r} is geen leeftijd maar {type(waarde).__name__}"
            raise TypeError(msg)
        return waarde

    def aantal(self, naam: str) -> int:
        """De waarde van een parameter in hele jaren of personen."""
        waarde = self[naam].waarde
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            msg = f"Parameter {naam!r} is geen aantal maar {type(waarde).__name__}"
            raise TypeError(msg)
        return waarde

    def regime(self, naam: str) -> str:
        """De waarde van een regimeparameter (welke regelvariant op de peildatum geldt)."""
        waarde = self[naam].waarde
        if not isinstance(waarde, str):
            msg = f"Parameter {naam!r} is geen regime maar {type(waarde).__name__}"
            raise TypeError(msg)
        return waarde
