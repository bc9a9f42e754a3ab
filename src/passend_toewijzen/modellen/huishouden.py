"""Huishouden: de personen die samen een woongelegenheid gaan bewonen."""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import Field, model_validator

from passend_toewijzen._pydantic_nl import controlefout
from passend_toewijzen.modellen.basis import Jaarinkomen, Model, Vermogen, Vlag, eenmalig
from passend_toewijzen.modellen.persoon import Persoon, Rol

__all__ = ["MAX_PERSONEN", "Huishouden", "Zorgindicatie"]

MAX_PERSONEN = 30
"""Het grootste aantal personen in een huishouden."""

_AANVRAGER = Rol.AANVRAGER
_PARTNER = Rol.PARTNER


class Zorgindicatie(enum.StrEnum):
    """Zorgcategorieën die voor de DAEB-toewijzingsnorm tot de doelgroep rekenen.

    Grondslag: BTIV 2015 art. 57 (Tijdelijke regeling DAEB art. 4 vanaf 2013). Voor passend
    toewijzen is een zorgindicatie *geen* uitzondering.
    """

    WLZ_VERBLIJF = "wlz_verblijf"
    """Wlz-indicatiebesluit voor verblijf."""
    WLZ_ADL = "wlz_adl"
    """Wlz-indicatiebesluit voor direct oproepbare assistentie bij ADL."""
    VERPLEGING_VERZORGING = "verpleging_verzorging"
    """Ten minste een jaar ten minste 10 uur per week verpleging of verzorging (Zvw)."""
    AWBZ = "awbz"
    """Een (oude) AWBZ-indicatie voor verblijf of ADL-assistentie."""


class Huishouden(Model):
    """Een huishouden: precies één aanvrager, hoogstens één partner, verder medebewoners/kinderen.

    Alle personen die in de woning gaan wonen tellen mee voor de omvang, ook kinderen;
    onderhuurders horen er niet bij (Wet op de huurtoeslag art. 20 lid 2).

    ``vastgesteld_inkomen``: het huishoudinkomen zoals al vastgesteld (en geïndexeerd) voor het
    jaar van de huuringangsdatum; als het is opgegeven, worden de inkomensbewijzen niet gebruikt.
    ``aow_huishouden``: expliciete AOW-status; als die ontbreekt, volgt hij uit de geboortedata.
    ``rendementsgrondslag_box3`` en ``verzoek_art_54a``: voor het verzoek van een
    AOW-huishouden met vermogen om de aftoppingsgrens buiten toepassing te laten (BTIV art. 54a).
    """

    personen: Annotated[tuple[Persoon, ...], Field(min_length=1, max_length=MAX_PERSONEN)]
    vastgesteld_inkomen: Jaarinkomen | None = None
    aow_huishouden: Vlag | None = None
    zorgindicatie: Zorgindicatie | None = None
    rendementsgrondslag_box3: Vermogen | None = None
    verzoek_art_54a: Vlag = False

    @model_validator(mode="after")
    def _rollen(self) -> Huishouden:
        # pydantic voert deze controle ook uit als het huishouden in een Toewijzing wordt gezet;
        # daarom zo goedkoop mogelijk.
        personen = self.personen
        aanvragers = partners = 0
        if len(personen) == 1:
            aanvragers = 1 if personen[0].rol == _AANVRAGER else 0
        else:
            for persoon in personen:
                rol = persoon.rol
                if rol == _AANVRAGER:
                    aanvragers += 1
                elif rol == _PARTNER:
                    partners += 1
        if aanvragers != 1:
            msg = f"personen: precies één aanvrager vereist (nu {aanvragers})"
            raise controlefout(msg)
        if partners > 1:
            msg = "personen: hoogstens één partner"
            raise controlefout(msg)
        if self.verzoek_art_54a and self.rendementsgrondslag_box3 is None:
            msg = "rendementsgrondslag_box3: verplicht bij een verzoek op grond van art. 54a"
            raise controlefout(msg)
        return self

    @property
    def aantal_personen(self) -> int:
        """Het aantal personen, kinderen inbegrepen."""
        return len(self.personen)

    @eenmalig
    def heeft_partner(self) -> bool:
        """Of het huishouden een partner van de aanvrager heeft."""
        return any(p.rol is _PARTNER for p in self.personen)

    @eenmalig
    def alleen_vergunninghouders(self) -> bool:
        """Of alle bewoners vergunninghouder zijn (vrijstelling van de inkomenstoets)."""
        # Een lus is voor een paar personen ruim twee keer zo snel als all() met een generator.
        for persoon in self.personen:  # noqa: SIM110
            if not persoon.vergunninghouder:
                return False
        return True

    @eenmalig
    def alleen_studenten(self) -> bool:
        """Of alle bewoners studiefinanciering ontvangen (vrijstelling, tot het maximum)."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if not persoon.studiefinanciering:
                return False
        return True
