"""Het woningvoorraadbestand: schema, rijregels, uniek kenmerk, formaten en het sjabloon."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.invoer import InvoerFout
from passend_toewijzen.invoer.voorraad import (
    MUTATIEKANS_STANDAARD,
    VOORRAAD,
    lees_voorraad,
)
from passend_toewijzen.modellen import Woningsoort

KOP = (
    "woning_id;gemeente;kern;woningsoort;daeb;kale_huur;maximale_huur;punten;mutatiekans;"
    "huurverhoging_verduurzaming;streefhuur_percentage"
)


def _csv(tmp_path: Path, *regels: str, kop: str = KOP) -> Path:
    pad = tmp_path / "voorraad.csv"
    pad.write_text("\r\n".join((kop, *regels)) + "\r\n", encoding="utf-8")
    return pad


def test_een_goede_rij_wordt_een_voorraadwoning(tmp_path: Path) -> None:
    pad = _csv(
        tmp_path,
        "W-1;Altena;Almkerk;zelfstandig;ja;512,40;801,16;;0,08;25,00;70",
        "W-2;Altena;;onzelfstandig;nee;300;;120,5;;;",
    )
    voorraad = lees_voorraad(pad)
    assert (voorraad.gelezen, voorraad.geaccepteerd, voorraad.afgewezen) == (2, 2, 0)
    een, twee = voorraad.woningen
    assert een.woning_id == "W-1"
    assert een.kern == "Almkerk"
    assert een.woningsoort is Woningsoort.ZELFSTANDIG
    assert een.daeb is True
    assert een.kale_huur == Decimal("512.40")
    assert een.maximale_huur == Decimal("801.16")
    assert een.punten is None
    assert een.mutatiekans == Decimal("0.08")
    assert een.mutatiekans_opgegeven is True
    assert een.huurverhoging_verduurzaming == Decimal("25.00")
    assert een.streefhuur_percentage == Decimal(70)
    assert twee.kern is None
    assert twee.maximale_huur is None
    assert twee.punten == Decimal("120.5")
    assert twee.mutatiekans == MUTATIEKANS_STANDAARD == Decimal(1)
    assert twee.mutatiekans_opgegeven is False
    assert voorraad.mutatiekans_standaard == 1
    assert voorraad.bronkenmerken["voorraad.csv"]["formaat"] == "csv"


@pytest.mark.parametrize(
    ("regel", "kolom", "melding"),
    [
        ("W-1;Altena;;zelfstandig;ja;500;;;;;", "maximale_huur", "beide zijn leeg"),
        ("W-1;Altena;;zelfstandig;ja;500;700;140;;;", "punten", "niet allebei"),
        ("W-1;Altena;;zelfstandig;ja;500;700;;;;0", "streefhuur_percentage", "boven 0"),
        ("W-1;Altena;;zelfstandig;ja;500;700;;;;100,01", "streefhuur_percentage", "100"),
        ("W-1;Altena;;zelfstandig;ja;500;700;;-0,1;;", "mutatiekans", "negatief"),
        ("W-1;Altena;;villa;ja;500;700;;;;", "woningsoort", "villa"),
        ("W-1;Altena;;zelfstandig;misschien;500;700;;;;", "daeb", "ja/nee"),
        ("W-1;Altena;;zelfstandig;ja;-500;700;;;;", "kale_huur", "negatief"),
        ("W-1;;;zelfstandig;ja;500;700;;;;", "gemeente", "verplicht"),
        ("W-1;Altena;;zelfstandig;ja;500;700;;;-3;", "huurverhoging_verduurzaming", "negatief"),
    ],
)
def test_een_foute_rij_wordt_afgewezen_met_rij_en_kolom(
    tmp_path: Path, regel: str, kolom: str, melding: str
) -> None:
    pad = _csv(tmp_path, regel)
    voorraad = lees_voorraad(pad)
    assert (voorraad.gelezen, voorraad.geaccepteerd, voorraad.afgewezen) == (1, 0, 1)
    (fout,) = voorraad.fouten
    assert (fout.rijnummer, fout.kolom, fout.kenmerk) == (2, kolom, "W-1")
    assert melding in fout.melding
    assert str(fout).startswith("voorraad.csv: rij 2, kolom ")


def test_een_grens_van_het_streefhuurpercentage_telt_mee(tmp_path: Path) -> None:
    pad = _csv(
        tmp_path,
        "W-1;Altena;;zelfstandig;ja;500;700;;;;100",
        "W-2;Altena;;zelfstandig;ja;500;700;;;;0,01",
    )
    voorraad = lees_voorraad(pad)
    assert [w.streefhuur_percentage for w in voorraad.woningen] == [
        Decimal(100),
        Decimal("0.01"),
    ]


def test_een_dubbel_woning_id_wordt_afgewezen_met_de_eerste_rij(tmp_path: Path) -> None:
    pad = _csv(
        tmp_path,
        "W-1;Altena;;zelfstandig;ja;500;700;;;;",
        ";;;;;;;;;;",
        "W-1;Altena;;zelfstandig;ja;510;710;;;;",
        "W-2;Altena;;zelfstandig;ja;510;710;;;;",
    )
    gemeld: list[str] = []
    voorraad = lees_voorraad(pad, bij_afwijzing=lambda f: gemeld.append(str(f)))
    assert (voorraad.gelezen, voorraad.geaccepteerd, voorraad.afgewezen, voorraad.leeg) == (
        4,
        2,
        1,
        1,
    )
    assert voorraad.gelezen == voorraad.geaccepteerd + voorraad.afgewezen + voorraad.leeg
    assert gemeld == ["voorraad.csv: rij 4, kolom woning_id: woning_id 'W-1' komt al voor in rij 2"]


def test_zonder_maximale_huur_en_zonder_punten_is_het_bestand_niet_te_lezen(
    tmp_path: Path,
) -> None:
    pad = _csv(
        tmp_path,
        "W-1;Altena;zelfstandig;ja;500",
        kop="woning_id;gemeente;woningsoort;daeb;kale_huur",
    )
    with pytest.raises(InvoerFout, match="maximale_huur of de kolom punten ontbreekt"):
        lees_voorraad(pad)


def test_een_verplichte_kolom_die_ontbreekt(tmp_path: Path) -> None:
    pad = _csv(tmp_path, "W-1;zelfstandig;ja;500;700", kop="woning_id;woningsoort;daeb;kale_huur;m")
    with pytest.raises(InvoerFout, match="gemeente"):
        lees_voorraad(pad)


def test_excel_en_jsonl_lezen_hetzelfde(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    boek = openpyxl.Workbook()
    blad = boek.active
    blad.append(["Woningvoorraad De Kernen"])
    blad.append(["woning_id", "gemeente", "woningsoort", "daeb", "kale_huur", "maximale_huur"])
    blad.append(["W-1", "Altena", "zelfstandig", "ja", 512.4, 801.16])
    xlsx = tmp_path / "voorraad.xlsx"
    boek.save(xlsx)
    jsonl = tmp_path / "voorraad.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "woning_id": "W-1",
                "gemeente": "Altena",
                "woningsoort": "zelfstandig",
                "daeb": "ja",
                "kale_huur": "512.40",
                "maximale_huur": "801.16",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    uit_excel = lees_voorraad(xlsx).woningen
    uit_jsonl = lees_voorraad(jsonl).woningen
    assert [w._replace(bron="", rijnummer=0) for w in uit_excel] == [
        w._replace(bron="", rijnummer=0) for w in uit_jsonl
    ]
    assert uit_excel[0].maximale_huur == Decimal("801.16")
    assert uit_excel[0].rijnummer == 3


def test_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    tabel = pa.table(
        {
            "woning_id": ["W-1", "W-2"],
            "gemeente": ["Altena", "Altena"],
            "woningsoort": ["zelfstandig", "woonwagen"],
            "daeb": [True, False],
            "kale_huur": [pa.scalar(Decimal("512.40"), pa.decimal128(9, 2))] * 2,
            "punten": [Decimal("141"), Decimal("150.5")],
        }
    )
    pad = tmp_path / "voorraad.parquet"
    pq.write_table(tabel, pad)
    voorraad = lees_voorraad(pad)
    assert voorraad.afgewezen == 0, voorraad.fouten
    assert [w.punten for w in voorraad.woningen] == [Decimal(141), Decimal("150.5")]


def test_het_sjabloon_heeft_alle_kolommen_en_leest_terug(tmp_path: Path) -> None:
    tekst = VOORRAAD.sjabloon_csv()
    assert tekst.splitlines()[0] == (
        "woning_id;gemeente;kern;wijk;woningsoort;daeb;kale_huur;maximale_huur;punten;"
        "mutatiekans;huurverhoging_verduurzaming;streefhuur_percentage"
    )
    pad = tmp_path / "sjabloon.csv"
    pad.write_text(tekst, encoding="utf-8", newline="")
    voorraad = lees_voorraad(pad)
    assert voorraad.afgewezen == 0, voorraad.fouten
    assert voorraad.geaccepteerd == 1
