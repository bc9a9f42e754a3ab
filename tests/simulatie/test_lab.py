"""Het lab als geheel: herhaalbaar tot op de byte, serieel gelijk aan parallel, en de gesimuleerde
verhuringen gaan zonder één afgewezen rij door de verantwoording en de monitor."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from passend_toewijzen.monitor import Doelgroepindeling, lees_verhuringen
from passend_toewijzen.simulatie import maak_document, simuleer
from passend_toewijzen.simulatie.uitvoer.toewijzingen import schrijf_toewijzingen
from passend_toewijzen.verantwoording import verantwoord
from tests.simulatie.hulp import LANDELIJK, scenario, voorraad, zoekers

RIJK = """
[scenario]
naam = "rijk"
[toewijzing]
tabel = "landelijk"
reactiekans = 0.5
max_reacties_per_maand = 2
aandeel_direct = 0.1
aandeel_loting = 0.1
[acceptatie]
kans = 0.7
per_huurklasse = { goedkoop = 0.9 }
per_doelgroep = { passende_groep = 0.8 }
[bevolking]
nieuwe_inschrijvingen_per_maand = 5
vertrekkans_per_maand = 0.02
"""


def _document(**opties: object) -> str:
    uitkomst = simuleer(
        [scenario(LANDELIJK), scenario(RIJK)],
        voorraad(150),
        zoekers(300),
        [2026],
        herhalingen=6,
        **opties,  # type: ignore[arg-type]
    )
    return json.dumps(maak_document(uitkomst), ensure_ascii=False, indent=2)


def test_zelfde_zaad_geeft_hetzelfde_document_tot_op_de_byte() -> None:
    a = _document(zaad=7)
    assert a == _document(zaad=7)
    assert a != _document(zaad=8)


def test_parallel_geeft_hetzelfde_als_na_elkaar() -> None:
    assert _document(zaad=3, processen=2) == _document(zaad=3, processen=1)


def test_het_document_heeft_per_scenario_de_cijfers_en_het_verschil() -> None:
    document = json.loads(_document(zaad=1))
    assert [s["naam"] for s in document["scenarios"]] == ["wet", "rijk"]
    cijfers = document["scenarios"][1]["cijfers"]
    slaag = cijfers["slaagkans.alle"]
    assert slaag["herhalingen"] == 6
    assert slaag["onder"] <= slaag["gemiddelde"] <= slaag["boven"]
    assert float(cijfers["via.direct"]["gemiddelde"]) > 0
    assert document["verschillen"][0]["van"] == "wet"
    assert "verantwoording.2026.passend" in document["verschillen"][0]["cijfers"]


def test_gesimuleerde_verhuringen_gaan_zonder_afwijzing_door_verantwoording_en_monitor(
    tmp_path: Path,
) -> None:
    uitkomst = simuleer(
        [scenario(RIJK)], voorraad(400), zoekers(300), [2026], herhalingen=2, met_toewijzingen=True
    )
    rijen = uitkomst.metingen[0][0].rijen
    assert rijen is not None
    assert len(rijen) > 10
    assert uitkomst.metingen[0][1].rijen is None  # alleen herhaling 1
    pad = tmp_path / "gesimuleerd.csv"
    schrijf_toewijzingen(pad, rijen)
    verslag = verantwoord(pad, 2026)
    assert verslag.invoer["gelezen"] == len(rijen)
    assert verslag.invoer["afgewezen"] == 0
    gelezen = lees_verhuringen([pad], Doelgroepindeling())
    assert gelezen.afgewezen == 0
    assert len(gelezen.verhuringen) == len(rijen)
    # de verantwoording van het bestand is die van herhaling 1 in het document
    cijfer = uitkomst.metingen[0][0].cijfers["verantwoording.2026.passend"]
    assert verslag.passend_toets is not None
    assert verslag.passend_toets.aandeel == cijfer


def test_een_schrijffout_laat_geen_half_bestand_achter(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="map"):
        schrijf_toewijzingen(tmp_path, ())


def test_geen_actieve_zoekers_is_een_fout() -> None:
    with pytest.raises(ValueError, match="geen enkele actieve woningzoekende"):
        simuleer([scenario(LANDELIJK)], voorraad(5), [], [2026], herhalingen=1)


def test_zoekers_ingeschreven_na_het_begin_tellen_niet_mee() -> None:
    lijst = zoekers(20)
    laat = lijst[0]._replace(inschrijfdatum=date(2026, 3, 1))
    uitkomst = simuleer(
        [scenario(LANDELIJK)], voorraad(5), [laat, *lijst[1:]], [2026], herhalingen=1
    )
    assert uitkomst.zoekers == 19
    assert uitkomst.zoekers_niet_actief == 1
