"""De toets als geheel: JSON en tekst van de uitkomst, onbepaalde oordelen en de stroom.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien welke afspraken van
:mod:`passend_toewijzen.toets` nog niet vastlagen: de veldnamen van het JSON-document (waar
systemen van corporaties op bouwen), de opbouw van de leesbare tekst met het ontvangstbewijs, wat
een niet-strikte toets meldt als één oordeel onbepaald blijft, en dat de stroomfunctie dezelfde
opties doorgeeft als de losse toets.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import DatumBuitenDekking, OnvoldoendeGegevens, Veldfout
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.inkomen import Inkomensmethode, Vrijstelling
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import (
    Toetsfout,
    Toetsstatus,
    Toetsuitkomst,
    toets_stroom,
    toets_toewijzing,
    toets_toewijzingen,
)


def toewijzing(
    ingang: str = "2024-03-01",
    *,
    personen: list[dict[str, Any]] | None = None,
    woning: dict[str, Any] | None = None,
    **huishouden: Any,
) -> Toewijzing:
    """Een toewijzing; standaard één persoon zonder AOW met een vastgesteld inkomen van 25.000."""
    hh: dict[str, Any] = {
        "personen": personen or [{"rol": "aanvrager"}],
        "vastgesteld_inkomen": "25000",
        "aow_huishouden": False,
        **huishouden,
    }
    return Toewijzing.model_validate(
        {
            "id": "T-1",
            "huishouden": {k: v for k, v in hh.items() if v is not None},
            "woning": {
                "id": "W",
                "kale_huur": "600.00",
                "soort": "zelfstandig",
                "daeb": True,
                "gemeente": "Gorinchem",
                **(woning or {}),
            },
            "toewijzingsdatum": ingang,
            "huuringangsdatum": ingang,
        }
    )


# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------

SLEUTELS = [
    "schema",
    "toewijzing_id",
    "huuringangsdatum",
    "gemeente",
    "status",
    "toewijzingssegment",
    "segment_reden",
    "passendheid",
    "passendheid_reden",
    "in_passende_groep",
    "huishoudtype",
    "aantal_personen",
    "aow_huishouden",
    "huishoudinkomen",
    "inkomensmethode",
    "vrijstelling",
    "zorgindicatie",
    "urgentie",
    "kale_huur",
    "huurklasse",
    "huurklasse_vera",
    "passende_inkomensgrens",
    "aftoppingsgrens",
    "daeb_inkomensgrenzen",
    "art_54a",
    "redenen_onbepaald",
    "opmerkingen",
    "beleidswaarden",
    "uitleg",
    "ontvangstbewijs",
]


def test_het_json_document_heeft_vaste_veldnamen_en_waarden() -> None:
    """Het JSON-document van een uitkomst heeft vaste veldnamen in een vaste volgorde, met
    VERA-codes, exacte bedragen als tekst en de oordelen zoals de regels ze gaven."""
    uitkomst = toets_toewijzing(toewijzing(urgentie=None))
    document = uitkomst.als_dict()
    assert list(document) == SLEUTELS
    assert {k: v for k, v in document.items() if k not in ("uitleg", "ontvangstbewijs")} == {
        "schema": "passend-toewijzen/toetsuitkomst/1",
        "toewijzing_id": "T-1",
        "huuringangsdatum": "2024-03-01",
        "gemeente": "Gorinchem",
        "status": "bepaald",
        "toewijzingssegment": "doelgroep",
        "segment_reden": "inkomen niet hoger dan de DAEB-inkomensgrens",
        "passendheid": "PAS",
        "passendheid_reden": "huur niet hoger dan de aftoppingsgrens",
        "in_passende_groep": True,
        "huishoudtype": "eenpersoons",
        "aantal_personen": 1,
        "aow_huishouden": False,
        "huishoudinkomen": "25000.00",
        "inkomensmethode": "vastgesteld",
        "vrijstelling": None,
        "zorgindicatie": False,
        "urgentie": False,
        "kale_huur": "600.00",
        "huurklasse": "betaalbaar_laag",
        "huurklasse_vera": "BET",
        "passende_inkomensgrens": "27725.00",
        "aftoppingsgrens": "650.43",
        "daeb_inkomensgrenzen": ["47699.00"],
        "art_54a": False,
        "redenen_onbepaald": [],
        "opmerkingen": [],
        "beleidswaarden": [],
    }
    assert document["uitleg"] == [regel.als_dict() for regel in uitkomst.uitleg]
    assert document["ontvangstbewijs"] == uitkomst.ontvangstbewijs.als_dict()


def test_json_met_vrijstelling_zorg_en_urgentie() -> None:
    """Vrijstelling, zorgindicatie en urgentie staan in het JSON-document als tekst en vlag."""
    personen = [
        {"rol": "aanvrager", "vergunninghouder": True},
        {"rol": "partner", "vergunninghouder": True},
    ]
    t = toewijzing(personen=personen, vastgesteld_inkomen=None, zorgindicatie="wlz_verblijf")
    t = t.model_copy(update={"urgentie": True})
    document = toets_toewijzing(t).als_dict()
    assert document["vrijstelling"] == "vergunninghouders"
    assert document["inkomensmethode"] == "vrijgesteld"
    assert document["zorgindicatie"] is True
    assert document["urgentie"] is True
    assert document["huishoudtype"] == "meerpersoons"


def test_json_tekst_is_leesbaar_en_exact() -> None:
    """De JSON-tekst springt standaard twee spaties in, laat tekens als € leesbaar staan en geeft
    zonder inspringing één regel; terugvertaald is het hetzelfde document."""
    uitkomst = toets_toewijzing(toewijzing())
    tekst = uitkomst.als_json()
    assert tekst.startswith(
        '{\n  "schema": "passend-toewijzen/toetsuitkomst/1",\n  "toewijzing_id": "T-1",\n'
    )
    assert "€ 25.000" in tekst
    assert "\\u20ac" not in tekst
    assert json.loads(tekst) == uitkomst.als_dict()
    compact = uitkomst.als_json(inspringen=None)
    assert "\n" not in compact
    assert json.loads(compact) == uitkomst.als_dict()


# ---------------------------------------------------------------------------------------------
# Tekst
# ---------------------------------------------------------------------------------------------


def test_de_tekst_van_een_uitkomst() -> None:
    """De leesbare tekst noemt de toewijzing en de huuringang, beide oordelen met hun reden, elke
    stap van de uitleg met artikel en (als die er is) parameter met waarde, ingang, status en
    bron, en sluit af met het ontvangstbewijs."""
    uitkomst = toets_toewijzing(toewijzing())
    regels = uitkomst.als_tekst().split("\n")
    assert regels[:5] == [
        "Toets van toewijzing T-1 met huuringang 2024-03-01",
        "  Toewijzingssegment: doelgroep (inkomen niet hoger dan de DAEB-inkomensgrens)",
        "  Passendheid:        PAS (huur niet hoger dan de aftoppingsgrens)",
        "",
        "Uitleg:",
    ]
    assert regels[5:9] == [
        "  [INK-02] Het huishoudinkomen is opgegeven als al vastgesteld voor het jaar van de "
        "huuringang: € 25.000.",
        "      Woningwet art. 1 (huishoudinkomen)",
        "  [AOW-01] De AOW-status van het huishouden is opgegeven: geen ouderenhuishouden.",
        "      Wet op de huurtoeslag art. 2",
    ]
    assert regels[9:11] == [
        "  [DAEB-01] De kale huur (€ 600) is niet hoger dan de maximale huurgrens (€ 879,66): "
        "binnen de norm.",
        "      Woningwet art. 47 lid 1 onder b en c; art. 48 lid 1 | daeb_huurgrens = € 879,66 "
        "sinds 2024-01-01 (definitief) | bron: Wet op de huurtoeslag, geldend vanaf 2024-01-01 "
        "<https://wetten.overheid.nl/BWBR0008659/2024-01-01#Artikel13>",
    ]
    bewijs = uitkomst.ontvangstbewijs
    assert regels[-3:] == [
        "",
        f"Ontvangstbewijs: passend-toewijzen {bewijs.bibliotheekversie}, data "
        f"{bewijs.data_versie} ({bewijs.data_hash[:12]}), peildatum 2024-03-01",
        "",
    ]
    assert len(regels) == 5 + 2 * len(uitkomst.uitleg) + 3


def test_de_tekst_van_een_onbepaalde_uitkomst_met_beleid(testbeleid: Beleid) -> None:
    """Zonder id staat er '(zonder id)'; een onbepaald oordeel heet 'onbepaald' en elke reden
    staat op een eigen regel; het ontvangstbewijs noemt het gebruikte beleid."""
    t = toewijzing("2020-03-01").model_copy(update={"id": None})
    uitkomst = toets_toewijzing(t, strikt=False, beleid=testbeleid)
    regels = uitkomst.als_tekst().split("\n")
    assert regels[0] == "Toets van toewijzing (zonder id) met huuringang 2020-03-01"
    assert regels[1] == "  Toewijzingssegment: onbepaald (onbepaald)"
    assert any(
        r.startswith(
            "  Onbepaald: toewijzingssegment: Parameter 'daeb_inkomensgrens' heeft op 2020-03-01 "
            "geen waarde"
        )
        for r in regels
    )
    assert regels[-2].endswith(f", peildatum 2020-03-01, beleid {testbeleid.kenmerk}")


def test_de_tekst_zegt_onbepaald_als_de_passendheid_niet_vaststaat() -> None:
    """Blijft de passendheid onbepaald (2024: kale huur 850 zonder opgave van de subsidiabele
    servicekosten; de rekenhuur kan boven of onder de maximale huurgrens van 879,66 liggen), dan
    zegt de tekst dat, en noemt de uitkomst wel het segment en het gebruikte inkomen."""
    t = toewijzing(
        "2024-03-01",
        personen=[{"rol": "aanvrager"}, {"rol": "partner"}],
        vastgesteld_inkomen="30000",
        woning={"kale_huur": "850.00"},
    )
    uitkomst = toets_toewijzing(t, strikt=False)
    assert uitkomst.status is Toetsstatus.ONBEPAALD
    assert uitkomst.passendheid is None
    assert uitkomst.passendheid_reden == "onbepaald"
    assert uitkomst.in_passende_groep is None
    assert uitkomst.art_54a is False
    assert uitkomst.toewijzingssegment is Toewijzingssegment.DOELGROEP
    assert uitkomst.huishoudinkomen == Decimal(30000)
    assert uitkomst.redenen_onbepaald == (
        "passendheid: PT-02: de rekenhuur (kale huur € 850 plus subsidiabele servicekosten van "
        "ten hoogste € 48) kan hoger of lager zijn dan de maximale huurgrens (€ 879,66); geef "
        "subsidiabele_servicekosten op (Wet op de huurtoeslag art. 5 lid 3)",
    )
    assert "  Passendheid:        onbepaald (onbepaald)" in uitkomst.als_tekst().split("\n")


# ---------------------------------------------------------------------------------------------
# Onbepaalde oordelen en wat de uitkomst dan toch noemt
# ---------------------------------------------------------------------------------------------


def test_een_onbepaald_segment_noemt_toch_het_huishoudinkomen() -> None:
    """2020: de DAEB-inkomensgrens is onbekend. De niet-strikte toets laat het segment onbepaald,
    met de reden, maar noemt het vastgestelde huishoudinkomen en de methode."""
    uitkomst = toets_toewijzing(toewijzing("2020-03-01"), strikt=False)
    assert uitkomst.toewijzingssegment is None
    assert uitkomst.segment_reden == "onbepaald"
    assert uitkomst.daeb_inkomensgrenzen == ()
    assert uitkomst.redenen_onbepaald[0].startswith(
        "toewijzingssegment: Parameter 'daeb_inkomensgrens' heeft op 2020-03-01 geen waarde"
    )
    assert uitkomst.huishoudinkomen == Decimal(25000)
    assert uitkomst.inkomensmethode is Inkomensmethode.VASTGESTELD


def test_buiten_de_passendheidsnorm_noemt_de_uitkomst_toch_huishoudtype_en_aow() -> None:
    """Ook als de passendheid niet van toepassing is (huur boven de maximale huurgrens), noemt de
    uitkomst het huishoudtype en de AOW-status, voor de matrix van de verantwoording."""
    personen = [
        {"rol": "aanvrager", "geboortedatum": "1940-01-01"},
        {"rol": "partner", "geboortedatum": "1990-01-01"},
    ]
    t = toewijzing(personen=personen, aow_huishouden=None, woning={"kale_huur": "1000.00"})
    uitkomst = toets_toewijzing(t)
    assert uitkomst.passendheid is Passendheid.NVT
    assert uitkomst.aow_huishouden is True
    assert uitkomst.huishoudtype is Huishoudtype.MEERPERSOONS_AOW
    assert uitkomst.huishoudinkomen is None


def test_vrijgestelde_vergunninghouders_in_de_uitkomst() -> None:
    """Bij vergunninghouders uit een COA-opvang noemt de uitkomst de vrijstelling en de methode
    'vrijgesteld', zonder huishoudinkomen."""
    personen = [{"rol": "aanvrager", "vergunninghouder": True}]
    uitkomst = toets_toewijzing(toewijzing(personen=personen, vastgesteld_inkomen=None))
    assert uitkomst.vrijstelling is Vrijstelling.VERGUNNINGHOUDERS
    assert uitkomst.inkomensmethode is Inkomensmethode.VRIJGESTELD
    assert uitkomst.huishoudinkomen is None


def test_de_toets_weigert_iets_anders_dan_een_toewijzing() -> None:
    """De toets vraagt een gevalideerde :class:`Toewijzing`; de fout noemt wat er wel kwam."""
    with pytest.raises(TypeError, match=r"^verwacht een Toewijzing, geen dict$"):
        toets_toewijzing({"id": "T-1"})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# De stroom geeft dezelfde opties door
# ---------------------------------------------------------------------------------------------


def test_de_stroom_is_standaard_strikt_en_binnen_de_dekking() -> None:
    """Net als de losse toets is de stroom standaard strikt (ontbrekende gegevens zijn een fout)
    en weigert hij een datum buiten de gedekte periode."""
    onvolledig = toewijzing(aow_huishouden=None, vastgesteld_inkomen="20000")
    with pytest.raises(OnvoldoendeGegevens):
        list(toets_toewijzingen([onvolledig]))
    with pytest.raises(DatumBuitenDekking):
        list(toets_toewijzingen([toewijzing("2027-03-01")]))


def test_de_stroom_geeft_beleid_striktheid_en_dekking_door(testbeleid: Beleid) -> None:
    """Met beleid, niet-strikt of buiten de dekking geeft de stroom dezelfde uitkomsten als de
    losse toets met dezelfde opties."""
    onvolledig = toewijzing(aow_huishouden=None)
    (niet_strikt,) = toets_toewijzingen([onvolledig], strikt=False)
    assert niet_strikt.status is Toetsstatus.ONBEPAALD
    (met_beleid,) = toets_toewijzingen([toewijzing()], beleid=testbeleid)
    assert met_beleid.ontvangstbewijs.beleid == testbeleid.kenmerk
    (buiten,) = toets_toewijzingen([toewijzing("2027-03-01")], buiten_dekking_toestaan=True)
    assert buiten.ontvangstbewijs.buiten_dekking is True
    assert buiten == toets_toewijzing(toewijzing("2027-03-01"), buiten_dekking_toestaan=True)


def test_beide_oordelen_onbepaald_noemt_toch_het_bepaalde_huishoudinkomen() -> None:
    """2020 zonder AOW-status: het segment (DAEB-grens onbekend) en de passendheid (geen
    geboortedatum) blijven onbepaald; de uitkomst noemt toch het vastgestelde inkomen."""
    uitkomst = toets_toewijzing(toewijzing("2020-03-01", aow_huishouden=None), strikt=False)
    assert uitkomst.toewijzingssegment is None
    assert uitkomst.passendheid is None
    assert [r.split(":")[0] for r in uitkomst.redenen_onbepaald] == [
        "toewijzingssegment",
        "passendheid",
    ]
    assert uitkomst.huishoudinkomen == Decimal(25000)
    assert uitkomst.inkomensmethode is Inkomensmethode.VASTGESTELD


# ---------------------------------------------------------------------------------------------
# toets_stroom: dezelfde opties, en de fout van één element
# ---------------------------------------------------------------------------------------------


def test_toets_stroom_geeft_beleid_en_uitleg_door(testbeleid: Beleid) -> None:
    (met_beleid,) = toets_stroom([toewijzing()], beleid=testbeleid)
    assert isinstance(met_beleid, Toetsuitkomst)
    assert met_beleid.ontvangstbewijs.beleid == testbeleid.kenmerk
    assert met_beleid == toets_toewijzing(toewijzing(), beleid=testbeleid)
    (zonder_uitleg,) = toets_stroom([toewijzing()], uitleg=False)
    assert isinstance(zonder_uitleg, Toetsuitkomst)
    assert zonder_uitleg.uitleg == ()
    (met_uitleg,) = toets_stroom([toewijzing()])
    assert isinstance(met_uitleg, Toetsuitkomst)
    assert met_uitleg.uitleg


def test_een_element_dat_geen_toewijzing_is_wordt_een_fout_met_de_veldfout() -> None:
    (fout,) = toets_stroom([42])  # type: ignore[list-item]
    assert isinstance(fout, Toetsfout)
    assert fout.index == 0
    assert fout.toewijzing_id is None
    assert fout.soort == "OngeldigeInvoer"
    assert fout.melding == (
        "Ongeldige invoer voor Toewijzing: verwacht een Toewijzing of een object met de velden "
        "van een toewijzing, geen int"
    )
    assert fout.veldfouten == (
        Veldfout(
            "",
            "verwacht een Toewijzing of een object met de velden van een toewijzing, geen int",
        ),
    )
    assert [v.veld for v in fout.veldfouten] == [""]


def test_een_id_dat_geen_tekst_is_komt_niet_in_de_fout() -> None:
    """Een woordenboek met een id dat geen tekst is: de fout noemt geen (verkeerd) id."""
    (fout,) = toets_stroom([{"id": 5}])
    assert isinstance(fout, Toetsfout)
    assert fout.soort == "OngeldigeInvoer"
    assert fout.toewijzing_id is None
    (met_tekst,) = toets_stroom([{"id": "T-9"}])
    assert isinstance(met_tekst, Toetsfout)
    assert met_tekst.toewijzing_id == "T-9"
