"""Celwaarden omzetten: bedragen, datums, ja/nee, aantallen, keuzes en tekst.

Eén set omzetters voor elke ingang: de bestandslezer (CSV, Excel, Parquet, JSON Lines) en de
opties van de opdrachtregel (``--inkomen``, ``--huuringangsdatum``, ...). Elke omzetting is exact
of geeft een :class:`Waardefout`; er wordt nooit iets geraden.

**Bedragen** (:func:`lees_bedrag`)

* ``650.43``, ``650,43``, ``1.234,56``, ``1,234.56``, ``€ 650,43`` en ``25000`` worden gelezen;
* een scheidingsteken gevolgd door precies één of twee cijfers aan het eind is het decimaalteken;
  een ander scheidingsteken scheidt duizendtallen (groepen van drie cijfers);
* één scheidingsteken gevolgd door precies drie cijfers (``55.000`` of ``55,000``) is
  dubbelzinnig: zonder vast decimaalteken (``decimaalteken="komma"`` of ``"punt"``) is dat een
  fout die zegt hoe het wel moet (``55000`` of ``55.000,00``);
* bedragen hebben hoogstens twee decimalen en zijn niet negatief.

**Datums** (:func:`lees_datum`): ``JJJJ-MM-DD``, ``DD-MM-JJJJ`` en ``D-M-JJJJ``, met ``-``, ``/``
of ``.`` (steeds hetzelfde teken), of een datum uit Excel of Parquet. Een tijdstempel met een
tijd (``2024-03-01 10:30``, ``2024-03-01T10:30:00``, zoals toewijzingssystemen die uitvoeren)
telt als die dag; met een tijdzone (``Z``, ``+01:00``) als de dag in Nederland
(Europe/Amsterdam).

**Getallen** (:func:`lees_getal`): een exact decimaal getal dat geen bedrag is (een kans,
WWS-punten), met dezelfde regels voor komma en punt en elk aantal decimalen.

**Ja/nee** (:func:`lees_vlag`): ``ja``, ``nee``, ``j``, ``n``, ``1``, ``0``, ``true``, ``false``,
``waar``, ``onwaar`` (hoofdletters tellen niet).

**Tekst** (:func:`lees_tekst`): witruimte aan begin en eind valt weg, witruimte binnenin wordt
één spatie (ook een vaste spatie), en de tekst wordt Unicode-genormaliseerd (NFC), zodat
``Súdwest-Fryslân`` altijd één schrijfwijze heeft. Stuurtekens (zoals het nul-teken), onzichtbare
opmaaktekens (zoals een zachte afbreking of een tekenrichtingsteken) en bytes die niet in de
codering van het bestand te lezen waren, zijn een fout.

**Meldingen zonder persoonsgegevens.** Een :class:`Waardefout` heeft twee meldingen: ``str(fout)``
noemt alleen het soort probleem, :attr:`Waardefout.met_waarde` citeert ook de waarde. De lezer
citeert de waarde alleen in kolommen zonder persoonsgegevens (zie
:attr:`~passend_toewijzen.invoer.schema.Kolom.persoonsgegeven`): een inkomen, vermogen of
geboortedatum komt nooit in een melding.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from passend_toewijzen._meldingen import soortnaam
from passend_toewijzen.modellen.basis import decimalen

__all__ = [
    "Decimaalteken",
    "Waardefout",
    "lees_aantal",
    "lees_bedrag",
    "lees_datum",
    "lees_getal",
    "lees_keuze",
    "lees_tekst",
    "lees_vlag",
]

Decimaalteken = Literal["auto", "komma", "punt"]

_MAX_CIJFERS_AANTAL = 18
"""Een aantal met meer cijfers is geen aantal personen (en wordt niet eerst een ``int``)."""

_MAX_TEKENS_IN_MELDING = 40
"""Een geciteerde waarde wordt hierna afgekapt (een melding blijft kort)."""


class Waardefout(ValueError):
    """Een celwaarde die niet om te zetten is.

    ``str(fout)`` zegt wat er mis is zonder de waarde te noemen; :attr:`met_waarde` noemt haar
    ook (voor kolommen zonder persoonsgegevens).
    """

    def __init__(self, melding: str, met_waarde: str | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        self.met_waarde = met_waarde or melding


def _citaat(tekst: str) -> str:
    """De waarde tussen aanhalingstekens, afgekapt als zij lang is."""
    if len(tekst) > _MAX_TEKENS_IN_MELDING:
        tekst = tekst[: _MAX_TEKENS_IN_MELDING - 1] + "…"
    return repr(tekst)


def _fout(gezegde: str, tekst: str) -> Waardefout:
    """``"is geen datum"`` → ``Waardefout("geen datum", "'gisteren' is geen datum")``."""
    zonder = gezegde.removeprefix("is ")
    return Waardefout(zonder, f"{_citaat(tekst)} {gezegde}")


def _verwacht(wat: str, waarde: object) -> Waardefout:
    return Waardefout(f"verwacht {wat}, geen {soortnaam(waarde)}")


# --- tekst ----------------------------------------------------------------------------------------

_WITRUIMTE = re.compile(r"\s+")
_ONZICHTBAAR = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_REGELEINDE = re.compile("[\t\n\r\v\f\u2028\u2029\x85]")
_SURROGAAT = re.compile("[\ud800-\udfff]")


def lees_tekst(waarde: object) -> str | None:
    """Genormaliseerde tekst (zie de moduledocumentatie); een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, str):
        if waarde.isascii() and waarde.isprintable():
            # Snelle weg: gewone tekst zonder stuurtekens.
            tekst = " ".join(waarde.split()) if "  " in waarde else waarde.strip()
            return tekst or None
        return _niet_ascii(waarde)
    if isinstance(waarde, bool):
        raise _verwacht("tekst", waarde)
    if isinstance(waarde, int):
        return str(waarde)
    raise _verwacht("tekst", waarde)


