"""Celwaarden uit een bestand omzetten: bedragen, datums, ja/nee en aantallen.

Elke omzetting is exact of geeft een :class:`Waardefout` met een Nederlandse melding; er wordt
nooit iets geraden. Bedragen:

* ``650.43``, ``650,43``, ``1.234,56``, ``1,234.56``, ``€ 650,43`` en ``25000`` worden gelezen;
* een scheidingsteken gevolgd door precies één of twee cijfers aan het eind is het decimaalteken;
  een ander scheidingsteken scheidt duizendtallen (groepen van drie cijfers);
* één scheidingsteken gevolgd door precies drie cijfers (``1.234`` of ``1,234``) is dubbelzinnig:
  zonder vast decimaalteken voor het bestand (``decimaalteken="komma"`` of ``"punt"``) is dat een
  fout;
* bedragen hebben hoogstens twee decimalen en zijn niet negatief.

Datums: ``JJJJ-MM-DD`` of ``DD-MM-JJJJ`` (ook met ``/``), of een datum uit Excel of Parquet. Ja/nee:
``ja``, ``nee``, ``j``, ``n``, ``1``, ``0``, ``true``, ``false``, ``waar``, ``onwaar`` (hoofdletters
tellen niet).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from passend_toewijzen.modellen.basis import decimalen

__all__ = [
    "Decimaalteken",
    "Waardefout",
    "lees_aantal",
    "lees_bedrag",
    "lees_datum",
    "lees_tekst",
    "lees_vlag",
]

Decimaalteken = Literal["auto", "komma", "punt"]

_MAX_CIJFERS_AANTAL = 18
"""Een aantal met meer cijfers is geen aantal personen (en wordt niet eerst een ``int``)."""


class Waardefout(ValueError):
    """Een celwaarde die niet om te zetten is; de melding zegt waarom."""


_CIJFERS = re.compile(r"^\d+$")
_EENVOUDIG = re.compile(r"(\d+)(?:[.,](\d{1,2}))?\Z")
_TEKENS = re.compile(r"^[\d.,]+$")
_DUIZENDTALLEN = re.compile(r"^\d{1,3}(\d{3})*$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NL = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$")
_VLAGGEN = {
    "ja": True,
    "j": True,
    "1": True,
    "true": True,
    "waar": True,
    "nee": False,
    "n": False,
    "0": False,
    "false": False,
    "onwaar": False,
}


def lees_tekst(waarde: object) -> str | None:
    """Tekst zonder witruimte aan begin en eind; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, str):
        tekst = waarde.strip()
        return tekst or None
    if isinstance(waarde, bool):
        raise Waardefout("verwacht tekst, geen ja/nee-waarde")
    if isinstance(waarde, int):
        return str(waarde)
    raise Waardefout(f"verwacht tekst, geen {type(waarde).__name__}")


