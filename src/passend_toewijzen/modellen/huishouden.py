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
    ``aow_huishouden``: expliciete AOW-status (ouderenhuishouden op 1 januari van het jaar van de
    huuringang); als die ontbreekt, volgt hij uit de geboortedata.
    ``alle_bewoners_aow``: of alle bewoners (kinderen inbegrepen) op 1 januari van het jaar van de
    huuringang de AOW-leeftijd hebben bereikt; nodig voor een verzoek op grond van BTIV art. 54a van
    een huishouden van meer personen zonder geboortedata (zie ``docs/regels/passendheid.md``).
    ``rendementsgrondslag_box3`` en ``verzoek_art_54a``: voor het verzoek van een
    AOW-huishouden met vermogen om de aftoppingsgrens buiten toepassing te laten (BTIV art. 54a).
    """

    personen: Annotated[tuple[Persoon, ...], Field(min_length=1, max_length=MAX_PERSONEN)]
    vastgesteld_inkomen: Jaarinkomen | None = None
    aow_huishouden: Vlag | None = None
    alle_bewoners_aow: Vlag | None = None
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
        alle_aow = self.alle_bewoners_aow
        if alle_aow is not None or self.verzoek_art_54a:
            self._aow_samenhang(alle_aow, len(personen))
        return self

    def _aow_samenhang(self, alle_aow: bool | None, aantal: int) -> None:
        """Opgegeven AOW-gegevens die elkaar tegenspreken geven een fout (BTIV art. 54a)."""
        aow = self.aow_huishouden
        if alle_aow and aow is False:
            msg = (
                "alle_bewoners_aow: alle bewoners hebben de AOW-leeftijd, maar aow_huishouden is "
                "nee; dat spreekt elkaar tegen"
            )
            raise controlefout(msg)
        if aantal == 1 and alle_aow is not None and aow is not None and alle_aow != aow:
            msg = "alle_bewoners_aow: bij één persoon moet dit gelijk zijn aan aow_huishouden"
            raise controlefout(msg)
        if self.verzoek_art_54a and (aow is False or alle_aow is False):
            veld = "aow_huishouden" if aow is False else "alle_bewoners_aow"
            msg = (
                "verzoek_art_54a: een verzoek op grond van art. 54a kan alleen een huishouden "
                "doen dat uitsluitend bestaat uit personen met de AOW-leeftijd, maar "
                f"{veld} is nee"
            )
            raise controlefout(msg)

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

    @eenmalig
    def alleen_studenten_of_wtos(self) -> bool:
        """Of alle bewoners studiefinanciering of een tegemoetkoming WTOS ontvangen."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if not (persoon.studiefinanciering or persoon.wtos):
                return False
        return True

    @eenmalig
    def alleen_buitenlandse_studenten(self) -> bool:
        """Of alle bewoners buitenlandse studenten in het hoger onderwijs zijn (vrijstelling)."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if not persoon.buitenlandse_student:
                return False
        return True

    @eenmalig
    def alleen_voltijds_studenten(self) -> bool:
        """Of alle bewoners voltijds studeren of promoveren (passende groep, art. 54 lid 2 a)."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if not persoon.voltijds_student:
                return False
        return True

    @eenmalig
    def alleen_voltijds_studenten_of_wtos(self) -> bool:
        """Of alle bewoners voltijds studeren of promoveren, of een tegemoetkoming WTOS hebben."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if not (persoon.voltijds_student or persoon.wtos):
                return False
        return True

    @eenmalig
    def met_asielvergunning(self) -> bool:
        """Of een bewoner een verblijfsvergunning na een asielaanvraag heeft (art. 54 lid 2 b)."""
        for persoon in self.personen:  # noqa: SIM110 - zie alleen_vergunninghouders
            if persoon.asielvergunning:
                return True
        return False
