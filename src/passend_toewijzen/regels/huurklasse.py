"""Huurklasse van een kale huur op een datum.

De klassen volgen de wettelijke huurgrenzen (Wet op de huurtoeslag art. 13 en 20) en, vanaf
1 juli 2024, de liberalisatiegrens van de middenhuur (Wet betaalbare huur). Elke grens is
inclusief ("ten hoogste"): een huur gelijk aan een grens valt in de lagere klasse. Zo leest ook
de dVi de huurprijsgrenzen ("tot en met-grens", SBR Wonen servicedesk 2.3).

=====================  ======================================================  =====
klasse                 kale huur                                                VERA
=====================  ======================================================  =====
goedkoop               ≤ kwaliteitskortingsgrens                                GOE
betaalbaar_laag        ≤ aftoppingsgrens laag                                   BET
betaalbaar_hoog        ≤ aftoppingsgrens hoog                                   BET
duur_tot_huurgrens     ≤ maximale huurgrens (tot 1-7-2024: liberalisatiegrens)  DUU
middenhuur             ≤ liberalisatiegrens (middenhuur, vanaf 1-7-2024)        BOV
vrije_sector           daarboven                                                BOV
=====================  ======================================================  =====
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from passend_toewijzen._gedeeld import gedeeld
from passend_toewijzen.fouten import ParameterFout
from passend_toewijzen.parameters import Parameterset, Parameterwaarde

__all__ = [
    "Huurklasse",
    "HuurklasseIndeling",
    "HuurklassePlan",
    "bepaal_huurklasse",
    "huurklasse_plan",
]


class Huurklasse(enum.StrEnum):
    """Huurklasse van een kale huur, met de VERA-code (Aedes) waar die bestaat."""

    GOEDKOOP = "goedkoop"
    BETAALBAAR_LAAG = "betaalbaar_laag"
    BETAALBAAR_HOOG = "betaalbaar_hoog"
    DUUR_TOT_HUURGRENS = "duur_tot_huurgrens"
    MIDDENHUUR = "middenhuur"
    VRIJE_SECTOR = "vrije_sector"

    @property
    def vera_code(self) -> str:
        """De VERA-code (referentiedata huurklasse): GOE, BET, DUU of BOV."""
        return _VERA[self]

    @property
    def omschrijving(self) -> str:
        """Nederlandse omschrijving van de klasse."""
        return _OMSCHRIJVING[self]


_VERA = {
    Huurklasse.GOEDKOOP: "GOE",
    Huurklasse.BETAALBAAR_LAAG: "BET",
    Huurklasse.BETAALBAAR_HOOG: "BET",
    Huurklasse.DUUR_TOT_HUURGRENS: "DUU",
    Huurklasse.MIDDENHUUR: "BOV",
    Huurklasse.VRIJE_SECTOR: "BOV",
}

_OMSCHRIJVING = {
    Huurklasse.GOEDKOOP: "goedkoop (tot en met de kwaliteitskortingsgrens)",
    Huurklasse.BETAALBAAR_LAAG: "betaalbaar, tot en met de lage aftoppingsgrens",
    Huurklasse.BETAALBAAR_HOOG: "betaalbaar, tot en met de hoge aftoppingsgrens",
    Huurklasse.DUUR_TOT_HUURGRENS: "duur, tot en met de maximale huurgrens",
    Huurklasse.MIDDENHUUR: "middenhuur, tot en met de liberalisatiegrens",
    Huurklasse.VRIJE_SECTOR: "vrije sector",
}

# (klasse, parameter met de bovengrens); de volgorde is oplopend.
_GRENZEN: tuple[tuple[Huurklasse, str], ...] = (
    (Huurklasse.GOEDKOOP, "kwaliteitskortingsgrens"),
    (Huurklasse.BETAALBAAR_LAAG, "aftoppingsgrens_laag"),
    (Huurklasse.BETAALBAAR_HOOG, "aftoppingsgrens_hoog"),
    (Huurklasse.DUUR_TOT_HUURGRENS, "daeb_huurgrens"),
    (Huurklasse.MIDDENHUUR, "liberalisatiegrens"),
)


class HuurklasseIndeling(NamedTuple):
    """De huurklasse met de grenzen waartussen de huur valt (voor uitleg en verantwoording)."""

    klasse: Huurklasse
    kale_huur: Decimal
    ondergrens: Parameterwaarde | None
    """De hoogste grens waar de huur boven ligt (``None`` voor goedkoop)."""
    bovengrens: Parameterwaarde | None
    """De grens waar de huur op of onder ligt (``None`` voor vrije sector)."""

    @property
    def vera_code(self) -> str:
        """De VERA-code van de klasse."""
        return self.klasse.vera_code


HuurklassePlan = tuple[tuple[Huurklasse, "Parameterwaarde | ParameterFout"], ...]
"""De bovengrenzen van de huurklassen die op één peildatum gelden, oplopend."""


def huurklasse_plan(parameters: Parameterset) -> HuurklassePlan:
    """De grenzen van de huurklassen op de peildatum van ``parameters``.

    De middenhuurklasse bestaat alleen als de liberalisatiegrens (middenhuur) op de peildatum
    in de wet geldt, dus vanaf 1 juli 2024; daarvoor is alles boven de maximale huurgrens vrije
    sector. Een grens die wel geldt maar onbekend is, staat als fout in het plan.
    """
    plan: list[tuple[Huurklasse, Parameterwaarde | ParameterFout]] = []
    for klasse, naam in _GRENZEN:
        try:
            if klasse is Huurklasse.MIDDENHUUR and not parameters.geldt(naam):
                break
            plan.append((klasse, parameters[naam]))
        except ParameterFout as fout:
            plan.append((klasse, fout))
    if any(isinstance(grens, ParameterFout) for _, grens in plan):
        return tuple(plan)  # een fout noemt de peildatum: niet te delen met andere peildata
    return gedeeld("huurklasse_plan", tuple(grens for _, grens in plan), lambda: tuple(plan))


_NUL = Decimal(0)
_VRIJE_SECTOR = Huurklasse.VRIJE_SECTOR
_maak_indeling: Callable[
    [tuple[Huurklasse, Decimal, Parameterwaarde | None, Parameterwaarde | None]],
    HuurklasseIndeling,
] = partial(tuple.__new__, HuurklasseIndeling)


def bepaal_huurklasse(
    kale_huur: Decimal, parameters: Parameterset | HuurklassePlan
) -> HuurklasseIndeling:
    """Deel een kale huur (per maand) in een huurklasse in met de grenzen van de peildatum.

    ``parameters`` is de parameterset van de peildatum of een al opgezocht plan. Een grens die
    nodig is maar waarvan de waarde onbekend is, geeft een
    :class:`~passend_toewijzen.fouten.ParameterNietVanKracht`.
    """
    if not isinstance(kale_huur, Decimal):
        msg = f"kale_huur moet een Decimal zijn, geen {type(kale_huur).__name__}"
        raise TypeError(msg)
    if kale_huur < _NUL:
        msg = "kale_huur kan niet negatief zijn"
        raise ValueError(msg)
    plan = parameters if isinstance(parameters, tuple) else huurklasse_plan(parameters)
    ondergrens: Parameterwaarde | None = None
    for klasse, grens in plan:
        if isinstance(grens, ParameterFout):
            # Zonder de traceback van eerdere keren: anders groeit die bij elke toets aan.
            raise grens.with_traceback(None)
        if kale_huur <= grens.waarde:  # type: ignore[operator]
            return _maak_indeling((klasse, kale_huur, ondergrens, grens))
        ondergrens = grens
    return _maak_indeling((_VRIJE_SECTOR, kale_huur, ondergrens, None))
