"""Een echte dienst (``python -m passend_toewijzen dienst``) op een vrije poort van 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

__all__ = ["Server", "draaiende_dienst", "vrije_poort"]


def vrije_poort() -> int:
    """Een poort op 127.0.0.1 die het besturingssysteem nu vrij geeft."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
        return poort


class Server:
    """Een draaiende dienst: poort, adres en het bestand met alles wat zij op stderr schreef."""

    def __init__(self, poort: int, log: Path) -> None:
        self.poort = poort
        self.log = log
        self.adres = f"http://127.0.0.1:{poort}"


@contextmanager
def draaiende_dienst(log: Path, *opties: str) -> Iterator[Server]:
    """Start de dienst met ``opties``, wacht tot zij antwoordt en stop haar aan het eind."""
    poort = vrije_poort()
    opdracht = [sys.executable, "-m", "passend_toewijzen", "dienst", "--port", str(poort)]
    with log.open("wb") as uit:
        proces = subprocess.Popen(
            [*opdracht, *opties],
            stdout=uit,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        for _ in range(400):
            if proces.poll() is not None:
                msg = f"de dienst stopte meteen: {log.read_text()}"
                raise RuntimeError(msg)
            try:
                if httpx.get(f"http://127.0.0.1:{poort}/gezondheid", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            msg = f"de dienst antwoordt niet: {log.read_text()}"
            raise RuntimeError(msg)
        yield Server(poort, log)
    finally:
        proces.terminate()
        try:
            proces.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - alleen als stoppen hangt
            proces.kill()
            proces.wait()
