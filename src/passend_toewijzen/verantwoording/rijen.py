"""Een rij uit een bestand omzetten in een gevalideerde ``Toewijzing``.

Elke rij wordt volledig gecontroleerd: elke kolom met het juiste soort waarde, de verplichte
kolommen gevuld, en daarna de modellen zelf (dezelfde controles als in de Python-API). Alle fouten
van een rij komen samen terug, elk met het rijnummer, de kolom en de reden; een afgewezen rij telt
mee in ``afgewezen`` en verdwijnt nooit stil.

Het huishouden bestaat uit een aanvrager en medebewoners (het inkomen is al vastgesteld, dus de
rollen doen er voor de toets niet toe); bij ``vergunninghouders`` of ``studenten`` hebben alle
bewoners die eigenschap.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from passend_toewijzen.fouten import OngeldigeInvoer
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
from passend_toewijzen.verantwoording.invoer import Bronrij
from passend_toewijzen.verantwoording.kolommen import KOLOMMEN, Soort
from passend_toewijzen.verantwoording.waarden import (
    Decimaalteken,
    Waardefout,
    lees_aantal,
    lees_bedrag,
    lees_datum,
    lees_tekst,
    lees_vlag,
)

__all__ = ["Omzetter", "Rijfout", "Rijtoewijzing"]

MAX_PERSONEN = 30


class Rijfout(NamedTuple):
    """Een afgewezen rij: rijnummer, kolom (``None`` voor de rij als geheel) en reden."""

    bron: str
    rijnummer: int
    kolom: str | None
    melding: str
    toewijzing_id: str | None = None

    def __str__(self) -> str:
        waar = f"rij {self.rijnummer}" + (f", kolom {self.kolom}" if self.kolom else "")
        return f"{self.bron}: {waar}: {self.melding}"


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


def _keuze(soort: type[Woningsoort | Zorgindicatie | Bijzonderheid]) -> Callable[[object], Any]:
    waarden = {str(w.value): w for w in soort}

    def lees(waarde: object) -> Any:
        tekst = lees_tekst(waarde)
        if tekst is None:
            return None
        try:
            return waarden[tekst.lower().replace(" ", "_")]
        except KeyError:
            raise Waardefout(
                f"{tekst!r} is geen geldige keuze; kies uit {', '.join(waarden)}"
            ) from None

    return lees


def _bijzonderheden(waarde: object) -> frozenset[Bijzonderheid]:
    tekst = lees_tekst(waarde)
    if tekst is None:
        return frozenset()
    lees = _keuze(Bijzonderheid)
    return frozenset(lees(deel) for deel in tekst.replace("|", ",").split(",") if deel.strip())


_MAX_ONTHOUDEN = 4096
"""Zoveel verschillende celwaarden per kolom worden onthouden (datums, ja/nee, soorten)."""
_NIET_ONTHOUDEN = frozenset({"toewijzing_id", "woning_id", "huishoudinkomen"})
"""Kolommen waarin bijna elke waarde anders is: niet onthouden."""


class Omzetter:
    """Zet rijen met de kolommen van één bestand om in toewijzingen.

    ``kolommen`` zijn de schemakolommen in de volgorde van de waarden per rij;
    ``corporatie`` is de naam voor rijen zonder (of met een lege) kolom ``corporatie``.
    """

    def __init__(
        self,
        bron: str,
        kolommen: tuple[str, ...],
        *,
        corporatie: str,
        decimaalteken: Decimaalteken = "auto",
    ) -> None:
        self.bron = bron
        self.corporatie = corporatie
        positie = {naam: i for i, naam in enumerate(kolommen)}
        self._posities = positie
        soorten = {k.naam: k.soort for k in KOLOMMEN}
        keuzes: dict[str, Callable[[object], Any]] = {
            "woningsoort": _keuze(Woningsoort),
            "zorgindicatie": _keuze(Zorgindicatie),
            "bijzonderheid": _bijzonderheden,
        }

        def bedrag(waarde: object) -> Decimal | None:
            return lees_bedrag(waarde, decimaalteken)

        lezers: dict[Soort, Callable[[object], Any]] = {
            Soort.TEKST: lees_tekst,
            Soort.DATUM: lees_datum,
            Soort.BEDRAG: bedrag,
            Soort.AANTAL: lees_aantal,
            Soort.VLAG: lees_vlag,
        }
        self._lezers: tuple[tuple[str, int, Callable[[object], Any]], ...] = tuple(
            (naam, i, keuzes[naam] if soorten[naam] is Soort.KEUZE else lezers[soorten[naam]])
            for naam, i in positie.items()
        )
        # Waarden die vaak terugkomen (datums, ja/nee, soorten, gemeenten, huren) worden per kolom
        # onthouden; alleen geslaagde omzettingen van tekst, tot een maximum per kolom.
        self._onthouden: tuple[tuple[str, int, dict[str, Any], Callable[[object], Any]], ...] = (
            tuple(
                (naam, i, {}, lees) for naam, i, lees in self._lezers if naam not in _NIET_ONTHOUDEN
            )
        )
        self._direct = tuple(
            (naam, i, lees) for naam, i, lees in self._lezers if naam in _NIET_ONTHOUDEN
        )
        self._verplicht = tuple(k.naam for k in KOLOMMEN if k.verplicht)

    def __call__(self, rij: Bronrij) -> Rijtoewijzing | list[Rijfout]:
        """De toewijzing van deze rij, of alle fouten van de rij."""
        ruw = rij.waarden
        waarden: dict[str, Any] = {}
        fouten: list[Rijfout] = []
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
            fouten = []
            for naam, i, lees in self._lezers:
                try:
                    waarden[naam] = lees(ruw[i])
                except Waardefout as fout:
                    fouten.append(self._fout(rij, naam, str(fout), ruw))
        for naam in self._verplicht:
            if waarden.get(naam) is None and not any(f.kolom == naam for f in fouten):
                fouten.append(self._fout(rij, naam, "verplicht, maar leeg", ruw))
        if fouten:
            return fouten
        return self._bouw(rij, waarden)

    def _fout(self, rij: Bronrij, kolom: str | None, melding: str, ruw: tuple[Any, ...]) -> Rijfout:
        positie = self._posities.get("toewijzing_id")
        kenmerk = None
        if positie is not None:
            waarde = ruw[positie]
            kenmerk = str(waarde).strip() if waarde not in (None, "") else None
        return Rijfout(self.bron, rij.rijnummer, kolom, melding, kenmerk)

    def _bouw(self, rij: Bronrij, w: dict[str, Any]) -> Rijtoewijzing | list[Rijfout]:
        vergunninghouders = bool(w.get("vergunninghouders"))
        studenten = bool(w.get("studenten"))
        aantal: int = w["aantal_personen"]
        fouten: list[Rijfout] = []
        if not 1 <= aantal <= MAX_PERSONEN:
            fouten.append(
                self._fout(
                    rij,
                    "aantal_personen",
                    f"{aantal}: verwacht 1 tot en met {MAX_PERSONEN}",
                    rij.waarden,
                )
            )
        if (
            w.get("verzoek_art_54a")
            and aantal > 1
            and w.get("alle_bewoners_aow") is None
            and w.get("aow_huishouden") is not False
        ):
            fouten.append(
                self._fout(
                    rij,
                    "alle_bewoners_aow",
                    "verplicht bij een verzoek op grond van art. 54a van een huishouden van meer "
                    "personen (het bestand heeft geen geboortedata)",
                    rij.waarden,
                )
            )
        if w.get("huishoudinkomen") is None and not (vergunninghouders or studenten):
            fouten.append(
                self._fout(
                    rij,
                    "huishoudinkomen",
                    "verplicht, behalve als alle bewoners vergunninghouder of student zijn",
                    rij.waarden,
                )
            )
        if fouten:
            return fouten
        try:
            huishouden = Huishouden(
                personen=_personen(aantal, vergunninghouders, studenten),
                vastgesteld_inkomen=w.get("huishoudinkomen"),
                aow_huishouden=w["aow_huishouden"],
                alle_bewoners_aow=w.get("alle_bewoners_aow"),
                zorgindicatie=w.get("zorgindicatie"),
                rendementsgrondslag_box3=w.get("rendementsgrondslag_box3"),
                verzoek_art_54a=bool(w.get("verzoek_art_54a")),
            )
            woning = Woning(
                id=w["woning_id"],
                kale_huur=w["kale_huur"],
                soort=w["woningsoort"],
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
                bijzonderheden=w.get("bijzonderheid") or frozenset(),
            )
        except OngeldigeInvoer as fout:
            velden = _MODELVELDEN.get(fout.model, {})
            return [
                self._fout(
                    rij, *_kolom_en_melding(veldfout.veld, veldfout.melding, velden), rij.waarden
                )
                for veldfout in fout.fouten
            ]
        corporatie = w.get("corporatie") or self.corporatie
        return Rijtoewijzing(self.bron, rij.rijnummer, corporatie, toewijzing)


def _kolom_en_melding(veld: str, melding: str, velden: dict[str, str]) -> tuple[str | None, str]:
    """De kolom bij een veld van een model; een modelbrede fout noemt het veld in de melding."""
    if not veld:
        naam, _, rest = melding.partition(": ")
        if rest and naam in velden:
            return velden[naam], rest
        return None, melding
    eerste = veld.split(".", 1)[0].split("[", 1)[0]
    return velden.get(eerste), melding
