"""Invoermodellen: geldige invoer wordt exact overgenomen; elke fout noemt het veld (Nederlands)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from passend_toewijzen.fouten import OngeldigeInvoer, Veldfout
from passend_toewijzen.modellen import (
    Huishouden,
    Inkomensbewijs,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
    naar_bedrag,
)
from tests.hulp import huishouden, persoon, toewijzing, woning


def velden(fout: OngeldigeInvoer) -> dict[str, str]:
    return {f.veld: f.melding for f in fout.fouten}


def test_geldige_toewijzing_uit_dict_en_json() -> None:
    t = Toewijzing.model_validate(toewijzing())
    assert t.woning.kale_huur == Decimal("650.00")
    assert t.huuringangsdatum == date(2024, 3, 1)
    assert t.huishouden.aantal_personen == 1
    assert t.huishouden.personen[0].rol is Rol.AANVRAGER
    tekst = t.model_dump_json()
    assert json.loads(tekst)["woning"]["kale_huur"] == "650.00"
    assert Toewijzing.model_validate_json(tekst) == t


def test_json_getal_wordt_exact_gelezen() -> None:
    w = Woning.model_validate_json(json.dumps(woning(kale_huur=None)).replace("null", "640.10"))
    assert w.kale_huur == Decimal("640.10")
    groot = Huishouden.model_validate_json(
        '{"personen":[{"rol":"aanvrager"}],"vastgesteld_inkomen":98765432.19}'
    )
    assert groot.vastgesteld_inkomen == Decimal("98765432.19")


def test_onwaarschijnlijk_hoge_bedragen_worden_geweigerd() -> None:
    # Plausibiliteitsgrenzen (geen wettelijke bedragen) vangen bijvoorbeeld bedragen in centen.
    assert Woning.model_validate(woning(kale_huur="25000.00")).kale_huur == Decimal(25000)
    with pytest.raises(OngeldigeInvoer, match=r"kale_huur: € 25\.000,01 is onwaarschijnlijk hoog"):
        Woning.model_validate(woning(kale_huur="25000.01"))
    with pytest.raises(OngeldigeInvoer, match=r"servicekosten: € 65\.043 is onwaarschijnlijk hoog"):
        Woning.model_validate(woning(servicekosten="65043"))
    ok = Huishouden(personen=(Persoon(rol=Rol.AANVRAGER),), vastgesteld_inkomen=Decimal(10**8))
    assert ok.vastgesteld_inkomen == Decimal(10**8)
    with pytest.raises(OngeldigeInvoer, match=r"vastgesteld_inkomen: .*centen"):
        Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER),), vastgesteld_inkomen=Decimal("100000000.01")
        )
    with pytest.raises(OngeldigeInvoer, match=r"rendementsgrondslag_box3: .*onwaarschijnlijk"):
        Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER),),
            rendementsgrondslag_box3=Decimal(10**10) + 1,
        )


def test_modellen_zijn_onveranderlijk() -> None:
    w = Woning.model_validate(woning())
    with pytest.raises(Exception, match="frozen"):
        w.kale_huur = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("invoer", "verwacht"),
    [
        (1, Decimal(1)),
        ("640.10", Decimal("640.10")),
        (" 640 ", Decimal(640)),
        (640.1, Decimal("640.1")),
        (Decimal("0.00"), Decimal("0.00")),
    ],
)
def test_bedragen_exact(invoer: object, verwacht: Decimal) -> None:
    uitkomst = naar_bedrag(invoer)
    assert uitkomst == verwacht
    assert isinstance(uitkomst, Decimal)


@pytest.mark.parametrize(
    ("invoer", "melding"),
    [
        (0.1 + 0.2, "hoogstens twee decimalen"),
        (1e20, "geen exact bedrag"),
        (float("nan"), "geen exact bedrag"),
        ("640,10", "komma"),
        ("1.234,56", "komma"),
        ("€ 640", "geen bedrag"),
        ("1.005", "hoogstens twee decimalen"),
        (True, "ja/nee"),
        (Decimal("Infinity"), "eindig"),
        ([640], "geen lijst"),
    ],
)
def test_onjuiste_bedragen(invoer: object, melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        naar_bedrag(invoer)


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"kale_huur": "-0.01"}, "kale_huur", "niet negatief"),
        ({"kale_huur": "650,00"}, "kale_huur", "komma"),
        ({"kale_huur": None}, "kale_huur", "geen lege waarde"),
        ({"servicekosten": "-5"}, "servicekosten", "niet negatief"),
        ({"soort": "kamer"}, "soort", "onbekende waarde 'kamer'"),
        ({"daeb": "ja"}, "daeb", "true of false"),
        ({"daeb": 1}, "daeb", "true of false"),
        ({"gemeente": "  "}, "gemeente", "niet leeg"),
        ({"id": ""}, "id", "niet leeg"),
        ({"wws_punten": "-1"}, "wws_punten", "minstens 0"),
        ({"onbekend": 1}, "onbekend", "onbekend veld"),
    ],
)
def test_woning_fouten_noemen_veld(wijziging: dict[str, Any], veld: str, melding: str) -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Woning.model_validate(woning(**wijziging))
    assert veld in velden(info.value)
    assert melding in velden(info.value)[veld]
    assert "Woning" in str(info.value)


def test_woning_verplichte_velden() -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Woning.model_validate({})
    assert velden(info.value) == dict.fromkeys(
        ("id", "kale_huur", "soort", "daeb", "gemeente"), "verplicht veld ontbreekt"
    )


@pytest.mark.parametrize("soort", list(Woningsoort))
def test_alle_woningsoorten(soort: Woningsoort) -> None:
    assert Woning.model_validate(woning(soort=soort.value)).soort is soort


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"geboortedatum": "1980-02-30"}, "geboortedatum", "geen bestaande datum"),
        ({"geboortedatum": "17-05-1980"}, "geboortedatum", "JJJJ-MM-DD"),
        ({"geboortedatum": 19800517}, "geboortedatum", "JJJJ-MM-DD"),
        ({"rol": "hoofdhuurder"}, "rol", "onbekende waarde"),
        ({"vergunninghouder": "nee"}, "vergunninghouder", "true of false"),
    ],
)
def test_persoon_fouten(wijziging: dict[str, Any], veld: str, melding: str) -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Persoon.model_validate(persoon(**wijziging))
    assert melding in velden(info.value)[veld]


def test_datetime_geweigerd() -> None:
    from datetime import datetime

    with pytest.raises(OngeldigeInvoer, match="zonder tijd"):
        Persoon(rol=Rol.AANVRAGER, geboortedatum=datetime(1980, 5, 17, 12, 0))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("bewijs", "melding"),
    [
        ({"soort": "inkomensverklaring", "bedrag": "20000"}, "belastingjaar: verplicht"),
        (
            {"soort": "aanslag", "bedrag": "20000", "belastingjaar": 2022, "reden": "afwijkend"},
            "reden: hoort alleen",
        ),
        (
            {"soort": "actueel_inkomen", "bedrag": "20000", "belastingjaar": 2023},
            "belastingjaar: hoort niet",
        ),
        ({"soort": "actueel_inkomen", "bedrag": "20000", "reden": "afwijkend"}, "datum: de datum"),
        (
            {"soort": "actueel_inkomen", "bedrag": "20000", "datum": "2024-01-05"},
            "reden: verplicht",
        ),
        ({"soort": "inkomensverklaring", "bedrag": "-1", "belastingjaar": 2022}, "niet negatief"),
        ({"soort": "inkomensverklaring", "bedrag": "1", "belastingjaar": 1900}, "minstens 1990"),
        ({"soort": "inkomensverklaring", "bedrag": "1", "belastingjaar": "2022"}, "geheel getal"),
        ({"soort": "loonstrook", "bedrag": "1"}, "onbekende waarde"),
    ],
)
def test_inkomensbewijs_fouten(bewijs: dict[str, Any], melding: str) -> None:
    with pytest.raises(OngeldigeInvoer, match=melding):
        Inkomensbewijs.model_validate(bewijs)


def test_dubbel_inkomensbewijs_geweigerd() -> None:
    bewijs = {"soort": "inkomensverklaring", "bedrag": "1", "belastingjaar": 2022}
    with pytest.raises(OngeldigeInvoer, match="twee bewijzen"):
        Persoon.model_validate(persoon(inkomensbewijzen=[bewijs, bewijs]))


@pytest.mark.parametrize(
    ("wijziging", "melding"),
    [
        ({"personen": []}, "minstens 1"),
        ({"personen": [persoon(rol="partner")]}, "precies één aanvrager"),
        ({"personen": [persoon(), persoon()]}, "precies één aanvrager"),
        (
            {"personen": [persoon(), persoon(rol="partner"), persoon(rol="partner")]},
            "hoogstens één partner",
        ),
        ({"vastgesteld_inkomen": "-100"}, "niet negatief"),
        ({"verzoek_art_54a": True}, "rendementsgrondslag_box3: verplicht"),
        ({"zorgindicatie": "pgb"}, "onbekende waarde"),
    ],
)
def test_huishouden_fouten(wijziging: dict[str, Any], melding: str) -> None:
    with pytest.raises(OngeldigeInvoer, match=melding):
        Huishouden.model_validate(huishouden(**wijziging))


def test_huishouden_telt_kinderen_mee() -> None:
    hh = Huishouden.model_validate(huishouden(personen=[persoon(), persoon(rol="kind")]))
    assert hh.aantal_personen == 2
    assert not hh.heeft_partner


def test_huuringang_voor_toewijzing_geweigerd() -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Toewijzing.model_validate(
            toewijzing(toewijzingsdatum="2024-03-02", huuringangsdatum="2024-03-01")
        )
    assert "huuringangsdatum: 2024-03-01 ligt vóór de toewijzingsdatum 2024-03-02" in str(
        info.value
    )


def test_geneste_fout_noemt_volledig_pad() -> None:
    invoer = toewijzing(huishouden=huishouden(personen=[persoon(geboortedatum="gisteren")]))
    with pytest.raises(OngeldigeInvoer) as info:
        Toewijzing.model_validate(invoer)
    assert (
        Veldfout("huishouden.personen[0].geboortedatum", "geen datum (tekst); gebruik JJJJ-MM-DD")
        in info.value.fouten
    )


def test_ongeldige_json() -> None:
    with pytest.raises(OngeldigeInvoer, match="geen geldige JSON"):
        Toewijzing.model_validate_json("{niet json")


def test_ongeldige_invoer_is_valueerror_en_bevat_geen_bedragen() -> None:
    with pytest.raises(ValueError, match="Ongeldige invoer") as info:
        Huishouden.model_validate(huishouden(vastgesteld_inkomen="-31415.92"))
    assert "31415" not in str(info.value)


def test_json_schema_export() -> None:
    schema = Toewijzing.model_json_schema()
    assert {"huishouden", "woning", "toewijzingsdatum", "huuringangsdatum"} <= set(
        schema["required"]
    )
    assert "Huishouden" in schema["$defs"]


def test_modelbrede_fout_noemt_het_volledige_pad() -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Toewijzing.model_validate(
            toewijzing(
                huishouden=huishouden(personen=[persoon(), persoon()]),
                toewijzingsdatum="2024-04-01",
            )
        )
    velden = {f.veld: f.melding for f in info.value.fouten}
    assert velden == {"huishouden.personen": "precies één aanvrager vereist (nu 2)"}
    with pytest.raises(OngeldigeInvoer) as info:
        Toewijzing.model_validate(toewijzing(toewijzingsdatum="2024-04-01"))
    assert [(f.veld, f.melding) for f in info.value.fouten] == [
        ("huuringangsdatum", "2024-03-01 ligt vóór de toewijzingsdatum 2024-04-01")
    ]


# --- velden van issue 12 ----------------------------------------------------------------------


def test_bijstandsbewijs_vraagt_een_datum_en_geen_belastingjaar() -> None:
    goed = Inkomensbewijs.model_validate(
        {"soort": "bijstand", "datum": "2024-01-15", "bedrag": "16000"}
    )
    assert goed.datum == date(2024, 1, 15)
    with pytest.raises(OngeldigeInvoer) as zonder:
        Inkomensbewijs.model_validate({"soort": "bijstand", "bedrag": "16000"})
    assert "datum" in velden(zonder.value)
    with pytest.raises(OngeldigeInvoer) as met_jaar:
        Inkomensbewijs.model_validate(
            {"soort": "bijstand", "datum": "2024-01-15", "belastingjaar": 2023, "bedrag": "1"}
        )
    assert "belastingjaar" in velden(met_jaar.value)


@pytest.mark.parametrize(
    ("extra", "veld"),
    [
        ({"alle_bewoners_aow": True, "aow_huishouden": False}, "alle_bewoners_aow"),
        (
            {"verzoek_art_54a": True, "aow_huishouden": False, "rendementsgrondslag_box3": "1"},
            "verzoek_art_54a",
        ),
        (
            {"verzoek_art_54a": True, "alle_bewoners_aow": False, "rendementsgrondslag_box3": "1"},
            "verzoek_art_54a",
        ),
    ],
    ids=["alle-aow-maar-geen-aow-huishouden", "verzoek-zonder-aow", "verzoek-niet-alle-aow"],
)
def test_tegenstrijdige_aow_gegevens_worden_geweigerd(extra: dict[str, Any], veld: str) -> None:
    """Issue 11 punt 9: BTIV art. 54a geldt alleen voor een huishouden van personen die de
    AOW-leeftijd hebben bereikt; een verzoek met een opgave die dat tegenspreekt, is ongeldig."""
    with pytest.raises(OngeldigeInvoer) as info:
        Huishouden.model_validate(huishouden(personen=[persoon(), persoon(rol="partner")], **extra))
    assert veld in velden(info.value)


def test_bij_een_bewoner_is_alle_bewoners_aow_het_aow_huishouden() -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        Huishouden.model_validate(huishouden(aow_huishouden=True, alle_bewoners_aow=False))
    assert "alle_bewoners_aow" in velden(info.value)
    gelijk = Huishouden.model_validate(huishouden(aow_huishouden=True, alle_bewoners_aow=True))
    assert gelijk.alle_bewoners_aow is True


def test_subsidiabele_servicekosten_zijn_een_deel_van_de_servicekosten() -> None:
    ok = Woning.model_validate(woning(servicekosten="60", subsidiabele_servicekosten="48"))
    assert ok.subsidiabele_servicekosten == Decimal(48)
    alleen = Woning.model_validate(woning(subsidiabele_servicekosten="20"))
    assert alleen.servicekosten is None
    with pytest.raises(OngeldigeInvoer) as info:
        Woning.model_validate(woning(servicekosten="30", subsidiabele_servicekosten="40"))
    assert "subsidiabele_servicekosten" in velden(info.value)


def test_groepskenmerken_van_personen() -> None:
    hh = Huishouden.model_validate(
        huishouden(
            personen=[
                persoon(voltijds_student=True, wtos=False),
                persoon(rol="medebewoner", wtos=True, asielvergunning=True),
            ]
        )
    )
    assert hh.met_asielvergunning
    assert not hh.alleen_voltijds_studenten
    assert hh.alleen_voltijds_studenten_of_wtos
    assert not hh.alleen_studenten_of_wtos
    assert not hh.alleen_buitenlandse_studenten