def _niet_ascii(waarde: str) -> str | None:
    if _SURROGAAT.search(waarde):
        raise Waardefout(
            "bevat bytes die niet te lezen zijn in de tekstcodering van het bestand "
            "(misschien gemengde coderingen, zoals UTF-8 en Windows-1252)"
        )
    tekst = waarde.strip()
    if _REGELEINDE.search(tekst):
        raise Waardefout("bevat een regeleinde of tab midden in de waarde")
    gevonden = _ONZICHTBAAR.search(tekst)
    if gevonden is not None:
        teken = gevonden.group()
        naam = "nul-teken" if teken == "\0" else f"onzichtbaar teken U+{ord(teken):04X}"
        raise Waardefout(f"bevat een {naam}; verwijder het uit de waarde")
    tekst = _WITRUIMTE.sub(" ", unicodedata.normalize("NFC", tekst)).strip()
    return tekst or None


# --- keuzes ---------------------------------------------------------------------------------------


def lees_keuze(waarde: object, keuzes: Sequence[str]) -> str | None:
    """Eén van ``keuzes`` (hoofdletters en spaties tellen niet: ``"Zelf standig"`` mag niet,
    ``"Zelfstandig"`` wel); een lege cel is ``None``."""
    tekst = lees_tekst(waarde)
    if tekst is None:
        return None
    sleutel = tekst.lower().replace(" ", "_")
    if sleutel in keuzes:
        return sleutel
    gelijkend = difflib.get_close_matches(sleutel, keuzes, n=1, cutoff=0.75)
    hint = f" (bedoelt u {gelijkend[0]}?)" if gelijkend else ""
    raise _fout(f"is geen geldige keuze; kies uit {', '.join(keuzes)}{hint}", tekst)


# --- bedragen -------------------------------------------------------------------------------------

_CIJFERS = re.compile(r"^\d+$")
_EENVOUDIG = re.compile(r"(\d+)(?:[.,](\d{1,2}))?\Z")
_TEKENS = re.compile(r"^[\d.,]+$")
_DUIZENDTALLEN = re.compile(r"^\d{1,3}(\d{3})*$")
_VOORBEELD = "voorbeeld: 650,43 of 1.234,56"
DUBBELZINNIG = (
    "is dubbelzinnig (duizendtallen of drie decimalen?); schrijf het bedrag zonder "
    "scheidingsteken voor duizendtallen (48250) of met de decimalen erbij (48.250,00 of 48250.00)"
)
"""Het gezegde van de melding bij een dubbelzinnig bedrag."""


