"""Een rij uit een bestand omzetten in getypte waarden volgens het schema.

:class:`Rijlezer` zet de waarden van een :class:`~passend_toewijzen.invoer.lezen.Bronrij` om met
de omzetter van elke kolom (:mod:`.cellen`) en controleert dat de verplichte kolommen gevuld zijn.
Alle fouten van een rij komen samen terug, elk als :class:`Rijfout` met de bron, het rijnummer,
de kolom en de reden; in kolommen met persoonsgegevens noemt de reden de waarde niet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from passend_toewijzen.invoer.cellen import (
    Decimaalteken,
    Waardefout,
    lees_aantal,
    lees_bedrag,
    lees_datum,
    lees_getal,
    lees_keuze,
    lees_tekst,
    lees_vlag,
)
from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.schema import Kolom, Schema, Soort

__all__ = ["Rijfout", "Rijlezer", "omzetter"]

_MAX_ONTHOUDEN = 4096
"""Zoveel verschillende celwaarden per kolom worden onthouden (datums, ja/nee, soorten)."""


class Rijfout(NamedTuple):
    """Een afgewezen rij: bron, rijnummer, kolom (``None`` voor de rij als geheel), reden, en het
    kenmerk van de rij (zoals het ``toewijzing_id``) als dat te lezen was."""

    bron: str
    rijnummer: int
    kolom: str | None
    melding: str
    kenmerk: str | None = None

    @property
    def toewijzing_id(self) -> str | None:
        """Het kenmerk van de rij (in een toewijzingenbestand het ``toewijzing_id``)."""
        return self.kenmerk

    def __str__(self) -> str:
        waar = f"rij {self.rijnummer}" + (f", kolom {self.kolom}" if self.kolom else "")
        return f"{self.bron}: {waar}: {self.melding}"


def omzetter(kolom: Kolom, decimaalteken: Decimaalteken = "auto") -> Callable[[object], Any]:
    """De omzetter van één kolom: celwaarde → getypte waarde (of :class:`Waardefout`)."""
    if kolom.soort is Soort.TEKST:
        return lees_tekst
    if kolom.soort is Soort.DATUM:
        return lees_datum
    if kolom.soort is Soort.AANTAL:
        return lees_aantal
    if kolom.soort is Soort.VLAG:
        return lees_vlag
    if kolom.soort is Soort.BEDRAG:
        return lambda waarde: lees_bedrag(waarde, decimaalteken)
    if kolom.soort is Soort.GETAL:
        return lambda waarde: lees_getal(waarde, decimaalteken)
    keuzes = kolom.keuzes
    if not kolom.meervoudig:
        return lambda waarde: lees_keuze(waarde, keuzes)

    def meer(waarde: object) -> frozenset[str]:
        tekst = lees_tekst(waarde)
        if tekst is None:
            return frozenset()
        delen = tekst.replace("|", ",").split(",")
        return frozenset(k for d in delen if (k := lees_keuze(d, keuzes)) is not None)

    return meer


def _onthouden(kolom: Kolom, schema: Schema) -> bool:
    """Of het loont de omzetting van een kolom te onthouden (waarden die vaak terugkomen)."""
    if kolom.naam == schema.kenmerk or kolom.naam.endswith("_id"):
        return False
    return not (kolom.soort is Soort.BEDRAG and kolom.persoonsgegeven)


class Rijlezer:
    """Zet rijen met de kolommen van één bestand om in getypte waarden.

    ``kolommen`` zijn de schemakolommen in de volgorde van de waarden per rij (zoals
    :attr:`Invoer.kolommen <passend_toewijzen.invoer.lezen.Invoer.kolommen>`).
    """

    def __init__(
        self,
        schema: Schema,
        kolommen: tuple[str, ...],
        *,
        bron: str,
        decimaalteken: Decimaalteken = "auto",
    ) -> None:
        self.schema = schema
        self.bron = bron
        self.posities = {naam: i for i, naam in enumerate(kolommen)}
        self._persoonlijk = frozenset(
            k.naam for k in schema.kolommen if k.persoonsgegeven and k.naam in self.posities
        )
        self._lezers = tuple(
            (naam, i, omzetter(schema.kolom(naam), decimaalteken))
            for naam, i in self.posities.items()
        )
        # Waarden die vaak terugkomen (datums, ja/nee, soorten, gemeenten, huren) worden per kolom
        # onthouden; alleen geslaagde omzettingen van tekst, tot een maximum per kolom.
        self._onthouden: tuple[tuple[str, int, dict[Any, Any], Callable[[object], Any]], ...] = (
            tuple(
                (naam, i, {}, lees)
                for naam, i, lees in self._lezers
                if _onthouden(schema.kolom(naam), schema)
            )
        )
        onthouden = {naam for naam, *_ in self._onthouden}
        self._direct = tuple((n, i, lees) for n, i, lees in self._lezers if n not in onthouden)
        self._verplicht = schema.verplichte()
        self._kenmerk = None if schema.kenmerk is None else self.posities.get(schema.kenmerk)

    def __call__(self, rij: Bronrij) -> dict[str, Any] | list[Rijfout]:
        """De getypte waarden van deze rij (per schemakolom), of alle fouten van de rij."""
        ruw = rij.waarden
        waarden: dict[str, Any] = {}
        fouten: list[Rijfout] = []
        geheugen: dict[Any, Any]
        try:
            for naam, i, geheugen, lees in self._onthouden:
                waarde = ruw[i]
                try:
                    waarden[naam] = geheugen[waarde]
                except (KeyError, TypeError):
                    omgezet = lees(waarde)
                    if type(waarde) is str and len(geheugen) < _MAX_ONTHOUDEN:
                        geheugen[waarde] = omgezet
                    waarden[naam] = omgezet
            for naam, i, lees in self._direct:
                waarden[naam] = lees(ruw[i])
        except Waardefout:
            # Langzame weg: elke kolom apart, zodat alle fouten van de rij gemeld worden.
            waarden = {}
            for naam, i, lees in self._lezers:
                try:
                    waarden[naam] = lees(ruw[i])
                except Waardefout as fout:
                    fouten.append(self.fout(rij, naam, self.melding(naam, fout)))
        for naam in self._verplicht:
            if waarden.get(naam) is None and not any(f.kolom == naam for f in fouten):
                fouten.append(self.fout(rij, naam, "verplicht, maar leeg"))
        if fouten:
            return fouten
        return waarden

    def melding(self, kolom: str, fout: Waardefout) -> str:
        """De melding bij een omzetfout: met de waarde, behalve bij persoonsgegevens."""
        return fout.melding if kolom in self._persoonlijk else fout.met_waarde

    def kenmerk(self, rij: Bronrij) -> str | None:
        """Het kenmerk van de rij (de kenmerkkolom van het schema), voor in een melding."""
        if self._kenmerk is None:
            return None
        try:
            return lees_tekst(rij.waarden[self._kenmerk])
        except Waardefout:
            return None

    def fout(self, rij: Bronrij, kolom: str | None, melding: str) -> Rijfout:
        """Een :class:`Rijfout` voor deze rij."""
        return Rijfout(self.bron, rij.rijnummer, kolom, melding, self.kenmerk(rij))


def veldkolommen(velden: Mapping[str, str]) -> Callable[[str, str], tuple[str | None, str]]:
    """Koppel een veldfout van een model aan de kolom die het veld vulde (zie ``toewijzingen``)."""

    def kolom_en_melding(veld: str, melding: str) -> tuple[str | None, str]:
        if not veld:
            naam, _, rest = melding.partition(": ")
            if rest and naam in velden:
                return velden[naam], rest
            return None, melding
        eerste = veld.split(".", 1)[0].split("[", 1)[0]
        return velden.get(eerste), melding

    return kolom_en_melding
