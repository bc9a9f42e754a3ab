"""De toets-API: strikt en niet-strikt, stroom, JSON, ontvangstbewijs en reikwijdte."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from passend_toewijzen import __version__
from passend_toewijzen.beleid import Art54aTelling, Beleid
from passend_toewijzen.fouten import DatumBuitenDekking, OnvoldoendeGegevens
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.parameters import register
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import Toetsstatus, toets_toewijzing, toets_toewijzingen
from tests.conftest import OnbekendMaken
from tests.hulp import maak_toewijzing


def toewijzing(**velden: Any) -> Toewijzing:
    basis: dict[str, Any] = {
        "huishouden": {
            "personen": [{"rol": "aanvrager"}],
            "vastgesteld_inkomen": "20000",
            "aow_huishouden": False,
        },
        "woning": {
            "id": "W",
            "kale_huur": "600",
            "soort": "zelfstandig",
            "daeb": True,
            "gemeente": "G",
        },
        "toewijzingsdatum": "2024-02-01",
        "huuringangsdatum": "2024-03-01",
    }
    for sleutel, waarde in velden.items():
        if isinstance(waarde, dict) and sleutel in basis:
            basis[sleutel] = {**basis[sleutel], **waarde}
        else:
            basis[sleutel] = waarde
    return Toewijzing.model_validate(basis)


def test_json_heeft_de_afgesproken_sleutels_en_geen_floats() -> None:
    document = json.loads(toets_toewijzing(toewijzing()).als_json())
    assert {"passendheid", "toewijzingssegment", "uitleg", "ontvangstbewijs"} <= set(document)
    assert document["passendheid"] in {"PAS", "NIE", "NVT"}
    assert document["toewijzingssegment"] in {"doelgroep", "middeninkomens", "vrij", "nvt"}

    def geen_float(waarde: object) -> None:
        assert not isinstance(waarde, float)
        if isinstance(waarde, dict):
            for w in waarde.values():
                geen_float(w)
        elif isinstance(waarde, list):
            for w in waarde:
                geen_float(w)

    geen_float(document)
    stap = document["uitleg"][-1]
    assert {
        "regel_id",
        "artikel",
        "parameter",
        "waarde",
        "geldig_vanaf",
        "bron",
        "uitkomst",
        "zin",
    } <= set(stap)
    assert Decimal(stap["waarde"]) > 0


def test_ontvangstbewijs() -> None:
    bewijs = toets_toewijzing(toewijzing()).ontvangstbewijs
    assert bewijs.bibliotheekversie == __version__
    assert bewijs.data_versie == register().data_versie
    assert bewijs.data_hash == register().data_hash
    assert bewijs.peildatum == date(2024, 3, 1)
    assert bewijs.beleid is None


def test_stroom_geeft_dezelfde_uitkomsten() -> None:
    toewijzingen = [
        maak_toewijzing(inkomen=Decimal(i * 1000), personen=1 + i % 3, aow=False) for i in range(20)
    ]
    los = [toets_toewijzing(t) for t in toewijzingen]
    assert [u.als_dict() for u in toets_toewijzingen(toewijzingen)] == [u.als_dict() for u in los]


def test_geen_toewijzing_geweigerd() -> None:
    with pytest.raises(TypeError, match="Toewijzing"):
        toets_toewijzing({"huishouden": {}})  # type: ignore[arg-type]


def test_buiten_dekking() -> None:
    geval = toewijzing(toewijzingsdatum="2030-01-01", huuringangsdatum="2030-02-01")
    with pytest.raises(DatumBuitenDekking):
        toets_toewijzing(geval)
    uitkomst = toets_toewijzing(geval, buiten_dekking_toestaan=True)
    assert uitkomst.ontvangstbewijs.buiten_dekking


def test_niet_strikt_geeft_onbepaald_met_redenen() -> None:
    geval = toewijzing(
        huishouden={
            "personen": [{"rol": "aanvrager"}],
            "vastgesteld_inkomen": None,
            "aow_huishouden": False,
        },
    )
    with pytest.raises(OnvoldoendeGegevens):
        toets_toewijzing(geval)
    uitkomst = toets_toewijzing(geval, strikt=False)
    assert uitkomst.status is Toetsstatus.ONBEPAALD
    assert uitkomst.passendheid is None
    assert uitkomst.toewijzingssegment is None
    assert len(uitkomst.redenen_onbepaald) == 2


def test_zorg_zonder_inkomen_deels_bepaald() -> None:
    geval = toewijzing(
        huishouden={
            "personen": [{"rol": "aanvrager"}],
            "vastgesteld_inkomen": None,
            "aow_huishouden": False,
            "zorgindicatie": "wlz_verblijf",
        },
    )
    uitkomst = toets_toewijzing(geval, strikt=False)
    assert uitkomst.toewijzingssegment is S.DOELGROEP
    assert uitkomst.passendheid is None
    assert uitkomst.status is Toetsstatus.ONBEPAALD


def test_onzelfstandig_vraagt_huurtoeslag_gegeven() -> None:
    geval = toewijzing(woning={"soort": "onzelfstandig"})
    with pytest.raises(OnvoldoendeGegevens, match="huurtoeslag_mogelijk"):
        toets_toewijzing(geval)
    met = toewijzing(woning={"soort": "onzelfstandig", "huurtoeslag_mogelijk": True})
    assert toets_toewijzing(met).passendheid is P.PAS
    zonder = toewijzing(woning={"soort": "standplaats", "huurtoeslag_mogelijk": False})
    assert toets_toewijzing(zonder).passendheid is P.NVT


@pytest.mark.parametrize("soort", ["woonwagen", "standplaats", "onzelfstandig"])
def test_woonwagens_standplaatsen_en_kamers_vallen_onder_de_daeb_norm(soort: str) -> None:
    geval = toewijzing(woning={"soort": soort, "huurtoeslag_mogelijk": True})
    assert toets_toewijzing(geval).toewijzingssegment is S.DOELGROEP


def test_art54a_telling_volgens_beleid() -> None:
    huishouden = {
        "personen": [{"rol": "aanvrager", "geboortedatum": "1950-01-01"}],
        "vastgesteld_inkomen": "20000",
        "rendementsgrondslag_box3": "500000",
        "verzoek_art_54a": True,
        "aow_huishouden": None,
    }
    geval = toewijzing(huishouden=huishouden, woning={"kale_huur": "800"})
    assert toets_toewijzing(geval).passendheid is P.NVT
    beleid = Beleid(naam="telt als passend", art_54a=Art54aTelling.PASSEND)
    uitkomst = toets_toewijzing(geval, beleid=beleid)
    assert uitkomst.passendheid is P.PAS
    assert uitkomst.art_54a
    assert uitkomst.ontvangstbewijs.beleid == beleid.kenmerk


def test_art54a_voor_2022_niet_van_kracht() -> None:
    huishouden = {
        "personen": [{"rol": "aanvrager", "geboortedatum": "1950-01-01"}],
        "vastgesteld_inkomen": "20000",
        "rendementsgrondslag_box3": "500000",
        "verzoek_art_54a": True,
        "aow_huishouden": None,
    }
    geval = toewijzing(
        huishouden=huishouden,
        woning={"kale_huur": "700"},
        toewijzingsdatum="2021-02-01",
        huuringangsdatum="2021-03-01",
    )
    uitkomst = toets_toewijzing(geval)
    assert uitkomst.passendheid is P.NIE
    assert any(r.uitkomst == "niet_van_kracht" for r in uitkomst.uitleg)


def test_art54a_niet_iedereen_aow() -> None:
    huishouden = {
        "personen": [
            {"rol": "aanvrager", "geboortedatum": "1950-01-01"},
            {"rol": "partner", "geboortedatum": "1970-01-01"},
        ],
        "vastgesteld_inkomen": "20000",
        "rendementsgrondslag_box3": "500000",
        "verzoek_art_54a": True,
        "aow_huishouden": None,
    }
    uitkomst = toets_toewijzing(toewijzing(huishouden=huishouden, woning={"kale_huur": "700"}))
    assert uitkomst.passendheid is P.NIE
    assert any(r.uitkomst == "afgewezen" for r in uitkomst.uitleg)


def test_art54a_zonder_geboortedata_bij_meer_personen() -> None:
    huishouden = {
        "personen": [{"rol": "aanvrager"}, {"rol": "partner"}],
        "vastgesteld_inkomen": "20000",
        "rendementsgrondslag_box3": "500000",
        "verzoek_art_54a": True,
        "aow_huishouden": True,
    }
    with pytest.raises(OnvoldoendeGegevens, match="geboortedata"):
        toets_toewijzing(toewijzing(huishouden=huishouden))


def test_uitleg_en_tekst() -> None:
    uitkomst = toets_toewijzing(toewijzing())
    tekst = uitkomst.als_tekst()
    assert "Toewijzingssegment: doelgroep" in tekst
    assert "Ontvangstbewijs" in tekst
    assert all(r.zin for r in uitkomst.uitleg)
    met_parameter = [r for r in uitkomst.uitleg if r.parameter is not None]
    assert met_parameter
    for regel in met_parameter:
        assert regel.bron is not None
        assert regel.geldig_vanaf is not None
        assert regel.waarde
        assert regel.status is not None


def test_huurklasse_onbekend_is_een_opmerking_geen_oordeel(onbekend_maken: OnbekendMaken) -> None:
    onbekend_maken("liberalisatiegrens", date(2024, 7, 1), date(2024, 12, 31))
    geval = toewijzing(
        woning={"kale_huur": "1000.00", "daeb": False},
        toewijzingsdatum="2024-08-01",
        huuringangsdatum="2024-09-01",
    )
    uitkomst = toets_toewijzing(geval)
    assert uitkomst.huurklasse is None
    assert uitkomst.opmerkingen
    assert uitkomst.status is Toetsstatus.BEPAALD
