"""Een TOML-gegevensbestand uit een pad of uit tekst, met een Nederlandse melding voor elk geval.

De laders van beleid en huur-inkomenstabellen nemen een pad (``Path`` of tekst) óf de inhoud
(``tekst=``, als ``str`` of ``bytes``). Wie de inhoud als pad meegeeft, krijgt te horen dat dat
kan met ``tekst=``; een pad dat niet bestaat, een map of een bestand zonder leesrechten krijgt elk
een eigen melding (nooit een Engelse systeemmelding).
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from passend_toewijzen._meldingen import toml_melding
from passend_toewijzen.fouten import ParameterdataOngeldig

__all__ = ["lees_toml", "toml_inhoud"]


def _lijkt_op_toml(tekst: str) -> bool:
    return "\n" in tekst or "=" in tekst or tekst.lstrip().startswith("[")


def toml_inhoud(
    pad: Path | str | bytes | None,
    tekst: str | bytes | None,
    *,
    naam_bestand: str | None,
    wat: str,
    functie: str,
) -> tuple[bytes, str]:
    """De inhoud en de bestandsnaam (voor meldingen) van een pad of van ``tekst``.

    ``wat`` is de soort bestand in een melding (``"beleidsbestand"``); ``functie`` de naam van de
    lader, voor de melding die ``tekst=`` aanraadt. ``bytes`` als pad is de inhoud zelf.
    """
    if pad is not None and tekst is not None:
        msg = f"{functie}: geef een pad of tekst=..., niet allebei"
        raise TypeError(msg)
    if pad is None and tekst is None:
        msg = f"{functie}: geef een pad naar een {wat} of de inhoud met tekst=..."
        raise TypeError(msg)
    if isinstance(pad, bytes | bytearray):
        tekst = bytes(pad)
        pad = None
    if tekst is not None:
        if not isinstance(tekst, str | bytes | bytearray):
            msg = f"{functie}: tekst moet str of bytes zijn, geen {type(tekst).__name__}"
            raise TypeError(msg)
        inhoud = tekst.encode("utf-8") if isinstance(tekst, str) else bytes(tekst)
        return inhoud, naam_bestand or f"{wat} (tekst)"
    if not isinstance(pad, str | Path):
        msg = f"{functie}: verwacht een pad (str of Path), geen {type(pad).__name__}"
        raise TypeError(msg)
    if isinstance(pad, str) and _lijkt_op_toml(pad):
        raise ParameterdataOngeldig(
            naam_bestand or f"{wat} (tekst)",
            [
                "dit lijkt de inhoud van een bestand, geen pad; geef de inhoud mee als "
                f"{functie}(tekst=...)"
            ],
        )
    bestand = Path(pad)
    naam = naam_bestand or bestand.name or str(bestand)
    try:
        return bestand.read_bytes(), naam
    except FileNotFoundError:
        melding = f"{wat} niet gevonden: {bestand}"
    except IsADirectoryError:
        melding = f"{bestand} is een map, geen {wat}"
    except PermissionError:
        melding = f"geen leesrechten voor {bestand}"
    except OSError:
        melding = f"{bestand} is niet te lezen"
    raise ParameterdataOngeldig(naam, [melding])


def lees_toml(inhoud: bytes, bestandsnaam: str) -> dict[str, Any]:
    """De TOML-inhoud als woordenboek, met exacte getallen (``Decimal``)."""
    try:
        tekst = inhoud.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParameterdataOngeldig(
            bestandsnaam,
            [f"geen geldige UTF-8 (byte 0x{inhoud[exc.start]:02x} op positie {exc.start})"],
        ) from exc
    try:
        return tomllib.loads(tekst, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        melding = f"geen geldige TOML: {toml_melding(exc)}"
        raise ParameterdataOngeldig(bestandsnaam, [melding]) from exc
