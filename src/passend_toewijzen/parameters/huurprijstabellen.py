"""De maximale huurprijsgrenzen per puntentotaal (woningwaarderingsstelsel), per tijdvak.

De minister stelt per tijdvak (meestal 1 juli tot en met 30 juni) de maximale huurprijsgrens van
een woning bij elk puntentotaal vast: voor zelfstandige woningen in bijlage I bij de
Uitvoeringsregeling huurprijzen woonruimte. Die tabellen staan als gegevens in
``data/huurprijstabellen/*.toml``: per bestand de woningsoort, de bronnen (zoals in de andere
parameterbestanden) en per tijdvak ``geldig_vanaf``, ``geldig_tot``, ``bron``, ``status`` en de
``bedragen`` als paren ``[punten, bedrag]``.

:func:`huurprijstabel_op` geeft de tabel van een datum, of :class:`GeenHuurprijstabel` met de
tijdvakken die wel gedekt zijn. :meth:`Huurprijstabel.maximale_huur` zoekt een puntentotaal op.
Een tabel die niet gevonden is, wordt nooit benaderd met een andere: een datum in een gat tussen
twee tijdvakken is een fout.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Annotated

import attrs
from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from passend_toewijzen._pydantic_nl import veldfouten
from passend_toewijzen._toml_bron import lees_toml
from passend_toewijzen.fouten import ParameterdataOngeldig, ParameterFout
from passend_toewijzen.parameters.schema import BronSchema, Sleutel, Tekst
from passend_toewijzen.parameters.waarden import Bron, Status

__all__ = [
    "GeenHuurprijstabel",
    "Huurprijstabel",
    "PuntenBuitenTabel",
    "huurprijstabel_op",
    "huurprijstabellen",
    "laad_huurprijstabellen",
]

MAP = "huurprijstabellen"
"""De map onder ``parameters/data`` met de tabellen."""


class GeenHuurprijstabel(ParameterFout, LookupError):
    """Voor deze datum (en woningsoort) is geen officiële tabel van maximale huurprijzen
    meegeleverd."""

    def __init__(self, woningsoort: str, datum: date, gedekt: Sequence[tuple[date, date]]) -> None:
        self.woningsoort = woningsoort
        self.datum = datum
        self.gedekt = tuple(gedekt)
        if gedekt:
            tijdvakken = ", ".join(f"{v.isoformat()} t/m {t.isoformat()}" for v, t in gedekt)
            wel = f"de meegeleverde tabellen dekken {tijdvakken}"
        else:
            wel = "er is voor deze woningsoort geen enkele tabel meegeleverd"
        super().__init__(
            "geen tabel van maximale huurprijzen (woningwaarderingsstelsel) voor "
            f"{_SOORTNAAM.get(woningsoort, woningsoort)} op {datum.isoformat()}: {wel}. Vul de "
            "maximale huur zelf in "
            "(kolom maximale_huur) in plaats van de punten"
        )


_SOORTNAAM = {
    "zelfstandig": "zelfstandige woningen",
    "onzelfstandig": "onzelfstandige woonruimten",
    "woonwagen": "woonwagens",
    "standplaats": "standplaatsen",
}


class PuntenBuitenTabel(ParameterFout, ValueError):
    """Het puntentotaal staat niet in de tabel (geen geheel getal, of buiten het bereik)."""


class _TabelSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    geldig_vanaf: Annotated[date, Strict()]
    geldig_tot: Annotated[date, Strict()]
    bron: Sleutel
    status: Status
    onder_minimum_gelijk_aan_minimum: Annotated[bool, Strict()]
    bedragen: list[tuple[Annotated[int, Strict(), Field(ge=0)], Decimal]]


class _BestandSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    omschrijving: Tekst
    woningsoort: Tekst


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    bestand: _BestandSchema
    bronnen: dict[Sleutel, BronSchema]
    tabellen: list[_TabelSchema]


@attrs.frozen(slots=True)
class Huurprijstabel:
    """De maximale huurprijsgrenzen bij elk puntentotaal in één tijdvak (grenzen inbegrepen)."""

    woningsoort: str
    geldig_vanaf: date
    geldig_tot: date
    bron: Bron
    status: Status
    onder_minimum_gelijk_aan_minimum: bool
    """De tabel zegt zelf dat onder het laagste puntental de grens van dat puntental geldt."""
    bedragen: Mapping[int, Decimal]

    @property
    def minimum(self) -> int:
        """Het laagste puntental in de tabel."""
        return min(self.bedragen)

    @property
    def maximum(self) -> int:
        """Het hoogste puntental in de tabel."""
        return max(self.bedragen)

    def geldt_op(self, datum: date) -> bool:
        """Of de tabel op ``datum`` geldt."""
        return self.geldig_vanaf <= datum <= self.geldig_tot

    def maximale_huur(self, punten: Decimal | int) -> Decimal:
        """De maximale huurprijsgrens (kale huur per maand) bij een puntentotaal.

        Het puntentotaal is een geheel getal (zoals de tabel het noemt); onder het laagste
        puntental geldt de grens van dat puntental alleen als de tabel dat zegt. Anders, en boven
        het hoogste puntental, :class:`PuntenBuitenTabel`.
        """
        waarde = Decimal(punten)
        tijdvak = f"{self.geldig_vanaf.isoformat()} t/m {self.geldig_tot.isoformat()}"
        if waarde != waarde.to_integral_value():
            msg = (
                f"{waarde} punten: de tabel van {tijdvak} kent alleen hele puntentotalen; rond "
                "het puntentotaal af zoals het woningwaarderingsstelsel voorschrijft"
            )
            raise PuntenBuitenTabel(msg)
        geheel = int(waarde)
        if geheel < self.minimum and self.onder_minimum_gelijk_aan_minimum:
            geheel = self.minimum
        if geheel not in self.bedragen:
            msg = (
                f"{geheel} punten: de tabel van {tijdvak} loopt van {self.minimum} tot en met "
                f"{self.maximum} punten"
            )
            raise PuntenBuitenTabel(msg)
        return self.bedragen[geheel]


def _bouw(naam: str, inhoud: bytes) -> tuple[Huurprijstabel, ...]:
    ruw = lees_toml(inhoud, naam)
    try:
        gegevens = _Schema.model_validate(ruw)
    except ValidationError as exc:
        raise ParameterdataOngeldig(naam, [str(f) for f in veldfouten(exc)]) from exc
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
        for sleutel, b in gegevens.bronnen.items()
    }
    meldingen: list[str] = []
    tabellen: list[Huurprijstabel] = []
    for i, t in enumerate(gegevens.tabellen):
        waar = f"tabellen[{i}] ({t.geldig_vanaf.isoformat()})"
        if t.bron not in bronnen:
            meldingen.append(f"{waar}: onbekende bron {t.bron!r}")
            continue
        if t.geldig_tot < t.geldig_vanaf:
            meldingen.append(f"{waar}: geldig_tot ligt voor geldig_vanaf")
        punten = [p for p, _ in t.bedragen]
        if not punten or punten != list(range(punten[0], punten[0] + len(punten))):
            meldingen.append(f"{waar}: de puntentotalen lopen niet zonder gat op")
        bedragen = [b for _, b in t.bedragen]
        if any(b <= 0 or b != b.quantize(Decimal("0.01")) for b in bedragen):
            meldingen.append(f"{waar}: elk bedrag is positief, in hele centen")
        if any(a >= b for a, b in itertools.pairwise(bedragen)):
            meldingen.append(f"{waar}: de bedragen lopen niet op met de punten")
        tabellen.append(
            Huurprijstabel(
                woningsoort=gegevens.bestand.woningsoort,
                geldig_vanaf=t.geldig_vanaf,
                geldig_tot=t.geldig_tot,
                bron=bronnen[t.bron],
                status=t.status,
                onder_minimum_gelijk_aan_minimum=t.onder_minimum_gelijk_aan_minimum,
                bedragen=MappingProxyType(dict(t.bedragen)),
            )
        )
    tabellen.sort(key=lambda t: t.geldig_vanaf)
    for vorige, volgende in itertools.pairwise(tabellen):
        if volgende.geldig_vanaf <= vorige.geldig_tot:
            meldingen.append(
                f"de tijdvakken vanaf {vorige.geldig_vanaf} en {volgende.geldig_vanaf} overlappen"
            )
    if meldingen:
        raise ParameterdataOngeldig(naam, meldingen)
    return tuple(tabellen)


def laad_huurprijstabellen(bestanden: Mapping[str, bytes]) -> dict[str, tuple[Huurprijstabel, ...]]:
    """Lees en controleer tabelbestanden (naam → inhoud); per woningsoort de tabellen."""
    uit: dict[str, tuple[Huurprijstabel, ...]] = {}
    for naam in sorted(bestanden):
        tabellen = _bouw(naam, bestanden[naam])
        if not tabellen:
            continue
        soort = tabellen[0].woningsoort
        if soort in uit:
            raise ParameterdataOngeldig(naam, [f"een tweede bestand voor woningsoort {soort}"])
        uit[soort] = tabellen
    return uit


@cache
def huurprijstabellen() -> Mapping[str, tuple[Huurprijstabel, ...]]:
    """De meegeleverde tabellen per woningsoort (eenmaal gelezen en gecontroleerd)."""
    map_ = resources.files("passend_toewijzen.parameters").joinpath("data").joinpath(MAP)
    bestanden = {
        item.name: item.read_bytes()
        for item in map_.iterdir()
        if item.is_file() and item.name.endswith(".toml")
    }
    return MappingProxyType(laad_huurprijstabellen(bestanden))


def huurprijstabel_op(datum: date, woningsoort: str = "zelfstandig") -> Huurprijstabel:
    """De tabel die op ``datum`` geldt voor ``woningsoort``, of :class:`GeenHuurprijstabel`."""
    tabellen = huurprijstabellen().get(woningsoort, ())
    for tabel in tabellen:
        if tabel.geldt_op(datum):
            return tabel
    raise GeenHuurprijstabel(woningsoort, datum, [(t.geldig_vanaf, t.geldig_tot) for t in tabellen])
