"""Het bereikbaarheidsverslag als JSON: vaste volgorde, dus dezelfde invoer geeft dezelfde bytes."""

from __future__ import annotations

import json
from typing import Any

from passend_toewijzen.bereikbaarheid.verslag import Bereikbaarheid

__all__ = ["als_json", "document_als_json"]


def document_als_json(document: dict[str, Any]) -> str:
    """Een document als JSON-tekst (UTF-8, ingesprongen, eindigt op een regeleinde)."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def als_json(uitkomst: Bereikbaarheid) -> str:
    """Het verslag als JSON-tekst."""
    return document_als_json(uitkomst.document())
