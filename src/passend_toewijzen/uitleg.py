"""Uitleg en ontvangstbewijs: elke uitkomst legt zichzelf uit en is later te reproduceren.

Een :class:`Uitlegregel` noemt de regel (id en artikel), de parameter met haar waarde,
ingangsdatum, bron en status, de uitkomst van de stap en een Nederlandse zin. De zin wordt pas
opgebouwd als iemand hem leest (``regel.zin``), zodat een toets van duizenden toewijzingen geen
tekst maakt die niemand leest; de inhoud staat vast op het moment van de toets.

Het :class:`Ontvangstbewijs` legt vast met welke bibliotheekversie, dataversie (en inhoudshash)
en peildatum een uitkomst tot stand kwam, zodat een accountant haar jaren later kan reproduceren.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple

import attrs

from passend_toewijzen.parameters.export import bron_als_dict, waarde_als_json
from passend_toewijzen.parameters.waarden import (
    Bron,
    Parameterwaarde,
    Status,
    formatteer_waarde,
    nl_bedrag,
)

__all__ = ["Ontvangstbewijs", "Regel", "Uitlegregel", "UitlegregelVelden", "maak_uitlegregel"]


@attrs.frozen(slots=True)
class Regel:
    """Een wettelijke regel zoals de bibliotheek hem toepast: id, artikel en korte naam."""

    id: str
    artikel: str
    naam: str


class Uitlegregel(NamedTuple):
    """Eén stap in de uitleg van een uitkomst (onveranderlijk).

    ``sjabloon`` en ``argumenten`` vormen samen de Nederlandse zin (``zin``); argumenten die een
    ``Decimal`` zijn, worden als bedrag getoond. Twee stappen zijn gelijk als regel, uitkomst,
    zin en parameterwaarde gelijk zijn (hoe de zin is opgebouwd, doet er niet toe: een stap die
    uit JSON is teruggelezen, heeft de zin zelf als sjabloon).
    """

    regel: Regel
    uitkomst: str
    sjabloon: str
    argumenten: tuple[Any, ...] = ()
    parameter: Parameterwaarde | None = None

    @property
    def regel_id(self) -> str:
        """Het id van de regel (zoals ``PT-05``)."""
        return self.regel.id

    @property
    def artikel(self) -> str:
        """Het artikel waarop de stap berust."""
        return self.regel.artikel

    @property
    def parameter_naam(self) -> str | None:
        """De naam van de gebruikte parameter, als er een is."""
        return self.parameter.naam if self.parameter else None

    @property
    def waarde(self) -> str | None:
        """De waarde van de gebruikte parameter, leesbaar."""
        return self.parameter.als_tekst() if self.parameter else None

    @property
    def geldig_vanaf(self) -> date | None:
        """De datum waarop de gebruikte parameterwaarde inging."""
        return self.parameter.geldig_vanaf if self.parameter else None

    @property
    def bron(self) -> Bron | None:
        """De bron van de gebruikte parameterwaarde."""
        return self.parameter.bron if self.parameter else None

    @property
    def status(self) -> Status | None:
        """De status van de onderbouwing van de gebruikte parameterwaarde."""
        return self.parameter.status if self.parameter else None

    @property
    def zin(self) -> str:
        """De stap als Nederlandse zin."""
        return self.sjabloon.format(*(_toon(a) for a in self.argumenten))

    def __eq__(self, ander: object) -> bool:
        if not isinstance(ander, Uitlegregel):
            return NotImplemented
        return (
            self.regel == ander.regel
            and self.uitkomst == ander.uitkomst
            and self.parameter == ander.parameter
            and self.zin == ander.zin
        )

    def __ne__(self, ander: object) -> bool:
        gelijk = self.__eq__(ander)
        return gelijk if gelijk is NotImplemented else not gelijk

    def __hash__(self) -> int:
        return hash((self.regel, self.uitkomst, self.zin))

    def als_dict(self) -> dict[str, Any]:
        """De stap als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        pw = self.parameter
        return {
            "regel_id": self.regel.id,
            "artikel": self.regel.artikel,
            "regel": self.regel.naam,
            "parameter": pw.naam if pw else None,
            "waarde": waarde_als_json(pw.waarde) if pw else None,
            "eenheid": pw.eenheid.value if pw else None,
            "geldig_vanaf": pw.geldig_vanaf.isoformat() if pw else None,
            "status": pw.status.value if pw else None,
            "bron": bron_als_dict(pw.bron) if pw else None,
            "uitkomst": self.uitkomst,
            "zin": self.zin,
        }


UitlegregelVelden = tuple[Regel, str, str, tuple[Any, ...], Parameterwaarde | None]
"""Alle vijf velden van een :class:`Uitlegregel`, in volgorde."""

maak_uitlegregel: Callable[[UitlegregelVelden], Uitlegregel] = partial(tuple.__new__, Uitlegregel)
"""Maak een :class:`Uitlegregel` uit al zijn velden, zonder de Python-aanroep van
``Uitlegregel(...)`` (ruim twee keer zo snel; voor de regels die per toets een stap maken)."""


def _toon(argument: Any) -> str:
    if isinstance(argument, Decimal):
        return nl_bedrag(argument)
    if isinstance(argument, Parameterwaarde):
        return formatteer_waarde(argument.waarde, argument.definitie.eenheid)
    if isinstance(argument, date):
        return argument.isoformat()
    return str(argument)


@attrs.frozen(slots=True)
class Ontvangstbewijs:
    """Waarmee een uitkomst is bepaald: bibliotheek- en dataversie, inhoudshash en peildatum."""

    bibliotheekversie: str
    """De versie van passend_toewijzen die de uitkomst bepaalde."""
    data_versie: str
    """De versie van de meegeleverde wettelijke data (zoals 2026.1)."""
    data_hash: str
    """De inhoudshash van de wettelijke data: dezelfde hash betekent dezelfde bedragen."""
    peildatum: date
    """De datum waarop de waarden zijn opgevraagd (de huuringangsdatum)."""
    beleid: str | None = None
    """Naam en inhoudshash van het lokale beleid, als dat is gebruikt."""
    buiten_dekking: bool = False
    """Of de peildatum buiten de gedekte periode van de data viel."""

    def als_dict(self) -> dict[str, Any]:
        """Het ontvangstbewijs als JSON-geschikt woordenboek."""
        return {
            "bibliotheekversie": self.bibliotheekversie,
            "data_versie": self.data_versie,
            "data_hash": self.data_hash,
            "peildatum": self.peildatum.isoformat(),
            "beleid": self.beleid,
            "buiten_dekking": self.buiten_dekking,
        }
