"""Opmaak van de cijfers uit het monitordocument in Nederlandse tekst.

De getallen in het document zijn exacte decimale teksten (naar beneden afgerond op vier
decimalen); de opmaak rondt verder naar beneden af (een getoond aandeel is nooit hoger dan het
echte) en rekent nooit met ``float``.
"""

from __future__ import annotations

import json
from decimal import ROUND_DOWN, Decimal
from typing import Any

from passend_toewijzen._rekenen import REKENCONTEXT

__all__ = [
    "CIJFERS",
    "aantal",
    "json_tekst",
    "maanden",
    "procent",
    "teksten",
    "waarde",
]

CIJFERS = {
    "verhuringen": "Verhuringen",
    "woningzoekenden": "Actieve woningzoekenden",
    "slaagkans": "Slaagkans",
    "marktdruk": "Marktdruk (reacties per verhuring)",
    "zoekduur_mediaan": "Zoekduur, mediaan (maanden)",
    "inschrijfduur_mediaan": "Inschrijfduur, mediaan (maanden)",
    "aandeel_zoekduur_binnen_doel": "Zoekduur binnen doel",
}
LEEG = "–"
KLEIN = "klein"


def _decimaal(tekst: str, decimalen: int) -> str:
    getal = Decimal(tekst).quantize(Decimal(1).scaleb(-decimalen), ROUND_DOWN, REKENCONTEXT)
    return f"{getal}".replace(".", ",")


def procent(tekst: str | None, decimalen: int = 1) -> str:
    """``"0.1234"`` → ``"12,3%"``; ``None`` → ``"–"``."""
    if tekst is None:
        return LEEG
    return _decimaal(str(REKENCONTEXT.multiply(Decimal(tekst), Decimal(100))), decimalen) + "%"


def maanden(tekst: str | None, decimalen: int = 1) -> str:
    """``"12.5000"`` → ``"12,5"``; ``None`` → ``"–"``."""
    if tekst is None:
        return LEEG
    return _decimaal(tekst, decimalen)


def waarde(tekst: str | None, decimalen: int = 2) -> str:
    """Een getal zonder eenheid: ``"3.3333"`` → ``"3,33"``."""
    if tekst is None:
        return LEEG
    return _decimaal(tekst, decimalen)


def aantal(getal: int | None) -> str:
    """``12345`` → ``"12.345"``; ``None`` → ``"–"``."""
    if getal is None:
        return LEEG
    return f"{getal:,}".replace(",", ".")


def teksten(document: dict[str, Any]) -> dict[str, str]:
    """Namen voor de codes in een document: doelgroepen en bijzondere groepen."""
    namen = {d["naam"]: d["omschrijving"] for d in document["doelgroepen"]}
    return namen


def json_tekst(waarde_: object) -> str:
    """Een JSON-waarde als tekst (voor ``data-waarde`` in HTML)."""
    return json.dumps(waarde_, ensure_ascii=False)
