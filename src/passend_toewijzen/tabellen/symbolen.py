"""Symbolische grenzen van een huur-inkomenstabel, opgezocht per datum en huishouden.

Een tabel schrijft grenzen bij voorkeur als landelijke grens, zodat zij de jaarlijkse indexatie
volgt. Toegestane symbolen (spaties en koppeltekens worden liggende streepjes; hoofdletters
tellen niet):

Huur (per maand)
    ``kwaliteitskortingsgrens``, ``aftoppingsgrens_laag``, ``aftoppingsgrens_hoog``,
    ``aftoppingsgrens`` (de toepasselijke: laag bij één of twee personen, hoog bij drie of meer),
    ``daeb_huurgrens`` (de maximale huurgrens van Wet op de huurtoeslag art. 13 lid 1 onder a;
    ook ``maximale_huurgrens``, ``huurprijsgrens`` of ``DAEB-huurgrens``), ``liberalisatiegrens``
    (middenhuur, vanaf 1 juli 2024).
Inkomen (per jaar)
    ``passende_inkomensgrens`` (ook ``passend_inkomensgrens`` of ``huurtoeslaggrens``, zoals
    plannen haar noemen: de inkomensgrens voor passend toewijzen van het huishoudtype),
    ``daeb_inkomensgrens`` (de enige of lagere grens; vanaf 2022 die voor één persoon of voor
    twee of meer personen), ``daeb_inkomensgrens_hoog`` (2015-2021).

Het opzoeken gebruikt dezelfde regels als de toets van een toewijzing (huishoudtype,
aftoppingsgrens, DAEB-regime); er is geen tweede kopie van die regels.
"""

from __future__ import annotations

import re

from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.huishoudtype import Huishoudtype, kies_aftoppingsgrens

__all__ = ["HUURSYMBOLEN", "INKOMENSSYMBOLEN", "LABELS", "label", "normaliseer", "zoek_op"]

HUURSYMBOLEN = frozenset(
    {
        "kwaliteitskortingsgrens",
        "aftoppingsgrens_laag",
        "aftoppingsgrens_hoog",
        "aftoppingsgrens",
        "daeb_huurgrens",
        "liberalisatiegrens",
    }
)
INKOMENSSYMBOLEN = frozenset(
    {"passende_inkomensgrens", "daeb_inkomensgrens", "daeb_inkomensgrens_hoog"}
)
LABELS = {
    "kwaliteitskortingsgrens": "de kwaliteitskortingsgrens",
    "aftoppingsgrens_laag": "de lage aftoppingsgrens",
    "aftoppingsgrens_hoog": "de hoge aftoppingsgrens",
    "aftoppingsgrens": "de toepasselijke aftoppingsgrens",
    "daeb_huurgrens": "de maximale huurgrens",
    "liberalisatiegrens": "de liberalisatiegrens (middenhuur)",
    "passende_inkomensgrens": "de passende inkomensgrens",
    "daeb_inkomensgrens": "de DAEB-inkomensgrens",
    "daeb_inkomensgrens_hoog": "de hogere DAEB-inkomensgrens",
}
"""Hoe een symbool in de uitleg heet."""

_SYNONIEMEN = {
    "passend_inkomensgrens": "passende_inkomensgrens",
    "huurtoeslaggrens": "passende_inkomensgrens",
    "huurprijsgrens": "daeb_huurgrens",
    "maximale_huurgrens": "daeb_huurgrens",
}


def normaliseer(tekst: str) -> str:
    """Schrijf een symbool in de vaste vorm: ``"DAEB-huurgrens"`` → ``"daeb_huurgrens"``."""
    vorm = re.sub(r"[\s\-]+", "_", tekst.strip().lower())
    return _SYNONIEMEN.get(vorm, vorm)


def label(symbool: str) -> str:
    """De leesbare naam van een symbool (``"daeb_huurgrens"`` → ``"de maximale huurgrens"``)."""
    return LABELS.get(symbool, symbool)


def zoek_op(
    symbool: str, parameters: Parameterset, huishoudtype: Huishoudtype, personen: int
) -> Parameterwaarde:
    """De parameterwaarde achter een symbool voor dit huishouden op de peildatum."""
    if symbool == "passende_inkomensgrens":
        return parameters[huishoudtype.parameter]
    if symbool == "aftoppingsgrens":
        grens, _ = kies_aftoppingsgrens(
            personen,
            parameters["aftoppingsgrens_hoog_vanaf_personen"],
            parameters["aftoppingsgrens_laag"],
            parameters["aftoppingsgrens_hoog"],
        )
        return grens
    if symbool == "daeb_inkomensgrens" and parameters.regime("daeb_regime") == "gedifferentieerd":
        naam = (
            "daeb_inkomensgrens_eenpersoons" if personen == 1 else "daeb_inkomensgrens_meerpersoons"
        )
        return parameters[naam]
    if symbool in HUURSYMBOLEN or symbool in INKOMENSSYMBOLEN:
        return parameters[symbool]
    msg = f"onbekend symbool {symbool!r}"
    raise KeyError(msg)