def lees_bedrag(waarde: object, decimaalteken: Decimaalteken = "auto") -> Decimal | None:
    """Een niet-negatief bedrag in euro met hoogstens twee decimalen; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise Waardefout("verwacht een bedrag, geen ja/nee-waarde")
    if isinstance(waarde, Decimal):
        return _controleer(waarde, str(waarde))
    if isinstance(waarde, int):
        return _controleer(Decimal(waarde), str(waarde))
    if isinstance(waarde, float):
        # Excel en Parquet leveren getallen als float; alleen exacte centen worden aanvaard.
        tekst = repr(waarde)
        if not re.fullmatch(r"\d+(\.\d{1,2})?", tekst.removesuffix(".0")):
            raise Waardefout(f"het getal {tekst} is geen exact bedrag in centen")
        return _controleer(Decimal(tekst), tekst)
    if not isinstance(waarde, str):
        raise Waardefout(f"verwacht een bedrag, geen {type(waarde).__name__}")
    eenvoudig = _EENVOUDIG.match(waarde)
    if eenvoudig is not None and (decimaalteken == "auto" or eenvoudig.group(2) is None):
        # Snelle weg voor de gewone vorm: cijfers met hoogstens twee decimalen na komma of punt.
        geheel, decimalen = eenvoudig.groups()
        return Decimal(f"{geheel}.{decimalen}" if decimalen else geheel)
    tekst = waarde.strip()
    if not tekst:
        return None
    return _tekst_naar_bedrag(tekst, decimaalteken)


@lru_cache(maxsize=65536)
def _tekst_naar_bedrag(tekst: str, decimaalteken: Decimaalteken) -> Decimal:
    schoon = tekst.replace("€", "").replace("\u00a0", "").replace(" ", "")
    if schoon.startswith("-"):
        raise Waardefout(f"{tekst!r}: een bedrag kan niet negatief zijn")
    if _CIJFERS.match(schoon):
        return _controleer(Decimal(schoon), tekst)
    if not _TEKENS.match(schoon):
        raise Waardefout(f"{tekst!r} is geen bedrag (voorbeeld: 650,43 of 1.234,56)")
    komma, punt = schoon.rfind(","), schoon.rfind(".")
    if decimaalteken == "komma":
        geheel, deel = _splits(schoon, komma, ".", tekst)
    elif decimaalteken == "punt":
        geheel, deel = _splits(schoon, punt, ",", tekst)
    else:
        laatste = max(komma, punt)
        decimalen = len(schoon) - laatste - 1
        if decimalen == 3 and (komma == -1 or punt == -1):
            raise Waardefout(
                f"{tekst!r} is dubbelzinnig (duizendtallen of drie decimalen?); geef het "
                "decimaalteken van het bestand op (komma of punt)"
            )
        if decimalen in (1, 2):
            duizend = "." if laatste == komma else ","
            geheel, deel = _splits(schoon, laatste, duizend, tekst)
        else:
            geheel, deel = _splits(schoon, -1, "," if punt == -1 else ".", tekst)
    return _controleer(Decimal(f"{geheel}.{deel}" if deel else geheel), tekst)


def _splits(schoon: str, positie: int, duizend: str, tekst: str) -> tuple[str, str]:
    if positie == -1:
        geheel, deel = schoon, ""
    else:
        geheel, deel = schoon[:positie], schoon[positie + 1 :]
    if duizend in geheel:
        groepen = geheel.split(duizend)
        if not all(_CIJFERS.match(g) for g in groepen) or not _DUIZENDTALLEN.match(
            "".join(groepen)
        ):
            raise Waardefout(f"{tekst!r} is geen bedrag (voorbeeld: 650,43 of 1.234,56)")
        if any(len(g) != 3 for g in groepen[1:]) or not 1 <= len(groepen[0]) <= 3:
            raise Waardefout(f"{tekst!r}: duizendtallen staan in groepen van drie cijfers")
        geheel = "".join(groepen)
    if not _CIJFERS.match(geheel) or (deel and not _CIJFERS.match(deel)):
        raise Waardefout(f"{tekst!r} is geen bedrag (voorbeeld: 650,43 of 1.234,56)")
    return geheel, deel


def _controleer(getal: Decimal, tekst: str) -> Decimal:
    if not getal.is_finite():
        raise Waardefout(f"{tekst!r}: een bedrag moet eindig zijn")
    if getal < 0:
        raise Waardefout(f"{tekst!r}: een bedrag kan niet negatief zijn")
    exponent = getal.as_tuple().exponent
    # Exact geteld, zonder quantize (dat faalt bij meer cijfers dan de precisie van de context).
    if isinstance(exponent, int) and exponent < -2 and decimalen(getal) > 2:
        raise Waardefout(f"{tekst!r}: een bedrag heeft hoogstens twee decimalen (centen)")
    return getal


def lees_datum(waarde: object) -> date | None:
    """Een kalenderdatum; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, datetime):
        if waarde.time() != datetime.min.time():
            raise Waardefout(f"{waarde.isoformat()} heeft een tijd; verwacht een datum")
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    if not isinstance(waarde, str):
        raise Waardefout(f"verwacht een datum (JJJJ-MM-DD), geen {type(waarde).__name__}")
    tekst = waarde.strip()
    if not tekst:
        return None
    return _tekst_naar_datum(tekst)


@lru_cache(maxsize=16384)
def _tekst_naar_datum(tekst: str) -> date:
    iso = _ISO.match(tekst)
    if iso:
        jaar, maand, dag = (int(g) for g in iso.groups())
    else:
        nl = _NL.match(tekst)
        if not nl:
            raise Waardefout(f"{tekst!r} is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ")
        dag, maand, jaar = (int(g) for g in nl.groups())
    try:
        return date(jaar, maand, dag)
    except ValueError:
        raise Waardefout(f"{tekst!r} is geen bestaande datum") from None


def lees_vlag(waarde: object) -> bool | None:
    """Ja of nee; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, int) and waarde in (0, 1):
        return bool(waarde)
    if not isinstance(waarde, str):
        raise Waardefout(f"verwacht ja of nee, geen {waarde!r}")
    tekst = waarde.strip().lower()
    if not tekst:
        return None
    try:
        return _VLAGGEN[tekst]
    except KeyError:
        raise Waardefout(f"{waarde.strip()!r} is geen ja/nee-waarde (ja, nee, 1, 0)") from None


def lees_aantal(waarde: object) -> int | None:
    """Een geheel aantal (zoals het aantal personen); een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise Waardefout("verwacht een aantal, geen ja/nee-waarde")
    if isinstance(waarde, int):
        return waarde
    if isinstance(waarde, float):
        if waarde.is_integer() and abs(waarde) < 10.0**_MAX_CIJFERS_AANTAL:
            return int(waarde)
        raise Waardefout(f"{waarde!r} is geen geheel aantal")
    if isinstance(waarde, Decimal):
        # Eerst de grootte: int() van 1E+999999999 zou een getal van een miljard cijfers maken.
        klein = waarde.is_finite() and waarde.adjusted() < _MAX_CIJFERS_AANTAL
        if klein and decimalen(waarde) == 0:
            return int(waarde)
        raise Waardefout(f"{waarde} is geen geheel aantal")
    if not isinstance(waarde, str):
        raise Waardefout(f"verwacht een aantal, geen {type(waarde).__name__}")
    tekst = waarde.strip()
    if not tekst:
        return None
    if not _CIJFERS.match(tekst):
        raise Waardefout(f"{tekst!r} is geen geheel aantal")
    return int(tekst)
