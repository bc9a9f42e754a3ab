"""Het woningvoorraadbestand: het schema en de omzetting van een rij in een ``Voorraadwoning``.

Eén rij per woongelegenheid in het bezit. De kolomnamen zijn Nederlands; een corporatie met een
eigen export koppelt haar kolomnamen aan deze namen (``--kolom eigen=schema``). Volgorde,
hoofdletters en spaties in kolomkoppen doen er niet toe. Het bestand wordt gelezen met dezelfde
lezer als het toewijzingenbestand (CSV, Excel, Parquet of JSON Lines; zie
:mod:`passend_toewijzen.invoer.lezen`), met dezelfde strengheid: elke rij wordt geaccepteerd of
afgewezen met rijnummer, kolom en reden, en *gelezen = geaccepteerd + afgewezen + lege rijen*.

:data:`VOORRAAD` is het schema; :class:`Voorraadlezer` zet een rij om in een
:class:`Voorraadwoning`; :func:`lees_voorraad` leest een heel bestand in een :class:`Voorraad`.

Regels per rij, naast het soort waarde per kolom:

* precies één van ``maximale_huur`` (de maximale huur per maand volgens het
  woningwaarderingsstelsel) en ``punten`` (de WWS-punten) is ingevuld; het bestand heeft ten
  minste één van de twee kolommen;
* ``streefhuur_percentage`` is, als het is ingevuld, groter dan 0 en ten hoogste 100 (een
  percentage van de maximale huur);
* ``woning_id`` is uniek in het bestand: een tweede rij met hetzelfde kenmerk wordt afgewezen met
  het rijnummer van de eerste.

**De mutatiekans.** ``mutatiekans`` is het verwachte aantal keren per jaar dat de woning vrijkomt
(bijvoorbeeld ``0,08``). De kolom is optioneel; een lege cel (of een bestand zonder de kolom)
betekent :data:`MUTATIEKANS_STANDAARD` = 1: de woning telt dan één keer mee in het
mutatieaanbod, zodat het mutatieaanbod gelijk is aan de voorraad. Dat is een gedocumenteerde
standaard, geen stille aanname: :attr:`Voorraadwoning.mutatiekans_opgegeven` zegt per woning of
de kans is opgegeven, en :attr:`Voorraad.mutatiekans_standaard` telt de woningen waarvoor de
standaard geldt, zodat het verslag het kan noemen.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.doorlezen import Openopties, Rijtelling
from passend_toewijzen.invoer.lezen import (
    Bronrij,
    Formaat,
    Invoer,
    InvoerFout,
)
from passend_toewijzen.invoer.rijen import Rijfout, Rijlezer
from passend_toewijzen.invoer.schema import Kolom, Schema, Soort
from passend_toewijzen.modellen import Woningsoort

__all__ = [
    "KOLOMMEN",
    "MUTATIEKANS_STANDAARD",
    "VOORRAAD",
    "Voorraad",
    "Voorraadlezer",
    "Voorraadwoning",
    "lees_voorraad",
    "open_voorraad",
]

MUTATIEKANS_STANDAARD = Decimal(1)
"""De mutatiekans van een woning zonder opgegeven kans: de woning telt één keer mee."""

_HONDERD = Decimal(100)
_NUL = Decimal(0)


def _waarden(soort: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(str(w.value) for w in soort)


KOLOMMEN: tuple[Kolom, ...] = (
    Kolom(
        "woning_id",
        Soort.TEKST,
        True,
        "Uw kenmerk van de woongelegenheid (uniek in het bestand).",
        "KRN-0412",
    ),
    Kolom("gemeente", Soort.TEKST, True, "De gemeente waarin de woning ligt.", "Altena"),
    Kolom("kern", Soort.TEKST, False, "De kern (het dorp) waarin de woning ligt.", "Almkerk"),
    Kolom("wijk", Soort.TEKST, False, "De wijk of buurt (informatief).", ""),
    Kolom(
        "woningsoort",
        Soort.KEUZE,
        True,
        "Soort woongelegenheid (Woningwet art. 1).",
        "zelfstandig",
        _waarden(Woningsoort),
    ),
    Kolom("daeb", Soort.VLAG, True, "Of de woongelegenheid tot het DAEB-bezit hoort.", "ja"),
    Kolom(
        "kale_huur",
        Soort.BEDRAG,
        True,
        "De huidige kale huur per maand, zonder servicekosten.",
        "512,40",
    ),
    Kolom(
        "maximale_huur",
        Soort.BEDRAG,
        False,
        "De maximale (redelijke) huur per maand volgens het woningwaarderingsstelsel. Vul "
        "maximale_huur of punten in, niet allebei.",
        "801,16",
    ),
    Kolom(
        "punten",
        Soort.GETAL,
        False,
        "De WWS-punten van de woning; de maximale huur volgt dan uit de officiële "
        "huurprijstabel van de peildatum. Vul maximale_huur of punten in, niet allebei.",
        "",
    ),
    Kolom(
        "mutatiekans",
        Soort.GETAL,
        False,
        "Het verwachte aantal keren per jaar dat de woning vrijkomt (0 of meer, zoals 0,08). "
        "Leeg: 1, de woning telt één keer mee in het mutatieaanbod.",
        "0,08",
    ),
    Kolom(
        "huurverhoging_verduurzaming",
        Soort.BEDRAG,
        False,
        "De huurverhoging per maand na een energetische verbetering (leeg: geen).",
        "",
    ),
    Kolom(
        "streefhuur_percentage",
        Soort.GETAL,
        False,
        "Een eigen streefhuur voor deze woning, als percentage van de maximale huur (groter "
        "dan 0, ten hoogste 100; leeg: het percentage van het scenario).",
        "",
    ),
)
"""Alle kolommen van het woningvoorraadbestand, in de volgorde van het sjabloon."""

VOORRAAD = Schema(
    "woningvoorraad",
    KOLOMMEN,
    kenmerk="woning_id",
    omschrijving="Eén rij per woongelegenheid in het bezit van de corporatie.",
)
"""Het schema van het woningvoorraadbestand."""


class Voorraadwoning(NamedTuple):
    """Een geaccepteerde rij van het woningvoorraadbestand.

    Precies één van ``maximale_huur`` en ``punten`` is gevuld. ``mutatiekans`` is altijd gevuld:
    opgegeven, of :data:`MUTATIEKANS_STANDAARD` (dan is ``mutatiekans_opgegeven`` onwaar).
    """

    bron: str
    rijnummer: int
    woning_id: str
    gemeente: str
    kern: str | None
    wijk: str | None
    woningsoort: Woningsoort
    daeb: bool
    kale_huur: Decimal
    maximale_huur: Decimal | None
    punten: Decimal | None
    mutatiekans: Decimal
    mutatiekans_opgegeven: bool
    huurverhoging_verduurzaming: Decimal | None
    streefhuur_percentage: Decimal | None


_WONINGSOORTEN = {str(w.value): w for w in Woningsoort}


class Voorraadlezer:
    """Zet rijen met de kolommen van één bestand om in voorraadwoningen.

    ``kolommen`` zijn de schemakolommen in de volgorde van de waarden per rij (zoals
    :attr:`Invoer.kolommen <passend_toewijzen.invoer.lezen.Invoer.kolommen>`). De lezer controleert
    elke rij op zich; de uniekheid van ``woning_id`` over het bestand controleert
    :func:`lees_voorraad`.
    """

    def __init__(
        self,
        bron: str,
        kolommen: tuple[str, ...],
        *,
        decimaalteken: Decimaalteken = "auto",
        schema: Schema = VOORRAAD,
    ) -> None:
        self.bron = bron
        self.rijlezer = Rijlezer(schema, kolommen, bron=bron, decimaalteken=decimaalteken)

    def __call__(self, rij: Bronrij) -> Voorraadwoning | list[Rijfout]:
        """De woning van deze rij, of alle fouten van de rij."""
        waarden = self.rijlezer(rij)
        if isinstance(waarden, list):
            return waarden
        return self._bouw(rij, waarden)

    def _bouw(self, rij: Bronrij, w: dict[str, Any]) -> Voorraadwoning | list[Rijfout]:
        fout = self.rijlezer.fout
        fouten: list[Rijfout] = []
        maximale_huur: Decimal | None = w.get("maximale_huur")
        punten: Decimal | None = w.get("punten")
        if maximale_huur is None and punten is None:
            fouten.append(
                fout(rij, "maximale_huur", "vul maximale_huur of punten in (beide zijn leeg)")
            )
        elif maximale_huur is not None and punten is not None:
            fouten.append(
                fout(
                    rij,
                    "punten",
                    "vul maximale_huur of punten in, niet allebei (de maximale huur volgt uit de "
                    "punten)",
                )
            )
        percentage: Decimal | None = w.get("streefhuur_percentage")
        if percentage is not None and not _NUL < percentage <= _HONDERD:
            fouten.append(
                fout(
                    rij,
                    "streefhuur_percentage",
                    f"{percentage} ligt niet boven 0 en ten hoogste op 100 (een percentage van "
                    "de maximale huur)",
                )
            )
        if fouten:
            return fouten
        kans: Decimal | None = w.get("mutatiekans")
        return Voorraadwoning(
            bron=self.bron,
            rijnummer=rij.rijnummer,
            woning_id=w["woning_id"],
            gemeente=w["gemeente"],
            kern=w.get("kern"),
            wijk=w.get("wijk"),
            woningsoort=_WONINGSOORTEN[w["woningsoort"]],
            daeb=w["daeb"],
            kale_huur=w["kale_huur"],
            maximale_huur=maximale_huur,
            punten=punten,
            mutatiekans=MUTATIEKANS_STANDAARD if kans is None else kans,
            mutatiekans_opgegeven=kans is not None,
            huurverhoging_verduurzaming=w.get("huurverhoging_verduurzaming"),
            streefhuur_percentage=percentage,
        )


@dataclass
class Voorraad:
    """Een gelezen woningvoorraadbestand: de geaccepteerde woningen en de afgewezen rijen.

    *gelezen = geaccepteerd + afgewezen + leeg*; ``fouten`` heeft voor elke afgewezen rij ten
    minste één :class:`~passend_toewijzen.invoer.rijen.Rijfout`.
    """

    woningen: list[Voorraadwoning] = field(default_factory=list)
    fouten: list[Rijfout] = field(default_factory=list)
    gelezen: int = 0
    afgewezen: int = 0
    leeg: int = 0
    bronkenmerken: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per bron de kenmerken van het bestand (naam, SHA-256, formaat, kopregel, ...)."""
    waarschuwingen: list[str] = field(default_factory=list)

    @property
    def geaccepteerd(self) -> int:
        """Het aantal geaccepteerde rijen (woningen)."""
        return len(self.woningen)

    @property
    def mutatiekans_standaard(self) -> int:
        """Het aantal woningen zonder opgegeven mutatiekans (zij tellen met kans 1)."""
        return sum(1 for w in self.woningen if not w.mutatiekans_opgegeven)


