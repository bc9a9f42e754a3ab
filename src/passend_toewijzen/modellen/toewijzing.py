"""Toewijzing: een huishouden krijgt een woongelegenheid, met toewijzings- en ingangsdatum."""

from __future__ import annotations

import enum

from pydantic import model_validator

from passend_toewijzen._pydantic_nl import controlefout, ongeldig
from passend_toewijzen.modellen.basis import Datum, Model, Tekst, Vlag
from passend_toewijzen.modellen.huishouden import Huishouden
from passend_toewijzen.modellen.woning import Woning

__all__ = ["MAX_LEEFTIJD", "Bijzonderheid", "Toewijzing"]

MAX_LEEFTIJD = 115
"""Plausibiliteitsgrens (geen wettelijk bedrag): de hoogste leeftijd van een bewoner op de
huuringangsdatum (de oudste Nederlander ooit werd 115). Een oudere bewoner is een invoerfout."""


class Bijzonderheid(enum.StrEnum):
    """Bijzondere omstandigheden van een toewijzing (informatief; geen vrijstelling)."""

    WONINGRUIL = "woningruil"
    VOORTZETTING_MEDEHUURDER = "voortzetting_medehuurder"
    INTERMEDIAIRE_VERHUUR = "intermediaire_verhuur"
    HERSTRUCTURERING = "herstructurering"
    """VERA passendheiddetailsoort HER."""
    HERHUISVESTING = "herhuisvesting"
    """VERA passendheiddetailsoort HHV."""
    BIJZONDERE_GEZINSSITUATIE = "bijzondere_gezinssituatie"
    """VERA passendheiddetailsoort BIJ."""


class Toewijzing(Model):
    """Eén toewijzing (verhuring) van een woongelegenheid aan een huishouden.

    De ``huuringangsdatum`` bepaalt welke grenzen, normen en indexatie gelden en in welk
    verslagjaar de toewijzing telt; de ``toewijzingsdatum`` ligt daar niet na. ``urgentie`` is
    geen vrijstelling van de inkomensgrens.
    """

    huishouden: Huishouden
    woning: Woning
    toewijzingsdatum: Datum
    huuringangsdatum: Datum
    id: Tekst | None = None
    urgentie: Vlag = False
    bijzonderheden: frozenset[Bijzonderheid] = frozenset()

    @model_validator(mode="after")
    def _datumvolgorde(self) -> Toewijzing:
        ingang = self.huuringangsdatum
        if ingang < self.toewijzingsdatum:
            msg = (
                f"huuringangsdatum: {ingang.isoformat()} ligt vóór de "
                f"toewijzingsdatum {self.toewijzingsdatum.isoformat()}"
            )
            raise controlefout(msg)
        for i, persoon in enumerate(self.huishouden.personen):
            geboren = persoon.geboortedatum
            if geboren is None:
                continue
            veld = f"huishouden.personen[{i}].geboortedatum"
            if geboren > ingang:
                raise ongeldig(
                    "ligt na de huuringangsdatum (wie nog niet geboren is, woont er niet)",
                    veld=veld,
                )
            if (ingang.year - geboren.year) - (
                (ingang.month, ingang.day) < (geboren.month, geboren.day)
            ) > MAX_LEEFTIJD:
                raise ongeldig(
                    f"de bewoner zou op de huuringangsdatum ouder zijn dan {MAX_LEEFTIJD} jaar "
                    "(controleer het jaartal)",
                    veld=veld,
                )
        return self
