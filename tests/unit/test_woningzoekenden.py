"""Het woningzoekendenbestand: schema, strikte lezing en de vraag wie actief is."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.invoer import InvoerFout, normaliseer_kop
from passend_toewijzen.invoer.doelgroepcodes import (
    EIGEN_CODES,
    VERA_CODES,
    BijzondereDoelgroep,
)
from passend_toewijzen.invoer.woningzoekenden import (
    WONINGZOEKENDEN,
    Woningzoekende,
    lees_woningzoekenden,
)

KOPPEN = list(WONINGZOEKENDEN.namen)


def zoeker(nummer: int = 1, **velden: object) -> dict[str, str]:
    basis = {
        "zoeker_id": f"WZ-{nummer:04d}",
        "inschrijfdatum": "2021-05-17",
        "laatste_reactiedatum": "2025-06-01",
        "aantal_personen": "2",
        "huishoudinkomen": "31.250,00",
        "aow_huishouden": "nee",
        "gemeente": "Gorinchem",
    }
    basis.update({k: str(v) for k, v in velden.items()})
    return basis


def schrijf(pad: Path, rijen: list[dict[str, str]], koppen: list[str] | None = None) -> Path:
    koppen = koppen or KOPPEN
    with pad.open("w", encoding="utf-8", newline="") as uit:
        schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
        schrijver.writerow(koppen)
        for r in rijen:
            schrijver.writerow([r.get(k, "") for k in koppen])
    return pad


def test_de_kolommen_van_het_schema() -> None:
    assert KOPPEN == [
        "zoeker_id",
        "inschrijfdatum",
        "zoekdatum",
        "laatste_reactiedatum",
        "actief",
        "aantal_personen",
        "huishoudinkomen",
        "aow_huishouden",
        "gemeente",
        "bijzondere_doelgroep",
        "aantal_reacties",
    ]
    assert WONINGZOEKENDEN.verplichte() == (
        "zoeker_id",
        "inschrijfdatum",
        "aantal_personen",
        "huishoudinkomen",
        "aow_huishouden",
    )
    assert WONINGZOEKENDEN.kenmerk == "zoeker_id"
    assert all(normaliseer_kop(k) == k for k in KOPPEN)


def test_het_sjabloon_heeft_alle_kolommen() -> None:
    sjabloon = WONINGZOEKENDEN.sjabloon_csv()
    kop, voorbeeld, *_ = sjabloon.split("\r\n")
    assert kop.split(";") == KOPPEN
    assert voorbeeld.startswith("WZ-000123;2021-05-17;")


def test_een_geldig_bestand(tmp_path: Path) -> None:
    pad = schrijf(
        tmp_path / "zoekers.csv",
        [
            zoeker(1, bijzondere_doelgroep="STH|urg", aantal_reacties="3"),
            zoeker(2, zoekdatum="2024-01-01", actief="ja", aow_huishouden="ja"),
            {},
        ],
    )
    bestand = lees_woningzoekenden(pad)
    assert bestand.gelezen == 3
    assert bestand.afgewezen == 0
    assert bestand.lege_rijen == 1
    eerste, tweede = bestand.zoekers
    assert eerste == Woningzoekende(
        zoeker_id="WZ-0001",
        inschrijfdatum=date(2021, 5, 17),
        aantal_personen=2,
        huishoudinkomen=Decimal("31250.00"),
        aow_huishouden=False,
        laatste_reactiedatum=date(2025, 6, 1),
        gemeente="Gorinchem",
        bijzondere_doelgroepen=frozenset(
            {BijzondereDoelgroep.STATUSHOUDERS, BijzondereDoelgroep.URGENT}
        ),
        aantal_reacties=3,
    )
    assert tweede.zoekdatum == date(2024, 1, 1)
    assert tweede.actief is True
    assert tweede.aow_huishouden is True


@pytest.mark.parametrize(
    ("velden", "kolom", "melding"),
    [
        ({"aantal_personen": "0"}, "aantal_personen", "verwacht 1 tot en met 30 personen"),
        ({"aantal_personen": "31"}, "aantal_personen", "verwacht 1 tot en met 30 personen"),
        ({"aantal_reacties": "-1"}, "aantal_reacties", "geen geheel aantal"),
        ({"huishoudinkomen": ""}, "huishoudinkomen", "verplicht, maar leeg"),
        ({"huishoudinkomen": "-5,00"}, "huishoudinkomen", ""),
        ({"inschrijfdatum": "31-02-2024"}, "inschrijfdatum", ""),
        ({"zoekdatum": "2020-01-01"}, "zoekdatum", "ligt vóór de inschrijfdatum (2021-05-17)"),
        (
            {"laatste_reactiedatum": "2020-01-01"},
            "laatste_reactiedatum",
            "ligt vóór de inschrijfdatum",
        ),
        (
            {"bijzondere_doelgroep": "xyz"},
            "bijzondere_doelgroep",
            "geen geldige keuze; kies uit sth",
        ),
        ({"laatste_reactiedatum": ""}, "actief", "niet te bepalen of de woningzoekende actief"),
        ({"aow_huishouden": "misschien"}, "aow_huishouden", ""),
    ],
)
def test_een_foute_rij_noemt_rij_en_kolom(
    tmp_path: Path, velden: dict[str, str], kolom: str, melding: str
) -> None:
    pad = schrijf(tmp_path / "zoekers.csv", [zoeker(1), zoeker(2, **velden)])
    bestand = lees_woningzoekenden(pad)
    assert bestand.gelezen == 2
    assert len(bestand.zoekers) == 1
    assert bestand.afgewezen == 1
    assert [f.kolom for f in bestand.fouten] == [kolom]
    fout = bestand.fouten[0]
    assert fout.rijnummer == 3
    assert fout.kenmerk == "WZ-0002"
    assert melding in fout.melding
    assert str(fout).startswith("zoekers.csv: rij 3, kolom " + kolom)


def test_persoonsgegevens_worden_niet_geciteerd(tmp_path: Path) -> None:
    pad = schrijf(tmp_path / "zoekers.csv", [zoeker(1, huishoudinkomen="veel geld")])
    bestand = lees_woningzoekenden(pad)
    assert "veel geld" not in str(bestand.fouten[0])


def test_een_dubbel_zoeker_id_wordt_afgewezen(tmp_path: Path) -> None:
    pad = schrijf(tmp_path / "zoekers.csv", [zoeker(1), zoeker(1)])
    bestand = lees_woningzoekenden(pad)
    assert len(bestand.zoekers) == 1
    assert bestand.fouten[0].kolom == "zoeker_id"
    assert bestand.fouten[0].melding == "komt al eerder voor (rij 2)"


def test_een_ontbrekende_verplichte_kolom(tmp_path: Path) -> None:
    koppen = [k for k in KOPPEN if k != "huishoudinkomen"]
    pad = schrijf(tmp_path / "zoekers.csv", [zoeker(1)], koppen)
    with pytest.raises(InvoerFout, match="huishoudinkomen"):
        lees_woningzoekenden(pad)


def test_excel_en_parquet_lezen_hetzelfde(tmp_path: Path) -> None:
    import openpyxl
    import pyarrow as pa
    import pyarrow.parquet as pq

    rijen = [zoeker(1, aantal_reacties="2"), zoeker(2, actief="nee")]
    csv_pad = schrijf(tmp_path / "zoekers.csv", rijen)
    boek = openpyxl.Workbook()
    blad = boek.active
    assert blad is not None
    blad.append(KOPPEN)
    for r in rijen:
        blad.append([r.get(k, "") for k in KOPPEN])
    boek.save(tmp_path / "zoekers.xlsx")
    tabel = pa.table({k: [r.get(k, "") for r in rijen] for k in KOPPEN})
    pq.write_table(tabel, tmp_path / "zoekers.parquet")
    verwacht = lees_woningzoekenden(csv_pad).zoekers
    assert len(verwacht) == 2
    assert lees_woningzoekenden(tmp_path / "zoekers.xlsx").zoekers == verwacht
    assert lees_woningzoekenden(tmp_path / "zoekers.parquet").zoekers == verwacht


def test_eigen_kolomnamen_koppelen(tmp_path: Path) -> None:
    koppen = ["Relatienummer", *KOPPEN[1:]]
    r = zoeker(1)
    r["Relatienummer"] = r.pop("zoeker_id")
    pad = schrijf(tmp_path / "zoekers.csv", [r], koppen)
    bestand = lees_woningzoekenden(pad, koppeling={"Relatienummer": "zoeker_id"})
    assert bestand.zoekers[0].zoeker_id == "WZ-0001"


def _z(**velden: object) -> Woningzoekende:
    basis: dict[str, object] = {
        "zoeker_id": "Z",
        "inschrijfdatum": date(2020, 1, 1),
        "aantal_personen": 1,
        "huishoudinkomen": Decimal(20000),
        "aow_huishouden": False,
    }
    basis.update(velden)
    return Woningzoekende(**basis)  # type: ignore[arg-type]


VAN, TOT = date(2025, 1, 1), date(2025, 12, 31)


def test_actief_volgens_de_vlag_de_reactiedatum_of_het_aantal_reacties() -> None:
    assert _z(actief=True).is_actief(VAN, TOT)
    assert not _z(actief=False, laatste_reactiedatum=date(2025, 3, 1)).is_actief(VAN, TOT)
    assert _z(laatste_reactiedatum=date(2025, 1, 1)).is_actief(VAN, TOT)
    assert _z(laatste_reactiedatum=date(2025, 12, 31)).is_actief(VAN, TOT)
    assert not _z(laatste_reactiedatum=date(2024, 12, 31)).is_actief(VAN, TOT)
    assert _z(aantal_reacties=1).is_actief(VAN, TOT)
    assert not _z(aantal_reacties=0).is_actief(VAN, TOT)
    # Ingeschreven na de periode: nooit actief in de periode.
    assert not _z(inschrijfdatum=date(2026, 1, 1), actief=True).is_actief(VAN, TOT)
    assert _z(inschrijfdatum=date(2025, 12, 31), actief=True).is_actief(VAN, TOT)


def test_vera_codes_en_eigen_codes() -> None:
    assert BijzondereDoelgroep("sth") in VERA_CODES
    assert {c.value for c in EIGEN_CODES} == {"umo", "urg", "dbm"}
    assert not VERA_CODES & EIGEN_CODES