def open_voorraad(
    pad: str | Path,
    *,
    naam: str | None = None,
    formaat: Formaat | None = None,
    koppeling: Mapping[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
    kopregel: int | None = None,
) -> Invoer:
    """Open een woningvoorraadbestand (schema :data:`VOORRAAD`) en controleer de kolommen.

    Naast de verplichte kolommen moet ``maximale_huur`` of ``punten`` er zijn; anders
    :class:`~passend_toewijzen.invoer.lezen.InvoerFout`. Zie
    :func:`~passend_toewijzen.invoer.lezen.open_invoer` voor de opties.
    """
    opties = Openopties(naam, formaat, koppeling, codering, scheidingsteken, blad, kopregel)
    return _open_voorraad(pad, opties)


def _open_voorraad(pad: str | Path, opties: Openopties) -> Invoer:
    invoer = opties.open(pad, VOORRAAD)
    if "maximale_huur" not in invoer.kolommen and "punten" not in invoer.kolommen:
        raise InvoerFout(
            invoer.naam,
            "de kolom maximale_huur of de kolom punten ontbreekt (een van beide is nodig)",
            optie="kolom",
        )
    return invoer


def lees_voorraad(
    pad: str | Path,
    *,
    naam: str | None = None,
    formaat: Formaat | None = None,
    koppeling: Mapping[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
    kopregel: int | None = None,
    decimaalteken: Decimaalteken = "auto",
    bij_afwijzing: Callable[[Rijfout], None] | None = None,
) -> Voorraad:
    """Lees een heel woningvoorraadbestand: elke rij geaccepteerd, afgewezen of leeg.

    Een bestand dat als geheel niet te lezen is, geeft
    :class:`~passend_toewijzen.invoer.lezen.InvoerFout`; een rij met een fout wordt afgewezen met
    rijnummer, kolom en reden (``bij_afwijzing`` krijgt elke fout). Een ``woning_id`` dat al
    eerder in het bestand stond, wordt afgewezen met het rijnummer van de eerste keer.
    """
    opties = Openopties(naam, formaat, koppeling, codering, scheidingsteken, blad, kopregel)
    invoer = _open_voorraad(pad, opties)
    lezer = Voorraadlezer(invoer.naam, invoer.kolommen, decimaalteken=decimaalteken)
    telling = Rijtelling(bij_afwijzing)
    voorraad = Voorraad(
        fouten=telling.fouten,
        bronkenmerken={invoer.naam: invoer.kenmerken()},
        waarschuwingen=list(invoer.waarschuwingen),
    )
    eerder: dict[str, int] = {}
    for rij, resultaat in telling.rijen(invoer, lezer):
        eerste = eerder.setdefault(resultaat.woning_id, rij.rijnummer)
        if eerste != rij.rijnummer:
            telling.wijs_af(
                [
                    Rijfout(
                        invoer.naam,
                        rij.rijnummer,
                        "woning_id",
                        f"woning_id {resultaat.woning_id!r} komt al voor in rij {eerste}",
                        resultaat.woning_id,
                    )
                ]
            )
            continue
        voorraad.woningen.append(resultaat)
    voorraad.afgewezen = telling.afgewezen
    voorraad.leeg = telling.leeg
    voorraad.gelezen = voorraad.geaccepteerd + voorraad.afgewezen + voorraad.leeg
    return voorraad
