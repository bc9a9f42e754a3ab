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
    opgeeft.

    Wat de wet voor vergunninghouders en studenten onderscheidt (BTIV 2015 art. 54 lid 2 en
    art. 56):

    * ``vergunninghouder``: vreemdeling met rechtmatig verblijf (Vreemdelingenwet 2000 art. 8 onder
      a tot en met d) die meetelt voor de gemeentelijke taakstelling (Huisvestingswet 2014 art. 29)
      en vanuit een COA-opvang wordt gehuisvest. Bestaat het huishouden *uitsluitend* uit zulke
      personen, dan is er geen inkomenstoets (art. 56 lid 3).
    * ``asielvergunning``: heeft na een aanvraag om een verblijfsvergunning asiel een
      verblijfsvergunning ontvangen (Vreemdelingenwet 2000 art. 8 onder a tot en met d). Een
      huishouden met zo'n bewoner hoort tot de passende groep, ongeacht het inkomen en of de andere
      bewoners ook vergunninghouder zijn (art. 54 lid 2 onder b; telt ook als DAEB-doelgroep,
      art. 57 onder a).
    * ``studiefinanciering``: ontvangt studiefinanciering (Wet studiefinanciering 2000);
      ``wtos``: heeft recht op een tegemoetkoming van de Wet tegemoetkoming onderwijsbijdrage en
      schoolkosten (telt vanaf 2022 mee). Ten hoogste twee personen die allen een van beide
      ontvangen: geen inkomenstoets (art. 56 lid 3 onder b, vanaf 2022 lid 4 onder a).
    * ``buitenlandse_student``: van buiten Nederland afkomstig en ingeschreven bij een instelling
      voor hoger onderwijs; een huishouden van uitsluitend zulke personen (zonder maximum aantal)
      heeft geen inkomenstoets (art. 56 lid 3 onder c, vanaf 2022 lid 4 onder b).
    * ``voltijds_student``: ingeschreven bij een universiteit of hogeschool (WHW art. 1.2) of een
      mbo-instelling (WEB art. 1.1.1) en daar voltijds studerend, of voltijds voorbereidend op een
      promotie (WHW art. 7.18). Een een- of tweepersoonshuishouden van zulke personen (vanaf 2022
      ook met ``wtos``) hoort tot de passende groep (art. 54 lid 2 onder a), met of zonder
      studiefinanciering.
    """

    rol: Rol
    geboortedatum: Datum | None = None
    inkomensbewijzen: tuple[Inkomensbewijs, ...] = ()
    vergunninghouder: Vlag = False
    asielvergunning: Vlag = False
    studiefinanciering: Vlag = False
    wtos: Vlag = False
    buitenlandse_student: Vlag = False
    voltijds_student: Vlag = False

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
