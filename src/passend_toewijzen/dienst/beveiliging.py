"""Middleware voor veiligheid: toegangslog zonder persoonsgegevens, vangnet en veiligheidskoppen.

* :class:`Toegangslog` schrijft per verzoek één regel: methode, pad (zonder querystring), status
  en duur. Nooit de inhoud van een verzoek of antwoord, nooit een querystring, nooit een melding
  van een fout. Een onverwachte fout wordt gelogd met alleen haar soort en de plek in de code
  (geen tekst: die kan invoer bevatten) en geeft een ``500`` met een vaste Nederlandse melding;
  de server blijft draaien.
* :class:`Koppen` zet op elk antwoord de veiligheidskoppen (geen MIME-sniffing, geen verwijzer,
  niet in een frame van een andere site, niet bewaren in een cache, een strikte
  Content-Security-Policy als de route er zelf geen zet).
"""

from __future__ import annotations

import logging
import time
import traceback
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from passend_toewijzen.dienst.antwoorden import Dienstfout

__all__ = ["CSP_API", "CSP_VERSLAG", "LOGGER", "TOEGANG", "Koppen", "Toegangslog"]

LOGGER = logging.getLogger("passend_toewijzen.dienst")
"""Fouten van de dienst (alleen soort en plek, nooit invoer)."""
TOEGANG = logging.getLogger("passend_toewijzen.dienst.toegang")
"""Eén regel per verzoek: methode, pad, status, duur."""

CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
"""De Content-Security-Policy van elk antwoord waarvoor de route geen eigen beleid zet."""
CSP_VERSLAG = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'none'; sandbox"
)
"""Het HTML-verslag: alleen zijn eigen opmaak en inline grafieken, geen script, geen verzoeken."""

_KOPPEN = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def _plek(exc: BaseException) -> str:
    """De binnenste plek in de code van deze bibliotheek waar ``exc`` ontstond (bestand:regel)."""
    plekken = traceback.extract_tb(exc.__traceback__)
    eigen = [p for p in plekken if "passend_toewijzen" in p.filename] or plekken
    if not eigen:
        return "onbekend"
    laatste = eigen[-1]
    bestand = laatste.filename.replace("\\", "/")
    deel = bestand.split("passend_toewijzen/")[-1]
    return f"{deel}:{laatste.lineno} ({laatste.name})"


class Toegangslog:
    """ASGI-middleware: één logregel per verzoek en een vangnet voor onverwachte fouten."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        begin = time.perf_counter()
        status = 0

        async def verstuur(bericht: Message) -> None:
            nonlocal status
            if bericht["type"] == "http.response.start":
                status = int(bericht["status"])
            await send(bericht)

        try:
            await self.app(scope, receive, verstuur)
        except Exception as exc:
            LOGGER.error(
                "onverwachte fout %s bij %s %s in %s",
                type(exc).__name__,
                scope.get("method", "?"),
                scope.get("path", "?"),
                _plek(exc),
            )
            if status == 0:
                status = 500
                await Dienstfout(
                    500,
                    "interne_fout",
                    "Er ging iets mis in de dienst; de fout is gelogd (zonder uw gegevens). "
                    "Probeer het opnieuw of meld het aan de beheerder.",
                ).antwoord()(scope, receive, send)
        finally:
            TOEGANG.info(
                "%s %s %d %.0f ms",
                scope.get("method", "?"),
                scope.get("path", "?"),
                status,
                (time.perf_counter() - begin) * 1000,
            )


_RUWE_KOPPEN = tuple(
    (naam.encode("latin-1"), waarde.encode("latin-1"))
    for naam, waarde in {**_KOPPEN, "content-security-policy": CSP_API}.items()
)
"""De koppen zoals ze in het ASGI-bericht staan (een route die er zelf een zet, gaat voor)."""

_VEILIGE_METHODEN = ("GET", "HEAD", "OPTIONS")


def _herkomst_vreemd(scope: Scope, hosts: tuple[str, ...]) -> bool:
    """Of een verzoek dat iets doet van een andere website komt (tegen cross-site verzoeken).

    Een browser zegt dat met ``Sec-Fetch-Site`` of ``Origin``; een programma als curl stuurt
    geen van beide en wordt niet geweigerd.
    """
    if scope.get("method") in _VEILIGE_METHODEN:
        return False
    koppen = Headers(scope=scope)
    if koppen.get("sec-fetch-site", "").lower() in ("cross-site", "same-site"):
        return True
    herkomst = koppen.get("origin")
    if herkomst is None:
        return False
    if herkomst == "null":
        return True
    try:
        host = urlsplit(herkomst).hostname
    except ValueError:
        return True
    if host is None:
        return True
    return (f"[{host}]" if ":" in host else host).lower() not in hosts


class Koppen:
    """ASGI-middleware: veiligheidskoppen op elk antwoord, en geen verzoeken van andere sites."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def verstuur(bericht: Message) -> None:
            if bericht["type"] == "http.response.start":
                koppen = list(bericht.get("headers", ()))
                aanwezig = {naam.lower() for naam, _ in koppen}
                koppen.extend(k for k in _RUWE_KOPPEN if k[0] not in aanwezig)
                bericht["headers"] = koppen
            await send(bericht)

        if _herkomst_vreemd(scope, self.hosts):
            antwoord = Dienstfout(
                403,
                "andere_herkomst",
                "Deze dienst neemt geen verzoeken aan die een andere website laat versturen.",
            ).antwoord()
            await antwoord(scope, receive, verstuur)
            return
        await self.app(scope, receive, verstuur)
