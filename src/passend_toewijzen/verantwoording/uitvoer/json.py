"""Het verslag als JSON: één document volgens het schema ``passend-toewijzen/verantwoording/1``.

Dezelfde invoer geeft byte voor byte dezelfde JSON: sleutels in vaste volgorde, lijsten
gesorteerd, geen tijdstempel, UTF-8, twee spaties inspringing, een regeleinde aan het eind.
"""

from __future__ import annotations

import json

from passend_toewijzen.verantwoording.verslag import Verslag

__all__ = ["als_json"]


def als_json(verslag: Verslag) -> str:
    """Het verslag als JSON-tekst."""
    return json.dumps(verslag.als_dict(), ensure_ascii=False, indent=2) + "\n"
