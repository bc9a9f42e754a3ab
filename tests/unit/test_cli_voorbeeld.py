"""``passend-toewijzen voorbeeld``: de voorbeeldbestanden zonder de broncode, nooit overschreven."""

from __future__ import annotations

from pathlib import Path

import pytest

from passend_toewijzen.cli import main
from passend_toewijzen.voorbeelden import BESTANDEN, inhoud, schrijf_voorbeelden

WORTEL = Path(__file__).resolve().parents[2]
BRON = WORTEL / "examples" / "data"


def test_het_pakket_bevat_precies_de_voorbeeldbestanden_van_de_broncode() -> None:
    assert sorted(BESTANDEN) == sorted(p.name for p in BRON.iterdir())
    for naam in BESTANDEN:
        assert inhoud(naam) == (BRON / naam).read_bytes(), (
            f"{naam}: de kopie in src/passend_toewijzen/voorbeelden/data wijkt af van "
            "examples/data; kopieer het bestand opnieuw"
        )


def test_voorbeeld_schrijft_de_bestanden_in_de_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "nieuw" / "map"
    assert main(["voorbeeld", str(doel)]) == 0
    for naam in BESTANDEN:
        assert (doel / naam).read_bytes() == (BRON / naam).read_bytes()
    assert str(doel / "toewijzingen-2023-2024.csv") in capsys.readouterr().out


def test_zonder_map_in_de_standaardmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["voorbeeld"]) == 0
    assert (tmp_path / "passend-toewijzen-voorbeeld" / "toewijzing.json").is_file()


def test_een_bestaand_bestand_wordt_nooit_overschreven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen = tmp_path / "woning.json"
    eigen.write_text("mijn eigen woning", encoding="utf-8")
    with pytest.raises(SystemExit) as afsluiting:
        main(["voorbeeld", str(tmp_path)])
    assert afsluiting.value.code == 2
    assert eigen.read_text(encoding="utf-8") == "mijn eigen woning"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["woning.json"]  # niets geschreven
    fout = capsys.readouterr().err
    assert "woning.json" in fout
    assert "niet overschreven" in fout


def test_een_bestand_als_map_is_een_fout(tmp_path: Path) -> None:
    bestand = tmp_path / "bestand"
    bestand.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="geen map"):
        schrijf_voorbeelden(bestand)


def test_de_geschreven_toewijzingen_geven_de_verantwoording_van_de_handleiding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("jinja2")
    assert main(["voorbeeld", str(tmp_path)]) == 0
    verslag = tmp_path / "verantwoording-2024.html"
    csv = tmp_path / "toewijzingen-2023-2024.csv"
    # afsluitcode 3: verslag gemaakt, maar zes rijen van het voorbeeld zijn bewust fout
    assert main(["verantwoording", str(csv), "--jaar", "2024", "-o", str(verslag)]) == 3
    assert verslag.is_file()
    assert "6 van 2000 rijen afgewezen" in capsys.readouterr().err
