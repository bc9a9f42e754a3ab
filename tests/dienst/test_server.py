"""De dienst zoals een gebruiker haar start: ``passend-toewijzen dienst`` met uvicorn, op loopback.

Alleen verkeer naar 127.0.0.1 (een poort die het besturingssysteem vrij geeft); de server wordt
aan het eind gestopt. Gecontroleerd: luistert alleen op loopback, blijft werken na een te grote of
kapotte upload, en zet geen bedragen uit de invoer in zijn log (stderr: uvicorn en de dienst).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.dienst.conftest import VOORBEELD_CSV, VOORBEELDEN
from tests.dienst.server import Server, draaiende_dienst
from tests.dienst.test_veiligheid import bedragen


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("server") / "stderr.txt"
    with draaiende_dienst(log, "--max-upload", "1", "--max-json", "1") as draaiend:
        yield draaiend


def luisterende_adressen(poort: int) -> set[str]:
    """De lokale adressen waarop een TCP-socket op ``poort`` luistert (Linux: /proc/net/tcp)."""
    adressen: set[str] = set()
    for bestand in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(bestand).exists():
            continue
        for regel in Path(bestand).read_text().splitlines()[1:]:
            delen = regel.split()
            lokaal, toestand = delen[1], delen[3]
            adres, _, hexpoort = lokaal.partition(":")
            if toestand == "0A" and int(hexpoort, 16) == poort:  # 0A = LISTEN
                adressen.add(adres)
    return adressen


def test_luistert_alleen_op_loopback(server: Server) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("geen /proc/net/tcp op dit systeem")
    assert luisterende_adressen(server.poort) == {"0100007F"}  # 127.0.0.1, niets anders


def test_start_en_meldt_het_adres(server: Server) -> None:
    tekst = server.log.read_text()
    assert f"http://127.0.0.1:{server.poort}/" in tekst
    assert "let op" not in tekst  # geen waarschuwing: alleen deze computer


def test_blijft_werken_na_slechte_uploads(server: Server) -> None:
    groot = b"x" * (2 * 1024 * 1024)
    te_groot = httpx.post(
        f"{server.adres}/verantwoording",
        files={"bestanden": ("groot.csv", groot, "text/csv")},
        timeout=30,
    )
    assert te_groot.status_code == 413
    assert te_groot.json()["fout"] == "te_groot"

    def stukken() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * 65536

    zonder_lengte = httpx.post(
        f"{server.adres}/toets",
        content=stukken(),
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert zonder_lengte.status_code == 413
    kapot = httpx.post(
        f"{server.adres}/verantwoording",
        content=b"--x\r\nrommel",
        headers={"content-type": "multipart/form-data; boundary=x"},
        timeout=30,
    )
    assert kapot.status_code == 422
    assert httpx.get(f"{server.adres}/gezondheid", timeout=5).status_code == 200


def test_geen_bedragen_in_de_log_van_de_server(server: Server) -> None:
    goed = httpx.post(
        f"{server.adres}/verantwoording?formaat=html",
        files={"bestanden": (VOORBEELD_CSV.name, VOORBEELD_CSV.read_bytes(), "text/csv")},
        data={"jaar": "2024"},
        timeout=60,
    )
    assert goed.status_code == 200
    document = (VOORBEELDEN / "toewijzing.json").read_bytes()
    koppen = {"content-type": "application/json"}
    assert httpx.post(f"{server.adres}/toets", content=document, headers=koppen).status_code == 200
    kapot = document.replace(b'"31250.00"', b'"31250,00"')
    assert (
        httpx.post(f"{server.adres}/toets?uitleg=false", content=kapot, headers=koppen).status_code
        == 422
    )
    time.sleep(0.2)
    tekst = server.log.read_text()
    assert "POST /verantwoording 200" in tekst  # de toegangslog van de dienst
    # Wat elke logregel zelf aan getallen heeft (tijdstip, poort, proces, duur), telt niet: een
    # poort als 42199 is geen inkomen.
    tekst = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", "", tekst, flags=re.M)
    tekst = tekst.replace(f":{server.poort}", ":POORT")
    tekst = re.sub(r"process \[\d+\]", "process [PID]", tekst)
    tekst = re.sub(r" \d+ ms$", " DUUR ms", tekst, flags=re.M)
    assert "?formaat" not in tekst  # geen querystring in de log
    gevonden = sorted(
        b for b in bedragen() if re.search(rf"(?<![\d.,]){re.escape(b)}(?![\d])", tekst)
    )
    assert gevonden == []


DOCS = Path(__file__).parents[2] / "docs" / "handleidingen" / "dienst.md"


def curl_opdrachten() -> list[str]:
    """De curl-opdrachten uit de pagina "De dienst" (regels met \\ samengevoegd)."""
    tekst = DOCS.read_text(encoding="utf-8")
    opdrachten: list[str] = []
    for blok in re.findall(r"^```bash\n(.*?)^```", tekst, re.S | re.M):
        regels = blok.replace("\\\n", " ").splitlines()
        opdrachten += [r.strip() for r in regels if r.strip().startswith("curl ")]
    return opdrachten


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl niet gevonden")
def test_de_curl_voorbeelden_uit_de_documentatie(server: Server, tmp_path: Path) -> None:
    opdrachten = curl_opdrachten()
    assert len(opdrachten) >= 6
    shutil.copytree(VOORBEELDEN, tmp_path / "examples" / "data")
    document = json.loads((VOORBEELDEN / "toewijzing.json").read_text("utf-8"))
    (tmp_path / "toewijzingen.jsonl").write_text(json.dumps(document) + "\n", encoding="utf-8")
    for opdracht in opdrachten:
        argumenten = shlex.split(opdracht.replace("127.0.0.1:8000", f"127.0.0.1:{server.poort}"))
        argumenten[1:1] = ["--fail", "--show-error"]
        uitkomst = subprocess.run(argumenten, cwd=tmp_path, capture_output=True, check=False)
        # De server heeft --max-upload 1 en --max-json 1 (MB): het voorbeeld past daarin.
        assert uitkomst.returncode == 0, (opdracht, uitkomst.stderr)
        if "-o" not in argumenten:
            tekst = uitkomst.stdout.decode("utf-8")
            for regel in tekst.splitlines() if "x-ndjson" in opdracht else [tekst]:
                assert json.loads(regel)
    assert (tmp_path / "verantwoording-2024.xlsx").read_bytes()[:2] == b"PK"
