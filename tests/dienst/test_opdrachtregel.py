"""``passend-toewijzen dienst``: opties, standaard loopback, waarschuwing bij een ander adres."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

from passend_toewijzen import dienst
from passend_toewijzen.cli import main
from passend_toewijzen.dienst import Instellingen, is_loopback
from passend_toewijzen.dienst.instellingen import MAX_JSON, MAX_UPLOAD, MB, TIJDSLIMIET


@pytest.fixture
def gestart(monkeypatch: pytest.MonkeyPatch) -> list[Instellingen]:
    gezien: list[Instellingen] = []
    monkeypatch.setattr(dienst, "start", gezien.append)
    return gezien


def test_standaard_alleen_deze_computer(
    gestart: list[Instellingen], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dienst"]) == 0
    [inst] = gestart
    assert inst.host == "127.0.0.1"
    assert inst.poort == 8000
    assert inst.max_upload == MAX_UPLOAD == 100 * MB
    assert inst.max_json == MAX_JSON == 10 * MB
    assert inst.tijdslimiet == TIJDSLIMIET
    fout = capsys.readouterr().err
    assert "http://127.0.0.1:8000/" in fout
    assert "let op" not in fout


def test_opties(gestart: list[Instellingen], tmp_path: Path) -> None:
    beleid = tmp_path / "beleid.toml"
    beleid.write_text('[beleid]\nnaam = "proef"\n', encoding="utf-8")
    argumenten = ["dienst", "--port", "8123", "--max-upload", "5", "--max-json", "2"]
    argumenten += ["--tijdslimiet", "12.5", "--toegestane-host", "server.lan"]
    argumenten += ["--beleid", str(beleid)]
    assert main(argumenten) == 0
    [inst] = gestart
    assert (inst.poort, inst.max_upload, inst.max_json) == (8123, 5 * MB, 2 * MB)
    assert inst.tijdslimiet == 12.5
    assert "server.lan" in inst.hosts
    assert inst.beleid is not None


def test_ander_adres_met_waarschuwing(
    gestart: list[Instellingen], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dienst", "--host", "0.0.0.0"]) == 0  # noqa: S104 - start is vervangen
    assert gestart[0].host == "0.0.0.0"  # noqa: S104
    fout = capsys.readouterr().err
    assert "let op" in fout
    assert "zonder aanmelding" in fout


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["--port", "0"], "geen poortnummer"),
        (["--port", "70000"], "geen poortnummer"),
        (["--max-upload", "-1"], "geen aantal megabytes"),
        (["--tijdslimiet", "nooit"], "geen tijdslimiet"),
        (["--tijdslimiet", "0"], "geen tijdslimiet"),
    ],
)
def test_ongeldige_opties(
    gestart: list[Instellingen],
    capsys: pytest.CaptureFixture[str],
    argumenten: list[str],
    melding: str,
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["dienst", *argumenten])
    assert stop.value.code == 2
    assert melding in capsys.readouterr().err
    assert gestart == []


def test_zonder_het_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    echt = builtins.__import__

    def zonder_fastapi(naam: str, *args: Any, **kwargs: Any) -> Any:
        if naam == "passend_toewijzen.dienst":
            error = ImportError("No module named 'fastapi'")
            error.name = "fastapi"
            raise error
        return echt(naam, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", zonder_fastapi)
    with pytest.raises(SystemExit):
        main(["dienst"])
    fout = capsys.readouterr().err
    assert "pip install 'passend-toewijzen[dienst]'" in fout
    assert "fastapi ontbreekt" in fout


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.6.7", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),  # noqa: S104
        ("192.168.1.10", False),
        ("::", False),
        ("server.lan", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_hostnamen_voor_de_host_kop() -> None:
    assert Instellingen().hosts == ("127.0.0.1", "localhost", "[::1]")
    assert "[fd00::1]" in Instellingen(host="fd00::1").hosts
    assert "0.0.0.0" not in Instellingen(host="0.0.0.0").hosts  # noqa: S104
    with pytest.raises(ValueError, match="minstens 1"):
        Instellingen(max_upload=0)
    with pytest.raises(ValueError, match="groter dan 0"):
        Instellingen(tijdslimiet=0)


def test_kern_importeert_zonder_de_dienst() -> None:
    """De bibliotheek en de opdrachtregel laden FastAPI pas als de dienst start."""
    import subprocess
    import sys

    code = (
        "import sys, passend_toewijzen, passend_toewijzen.cli, passend_toewijzen.verantwoording;"
        "bad = [m for m in ('fastapi', 'starlette', 'uvicorn', 'python_multipart',"
        " 'passend_toewijzen.dienst') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    uitkomst = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert uitkomst.returncode == 0, uitkomst.stdout + uitkomst.stderr
