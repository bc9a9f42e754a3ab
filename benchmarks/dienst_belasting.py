"""Belastingtest van de dienst: veel gelijktijdige clients die ``POST /toets`` doen, op loopback.

    python benchmarks/dienst_belasting.py [--clients 50] [--seconden 30] [--max-verzoeken 2000000]
                                          [--zonder-uitleg]

Start ``passend-toewijzen dienst`` (uvicorn, één proces) op een vrije poort van 127.0.0.1, warmt
haar 3 seconden op, en laat dan ``--clients`` clients (elk met een eigen keep-alive-verbinding)
zo snel mogelijk ``examples/data/toewijzing.json`` toetsen, tot ``--seconden`` voorbij zijn of
``--max-verzoeken`` verzoeken gedaan zijn. Alleen verkeer naar 127.0.0.1; de dienst wordt aan het
eind gestopt.

Meldt: aantal verzoeken, fouten (alles behalve 200 met het verwachte oordeel), doorvoer per
seconde, de mediaan (p50) en het 99e percentiel (p99) van de duur per verzoek, en het
werkgeheugen (RSS) van de dienst na het opwarmen en aan het eind (vlak = geen lek). Doel: nul
fouten en een vlak geheugen. De doorvoer hangt af van de machine; de clients draaien op dezelfde
machine en delen de kernen met de dienst.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

VOORBEELD = Path(__file__).parents[1] / "examples" / "data" / "toewijzing.json"


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
        return poort


def rss_mb(pid: int) -> float:
    """Het werkgeheugen (VmRSS) van een proces in MB (Linux: /proc)."""
    for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
        if regel.startswith("VmRSS:"):
            return int(regel.split()[1]) / 1024
    return float("nan")


class Verbinding:
    """Eén HTTP/1.1-verbinding met keep-alive, direct op asyncio-streams.

    Zo licht mogelijk, zodat de clients (die op dezelfde machine draaien) zo weinig mogelijk
    rekentijd van de dienst afsnoepen; een volledige HTTP-client kost per verzoek meer dan de
    dienst zelf.
    """

    def __init__(self, poort: int) -> None:
        self.poort = poort
        self.lezer: asyncio.StreamReader | None = None
        self.schrijver: asyncio.StreamWriter | None = None

    async def post(self, verzoek: bytes) -> tuple[int, bytes]:
        if self.lezer is None or self.schrijver is None:
            self.lezer, self.schrijver = await asyncio.open_connection("127.0.0.1", self.poort)
        self.schrijver.write(verzoek)
        await self.schrijver.drain()
        kop = await self.lezer.readuntil(b"\r\n\r\n")
        regels = kop.decode("latin-1").split("\r\n")
        status = int(regels[0].split()[1])
        lengte = next(
            int(r.split(":", 1)[1]) for r in regels if r.lower().startswith("content-length:")
        )
        return status, await self.lezer.readexactly(lengte)

    async def sluit(self) -> None:
        if self.schrijver is not None:
            self.schrijver.close()
            await self.schrijver.wait_closed()


class Stand:
    """De gedeelde stand van alle clients."""

    def __init__(self, eind: float, maximum: int, verwacht: str) -> None:
        self.eind = eind
        self.maximum = maximum
        self.verwacht = verwacht
        self.aantal = 0
        self.tijden: list[float] = []
        self.fouten: list[str] = []


async def client(poort: int, verzoek: bytes, stand: Stand) -> None:
    """Eén client met één verbinding: verzoek na verzoek tot de tijd of het aantal op is."""
    verbinding = Verbinding(poort)
    try:
        while time.perf_counter() < stand.eind and stand.aantal < stand.maximum:
            stand.aantal += 1
            begin = time.perf_counter()
            try:
                status, inhoud = await verbinding.post(verzoek)
            except (OSError, asyncio.IncompleteReadError) as exc:
                stand.fouten.append(type(exc).__name__)
                await verbinding.sluit()
                verbinding = Verbinding(poort)
                continue
            stand.tijden.append(time.perf_counter() - begin)
            if status != 200 or json.loads(inhoud)["passendheid"] != stand.verwacht:
                stand.fouten.append(str(status))
    finally:
        await verbinding.sluit()


async def belast(
    poort: int, clients: int, seconden: float, maximum: int, uitleg: bool
) -> tuple[Stand, float]:
    """Laat ``clients`` clients ``seconden`` lang toetsen; de stand en de totale duur."""
    inhoud = VOORBEELD.read_bytes()
    pad = "/toets" if uitleg else "/toets?uitleg=false"
    verzoek = (
        f"POST {pad} HTTP/1.1\r\nHost: 127.0.0.1:{poort}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(inhoud)}\r\n\r\n"
    ).encode() + inhoud
    eerste = Verbinding(poort)
    status, antwoord = await eerste.post(verzoek)
    await eerste.sluit()
    if status != 200:
        msg = f"de dienst geeft {status} op {pad}"
        raise SystemExit(msg)
    begin = time.perf_counter()
    stand = Stand(begin + seconden, maximum, json.loads(antwoord)["passendheid"])
    await asyncio.gather(*(client(poort, verzoek, stand) for _ in range(clients)))
    return stand, time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconden", type=float, default=30.0)
    parser.add_argument("--max-verzoeken", type=int, default=2_000_000)
    parser.add_argument("--zonder-uitleg", action="store_true")
    args = parser.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconden <= 600:
        parser.error("--clients 1..500 en --seconden tot en met 600")
    poort = vrije_poort()
    adres = f"http://127.0.0.1:{poort}"
    proces = subprocess.Popen(
        [sys.executable, "-m", "passend_toewijzen", "dienst", "--port", str(poort)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        for _ in range(400):
            try:
                if httpx.get(f"{adres}/gezondheid", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        uitleg = not args.zonder_uitleg
        asyncio.run(belast(poort, args.clients, 3.0, args.max_verzoeken, uitleg))  # opwarmen
        voor = rss_mb(proces.pid)
        stand, duur = asyncio.run(
            belast(poort, args.clients, args.seconden, args.max_verzoeken, uitleg)
        )
        na = rss_mb(proces.pid)
    finally:
        proces.terminate()
        proces.wait(timeout=10)
    tijden = sorted(stand.tijden)
    fouten = stand.fouten
    p99 = tijden[min(len(tijden) - 1, int(len(tijden) * 0.99))] if tijden else float("nan")
    uitslag = {
        "clients": args.clients,
        "seconden": round(duur, 1),
        "uitleg": uitleg,
        "verzoeken": stand.aantal,
        "fouten": len(fouten),
        "per_seconde": round(len(tijden) / duur, 1),
        "p50_ms": round(statistics.median(tijden) * 1000, 1) if tijden else None,
        "p99_ms": round(p99 * 1000, 1),
        "rss_mb_na_opwarmen": round(voor, 1),
        "rss_mb_aan_het_eind": round(na, 1),
    }
    print(json.dumps(uitslag, ensure_ascii=False, indent=2))
    if fouten:
        print(f"fouten (eerste 10): {fouten[:10]}", file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
