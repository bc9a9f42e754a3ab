"""De grenzen van de peildatum: aftoppingsgrenzen, maximale huurgrens en huurklassen.

Alle bedragen komen uit :func:`~passend_toewijzen.parameters.parameters_op` van de peildatum, met
hun bron; de keuze tussen de lage en de hoge aftoppingsgrens maakt
:func:`~passend_toewijzen.regels.huishoudtype.kies_aftoppingsgrens` (dezelfde regel als de toets
van een toewijzing). Een datum buiten de dekking van de parameters geeft de fout van
``parameters_op``, die de gedekte periode noemt.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from passend_toewijzen.parameters import Parameterset, Parameterwaarde, parameters_op
from passend_toewijzen.regels.huishoudtype import kies_aftoppingsgrens
from passend_toewijzen.regels.huurklasse import HuurklassePlan, huurklasse_plan

__all__ = ["Doelgroep", "Grenzen", "grenzen_op"]


class Doelgroep(enum.StrEnum):
    """De twee doelgroepen van passend toewijzen naar de omvang van het huishouden."""

    EEN_TWEE_PERSONEN = "een_twee_personen"
    """Eén- en tweepersoonshuishoudens van de primaire doelgroep: de lage aftoppingsgrens."""
    DRIE_OF_MEER = "drie_of_meer"
    """Huishoudens van drie of meer personen van de primaire doelgroep: de hoge aftoppingsgrens."""

    @property
    def omschrijving(self) -> str:
        """Nederlandse omschrijving."""
        if self is Doelgroep.EEN_TWEE_PERSONEN:
            return "primaire doelgroep, één en twee personen"
        return "primaire doelgroep, drie of meer personen"


def _als_dict(pw: Parameterwaarde) -> dict[str, Any]:
    return {
        "bedrag": str(pw.waarde),
        "geldig_vanaf": pw.geldig_vanaf.isoformat(),
        "status": str(pw.status),
        "bron": pw.bron.titel,
        "url": pw.bron.url,
    }


@attrs.frozen(slots=True)
class Grenzen:
    """De grenzen die op de peildatum gelden, elk met herkomst."""

    peildatum: date
    parameters: Parameterset
    aftopping: dict[Doelgroep, Parameterwaarde]
    """De toepasselijke aftoppingsgrens per doelgroep."""
    aftoppingsgrens_laag: Parameterwaarde
    aftoppingsgrens_hoog: Parameterwaarde
    maximale_huurgrens: Parameterwaarde
    """De maximale huurgrens (Wet op de huurtoeslag art. 13 lid 1 onder a; ``daeb_huurgrens``)."""
    huurklassen: HuurklassePlan

    def grens(self, doelgroep: Doelgroep) -> Decimal:
        """De aftoppingsgrens van een doelgroep als bedrag."""
        return self.aftopping[doelgroep].bedrag

    def als_dict(self) -> dict[str, Any]:
        """De grenzen als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        return {
            "aftoppingsgrens_laag": _als_dict(self.aftoppingsgrens_laag),
            "aftoppingsgrens_hoog": _als_dict(self.aftoppingsgrens_hoog),
            "maximale_huurgrens": _als_dict(self.maximale_huurgrens),
            "aftoppingsgrens_per_doelgroep": {d.value: self.aftopping[d].naam for d in Doelgroep},
        }


def grenzen_op(datum: date) -> Grenzen:
    """De grenzen op ``datum`` (een datum buiten de dekking geeft de fout die de periode noemt)."""
    ps = parameters_op(datum)
    vanaf = ps["aftoppingsgrens_hoog_vanaf_personen"]
    laag = ps["aftoppingsgrens_laag"]
    hoog = ps["aftoppingsgrens_hoog"]
    drempel = vanaf.waarde
    if not isinstance(drempel, int):  # pragma: no cover - het schema van de parameter is een aantal
        msg = "aftoppingsgrens_hoog_vanaf_personen is geen aantal personen"
        raise TypeError(msg)
    aftopping = {
        Doelgroep.EEN_TWEE_PERSONEN: kies_aftoppingsgrens(1, vanaf, laag, hoog)[0],
        Doelgroep.DRIE_OF_MEER: kies_aftoppingsgrens(drempel, vanaf, laag, hoog)[0],
    }
    return Grenzen(
        peildatum=datum,
        parameters=ps,
        aftopping=aftopping,
        aftoppingsgrens_laag=laag,
        aftoppingsgrens_hoog=hoog,
        maximale_huurgrens=ps["daeb_huurgrens"],
        huurklassen=huurklasse_plan(ps),
    )
