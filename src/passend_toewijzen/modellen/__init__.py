"""Getypte invoermodellen (pydantic v2, onveranderlijk): huishoudens, woningen, toewijzingen."""

from passend_toewijzen.modellen.basis import (
    Bedrag,
    Datum,
    Jaarinkomen,
    Maandbedrag,
    Model,
    Vermogen,
    naar_bedrag,
    veldfouten,
)
from passend_toewijzen.modellen.huishouden import Huishouden, Zorgindicatie
from passend_toewijzen.modellen.inkomen import (
    ActueelInkomenReden,
    Inkomensbewijs,
    Inkomensbewijssoort,
)
from passend_toewijzen.modellen.persoon import Persoon, Rol
from passend_toewijzen.modellen.toewijzing import Bijzonderheid, Toewijzing
from passend_toewijzen.modellen.woning import Woning, Woningsoort

__all__ = [
    "ActueelInkomenReden",
    "Bedrag",
    "Bijzonderheid",
    "Datum",
    "Huishouden",
    "Inkomensbewijs",
    "Inkomensbewijssoort",
    "Jaarinkomen",
    "Maandbedrag",
    "Model",
    "Persoon",
    "Rol",
    "Toewijzing",
    "Vermogen",
    "Woning",
    "Woningsoort",
    "Zorgindicatie",
    "naar_bedrag",
    "veldfouten",
]
