"""De vraagkant: hoe de woningzoekenden over de doelgroepen verdeeld zijn.

Elke woningzoekende wordt ingedeeld met dezelfde regels als een toewijzing
(:class:`~passend_toewijzen.monitor.doelgroepen.Doelgroepindeling`: de toets voor een
referentiewoning, of de inkomensgroep van de huur-inkomenstabel), op de peildatum van het verslag.

* **Zonder tabel** worden de huishoudens van de passende groep (BTIV 2015 art. 54) gesplitst naar
  omvang, zoals het aanbod: ``een_twee_personen`` (de lage aftoppingsgrens) en ``drie_of_meer``
  (de hoge); de overige landelijke doelgroepen (``daeb_boven_passend``, ``middeninkomens``,
  ``hogere_inkomens``, ``onbepaald``) staan er zonder bereikbaar aanbod naast: passend toewijzen
  geeft voor hen geen huurgrens.
* **Met een tabel** is de doelgroep de inkomensgroep van de tabel; het bereikbare aanbod is dat
  met een cel ``voorrang`` of ``toegestaan`` voor die groep.

Alleen woningzoekenden die op de peildatum ingeschreven waren, tellen mee; hoeveel later
ingeschreven waren, staat in het verslag. De aantallen zijn tellingen per doelgroep, zonder
gegevens van één huishouden.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from passend_toewijzen.bereikbaarheid.aanbod import Aanbodregels
from passend_toewijzen.bereikbaarheid.grenzen import Doelgroep
from passend_toewijzen.bereikbaarheid.telling import aandeel
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.woningzoekenden import lees_woningzoekenden
from passend_toewijzen.monitor.doelgroepen import (
    LANDELIJKE_DOELGROEPEN,
    ONBEPAALD,
    Doelgroepindeling,
)

__all__ = ["Vraag", "lees_vraag"]

_PASSEND = frozenset(d.naam for d in LANDELIJKE_DOELGROEPEN if d.naam.startswith("passend_"))


class Vraag:
    """De verdeling van de woningzoekenden over de doelgroepen op de peildatum."""

    def __init__(
        self,
        *,
        doelgroepen: dict[str, str],
        aantallen: dict[str, int],
        bronkenmerken: dict[str, dict[str, Any]],
        gelezen: int,
        afgewezen: int,
        leeg: int,
        later_ingeschreven: int,
        fouten: tuple[Rijfout, ...],
        indeling: str,
    ) -> None:
        self.omschrijvingen = doelgroepen
        self.doelgroepen = tuple(doelgroepen)
        self.aantallen = aantallen
        self.bronkenmerken = bronkenmerken
        self.gelezen = gelezen
        self.afgewezen = afgewezen
        self.leeg = leeg
        self.later_ingeschreven = later_ingeschreven
        self.fouten = fouten
        self.indeling = indeling

    @property
    def totaal(self) -> int:
        """Het aantal woningzoekenden dat meetelt."""
        return sum(self.aantallen.values())

    def teller(self, doelgroep: str) -> int:
        """Het aantal woningzoekenden in een doelgroep."""
        return self.aantallen[doelgroep]

    def als_dict(self) -> dict[str, Any]:
        """De vraagkant als JSON-geschikt woordenboek (zonder gegevens van één huishouden)."""
        return {
            "indeling": self.indeling,
            "invoer": {
                "gelezen": self.gelezen,
                "geaccepteerd": self.gelezen - self.afgewezen - self.leeg,
                "afgewezen": self.afgewezen,
                "leeg": self.leeg,
                "later_ingeschreven": self.later_ingeschreven,
                "bronnen": [self.bronkenmerken[n] for n in sorted(self.bronkenmerken)],
            },
            "totaal": self.totaal,
            "doelgroepen": [
                {
                    "doelgroep": d,
                    "omschrijving": self.omschrijvingen[d],
                    "aantal": self.aantallen[d],
                    **aandeel(self.aantallen[d], self.totaal),
                }
                for d in self.doelgroepen
            ],
            "afgewezen": [
                {"bron": f.bron, "rij": f.rijnummer, "kolom": f.kolom, "melding": f.melding}
                for f in self.fouten
            ],
        }


def lees_vraag(pad: str | Path, regels: Aanbodregels) -> Vraag:
    """Lees een woningzoekendenbestand en deel de woningzoekenden in op de peildatum."""
    bestand = lees_woningzoekenden(pad)
    datum = regels.datum
    indeling = Doelgroepindeling(tabel=regels.tabel)
    vanaf = regels.grenzen.parameters["aftoppingsgrens_hoog_vanaf_personen"].waarde
    doelgroepen: dict[str, str]
    if regels.tabel is None:
        doelgroepen = {d.value: d.omschrijving for d in Doelgroep}
        doelgroepen |= {
            d.naam: d.omschrijving for d in LANDELIJKE_DOELGROEPEN if d.naam not in _PASSEND
        }
    else:
        doelgroepen = {g.groep: g.omschrijving for g in regels.groepen}
    doelgroepen[ONBEPAALD.naam] = ONBEPAALD.omschrijving
    aantallen = dict.fromkeys(doelgroepen, 0)
    later = 0
    for zoeker in bestand.zoekers:
        if zoeker.inschrijfdatum > datum:
            later += 1
            continue
        groep = indeling.van_zoeker(zoeker, datum).naam
        if groep in _PASSEND:
            hoog = isinstance(vanaf, int) and zoeker.aantal_personen >= vanaf
            groep = (Doelgroep.DRIE_OF_MEER if hoog else Doelgroep.EEN_TWEE_PERSONEN).value
        aantallen[groep] += 1
    return Vraag(
        doelgroepen=doelgroepen,
        aantallen=aantallen,
        bronkenmerken={bestand.kenmerken["naam"]: bestand.kenmerken},
        gelezen=bestand.gelezen,
        afgewezen=bestand.afgewezen,
        leeg=bestand.lege_rijen,
        later_ingeschreven=later,
        fouten=bestand.fouten,
        indeling="tabel" if regels.tabel is not None else "landelijk",
    )
