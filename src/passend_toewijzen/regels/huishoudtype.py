"""Huishoudtype voor passend toewijzen en de toepasselijke aftoppingsgrens.

Grondslag: Woningwet art. 46 lid 2 jo. Wet op de huurtoeslag art. 14 (vier norminkomens: een- en
meerpersoonshuishouden, elk onder en vanaf de AOW-leeftijd) en art. 20 lid 2 (lage
aftoppingsgrens bij één of twee personen, hoge bij drie of meer).

Let op het verschil: een tweepersoonshuishouden heeft de *meerpersoons*-inkomensgrens, maar de
*lage* aftoppingsgrens. Kinderen tellen mee voor de omvang van het huishouden, onderhuurders niet.
"""

from __future__ import annotations

import enum

from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.uitleg import Regel, Uitlegregel, maak_uitlegregel

__all__ = [
    "Huishoudtype",
    "bepaal_huishoudtype",
    "inkomensgrensregel",
    "kies_aftoppingsgrens",
    "passende_inkomensgrens",
    "personen",
    "toepasselijke_aftoppingsgrens",
]

REGEL_TYPE = Regel(
    "HHT-01",
    "Woningwet art. 46 lid 2; Wet op de huurtoeslag art. 2 en 14",
    "Huishoudtype en passende inkomensgrens",
)
REGEL_AFTOPPING = Regel(
    "HHT-02", "Wet op de huurtoeslag art. 20 lid 2", "Toepasselijke aftoppingsgrens"
)


class Huishoudtype(enum.StrEnum):
    """De vier huishoudtypen van passend toewijzen."""

    EENPERSOONS = "eenpersoons"
    EENPERSOONS_AOW = "eenpersoons_aow"
    MEERPERSOONS = "meerpersoons"
    MEERPERSOONS_AOW = "meerpersoons_aow"

    @property
    def parameter(self) -> str:
        """De parameter met de passende inkomensgrens voor dit type."""
        return f"passend_inkomensgrens_{self.value}"

    @property
    def omschrijving(self) -> str:
        """Nederlandse omschrijving."""
        return _OMSCHRIJVING[self]


_OMSCHRIJVING = {
    Huishoudtype.EENPERSOONS: "eenpersoonshuishouden onder de AOW-leeftijd",
    Huishoudtype.EENPERSOONS_AOW: "eenpersoonshuishouden met de AOW-leeftijd",
    Huishoudtype.MEERPERSOONS: "meerpersoonshuishouden onder de AOW-leeftijd",
    Huishoudtype.MEERPERSOONS_AOW: "meerpersoonshuishouden met de AOW-leeftijd",
}


def personen(aantal: int) -> str:
    """``1 persoon`` of ``3 personen``."""
    return "1 persoon" if aantal == 1 else f"{aantal} personen"


def bepaal_huishoudtype(aantal_personen: int, aow: bool) -> Huishoudtype:
    """Het huishoudtype: één persoon of meer, onder of vanaf de AOW-leeftijd."""
    if aantal_personen < 1:
        msg = "een huishouden heeft minstens één persoon"
        raise ValueError(msg)
    if aantal_personen == 1:
        return Huishoudtype.EENPERSOONS_AOW if aow else Huishoudtype.EENPERSOONS
    return Huishoudtype.MEERPERSOONS_AOW if aow else Huishoudtype.MEERPERSOONS


def passende_inkomensgrens(
    huishoudtype: Huishoudtype, parameters: Parameterset
) -> tuple[Parameterwaarde, Uitlegregel]:
    """De passende inkomensgrens voor het huishoudtype, met uitlegregel."""
    grens = parameters[huishoudtype.parameter]
    return grens, inkomensgrensregel(huishoudtype, grens)


def inkomensgrensregel(huishoudtype: Huishoudtype, grens: Parameterwaarde) -> Uitlegregel:
    """De uitlegregel bij de passende inkomensgrens van een huishoudtype."""
    return maak_uitlegregel(
        (
            REGEL_TYPE,
            huishoudtype.value,
            "Het huishouden is een {}; de inkomensgrens voor passend toewijzen is {}.",
            (huishoudtype.omschrijving, grens),
            grens,
        )
    )


def toepasselijke_aftoppingsgrens(
    aantal_personen: int, parameters: Parameterset
) -> tuple[Parameterwaarde, Uitlegregel]:
    """De lage of hoge aftoppingsgrens naar het aantal personen, met uitlegregel."""
    return kies_aftoppingsgrens(
        aantal_personen,
        parameters["aftoppingsgrens_hoog_vanaf_personen"],
        parameters["aftoppingsgrens_laag"],
        parameters["aftoppingsgrens_hoog"],
    )


def kies_aftoppingsgrens(
    aantal_personen: int, vanaf: Parameterwaarde, laag: Parameterwaarde, hoog_grens: Parameterwaarde
) -> tuple[Parameterwaarde, Uitlegregel]:
    """Kies de lage of hoge aftoppingsgrens (Wht art. 20 lid 2) en maak de uitlegregel."""
    hoog = isinstance(vanaf.waarde, int) and aantal_personen >= vanaf.waarde
    grens = hoog_grens if hoog else laag
    zin = (
        "Het huishouden telt {} en de hoge aftoppingsgrens geldt vanaf {}: de {} "
        "aftoppingsgrens van {} is van toepassing."
    )
    regel = maak_uitlegregel(
        (
            REGEL_AFTOPPING,
            "hoog" if hoog else "laag",
            zin,
            (personen(aantal_personen), vanaf, "hoge" if hoog else "lage", grens),
            grens,
        )
    )
    return grens, regel
