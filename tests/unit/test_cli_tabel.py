"""Opdrachtregel `passend-toewijzen tabel` en `passend-toewijzen rangschik`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passend_toewijzen.cli import main

VOORBEELDEN = Path(__file__).resolve().parents[2] / "examples" / "data"
WONING = str(VOORBEELDEN / "woning.json")
KANDIDATEN = str(VOORBEELDEN / "kandidaten.json")
RANGSCHIK = [
    "rangschik",
    "--woning",
    WONING,
    "--kandidaten",
    KANDIDATEN,
    "--tabel",
    "woongaard-2015",
    "--datum",
    "2018-03-01",
]


def fout(capsys: pytest.CaptureFixture[str], argumenten: list[str]) -> str:
    with pytest.raises(SystemExit) as info:
        main(argumenten)
    assert info.value.code == 2
    melding = capsys.readouterr().err
    assert melding.startswith("fout: ")
    assert melding.count("\n") == 1
    return melding


def test_tabel_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tabel", "--tabel", "woongaard-2015", "--datum", "2018-03-01"]) == 0
    tekst = capsys.readouterr().out
    assert "bedragen op 2018-03-01" in tekst
    assert "primair_drie_of_meer: t/m € 30.400" in tekst


def test_tabel_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tabel", "--tabel", "landelijk", "--datum", "2026-02-01", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["tabel"] == "landelijk"
    assert len(document["roosters"]) == 6


def test_tabel_eigen_bestand(capsys: pytest.CaptureFixture[str]) -> None:
    pad = str(VOORBEELDEN / "eigen-tabel.toml")
    assert main(["tabel", "--tabel", pad, "--datum", "2025-03-01"]) == 0
    assert "Voorbeeldstad" in capsys.readouterr().out


def test_tabel_fouten(capsys: pytest.CaptureFixture[str]) -> None:
    assert "geldt van 2016-01-01 tot en met 2021-12-31" in fout(
        capsys, ["tabel", "--tabel", "woongaard-2015", "--datum", "2024-01-01"]
    )
    assert "woongaard-2015" in fout(
        capsys, ["tabel", "--tabel", "onbekend", "--datum", "2024-01-01"]
    )
    assert "'2024-13-01' is geen bestaande datum" in fout(
        capsys, ["tabel", "--tabel", "landelijk", "--datum", "2024-13-01"]
    )
    assert "--tabel" in fout(capsys, ["tabel", "--datum", "2024-01-01"])


def test_rangschik_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(RANGSCHIK) == 0
    tekst = capsys.readouterr().out
    assert "6 kandidaten, 3 geplaatst, 2 uitgesloten, 1 niet beoordeeld" in tekst
    regels = [r for r in tekst.splitlines() if r.strip()[:2] in ("1.", "2.", "3.")]
    assert [r.split()[1] for r in regels] == ["K-003", "K-005", "K-002"]
    assert "K-006: HIT-01: inkomen niet te bepalen" in tekst


def test_rangschik_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*RANGSCHIK, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [g["kandidaat"] for g in document["volgorde"]] == ["K-003", "K-005", "K-002"]
    assert [u["kandidaat"] for u in document["uitgesloten"]] == ["K-001", "K-004"]
    assert document["niet_beoordeeld"][0]["kandidaat"] == "K-006"
    assert document["aantal_kandidaten"] == 6
    assert document["volgorde"][0]["oordeel"]["cel"] == "toegestaan"


def test_rangschik_voorrang_bij_goedkope_woning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    woning = tmp_path / "goedkoop.json"
    woning.write_text(
        '{"id": "W-2", "kale_huur": "540.00", "soort": "zelfstandig", "daeb": true, '
        '"gemeente": "Gorinchem"}',
        encoding="utf-8",
    )
    argumenten = [*RANGSCHIK, "--json"]
    argumenten[argumenten.index(WONING)] = str(woning)
    assert main(argumenten) == 0
    volgorde = json.loads(capsys.readouterr().out)["volgorde"]
    cellen = [(g["kandidaat"], g["cel"]) for g in volgorde]
    # De primaire doelgroep (K-001, K-005, K-002) eerst, op inschrijfdatum; dan de secundaire.
    assert cellen == [
        ("K-001", "voorrang"),
        ("K-005", "voorrang"),
        ("K-002", "voorrang"),
        ("K-003", "toegestaan"),
    ]


def test_rangschik_fouten(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    slecht = tmp_path / "kandidaten.json"
    slecht.write_text(
        '[{"id": "A", "inschrijfdatum": "2010-02-30", "huishouden": {"personen": []}}]',
        encoding="utf-8",
    )
    melding = fout(capsys, [*RANGSCHIK[:4], str(slecht), *RANGSCHIK[5:]])
    assert "kandidaat 1.inschrijfdatum" in melding
    assert "kandidaat 1.huishouden.personen" in melding
    slecht.write_text('{"id": "A"}', encoding="utf-8")
    assert "verwacht een lijst van kandidaten" in fout(
        capsys, [*RANGSCHIK[:4], str(slecht), *RANGSCHIK[5:]]
    )
    slecht.write_text("[", encoding="utf-8")
    assert "geen geldige JSON" in fout(capsys, [*RANGSCHIK[:4], str(slecht), *RANGSCHIK[5:]])
    dubbel = tmp_path / "dubbel.json"
    kandidaat = (
        '{"id": "A", "inschrijfdatum": "2010-02-03", "huishouden": '
        '{"personen": [{"rol": "aanvrager"}], "vastgesteld_inkomen": "1"}}'
    )
    dubbel.write_text(f"[{kandidaat}, {kandidaat}]", encoding="utf-8")
    assert "komt meer dan eens voor: A" in fout(
        capsys, [*RANGSCHIK[:4], str(dubbel), *RANGSCHIK[5:]]
    )
    assert "niet te lezen" in fout(
        capsys, [*RANGSCHIK[:2], str(tmp_path / "geen.json"), *RANGSCHIK[3:]]
    )
    woning = tmp_path / "woning.json"
    woning.write_text(
        '{"id": "W", "kale_huur": "-5", "soort": "zelfstandig", "daeb": true, "gemeente": "G"}',
        encoding="utf-8",
    )
    assert "kale_huur" in fout(capsys, [*RANGSCHIK[:2], str(woning), *RANGSCHIK[3:]])
    assert "geldt van 2016-01-01" in fout(capsys, [*RANGSCHIK[:-1], "2023-01-01"])
