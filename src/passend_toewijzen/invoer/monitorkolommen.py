"""Het toewijzingenbestand voor de monitor: hetzelfde schema met extra, optionele kolommen.

:data:`TOEWIJZINGEN_MONITOR` is :data:`~passend_toewijzen.invoer.TOEWIJZINGEN` uitgebreid met
:meth:`~passend_toewijzen.invoer.Schema.met`: de kolommen van de jaarverantwoording blijven
precies dezelfde (naam, soort, verplicht), zodat de monitor en de verantwoording hetzelfde
bestand lezen zonder dat één kolom anders wordt uitgelegd. De verantwoording negeert de extra
kolommen (zij meldt ze als ongebruikt); de monitor leest ze.

:class:`Monitorlezer` is de :class:`~passend_toewijzen.invoer.toewijzingen.Toewijzingslezer`
(dezelfde controles, dezelfde :class:`~passend_toewijzen.modellen.Toewijzing`) die de extra
kolommen erbij geeft als :class:`Monitorgegevens`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.schema import Kolom, Soort
from passend_toewijzen.invoer.toewijzingen import TOEWIJZINGEN, Rijtoewijzing, Toewijzingslezer

__all__ = [
    "MONITORKOLOMMEN",
    "TOEWIJZINGEN_MONITOR",
    "Monitorgegevens",
    "Monitorlezer",
    "Monitorrij",
]

_CODES = tuple(str(c.value) for c in BijzondereDoelgroep)

MONITORKOLOMMEN: tuple[Kolom, ...] = (
    Kolom(
        "inschrijfdatum",
        Soort.DATUM,
        False,
        "Monitor: de inschrijfdatum van de nieuwe huurder als woningzoekende.",
        "2021-05-17",
    ),
    Kolom(
        "zoekdatum",
        Soort.DATUM,
        False,
        "Monitor: de datum waarop het actief zoeken begon; leeg: de zoekduur telt vanaf de "
        "inschrijfdatum (het verslag zegt dat).",
        "",
    ),
    Kolom(
        "aantal_reacties",
        Soort.AANTAL,
        False,
        "Monitor: het aantal reacties (kandidaten) op deze woning (voor de marktdruk).",
        "",
    ),
    Kolom(
        "bijzondere_doelgroep",
        Soort.KEUZE,
        False,
        "Monitor: codes van bijzondere doelgroepen (VERA aanvullende doelgroep waar die bestaat), "
        "gescheiden door , of |. De kolommen vergunninghouders, studenten, urgentie en "
        "zorgindicatie tellen ook.",
        "",
        _CODES,
        persoonsgegeven=True,
        meervoudig=True,
    ),
    Kolom(
        "cbs_wijkcode",
        Soort.TEKST,
        False,
        "Monitor: CBS-wijkcode (informatief; de spreiding gebruikt de kolom wijk).",
        "",
    ),
    Kolom("cbs_buurtcode", Soort.TEKST, False, "Monitor: CBS-buurtcode (informatief).", ""),
)
"""De extra kolommen van de monitor, in de volgorde van het sjabloon."""

TOEWIJZINGEN_MONITOR = TOEWIJZINGEN.met(
    *MONITORKOLOMMEN,
    naam="toewijzingen (monitor)",
    omschrijving="Het toewijzingenbestand met de extra kolommen van de monitor.",
)
"""Het toewijzingenschema van de monitor."""


class Monitorgegevens(NamedTuple):
    """De extra kolommen van één toewijzing (leeg waar de kolom leeg is of ontbreekt)."""

    inschrijfdatum: date | None = None
    zoekdatum: date | None = None
    aantal_reacties: int | None = None
    bijzondere_doelgroepen: frozenset[BijzondereDoelgroep] = frozenset()
    cbs_wijkcode: str | None = None
    cbs_buurtcode: str | None = None


class Monitorrij(NamedTuple):
    """Een geaccepteerde rij: de toewijzing (als in de verantwoording) en de extra kolommen."""

    rij: Rijtoewijzing
    gegevens: Monitorgegevens


class Monitorlezer(Toewijzingslezer):
    """De toewijzingslezer met de extra kolommen van de monitor."""

    def __init__(
        self,
        bron: str,
        kolommen: tuple[str, ...],
        *,
        corporatie: str,
        decimaalteken: Decimaalteken = "auto",
    ) -> None:
        super().__init__(
            bron,
            kolommen,
            corporatie=corporatie,
            decimaalteken=decimaalteken,
            schema=TOEWIJZINGEN_MONITOR,
        )

    def lees(self, rij: Bronrij) -> Monitorrij | list[Rijfout]:
        """De toewijzing en de extra kolommen van deze rij, of alle fouten van de rij."""
        waarden = self.rijlezer(rij)
        if isinstance(waarden, list):
            return waarden
        fouten = self._extra_fouten(rij, waarden)
        gebouwd = self._bouw(rij, waarden)
        if isinstance(gebouwd, list):
            return gebouwd + fouten
        if fouten:
            return fouten
        codes: frozenset[str] = waarden.get("bijzondere_doelgroep") or frozenset()
        gegevens = Monitorgegevens(
            inschrijfdatum=waarden.get("inschrijfdatum"),
            zoekdatum=waarden.get("zoekdatum"),
            aantal_reacties=waarden.get("aantal_reacties"),
            bijzondere_doelgroepen=frozenset(BijzondereDoelgroep(c) for c in codes),
            cbs_wijkcode=waarden.get("cbs_wijkcode"),
            cbs_buurtcode=waarden.get("cbs_buurtcode"),
        )
        return Monitorrij(gebouwd, gegevens)

    def _extra_fouten(self, rij: Bronrij, w: dict[str, Any]) -> list[Rijfout]:
        fout = self.rijlezer.fout
        fouten: list[Rijfout] = []
        toegewezen: date | None = w.get("toewijzingsdatum")
        inschrijving: date | None = w.get("inschrijfdatum")
        zoekdatum: date | None = w.get("zoekdatum")
        if toegewezen is not None:
            for kolom, datum in (("inschrijfdatum", inschrijving), ("zoekdatum", zoekdatum)):
                if datum is not None and datum > toegewezen:
                    fouten.append(
                        fout(rij, kolom, f"ligt na de toewijzingsdatum ({toegewezen.isoformat()})")
                    )
        if inschrijving is not None and zoekdatum is not None and zoekdatum < inschrijving:
            fouten.append(
                fout(rij, "zoekdatum", f"ligt vóór de inschrijfdatum ({inschrijving.isoformat()})")
            )
        reacties: int | None = w.get("aantal_reacties")
        if reacties is not None and reacties < 0:
            fouten.append(fout(rij, "aantal_reacties", "mag niet negatief zijn"))
        return fouten
