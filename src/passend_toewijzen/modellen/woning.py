"""Woning: de woongelegenheid die wordt toegewezen."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator, Field, WithJsonSchema, model_validator

from passend_toewijzen._pydantic_nl import controlefout
from passend_toewijzen.modellen.basis import Maandbedrag, Model, Tekst, Vlag, naar_bedrag
from passend_toewijzen.modellen.schema import bedragschema

__all__ = ["Woning", "Woningsoort"]


class Woningsoort(enum.StrEnum):
    """Soort woongelegenheid (Woningwet art. 1: woning, woonwagen of standplaats)."""

    ZELFSTANDIG = "zelfstandig"
    ONZELFSTANDIG = "onzelfstandig"
    WOONWAGEN = "woonwagen"
    STANDPLAATS = "standplaats"


class Woning(Model):
    """Een woongelegenheid met zijn kale huur bij aanvang van de huur.

    ``kale_huur`` is de huurprijs per maand voor het enkele gebruik (Woningwet art. 1), zonder
    servicekosten. ``servicekosten`` zijn alle servicekosten per maand;
    ``subsidiabele_servicekosten`` het deel daarvan dat de Wet op de huurtoeslag in de rekenhuur
    meetelt (art. 5 lid 3: energie voor gemeenschappelijke ruimten en installaties, schoonmaak
    daarvan, huismeester en dienst- en recreatieruimten, elk ten hoogste een maximum per maand). De
    kale huur bepaalt de DAEB-reikwijdte, de huurklasse en de toets aan de aftoppingsgrens; de
    rekenhuur (kale huur plus subsidiabele servicekosten, tot en met 2025) bepaalt of huurtoeslag
    mogelijk is en dus of de woongelegenheid onder passend toewijzen valt (zie
    ``docs/regels/passendheid.md``).
    ``daeb`` zegt of de woongelegenheid tot het DAEB-bezit van de corporatie hoort.
    ``huurtoeslag_mogelijk`` zegt of voor deze woongelegenheid huurtoeslag ontvangen kan worden
    (Wet op de huurtoeslag art. 11): voor zelfstandige woningen en woonwagens is dat zo als het
    niet is opgegeven; voor onzelfstandige eenheden (alleen als de Belastingdienst het woongebouw
    heeft aangewezen) en standplaatsen moet het worden opgegeven voor de passendheidstoets.
    """

    id: Tekst
    kale_huur: Maandbedrag
    soort: Woningsoort
    daeb: Vlag
    gemeente: Tekst
    servicekosten: Maandbedrag | None = None
    subsidiabele_servicekosten: Maandbedrag | None = None
    wijk: Tekst | None = None
    kern: Tekst | None = None
    huurtoeslag_mogelijk: Vlag | None = None
    wws_punten: (
        Annotated[
            Decimal,
            BeforeValidator(naar_bedrag),
            Field(ge=0, le=2000),
            WithJsonSchema(bedragschema(Decimal(2000), "Punten, hoogstens twee decimalen.")),
        ]
        | None
    ) = None

    @model_validator(mode="after")
    def _servicekosten(self) -> Woning:
        subsidiabel = self.subsidiabele_servicekosten
        totaal = self.servicekosten
        if subsidiabel is not None and totaal is not None and subsidiabel > totaal:
            msg = (
                "subsidiabele_servicekosten: de subsidiabele servicekosten zijn een deel van de "
                "servicekosten en kunnen daarom niet hoger zijn"
            )
            raise controlefout(msg)
        return self
