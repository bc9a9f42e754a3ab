"""Het model van een huur-inkomenstabel: huurbanden, inkomensgroepen en cellen.

Een band en een inkomensgroep lopen van ``van`` (exclusief: hoger dan) tot en met ``tot``
(inclusief: ten hoogste). De eerste band en de eerste inkomensgroep van een huishoudtype beginnen
bij nul; de laatste hebben geen bovengrens. Een grens is symbolisch (een landelijke grens die per
datum en huishouden wordt opgezocht) of een vast bedrag.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

import attrs

__all__ = ["AowFilter", "Cel", "Grens", "Huurband", "Inkomensgroep", "Tabel", "Tabelbron"]


class Cel(enum.StrEnum):
    """Wat een cel van de tabel zegt over een huishouden en een woning."""

    VOORRANG = "voorrang"
    """Mag reageren en gaat voor op kandidaten zonder voorrang."""
    TOEGESTAAN = "toegestaan"
    """Mag reageren, zonder voorrang."""
    UITGESLOTEN = "uitgesloten"
    """Mag niet reageren."""


class AowFilter(enum.StrEnum):
    """Voor welke huishoudens een inkomensgroep geldt, naar AOW-status."""

    JA = "ja"
    NEE = "nee"
    ALLE = "alle"

    def past(self, aow: bool) -> bool:
        """Of een huishouden met deze AOW-status onder het filter valt."""
        return self is AowFilter.ALLE or (self is AowFilter.JA) == aow


@attrs.frozen(slots=True)
class Grens:
    """Een grens: een symbool (zoals ``aftoppingsgrens_laag``) of een vast bedrag."""

    symbool: str | None = None
    bedrag: Decimal | None = None

    def __attrs_post_init__(self) -> None:
        if (self.symbool is None) == (self.bedrag is None):
            msg = "een grens is een symbool of een bedrag"
            raise ValueError(msg)

    def __str__(self) -> str:
        return self.symbool if self.symbool is not None else f"€ {self.bedrag}"


@attrs.frozen(slots=True)
class Huurband:
    """Een kolom: kale huur hoger dan ``van`` en ten hoogste ``tot``."""

    naam: str
    omschrijving: str
    van: Grens | None
    tot: Grens | None


@attrs.frozen(slots=True)
class Inkomensgroep:
    """Een rij: huishoudens van een omvang en AOW-status met een inkomen in (``van``, ``tot``]."""

    naam: str
    omschrijving: str
    personen_min: int
    personen_max: int | None
    aow: AowFilter
    van: Grens | None
    tot: Grens | None
    cellen: Mapping[str, Cel]

    def past(self, personen: int, aow: bool) -> bool:
        """Of een huishouden van deze omvang en AOW-status in deze rij kan vallen."""
        boven = self.personen_max is None or personen <= self.personen_max
        return self.personen_min <= personen and boven and self.aow.past(aow)


@attrs.frozen(slots=True)
class Tabelbron:
    """De bron van het beleid dat de tabel vastlegt."""

    titel: str
    uitgever: str
    url: str
    datum: date | None = None


@attrs.frozen(slots=True)
class Tabel:
    """Een huur-inkomenstabel zoals geladen en gecontroleerd."""

    naam: str
    titel: str
    regio: str
    geldig_vanaf: date
    geldig_tot: date | None
    prijspeil: int | None
    bron: Tabelbron
    bevestigd_door: tuple[Tabelbron, ...]
    toelichting: str
    keuzes: tuple[str, ...]
    huurbanden: tuple[Huurband, ...]
    inkomensgroepen: tuple[Inkomensgroep, ...]
    inhoudshash: str

    def geldt_op(self, datum: date) -> bool:
        """Of de tabel op ``datum`` geldt."""
        return self.geldig_vanaf <= datum and (self.geldig_tot is None or datum <= self.geldig_tot)

    def groepen_voor(self, personen: int, aow: bool) -> tuple[Inkomensgroep, ...]:
        """De inkomensgroepen die gelden voor een huishouden van deze omvang en AOW-status."""
        return tuple(g for g in self.inkomensgroepen if g.past(personen, aow))

    @property
    def heeft_vaste_bedragen(self) -> bool:
        """Of de tabel ergens een vast bedrag gebruikt (dat niet met de wet meebeweegt)."""
        grenzen = [g for b in self.huurbanden for g in (b.van, b.tot)]
        grenzen += [g for r in self.inkomensgroepen for g in (r.van, r.tot)]
        return any(g is not None and g.bedrag is not None for g in grenzen)

    @property
    def periode(self) -> str:
        """De geldigheid als tekst."""
        tot = self.geldig_tot.isoformat() if self.geldig_tot else "heden"
        return f"{self.geldig_vanaf.isoformat()} tot en met {tot}"
