"""Toewijzing: een huishouden krijgt een woongelegenheid, met toewijzings- en ingangsdatum."""

from __future__ import annotations

import enum

from pydantic import model_validator

from passend_toewijzen._pydantic_nl import controlefout
from passend_toewijzen.modellen.basis import Datum, Model, Tekst, Vlag
from passend_toewijzen.modellen.huishouden import Huishouden
from passend_toewijzen.modellen.woning import Woning

__all__ = ["Bijzonderheid", "Toewijzing"]


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
        if self.huuringangsdatum < self.toewijzingsdatum:
            msg = (
                f"huuringangsdatum: {self.huuringangsdatum.isoformat()} ligt vóór de "
                f"toewijzingsdatum {self.toewijzingsdatum.isoformat()}"
            )
            raise controlefout(msg)
        return self