class DubbelzinnigBedrag(Waardefout):
    """Een bedrag als ``55.000``: duizendtallen of drie decimalen."""


def lees_bedrag(waarde: object, decimaalteken: Decimaalteken = "auto") -> Decimal | None:
    """Een niet-negatief bedrag in euro met hoogstens twee decimalen; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise _verwacht("een bedrag", waarde)
    if isinstance(waarde, Decimal):
        return _controleer(waarde, str(waarde))
    if isinstance(waarde, int):
        return _controleer(Decimal(waarde), str(waarde))
    if isinstance(waarde, float):
        # Excel en Parquet leveren getallen als float; alleen exacte centen worden aanvaard.
        tekst = repr(waarde)
        if not re.fullmatch(r"\d+(\.\d{1,2})?", tekst.removesuffix(".0")):
            raise Waardefout(
                "het getal is geen exact bedrag in centen",
                f"het getal {tekst} is geen exact bedrag in centen",
            )
        return _controleer(Decimal(tekst), tekst)
    if not isinstance(waarde, str):
        raise _verwacht("een bedrag", waarde)
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
        raise Waardefout(
            "een bedrag kan niet negatief zijn",
            f"{_citaat(tekst)}: een bedrag kan niet negatief zijn",
        )
    if _CIJFERS.match(schoon):
        return _controleer(Decimal(schoon), tekst)
    if not _TEKENS.match(schoon):
        raise _fout(f"is geen bedrag ({_VOORBEELD})", tekst)
    komma, punt = schoon.rfind(","), schoon.rfind(".")
    if decimaalteken == "komma":
        geheel, deel = _splits(schoon, komma, ".", tekst)
    elif decimaalteken == "punt":
        geheel, deel = _splits(schoon, punt, ",", tekst)
    else:
        laatste = max(komma, punt)
        aantal_decimalen = len(schoon) - laatste - 1
        if aantal_decimalen == 3 and (komma == -1 or punt == -1):
            raise DubbelzinnigBedrag(
                DUBBELZINNIG.removeprefix("is "), f"{_citaat(tekst)} {DUBBELZINNIG}"
            )
        if aantal_decimalen in (1, 2):
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
            raise _fout(f"is geen bedrag ({_VOORBEELD})", tekst)
        if any(len(g) != 3 for g in groepen[1:]) or not 1 <= len(groepen[0]) <= 3:
            melding = "duizendtallen staan in groepen van drie cijfers"
            raise Waardefout(melding, f"{_citaat(tekst)}: {melding}")
        geheel = "".join(groepen)
    if not _CIJFERS.match(geheel) or (deel and not _CIJFERS.match(deel)):
        raise _fout(f"is geen bedrag ({_VOORBEELD})", tekst)
    return geheel, deel


def _controleer(getal: Decimal, tekst: str) -> Decimal:
    if not getal.is_finite():
        raise Waardefout(
            "een bedrag moet eindig zijn", f"{_citaat(tekst)}: een bedrag moet eindig zijn"
        )
    if getal < 0:
        melding = "een bedrag kan niet negatief zijn"
        raise Waardefout(melding, f"{_citaat(tekst)}: {melding}")
    exponent = getal.as_tuple().exponent
    # Exact geteld, zonder quantize (dat faalt bij meer cijfers dan de precisie van de context).
    if isinstance(exponent, int) and exponent < -2 and decimalen(getal) > 2:
        melding = "een bedrag heeft hoogstens twee decimalen (centen)"
        raise Waardefout(melding, f"{_citaat(tekst)}: {melding}")
    return getal


# --- getallen ------------------------------------------------------------------------------------


def lees_getal(waarde: object, decimaalteken: Decimaalteken = "auto") -> Decimal | None:
    """Een exact decimaal getal dat geen bedrag is (een kans, WWS-punten): ``0,08``, ``12.5``,
    ``1.234,5``; een lege cel is ``None``.

    Dezelfde regels als :func:`lees_bedrag` (ook: één soort scheidingsteken met precies drie
    cijfers erachter is dubbelzinnig, behalve na een enkele nul: ``0,125``), maar met elk aantal
    decimalen; niet negatief.
    """
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise _verwacht("een getal", waarde)
    if isinstance(waarde, float):
        tekst = repr(waarde)
        if not re.fullmatch(r"\d+(\.\d+)?", tekst):
            raise Waardefout("het getal is niet exact", f"het getal {tekst} is niet exact")
        return Decimal(tekst)
    if isinstance(waarde, int | Decimal):
        getal = Decimal(waarde)
        if not getal.is_finite() or getal < 0:
            raise Waardefout("verwacht een eindig getal van 0 of meer")
        return getal
    if not isinstance(waarde, str):
        raise _verwacht("een getal", waarde)
    tekst = waarde.strip().replace("\u00a0", "").replace(" ", "")
    if not tekst:
        return None
    if tekst.startswith("-"):
        raise _fout("is negatief; verwacht een getal van 0 of meer", tekst)
    if not _TEKENS.match(tekst) or not tekst[0].isdigit() or not tekst[-1].isdigit():
        raise _fout("is geen getal (voorbeeld: 0,08 of 12,5)", tekst)
    komma, punt = tekst.rfind(","), tekst.rfind(".")
    if decimaalteken == "komma":
        scheiding = ","
    elif decimaalteken == "punt":
        scheiding = "."
    else:
        laatste = max(komma, punt)
        if laatste == -1:
            return Decimal(tekst)
        if (komma == -1 or punt == -1) and len(tekst) - laatste - 1 == 3 and tekst[:laatste] != "0":
            gezegde = DUBBELZINNIG.replace("het bedrag", "het getal")
            raise DubbelzinnigBedrag(gezegde.removeprefix("is "), f"{_citaat(tekst)} {gezegde}")
        scheiding = tekst[laatste]
    positie = tekst.rfind(scheiding)
    geheel, deel = _splits(tekst, positie, "." if scheiding == "," else ",", tekst)
    return Decimal(f"{geheel}.{deel}" if deel else geheel)


# --- datums ---------------------------------------------------------------------------------------

_DATUM = re.compile(
    r"^(?:(?P<jaar>\d{4})(?P<s1>[-/.])(?P<maand>\d{1,2})(?P=s1)(?P<dag>\d{1,2})"
    r"|(?P<dag2>\d{1,2})(?P<s2>[-/.])(?P<maand2>\d{1,2})(?P=s2)(?P<jaar2>\d{4}))"
    r"(?:[T ](?P<uur>\d{1,2}):(?P<minuut>\d{2})(?::(?P<seconde>\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$"
)
_DATUMVORMEN = "JJJJ-MM-DD of DD-MM-JJJJ, eventueel met een tijd"
_NL_ZONE = "Europe/Amsterdam"


def lees_datum(waarde: object) -> date | None:
    """Een kalenderdatum (zie de moduledocumentatie); een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, datetime):
        return _datum_van_tijdstip(waarde)
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, time):
        raise Waardefout("verwacht een datum, geen tijd zonder datum")
    if isinstance(waarde, int | float | Decimal) and not isinstance(waarde, bool):
        raise Waardefout(
            "verwacht een datum, geen getal (staat de kolom in Excel als getal opgemaakt?)"
        )
    if not isinstance(waarde, str):
        raise _verwacht(f"een datum ({_DATUMVORMEN})", waarde)
    tekst = waarde.strip()
    if not tekst:
        return None
    return _tekst_naar_datum(tekst)


