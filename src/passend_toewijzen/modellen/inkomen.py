"""Inkomensbewijzen: de documenten waarmee het huishoudinkomen wordt vastgesteld.

Grondslag: BTIV 2015 art. 56 en RTIV 2015 art. 22 en bijlage 1. Het inkomen is het
verzamelinkomen (Wet IB 2001 art. 2.3) van elke bewoner behalve de kinderen, blijkend uit een
inkomensverklaring (IBRI) of (voorlopige) aanslag over jaar t-1 of t-2, voor wie algemene
bijstand ontvangt (vanaf 2022) uit een bewijs van toekenning van die bijstand (BTIV 2015 art. 56
lid 5 onder b), of in de gevallen die de regeling noemt uit een verklaring over het actuele
inkomen.
"""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import Field, model_validator

from passend_toewijzen._pydantic_nl import controlefout
from passend_toewijzen.modellen.basis import Datum, Jaarinkomen, Model

__all__ = ["ActueelInkomenReden", "Inkomensbewijs", "Inkomensbewijssoort"]


class Inkomensbewijssoort(enum.StrEnum):
    """Soort document waaruit het inkomen van een bewoner blijkt."""

    IBRI = "inkomensverklaring"
    """Inkomensverklaring van de Belastingdienst (IBRI) over een belastingjaar."""
    AANSLAG = "aanslag"
    """Aanslag inkomstenbelasting over een belastingjaar."""
    VOORLOPIGE_AANSLAG = "voorlopige_aanslag"
    """Voorlopige aanslag inkomstenbelasting over een belastingjaar."""
    ACTUEEL_INKOMEN = "actueel_inkomen"
    """Verklaring over het actuele inkomen (RTIV 2015 art. 22 lid 5-6, bijlage 1)."""
    BIJSTAND = "bijstand"
    """Bewijs van toekenning van algemene bijstand (Participatiewet); vanaf 2022 het inkomensbewijs
    van wie algemene bijstand ontvangt (BTIV 2015 art. 56 lid 5 onder b)."""


class ActueelInkomenReden(enum.StrEnum):
    """Waarom het actuele inkomen wordt gebruikt in plaats van een belastingjaar."""

    AFWIJKEND = "afwijkend"
    """Het actuele inkomen wijkt af van het inkomen uit de belastinggegevens: lager (RTIV bijlage 1,
    BTIV art. 56 lid 6) of, voor passend toewijzen vanaf 2022, ook hoger (BTIV art. 56 lid 7)."""
    GEEN_GEGEVENS_BELASTINGDIENST = "geen_gegevens_belastingdienst"
    """De Belastingdienst heeft (schriftelijk verklaard) geen inkomensgegevens."""


_BELASTINGJAARSOORTEN = (
    Inkomensbewijssoort.IBRI,
    Inkomensbewijssoort.AANSLAG,
    Inkomensbewijssoort.VOORLOPIGE_AANSLAG,
)


class Inkomensbewijs(Model):
    """Een inkomensbewijs van één bewoner.

    * ``inkomensverklaring``, ``aanslag``, ``voorlopige_aanslag``: ``belastingjaar`` verplicht;
      ``bedrag`` is het verzamelinkomen over dat jaar (nog niet geïndexeerd).
    * ``actueel_inkomen``: ``datum`` (van de verklaring) en ``reden`` verplicht, geen
      ``belastingjaar``; ``bedrag`` is het actuele jaarinkomen volgens RTIV bijlage 1.
    * ``bijstand``: ``datum`` (van het besluit tot toekenning) verplicht, geen ``belastingjaar`` en
      geen ``reden``; ``bedrag`` is de toegekende algemene bijstand op jaarbasis. Bij bijstand voor
      gehuwden (één toekenning voor beiden) staat het bedrag bij één van beiden en bij de ander een
      bewijs met bedrag 0.
    """

    soort: Inkomensbewijssoort
    bedrag: Jaarinkomen
    belastingjaar: Annotated[int, Field(strict=True, ge=1990, le=2100)] | None = None
    datum: Datum | None = None
    reden: ActueelInkomenReden | None = None

    @model_validator(mode="after")
    def _velden_per_soort(self) -> Inkomensbewijs:
        if self.soort in _BELASTINGJAARSOORTEN:
            if self.belastingjaar is None:
                msg = f"belastingjaar: verplicht bij soort {self.soort.value!r}"
                raise controlefout(msg)
            if self.reden is not None:
                msg = (
                    f"reden: hoort alleen bij soort 'actueel_inkomen', "
                    f"niet bij {self.soort.value!r}"
                )
                raise controlefout(msg)
        elif self.soort is Inkomensbewijssoort.BIJSTAND:
            if self.belastingjaar is not None:
                msg = (
                    "belastingjaar: hoort niet bij 'bijstand' "
                    "(geef de datum van het besluit tot toekenning)"
                )
                raise controlefout(msg)
            if self.datum is None:
                msg = "datum: de datum van het besluit tot toekenning is verplicht bij 'bijstand'"
                raise controlefout(msg)
            if self.reden is not None:
                msg = "reden: hoort alleen bij soort 'actueel_inkomen', niet bij 'bijstand'"
                raise controlefout(msg)
        else:
            if self.belastingjaar is not None:
                msg = (
                    "belastingjaar: hoort niet bij 'actueel_inkomen' "
                    "(geef de datum van de verklaring)"
                )
                raise controlefout(msg)
            if self.datum is None:
                msg = "datum: de datum van de inkomensverklaring is verplicht bij 'actueel_inkomen'"
                raise controlefout(msg)
            if self.reden is None:
                msg = (
                    "reden: verplicht bij 'actueel_inkomen' "
                    "(afwijkend of geen_gegevens_belastingdienst)"
                )
                raise controlefout(msg)
        return self
