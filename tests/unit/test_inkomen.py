"""Huishoudinkomen: bewijsjaren, indexatie, kinderen, vrijstellingen en het actuele inkomen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext
from typing import Any

import pytest

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Toewijzing
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.inkomen import (
    Inkomensmethode,
    Vrijstelling,
    bepaal_huishoudinkomen,
    bepaal_vrijstelling,
)
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import toets_toewijzing


def ibri(jaar: int, bedrag: str) -> dict[str, Any]:
    return {"soort": "inkomensverklaring", "belastingjaar": jaar, "bedrag": bedrag}


def actueel(bedrag: str, reden: str = "afwijkend") -> dict[str, Any]:
    return {"soort": "actueel_inkomen", "bedrag": bedrag, "datum": "2015-08-01", "reden": reden}


def huishouden(*personen: dict[str, Any], **velden: Any) -> Huishouden:
    return Huishouden.model_validate({"personen": list(personen), **velden})


def persoon(rol: str = "aanvrager", *bewijzen: dict[str, Any], **velden: Any) -> dict[str, Any]:
    return {"rol": rol, "inkomensbewijzen": list(bewijzen), **velden}


def toewijzing(hh: Huishouden, ingang: date, huur: str = "600.00") -> Toewijzing:
    return Toewijzing.model_validate(
        {
            "huishouden": hh,
            "woning": {
                "id": "W",
                "kale_huur": huur,
                "soort": "zelfstandig",
                "daeb": True,
                "gemeente": "G",
            },
            "toewijzingsdatum": ingang,
            "huuringangsdatum": ingang,
        }
    )


SEPT_2015 = date(2015, 9, 1)


def test_t1_wordt_geindexeerd_met_i1() -> None:
    hi = bepaal_huishoudinkomen(
        huishouden(persoon("aanvrager", ibri(2014, "30000"))), SEPT_2015, parameters_op(SEPT_2015)
    )
    assert hi.methode is Inkomensmethode.INKOMENSBEWIJZEN
    assert hi.bedrag == Decimal("30201.0000")  # 30.000 x 1,0067
    assert hi.uitleg[0].parameter is not None
    assert hi.uitleg[0].parameter.naam == "indexatiefactor_t1"


def test_t2_wordt_geindexeerd_met_i2_en_t1_gaat_voor() -> None:
    ps = parameters_op(SEPT_2015)
    alleen_t2 = bepaal_huishoudinkomen(
        huishouden(persoon("aanvrager", ibri(2013, "30000"))), SEPT_2015, ps
    )
    assert alleen_t2.bedrag == Decimal("30597.0000")  # 30.000 x 1,0199
    beide = bepaal_huishoudinkomen(
        huishouden(persoon("aanvrager", ibri(2013, "30000"), ibri(2014, "10000"))), SEPT_2015, ps
    )
    assert beide.bedrag == Decimal("10067.0000")


@pytest.mark.parametrize(("jaar", "melding"), [(2012, "is over 2012"), (2015, "is over 2015")])
def test_bewijs_buiten_t1_t2_geweigerd(jaar: int, melding: str) -> None:
    with pytest.raises(OnvoldoendeGegevens, match=melding) as info:
        bepaal_huishoudinkomen(
            huishouden(persoon("aanvrager", ibri(jaar, "1000"))),
            SEPT_2015,
            parameters_op(SEPT_2015),
        )
    assert "alleen 2014 of 2013" in str(info.value)


def test_ontbrekend_bewijs_noemt_de_persoon_zonder_bedragen() -> None:
    hh = huishouden(persoon("aanvrager", ibri(2014, "31415")), persoon("partner"))
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_huishoudinkomen(hh, SEPT_2015, parameters_op(SEPT_2015))
    assert "personen[1] (partner)" in str(info.value)
    assert "31415" not in str(info.value)


def test_kinderen_tellen_niet_mee() -> None:
    ps = parameters_op(SEPT_2015)
    zonder = bepaal_huishoudinkomen(
        huishouden(persoon("aanvrager", ibri(2014, "20000")), persoon("kind")), SEPT_2015, ps
    )
    met = bepaal_huishoudinkomen(
        huishouden(persoon("aanvrager", ibri(2014, "20000")), persoon("kind", ibri(2014, "99000"))),
        SEPT_2015,
        ps,
    )
    assert zonder.bedrag == met.bedrag
    assert any(r.regel_id == "INK-05" for r in met.uitleg)


def test_de_uitleg_telt_kinderen_in_gewoon_nederlands() -> None:
    """'1 kind', '2 kinderen': geen 'kind(eren)'."""
    ps = parameters_op(SEPT_2015)

    def zin(kinderen: int) -> str:
        hh = huishouden(persoon("aanvrager", ibri(2014, "20000")), *[persoon("kind")] * kinderen)
        (regel,) = [
            r for r in bepaal_huishoudinkomen(hh, SEPT_2015, ps).uitleg if r.regel_id == "INK-05"
        ]
        return regel.zin

    assert zin(1) == "Het inkomen van 1 kind van de aanvrager of partner telt niet mee."
    assert zin(2) == "Het inkomen van 2 kinderen van de aanvrager of partner telt niet mee."


def test_geen_gegevens_belastingdienst_zonder_indexatie() -> None:
    hh = huishouden(persoon("aanvrager", actueel("12345.67", "geen_gegevens_belastingdienst")))
    hi = bepaal_huishoudinkomen(hh, SEPT_2015, parameters_op(SEPT_2015))
    assert hi.bedrag == Decimal("12345.67")
    assert hi.uitleg[0].regel_id == "INK-04"


def test_exact_ongeacht_de_decimal_context_van_de_aanroeper() -> None:
    hh = huishouden(persoon("aanvrager", ibri(2014, "30000.01")))
    with localcontext() as ctx:
        ctx.prec = 3
        hi = bepaal_huishoudinkomen(hh, SEPT_2015, parameters_op(SEPT_2015))
    assert hi.bedrag == Decimal("30201.010067")


def test_onbekende_factor_geeft_fout() -> None:
    """De factor I1 voor 2020 is niet gevonden (status onbekend): geen gok, maar een fout."""
    dag = date(2020, 3, 1)
    with pytest.raises(ParameterNietVanKracht, match="indexatiefactor_t1"):
        bepaal_huishoudinkomen(
            huishouden(persoon("aanvrager", ibri(2019, "1"))), dag, parameters_op(dag)
        )


def test_beleid_levert_de_factor(testbeleid: Beleid) -> None:
    dag = date(2024, 3, 1)
    ps = testbeleid.pas_toe(parameters_op(dag))
    hi = bepaal_huishoudinkomen(huishouden(persoon("aanvrager", ibri(2023, "20000"))), dag, ps)
    assert hi.bedrag == Decimal("20200.00")


@pytest.mark.parametrize(
    ("personen", "verwacht"),
    [
        ([{"rol": "aanvrager", "vergunninghouder": True}], Vrijstelling.VERGUNNINGHOUDERS),
        (
            [
                {"rol": "aanvrager", "vergunninghouder": True},
                {"rol": "kind", "vergunninghouder": True},
            ],
            Vrijstelling.VERGUNNINGHOUDERS,
        ),
        ([{"rol": "aanvrager", "vergunninghouder": True}, {"rol": "partner"}], None),
        ([{"rol": "aanvrager", "studiefinanciering": True}], Vrijstelling.STUDENTEN),
        (
            [{"rol": "aanvrager", "studiefinanciering": True}]
            + [{"rol": "medebewoner", "studiefinanciering": True}] * 2,
            None,
        ),
        ([{"rol": "aanvrager", "studiefinanciering": True}, {"rol": "partner"}], None),
    ],
)
def test_vrijstellingen(personen: list[dict[str, Any]], verwacht: Vrijstelling | None) -> None:
    ps = parameters_op(date(2022, 9, 1))
    assert bepaal_vrijstelling(Huishouden.model_validate({"personen": personen}), ps) is verwacht


def test_geen_vrijstelling_in_2011() -> None:
    hh = Huishouden.model_validate({"personen": [{"rol": "aanvrager", "vergunninghouder": True}]})
    assert bepaal_vrijstelling(hh, parameters_op(date(2011, 6, 1))) is None


def test_actueel_inkomen_daeb_alleen_naar_beneden() -> None:
    lager = huishouden(
        persoon("aanvrager", ibri(2014, "40000"), actueel("30000")), aow_huishouden=False
    )
    uitkomst = toets_toewijzing(toewijzing(lager, SEPT_2015))
    assert uitkomst.toewijzingssegment is S.DOELGROEP
    assert any(r.regel_id == "DAEB-05" for r in uitkomst.uitleg)
    hoger = huishouden(
        persoon("aanvrager", ibri(2014, "30000"), actueel("50000")), aow_huishouden=False
    )
    assert toets_toewijzing(toewijzing(hoger, SEPT_2015)).toewijzingssegment is S.DOELGROEP


def test_actueel_inkomen_alleen_als_iedereen_het_opgaf() -> None:
    hh = huishouden(
        persoon("aanvrager", ibri(2014, "30000"), actueel("10000")),
        persoon("partner", ibri(2014, "20000")),
        aow_huishouden=False,
    )
    hi = bepaal_huishoudinkomen(hh, SEPT_2015, parameters_op(SEPT_2015))
    assert hi.actueel is None
    assert toets_toewijzing(toewijzing(hh, SEPT_2015)).toewijzingssegment is S.VRIJ


def test_passend_actueel_beide_richtingen_vanaf_2022(testbeleid: Beleid) -> None:
    dag = date(2024, 3, 1)
    grens = parameters_op(dag).bedrag("passend_inkomensgrens_eenpersoons")
    hh = huishouden(
        persoon("aanvrager", ibri(2023, "20000"), actueel(str(grens + 1))), aow_huishouden=False
    )
    uitkomst = toets_toewijzing(toewijzing(hh, dag, "700.00"), beleid=testbeleid)
    assert uitkomst.passendheid is P.NVT
    assert uitkomst.in_passende_groep is False
    assert any(r.regel_id == "INK-07" for r in uitkomst.uitleg)


@pytest.mark.parametrize(
    ("dag", "hoger_telt"),
    [(date(2016, 10, 27), False), (date(2016, 10, 28), True)],
    ids=["alleen-lager-tot-28-oktober-2016", "beide-richtingen-vanaf-28-oktober-2016"],
)
def test_passend_actueel_hoger_telt_vanaf_de_tekst_van_oktober_2016(
    testbeleid: Beleid, dag: date, hoger_telt: bool
) -> None:
    """BTIV 2015 art. 56 lid 6: de tekst van 1 juli 2015 kent alleen een lager actueel inkomen
    (onder a); die van 28 oktober 2016 ook een hoger (onder b). Een lager actueel inkomen telt in
    beide."""
    grens = parameters_op(dag).bedrag("passend_inkomensgrens_eenpersoons")
    hoger = huishouden(
        persoon("aanvrager", ibri(2015, "20000"), actueel(str(grens + 1))), aow_huishouden=False
    )
    uitkomst = toets_toewijzing(toewijzing(hoger, dag, "650.00"), beleid=testbeleid)
    assert uitkomst.in_passende_groep is not hoger_telt
    assert uitkomst.passendheid is (P.NVT if hoger_telt else P.NIE)
    lager = huishouden(
        persoon("aanvrager", ibri(2015, str(grens)), actueel(str(grens - 1))), aow_huishouden=False
    )
    gebruikt = toets_toewijzing(toewijzing(lager, dag, "500.00"), beleid=testbeleid)
    assert gebruikt.in_passende_groep is True
    assert gebruikt.huishoudinkomen == grens - 1
