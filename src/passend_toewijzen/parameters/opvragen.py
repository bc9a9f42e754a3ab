"""Opvragen van de parameters die op een datum gelden: :func:`parameters_op`."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache

from passend_toewijzen.fouten import DatumBuitenDekking
from passend_toewijzen.parameters.laden import Register, laad_register, lees_pakketdata
from passend_toewijzen.parameters.waarden import (
    Parameterdefinitie,
    Parameterset,
    Parameterwaarde,
    Reekswaarde,
    Status,
)

__all__ = ["beschikbare_periode", "eerste_ingangsdatum", "parameters_op", "register"]


@cache
def register() -> Register:
    """Het register met de meegeleverde parameterdata (één keer gelezen en gecontroleerd)."""
    return laad_register(lees_pakketdata())


def beschikbare_periode() -> tuple[date, date]:
    """De eerste en laatste datum (inclusief) waarvoor de bibliotheek parameters bevat."""
    reg = register()
    return reg.dekking_van, reg.dekking_tot


def eerste_ingangsdatum(naam: str) -> date:
    """De datum waarop een parameter voor het eerst een waarde heeft (het begin van een regel)."""
    return register().definities[naam].reeks[0].geldig_vanaf


def parameters_op(
    datum: date,
    *,
    buiten_dekking_toestaan: bool = False,
    sta_voorlopig_toe: bool = False,
) -> Parameterset:
    """Alle parameterwaarden die op ``datum`` gelden, elk met ingangsdatum, bron en status.

    Een datum buiten de gedekte periode geeft :class:`~passend_toewijzen.fouten.DatumBuitenDekking`
    (de melding noemt de periode), tenzij ``buiten_dekking_toestaan=True``: dan krijgt u de
    laatst bekende waarden en staat ``buiten_dekking`` op ``True`` in de set. Voorlopige waarden
    geven bij opvragen een fout, tenzij ``sta_voorlopig_toe=True``.
    """
    if isinstance(datum, datetime) or not isinstance(datum, date):
        msg = f"datum moet een datetime.date zijn (geen {type(datum).__name__})"
        raise TypeError(msg)
    return _parameters_op(datum, buiten_dekking_toestaan, sta_voorlopig_toe)


def _maak_parameters_op(
    datum: date, buiten_dekking_toestaan: bool, sta_voorlopig_toe: bool
) -> Parameterset:
    reg = register()
    buiten = not (reg.dekking_van <= datum <= reg.dekking_tot)
    if buiten and not buiten_dekking_toestaan:
        raise DatumBuitenDekking(datum, reg.dekking_van, reg.dekking_tot)
    waarden: dict[str, Parameterwaarde] = {}
    ontbrekend: dict[str, str] = {}
    onbekend: set[str] = set()
    for naam, definitie in reg.definities.items():
        rw = definitie.reekswaarde_op(datum)
        if rw is None:
            eerste = definitie.reeks[0].geldig_vanaf.isoformat()
            ontbrekend[naam] = f"de parameter geldt pas vanaf {eerste}" + _zie_ook(
                definitie.zie_ook
            )
        elif rw.vervallen:
            ontbrekend[naam] = (
                f"de parameter is vervallen per {rw.geldig_vanaf.isoformat()}"
                + (f" ({rw.opmerking})" if rw.opmerking else "")
                + _zie_ook(definitie.zie_ook)
            )
        elif rw.status is Status.ONBEKEND:
            # laad_register waarborgt: 'onbekend' heeft nooit een waarde, elke andere (niet
            # vervallen) reekswaarde heeft een waarde en een bron.
            onbekend.add(naam)
            ontbrekend[naam] = (
                f"voor de periode vanaf {rw.geldig_vanaf.isoformat()} is geen onderbouwde waarde "
                f"opgenomen ({rw.opmerking})"
            )
        else:
            waarden[naam] = _geldende_waarde(definitie, rw)
    return Parameterset(
        peildatum=datum,
        waarden=waarden,
        ontbrekend=ontbrekend,
        definities=reg.definities,
        data_versie=reg.data_versie,
        data_hash=reg.data_hash,
        onbekend=frozenset(onbekend),
        buiten_dekking=buiten,
        sta_voorlopig_toe=sta_voorlopig_toe,
    )


# De geheugens staan los van de functies: mutmut (scripts/mutatietest.py) muteert geen functies
# met een decorator, en zo worden ook deze functies gemuteerd.
_parameters_op = lru_cache(maxsize=4096)(_maak_parameters_op)


_GELDEND: dict[tuple[int, int], tuple[Parameterdefinitie, Reekswaarde, Parameterwaarde]] = {}
"""Eén :class:`Parameterwaarde` per reekswaarde van het register, gedeeld door alle peildata."""


def _geldende_waarde(definitie: Parameterdefinitie, rw: Reekswaarde) -> Parameterwaarde:
    """De geldende waarde bij een reekswaarde, één keer gemaakt en daarna hergebruikt.

    Een parameterwaarde hangt alleen af van de definitie en de reekswaarde, niet van de peildatum;
    zo delen alle peildata tussen twee wijzigingen dezelfde (onveranderlijke) objecten. Het
    geheugen houdt de definitie en de reekswaarde vast zolang het hun waarde bewaart: een sleutel
    van identiteiten kan dus nooit naar een ander (later gemaakt) object wijzen.
    """
    sleutel = (id(definitie), id(rw))
    gevonden = _GELDEND.get(sleutel)
    if gevonden is None:
        gevonden = (definitie, rw, definitie.parameterwaarde(rw))
        _GELDEND[sleutel] = gevonden
    return gevonden[2]


def _zie_ook(namen: tuple[str, ...]) -> str:
    if not namen:
        return ""
    return "; zie ook " + ", ".join(repr(n) for n in namen)
