"""Het woningzoekendenbestand: het schema en de omzetting van een rij in een ``Woningzoekende``.

Eén rij per ingeschreven woningzoekende (huishouden). De monitor gebruikt het bestand voor de
slaagkans (verhuringen per actief woningzoekende) en de marktdruk; de kolomnamen, de lezer en de
meldingen zijn die van het toewijzingenbestand (:mod:`passend_toewijzen.invoer`): CSV, Excel,
Parquet en JSON Lines, hoofdletters en spaties in kolomkoppen tellen niet, eigen kolomnamen
koppelen met ``koppeling``. Elke fout noemt het rijnummer en de kolom; waarden met
persoonsgegevens (inkomen, omvang van het huishouden, AOW) worden nooit geciteerd.

:data:`WONINGZOEKENDEN` is het schema, :class:`Woningzoekende` het getypte record,
:class:`Zoekerlezer` zet een rij om (en wijst een ``zoeker_id`` dat al eerder voorkwam af met de
plek van de eerste) en :func:`lees_woningzoekenden` leest een heel bestand: gelezen rijen =
geaccepteerd + afgewezen + leeg.

**Actief.** Een woningzoekende is actief in een periode als de kolom ``actief`` ``ja`` is, of
(zonder die kolom) als de ``laatste_reactiedatum`` in de periode ligt, of (zonder beide) als
``aantal_reacties`` ten minste 1 is. Een rij zonder één van deze drie wordt afgewezen: de
bibliotheek raadt niet. Wie na het einde van de periode is ingeschreven, is in die periode niet
actief (:meth:`Woningzoekende.is_actief`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.doorlezen import Openopties, Rijtelling
from passend_toewijzen.invoer.lezen import Bronrij, Formaat
from passend_toewijzen.invoer.rijen import Rijfout, Rijlezer
from passend_toewijzen.invoer.schema import Kolom, Schema, Soort
from passend_toewijzen.invoer.toewijzingen import MAX_PERSONEN

__all__ = [
    "WONINGZOEKENDEN",
    "Rijzoeker",
    "Woningzoekende",
    "Woningzoekendenbestand",
    "Zoekerlezer",
    "lees_woningzoekenden",
]

_CODES = tuple(str(c.value) for c in BijzondereDoelgroep)

WONINGZOEKENDEN = Schema(
    "woningzoekenden",
    (
        Kolom(
            "zoeker_id",
            Soort.TEKST,
            True,
            "Uw kenmerk van de inschrijving (uniek in het bestand).",
            "WZ-000123",
        ),
        Kolom(
            "inschrijfdatum",
            Soort.DATUM,
            True,
            "De datum van inschrijving als woningzoekende.",
            "2021-05-17",
        ),
        Kolom(
            "zoekdatum",
            Soort.DATUM,
            False,
            "De datum waarop het actief zoeken begon (eerste reactie); leeg: onbekend.",
            "2023-09-01",
        ),
        Kolom(
            "laatste_reactiedatum",
            Soort.DATUM,
            False,
            "De datum van de laatste reactie op een woning; bepaalt of de zoeker actief is als de "
            "kolom actief leeg is.",
            "2025-11-03",
        ),
        Kolom(
            "actief",
            Soort.VLAG,
            False,
            "Of de woningzoekende in de periode actief zocht (gaat voor de laatste reactiedatum).",
            "",
        ),
        Kolom(
            "aantal_personen",
            Soort.AANTAL,
            True,
            "Het aantal personen in het huishouden, kinderen inbegrepen.",
            "2",
            persoonsgegeven=True,
        ),
        Kolom(
            "huishoudinkomen",
            Soort.BEDRAG,
            True,
            "Het huishoudinkomen per jaar zoals bij de inschrijving opgegeven of vastgesteld.",
            "31.250,00",
            persoonsgegeven=True,
        ),
        Kolom(
            "aow_huishouden",
            Soort.VLAG,
            True,
            "Of het huishouden een ouderenhuishouden is (AOW-leeftijd bereikt).",
            "nee",
            persoonsgegeven=True,
        ),
        Kolom(
            "gemeente",
            Soort.TEKST,
            False,
            "De gemeente waar de woningzoekende zoekt of woont (voor cijfers per gemeente).",
            "Gorinchem",
        ),
        Kolom(
            "bijzondere_doelgroep",
            Soort.KEUZE,
            False,
            "Codes van bijzondere doelgroepen (VERA aanvullende doelgroep waar die bestaat), "
            "gescheiden door , of |.",
            "",
            _CODES,
            persoonsgegeven=True,
            meervoudig=True,
        ),
        Kolom(
            "aantal_reacties",
            Soort.AANTAL,
            False,
            "Het aantal reacties op woningen in de periode; telt als actief (ten minste 1) als "
            "actief en laatste_reactiedatum leeg zijn.",
            "4",
        ),
    ),
    kenmerk="zoeker_id",
    omschrijving="Eén rij per ingeschreven woningzoekende (huishouden).",
)
"""Het schema van het woningzoekendenbestand."""


class Woningzoekende(NamedTuple):
    """Eén woningzoekende zoals gelezen en gecontroleerd."""

    zoeker_id: str
    inschrijfdatum: date
    aantal_personen: int
    huishoudinkomen: Decimal
    aow_huishouden: bool
    zoekdatum: date | None = None
    laatste_reactiedatum: date | None = None
    actief: bool | None = None
    gemeente: str | None = None
    bijzondere_doelgroepen: frozenset[BijzondereDoelgroep] = frozenset()
    aantal_reacties: int | None = None

    def is_actief(self, van: date, tot: date) -> bool:
        """Of de woningzoekende actief was in de periode ``van`` tot en met ``tot``.

        Ingeschreven na ``tot``: nee. Anders de kolom ``actief`` als die gevuld is, dan de
        laatste reactiedatum (in de periode), dan het aantal reacties (ten minste 1).
        """
        if self.inschrijfdatum > tot:
            return False
        if self.actief is not None:
            return self.actief
        if self.laatste_reactiedatum is not None:
            return van <= self.laatste_reactiedatum <= tot
        return (self.aantal_reacties or 0) >= 1


class Rijzoeker(NamedTuple):
    """Een geaccepteerde rij: de bron, het rijnummer en de woningzoekende."""

    bron: str
    rijnummer: int
    zoeker: Woningzoekende


class Zoekerlezer:
    """Zet rijen met de kolommen van één bestand om in woningzoekenden.

    Een ``zoeker_id`` dat al eerder voorkwam (in dit of een eerder bestand met dezelfde lezer)
    wordt afgewezen met de plek van de eerste rij.
    """

    def __init__(
        self,
        bron: str,
        kolommen: tuple[str, ...],
        *,
        decimaalteken: Decimaalteken = "auto",
        schema: Schema = WONINGZOEKENDEN,
    ) -> None:
        self.bron = bron
        self.rijlezer = Rijlezer(schema, kolommen, bron=bron, decimaalteken=decimaalteken)
        self._gezien: dict[str, tuple[str, int]] = {}

    def __call__(self, rij: Bronrij) -> Rijzoeker | list[Rijfout]:
        """De woningzoekende van deze rij, of alle fouten van de rij."""
        waarden = self.rijlezer(rij)
        if isinstance(waarden, list):
            return waarden
        return self._bouw(rij, waarden)

    def _bouw(self, rij: Bronrij, w: dict[str, Any]) -> Rijzoeker | list[Rijfout]:
        fout = self.rijlezer.fout
        fouten: list[Rijfout] = []
        aantal: int = w["aantal_personen"]
        if not 1 <= aantal <= MAX_PERSONEN:
            fouten.append(
                fout(rij, "aantal_personen", f"verwacht 1 tot en met {MAX_PERSONEN} personen")
            )
        inkomen: Decimal = w["huishoudinkomen"]
        if inkomen < 0:
            fouten.append(fout(rij, "huishoudinkomen", "mag niet negatief zijn"))
        reacties: int | None = w.get("aantal_reacties")
        if reacties is not None and reacties < 0:
            fouten.append(fout(rij, "aantal_reacties", "mag niet negatief zijn"))
        inschrijving: date = w["inschrijfdatum"]
        for kolom in ("zoekdatum", "laatste_reactiedatum"):
            datum: date | None = w.get(kolom)
            if datum is not None and datum < inschrijving:
                fouten.append(
                    fout(rij, kolom, f"ligt vóór de inschrijfdatum ({inschrijving.isoformat()})")
                )
        if w.get("actief") is None and w.get("laatste_reactiedatum") is None and reacties is None:
            fouten.append(
                fout(
                    rij,
                    "actief",
                    "leeg, en ook laatste_reactiedatum en aantal_reacties zijn leeg: niet te "
                    "bepalen of de woningzoekende actief is",
                )
            )
        zoeker_id: str = w["zoeker_id"]
        eerder = self._gezien.get(zoeker_id)
        if eerder is not None:
            waar = f"rij {eerder[1]}" if eerder[0] == self.bron else f"{eerder[0]}, rij {eerder[1]}"
            fouten.append(fout(rij, "zoeker_id", f"komt al eerder voor ({waar})"))
        if fouten:
            return fouten
        self._gezien[zoeker_id] = (self.bron, rij.rijnummer)
        codes: frozenset[str] = w.get("bijzondere_doelgroep") or frozenset()
        zoeker = Woningzoekende(
            zoeker_id=zoeker_id,
            inschrijfdatum=inschrijving,
            aantal_personen=aantal,
            huishoudinkomen=inkomen,
            aow_huishouden=w["aow_huishouden"],
            zoekdatum=w.get("zoekdatum"),
            laatste_reactiedatum=w.get("laatste_reactiedatum"),
            actief=w.get("actief"),
            gemeente=w.get("gemeente"),
            bijzondere_doelgroepen=frozenset(BijzondereDoelgroep(c) for c in codes),
            aantal_reacties=reacties,
        )
        return Rijzoeker(self.bron, rij.rijnummer, zoeker)


class Woningzoekendenbestand(NamedTuple):
    """Een gelezen woningzoekendenbestand: ``gelezen`` = ``len(zoekers)`` + afgewezen + leeg."""

    zoekers: tuple[Woningzoekende, ...]
    fouten: tuple[Rijfout, ...]
    gelezen: int
    afgewezen: int
    lege_rijen: int
    kenmerken: dict[str, Any]


def lees_woningzoekenden(
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
) -> Woningzoekendenbestand:
    """Lees een heel woningzoekendenbestand (zie :func:`passend_toewijzen.invoer.open_invoer`).

    Een bestand dat als geheel niet te lezen is (of een verplichte kolom mist) geeft
    :class:`~passend_toewijzen.invoer.InvoerFout`; een afgewezen rij staat in ``fouten``.
    """
    opties = Openopties(naam, formaat, koppeling, codering, scheidingsteken, blad, kopregel)
    invoer = opties.open(pad, WONINGZOEKENDEN)
    lezer = Zoekerlezer(invoer.naam, invoer.kolommen, decimaalteken=decimaalteken)
    telling = Rijtelling()
    zoekers = tuple(uitkomst.zoeker for _, uitkomst in telling.rijen(invoer, lezer))
    gelezen = len(zoekers) + telling.afgewezen + telling.leeg
    return Woningzoekendenbestand(
        zoekers, tuple(telling.fouten), gelezen, telling.afgewezen, telling.leeg, invoer.kenmerken()
    )
