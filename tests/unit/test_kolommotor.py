"""De kolom-motor: dezelfde rijen, meldingen en verslagen als de rij-motor, en de losse functies."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from passend_toewijzen.beleid import Art54aTelling, Beleid
from passend_toewijzen.cli import main
from passend_toewijzen.kolom import (
    beoordeel,
    huishoudtype,
    huurklasse,
    koppel_parameters,
    parametertabel,
)
from passend_toewijzen.kolom.csvlezen import snel_leesbaar
from passend_toewijzen.kolom.tabel import centen
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.huishoudtype import Huishoudtype, bepaal_huishoudtype
from passend_toewijzen.regels.huurklasse import bepaal_huurklasse
from passend_toewijzen.verantwoording import open_invoer, verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"


def _verslag(pad: Path, motor: str, **opties: Any) -> dict[str, Any]:
    verslag = json.loads(als_json(verantwoord(pad, 2024, motor=motor, **opties)))
    assert verslag["ontvangstbewijs"].pop("motor") == motor
    return dict(verslag)


def _gelijk(pad: Path, **opties: Any) -> dict[str, Any]:
    kolom = _verslag(pad, "kolom", **opties)
    assert kolom == _verslag(pad, "rij", **opties)
    return kolom


def _regels(pad: Path, regels: list[str], einde: str = "\r\n") -> Path:
    pad.write_text(einde.join([";".join(KOPPEN), *regels]) + einde, encoding="utf-8")
    return pad


def _cellen(**velden: Any) -> str:
    waarden = rij(**velden)
    return ";".join(waarden.get(k, "") for k in KOPPEN)


def test_regels_die_geen_rij_zijn_zoals_de_rij_lezer(tmp_path: Path) -> None:
    """Lege regels, te weinig waarden, herhaalde kolomkoppen, niet-ASCII en spaties: dezelfde
    rijnummers en meldingen op beide motoren, ook met alleen LF of CR als regeleinde."""
    regels = [
        _cellen(nummer=1),
        "",
        ";;;  ;",
        ";".join(KOPPEN),
        "a;b;c",
        _cellen(nummer=2, gemeente="Súdwest-Fryslân"),
        _cellen(nummer=3, gemeente=" Gorinchem"),
        _cellen(nummer=4, kale_huur="1.234,56"),
        _cellen(nummer=5, huuringangsdatum="01-03-2024"),
        _cellen(nummer=1),
        _cellen(nummer=6, daeb="misschien", aantal_personen="31"),
        ";" * (len(KOPPEN) - 1),
        "\t" + _cellen(nummer=7),
    ]
    for einde in ("\r\n", "\n", "\r"):
        pad = _regels(tmp_path / f"r{len(einde)}{einde == chr(13)}.csv", regels, einde)
        assert snel_leesbaar(open_invoer(pad))
        verslag = _gelijk(pad)
        assert verslag["invoer"]["gelezen"] == len(regels)
        assert verslag["invoer"]["afgewezen"] == 4  # kop, a;b;c, dubbel id, rij 6


def test_aanhalingstekens_lezen_via_de_rij_lezer(tmp_path: Path) -> None:
    """Met aanhalingstekens leest de kolom-motor de rijen van de rij-lezer: hetzelfde verslag."""
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, gemeente="Den; Haag"), rij(2)])
    assert not snel_leesbaar(open_invoer(pad))
    assert _gelijk(pad)["invoer"]["gelezen"] == 2


def test_voorbeeldbestand_en_een_beleid_gelijk(tmp_path: Path) -> None:
    """Het voorbeeldbestand geeft op beide motoren hetzelfde verslag, ook met een beleid dat
    art. 54a als passend telt, met de jaren 2023-2024 en zonder dubbelcontrole."""
    _gelijk(VOORBEELD)
    _gelijk(VOORBEELD, beleid=Beleid("Proef", art_54a=Art54aTelling.PASSEND))
    _gelijk(VOORBEELD, dubbelcontrole=False)


def test_motor_kiezen_en_fouten() -> None:
    """Zonder keuze is de kolom-motor de standaard; een onbekende motor is een fout, en wie een
    oordeel per toewijzing vraagt, kan de kolom-motor niet kiezen."""
    assert verantwoord(VOORBEELD, 2024).ontvangstbewijs["motor"] == "kolom"
    with pytest.raises(ValueError, match="onbekende motor"):
        verantwoord(VOORBEELD, 2024, motor="trein")
    with pytest.raises(ValueError, match="bij_oordeel"):
        verantwoord(VOORBEELD, 2024, motor="kolom", bij_oordeel=lambda r, u: None)


def test_cli_motor_geeft_hetzelfde_json(tmp_path: Path) -> None:
    """``verantwoording --motor kolom`` en ``--motor rij`` schrijven hetzelfde JSON-verslag, op
    de motor na."""
    uitkomsten = []
    for motor in ("kolom", "rij"):
        uit = tmp_path / f"{motor}.json"
        code = main(["verantwoording", str(VOORBEELD), "--motor", motor, "-o", str(uit), "--stil"])
        assert code == 3  # het voorbeeld heeft afgewezen rijen
        verslag = json.loads(uit.read_text(encoding="utf-8"))
        assert verslag["ontvangstbewijs"].pop("motor") == motor
        uitkomsten.append(verslag)
    assert uitkomsten[0] == uitkomsten[1]


def test_huurklasse_en_huishoudtype_als_kolom() -> None:
    """De losse functies geven per rij wat de regels per waarde geven: de huurklasse van een kale
    huur op de grens en een cent erboven, en het huishoudtype."""
    datum = date(2024, 7, 1)
    ps = parameters_op(datum)
    huren = [
        centen(ps[n].waarde) + k  # type: ignore[arg-type]
        for n in ("kwaliteitskortingsgrens", "aftoppingsgrens_laag", "daeb_huurgrens")
        for k in (0, 1)
    ]
    frame = pl.DataFrame({"huuringangsdatum": [datum] * len(huren), "kale_huur": huren})
    klassen = (
        koppel_parameters(frame.lazy())
        .select(huurklasse(pl.col("kale_huur")))
        .collect()
        .to_series()
        .to_list()
    )
    verwacht = [bepaal_huurklasse(Decimal(h).scaleb(-2), ps).klasse.value for h in huren]
    assert klassen == verwacht
    typen = pl.DataFrame({"n": [1, 1, 2, 5], "aow": [False, True, False, True]}).select(
        huishoudtype(pl.col("n"), pl.col("aow"))
    )
    assert typen.to_series().to_list() == [
        bepaal_huishoudtype(n, a).value for n, a in ((1, False), (1, True), (2, False), (5, True))
    ]
    assert Huishoudtype.EENPERSOONS.value in typen.to_series().to_list()


def test_parametertabel_zonder_getypte_bedragen() -> None:
    """De tabel van geldigheidsperioden begint bij het begin van de dekking, loopt op, en geeft op
    elke begindatum dezelfde DAEB-huurgrens als de parameterdata."""
    tabel = parametertabel()
    data = tabel["vanaf"].to_list()
    assert data == sorted(data)
    for vanaf, grens in tabel.select("vanaf", "daeb_huurgrens").iter_rows():
        assert grens == centen(parameters_op(vanaf)["daeb_huurgrens"].waarde)  # type: ignore[arg-type]


def test_buiten_de_dekking_naar_de_rij_motor() -> None:
    """Een huuringangsdatum buiten de dekking beslist de kolom-motor niet: die rij gaat naar de
    rij-motor (die de fout met de periode geeft)."""
    frame = pl.DataFrame(
        {
            "huuringangsdatum": [date(1999, 1, 1)],
            "gemeente": ["X"],
            "kale_huur": [50000],
            "woningsoort": ["zelfstandig"],
            "daeb": [True],
            "aantal_personen": [1],
            "huishoudinkomen": [2000000],
            "aow_huishouden": [False],
            "vergunninghouders": [False],
            "studenten": [False],
            "zorgindicatie": [None],
            "huurtoeslag_mogelijk": [None],
            "servicekosten": [None],
            "subsidiabele_servicekosten": [None],
            "verzoek_art_54a": [False],
            "alle_bewoners_aow": [None],
            "rendementsgrondslag_box3": [None],
        },
        schema_overrides={
            "zorgindicatie": pl.String,
            "huurtoeslag_mogelijk": pl.Boolean,
            "servicekosten": pl.Int64,
            "subsidiabele_servicekosten": pl.Int64,
            "alle_bewoners_aow": pl.Boolean,
            "rendementsgrondslag_box3": pl.Int64,
        },
    )
    assert beoordeel(frame).collect()["motor_rij"].to_list() == [True]


def _parquet(pad: Path, cellen: pl.DataFrame) -> Path:
    """Het toewijzingenbestand als Parquet met getypte kolommen (zoals een eigen export)."""
    bedragen = [
        "kale_huur",
        "huishoudinkomen",
        "servicekosten",
        "subsidiabele_servicekosten",
        "rendementsgrondslag_box3",
    ]
    vlaggen = [
        "daeb",
        "aow_huishouden",
        "vergunninghouders",
        "studenten",
        "urgentie",
        "huurtoeslag_mogelijk",
        "verzoek_art_54a",
        "alle_bewoners_aow",
    ]
    c = pl.col
    getypt = cellen.with_columns(
        *(c(n).str.replace(",", ".").cast(pl.Decimal(14, 2), strict=False) for n in bedragen[:2]),
        *(c(n).str.replace(",", ".").cast(pl.Float64, strict=False) for n in bedragen[2:]),
        *(
            pl.when(c(n) == "ja").then(True).when(c(n) == "nee").then(False).alias(n)
            for n in vlaggen
        ),
        c("aantal_personen").cast(pl.Int64, strict=False),
        c("huuringangsdatum").str.to_date(strict=False),
        c("toewijzingsdatum").str.to_datetime(strict=False),
    )
    getypt.write_parquet(pad)
    return pad


def test_parquet_met_getypte_kolommen_gelijk(tmp_path: Path) -> None:
    """Een Parquet-bestand met getypte kolommen (Decimal, float, datum, tijdstip, ja/nee, leeg):
    dezelfde rijen, meldingen en hetzelfde verslag op beide motoren."""
    cellen = pl.read_csv(VOORBEELD, separator=";", infer_schema=False)
    verslag = _gelijk(_parquet(tmp_path / "voorbeeld.parquet", cellen))
    assert verslag["invoer"]["gelezen"] == cellen.height
    leeg = pl.DataFrame(
        {k: [None] for k in cellen.columns}, schema=dict.fromkeys(cellen.columns, pl.String)
    )
    rare = cellen.head(3).with_columns(
        pl.Series("servicekosten", ["12.345", "-1", "1e3"]),
        pl.Series("aantal_personen", ["0", "31", "2"]),
    )
    _gelijk(_parquet(tmp_path / "raar.parquet", pl.concat([cellen.head(20), leeg, rare])))


@pytest.mark.parametrize("grens", [1, 3, 1000])
def test_dubbelcontrole_per_reeks_als_per_rij(grens: int) -> None:
    """De dubbelcontrole per reeks (ook als de id's op schijf staan) geeft dezelfde afwijzingen,
    met dezelfde eerdere plek, als de controle rij voor rij."""
    import random

    from passend_toewijzen.verantwoording.dubbel import Dubbelcontrole

    kans = random.Random(13)  # noqa: S311 - vaste testreeks, geen geheim
    reeksen = [
        ("a.csv", [kans.choice([f"T{n}" for n in range(40)] + [None]) for _ in range(30)])
        for _ in range(4)
    ] + [("b.csv", [f"T{n}" for n in range(30)])]
    per_rij: list[tuple[str, int, str]] = []
    per_reeks: list[tuple[str, int, str]] = []
    with Dubbelcontrole(grens) as een, Dubbelcontrole(grens) as ander:
        begin = 0
        for bron, kenmerken in reeksen:
            nummers = list(range(begin + 2, begin + 2 + len(kenmerken)))
            begin += len(kenmerken)
            for kenmerk, nummer in zip(kenmerken, nummers, strict=True):
                if kenmerk is not None:
                    fout = een.controleer_kenmerk(kenmerk, bron, nummer)
                    if fout is not None:
                        per_rij.append((fout.bron, fout.rijnummer, fout.melding))
            for _, fout in ander.controleer_reeks(list(kenmerken), bron, nummers):
                per_reeks.append((fout.bron, fout.rijnummer, fout.melding))
    assert per_reeks == per_rij
    assert per_rij
