"""Het schema van een bestand: welke kolommen er zijn, van welk soort, en welke verplicht zijn.

Een :class:`Schema` is gegevens, geen code: een naam, de kolommen (elk met naam, :class:`Soort`,
verplicht of niet, omschrijving, voorbeeld en eventueel de keuzes) en de kolom met het kenmerk
van een rij (het id dat een foutmelding noemt). De lezer (:func:`~passend_toewijzen.invoer.lezen.
open_invoer`) en de rijomzetter (:class:`~passend_toewijzen.invoer.rijen.Rijlezer`) werken voor
elk schema; een nieuw soort bestand (een woningvoorraad, woningzoekenden) is een nieuw schema,
zonder nieuwe leescode. :meth:`Schema.met` breidt een schema uit met extra kolommen (hetzelfde
toewijzingenbestand met kolommen voor de monitor).

Kolomkoppen worden vergeleken na :func:`normaliseer_kop`: hoofdletters, spaties en streepjes
tellen niet (``" Kale huur "`` is ``kale_huur``).
"""

from __future__ import annotations

import csv
import difflib
import enum
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

__all__ = [
    "Kolom",
    "Schema",
    "Soort",
    "normaliseer_kop",
]


class Soort(enum.StrEnum):
    """Het soort waarde in een kolom; elk soort heeft één omzetter in :mod:`.cellen`."""

    TEKST = "tekst"
    DATUM = "datum"
    BEDRAG = "bedrag"
    GETAL = "getal"
    """Een exact decimaal getal dat geen bedrag is (een kans, WWS-punten)."""
    AANTAL = "aantal"
    VLAG = "ja/nee"
    KEUZE = "keuze"


class Kolom(NamedTuple):
    """Eén kolom van een schema."""

    naam: str
    soort: Soort
    verplicht: bool
    omschrijving: str
    voorbeeld: str
    keuzes: tuple[str, ...] = ()
    """Bij :attr:`Soort.KEUZE`: de toegestane waarden."""
    persoonsgegeven: bool = False
    """De kolom bevat persoonsgegevens (inkomen, vermogen, geboortedatum, samenstelling van het
    huishouden): een melding citeert de waarde dan nooit, alleen het soort probleem."""
    meervoudig: bool = False
    """Bij :attr:`Soort.KEUZE`: meer keuzes in één cel, gescheiden door ``,`` of ``|``."""


def normaliseer_kop(kop: str) -> str:
    """Een kolomkop in de vaste vorm: ``" Kale huur "`` → ``"kale_huur"``."""
    return "_".join(kop.strip().lower().replace("-", " ").split())


class Schema:
    """De kolommen van één soort bestand.

    ``kenmerk`` is de kolom met het kenmerk van een rij (zoals ``toewijzing_id``); een foutmelding
    over een rij noemt het.
    """

    def __init__(
        self,
        naam: str,
        kolommen: Sequence[Kolom],
        *,
        kenmerk: str | None = None,
        omschrijving: str = "",
    ) -> None:
        namen = [k.naam for k in kolommen]
        dubbel = sorted({n for n in namen if namen.count(n) > 1})
        if dubbel:
            msg = f"schema {naam}: kolommen komen dubbel voor: {', '.join(dubbel)}"
            raise ValueError(msg)
        if kenmerk is not None and kenmerk not in namen:
            msg = f"schema {naam}: de kenmerkkolom {kenmerk!r} staat niet in het schema"
            raise ValueError(msg)
        for kolom in kolommen:
            if normaliseer_kop(kolom.naam) != kolom.naam:
                msg = f"schema {naam}: kolomnaam {kolom.naam!r} is niet in de vaste vorm"
                raise ValueError(msg)
            if (kolom.soort is Soort.KEUZE) != bool(kolom.keuzes):
                msg = f"schema {naam}: kolom {kolom.naam!r}: keuzes horen bij het soort keuze"
                raise ValueError(msg)
        self.naam = naam
        self.kolommen: tuple[Kolom, ...] = tuple(kolommen)
        self.kenmerk = kenmerk
        self.omschrijving = omschrijving
        self._per_naam = {k.naam: k for k in self.kolommen}

    def __repr__(self) -> str:
        return f"Schema({self.naam!r}, {len(self.kolommen)} kolommen)"

    @property
    def namen(self) -> tuple[str, ...]:
        """De kolomnamen in schemavolgorde."""
        return tuple(self._per_naam)

    def __contains__(self, naam: object) -> bool:
        return naam in self._per_naam

    def kolom(self, naam: str) -> Kolom:
        """De kolom met deze naam (``KeyError`` als zij niet bestaat)."""
        return self._per_naam[naam]

    def verplichte(self) -> tuple[str, ...]:
        """De namen van de verplichte kolommen."""
        return tuple(k.naam for k in self.kolommen if k.verplicht)

    def met(
        self, *extra: Kolom, naam: str | None = None, omschrijving: str | None = None
    ) -> Schema:
        """Dit schema met extra kolommen achteraan (een nieuw schema; dit blijft ongewijzigd)."""
        return Schema(
            naam or self.naam,
            (*self.kolommen, *extra),
            kenmerk=self.kenmerk,
            omschrijving=self.omschrijving if omschrijving is None else omschrijving,
        )

    def gelijkend(self, kop: str) -> str | None:
        """De schemakolom die op een onbekende kop lijkt (voor een tikfout), of ``None``."""
        gevonden = difflib.get_close_matches(normaliseer_kop(kop), self.namen, n=1, cutoff=0.8)
        return gevonden[0] if gevonden else None

    def sjabloon_csv(
        self, voorbeeldrijen: Sequence[Mapping[str, str]] = (), scheidingsteken: str = ";"
    ) -> str:
        """Een CSV-sjabloon: de kolomkoppen en één voorbeeldrij (of de opgegeven rijen)."""
        uit = io.StringIO()
        schrijver = csv.writer(uit, delimiter=scheidingsteken, lineterminator="\r\n")
        schrijver.writerow(self.namen)
        rijen: Iterable[Mapping[str, str]] = voorbeeldrijen or [
            {k.naam: k.voorbeeld for k in self.kolommen}
        ]
        for rij in rijen:
            schrijver.writerow([rij.get(k.naam, "") for k in self.kolommen])
        return uit.getvalue()
