"""Grenzen per verzoek: grootte van de inhoud, inhoudstype en tijdslimiet.

* :func:`lees_inhoud` leest de inhoud van een verzoek in stukken en stopt zodra die groter wordt
  dan de grens (``413``), ook als de client geen of een onjuiste ``Content-Length`` stuurt;
* :func:`controleer_inhoudstype` weigert een ander inhoudstype dan verwacht (``415``);
* :class:`Tijdslimiet` (ASGI-middleware) breekt een verzoek af dat langer duurt dan de limiet
  (``503``). Werk in een thread (een toets van een bestand) kan niet van buiten worden gestopt;
  dat controleert zelf regelmatig zijn :class:`Termijn`.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from passend_toewijzen.dienst.antwoorden import Dienstfout

__all__ = [
    "Termijn",
    "Tijdop",
    "Tijdslimiet",
    "controleer_inhoudstype",
    "lees_inhoud",
    "mediatype",
    "stukken",
    "termijn",
]


def _mb(grootte: int) -> str:
    waarde = grootte / (1024 * 1024)
    return f"{waarde:.0f} MB" if waarde >= 1 else f"{grootte} bytes"


def te_groot(limiet: int) -> Dienstfout:
    """De fout voor een verzoek boven de grens."""
    return Dienstfout(
        413,
        "te_groot",
        f"Het verzoek is groter dan de grens van {_mb(limiet)} van deze dienst. Splits de invoer, "
        "of start de dienst met een hogere grens (--max-upload of --max-json).",
    )


def mediatype(request: Request) -> tuple[str, dict[str, str]]:
    """Het inhoudstype van het verzoek (kleine letters) en zijn parameters."""
    ruw = request.headers.get("content-type", "")
    soort, _, rest = ruw.partition(";")
    parameters: dict[str, str] = {}
    for deel in rest.split(";"):
        sleutel, teken, waarde = deel.partition("=")
        if teken:
            parameters[sleutel.strip().lower()] = waarde.strip().strip('"')
    return soort.strip().lower(), parameters


def controleer_inhoudstype(request: Request, toegestaan: tuple[str, ...]) -> str:
    """Geef het inhoudstype als het een van ``toegestaan`` is (tekst in UTF-8), anders ``415``."""
    soort, parameters = mediatype(request)
    if soort not in toegestaan:
        gekregen = f"'{soort}'" if soort else "geen inhoudstype"
        raise Dienstfout(
            415,
            "verkeerd_inhoudstype",
            f"Verwacht {' of '.join(toegestaan)}, kreeg {gekregen}. Geef de kop Content-Type mee.",
        )
    tekenset = parameters.get("charset", "utf-8").lower()
    if tekenset not in ("utf-8", "utf8"):
        raise Dienstfout(
            415,
            "verkeerd_inhoudstype",
            f"Verwacht tekst in UTF-8, kreeg charset={tekenset}.",
        )
    return soort


def _aangekondigd(request: Request, limiet: int) -> None:
    lengte = request.headers.get("content-length")
    if lengte is not None and lengte.strip().isdigit() and int(lengte) > limiet:
        raise te_groot(limiet)


async def stukken(request: Request, limiet: int) -> AsyncIterator[bytes]:
    """De inhoud van het verzoek in stukken, met een ``413`` zodra de grens is overschreden."""
    _aangekondigd(request, limiet)
    gelezen = 0
    async for stuk in request.stream():
        gelezen += len(stuk)
        if gelezen > limiet:
            raise te_groot(limiet)
        if stuk:
            yield stuk


async def lees_inhoud(request: Request, limiet: int) -> bytes:
    """De hele inhoud van het verzoek (hoogstens ``limiet`` bytes)."""
    delen = [stuk async for stuk in stukken(request, limiet)]
    return b"".join(delen)


class Tijdop(Exception):
    """De tijdslimiet van het verzoek is verstreken."""

    def __init__(self, limiet: float) -> None:
        self.limiet = limiet
        super().__init__(f"tijdslimiet van {limiet:g} seconden verstreken")

    def fout(self) -> Dienstfout:
        """Het antwoord bij een verstreken tijdslimiet."""
        return Dienstfout(
            503,
            "tijdslimiet",
            f"Het verzoek duurde langer dan de tijdslimiet van {self.limiet:g} seconden van deze "
            "dienst en is afgebroken; er is niets bewaard. Splits de invoer, of start de dienst "
            "met een ruimere --tijdslimiet.",
        )


class Termijn:
    """Het moment waarop een verzoek klaar moet zijn; werk in een thread vraagt er zelf naar."""

    __slots__ = ("eind", "limiet")

    def __init__(self, limiet: float) -> None:
        self.limiet = limiet
        self.eind = time.monotonic() + limiet

    @property
    def over(self) -> float:
        """De resterende tijd in seconden (0 of meer)."""
        return max(0.0, self.eind - time.monotonic())

    def controleer(self) -> None:
        """Geef :class:`Tijdop` als de termijn verstreken is."""
        if time.monotonic() >= self.eind:
            raise Tijdop(self.limiet)


def termijn(request: Request) -> Termijn:
    """De termijn van dit verzoek (gezet door :class:`Tijdslimiet`)."""
    gevonden = request.scope.get("state", {}).get("termijn")
    return gevonden if isinstance(gevonden, Termijn) else Termijn(math.inf)


class Tijdslimiet:
    """ASGI-middleware: elk HTTP-verzoek krijgt een :class:`Termijn`; daarna volgt ``503``."""

    def __init__(self, app: ASGIApp, limiet: float) -> None:
        self.app = app
        self.limiet = limiet

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        eigen = Termijn(self.limiet)
        scope.setdefault("state", {})["termijn"] = eigen
        begonnen = False

        async def verstuur(bericht: Message) -> None:
            nonlocal begonnen
            if bericht["type"] == "http.response.start":
                begonnen = True
            await send(bericht)

        with anyio.move_on_after(self.limiet) as scope_tijd:
            await self.app(scope, receive, verstuur)
        if scope_tijd.cancelled_caught and not begonnen:
            await Tijdop(self.limiet).fout().antwoord()(scope, receive, send)
