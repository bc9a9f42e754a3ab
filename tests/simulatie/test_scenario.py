"""Het scenariobestand: volledig gecontroleerd, met Nederlandse meldingen die het veld noemen."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.simulatie import laad_scenario

GOED = """
[scenario]
naam = "voorstel"
omschrijving = "Streefhuur 67,5% en de tabel van Woongaard"
[streefhuur]
streefhuur_percentage = 67.5
kernen = { Almkerk = 70 }
aftoppen = "aftoppingsgrens_laag"
[toewijzing]
tabel = "woongaard-2015"
volgorde = "zoekduur"
aandeel_loting = 0.1
aandeel_direct = 0.05
reactiekans = 0.3
max_reacties_per_maand = 2
[acceptatie]
kans = 0.6
per_huurklasse = { goedkoop = 0.8 }
per_doelgroep = { passende_groep = 0.7, hogere_inkomens = 0.4 }
[bevolking]
nieuwe_inschrijvingen_per_maand = 120
vertrekkans_per_maand = 0.01
[mutatie]
mutatiekans = 0.08
"""


def test_een_volledig_scenario_wordt_gelezen() -> None:
    s = laad_scenario(tekst=GOED)
    assert s.naam == "voorstel"
    assert s.tabel.naam == "woongaard-2015"
    assert s.streefhuur is not None
    assert s.streefhuur.streefhuur_percentage == Decimal("67.5")
    assert s.als_dict()["streefhuur"]["kernen"] == {"Almkerk": "70"}
    assert s.toewijzing.max_reacties_per_maand == 2
    assert s.mutatiekans == Decimal("0.08")
    assert not s.alleen_wet
    assert s.als_dict()["acceptatie"]["per_doelgroep"] == {
        "hogere_inkomens": "0.4",
        "passende_groep": "0.7",
    }


def test_de_inhoudshash_volgt_de_inhoud() -> None:
    assert laad_scenario(tekst=GOED).inhoudshash == laad_scenario(tekst=GOED).inhoudshash
    anders = GOED.replace("0.08", "0.09")
    assert laad_scenario(tekst=anders).inhoudshash != laad_scenario(tekst=GOED).inhoudshash


@pytest.mark.parametrize(
    ("vervang", "door", "melding"),
    [
        ('naam = "voorstel"\n', "", "scenario.naam: verplicht veld ontbreekt"),
        ("kans = 0.6", "kans = 1.5", "acceptatie.kans: moet hoogstens 1 zijn"),
        ("percentage = 67.5", "percentage = 0", "streefhuur.streefhuur_percentage"),
        ('volgorde = "zoekduur"', 'volgorde = "loting"', "toewijzing.volgorde: onbekende waarde"),
        ("reactiekans = 0.3", "reactietijd = 0.3", "toewijzing.reactietijd: onbekend veld"),
        (
            "max_reacties_per_maand = 2",
            "max_reacties_per_maand = 0",
            "toewijzing.max_reacties_per_maand: moet minstens 1 zijn",
        ),
        ("aandeel_loting = 0.1", "aandeel_loting = 0.99", "aandeel_loting en aandeel_direct"),
        ("passende_groep = 0.7", "primair = 0.7", "acceptatie.per_doelgroep.primair"),
        ("goedkoop = 0.8", "spotgoedkoop = 0.8", "acceptatie.per_huurklasse"),
        ('"aftoppingsgrens_laag"', '"huurtoeslaggrens"', "streefhuur.aftoppen"),
        ('tabel = "woongaard-2015"', 'tabel = "woongaard"', "toewijzing.tabel: 'woongaard'"),
    ],
)
def test_een_fout_noemt_het_veld(vervang: str, door: str, melding: str) -> None:
    assert vervang in GOED
    with pytest.raises(ParameterdataOngeldig) as fout:
        laad_scenario(tekst=GOED.replace(vervang, door), naam_bestand="voorstel.toml")
    assert "voorstel.toml" in str(fout.value)
    assert melding in str(fout.value)


def test_een_eigen_tabel_staat_naast_het_scenario(tmp_path: Path) -> None:
    eigen = Path(__file__).parents[2] / "examples" / "data" / "eigen-tabel.toml"
    (tmp_path / "tabel.toml").write_bytes(eigen.read_bytes())
    pad = tmp_path / "s.toml"
    pad.write_text(GOED.replace('"woongaard-2015"', '"tabel.toml"'), encoding="utf-8")
    assert laad_scenario(pad).tabel.naam != "woongaard-2015"


def test_een_scenario_dat_niet_bestaat() -> None:
    with pytest.raises(ParameterdataOngeldig, match="scenariobestand niet gevonden"):
        laad_scenario(Path("bestaat-niet.toml"))
