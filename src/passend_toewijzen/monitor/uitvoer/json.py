"""Het monitordocument als JSON (schema ``passend-toewijzen/monitor/1``).

Dezelfde invoer geeft byte voor byte dezelfde JSON: sleutels in vaste volgorde, lijsten
gesorteerd, geen tijdstempel, UTF-8, twee spaties inspringing, een regeleinde aan het eind.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["als_json"]


def als_json(document: dict[str, Any]) -> str:
    """Het monitordocument als JSON-tekst."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
