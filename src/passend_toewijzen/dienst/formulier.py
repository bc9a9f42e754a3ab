"""Een formulier met bestanden (``multipart/form-data``) lezen, in stukken, naar een eigen map.

De inhoud wordt tijdens het ontvangen ontleed (python-multipart) en elk bestand gaat meteen naar
een bestand in de map die de aanroeper geeft (een privé tijdelijke map, zie
:mod:`~passend_toewijzen.dienst.tijdelijk`); niets komt in het geheugen of in de gewone tijdelijke
map van het systeem. Alleen de velden die de aanroeper noemt worden aangenomen; een onbekend veld,
een bestand waar tekst hoort (of omgekeerd), te veel delen, een te groot tekstveld of een
afgebroken formulier is een fout met een Nederlandse melding.

De naam van een bestand zoals de client die meegeeft wordt **nooit** als pad gebruikt: alleen het
laatste deel (na ``/`` of ``\\``) blijft over, en alleen als dat een gewone bestandsnaam is
(letters, cijfers, spatie, ``._-()``, niet met een punt beginnend, hoogstens 120 tekens).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO, NamedTuple

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from passend_toewijzen.dienst.antwoorden import Dienstfout
from passend_toewijzen.dienst.grenzen import controleer_inhoudstype, mediatype, stukken
from passend_toewijzen.fouten import Veldfout

__all__ = ["Bestand", "Formulier", "Veldsoort", "lees_formulier", "veilige_naam"]

MAX_TEKSTVELD = 64 * 1024
"""Het grootste tekstveld in bytes."""
MAX_DELEN = 64
"""Het grootste aantal velden en bestanden in één formulier."""
MAX_NAAM = 120

_TOEGESTAAN = re.compile(r"^[\w .()\-]+$")


class Veldsoort(enum.Enum):
    """Wat een veld van het formulier mag bevatten."""

    TEKST = "tekst"
    BESTAND = "bestand"
    BESTANDEN = "bestanden"
    """Een of meer bestanden onder dezelfde naam."""


class Bestand(NamedTuple):
    """Een ontvangen bestand: de (veilige) naam, de plek in de eigen map en de grootte."""

    naam: str
    pad: Path
    grootte: int


class Formulier(NamedTuple):
    """De ontvangen velden: tekst per veldnaam (een lijst) en bestanden per veldnaam."""

    tekst: dict[str, list[str]]
    bestanden: dict[str, list[Bestand]]

    def een(self, veld: str) -> str | None:
        """De enige waarde van een tekstveld (leeg telt als niet opgegeven)."""
        waarden = [w for w in self.tekst.get(veld, []) if w.strip()]
        if len(waarden) > 1:
            raise _ongeldig(veld, "mag maar één keer voorkomen")
        return waarden[0].strip() if waarden else None

    def alle(self, veld: str) -> list[str]:
        """Alle niet-lege waarden van een herhaalbaar tekstveld."""
        return [w.strip() for w in self.tekst.get(veld, []) if w.strip()]


def _ongeldig(veld: str, melding: str) -> Dienstfout:
    return Dienstfout(
        422,
        "ongeldig_formulier",
        f"Ongeldig formulier: {veld}: {melding}",
        [Veldfout(veld, melding)],
    )


def veilige_naam(ruw: str, veld: str) -> str:
    """Het laatste deel van een bestandsnaam van de client, als het een gewone naam is.

    Geeft een ``422`` voor een naam die leeg is, met een punt begint, of andere tekens bevat
    (de melding noemt de naam niet: die komt van de client).
    """
    naam = unicodedata.normalize("NFC", re.split(r"[\\/]", ruw)[-1]).strip()
    if not naam or naam.startswith(".") or len(naam) > MAX_NAAM or not _TOEGESTAAN.match(naam):
        raise _ongeldig(
            veld,
            "de bestandsnaam is leeg of bevat andere tekens dan letters, cijfers, spatie en "
            "._-(); geef het bestand een gewone naam, bijvoorbeeld toewijzingen-2025.csv",
        )
    return naam


class _Ontleder:
    """De callbacks voor python-multipart: houdt bij in welk deel we zijn en waar het heen gaat."""

    def __init__(self, map_: Path, velden: Mapping[str, Veldsoort]) -> None:
        self.map = map_
        self.velden = velden
        self.formulier = Formulier({}, {})
        self.kopnaam = b""
        self.kopwaarde = b""
        self.koppen: dict[bytes, bytes] = {}
        self.veld: str | None = None
        self.bestand: BinaryIO | None = None
        self.naam: str | None = None
        self.grootte = 0
        self.tekst = bytearray()
        self.delen = 0
        self.klaar = False

    # -- koppen van een deel -----------------------------------------------------------------
    def deel_begint(self) -> None:
        self.koppen = {}
        self.veld = None
        self.naam = None
        self.grootte = 0
        self.tekst = bytearray()

    def kopveld(self, data: bytes, begin: int, eind: int) -> None:
        self.kopnaam += data[begin:eind]

    def kopwaarde_deel(self, data: bytes, begin: int, eind: int) -> None:
        self.kopwaarde += data[begin:eind]

    def kop_eind(self) -> None:
        self.koppen[self.kopnaam.lower()] = self.kopwaarde
        self.kopnaam = b""
        self.kopwaarde = b""

    def koppen_klaar(self) -> None:
        self.delen += 1
        if self.delen > MAX_DELEN:
            raise _ongeldig("(formulier)", f"meer dan {MAX_DELEN} velden en bestanden")
        soort, opties = parse_options_header(self.koppen.get(b"content-disposition", b""))
        if soort != b"form-data" or b"name" not in opties:
            raise _ongeldig("(formulier)", "een deel zonder veldnaam (Content-Disposition)")
        veld = opties[b"name"].decode("utf-8", "replace")
        verwacht = self.velden.get(veld)
        if verwacht is None:
            bekend = ", ".join(sorted(self.velden))
            raise _ongeldig(veld[:60], f"onbekend veld; bekend zijn: {bekend}")
        self.veld = veld
        if b"filename" in opties:
            if verwacht is Veldsoort.TEKST:
                raise _ongeldig(veld, "verwacht tekst, geen bestand")
            ruw = opties[b"filename"].decode("utf-8", "replace")
            if not ruw:
                # Een browser stuurt een leeg bestandsveld mee als er niets is gekozen.
                self.naam = None
                return
            naam = veilige_naam(ruw, veld)
            lijst = self.formulier.bestanden.setdefault(veld, [])
            if verwacht is Veldsoort.BESTAND and lijst:
                raise _ongeldig(veld, "verwacht één bestand")
            if any(b.naam == naam for b in lijst):
                raise _ongeldig(veld, "twee bestanden met dezelfde naam; geef elk een eigen naam")
            submap = self.map / veld
            submap.mkdir(mode=0o700, exist_ok=True)
            pad = submap / naam
            self.naam = naam
            self.bestand = pad.open("xb")
        elif verwacht is not Veldsoort.TEKST:
            raise _ongeldig(veld, "verwacht een bestand, geen tekst")

    # -- inhoud van een deel -----------------------------------------------------------------
    def data(self, data: bytes, begin: int, eind: int) -> None:
        if self.bestand is not None:
            self.bestand.write(data[begin:eind])
            self.grootte += eind - begin
        elif (
            self.naam is None
            and self.veld is not None
            and self.velden[self.veld] is Veldsoort.TEKST
        ):
            self.tekst += data[begin:eind]
            if len(self.tekst) > MAX_TEKSTVELD:
                raise _ongeldig(self.veld, f"tekst langer dan {MAX_TEKSTVELD // 1024} kB")

    def deel_eindigt(self) -> None:
        if self.veld is None:
            return
        if self.bestand is not None:
            self.bestand.close()
            self.bestand = None
            assert self.naam is not None  # noqa: S101 - gezet met het bestand
            pad = self.map / self.veld / self.naam
            self.formulier.bestanden[self.veld].append(Bestand(self.naam, pad, self.grootte))
        elif self.velden[self.veld] is Veldsoort.TEKST:
            try:
                tekst = bytes(self.tekst).decode("utf-8")
            except UnicodeDecodeError:
                raise _ongeldig(self.veld, "de tekst is geen UTF-8") from None
            self.formulier.tekst.setdefault(self.veld, []).append(tekst)

    def einde(self) -> None:
        self.klaar = True

    def sluit(self) -> None:
        if self.bestand is not None:
            self.bestand.close()
            self.bestand = None


async def lees_formulier(
    request: Request, map_: Path, velden: Mapping[str, Veldsoort], limiet: int
) -> Formulier:
    """Lees het formulier van ``request``; bestanden komen in ``map_`` (één submap per veld).

    Fouten: ``415`` (geen ``multipart/form-data``), ``413`` (groter dan ``limiet``), ``422``
    (onbekend veld, afgebroken of ongeldig formulier).
    """
    controleer_inhoudstype(request, ("multipart/form-data",))
    _, parameters = mediatype(request)
    grens = parameters.get("boundary", "")
    if not grens or len(grens) > 200:
        raise _ongeldig("(formulier)", "geen geldige boundary in de kop Content-Type")
    ontleder = _Ontleder(map_, velden)
    parser = MultipartParser(
        grens,
        {
            "on_part_begin": ontleder.deel_begint,
            "on_header_field": ontleder.kopveld,
            "on_header_value": ontleder.kopwaarde_deel,
            "on_header_end": ontleder.kop_eind,
            "on_headers_finished": ontleder.koppen_klaar,
            "on_part_data": ontleder.data,
            "on_part_end": ontleder.deel_eindigt,
            "on_end": ontleder.einde,
        },
    )
    try:
        async for stuk in stukken(request, limiet):
            parser.write(stuk)
        parser.finalize()
    except FormParserError:
        raise _ongeldig("(formulier)", "geen geldig multipart/form-data") from None
    finally:
        ontleder.sluit()
    if not ontleder.klaar:
        raise _ongeldig("(formulier)", "het formulier is afgebroken (het einde ontbreekt)")
    return ontleder.formulier