def _datum_van_tijdstip(tijdstip: datetime) -> date:
    if tijdstip.tzinfo is None or tijdstip.utcoffset() is None:
        return tijdstip.date()
    try:
        from zoneinfo import ZoneInfo

        return tijdstip.astimezone(ZoneInfo(_NL_ZONE)).date()
    except (ImportError, LookupError, OSError):  # pragma: no cover - zonder tijdzonedata
        raise Waardefout(
            "een tijdstip met tijdzone, maar de tijdzonegegevens van Nederland ontbreken op dit "
            "systeem (pip install tzdata); geef de datum zonder tijdzone"
        ) from None


@lru_cache(maxsize=16384)
def _tekst_naar_datum(tekst: str) -> date:
    gevonden = _DATUM.match(tekst)
    if gevonden is None:
        raise _fout(f"is geen datum; gebruik {_DATUMVORMEN}", tekst)
    g = gevonden.groupdict()
    jaar, maand, dag = (
        int(g["jaar"] or g["jaar2"]),
        int(g["maand"] or g["maand2"]),
        int(g["dag"] or g["dag2"]),
    )
    try:
        dag_zelf = date(jaar, maand, dag)
    except ValueError:
        raise _fout("is geen bestaande datum", tekst) from None
    if g["uur"] is None:
        return dag_zelf
    uur, minuut, seconde = int(g["uur"]), int(g["minuut"]), int(g["seconde"] or 0)
    if uur > 23 or minuut > 59 or seconde > 59:
        raise _fout("heeft geen geldige tijd (uur 0-23, minuten en seconden 0-59)", tekst)
    tijdstip = datetime(dag_zelf.year, dag_zelf.month, dag_zelf.day, uur, minuut, seconde)  # noqa: DTZ001
    zone = g["zone"]
    if zone is None:
        return dag_zelf
    if zone == "Z":
        verschuiving = timedelta(0)
    else:
        teken = -1 if zone[0] == "-" else 1
        cijfers = zone[1:].replace(":", "")
        uren, minuten = int(cijfers[:2]), int(cijfers[2:])
        if uren > 14 or minuten > 59:
            raise _fout("heeft geen geldige tijdzone", tekst)
        verschuiving = teken * timedelta(hours=uren, minutes=minuten)
    return _datum_van_tijdstip(tijdstip.replace(tzinfo=timezone(verschuiving)))


