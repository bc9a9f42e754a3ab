"""De telling: een samenvoegbare tussenstand van de jaarverantwoording.

Elke getoetste toewijzing telt één keer in een *cel*: de combinatie van corporatie, verslagjaar
(het jaar van de huuringangsdatum), gemeente en de kenmerken van het oordeel die de verantwoording
nodig heeft (segment, passendheid, huishoudomvang, AOW, huurklasse, ...). Alle cijfers van het
verslag zijn sommen over cellen; er wordt geen regel opnieuw toegepast.

Een :class:`Telling` is samen te voegen (``a + b``): optellen is associatief en de volgorde van de
rijen doet er niet toe, zodat een groot bestand in stukken kan worden geteld en deeltellingen
(per maand, per bestand, per proces) samen hetzelfde verslag geven als één telling. Lijsten
(afgewezen rijen, niet-passende toewijzingen) worden bij het samenvoegen op rijvolgorde gezet en
tot een maximum bewaard; hun aantallen zijn altijd volledig.

Elke gelezen rij telt precies één keer: geaccepteerd (getoetst, of buiten de gevraagde jaren),
afgewezen, of leeg (een rij waarvan elke cel leeg is; geen gegeven). Dus *gelezen = geaccepteerd
+ afgewezen + leeg*.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst

__all__ = ["MAX_LIJST", "MAX_PERSONEN_CEL", "Cel", "Geval", "Telling"]

MAX_LIJST = 10_000
"""Zoveel afgewezen rijen en zoveel toewijzingen per lijst worden met alle details bewaard."""

MAX_PERSONEN_CEL = 10
"""Huishoudens vanaf zoveel personen tellen in dezelfde cel (de matrix kent 1, 2 en 3+)."""


class Cel(NamedTuple):
    """De kenmerken waarop toewijzingen worden geteld."""

    corporatie: str
    jaar: int
    gemeente: str
    segment: Toewijzingssegment | None
    """``None``: onbepaald."""
    bijzondere_categorie: str | None
    """Bij de doelgroep via een categorie: ``zorg``, ``vergunninghouders`` of ``studenten``."""
    passendheid: Passendheid | None
    """``None``: onbepaald."""
    nvt_reden: str | None
    """Bij NVT: ``buiten_reikwijdte``, ``buiten_groep`` of ``art_54a``."""
    in_passende_groep: bool | None
    personen: int
    """Het aantal personen, begrensd op :data:`MAX_PERSONEN_CEL`."""
    aow: bool | None
    huurklasse: Huurklasse | None
    daeb_buiten: str | None = None
    """Bij het segment buiten de norm (NVT): ``geen_daeb`` of ``boven_huurgrens``."""


class Geval(NamedTuple):
    """Eén toewijzing die in het verslag met uitleg wordt genoemd."""

    bron: str
    rijnummer: int
    corporatie: str
    uitkomst: Toetsuitkomst

    @property
    def sorteersleutel(self) -> tuple[str, int]:
        """Bestandsvolgorde: bron, dan rijnummer."""
        return (self.bron, self.rijnummer)


def _categorie(uitkomst: Toetsuitkomst) -> str | None:
    if uitkomst.toewijzingssegment is not Toewijzingssegment.DOELGROEP:
        return None
    if uitkomst.daeb_inkomensgrenzen:
        return None  # doelgroep via het inkomen
    if uitkomst.zorgindicatie:
        return "zorg"
    if uitkomst.vrijstelling is not None:
        return uitkomst.vrijstelling.value
    return None  # pragma: no cover - de doelgroep zonder grenzen komt altijd via een categorie


def _nvt_reden(uitkomst: Toetsuitkomst) -> str | None:
    if uitkomst.passendheid is not Passendheid.NVT:
        return None
    if uitkomst.art_54a:
        return "art_54a"
    if uitkomst.in_passende_groep is False:
        return "buiten_groep"
    return "buiten_reikwijdte"


GEEN_DAEB = "geen DAEB-woongelegenheid"
"""De reden van de segmentregel bij een woongelegenheid buiten het DAEB-bezit."""


def _daeb_buiten(uitkomst: Toetsuitkomst) -> str | None:
    if uitkomst.toewijzingssegment is not Toewijzingssegment.NVT:
        return None
    return "geen_daeb" if uitkomst.segment_reden.startswith(GEEN_DAEB) else "boven_huurgrens"


def cel_van(corporatie: str, uitkomst: Toetsuitkomst) -> Cel:
    """De cel waarin een oordeel telt."""
    return Cel(
        corporatie,
        uitkomst.huuringangsdatum.year,
        uitkomst.gemeente,
        uitkomst.toewijzingssegment,
        _categorie(uitkomst),
        uitkomst.passendheid,
        _nvt_reden(uitkomst),
        uitkomst.in_passende_groep,
        min(uitkomst.aantal_personen, MAX_PERSONEN_CEL),
        uitkomst.aow_huishouden,
        uitkomst.huurklasse,
        _daeb_buiten(uitkomst),
    )


class Telling:
    """Samenvoegbare tussenstand: cellen, invoeraantallen en de lijsten met details."""

    __slots__ = (
        "afgewezen",
        "bronkenmerken",
        "bronnen",
        "fouten",
        "fouten_per_kolom",
        "gelezen",
        "kubus",
        "leeg",
        "niet_passend",
        "onbepaald",
        "overgeslagen",
        "waarschuwingen",
    )

    def __init__(self) -> None:
        self.kubus: Counter[Cel] = Counter()
        self.gelezen = 0
        self.afgewezen = 0
        self.leeg = 0
        """Rijen waarvan elke cel leeg is (geen gegeven; wel gelezen en geteld)."""
        self.fouten: list[Rijfout] = []
        self.fouten_per_kolom: Counter[str] = Counter()
        self.niet_passend: list[Geval] = []
        self.onbepaald: list[Geval] = []
        self.bronnen: dict[str, str] = {}
        """Per bron (de unieke naam van het bestand) de SHA-256 van de inhoud."""
        self.bronkenmerken: dict[str, dict[str, object]] = {}
        """Per bron de kenmerken van het bestand (formaat, werkblad, kopregel, ongebruikte
        kolommen; zie :meth:`~passend_toewijzen.invoer.lezen.Invoer.kenmerken`)."""
        self.waarschuwingen: tuple[str, ...] = ()
        """Opmerkingen over de bestanden als geheel (ongebruikte kolommen, gemengde codering)."""
        self.overgeslagen: Counter[tuple[str, int]] = Counter()
        """Geaccepteerde rijen buiten de gevraagde jaren, per corporatie en jaar (niet getoetst)."""

    @property
    def geaccepteerd(self) -> int:
        """Het aantal geaccepteerde rijen (getoetst, of buiten de gevraagde jaren)."""
        return self.gelezen - self.afgewezen - self.leeg

    def tel(self, bron: str, rijnummer: int, corporatie: str, uitkomst: Toetsuitkomst) -> None:
        """Tel één getoetste rij."""
        self.gelezen += 1
        self.kubus[cel_van(corporatie, uitkomst)] += 1
        if uitkomst.status is Toetsstatus.ONBEPAALD:
            if len(self.onbepaald) < MAX_LIJST:
                self.onbepaald.append(Geval(bron, rijnummer, corporatie, uitkomst))
        elif uitkomst.passendheid is Passendheid.NIE and len(self.niet_passend) < MAX_LIJST:
            self.niet_passend.append(Geval(bron, rijnummer, corporatie, uitkomst))

    def sla_over(self, corporatie: str, jaar: int) -> None:
        """Tel een geaccepteerde rij buiten de gevraagde jaren (niet getoetst)."""
        self.gelezen += 1
        self.overgeslagen[(corporatie, jaar)] += 1

    def tel_leeg(self) -> None:
        """Tel een rij waarvan elke cel leeg is."""
        self.gelezen += 1
        self.leeg += 1

    def wijs_af(self, fouten: Iterable[Rijfout]) -> None:
        """Tel één afgewezen rij met al haar fouten."""
        self.gelezen += 1
        self.afgewezen += 1
        for fout in fouten:
            self.fouten_per_kolom[fout.kolom or "(rij)"] += 1
            if len(self.fouten) < MAX_LIJST:
                self.fouten.append(fout)

    def __add__(self, andere: Telling) -> Telling:
        """Een nieuwe telling met beide tussenstanden (associatief en commutatief)."""
        if not isinstance(andere, Telling):
            return NotImplemented
        som = Telling()
        som.kubus = self.kubus + andere.kubus
        som.gelezen = self.gelezen + andere.gelezen
        som.afgewezen = self.afgewezen + andere.afgewezen
        som.leeg = self.leeg + andere.leeg
        som.fouten_per_kolom = self.fouten_per_kolom + andere.fouten_per_kolom
        som.fouten = heapq.nsmallest(
            MAX_LIJST,
            [*self.fouten, *andere.fouten],
            key=lambda f: (f.bron, f.rijnummer, f.kolom or ""),
        )
        som.niet_passend = _kleinste(self.niet_passend, andere.niet_passend)
        som.onbepaald = _kleinste(self.onbepaald, andere.onbepaald)
        for naam in self.bronnen.keys() & andere.bronnen.keys():
            if self.bronnen[naam] != andere.bronnen[naam]:
                msg = (
                    f"twee verschillende bestanden heten {naam!r}: geef elke bron een eigen naam, "
                    "anders zijn hun rijen en ontvangstbewijzen niet uit elkaar te houden"
                )
                raise ValueError(msg)
        som.bronnen = {**self.bronnen, **andere.bronnen}
        som.bronkenmerken = {**self.bronkenmerken, **andere.bronkenmerken}
        som.waarschuwingen = tuple(dict.fromkeys((*self.waarschuwingen, *andere.waarschuwingen)))
        som.overgeslagen = self.overgeslagen + andere.overgeslagen
        return som

    def aantal(self, **kenmerken: object) -> int:
        """Het aantal toewijzingen in de cellen met deze kenmerken (``jaar=2025, gemeente=...``)."""
        return sum(
            n
            for cel, n in self.kubus.items()
            if all(getattr(cel, k) == v for k, v in kenmerken.items())
        )


def _kleinste(a: list[Geval], b: list[Geval]) -> list[Geval]:
    return heapq.nsmallest(MAX_LIJST, [*a, *b], key=lambda g: g.sorteersleutel)
