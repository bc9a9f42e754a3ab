"""Opdrachtregel ``monitor`` en ``monitor-sjabloon``: formaten, afsluitcodes, veilig schrijven."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from passend_toewijzen.cli import main
from passend_toewijzen.invoer.monitorkolommen import TOEWIJZINGEN_MONITOR
from passend_toewijzen.invoer.woningzoekenden import WONINGZOEKENDEN
from passend_toewijzen.schemas import json_schema

DATA = Path(__file__).resolve().parents[2] / "examples" / "data"
TOEWIJZINGEN = DATA / "toewijzingen-monitor-2025.csv"
ZOEKERS = DATA / "woningzoekenden-2025.csv"
GOLDEN = Path(__file__).parent / "golden"


def code(argumenten: list[str]) -> int:
    try:
        return main(argumenten)
    except SystemExit as einde:
        return int(einde.code or 0)


def _basis(uitvoer: Path, *extra: str) -> list[str]:
    return [
        "monitor",
        str(TOEWIJZINGEN),
        "--jaar",
        "2025",
        "--woningzoekenden",
        str(ZOEKERS),
        "-o",
        str(uitvoer),
        *extra,
    ]


@pytest.fixture(scope="module")
def json_pad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pad = tmp_path_factory.mktemp("monitor") / "m.json"
    assert code(_basis(pad)) == 1  # het voorbeeld heeft signalen
    return pad


def test_het_json_document_voldoet_aan_zijn_schema(json_pad: Path) -> None:
    document = json.loads(json_pad.read_text(encoding="utf-8"))
    validator = Draft202012Validator(
        json_schema("monitor-1"), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert list(validator.iter_errors(document)) == []
    assert document["totaal"]["verhuringen"] == 1198
    assert document["invoer"]["toewijzingen"]["afgewezen"] == 2
    assert document["invoer"]["toewijzingen"]["gelezen"] == 1200
    assert {"totaal", "doelgroepen", "spreiding"} <= set(document)
    assert all("naam" in g for g in document["doelgroepen"])
    assert document["spreiding"]["dissimilariteitsindex"]
    assert all(
        {"wijk", "verhuringen", "locatiequotient"} <= set(w)
        for w in document["spreiding"]["wijken"]
    )


def test_dezelfde_invoer_geeft_byte_voor_byte_dezelfde_json(json_pad: Path, tmp_path: Path) -> None:
    tweede = tmp_path / "m2.json"
    code(_basis(tweede))
    assert tweede.read_bytes() == json_pad.read_bytes()


def test_zonder_signalen_en_zonder_afgewezen_rijen_is_de_code_0(tmp_path: Path) -> None:
    argumenten = [
        "monitor",
        str(GOLDEN / "toewijzingen.csv"),
        "--jaar",
        "2025",
        "--formaat",
        "json",
        "-o",
        str(tmp_path / "g.json"),
    ]
    assert code(argumenten) == 0


def test_afgewezen_rijen_zonder_signaal_geven_3(tmp_path: Path) -> None:
    pad = tmp_path / "t.csv"
    tekst = (GOLDEN / "toewijzingen.csv").read_text(encoding="utf-8")
    pad.write_text(
        tekst
        + "T8;2025-13-01;2025-01-01;Gorinchem;W8;600,00;zelfstandig;ja;1;20000;nee;nee;A;;;;;\n",
        encoding="utf-8",
    )
    assert code(["monitor", str(pad), "--jaar", "2025", "-o", str(tmp_path / "g.md")]) == 3
    assert "rij 9, kolom huuringangsdatum" in (tmp_path / "g.md").read_text(encoding="utf-8")


class _Velden(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.velden: dict[str, Any] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("data-veld") is not None:
            self.velden[str(a["data-veld"])] = json.loads(str(a["data-waarde"]))


def _pad(document: Any, pad: str) -> Any:
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


def test_html_toont_de_cijfers_van_de_json(json_pad: Path, tmp_path: Path) -> None:
    html = tmp_path / "m.html"
    assert code(_basis(html, "--wijkmaximum", "sth=0,10")) == 1
    tekst = html.read_text(encoding="utf-8")
    assert "<script" not in tekst
    assert "http://" not in tekst.replace("http://www.w3.org", "")
    assert tekst.count("<svg") == 4
    lezer = _Velden()
    lezer.feed(tekst)
    document = json.loads(json_pad.read_text(encoding="utf-8"))
    assert len(lezer.velden) > 200
    for pad, waarde in lezer.velden.items():
        assert _pad(document, pad) == waarde, pad
    assert 'class="boven"' in tekst  # een wijk boven het beleidsmaximum
    # Tweede keer: byte voor byte dezelfde HTML.
    html2 = tmp_path / "m2.html"
    code(_basis(html2, "--wijkmaximum", "sth=0,10"))
    assert html2.read_bytes() == html.read_bytes()


def test_markdown_en_excel(tmp_path: Path) -> None:
    import openpyxl

    md = tmp_path / "m.md"
    code(_basis(md))
    tekst = md.read_text(encoding="utf-8")
    assert tekst.startswith("# Monitor slaagkansen en zoekduur 2025")
    assert "| Totaal | 1.198 |" in tekst
    xlsx = tmp_path / "m.xlsx"
    code(_basis(xlsx))
    boek = openpyxl.load_workbook(xlsx)
    assert boek.sheetnames == [
        "Doelgroepen",
        "Gemeenten",
        "Trend",
        "Wijken",
        "Kernen",
        "Signalen",
        "Invoer",
    ]
    blad = boek["Doelgroepen"]
    assert blad["A2"].value == "Totaal"
    assert blad["D2"].value == 1198
    tweede = tmp_path / "m2.xlsx"
    code(_basis(tweede))
    assert tweede.read_bytes() == xlsx.read_bytes()


def test_een_invoerbestand_wordt_nooit_overschreven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kopie = tmp_path / "t.csv"
    kopie.write_bytes((GOLDEN / "toewijzingen.csv").read_bytes())
    voor = kopie.read_bytes()
    assert code(["monitor", str(kopie), "--jaar", "2025", "-o", str(kopie), "--formaat", "md"]) == 2
    assert kopie.read_bytes() == voor
    assert "fout:" in capsys.readouterr().err


def test_een_tabel_buiten_haar_periode_geeft_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uitvoer = tmp_path / "m.json"
    assert code(_basis(uitvoer, "--tabel", "woongaard-2015")) == 2
    assert "2016-01-01 tot en met 2021-12-31" in capsys.readouterr().err
    assert not uitvoer.exists()


def test_met_een_tabel(tmp_path: Path) -> None:
    uitvoer = tmp_path / "m.json"
    code(_basis(uitvoer, "--tabel", "landelijk", "--zoekduur-doel", "12"))
    d = json.loads(uitvoer.read_text(encoding="utf-8"))
    assert d["instellingen"]["indeling"] == "landelijk"
    assert d["instellingen"]["zoekduur_doel_maanden"] == 12
    assert [g["naam"] for g in d["doelgroepen"] if g["soort"] == "inkomen"] == [
        "passende_groep",
        "doelgroep",
        "boven_doelgroep",
    ]


@pytest.mark.parametrize(
    ("extra", "melding"),
    [
        (["--wijkmaximum", "xyz=0,1"], "--wijkmaximum"),
        (["--drempel-slaagkans", "2"], "een aandeel ligt tussen 0 en 1"),
        (["--minimum-aantal", "0"], "geen geheel getal van ten minste 1"),
    ],
)
def test_onjuist_gebruik_geeft_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], melding: str
) -> None:
    assert code(_basis(tmp_path / "m.json", *extra)) == 2
    assert melding in capsys.readouterr().err


@pytest.mark.parametrize(
    ("soort", "schema"),
    [("toewijzingen", TOEWIJZINGEN_MONITOR), ("woningzoekenden", WONINGZOEKENDEN)],
)
def test_sjablonen(tmp_path: Path, soort: str, schema: Any) -> None:
    pad = tmp_path / f"{soort}.csv"
    assert code(["monitor-sjabloon", soort, "-o", str(pad)]) == 0
    kop = pad.read_text(encoding="utf-8").splitlines()[0]
    assert kop.split(";") == list(schema.namen)
    assert code(["monitor-sjabloon", soort, "-o", str(pad)]) == 2  # niet overschrijven