# --- ja/nee en aantallen --------------------------------------------------------------------------

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


def lees_vlag(waarde: object) -> bool | None:
    """Ja of nee; een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, int) and waarde in (0, 1):
        return bool(waarde)
    if not isinstance(waarde, str):
        raise Waardefout(
            f"verwacht ja of nee, geen {soortnaam(waarde)}", f"verwacht ja of nee, geen {waarde!r}"
        )
    tekst = waarde.strip().lower()
    if not tekst:
        return None
    try:
        return _VLAGGEN[tekst]
    except KeyError:
        raise _fout("is geen ja/nee-waarde (ja, nee, 1, 0)", waarde.strip()) from None


def lees_aantal(waarde: object) -> int | None:
    """Een geheel aantal (zoals het aantal personen); een lege cel is ``None``."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise _verwacht("een aantal", waarde)
    if isinstance(waarde, int):
        return waarde
    if isinstance(waarde, float):
        if waarde.is_integer() and abs(waarde) < 10.0**_MAX_CIJFERS_AANTAL:
            return int(waarde)
        raise Waardefout("geen geheel aantal", f"{waarde!r} is geen geheel aantal")
    if isinstance(waarde, Decimal):
        # Eerst de grootte: int() van 1E+999999999 zou een getal van een miljard cijfers maken.
        klein = waarde.is_finite() and waarde.adjusted() < _MAX_CIJFERS_AANTAL
        if klein and decimalen(waarde) == 0:
            return int(waarde)
        raise Waardefout("geen geheel aantal", f"{_citaat(str(waarde))} is geen geheel aantal")
    if not isinstance(waarde, str):
        raise _verwacht("een aantal", waarde)
    tekst = waarde.strip()
    if not tekst:
        return None
    if not _CIJFERS.match(tekst) or len(tekst) > _MAX_CIJFERS_AANTAL:
        raise _fout("is geen geheel aantal", tekst)
    return int(tekst)
