"""Grenstests voor de waarden en regimes van issue 12: de dag ervoor en de dag van elke wijziging,
en een cent eronder, gelijk en erboven.

De passende grenzen (ook die voor ouderen van 2025 en 2026), de DAEB-grenzen (ook 2014) en de
rekenhuur staan in ``test_grenzen_gegenereerd``; hier: de indexatiefactoren I1 en I2, de
vermogensgrens van art. 54a, de WTOS, het bijstandsbewijs, de groepen van art. 54 lid 2 en de
zorgcategorieën, en de bouwstenen van de afgeleide waarden.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.parameters import Status, beschikbare_periode, parameters_op, register
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import toets_toewijzing

CENT = Decimal("0.01")
VAN, TOT = beschikbare_periode()


def toewijzing(dag: date, huishouden: dict[str, Any], huur: str = "500.00") -> Toewijzing:
    return Toewijzing.model_validate(
        {
            "huishouden": huishouden,
            "woning": {
                "id": "W",
                "kale_huur": huur,
                "soort": "zelfstandig",
                "daeb": True,
                "gemeente": "G",
                "subsidiabele_servicekosten": "0",
            },
            "toewijzingsdatum": dag,
            "huuringangsdatum": dag,
        }
    )


def _wijzigingen(naam: str) -> list[date]:
    return [
        rw.geldig_vanaf
        for rw in register().definities[naam].reeks
        if VAN < rw.geldig_vanaf <= TOT and rw.status is not Status.ONBEKEND
    ]


def _factor(naam: str, dag: date) -> Decimal | None:
    try:
        return parameters_op(dag).bedrag(naam)
    except ParameterNietVanKracht:
        return None


INDEX = [
    (n, d, k)
    for n, k in (("indexatiefactor_t1", 1), ("indexatiefactor_t2", 2))
    for d in _wijzigingen(n)
]


@pytest.mark.parametrize(
    ("naam", "dag", "jaren_terug"), INDEX, ids=[f"{n}-{d.isoformat()}" for n, d, _ in INDEX]
)
def test_indexatiefactor_de_dag_ervoor_en_de_dag_van_de_wijziging(
    naam: str, dag: date, jaren_terug: int
) -> None:
    """BTIV 2015 bijlage 4/5: het verzamelinkomen over t-1 maal I1, over t-2 maal I2, met de
    factor van het jaar van de huuringang; de dag ervoor geldt de factor van het vorige jaar (of,
    als die onbekend is, een fout)."""
    bedrag = Decimal("10000")
    for datum in (dag - timedelta(days=1), dag):
        huishouden = {
            "personen": [
                {
                    "rol": "aanvrager",
                    "inkomensbewijzen": [
                        {
                            "soort": "inkomensverklaring",
                            "belastingjaar": datum.year - jaren_terug,
                            "bedrag": str(bedrag),
                        }
                    ],
                }
            ],
            "aow_huishouden": False,
        }
        t = toewijzing(datum, huishouden)
        if parameters_op(datum).regime("inkomensindexatie") == "geen_bewijsregels":
            with pytest.raises(OnvoldoendeGegevens, match="INK-03"):
                toets_toewijzing(t)
            continue
        factor = _factor(naam, datum)
        if factor is None:
            with pytest.raises(ParameterNietVanKracht, match=naam):
                toets_toewijzing(t)
            continue
        assert toets_toewijzing(t).huishoudinkomen == bedrag * factor


def _art54a_gevallen() -> list[tuple[date, str, int]]:
    gevallen = []
    for naam, personen in (
        ("zorgtoeslag_vermogensgrens_alleenstaande", 1),
        ("zorgtoeslag_vermogensgrens_met_partner", 2),
    ):
        gevallen += [(d, naam, personen) for d in _wijzigingen(naam)]
    return gevallen


ART54A = _art54a_gevallen()


@pytest.mark.parametrize(
    ("dag", "naam", "personen"), ART54A, ids=[f"{n}-{d.isoformat()}" for d, n, _ in ART54A]
)
def test_art_54a_op_de_vermogensgrens(dag: date, naam: str, personen: int) -> None:
    """BTIV art. 54a: de rendementsgrondslag moet *meer bedragen* dan de vermogensgrens van de
    zorgtoeslag (met partner als er een partner is). Gelijk of een cent eronder: het verzoek
    wordt niet toegepast; een cent erboven wel. De dag ervoor geldt de vorige grens."""
    grens = parameters_op(dag).bedrag(naam)

    def uitkomst(datum: date, vermogen: Decimal) -> bool:
        rollen = ["aanvrager", "partner"][:personen]
        huishouden = {
            "personen": [{"rol": r, "geboortedatum": "1940-01-01"} for r in rollen],
            "vastgesteld_inkomen": "20000",
            "rendementsgrondslag_box3": str(vermogen),
            "verzoek_art_54a": True,
        }
        return toets_toewijzing(toewijzing(datum, huishouden, "700.00")).art_54a

    assert uitkomst(dag, grens - CENT) is False
    assert uitkomst(dag, grens) is False
    assert uitkomst(dag, grens + CENT) is True
    vorige = _factor(naam, dag - timedelta(days=1))
    if vorige is not None and vorige < grens:
        assert uitkomst(dag - timedelta(days=1), grens) is True
        assert uitkomst(dag, grens) is False


def test_art_54a_bestaat_pas_vanaf_2022() -> None:
    huishouden = {
        "personen": [{"rol": "aanvrager", "geboortedatum": "1940-01-01"}],
        "vastgesteld_inkomen": "20000",
        "rendementsgrondslag_box3": "900000",
        "verzoek_art_54a": True,
    }
    assert toets_toewijzing(toewijzing(date(2021, 12, 31), huishouden, "700.00")).art_54a is False
    assert toets_toewijzing(toewijzing(date(2022, 1, 1), huishouden, "700.00")).art_54a is True


def test_wtos_de_dag_ervoor_en_de_dag_van_2022() -> None:
    """BTIV art. 54 lid 2 onder a 3° en art. 56 lid 4 onder a (tekst 2022-01-01): een
    tegemoetkoming WTOS telt vanaf 1 januari 2022 als student; de dag ervoor niet (zonder
    inkomensgegevens dan geen oordeel)."""
    huishouden = {"personen": [{"rol": "aanvrager", "wtos": True}], "aow_huishouden": False}
    with pytest.raises(OnvoldoendeGegevens, match="INK-03"):
        toets_toewijzing(toewijzing(date(2021, 12, 31), huishouden))
    uitkomst = toets_toewijzing(toewijzing(date(2022, 1, 1), huishouden))
    assert uitkomst.in_passende_groep is True
    assert uitkomst.toewijzingssegment is S.DOELGROEP


def test_bijstandsbewijs_de_dag_ervoor_en_de_dag_van_2022() -> None:
    """BTIV art. 56 lid 5 onder b (eerst gelezen in de tekst van 2022-01-01)."""

    def huishouden(dag: date) -> dict[str, Any]:
        return {
            "personen": [
                {
                    "rol": "aanvrager",
                    "inkomensbewijzen": [{"soort": "bijstand", "datum": dag, "bedrag": "16000"}],
                }
            ],
            "aow_huishouden": False,
        }

    oud = date(2021, 12, 31)
    with pytest.raises(OnvoldoendeGegevens, match="INK-08"):
        toets_toewijzing(toewijzing(oud, huishouden(oud)))
    nieuw = date(2022, 1, 1)
    assert toets_toewijzing(toewijzing(nieuw, huishouden(nieuw))).huishoudinkomen == Decimal(16000)


def test_bijstandsbewijs_naast_een_inkomensverklaring() -> None:
    """Vanaf 2022 is het bijstandsbewijs het bewijs van wie bijstand ontvangt, ook naast een
    inkomensverklaring; ervoor telt alleen de inkomensverklaring."""

    def huishouden(dag: date) -> dict[str, Any]:
        return {
            "personen": [
                {
                    "rol": "aanvrager",
                    "inkomensbewijzen": [
                        {"soort": "bijstand", "datum": dag, "bedrag": "16000"},
                        {
                            "soort": "inkomensverklaring",
                            "belastingjaar": dag.year - 1,
                            "bedrag": "30000",
                        },
                    ],
                }
            ],
            "aow_huishouden": False,
        }

    dag = date(2024, 3, 1)
    assert toets_toewijzing(toewijzing(dag, huishouden(dag))).huishoudinkomen == Decimal(16000)
    oud = date(2015, 9, 1)
    i1 = parameters_op(oud).bedrag("indexatiefactor_t1")
    assert toets_toewijzing(toewijzing(oud, huishouden(oud))).huishoudinkomen == 30000 * i1


def test_groepen_van_art_54_lid_2_de_dag_ervoor_en_de_dag_van_1_juli_2015() -> None:
    """Twee voltijds studerenden zonder studiefinanciering met een hoog inkomen: vanaf het BTIV
    (1 juli 2015, art. 57 onder a jo. art. 54 lid 2 onder a) DAEB-doelgroep; de dag ervoor beslist
    het inkomen."""
    huishouden = {
        "personen": [
            {"rol": "aanvrager", "voltijds_student": True},
            {"rol": "medebewoner", "voltijds_student": True},
        ],
        "vastgesteld_inkomen": "60000",
        "aow_huishouden": False,
    }
    voor = toets_toewijzing(toewijzing(date(2015, 6, 30), huishouden))
    assert voor.toewijzingssegment is S.VRIJ
    op = toets_toewijzing(toewijzing(date(2015, 7, 1), huishouden))
    assert op.toewijzingssegment is S.DOELGROEP


@pytest.mark.parametrize("personen", [1, 3])
def test_asielvergunning_vanaf_1_juli_2015(personen: int) -> None:
    """Een bewoner met een verblijfsvergunning na een asielaanvraag (art. 54 lid 2 onder b):
    vanaf 1 juli 2015 doelgroep ongeacht het inkomen en de omvang van het huishouden."""
    leden = [{"rol": "aanvrager", "asielvergunning": True}] + [
        {"rol": "kind"} for _ in range(personen - 1)
    ]
    huishouden = {"personen": leden, "vastgesteld_inkomen": "60000", "aow_huishouden": False}
    assert toets_toewijzing(toewijzing(date(2015, 6, 30), huishouden)).toewijzingssegment is S.VRIJ
    op = toets_toewijzing(toewijzing(date(2015, 7, 1), huishouden))
    assert op.toewijzingssegment is S.DOELGROEP
    assert toets_toewijzing(toewijzing(date(2016, 3, 1), huishouden, "560.00")).passendheid is P.PAS


def test_zorgcategorieen_de_dag_ervoor_en_de_dag_van_2013() -> None:
    """Tijdelijke regeling DAEB: de zorgcategorieën tellen pas in de tekst van 1 januari 2013 als
    doelgroep; in 2012 (tekst van 28 juni 2011) beslist het inkomen."""
    huishouden = {
        "personen": [{"rol": "aanvrager"}],
        "vastgesteld_inkomen": "60000",
        "zorgindicatie": "wlz_verblijf",
    }
    assert toets_toewijzing(toewijzing(date(2012, 12, 31), huishouden)).toewijzingssegment is S.VRIJ
    op = toets_toewijzing(toewijzing(date(2013, 1, 1), huishouden)).toewijzingssegment
    assert op is S.DOELGROEP


@pytest.mark.parametrize(
    ("naam", "dag", "ervoor", "op"),
    [
        ("norminkomen_eenpersoonsouderen", date(2025, 1, 1), "26486.12", "27100.60"),
        ("norminkomen_eenpersoonsouderen", date(2026, 1, 1), "27100.60", "28089.78"),
        ("norminkomen_meerpersoonsouderen", date(2025, 1, 1), "35061.14", "35874.56"),
        ("norminkomen_meerpersoonsouderen", date(2026, 1, 1), "35874.56", "37183.99"),
        ("indexatiefactor_huurtoeslag", date(2026, 1, 1), "1.0232", "1.0365"),
        ("passend_inkomensgrens_eenpersoons_aow", date(2025, 1, 1), "27225", "27775"),
        ("passend_inkomensgrens_meerpersoons_aow", date(2025, 1, 1), "36675", "37350"),
        ("passend_inkomensgrens_eenpersoons_aow", date(2026, 1, 1), "27775", "28775"),
        ("passend_inkomensgrens_meerpersoons_aow", date(2026, 1, 1), "37350", "38650"),
        ("daeb_inkomensgrens", date(2014, 1, 1), "34229", "34678"),
        ("indexatiefactor_t1", date(2024, 1, 1), "1.0802", "1.0832"),
        ("indexatiefactor_t2", date(2025, 1, 1), "1.1701", "1.1279"),
        ("liberalisatiegrens", date(2025, 1, 1), "1157.95", "1184.82"),
    ],
)
def test_nieuwe_waarden_de_dag_ervoor_en_de_dag_van_de_ingang(
    naam: str, dag: date, ervoor: str, op: str
) -> None:
    assert parameters_op(dag - timedelta(days=1)).bedrag(naam) == Decimal(ervoor)
    assert parameters_op(dag).bedrag(naam) == Decimal(op)


@pytest.mark.parametrize(
    ("naam", "dag"),
    [
        ("norminkomen_eenpersoonsouderen", date(2024, 1, 1)),
        ("norminkomen_meerpersoonsouderen", date(2024, 1, 1)),
        ("verhoging_norminkomen_eenpersoonsouderen", date(2025, 1, 1)),
        ("verhoging_norminkomen_meerpersoonsouderen", date(2025, 1, 1)),
        ("indexatiefactor_huurtoeslag", date(2025, 1, 1)),
        ("liberalisatiegrens", date(2024, 7, 1)),
        ("inkomensbewijs_bijstand", date(2022, 1, 1)),
        ("studenten_wtos", date(2013, 1, 1)),
        ("passend_reikwijdte", date(2016, 1, 1)),
        ("subsidiabele_servicekosten_maximum", date(2016, 1, 1)),
    ],
)
def test_een_nieuwe_parameter_geldt_vanaf_haar_eerste_ingang(naam: str, dag: date) -> None:
    assert not parameters_op(dag - timedelta(days=1)).geldt(naam)
    assert parameters_op(dag).geldt(naam)


def test_de_subsidiabele_servicekosten_vervallen_per_2026() -> None:
    """Wet op de huurtoeslag art. 5 (tekst 2026): de rekenhuur kent geen servicekosten meer."""
    assert parameters_op(date(2025, 12, 31)).bedrag("subsidiabele_servicekosten_maximum") == 48
    for naam in (
        "subsidiabele_servicekosten_maximum",
        "subsidiabele_servicekosten_maximum_per_post",
    ):
        assert not parameters_op(date(2026, 1, 1)).geldt(naam)
