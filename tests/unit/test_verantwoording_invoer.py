"""Bestanden lezen: CSV (coderingen, scheidingstekens), Excel, Parquet, JSON Lines en kolommen."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from passend_toewijzen.verantwoording import InvoerFout, open_invoer, verantwoord
from passend_toewijzen.verantwoording.invoer import Bronrij, Bronrijfout
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv


def rijen(pad: Path, **opties: object) -> list[Bronrij | Bronrijfout]:
    return list(open_invoer(pad, **opties).rijen())  # type: ignore[arg-type]


def test_csv_utf8_met_puntkomma(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, gemeente="Súdwest-Fryslân"), rij(2)])
    invoer = open_invoer(pad)
    assert (invoer.formaat, invoer.codering, invoer.scheidingsteken) == ("csv", "utf-8", ";")
    gelezen = list(invoer.rijen())
    assert [r.rijnummer for r in gelezen] == [2, 3]
    eerste = gelezen[0]
    assert isinstance(eerste, Bronrij)
    assert eerste.waarden[invoer.kolommen.index("gemeente")] == "Súdwest-Fryslân"
    assert invoer.onbekende_kolommen == ()
    assert len(invoer.sha256()) == 64


@pytest.mark.parametrize(
    ("codering", "verwacht"), [("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252")]
)
def test_coderingen_worden_herkend(tmp_path: Path, codering: str, verwacht: str) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, gemeente="Súdwest-Fryslân")], codering=codering)
    invoer = open_invoer(pad)
    assert invoer.codering == verwacht
    eerste = next(invoer.rijen())
    assert isinstance(eerste, Bronrij)
    assert "Súdwest-Fryslân" in eerste.waarden


@pytest.mark.parametrize("teken", [",", "\t"])
def test_scheidingstekens_worden_herkend(tmp_path: Path, teken: str) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, kale_huur="600.00")], scheidingsteken=teken)
    invoer = open_invoer(pad)
    assert invoer.scheidingsteken == teken
    assert isinstance(next(invoer.rijen()), Bronrij)


def test_kolomkoppen_zijn_ongevoelig_voor_hoofdletters_en_koppeling(tmp_path: Path) -> None:
    koppen = [k.upper().replace("_", " ") for k in KOPPEN]
    koppen[KOPPEN.index("kale_huur")] = "Netto huur"
    pad = tmp_path / "a.csv"
    pad.write_text(";".join(koppen) + "\r\n", encoding="utf-8")
    with pytest.raises(InvoerFout, match="verplichte kolom\\(men\\) ontbreken: kale_huur"):
        open_invoer(pad)
    invoer = open_invoer(pad, koppeling={"Netto huur": "kale_huur"})
    assert "kale_huur" in invoer.kolommen
    with pytest.raises(InvoerFout, match="onbekende schemakolom"):
        open_invoer(pad, koppeling={"Netto huur": "netto_huur"})


def test_onbekende_en_dubbele_kolommen(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij()], koppen=[*KOPPEN, "urgenie"])
    assert open_invoer(pad).onbekende_kolommen == ("urgenie",)
    pad = schrijf_csv(tmp_path / "b.csv", [rij()], koppen=[*KOPPEN, "Gemeente"])
    with pytest.raises(InvoerFout, match="'gemeente' komt meer dan eens voor"):
        open_invoer(pad)


def test_rijen_met_te_veel_of_te_weinig_waarden_en_lege_regels(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1), rij(2)])
    with pad.open(encoding="utf-8", newline="") as bestand:
        regels = bestand.read().split("\r\n")
    regels.insert(2, "")
    regels.insert(3, "a;b;c")
    with pad.open("w", encoding="utf-8", newline="") as bestand:
        bestand.write("\r\n".join(regels))
    gelezen = rijen(pad)
    # De lege regel is een lege rij (geteld, geen gegeven); de rijnummers blijven die van het
    # bestand, zoals een spreadsheet ze toont.
    assert [type(r).__name__ for r in gelezen] == ["Bronrij", "Legerij", "Bronrijfout", "Bronrij"]
    assert gelezen[1].rijnummer == 3
    fout = gelezen[2]
    assert isinstance(fout, Bronrijfout)
    assert fout.rijnummer == 4
    assert "3 waarden" in fout.melding
    assert gelezen[3].rijnummer == 5


def test_waarde_met_regeleinde_tussen_aanhalingstekens(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, wijk="Oost\nkant"), rij(2)])
    gelezen = rijen(pad)
    assert all(isinstance(r, Bronrij) for r in gelezen)
    assert [r.rijnummer for r in gelezen] == [2, 3]


def test_bestandsfouten(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout, match="bestand niet gevonden"):
        open_invoer(tmp_path / "geen.csv")
    (tmp_path / "a.ods").write_text("x", encoding="utf-8")
    with pytest.raises(InvoerFout, match=r"onbekend formaat '\.ods'"):
        open_invoer(tmp_path / "a.ods")
    leeg = tmp_path / "leeg.csv"
    leeg.write_text("", encoding="utf-8")
    with pytest.raises(InvoerFout, match="leeg"):
        open_invoer(leeg)
    pad = schrijf_csv(tmp_path / "b.csv", [rij()])
    with pytest.raises(InvoerFout, match="onbekende codering"):
        open_invoer(pad, codering="klingon")


def test_gemengde_codering_wordt_per_cel_gemeld(tmp_path: Path) -> None:
    """UTF-8 (Súdwest in rij 2) en verderop een regel in Windows-1252: die cel wordt met rij en
    kolom afgewezen, en het verslag zegt dat het bestand coderingen mengt."""
    pad = tmp_path / "a.csv"
    goed = schrijf_csv(
        tmp_path / "g.csv", [rij(1, gemeente="Súdwest")] + [rij(i) for i in range(2, 3000)]
    ).read_bytes()
    slecht = schrijf_csv(tmp_path / "s.csv", [rij(3000, gemeente="Súdwest")]).read_bytes()
    pad.write_bytes(goed + slecht.decode("utf-8").split("\r\n", 1)[1].encode("cp1252"))
    verslag = verantwoord(pad, 2024)
    assert (verslag.invoer["gelezen"], verslag.invoer["afgewezen"]) == (3000, 1)
    fout = verslag.invoer["fouten"][0]
    assert (fout["rij"], fout["kolom"]) == (3001, "gemeente")
    assert "gemengde coderingen" in fout["melding"]
    assert any(
        "mengt tekstcoderingen: regel 2 is UTF-8, regel 3001 niet" in o for o in verslag.opmerkingen
    )
    # Eén gemeente, niet twee schrijfwijzen.
    assert [g.gemeente for g in verslag.gemeenten] == ["Gorinchem", "Súdwest"]


def test_excel(tmp_path: Path) -> None:
    boek = openpyxl.Workbook()
    blad = boek.active
    assert blad is not None
    blad.append([])
    blad.append(KOPPEN)
    blad.append([rij(1).get(k) for k in KOPPEN])
    blad.append([None] * len(KOPPEN))
    waarden: list[object] = [rij(2).get(k) for k in KOPPEN]
    waarden[KOPPEN.index("kale_huur")] = 612.5
    blad.append(waarden)
    blad.append([*(rij(3).get(k) for k in KOPPEN), "extra"])
    pad = tmp_path / "a.xlsx"
    boek.save(pad)
    gelezen = rijen(pad)
    assert [r.rijnummer for r in gelezen] == [3, 4, 5, 6]
    assert [type(r).__name__ for r in gelezen] == ["Bronrij", "Legerij", "Bronrij", "Bronrijfout"]
    verslag = verantwoord(pad, 2024, corporatie="X")
    assert verslag.invoer["geaccepteerd"] == 2
    assert verslag.invoer["fouten"][0]["melding"] == "waarden in kolommen zonder kolomkop"
    with pytest.raises(InvoerFout, match="geen werkblad 'Blad9'"):
        open_invoer(pad, blad="Blad9")
    kapot = tmp_path / "kapot.xlsx"
    kapot.write_bytes(b"geen zip")
    with pytest.raises(InvoerFout, match="geen leesbaar Excel-bestand"):
        open_invoer(kapot)


def test_parquet_met_eigen_typen(tmp_path: Path) -> None:
    r = rij(1)
    kolommen = {k: [r[k]] for k in r}
    kolommen["kale_huur"] = [pa.scalar(612.5).as_py()]
    tabel = pa.table(
        {
            **{k: pa.array(v) for k, v in kolommen.items() if k != "aantal_personen"},
            "aantal_personen": pa.array([2], pa.int32()),
        }
    )
    pad = tmp_path / "a.parquet"
    pq.write_table(tabel, pad)
    verslag = verantwoord(pad, 2024, corporatie="X")
    assert verslag.invoer["geaccepteerd"] == 1
    assert verslag.daeb_naar_omvang["meerpersoons"] == 1
    kapot = tmp_path / "kapot.parquet"
    kapot.write_bytes(b"PAR1")
    with pytest.raises(InvoerFout, match="geen leesbaar Parquet-bestand"):
        open_invoer(kapot)


def test_json_lines(tmp_path: Path) -> None:
    pad = tmp_path / "a.jsonl"
    regels = [
        json.dumps(rij(1)),
        "",
        "{kapot",
        "[1, 2]",
        json.dumps({**rij(2), "kale_huur": 601.25}),
    ]
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    gelezen = rijen(pad)
    assert [(r.rijnummer, type(r).__name__) for r in gelezen] == [
        (1, "Bronrij"),
        (2, "Legerij"),
        (3, "Bronrijfout"),
        (4, "Bronrijfout"),
        (5, "Bronrij"),
    ]
    verslag = verantwoord(pad, 2024, corporatie="X")
    invoer = verslag.invoer
    assert (invoer["gelezen"], invoer["afgewezen"], invoer["leeg"]) == (5, 2, 1)
