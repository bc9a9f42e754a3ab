"""Persoon: een (toekomstige) bewoner van de woongelegenheid."""

from __future__ import annotations

import enum
from datetime import date

from pydantic import model_validator

from passend_toewijzen._pydantic_nl import controlefout
from passend_toewijzen.modellen.basis import Datum, Model, Vlag
from passend_toewijzen.modellen.inkomen import Inkomensbewijs, Inkomensbewijssoort

__all__ = ["VROEGSTE_GEBOORTEDATUM", "Persoon", "Rol"]

VROEGSTE_GEBOORTEDATUM = date(1880, 1, 1)
"""Plausibiliteitsgrens (geen wettelijk bedrag): wie eerder geboren is, leeft in de periode die de
bibliotheek dekt (vanaf 2011) niet meer; zo'n datum is een invoerfout (zoals 1800 voor 1980)."""


class Rol(enum.StrEnum):
    """De rol van een persoon in het huishouden.

    ``kind`` is een kind van de aanvrager of partner in de zin van art. 4 Awir, van elke leeftijd;
    zijn inkomen telt niet mee in het huishoudinkomen (Woningwet art. 1), hijzelf wel voor de
    omvang van het huishouden.
    """

    AANVRAGER = "aanvrager"
    PARTNER = "partner"
    MEDEBEWONER = "medebewoner"
    KIND = "kind"


class Persoon(Model):
    """Een persoon die in de woongelegenheid gaat wonen (geen onderhuurder).

    ``geboortedatum`` is nodig om de AOW-status te bepalen, tenzij het huishouden die expliciet
    opgeeft. ``vergunninghouder``: verblijfsgerechtigde die vanuit een COA-opvang wordt
    gehuisvest en meetelt voor de gemeentelijke taakstelling. ``studiefinanciering``: ontvangt
    studiefinanciering (of is buitenlandse student ingeschreven bij een hogeronderwijsinstelling).
    """

    rol: Rol
    geboortedatum: Datum | None = None
    inkomensbewijzen: tuple[Inkomensbewijs, ...] = ()
    vergunninghouder: Vlag = False
    studiefinanciering: Vlag = False

    @model_validator(mode="after")
    def _bewijzen_uniek(self) -> Persoon:
        # pydantic voert deze controle ook uit als de persoon in een Huishouden wordt gezet.
        geboren = self.geboortedatum
        if geboren is not None and geboren < VROEGSTE_GEBOORTEDATUM:
            msg = (
                "geboortedatum: ligt vóór 1880; dat is geen geboortedatum van een bewoner "
                "(controleer het jaartal)"
            )
            raise controlefout(msg)
        bewijzen = self.inkomensbewijzen
        if len(bewijzen) < 2:
            return self
        gezien: set[tuple[Inkomensbewijssoort, int | None]] = set()
        for bewijs in bewijzen:
            sleutel = (bewijs.soort, bewijs.belastingjaar)
            if sleutel in gezien:
                jaar = f" over {bewijs.belastingjaar}" if bewijs.belastingjaar else ""
                msg = f"inkomensbewijzen: twee bewijzen van soort {bewijs.soort.value!r}{jaar}"
                raise controlefout(msg)
            gezien.add(sleutel)
        return self
