"""Regels die de gewone gevallen niet raken: randgevallen, foutmeldingen en de losse regelfuncties.

Elke test hier controleert een uitkomst (een segment, een grens, een fout met de juiste regel);
samen met de andere tests raken zij elke regel en elke tak van ``passend_toewijzen.regels``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import OngeldigeInvoer, OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import (
    ActueelInkomenReden,
    Huishouden,
    Inkomensbewijs,
    Inkomensbewijssoort,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
    Zorgindicatie,
)
from passend_toewijzen.parameters import parameters_op, register
from passend_toewijzen.regels.aow import AowStatus, aow_bereikt_op, bepaal_aow_status
from passend_toewijzen.regels.doelgroep import (
    Toewijzingssegment,
    bepaal_toewijzingssegment,
    daeb_plan,
    segment_volgens_plan,
)
from passend_toewijzen.regels.huishoudtype import (
    Huishoudtype,
    bepaal_huishoudtype,
    passende_inkomensgrens,
    toepasselijke_aftoppingsgrens,
)
from passend_toewijzen.regels.inkomen import (
    Huishoudinkomen,
    Inkomensmethode,
    bepaal_huishoudinkomen,
    kies_inkomen,
)
from passend_toewijzen.regels.passendheid import Passendheid, bepaal_passendheid, passend_plan
from passend_toewijzen.toets import toets_toewijzing
from tests.conftest import OnbekendMaken
from tests.hulp import maak_toewijzing

INGANG_2024 = date(2024, 3, 1)


def _inkomen(t: Toewijzing) -> Huishoudinkomen:
    return bepaal_huishoudinkomen(
        t.huishouden, t.huuringangsdatum, parameters_op(t.huuringangsdatum)
    )


def _huishoudinkomen(bedrag: str, actueel: str | None) -> Huishoudinkomen:
    return Huishoudinkomen(
        Inkomensmethode.INKOMENSBEWIJZEN,
        Decimal(bedrag),
        None if actueel is None else Decimal(actueel),
        (Decimal(bedrag),),
        None,
        (),
    )


# --- AOW-leeftijd -------------------------------------------------------------------------------


def test_aow_leeftijd_van_voor_de_data_wordt_niet_verondersteld() -> None:
    """Wie de AOW-leeftijd zou bereiken in een jaar zonder AOW-leeftijd in de data (vóór 1957),
    krijgt geen verzonnen leeftijd maar een fout die de parameter en het jaar noemt."""
    eerste = register().definities["aow_leeftijd"].reeks[0].geldig_vanaf
    assert eerste == date(1957, 1, 1)
    with pytest.raises(ParameterNietVanKracht) as info:
        aow_bereikt_op(date(1880, 6, 1), uiterlijk=date(2024, 1, 1))
    assert info.value.naam == "aow_leeftijd"
    assert "1945-01-01" in str(info.value)
    assert "geen waarde in de data" in str(info.value)


# --- Huishoudtype en aftoppingsgrens ------------------------------------------------------------


def test_een_huishouden_zonder_personen_heeft_geen_huishoudtype() -> None:
    with pytest.raises(ValueError, match="minstens één persoon"):
        bepaal_huishoudtype(0, False)


@pytest.mark.parametrize("huishoudtype", list(Huishoudtype))
def test_passende_inkomensgrens_per_huishoudtype(huishoudtype: Huishoudtype) -> None:
    ps = parameters_op(INGANG_2024)
    grens, regel = passende_inkomensgrens(huishoudtype, ps)
    assert grens == ps[f"passend_inkomensgrens_{huishoudtype.value}"]
    assert regel.parameter == grens
    assert regel.uitkomst == huishoudtype.value
    assert huishoudtype.omschrijving in regel.zin


@pytest.mark.parametrize(
    ("personen", "verwacht"),
    [(1, "aftoppingsgrens_laag"), (2, "aftoppingsgrens_laag"), (3, "aftoppingsgrens_hoog")],
)
def test_toepasselijke_aftoppingsgrens_naar_omvang(personen: int, verwacht: str) -> None:
    """Wet op de huurtoeslag art. 20 lid 2: de lage grens bij één of twee personen, de hoge bij
    drie of meer."""
    ps = parameters_op(INGANG_2024)
    grens, regel = toepasselijke_aftoppingsgrens(personen, ps)
    assert grens == ps[verwacht]
    assert regel.uitkomst == ("hoog" if verwacht.endswith("hoog") else "laag")


# --- Huishoudinkomen ----------------------------------------------------------------------------


def test_kies_inkomen_vraagt_een_vastgesteld_inkomen() -> None:
    vrijgesteld = Huishoudinkomen(Inkomensmethode.VRIJGESTELD, None, None, (None,), None, ())
    grens = parameters_op(INGANG_2024)["passend_inkomensgrens_eenpersoons"]
    with pytest.raises(ValueError, match="vastgesteld inkomen"):
        kies_inkomen(vrijgesteld, grens, None)


# --- DAEB-toewijzingssegment --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ingang", "inkomen", "personen", "verwacht"),
    [
        (date(2020, 3, 1), "30000", 1, None),  # DAEB-grens 2020 onbekend: geen oordeel
        (date(2015, 3, 1), "36000", 2, Toewijzingssegment.MIDDENINKOMENS),  # overgang 2015
        (date(2019, 3, 1), "50000", 3, Toewijzingssegment.VRIJ),
        (date(2024, 3, 1), "47699", 1, Toewijzingssegment.DOELGROEP),
        (date(2024, 3, 1), "47699.01", 1, Toewijzingssegment.VRIJ),
    ],
)
def test_de_losse_segmentregel_zegt_wat_de_toets_zegt(
    ingang: date, inkomen: str, personen: int, verwacht: Toewijzingssegment | None
) -> None:
    """``bepaal_toewijzingssegment`` met de parameterset van de huuringangsdatum (en onder het
    overgangsregime van 2015 de grenzen per 1 juli 2015) geeft hetzelfde segment als de toets."""
    t = maak_toewijzing(inkomen=Decimal(inkomen), personen=personen, ingang=ingang, aow=False)
    ps = parameters_op(ingang)
    grenzen_2015 = parameters_op(date(2015, 7, 1)) if ingang.year == 2015 else None
    uitkomst = toets_toewijzing(t, strikt=False)
    assert uitkomst.toewijzingssegment is verwacht
    if verwacht is None:
        with pytest.raises(ParameterNietVanKracht, match="daeb_inkomensgrens"):
            bepaal_toewijzingssegment(t, lambda: _inkomen(t), ps, grenzen_2015)
        return
    los = bepaal_toewijzingssegment(t, lambda: _inkomen(t), ps, grenzen_2015)
    assert los.segment is verwacht
    assert los.gebruikt_inkomen == Decimal(inkomen)
    plan = bepaal_toewijzingssegment(t, lambda: _inkomen(t), daeb_plan(ps, grenzen_2015))
    assert plan == los


def test_zonder_route_voor_actueel_inkomen_telt_het_actuele_inkomen_niet() -> None:
    """Een lager actueel inkomen telt alleen als de regeling die route op de datum kent
    (``actueel_inkomen_daeb``); zonder route beslist het inkomen uit de belastinggegevens."""
    t = maak_toewijzing(inkomen=None, ingang=INGANG_2024)
    plan = daeb_plan(parameters_op(INGANG_2024))
    inkomen = _huishoudinkomen("60000", "30000")
    met_route = bepaal_toewijzingssegment(t, lambda: inkomen, plan)
    assert met_route.segment is Toewijzingssegment.DOELGROEP
    assert met_route.gebruikt_inkomen == Decimal(30000)
    zonder_route = bepaal_toewijzingssegment(t, lambda: inkomen, plan._replace(actueel=None))
    assert zonder_route.segment is Toewijzingssegment.VRIJ
    assert zonder_route.gebruikt_inkomen == Decimal(60000)
    assert "DAEB-05" not in {r.regel_id for r in zonder_route.uitleg}


def test_actueel_inkomen_telt_ook_zonder_uitleg() -> None:
    """Zonder uitleg (``met_uitleg=False``) telt een lager actueel inkomen precies zo; alleen de
    uitleg blijft leeg."""
    t = maak_toewijzing(inkomen=None, ingang=INGANG_2024)
    plan = daeb_plan(parameters_op(INGANG_2024))
    inkomen = _huishoudinkomen("60000", "30000")
    met = segment_volgens_plan(t, lambda: inkomen, plan)
    zonder = segment_volgens_plan(t, lambda: inkomen, plan, met_uitleg=False)
    assert zonder.segment is met.segment is Toewijzingssegment.DOELGROEP
    assert zonder.gebruikt_inkomen == met.gebruikt_inkomen == Decimal(30000)
    assert zonder.uitleg == ()
    assert "DAEB-05" in {r.regel_id for r in met.uitleg}


def test_een_lager_actueel_inkomen_in_hetzelfde_segment_verandert_niets() -> None:
    """Het actuele inkomen telt alleen als het in een lager segment valt; anders blijft het
    inkomen uit de belastinggegevens het gebruikte inkomen."""
    t = maak_toewijzing(inkomen=None, ingang=INGANG_2024)
    inkomen = _huishoudinkomen("60000", "55000")
    bepaling = bepaal_toewijzingssegment(t, lambda: inkomen, parameters_op(INGANG_2024))
    assert bepaling.segment is Toewijzingssegment.VRIJ
    assert bepaling.gebruikt_inkomen == Decimal(60000)
    assert "DAEB-05" not in {r.regel_id for r in bepaling.uitleg}


def test_zorgindicatie_in_een_jaar_zonder_onderbouwde_categorieen_geeft_geen_oordeel(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Is niet onderbouwd welke bijzondere categorieën als doelgroep telden (hier: 2012 als
    onbekend gemaakt), dan krijgt een huishouden met een zorgindicatie geen gegokt segment maar
    een melding (DAEB-02)."""
    onbekend_maken("daeb_bijzondere_categorieen", date(2012, 1, 1), date(2012, 12, 31))
    basis = maak_toewijzing(inkomen=Decimal(50000), ingang=date(2012, 6, 1), aow=False)
    t = basis.model_copy(
        update={
            "huishouden": basis.huishouden.model_copy(
                update={"zorgindicatie": Zorgindicatie.WLZ_VERBLIJF}
            )
        }
    )
    with pytest.raises(OnvoldoendeGegevens, match="DAEB-02") as info:
        toets_toewijzing(t)
    assert "bijzondere categorie" in str(info.value)
    uitkomst = toets_toewijzing(t, strikt=False)
    assert uitkomst.toewijzingssegment is None
    assert any("DAEB-02" in r for r in uitkomst.redenen_onbepaald)


