"""Van woningvoorraad tot verslag: alle scenario's naast elkaar, als één JSON-document.

:func:`bereken_bereikbaarheid` leest de voorraad (of krijgt haar gelezen), bepaalt per woning de
maximale huur (opgegeven, of uit de punten met de officiële tabel van de peildatum), rekent elke
woning door onder elk scenario en telt per scenario, per gemeente en per kern. Het resultaat,
:class:`Bereikbaarheid`, geeft met :meth:`~Bereikbaarheid.document` het JSON-document (schema
``bereikbaarheid-1``) waaruit Markdown, HTML en Excel worden gemaakt; dezelfde invoer geeft
byte voor byte hetzelfde document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen._versie import __version__
from passend_toewijzen.bereikbaarheid.aanbod import (
    DOELGROEPEN,
    Aanbodregels,
    Huidigehuur,
    Woninguitkomst,
)
from passend_toewijzen.bereikbaarheid.grenzen import Grenzen, grenzen_op
from passend_toewijzen.bereikbaarheid.scenario import (
    Scenario,
    percentage_tekst,
    scenario_van_percentage,
    unieke_namen,
)
from passend_toewijzen.bereikbaarheid.telling import Cijfers, Teller, aandeel, gewicht_tekst
from passend_toewijzen.bereikbaarheid.vraag import Vraag, lees_vraag
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import (
    MUTATIEKANS_STANDAARD,
    Voorraad,
    Voorraadwoning,
    lees_voorraad,
)
from passend_toewijzen.motorkeuze import MOTOREN, kies_motor
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.tabellen.laden import laad_tabel
from passend_toewijzen.tabellen.model import Cel, Tabel

__all__ = [
    "HUIDIGE_HUUR",
    "MOTOREN",
    "SCHEMA",
    "Bereikbaarheid",
    "Referentieuitkomst",
    "Scenariouitkomst",
    "bereken_bereikbaarheid",
    "kies_motor",
]

SCHEMA = "bereikbaarheid-1"
"""De naam van het JSON Schema van het document."""


@attrs.frozen(slots=True)
class Scenariouitkomst:
    """De tellingen van één scenario: het totaal, per gemeente en per kern."""

    scenario: Scenario
    totaal: Cijfers
    gemeenten: Mapping[str, Cijfers]
    kernen: Mapping[tuple[str, str | None], Cijfers]


HUIDIGE_HUUR = "Huidige huur"
"""De naam van de referentie: de huidige kale huur, vandaag (geen scenario)."""


@attrs.frozen(slots=True)
class Referentieuitkomst:
    """De tellingen met de huidige kale huur (vandaag): het totaal, per gemeente en per kern."""

    totaal: Cijfers
    gemeenten: Mapping[str, Cijfers]
    kernen: Mapping[tuple[str, str | None], Cijfers]


class Bereikbaarheid:
    """De uitkomst van :func:`bereken_bereikbaarheid`."""

    def __init__(
        self,
        *,
        regels: Aanbodregels,
        scenarios: tuple[Scenario, ...],
        uitkomsten: tuple[Scenariouitkomst, ...],
        voorraad: Voorraad,
        woningen: list[tuple[Voorraadwoning, Decimal]]
        | Callable[[], list[tuple[Voorraadwoning, Decimal]]],
        afgewezen: list[Rijfout],
        vraag: Vraag | None,
        motor: str = "rij",
        aantallen: tuple[int, int] | None = None,
        huidig: Referentieuitkomst | None = None,
    ) -> None:
        self.regels = regels
        self.grenzen: Grenzen = regels.grenzen
        self.peildatum: date = regels.datum
        self.scenarios = scenarios
        self.uitkomsten = uitkomsten
        self.voorraad = voorraad
        """De gelezen voorraad; op de kolom-motor zonder de lijst ``woningen`` (zie
        :attr:`woningen`)."""
        self._woningen = woningen
        self.afgewezen = afgewezen
        """Alle fouten van afgewezen rijen (bij het lezen en bij het opzoeken van de punten)."""
        self.vraag = vraag
        self.motor = motor
        """De motor die heeft gerekend: ``kolom`` of ``rij`` (het document is hetzelfde)."""
        self._aantallen = aantallen
        self.huidig = huidig
        """De referentie: dezelfde tellingen met de huidige kale huur van elke woning (vandaag,
        zonder streefhuur, aftoppen of verduurzaming), met de grenzen van de peildatum."""

    @property
    def woningen(self) -> list[tuple[Voorraadwoning, Decimal]]:
        """De aanvaarde woningen met hun maximale huur, in bestandsvolgorde.

        Op de kolom-motor worden zij pas bij de eerste vraag gelezen, met de rij-lezer (hetzelfde
        bestand, dezelfde opties): voor de uitvoer per woning (Excel).
        """
        if callable(self._woningen):
            self._woningen = self._woningen()
        return self._woningen

    @property
    def tabel(self) -> Tabel | None:
        """De huur-inkomenstabel, als die is opgegeven."""
        return self.regels.tabel

    @property
    def volledig(self) -> bool:
        """Of alle rijen (van de voorraad en van de woningzoekenden) zijn geaccepteerd."""
        return not self.afgewezen and (self.vraag is None or not self.vraag.afgewezen)

    @property
    def afgewezen_rijen(self) -> int:
        """Het aantal afgewezen rijen."""
        return self.voorraad.afgewezen + len({(f.bron, f.rijnummer) for f in self._puntfouten})

    @property
    def _puntfouten(self) -> list[Rijfout]:
        return self.afgewezen[len(self.voorraad.fouten) :]

    def per_woning(self) -> Iterator[tuple[Voorraadwoning, Decimal, tuple[Woninguitkomst, ...]]]:
        """Per woning (in bestandsvolgorde) de uitkomst onder elk scenario (opnieuw berekend)."""
        for woning, maximale_huur in self.woningen:
            yield (
                woning,
                maximale_huur,
                tuple(self.regels.woning(woning, maximale_huur, s) for s in self.scenarios),
            )

    # --- het document ----------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """Het verslag als JSON-geschikt woordenboek (schema ``bereikbaarheid-1``)."""
        return {
            "schema": SCHEMA,
            "peildatum": self.peildatum.isoformat(),
            "grenzen": self.grenzen.als_dict(),
            "doelgroepen": [
                {
                    "doelgroep": d.value,
                    "omschrijving": d.omschrijving,
                    "aftoppingsgrens": self.grenzen.aftopping[d].naam,
                    "bedrag": str(self.grenzen.grens(d)),
                }
                for d in DOELGROEPEN
            ],
            "huurklassen": [
                {"klasse": k.value, "omschrijving": k.omschrijving, "vera_code": k.vera_code}
                for k in self._klassen()
            ],
            "invoer": self._invoer(),
            "huurprijstabel": self._huurprijstabel(),
            "tabel": self._tabel(),
            "huidige_huur": None if self.huidig is None else self._huidig(self.huidig),
            "scenarios": [self._scenario(u) for u in self.uitkomsten],
            "woningzoekenden": None if self.vraag is None else self._vraag(self.vraag),
            "afgewezen": [
                {
                    "bron": f.bron,
                    "rij": f.rijnummer,
                    "kolom": f.kolom,
                    "woning_id": f.kenmerk,
                    "melding": f.melding,
                }
                for f in self.afgewezen
            ],
            "ontvangstbewijs": {
                "bibliotheekversie": __version__,
                "data_versie": self.grenzen.parameters.data_versie,
                "data_hash": self.grenzen.parameters.data_hash,
                "peildatum": self.peildatum.isoformat(),
                "invoer_sha256": {
                    naam: k["sha256"] for naam, k in sorted(self._bronkenmerken().items())
                },
                "tabel_hash": None if self.tabel is None else self.tabel.inhoudshash,
            },
        }

    def _klassen(self) -> tuple[Huurklasse, ...]:
        return self.uitkomsten[0].totaal.huurklassen if self.uitkomsten else ()

    def _bronkenmerken(self) -> dict[str, dict[str, Any]]:
        kenmerken = dict(self.voorraad.bronkenmerken)
        if self.vraag is not None:
            kenmerken.update(self.vraag.bronkenmerken)
        return kenmerken

    def _invoer(self) -> dict[str, Any]:
        v = self.voorraad
        afgewezen = self.afgewezen_rijen
        if self._aantallen is not None:
            standaard, uit_punten = self._aantallen
        else:
            standaard = sum(1 for w, _ in self.woningen if not w.mutatiekans_opgegeven)
            uit_punten = sum(1 for w, _ in self.woningen if w.maximale_huur is None)
        return {
            "gelezen": v.gelezen,
            "geaccepteerd": v.gelezen - afgewezen - v.leeg,
            "afgewezen": afgewezen,
            "leeg": v.leeg,
            "bronnen": [v.bronkenmerken[n] for n in sorted(v.bronkenmerken)],
            "waarschuwingen": list(v.waarschuwingen),
            "mutatiekans": {
                "standaard": gewicht_tekst(MUTATIEKANS_STANDAARD),
                "woningen_met_standaard": standaard,
                "toelichting": (
                    "Een woning zonder opgegeven mutatiekans telt met kans "
                    f"{gewicht_tekst(MUTATIEKANS_STANDAARD)}: één keer in het mutatieaanbod."
                ),
            },
            "maximale_huur_uit_punten": uit_punten,
        }

    def _huurprijstabel(self) -> dict[str, Any] | None:
        tabel = self.regels.huurprijstabel
        if tabel is None:
            return None
        return {
            "woningsoort": tabel.woningsoort,
            "geldig_vanaf": tabel.geldig_vanaf.isoformat(),
            "geldig_tot": tabel.geldig_tot.isoformat(),
            "status": str(tabel.status),
            "bron": tabel.bron.titel,
            "url": tabel.bron.url,
        }

    def _tabel(self) -> dict[str, Any] | None:
        tabel = self.tabel
        if tabel is None:
            return None
        return {
            "naam": tabel.naam,
            "titel": tabel.titel,
            "periode": tabel.periode,
            "inkomensgroepen": [
                {"groep": g.groep, "omschrijving": g.omschrijving} for g in self.regels.groepen
            ],
        }

    def _cijfers(self, c: Cijfers) -> dict[str, Any]:
        totaal = c.totaal
        uit: dict[str, Any] = {
            "woningen": totaal.aantal,
            "mutatieaanbod": gewicht_tekst(totaal.gewicht),
            "huurklassen": {k.value: c.per_klasse[k].aantal for k in c.huurklassen},
            "huurklassen_detail": [
                {"klasse": k.value, **c.per_klasse[k].als_dict(totaal)} for k in c.huurklassen
            ],
            "bereikbaar": {
                d.value: t.als_dict(totaal) for d, t in zip(DOELGROEPEN, c.bereikbaar, strict=True)
            },
            "afgetopt": c.afgetopt.als_dict(totaal),
        }
        if self.tabel is not None:
            uit["tabel"] = [
                {
                    "groep": groep,
                    "bereikbaar": _som(cellen[Cel.VOORRANG], cellen[Cel.TOEGESTAAN]).als_dict(
                        totaal
                    ),
                    "cellen": {cel.value: cellen[cel].als_dict(totaal) for cel in Cel},
                }
                for groep, cellen in zip(c.groepen, c.cellen, strict=True)
            ]
        return uit

    def _huidig(self, u: Referentieuitkomst) -> dict[str, Any]:
        return {
            "naam": HUIDIGE_HUUR,
            "toelichting": (
                "De huidige kale huur van elke woning (vandaag), met dezelfde huurklassen en "
                "grenzen van de peildatum; geen scenario: zonder streefhuur, aftoppen of "
                "verduurzaming."
            ),
            **self._cijfers(u.totaal),
            "gemeenten": self._gemeenten(u),
        }

    def _gemeenten(self, u: Scenariouitkomst | Referentieuitkomst) -> list[dict[str, Any]]:
        gemeenten = []
        for gemeente in sorted(u.gemeenten):
            kernen = sorted(
                (k for g, k in u.kernen if g == gemeente), key=lambda k: (k is not None, k or "")
            )
            gemeenten.append(
                {
                    "gemeente": gemeente,
                    **self._cijfers(u.gemeenten[gemeente]),
                    "kernen": [
                        {"kern": kern, **self._cijfers(u.kernen[(gemeente, kern)])}
                        for kern in kernen
                    ],
                }
            )
        return gemeenten

    def _scenario(self, u: Scenariouitkomst) -> dict[str, Any]:
        s = u.scenario
        return {
            "naam": s.naam,
            "streefhuur_percentage": percentage_tekst(s.streefhuur_percentage),
            "instellingen": s.als_dict(),
            **self._cijfers(u.totaal),
            "gemeenten": self._gemeenten(u),
        }

    def _vraag(self, vraag: Vraag) -> dict[str, Any]:
        document = vraag.als_dict()
        vergelijking = []
        for u in self.uitkomsten:
            rijen = []
            for doelgroep in vraag.doelgroepen:
                zoekers = vraag.teller(doelgroep)
                aanbod = self._aanbod_voor(u.totaal, doelgroep)
                rijen.append(
                    {
                        "doelgroep": doelgroep,
                        "zoekers": aandeel(zoekers, vraag.totaal),
                        "aanbod": None if aanbod is None else aanbod.als_dict(u.totaal.totaal),
                    }
                )
            vergelijking.append({"scenario": u.scenario.naam, "doelgroepen": rijen})
        document["vergelijking"] = vergelijking
        return document

    def _aanbod_voor(self, c: Cijfers, doelgroep: str) -> Teller | None:
        """Het bereikbare aanbod voor een doelgroep van de vraag (``None``: niet bepaald)."""
        for d, teller in zip(DOELGROEPEN, c.bereikbaar, strict=True):
            if d.value == doelgroep:
                return teller
        for groep, cellen in zip(c.groepen, c.cellen, strict=True):
            if groep == doelgroep:
                return _som(cellen[Cel.VOORRANG], cellen[Cel.TOEGESTAAN])
        return None


def _som(a: Teller, b: Teller) -> Teller:
    som = Teller()
    som.voeg_toe(a)
    som.voeg_toe(b)
    return som


def _als_scenario(waarde: Scenario | Decimal | int | str) -> Scenario:
    if isinstance(waarde, Scenario):
        return waarde
    if isinstance(waarde, bool) or not isinstance(waarde, Decimal | int | str):
        soort = type(waarde).__name__
        msg = (
            f"een scenario is een Scenario of een percentage (Decimal, int of tekst), geen {soort}"
        )
        raise TypeError(msg)
    return scenario_van_percentage(Decimal(str(waarde).replace(",", ".").strip()))


_Kernen = dict[tuple[str, str | None], Cijfers]


def _samen(leeg: Cijfers, kernen: _Kernen) -> tuple[Cijfers, dict[str, Cijfers], _Kernen]:
    """Het totaal, de gemeenten en de kernen: de kernen opgeteld tot gemeenten en die tot het
    totaal (elk een nieuwe telling met de indeling van ``leeg``)."""
    totaal = leeg.leeg()
    gemeenten: dict[str, Cijfers] = {}
    for (naam, _), kern in kernen.items():
        gemeente = gemeenten.get(naam)
        if gemeente is None:
            gemeente = gemeenten[naam] = leeg.leeg()
        gemeente.voeg_toe(kern)
    for gemeente in gemeenten.values():
        totaal.voeg_toe(gemeente)
    return totaal, gemeenten, kernen


def _per_kern(
    leeg: Cijfers, uitkomsten: Iterable[Woninguitkomst | Huidigehuur]
) -> tuple[Cijfers, dict[str, Cijfers], _Kernen]:
    """Tel elke woning één keer, in haar kern; de gemeenten en het totaal zijn de som van die
    tellingen (dezelfde uitkomst als apart tellen, met een derde van het werk). De kernen staan in
    de volgorde van het bestand."""
    kernen: _Kernen = {}
    for uitkomst in uitkomsten:
        sleutel = (uitkomst.woning.gemeente, uitkomst.woning.kern)
        kern = kernen.get(sleutel)
        if kern is None:
            kern = kernen[sleutel] = leeg.leeg()
        kern.tel(uitkomst)
    return _samen(leeg, kernen)


@eigen_context
def bereken_bereikbaarheid(
    voorraad: str | Path | Voorraad,
    datum: date,
    scenarios: Sequence[Scenario | Decimal | int | str],
    *,
    tabel: str | Path | Tabel | None = None,
    woningzoekenden: str | Path | None = None,
    koppeling: Mapping[str, str] | None = None,
    decimaalteken: Decimaalteken = "auto",
    motor: str | None = None,
) -> Bereikbaarheid:
    """Reken de scenario's door over de woningvoorraad op peildatum ``datum``.

    ``voorraad`` is een bestand (CSV, Excel, Parquet of JSON Lines met het schema
    :data:`~passend_toewijzen.invoer.voorraad.VOORRAAD`) of een al gelezen
    :class:`~passend_toewijzen.invoer.voorraad.Voorraad`. ``scenarios`` zijn
    :class:`~passend_toewijzen.bereikbaarheid.scenario.Scenario`'s of percentages (``72``,
    ``"67.5"``). ``tabel`` is een meegeleverde huur-inkomenstabel (op naam, zoals
    ``"woongaard-2015"``), een tabelbestand of een geladen tabel. ``woningzoekenden`` is een
    woningzoekendenbestand; de verdeling over de doelgroepen staat dan naast het bereikbare aanbod.
    ``koppeling`` en ``decimaalteken`` gelden voor het voorraadbestand.

    ``motor`` kiest de motor (zie :func:`kies_motor`; standaard ``kolom`` als polars er is):
    ``kolom`` leest en rekent een CSV- of Parquet-bestand vectorieel
    (:mod:`~passend_toewijzen.bereikbaarheid.kolommotor`), ``rij`` woning voor woning. Het
    document is byte voor byte hetzelfde. Een al gelezen voorraad, een Excel- of
    JSON-regelsbestand, een CSV-bestand met aanhalingstekens en een percentage met meer dan zes
    decimalen rekent ook de kolom-motor met de rij-motor (:attr:`Bereikbaarheid.motor` zegt wie
    rekende).
    """
    gekozen = kies_motor(motor)
    if not scenarios:
        msg = "geef ten minste één scenario (een streefhuurpercentage of een scenariobestand)"
        raise ValueError(msg)
    lijst = tuple(_als_scenario(s) for s in scenarios)
    unieke_namen(lijst)
    grenzen = grenzen_op(datum)
    geladen = tabel if isinstance(tabel, Tabel) or tabel is None else laad_tabel(tabel)
    regels = Aanbodregels(grenzen, geladen)
    klassen = (*(k for k, _ in grenzen.huurklassen), Huurklasse.VRIJE_SECTOR)
    leeg = Cijfers(klassen, len(DOELGROEPEN), tuple(g.groep for g in regels.groepen))
    if gekozen == "kolom" and not isinstance(voorraad, Voorraad):
        from passend_toewijzen.bereikbaarheid.kolommotor import bereken_kolom  # extra [kolom]

        kolom = bereken_kolom(
            voorraad, regels, lijst, koppeling=koppeling, decimaalteken=decimaalteken
        )
        if kolom is not None:
            uitkomsten = [
                Scenariouitkomst(scenario, *_samen(leeg, per_kern))
                for scenario, per_kern in zip(lijst, kolom.kernen, strict=True)
            ]
            huidig = Referentieuitkomst(*_samen(leeg, kolom.huidig))
            pad = voorraad

            def herlezen() -> list[tuple[Voorraadwoning, Decimal]]:
                gelezen = lees_voorraad(pad, koppeling=koppeling, decimaalteken=decimaalteken)
                return regels.maximale_huren(gelezen.woningen)[0]

            return Bereikbaarheid(
                regels=regels,
                scenarios=lijst,
                uitkomsten=tuple(uitkomsten),
                voorraad=kolom.voorraad,
                woningen=herlezen,
                afgewezen=kolom.afgewezen,
                vraag=None if woningzoekenden is None else lees_vraag(woningzoekenden, regels),
                motor="kolom",
                aantallen=(kolom.mutatiekans_standaard, kolom.uit_punten),
                huidig=huidig,
            )
    gelezen = (
        voorraad
        if isinstance(voorraad, Voorraad)
        else lees_voorraad(voorraad, koppeling=koppeling, decimaalteken=decimaalteken)
    )
    woningen, puntfouten = regels.maximale_huren(gelezen.woningen)
    uitkomsten = [
        Scenariouitkomst(
            scenario,
            *_per_kern(leeg, (regels.woning(w, m, scenario) for w, m in woningen)),
        )
        for scenario in lijst
    ]
    huidig = Referentieuitkomst(*_per_kern(leeg, (regels.huidig(w) for w, _ in woningen)))
    vraag = None if woningzoekenden is None else lees_vraag(woningzoekenden, regels)
    return Bereikbaarheid(
        regels=regels,
        scenarios=lijst,
        uitkomsten=tuple(uitkomsten),
        voorraad=gelezen,
        woningen=woningen,
        afgewezen=[*gelezen.fouten, *puntfouten],
        vraag=vraag,
        huidig=huidig,
    )
