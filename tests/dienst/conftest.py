"""Gedeelde hulpmiddelen voor de tests van de dienst: de ASGI-client (httpx) en voorbeelden."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from passend_toewijzen.dienst import Instellingen, maak_app

VOORBEELDEN = Path(__file__).parents[2] / "examples" / "data"
VOORBEELD_CSV = VOORBEELDEN / "toewijzingen-2023-2024.csv"
BASIS = "http://127.0.0.1"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def client(instellingen: Instellingen | None = None) -> httpx.AsyncClient:
    """Een httpx-client die rechtstreeks met de ASGI-toepassing praat (geen netwerk)."""
    app = maak_app(instellingen)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASIS)


@pytest.fixture
async def dienst() -> AsyncIterator[httpx.AsyncClient]:
    async with client() as c:
        yield c


def toewijzing_document() -> dict[str, Any]:
    """Het voorbeelddocument ``examples/data/toewijzing.json``."""
    gegevens: dict[str, Any] = json.loads((VOORBEELDEN / "toewijzing.json").read_text("utf-8"))
    return gegevens


def json_kop() -> dict[str, str]:
    return {"content-type": "application/json"}
