"""Antwoorden van de dienst: JSON-documenten en foutdocumenten in het Nederlands.

Elk foutantwoord is één JSON-document::

    {"fout": "ongeldige_invoer", "melding": "...", "fouten": [{"veld": "...", "melding": "..."}]}

``fout`` is een vaste code (voor programma's), ``melding`` de Nederlandse zin van de bibliotheek
(voor mensen) en ``fouten`` de fouten per veld, met het volledige veldpad. Een melding bevat geen
invoerwaarden die de bibliotheek niet zelf al in haar melding zet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from starlette.responses import Response

from passend_toewijzen.fouten import Veldfout

__all__ = [
    "JSON",
    "Dienstfout",
    "foutdocument",
    "json_antwoord",
    "json_tekst",
]

JSON = "application/json"


def json_tekst(document: Any) -> bytes:
    """Een JSON-document als UTF-8 (niet-ASCII-tekens blijven leesbaar)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_antwoord(
    document: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Een JSON-antwoord (``application/json``, UTF-8)."""
    return Response(json_tekst(document), status_code=status, media_type=JSON, headers=headers)


def foutdocument(
    soort: str, melding: str, fouten: Iterable[Veldfout] = (), **extra: Any
) -> dict[str, Any]:
    """Het foutdocument: code, melding, fouten per veld en eventuele extra velden."""
    return {
        "fout": soort,
        "melding": melding,
        "fouten": [{"veld": f.veld, "melding": f.melding} for f in fouten],
        **extra,
    }


class Dienstfout(Exception):
    """Een fout van de dienst zelf (verzoek te groot, verkeerd inhoudstype, ...)."""

    def __init__(
        self,
        status: int,
        soort: str,
        melding: str,
        fouten: Sequence[Veldfout] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(melding)
        self.status = status
        self.soort = soort
        self.melding = melding
        self.fouten = tuple(fouten)
        self.headers = headers

    def antwoord(self) -> Response:
        """Het foutantwoord."""
        return json_antwoord(
            foutdocument(self.soort, self.melding, self.fouten), self.status, self.headers
        )
