"""De opdracht ``passend-toewijzen simuleer`` op de voorbeelddata: alle formaten, de verhuringen,
veilige uitvoer en de afsluitcodes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from passend_toewijzen.cli import main
from passend_toewijzen.schemas import json_schema
from passend_toewijzen.verantwoording import verantwoord

DATA = Path(__file__).resolve().parents[2] / "examples" / "data"


def _args(tmp: Path, *extra: str) -> list[str]:
    return [
        "simuleer",
        "--voorraad",
        str(DATA / "voorraad.csv"),
        "--woningzoekenden",
        str(DATA / "woningzoekenden-kernen.csv"),
        "--beleid",
        str(DATA / "beleid-huidig.toml"),
        "--beleid",
        str(DATA / "beleid-voorstel.toml"),
        "--jaren",
        "2016",
        "--herhalingen",
        "4",
        "--zaad",
        "1",
        *extra,
    ]


def test_json_voldoet_aan_het_schema_en_is_herhaalbaar(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert main(_args(tmp_path, "-o", str(a))) == 0
    assert main(_args(tmp_path, "-o", str(b), "--processen", "2")) == 0
    assert a.read_bytes() == b.read_bytes()
    document = json.loads(a.read_text(encoding="utf-8"))
    Draft202012Validator(
        json_schema("simulatie-1"), format_checker=Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    assert [s["naam"] for s in document["scenarios"]] == ["huidig", "voorstel"]
    assert document["invoer"]["bestanden"]["voorraad"]["afgewezen"] == 0
    # het voorstel (67,5% en de tabel van Woongaard) wijst passender toe dan het huidige beleid
    verschil = document["verschillen"][0]["cijfers"]["verantwoording.2016.passend"]
    assert float(verschil["gemiddelde"]) > 0


def test_markdown_en_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_args(tmp_path, "--formaat", "md")) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Beleidslab: 2 scenario's vergeleken over 2016")
    assert "| Hogere inkomens |" in md
    html = tmp_path / "vergelijking.html"
    assert main(_args(tmp_path, "-o", str(html))) == 0
    tekst = html.read_text(encoding="utf-8")
    assert tekst.count("<svg") == 3
    assert "http://" not in tekst.replace("http://www.w3.org", "")
    assert "https://" not in tekst


def test_de_verhuringen_per_scenario_gaan_door_de_verantwoording(tmp_path: Path) -> None:
    uit = tmp_path / "gesimuleerd.csv"
    assert (
        main(
            _args(
                tmp_path,
                "--formaat",
                "json",
                "-o",
                str(tmp_path / "d.json"),
                "--toewijzingen-uit",
                str(uit),
            )
        )
        == 0
    )
    for naam in ("huidig", "voorstel"):
        pad = tmp_path / f"gesimuleerd-{naam}.csv"
        verslag = verantwoord(pad, 2016)
        assert verslag.invoer["afgewezen"] == 0
        assert verslag.invoer["gelezen"] > 0


def test_uitvoer_over_de_invoer_wordt_geweigerd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kopie = tmp_path / "voorraad.csv"
    shutil.copy(DATA / "voorraad.csv", kopie)
    inhoud = kopie.read_bytes()
    args = _args(tmp_path, "-o", str(kopie))
    args[2] = str(kopie)
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2
    assert kopie.read_bytes() == inhoud
    assert "fout:" in capsys.readouterr().err


def test_afgewezen_rijen_geven_code_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zoekers = tmp_path / "zoekers.csv"
    regels = (DATA / "woningzoekenden-kernen.csv").read_text(encoding="utf-8").splitlines()
    regels.append("WZ-KAPOT;2012-01-01;twee;20000,00;nee;Altena;ja")
    zoekers.write_text("\n".join(regels) + "\n", encoding="utf-8")
    args = _args(tmp_path, "-o", str(tmp_path / "d.json"))
    args[4] = str(zoekers)
    assert main(args) == 3
    assert "1 rijen van de woningzoekenden afgewezen" in capsys.readouterr().err


def test_een_ongeldig_scenario_geeft_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kapot = tmp_path / "kapot.toml"
    kapot.write_text(
        '[scenario]\nnaam = "x"\n[toewijzing]\ntabel = "landelijk"\nreactiekans = 2\n',
        encoding="utf-8",
    )
    args = _args(tmp_path)
    args[args.index(str(DATA / "beleid-voorstel.toml"))] = str(kapot)
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2
    assert "toewijzing.reactiekans: moet hoogstens 1 zijn" in capsys.readouterr().err


def test_een_jaar_buiten_de_tabel_noemt_de_periode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _args(tmp_path)
    args[args.index("2016")] = "2020"
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2
    assert "op 2020-01-01: de meegeleverde tabellen dekken" in capsys.readouterr().err