def _studenten(aantal: int, inkomen: str, ingang: date = INGANG_2024) -> Toewijzing:
    return Toewijzing(
        huishouden=Huishouden(
            personen=tuple(
                Persoon(rol=Rol.AANVRAGER if i == 0 else Rol.MEDEBEWONER, studiefinanciering=True)
                for i in range(aantal)
            ),
            vastgesteld_inkomen=Decimal(inkomen),
            aow_huishouden=False,
        ),
        woning=Woning(
            id="W", kale_huur=Decimal(600), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=ingang,
        huuringangsdatum=ingang,
    )


def test_voor_2013_geen_vrijstelling_voor_studenten() -> None:
    """De vrijstelling voor studenten bestaat vanaf 2013 (Tijdelijke regeling DAEB art. 4bis
    lid 2); in 2011 beslist ook voor twee studenten het inkomen."""
    assert not parameters_op(date(2011, 6, 1)).geldt("vrijstelling_studenten_max_personen")
    laag = toets_toewijzing(_studenten(2, "20000", date(2011, 6, 1)))
    assert laag.vrijstelling is None
    assert laag.toewijzingssegment is Toewijzingssegment.DOELGROEP
    hoog = toets_toewijzing(_studenten(2, "60000", date(2011, 6, 1)))
    assert hoog.vrijstelling is None
    assert hoog.toewijzingssegment is Toewijzingssegment.VRIJ


def test_drie_studenten_zijn_geen_bijzondere_categorie_het_inkomen_beslist() -> None:
    """BTIV 2015 art. 56: de vrijstelling geldt voor ten hoogste twee studenten. Bij drie
    studenten beslist het inkomen, zoals bij ieder ander huishouden."""
    twee = toets_toewijzing(_studenten(2, "90000"))
    assert twee.toewijzingssegment is Toewijzingssegment.DOELGROEP
    assert twee.vrijstelling is not None
    drie_hoog = toets_toewijzing(_studenten(3, "90000"))
    assert drie_hoog.toewijzingssegment is Toewijzingssegment.VRIJ
    assert drie_hoog.vrijstelling is None
    drie_laag = toets_toewijzing(_studenten(3, "30000"))
    assert drie_laag.toewijzingssegment is Toewijzingssegment.DOELGROEP
    assert drie_laag.daeb_inkomensgrenzen  # doelgroep via het inkomen, niet via een categorie


def _actueel_lager_2013() -> Toewijzing:
    ingang = date(2013, 6, 1)
    aanvrager = Persoon(
        rol=Rol.AANVRAGER,
        inkomensbewijzen=(
            Inkomensbewijs(
                soort=Inkomensbewijssoort.IBRI, belastingjaar=2012, bedrag=Decimal(40000)
            ),
            Inkomensbewijs(
                soort=Inkomensbewijssoort.ACTUEEL_INKOMEN,
                bedrag=Decimal(30000),
                datum=date(2013, 5, 1),
                reden=ActueelInkomenReden.AFWIJKEND,
            ),
        ),
    )
    t = Toewijzing(
        huishouden=Huishouden(personen=(aanvrager,), aow_huishouden=False),
        woning=Woning(
            id="W", kale_huur=Decimal(600), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=ingang,
        huuringangsdatum=ingang,
    )
    return t


def test_actueel_inkomen_zonder_onderbouwde_route_geeft_geen_oordeel(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Is niet onderbouwd of een lager actueel inkomen voor de DAEB-toets mocht tellen (hier:
    2013 als onbekend gemaakt), dan geeft een opgegeven lager actueel inkomen een melding
    (DAEB-05), geen gok."""
    onbekend_maken("actueel_inkomen_daeb", date(2013, 1, 1), date(2013, 12, 31))
    with pytest.raises(OnvoldoendeGegevens, match="DAEB-05") as info:
        toets_toewijzing(_actueel_lager_2013())
    assert "actueel inkomen" in str(info.value)


def test_actueel_inkomen_telt_voor_de_daeb_toets_vanaf_2013() -> None:
    """Tijdelijke regeling DAEB art. 4bis lid 5 (tekst van 1 januari 2013): een lager actueel
    inkomen telt als het inkomen uit de belastinggegevens boven de grens ligt."""
    uitkomst = toets_toewijzing(_actueel_lager_2013())
    assert uitkomst.toewijzingssegment is Toewijzingssegment.DOELGROEP
    assert "DAEB-05" in {r.regel_id for r in uitkomst.uitleg}


# --- Passendheid --------------------------------------------------------------------------------


def test_omschrijving_van_de_passendheid() -> None:
    assert {p: p.omschrijving for p in Passendheid} == {
        Passendheid.PAS: "passend",
        Passendheid.NIE: "niet passend",
        Passendheid.NVT: "passendheidstoets niet van toepassing",
    }


@pytest.mark.parametrize(
    ("ingang", "inkomen", "huur", "personen", "verwacht"),
    [
        (date(2015, 3, 1), "20000", "500", 1, Passendheid.NVT),  # vóór 2016
        (date(2024, 3, 1), "25000", "650.43", 2, Passendheid.PAS),
        (date(2024, 3, 1), "25000", "650.44", 2, Passendheid.NIE),
        (date(2024, 3, 1), "25000", "697.07", 3, Passendheid.PAS),
        (date(2024, 3, 1), "40000", "650.44", 2, Passendheid.NVT),  # boven de passende grens
    ],
)
def test_de_losse_passendheidsregel_zegt_wat_de_toets_zegt(
    ingang: date, inkomen: str, huur: str, personen: int, verwacht: Passendheid
) -> None:
    t = maak_toewijzing(
        inkomen=Decimal(inkomen),
        kale_huur=Decimal(huur),
        personen=personen,
        ingang=ingang,
        aow=False,
    )
    ps = parameters_op(ingang)

    def aow() -> AowStatus:
        return bepaal_aow_status(t.huishouden, ingang, ps)

    los = bepaal_passendheid(t, lambda: _inkomen(t), aow, ps)
    assert los.passendheid is verwacht
    assert toets_toewijzing(t).passendheid is verwacht


@pytest.mark.parametrize("personen", [1, 2, 3, 4, 6])
def test_een_plan_zonder_vooraf_gekozen_aftoppingsgrenzen_kiest_dezelfde(personen: int) -> None:
    """Een :class:`PassendPlan` zonder de vooraf gekozen aftoppingsgrenzen (het veld heeft een
    lege standaardwaarde) kiest de aftoppingsgrens zelf, en kiest dezelfde."""
    t = maak_toewijzing(
        inkomen=Decimal(20000), kale_huur=Decimal("680"), personen=personen, aow=False
    )
    ps = parameters_op(INGANG_2024)
    plan = passend_plan(ps)

    def aow() -> AowStatus:
        return bepaal_aow_status(t.huishouden, INGANG_2024, ps)

    vooraf = bepaal_passendheid(t, lambda: _inkomen(t), aow, plan)
    zelf = bepaal_passendheid(t, lambda: _inkomen(t), aow, plan._replace(aftoppingen=()))
    assert zelf == vooraf
    verwacht = "aftoppingsgrens_hoog" if personen >= 3 else "aftoppingsgrens_laag"
    assert zelf.aftoppingsgrens == ps[verwacht]
    assert zelf.passendheid is (Passendheid.PAS if personen >= 3 else Passendheid.NIE)


def test_verzoek_art_54a_zonder_geboortedata_geeft_geen_oordeel() -> None:
    """BTIV 2015 art. 54a geldt alleen voor een huishouden dat uitsluitend bestaat uit personen
    met de AOW-leeftijd; zonder geboortedata van alle bewoners is dat niet vast te stellen en
    wordt er niet gegokt (PT-04)."""
    t = Toewijzing(
        huishouden=Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER), Persoon(rol=Rol.PARTNER)),
            vastgesteld_inkomen=Decimal(25000),
            aow_huishouden=True,
            rendementsgrondslag_box3=Decimal(300000),
            verzoek_art_54a=True,
        ),
        woning=Woning(
            id="W", kale_huur=Decimal(800), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=INGANG_2024,
        huuringangsdatum=INGANG_2024,
    )
    with pytest.raises(OnvoldoendeGegevens, match="PT-04") as info:
        toets_toewijzing(t)
    assert "geboortedata" in str(info.value)
    uitkomst = toets_toewijzing(t, strikt=False)
    assert uitkomst.passendheid is None
    assert uitkomst.toewijzingssegment is Toewijzingssegment.DOELGROEP


def _alleenstaande_met_verzoek(aow: bool) -> Toewijzing:
    return Toewijzing(
        huishouden=Huishouden(
            personen=(Persoon(rol=Rol.AANVRAGER),),
            vastgesteld_inkomen=Decimal(20000),
            aow_huishouden=aow,
            rendementsgrondslag_box3=Decimal(300000),
            verzoek_art_54a=True,
        ),
        woning=Woning(
            id="W", kale_huur=Decimal(800), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=INGANG_2024,
        huuringangsdatum=INGANG_2024,
    )


def test_verzoek_art_54a_van_een_alleenstaande_met_opgegeven_aow_status() -> None:
    """Bij één bewoner volgt "uitsluitend personen met de AOW-leeftijd" uit de opgegeven
    AOW-status. Zonder uitleg is de uitkomst verder dezelfde."""
    t = _alleenstaande_met_verzoek(aow=True)
    uitkomst = toets_toewijzing(t)
    assert uitkomst.art_54a is True
    assert uitkomst.passendheid is Passendheid.NVT
    assert "PT-04" in {r.regel_id for r in uitkomst.uitleg}
    assert toets_toewijzing(t, uitleg=False) == uitkomst._replace(uitleg=())


def test_verzoek_art_54a_zonder_aow_status_is_tegenstrijdig() -> None:
    """Een verzoek op grond van art. 54a met ``aow_huishouden`` nee spreekt zichzelf tegen: het
    artikel geldt alleen voor een huishouden van personen die de AOW-leeftijd hebben bereikt."""
    with pytest.raises(OngeldigeInvoer, match="verzoek_art_54a"):
        _alleenstaande_met_verzoek(aow=False)
