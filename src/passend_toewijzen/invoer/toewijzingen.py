"""Het toewijzingenbestand: het schema en de omzetting van een rij in een ``Toewijzing``.

Eén rij per toewijzing (nieuwe verhuring). De kolomnamen zijn Nederlands; een corporatie met een
eigen export koppelt haar kolomnamen aan deze namen (``--kolom eigen=schema``). De volgorde van
de kolommen doet er niet toe; hoofdletters en spaties in kolomkoppen ook niet.

:data:`TOEWIJZINGEN` is het schema (de jaarverantwoording leest het; de monitor breidt het uit met
:meth:`~passend_toewijzen.invoer.schema.Schema.met`). :class:`Toewijzingslezer` zet een rij om in
een gevalideerde :class:`~passend_toewijzen.modellen.Toewijzing`: eerst elke kolom met het juiste
soort waarde (:class:`~passend_toewijzen.invoer.rijen.Rijlezer`), dan de modellen zelf (dezelfde
controles als in de Python-API). Alle fouten van een rij komen samen terug, elk met het
rijnummer, de kolom en de reden.

Het huishouden bestaat uit een aanvrager en medebewoners (het inkomen is al vastgesteld, dus de
rollen doen er voor de toets niet toe); bij ``vergunninghouders`` of ``studenten`` hebben alle
bewoners die eigenschap.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import Any, NamedTuple

from passend_toewijzen.fouten import OngeldigeInvoer
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.rijen import Rijfout, Rijlezer, veldkolommen
from passend_toewijzen.invoer.schema import Kolom, Schema, Soort
from passend_toewijzen.modellen import (
    Bijzonderheid,
    Huishouden,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
    Zorgindicatie,
)

__all__ = [
    "KOLOMMEN",
    "MAX_PERSONEN",
    "TOEWIJZINGEN",
    "Rijtoewijzing",
    "Toewijzingslezer",
]

MAX_PERSONEN = 30


def _waarden(soort: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(str(w.value) for w in soort)


KOLOMMEN: tuple[Kolom, ...] = (
    Kolom(
        "toewijzing_id",
        Soort.TEKST,
        True,
        "Uw kenmerk van de toewijzing (uniek in het bestand).",
        "2025-000123",
    ),
    Kolom(
        "huuringangsdatum",
        Soort.DATUM,
        True,
        "De datum waarop de huur ingaat; bepaalt het verslagjaar en alle grenzen.",
        "2025-03-01",
    ),
    Kolom(
        "toewijzingsdatum",
        Soort.DATUM,
        True,
        "De datum van de toewijzing (niet na de huuringangsdatum).",
        "2025-02-12",
    ),
    Kolom("gemeente", Soort.TEKST, True, "De gemeente waarin de woning ligt.", "Gorinchem"),
    Kolom("woning_id", Soort.TEKST, True, "Uw kenmerk van de woongelegenheid.", "GOR-0412"),
    Kolom(
        "kale_huur",
        Soort.BEDRAG,
        True,
        "De kale huur per maand bij de start van het contract, zonder servicekosten.",
        "648,75",
    ),
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
        False,
        "Het huishoudinkomen per jaar zoals vastgesteld (en geïndexeerd) voor het jaar van de "
        "huuringang. Verplicht, behalve bij vergunninghouders of studenten.",
        "31.250,00",
        persoonsgegeven=True,
    ),
    Kolom(
        "aow_huishouden",
        Soort.VLAG,
        True,
        "Of het huishouden een ouderenhuishouden is (AOW-leeftijd op 1 januari van het jaar van de "
        "huuringang, zoals de Wet op de huurtoeslag dat bepaalt).",
        "nee",
        persoonsgegeven=True,
    ),
    Kolom(
        "corporatie",
        Soort.TEKST,
        False,
        "De toegelaten instelling; leeg: de naam uit --corporatie of de bestandsnaam.",
        "Woonstichting Voorbeeld",
    ),
    Kolom(
        "vergunninghouders",
        Soort.VLAG,
        False,
        "Alle bewoners zijn vergunninghouders uit een COA-opvang (leeg: nee).",
        "nee",
        persoonsgegeven=True,
    ),
    Kolom(
        "studenten",
        Soort.VLAG,
        False,
        "Alle bewoners ontvangen studiefinanciering (leeg: nee).",
        "nee",
        persoonsgegeven=True,
    ),
    Kolom(
        "zorgindicatie",
        Soort.KEUZE,
        False,
        "De zorgindicatie die voor de DAEB-norm telt (leeg: geen).",
        "",
        _waarden(Zorgindicatie),
        persoonsgegeven=True,
    ),
    Kolom("urgentie", Soort.VLAG, False, "Toewijzing met urgentie (leeg: nee).", "nee"),
    Kolom(
        "huurtoeslag_mogelijk",
        Soort.VLAG,
        False,
        "Alleen voor onzelfstandige eenheden en standplaatsen: of huurtoeslag mogelijk is.",
        "",
    ),
    Kolom(
        "servicekosten",
        Soort.BEDRAG,
        False,
        "Alle servicekosten per maand. Begrenzen (tot en met 2025) de subsidiabele servicekosten "
        "als die niet zijn opgegeven.",
        "",
    ),
    Kolom(
        "subsidiabele_servicekosten",
        Soort.BEDRAG,
        False,
        "Het deel van de servicekosten dat in de rekenhuur van de huurtoeslag meetelt (Wet op de "
        "huurtoeslag art. 5 lid 3, tot en met 2025). Bepaalt met de kale huur of huurtoeslag "
        "mogelijk is en de toewijzing onder passend toewijzen valt; leeg: de toets beslist alleen "
        "als dat voor elk mogelijk bedrag hetzelfde is.",
        "",
    ),
    Kolom(
        "verzoek_art_54a",
        Soort.VLAG,
        False,
        "Het AOW-huishouden vroeg de aftoppingsgrens buiten toepassing te laten (BTIV art. 54a; "
        "leeg: nee). Kan alleen als aow_huishouden ja is.",
        "nee",
        persoonsgegeven=True,
    ),
    Kolom(
        "alle_bewoners_aow",
        Soort.VLAG,
        False,
        "Of alle bewoners, kinderen inbegrepen, op 1 januari van het jaar van de huuringang de "
        "AOW-leeftijd hadden bereikt (BTIV art. 54a). Verplicht bij een verzoek op grond van "
        "art. 54a van een huishouden van meer personen; bij één persoon gelijk aan aow_huishouden.",
        "",
        persoonsgegeven=True,
    ),
    Kolom(
        "rendementsgrondslag_box3",
        Soort.BEDRAG,
        False,
        "De rendementsgrondslag in box 3 (verplicht bij een verzoek op grond van art. 54a).",
        "",
        persoonsgegeven=True,
    ),
    Kolom(
        "bijzonderheid",
        Soort.KEUZE,
        False,
        "Bijzondere omstandigheid (informatief; geen vrijstelling).",
        "",
        _waarden(Bijzonderheid),
        meervoudig=True,
    ),
    Kolom("wijk", Soort.TEKST, False, "Wijk (informatief).", ""),
    Kolom("kern", Soort.TEKST, False, "Kern (informatief).", ""),
)
"""Alle kolommen van het toewijzingenbestand, in de volgorde van het sjabloon."""

TOEWIJZINGEN = Schema(
    "toewijzingen",
    KOLOMMEN,
    kenmerk="toewijzing_id",
    omschrijving="Eén rij per toewijzing (nieuwe verhuring) van een woongelegenheid.",
)
"""Het schema van het toewijzingenbestand."""


class Rijtoewijzing(NamedTuple):
    """Een geaccepteerde rij: de corporatie en de gevalideerde toewijzing."""

    bron: str
    rijnummer: int
    corporatie: str
    toewijzing: Toewijzing


_MODELVELDEN = {
    "Huishouden": {
        "personen": "aantal_personen",
        "vastgesteld_inkomen": "huishoudinkomen",
        "aow_huishouden": "aow_huishouden",
        "zorgindicatie": "zorgindicatie",
        "rendementsgrondslag_box3": "rendementsgrondslag_box3",
        "verzoek_art_54a": "verzoek_art_54a",
        "alle_bewoners_aow": "alle_bewoners_aow",
    },
    "Woning": {
        "id": "woning_id",
        "kale_huur": "kale_huur",
        "soort": "woningsoort",
        "daeb": "daeb",
        "gemeente": "gemeente",
        "servicekosten": "servicekosten",
        "subsidiabele_servicekosten": "subsidiabele_servicekosten",
        "huurtoeslag_mogelijk": "huurtoeslag_mogelijk",
        "wijk": "wijk",
        "kern": "kern",
    },
    "Toewijzing": {
        "id": "toewijzing_id",
        "huuringangsdatum": "huuringangsdatum",
        "toewijzingsdatum": "toewijzingsdatum",
        "urgentie": "urgentie",
        "bijzonderheden": "bijzonderheid",
    },
}
_KOLOM_BIJ_VELD = {model: veldkolommen(velden) for model, velden in _MODELVELDEN.items()}


@lru_cache(maxsize=256)
def _personen(aantal: int, vergunninghouders: bool, studenten: bool) -> tuple[Persoon, ...]:
    """Het (onveranderlijke, gedeelde) huishouden van ``aantal`` personen."""
    eerste = Persoon(
        rol=Rol.AANVRAGER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    overige = Persoon(
        rol=Rol.MEDEBEWONER, vergunninghouder=vergunninghouders, studiefinanciering=studenten
    )
    return (eerste,) + (overige,) * (aantal - 1)


_WONINGSOORTEN = {str(w.value): w for w in Woningsoort}
_ZORG = {str(z.value): z for z in Zorgindicatie}
_BIJZONDERHEDEN = {str(b.value): b for b in Bijzonderheid}


class Toewijzingslezer:
    """Zet rijen met de kolommen van één bestand om in toewijzingen.

    ``kolommen`` zijn de schemakolommen in de volgorde van de waarden per rij; ``corporatie`` is
    de naam voor rijen zonder (of met een lege) kolom ``corporatie``. ``schema`` is
    :data:`TOEWIJZINGEN` of een uitbreiding daarvan.
    """

    def __init__(
        self,
        bron: str,
        kolommen: tuple[str, ...],
        *,
        corporatie: str,
        decimaalteken: Decimaalteken = "auto",
        schema: Schema = TOEWIJZINGEN,
    ) -> None:
        self.bron = bron
        self.corporatie = corporatie
        self.rijlezer = Rijlezer(schema, kolommen, bron=bron, decimaalteken=decimaalteken)

    def __call__(self, rij: Bronrij) -> Rijtoewijzing | list[Rijfout]:
        """De toewijzing van deze rij, of alle fouten van de rij."""
        waarden = self.rijlezer(rij)
        if isinstance(waarden, list):
            return waarden
        return self._bouw(rij, waarden)

    def _bouw(self, rij: Bronrij, w: dict[str, Any]) -> Rijtoewijzing | list[Rijfout]:
        fout = self.rijlezer.fout
        vergunninghouders = bool(w.get("vergunninghouders"))
        studenten = bool(w.get("studenten"))
        aantal: int = w["aantal_personen"]
        fouten: list[Rijfout] = []
        if not 1 <= aantal <= MAX_PERSONEN:
            fouten.append(
                fout(rij, "aantal_personen", f"verwacht 1 tot en met {MAX_PERSONEN} personen")
            )
        if (
            w.get("verzoek_art_54a")
            and aantal > 1
            and w.get("alle_bewoners_aow") is None
            and w.get("aow_huishouden") is not False
        ):
            fouten.append(
                fout(
                    rij,
                    "alle_bewoners_aow",
                    "verplicht bij een verzoek op grond van art. 54a van een huishouden van meer "
                    "personen (het bestand heeft geen geboortedata)",
                )
            )
        if w.get("huishoudinkomen") is None and not (vergunninghouders or studenten):
            fouten.append(
                fout(
                    rij,
                    "huishoudinkomen",
                    "verplicht, behalve als alle bewoners vergunninghouder of student zijn",
                )
            )
        if fouten:
            return fouten
        zorg = w.get("zorgindicatie")
        bijzonder: frozenset[str] = w.get("bijzonderheid") or frozenset()
        try:
            huishouden = Huishouden(
                personen=_personen(aantal, vergunninghouders, studenten),
                vastgesteld_inkomen=w.get("huishoudinkomen"),
                aow_huishouden=w["aow_huishouden"],
                alle_bewoners_aow=w.get("alle_bewoners_aow"),
                zorgindicatie=None if zorg is None else _ZORG[zorg],
                rendementsgrondslag_box3=w.get("rendementsgrondslag_box3"),
                verzoek_art_54a=bool(w.get("verzoek_art_54a")),
            )
            woning = Woning(
                id=w["woning_id"],
                kale_huur=w["kale_huur"],
                soort=_WONINGSOORTEN[w["woningsoort"]],
                daeb=w["daeb"],
                gemeente=w["gemeente"],
                servicekosten=w.get("servicekosten"),
                subsidiabele_servicekosten=w.get("subsidiabele_servicekosten"),
                huurtoeslag_mogelijk=w.get("huurtoeslag_mogelijk"),
                wijk=w.get("wijk"),
                kern=w.get("kern"),
            )
            toewijzing = Toewijzing(
                huishouden=huishouden,
                woning=woning,
                toewijzingsdatum=w["toewijzingsdatum"],
                huuringangsdatum=w["huuringangsdatum"],
                id=w["toewijzing_id"],
                urgentie=bool(w.get("urgentie")),
                bijzonderheden=frozenset(_BIJZONDERHEDEN[b] for b in bijzonder),
            )
        except OngeldigeInvoer as exc:
            return self.modelfouten(rij, exc)
        corporatie = w.get("corporatie") or self.corporatie
        return Rijtoewijzing(self.bron, rij.rijnummer, corporatie, toewijzing)

    def modelfouten(self, rij: Bronrij, fout: OngeldigeInvoer) -> list[Rijfout]:
        """De veldfouten van een model als fouten bij de kolommen die de velden vulden."""
        kolom_en_melding = _KOLOM_BIJ_VELD.get(fout.model, veldkolommen({}))
        return [
            self.rijlezer.fout(rij, *kolom_en_melding(veldfout.veld, veldfout.melding))
            for veldfout in fout.fouten
        ]
