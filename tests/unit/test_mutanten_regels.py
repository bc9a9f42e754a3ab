"""Randgevallen van de regels die de mutatietoetsing (``scripts/mutatietest.py``) blootlegde.

Elke test toetst een wettelijke uitkomst of een afspraak van de API die een eerdere testsuite niet
vastlegde: de peildatum 1 januari voor de AOW-leeftijd, grenzen die "niet hoger dan" zijn, het
actuele inkomen dat alleen over de grens heen telt, de overgang van 2015, de meldingen bij
ontbrekende gegevens en de functies die ook los (buiten :func:`toets_toewijzing`) bruikbaar zijn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from types import MappingProxyType, SimpleNamespace
from typing import Any

import pytest

from passend_toewijzen.beleid import Art54aTelling, Beleid
from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterFout, ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Inkomensbewijssoort, Toewijzing
from passend_toewijzen.parameters import Parameterset, parameters_op
from passend_toewijzen.regels import aow
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
from passend_toewijzen.regels.huurklasse import bepaal_huurklasse
from passend_toewijzen.regels.inkomen import (
    Huishoudinkomen,
    Inkomensmethode,
    Vrijstelling,
    bepaal_huishoudinkomen,
    kies_inkomen,
)
from passend_toewijzen.regels.passendheid import (
    Passendheid,
    bepaal_passendheid,
    passend_plan,
    passendheid_volgens_plan,
)
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.uitleg import Uitlegregel
from tests.conftest import OnbekendMaken
from tests.hulp import fictief_beleid as beleid
from tests.hulp import maak_toewijzing, met_onbekend


def persoon(
    rol: str = "aanvrager", geboortedatum: str | None = None, **velden: Any
) -> dict[str, Any]:
    """Een persoon als invoer."""
    gegevens: dict[str, Any] = {"rol": rol, **velden}
    if geboortedatum is not None:
        gegevens["geboortedatum"] = geboortedatum
    return gegevens


def ibri(jaar: int, bedrag: str) -> dict[str, Any]:
    """Een inkomensverklaring over een belastingjaar."""
    return {"soort": "inkomensverklaring", "belastingjaar": jaar, "bedrag": bedrag}


def actueel(bedrag: str, datum: str) -> dict[str, Any]:
    """Een verklaring over een afwijkend actueel inkomen."""
    return {"soort": "actueel_inkomen", "bedrag": bedrag, "datum": datum, "reden": "afwijkend"}


def huishouden(*personen: dict[str, Any], **velden: Any) -> Huishouden:
    """Een huishouden uit personen en velden."""
    return Huishouden.model_validate({"personen": list(personen), **velden})


def toewijzing(hh: Huishouden, ingang: date, huur: str = "600.00", **woning: Any) -> Toewijzing:
    """Een toewijzing van een zelfstandige DAEB-woning (tenzij ``woning`` iets anders zegt)."""
    return Toewijzing.model_validate(
        {
            "huishouden": hh,
            "woning": {
                "id": "W",
                "kale_huur": huur,
                "soort": "zelfstandig",
                "daeb": True,
                "gemeente": "G",
                **woning,
            },
            "toewijzingsdatum": ingang,
            "huuringangsdatum": ingang,
        }
    )


def alleen(hh: Huishouden, datum: date, ps: Parameterset) -> Callable[[], Huishoudinkomen]:
    """Het huishoudinkomen als uitgestelde berekening, zoals de regels het vragen."""
    return lambda: bepaal_huishoudinkomen(hh, datum, ps)


def aow_status(aow: bool, datum: date) -> Callable[[], AowStatus]:
    """Een vaste AOW-status als uitgestelde berekening."""
    return lambda: AowStatus(aow, date(datum.year, 1, 1), ())


# ---------------------------------------------------------------------------------------------
# AOW-leeftijd: peildatum 1 januari, inkomensaandeel, ontbrekende gegevens
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("geboortedatum", "aow"),
    [("1958-01-01", True), ("1958-01-02", False)],
    ids=["bereikt-op-1-januari", "bereikt-op-2-januari"],
)
def test_de_aow_leeftijd_telt_alleen_als_hij_op_1_januari_is_bereikt(
    geboortedatum: str, aow: bool
) -> None:
    """Wet op de huurtoeslag art. 2: de AOW-leeftijd "op 1 januari van het berekeningsjaar". Wie
    geboren is op 1 januari 1958 bereikt de AOW-leeftijd (67) op 1 januari 2025 en telt in 2025
    mee; wie een dag later geboren is, bereikt hem op 2 januari en telt in 2025 nog niet mee.
    (De passende grens voor AOW'ers van 2025 is onbekend; de niet-strikte toets noemt de
    AOW-status en het huishoudtype toch, voor de verantwoording.)"""
    ingang = date(2025, 3, 1)
    hh = huishouden(persoon(geboortedatum=geboortedatum), vastgesteld_inkomen="20000")
    status = bepaal_aow_status(hh, ingang, parameters_op(ingang))
    assert status.aow is aow
    assert status.peildatum == date(2025, 1, 1)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang), strikt=False)
    assert uitkomst.aow_huishouden is aow
    assert uitkomst.huishoudtype is (
        Huishoudtype.EENPERSOONS_AOW if aow else Huishoudtype.EENPERSOONS
    )


def test_de_peildatum_is_ook_bij_meer_personen_1_januari() -> None:
    """Ook voor een meerpersoonshuishouden is de peildatum 1 januari van het jaar van de
    huuringang, welke toets (inkomensaandeel of één bewoner) er ook geldt."""
    ingang = date(2023, 8, 1)
    hh = huishouden(
        persoon(geboortedatum="1950-01-01"),
        persoon("partner", geboortedatum="1990-01-01"),
        vastgesteld_inkomen="20000",
    )
    status = bepaal_aow_status(hh, ingang, parameters_op(ingang))
    assert status.aow is True
    assert status.peildatum == date(2023, 1, 1)


@pytest.mark.parametrize(
    ("aow_inkomen", "ander_inkomen", "aow"),
    [("0", "0", False), ("12000", "0", True), ("0", "12000", False)],
    ids=["beiden-nul", "alleen-de-aow-gerechtigde", "alleen-de-ander"],
)
def test_inkomensaandeel_met_een_inkomen_van_nul(
    aow_inkomen: str, ander_inkomen: str, aow: bool, testbeleid: Beleid
) -> None:
    """Wet op de huurtoeslag art. 2 (tot 2017): een meerpersoonshuishouden is een
    ouderenhuishouden als *meer dan* de helft van het inkomen komt van bewoners met de
    AOW-leeftijd. Zonder enig inkomen is nul niet meer dan de helft van nul; wie alle inkomen
    heeft, heeft meer dan de helft. Een inkomen van nul telt als nul, niet als ontbrekend."""
    ingang = date(2016, 6, 1)
    hh = huishouden(
        persoon(geboortedatum="1940-01-01", inkomensbewijzen=[ibri(2015, aow_inkomen)]),
        persoon("partner", "1960-01-01", inkomensbewijzen=[ibri(2015, ander_inkomen)]),
    )
    uitkomst = toets_toewijzing(toewijzing(hh, ingang), beleid=testbeleid)
    assert uitkomst.aow_huishouden is aow
    regel = next(r for r in uitkomst.uitleg if r.regel_id == "AOW-03")
    totaal = Decimal(aow_inkomen) + Decimal(ander_inkomen)
    assert regel.argumenten[2] == totaal * Decimal("1.01")


def test_zonder_geboortedatum_zegt_de_fout_wie_en_wat_ontbreekt() -> None:
    """Zonder AOW-status en zonder geboortedatum van een bewoner kan de AOW-status niet worden
    bepaald; de fout noemt de regel en de bewoner (positie en rol)."""
    ingang = date(2024, 3, 1)
    hh = huishouden(
        persoon(geboortedatum="1980-01-01"), persoon("partner"), vastgesteld_inkomen="20000"
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_aow_status(hh, ingang, parameters_op(ingang))
    assert info.value.regel == "AOW-02"
    assert str(info.value).endswith(
        "geboortedatum van personen[1] (partner) ontbreekt; geef de geboortedata of "
        "aow_huishouden op"
    )


def test_inkomensaandeel_zonder_inkomen_per_bewoner_is_onvoldoende() -> None:
    """Onder de toets op het inkomensaandeel (tot 2017) is bij een gemengd huishouden het inkomen
    per bewoner nodig; zonder dat zegt de fout welke gegevens ontbreken."""
    ingang = date(2016, 6, 1)
    hh = huishouden(
        persoon(geboortedatum="1940-01-01"),
        persoon("partner", "1960-01-01"),
        vastgesteld_inkomen="20000",
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_aow_status(hh, ingang, parameters_op(ingang))
    assert info.value.regel == "AOW-03"
    assert str(info.value).endswith(
        "onder de toets op het inkomensaandeel (Wet op de huurtoeslag art. 2, tot 2017) is het "
        "inkomen per bewoner nodig; geef inkomensbewijzen per persoon of aow_huishouden op"
    )


def test_de_peildatum_bij_het_inkomensaandeel_is_1_januari() -> None:
    """Ook onder de toets op het inkomensaandeel (tot 2017) geldt de AOW-status op 1 januari van
    het jaar van de huuringang; de status noemt die peildatum."""
    ingang = date(2016, 6, 1)
    hh = huishouden(
        persoon(geboortedatum="1940-01-01"),
        persoon("partner", "1960-01-01"),
        vastgesteld_inkomen="20000",
    )
    status = bepaal_aow_status(hh, ingang, parameters_op(ingang), (Decimal(15000), Decimal(5000)))
    assert status.aow is True
    assert status.peildatum == date(2016, 1, 1)
    assert status.uitleg[-1].regel_id == "AOW-03"


def test_wie_nog_geen_65_kan_zijn_heeft_de_aow_leeftijd_niet_bereikt() -> None:
    """De AOW-leeftijd was nooit lager dan 65 jaar. Wie op de peildatum nog geen 65 kan zijn,
    heeft hem dus niet bereikt; daarvoor is geen AOW-leeftijd uit de data nodig. Zo geeft
    :func:`aow_bereikt_op` ook vóór 1957 (waar de data geen AOW-leeftijd heeft) ``None`` en geen
    fout, en wordt voor geen jaar na de peildatum een leeftijd opgezocht."""
    assert aow_bereikt_op(date(1890, 7, 1), uiterlijk=date(1954, 12, 31)) is None
    assert aow_bereikt_op(date(1959, 7, 1), uiterlijk=date(2023, 12, 31)) is None


# ---------------------------------------------------------------------------------------------
# Inkomen: actueel inkomen alleen over de grens heen, meldingen, vrijstellingen
# ---------------------------------------------------------------------------------------------


def _inkomen(bedrag: str, actueel_bedrag: str | None) -> Huishoudinkomen:
    return Huishoudinkomen(
        Inkomensmethode.INKOMENSBEWIJZEN,
        Decimal(bedrag),
        Decimal(actueel_bedrag) if actueel_bedrag is not None else None,
        (Decimal(bedrag),),
        None,
        (),
    )


@pytest.mark.parametrize(
    ("bedrag", "actueel_bedrag", "datum", "verwacht"),
    [
        # Vanaf 2022 (beide richtingen), grens eenpersoons 2024: € 27.725.
        ("27725", "27726", date(2024, 3, 1), "27726"),
        ("27726", "27725", date(2024, 3, 1), "27725"),
        ("20000", "25000", date(2024, 3, 1), "20000"),
        ("30000", "40000", date(2024, 3, 1), "30000"),
        # Tot 28 oktober 2016 (alleen lager), grens eenpersoons 2016: € 22.100.
        ("22100", "22101", date(2016, 3, 1), "22100"),
        ("22101", "22100", date(2016, 3, 1), "22100"),
    ],
    ids=[
        "op-de-grens-actueel-erboven",
        "erboven-actueel-op-de-grens",
        "beide-eronder",
        "beide-erboven",
        "tot-oktober-2016-niet-omhoog",
        "tot-oktober-2016-omlaag-tot-op-de-grens",
    ],
)
def test_het_actuele_inkomen_telt_alleen_aan_de_andere_kant_van_de_grens(
    bedrag: str, actueel_bedrag: str, datum: date, verwacht: str
) -> None:
    """BTIV art. 56 lid 6-7 en RTIV bijlage 1: het actuele inkomen telt alleen als het aan de
    andere kant van de grens ligt dan het inkomen uit t-1/t-2 (tot de tekst van 28 oktober 2016
    alleen naar beneden).
    Een inkomen gelijk aan de grens ligt niet boven de grens ("niet hoger dan")."""
    ps = parameters_op(datum)
    grens = ps["passend_inkomensgrens_eenpersoons"]
    gebruikt, regel = kies_inkomen(
        _inkomen(bedrag, actueel_bedrag), grens, ps["actueel_inkomen_passend"]
    )
    assert gebruikt == Decimal(verwacht)
    assert (regel is not None) is (verwacht != bedrag)


def test_kies_inkomen_weigert_een_vrijgesteld_huishouden() -> None:
    """Een vrijgesteld huishouden heeft geen inkomen om te kiezen; dat is een programmeerfout."""
    vrijgesteld = Huishoudinkomen(Inkomensmethode.VRIJGESTELD, None, None, (None,), None, ())
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(
        ValueError, match=r"^kies_inkomen vraagt een vastgesteld inkomen \(geen vrijstelling\)$"
    ):
        kies_inkomen(vrijgesteld, ps["passend_inkomensgrens_eenpersoons"], None)


def test_een_bewijs_over_een_te_oud_jaar_noemt_alle_jaren_en_wat_wel_mag() -> None:
    """RTIV art. 22 lid 4: alleen t-1 of t-2. De melding noemt elk opgegeven jaar en de twee
    toegestane jaren."""
    ingang = date(2015, 9, 1)
    hh = huishouden(
        persoon(inkomensbewijzen=[ibri(2011, "20000"), ibri(2012, "21000")]),
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_huishoudinkomen(hh, ingang, parameters_op(ingang))
    assert info.value.regel == "INK-03"
    assert str(info.value).endswith(
        "inkomensbewijs van personen[0] (aanvrager) is over 2011, 2012; voor een huuringang in "
        "2015 is alleen 2014 of 2013 toegestaan"
    )


def test_voor_2013_vraagt_de_toets_het_vastgestelde_inkomen() -> None:
    """De Tijdelijke regeling DAEB kende in 2011 geen regels voor inkomensbewijzen en indexatie:
    de melding vraagt om het vastgestelde huishoudinkomen."""
    ingang = date(2011, 5, 1)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2010, "20000")]))
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_huishoudinkomen(hh, ingang, parameters_op(ingang))
    assert info.value.regel == "INK-03"
    assert str(info.value).endswith(
        "voor 2011 schrijft de regeling geen inkomensbewijzen of indexatie voor; geef het "
        "vastgestelde huishoudinkomen op (vastgesteld_inkomen)"
    )


@pytest.mark.parametrize(
    ("velden", "methode"),
    [
        ({"vastgesteld_inkomen": "20000"}, Inkomensmethode.VASTGESTELD),
        ({}, Inkomensmethode.VRIJGESTELD),
    ],
    ids=["vastgesteld", "vrijgesteld"],
)
def test_zonder_bewijzen_is_er_geen_inkomen_per_persoon(
    velden: dict[str, Any], methode: Inkomensmethode
) -> None:
    """Bij een vastgesteld inkomen en bij een vrijstelling is er geen inkomen per bewoner: per
    persoon staat ``None`` (het inkomensaandeel kan dan niet uit de bewijzen volgen)."""
    ingang = date(2024, 3, 1)
    vergunninghouder = not velden
    hh = huishouden(
        persoon(vergunninghouder=vergunninghouder),
        persoon("partner", vergunninghouder=vergunninghouder),
        aow_huishouden=False,
        **velden,
    )
    inkomen = bepaal_huishoudinkomen(hh, ingang, parameters_op(ingang))
    assert inkomen.methode is methode
    assert inkomen.per_persoon == (None, None)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang))
    assert uitkomst.inkomensmethode is methode


def test_met_alleen_t_min_1_zegt_de_melding_welk_jaar_wel_mag() -> None:
    """Een beleid kan het aantal jaren terug voor het inkomensbewijs anders lezen. Staat het
    alleen t-1 toe, dan is een bewijs over t-2 te oud en zegt de melding welk jaar wel mag."""
    eigen = beleid(
        "alleen t-1 (fictief)",
        "[[parameters.inkomensbewijs_jaren_terug.waarden]]\ngeldig_vanaf = 2015-07-01\n"
        'waarde = 1\nbron = "fictief"\nstatus = "secundair"\n',
    )
    ingang = date(2015, 9, 1)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2013, "20000")]))
    with pytest.raises(OnvoldoendeGegevens) as info:
        bepaal_huishoudinkomen(hh, ingang, eigen.pas_toe(parameters_op(ingang)))
    assert info.value.regel == "INK-03"
    assert (
        "inkomensbewijs van personen[0] (aanvrager) is over 2013; voor een huuringang in 2015 "
        "is alleen 2014"
    ) in str(info.value)


@pytest.mark.parametrize(
    ("soort", "naam"),
    [
        (Inkomensbewijssoort.IBRI, "inkomensverklaring"),
        (Inkomensbewijssoort.AANSLAG, "aanslag"),
        (Inkomensbewijssoort.VOORLOPIGE_AANSLAG, "voorlopige aanslag"),
        (Inkomensbewijssoort.ACTUEEL_INKOMEN, "actueel inkomen"),
    ],
)
def test_de_uitleg_noemt_het_gebruikte_bewijs_bij_zijn_soort(
    soort: Inkomensbewijssoort, naam: str
) -> None:
    """De stap over het inkomensbewijs (INK-03) noemt de soort van het gebruikte bewijs in het
    Nederlands. Het model laat bij ``actueel_inkomen`` geen belastingjaar toe; een bewijs dat
    buiten de validatie om (``model_copy``) toch een belastingjaar kreeg, wordt nog steeds bij
    zijn eigen soort genoemd, niet als inkomensverklaring."""
    ingang = date(2015, 9, 1)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2014, "30000")]))
    aanvrager = hh.personen[0]
    bewijs = aanvrager.inkomensbewijzen[0].model_copy(update={"soort": soort})
    hh = hh.model_copy(
        update={"personen": (aanvrager.model_copy(update={"inkomensbewijzen": (bewijs,)}),)}
    )
    inkomen = bepaal_huishoudinkomen(hh, ingang, parameters_op(ingang))
    stap = next(r for r in inkomen.uitleg if r.regel_id == "INK-03")
    assert stap.argumenten[:4] == (2014, "aanvrager", naam, Decimal(30000))


# ---------------------------------------------------------------------------------------------
# DAEB-segment: 2015, grenzen, actueel inkomen, meldingen, losse functies
# ---------------------------------------------------------------------------------------------


def test_in_2015_telt_elke_helft_met_zijn_eigen_grondslag() -> None:
    """BTIV 2015 art. 126 lid 2 onder c: voor verhuringen in de eerste helft van 2015 gelden de
    grenzen van 1 juli 2015 alsof zij het hele jaar golden; de uitleg noemt dat overgangsrecht.
    Een verhuring in de tweede helft valt gewoon onder Woningwet art. 48 en BTIV art. 16. Beide
    in één stroom getoetst, houdt elke verhuring haar eigen grondslag."""
    hh = huishouden(persoon(), vastgesteld_inkomen="37000")
    eerste = toets_toewijzing(toewijzing(hh, date(2015, 3, 1), "650.00"))
    tweede = toets_toewijzing(toewijzing(hh, date(2015, 9, 1), "650.00"))
    for uitkomst in (eerste, tweede):
        assert uitkomst.toewijzingssegment is Toewijzingssegment.MIDDENINKOMENS
        assert uitkomst.daeb_inkomensgrenzen == (Decimal(34911), Decimal(38950))
    artikelen = [
        next(r.artikel for r in u.uitleg if r.regel_id == "DAEB-03") for u in (eerste, tweede)
    ]
    assert artikelen == [
        "BTIV 2015 art. 16 lid 1 onder b jo. art. 126 lid 2 onder c",
        "Woningwet art. 48 lid 1; BTIV 2015 art. 16 lid 1",
    ]


def test_de_grenzen_van_juli_2015_gelden_niet_buiten_de_overgang() -> None:
    """De grenzen per 1 juli 2015 horen alleen bij het overgangsregime van de eerste helft van
    2015; voor een verhuring in 2018 gelden de grenzen van 2018, ook als de aanroeper die van
    2015 meegeeft."""
    ingang = date(2018, 3, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), vastgesteld_inkomen="38000")
    bepaling = bepaal_toewijzingssegment(
        toewijzing(hh, ingang), alleen(hh, ingang, ps), ps, parameters_op(date(2015, 7, 1))
    )
    assert bepaling.segment is Toewijzingssegment.MIDDENINKOMENS
    assert [g.waarde for g in bepaling.grenzen] == [Decimal(36798), Decimal(41056)]


def test_het_plan_noemt_het_regime_van_de_peildatum() -> None:
    """Het DAEB-plan zegt welk regime op de peildatum geldt: 90%-norm, overgang 2015, 80/90% of
    92,5% met twee inkomensgrenzen."""
    regimes = [
        daeb_plan(parameters_op(datum)).regime
        for datum in (date(2013, 3, 1), date(2015, 3, 1), date(2018, 3, 1), date(2024, 3, 1))
    ]
    assert regimes == ["enkele_grens", "overgang_2015", "twee_grenzen", "gedifferentieerd"]


def test_de_toets_noemt_beide_geraadpleegde_grenzen_bij_middeninkomens() -> None:
    """Bij twee grenzen (2015-2021) worden voor een middeninkomen beide grenzen geraadpleegd:
    de lagere (erboven) en de hogere (eronder). De uitkomst noemt ze allebei."""
    ingang = date(2018, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="38000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang))
    assert uitkomst.daeb_inkomensgrenzen == (Decimal(36798), Decimal(41056))


def test_een_lager_actueel_inkomen_in_hetzelfde_segment_verandert_niets() -> None:
    """RTIV bijlage 1: het actuele inkomen dient om aan te tonen dat het inkomen onder een grens
    is gezakt. Valt het in hetzelfde segment, dan telt het inkomen uit t-1/t-2 en staat er geen
    stap over het actuele inkomen in de uitleg."""
    ingang = date(2015, 9, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2014, "30000"), actueel("25000", "2015-08-01")]))
    bepaling = bepaal_toewijzingssegment(toewijzing(hh, ingang), alleen(hh, ingang, ps), ps)
    assert bepaling.segment is Toewijzingssegment.DOELGROEP
    assert bepaling.gebruikt_inkomen == Decimal("30201.0000")
    assert "DAEB-05" not in {r.regel_id for r in bepaling.uitleg}


def test_een_actueel_inkomen_zonder_bekende_route_is_onvoldoende(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Is niet vastgelegd of en hoe het actuele inkomen voor de DAEB-toets telt (hier: 2013 als
    onbekend gemaakt), dan wordt een lager actueel inkomen dat het segment zou veranderen niet
    stil genegeerd of gebruikt: de toets zegt dat het niet kan en wat wel kan."""
    onbekend_maken("actueel_inkomen_daeb", date(2013, 1, 1), date(2013, 12, 31))
    ingang = date(2013, 9, 1)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2012, "40000"), actueel("20000", "2013-08-01")]))
    with pytest.raises(OnvoldoendeGegevens) as info:
        toets_toewijzing(toewijzing(hh, ingang))
    assert info.value.regel == "DAEB-05"
    assert str(info.value).endswith(
        "; geef alleen het inkomen uit t-1/t-2 of het vastgestelde inkomen op"
    )
    assert "er is een actueel inkomen opgegeven, maar Parameter 'actueel_inkomen_daeb'" in str(
        info.value
    )


def test_een_bijzondere_categorie_zonder_bekende_regel_is_onvoldoende(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Is niet vastgelegd welke bijzondere categorieën als doelgroep telden (hier: 2012 als
    onbekend gemaakt), dan krijgt een huishouden met een zorgindicatie geen gegokt oordeel maar
    een melding."""
    onbekend_maken("daeb_bijzondere_categorieen", date(2012, 1, 1), date(2012, 12, 31))
    ingang = date(2012, 5, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="50000", zorgindicatie="wlz_verblijf")
    with pytest.raises(OnvoldoendeGegevens) as info:
        toets_toewijzing(toewijzing(hh, ingang))
    assert info.value.regel == "DAEB-02"
    assert (
        "het huishouden valt in een bijzondere categorie (zorg, vergunninghouders of studenten), "
        "maar voor de periode vanaf 2012-05-01"
    ) in str(info.value)


@pytest.mark.parametrize(
    ("woning", "reden"),
    [
        ({"daeb": False}, "geen DAEB-woongelegenheid"),
        ({"kale_huur": "1000.00"}, "huur boven de maximale huurgrens"),
    ],
    ids=["niet-daeb", "huur-boven-de-grens"],
)
def test_buiten_de_toewijzingsnorm_met_reden(woning: dict[str, Any], reden: str) -> None:
    """Woningwet art. 47 lid 1 en 48 lid 1: een woning buiten het DAEB-bezit, of een zelfstandige
    woning met een huur boven de maximale huurgrens, valt buiten de toewijzingsnorm; de uitkomst
    zegt waarom."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang, **woning))
    assert uitkomst.toewijzingssegment is Toewijzingssegment.NVT
    assert uitkomst.segment_reden == reden


def test_segment_los_te_bepalen_met_parameters_of_met_plan() -> None:
    """:func:`bepaal_toewijzingssegment` werkt met de parameterset van de huuringangsdatum en met
    een al opgezocht plan, met dezelfde uitkomst en uitleg."""
    ingang = date(2024, 3, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), persoon("partner"), vastgesteld_inkomen="60000")
    t = toewijzing(hh, ingang)
    met_set = bepaal_toewijzingssegment(t, alleen(hh, ingang, ps), ps)
    met_plan = bepaal_toewijzingssegment(t, alleen(hh, ingang, ps), daeb_plan(ps))
    assert met_set == met_plan
    assert met_set.segment is Toewijzingssegment.VRIJ
    assert met_set.gebruikt_inkomen == Decimal(60000)
    assert [g.naam for g in met_set.grenzen] == ["daeb_inkomensgrens_meerpersoons"]
    assert [r.regel_id for r in met_set.uitleg] == ["DAEB-01", "DAEB-03"]


@pytest.mark.parametrize("woning", [{}, {"daeb": False}, {"kale_huur": "1000.00"}])
def test_segment_zonder_uitleg_heeft_een_lege_uitleg(woning: dict[str, Any]) -> None:
    """Standaard geeft het segment zijn uitleg; zonder uitleg is de uitleg een lege tuple, ook
    buiten de reikwijdte. Het oordeel is in beide gevallen hetzelfde."""
    ingang = date(2024, 3, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000")
    t = toewijzing(hh, ingang, **woning)
    plan = daeb_plan(ps)
    met = segment_volgens_plan(t, alleen(hh, ingang, ps), plan)
    zonder = segment_volgens_plan(t, alleen(hh, ingang, ps), plan, met_uitleg=False)
    assert met.uitleg
    assert zonder.uitleg == ()
    assert zonder._replace(uitleg=()) == met._replace(uitleg=())


def test_voor_2016_noemt_de_toets_het_inkomen_van_de_daeb_toets() -> None:
    """Vóór 2016 (geen passend toewijzen) is het gebruikte inkomen dat van de DAEB-toets, ook als
    daar het actuele inkomen telde."""
    ingang = date(2015, 9, 1)
    hh = huishouden(persoon(inkomensbewijzen=[ibri(2014, "40000"), actueel("20000", "2015-08-01")]))
    uitkomst = toets_toewijzing(toewijzing(hh, ingang))
    assert uitkomst.passendheid is Passendheid.NVT
    assert uitkomst.toewijzingssegment is Toewijzingssegment.DOELGROEP
    assert uitkomst.huishoudinkomen == Decimal(20000)


def test_in_de_eerste_helft_van_2015_gelden_de_meegegeven_grenzen_van_juli() -> None:
    """BTIV 2015 art. 126 lid 2 onder c: ook :func:`bepaal_toewijzingssegment` deelt een
    verhuring uit de eerste helft van 2015 in met de meegegeven grenzen per 1 juli 2015 (de
    hogere grens bestond daarvoor nog niet)."""
    ingang = date(2015, 3, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), vastgesteld_inkomen="37000")
    bepaling = bepaal_toewijzingssegment(
        toewijzing(hh, ingang, "650.00"),
        alleen(hh, ingang, ps),
        ps,
        parameters_op(date(2015, 7, 1)),
    )
    assert bepaling.segment is Toewijzingssegment.MIDDENINKOMENS
    assert [g.waarde for g in bepaling.grenzen] == [Decimal(34911), Decimal(38950)]


def test_het_plan_volgt_het_regime_ook_bij_dezelfde_grenzen() -> None:
    """Een beleid kan het overgangsrecht van 2015 (BTIV 2015 art. 126 lid 2 onder c) op het hele
    jaar toepassen. Het DAEB-plan van zo'n parameterset noemt dat regime en zijn artikel, ook al
    gebruikt het precies dezelfde grenzen als het plan zonder beleid; het plan zonder beleid
    blijft het regime van de wet houden, in welke volgorde ze ook worden opgezocht."""
    eigen = beleid(
        "overgangsrecht 2015 het hele jaar (fictief)",
        "[[parameters.daeb_regime.waarden]]\ngeldig_vanaf = 2015-01-01\n"
        'waarde = "overgang_2015"\nbron = "fictief"\nstatus = "secundair"\n\n'
        "[[parameters.daeb_regime.waarden]]\ngeldig_vanaf = 2016-01-01\n"
        'waarde = "twee_grenzen"\nbron = "fictief"\nstatus = "secundair"\n',
    )
    ps = parameters_op(date(2015, 9, 1))
    juli = parameters_op(date(2015, 7, 1))
    wet = daeb_plan(ps, juli)
    met_beleid = daeb_plan(eigen.pas_toe(ps), juli)
    assert [g for g, _ in met_beleid.meerpersoons] == [g for g, _ in wet.meerpersoons]
    assert (wet.regime, met_beleid.regime) == ("twee_grenzen", "overgang_2015")
    assert met_beleid.regel.artikel == "BTIV 2015 art. 16 lid 1 onder b jo. art. 126 lid 2 onder c"
    assert daeb_plan(ps, juli).regime == "twee_grenzen"


def test_een_beleid_met_overgangsrecht_het_hele_jaar_gebruikt_de_grenzen_van_1_juli_2015() -> None:
    """Laat een beleid het overgangsrecht van 2015 ook na 30 juni gelden, dan deelt de toets een
    verhuring van september 2015 in met de grenzen zoals die per 1 juli 2015 gelden (BTIV 2015
    art. 126 lid 2 onder c), niet met die van de volgende wijziging van het regime (2022)."""
    eigen = beleid(
        "overgangsrecht 2015 het hele jaar (fictief)",
        "[[parameters.daeb_regime.waarden]]\ngeldig_vanaf = 2015-01-01\n"
        'waarde = "overgang_2015"\nbron = "fictief"\nstatus = "secundair"\n\n'
        "[[parameters.daeb_regime.waarden]]\ngeldig_vanaf = 2016-01-01\n"
        'waarde = "twee_grenzen"\nbron = "fictief"\nstatus = "secundair"\n',
    )
    for inkomen, segment in (("34911", "doelgroep"), ("38950", "middeninkomens")):
        t = maak_toewijzing(inkomen=Decimal(inkomen), ingang=date(2015, 9, 1), personen=2)
        met_beleid = toets_toewijzing(t, beleid=eigen)
        assert met_beleid.toewijzingssegment is not None
        assert met_beleid.toewijzingssegment.value == segment
        assert met_beleid.toewijzingssegment == toets_toewijzing(t).toewijzingssegment


def test_zonder_route_voor_het_actuele_inkomen_telt_het_inkomen_uit_t1_t2() -> None:
    """Geldt de route van het actuele inkomen voor de DAEB-toets niet (hier: volgens een beleid
    vervallen), dan noemt het plan geen regime voor het actuele inkomen en telt het inkomen uit
    t-1/t-2, ook als het actuele inkomen lager is: geen melding en geen stap DAEB-05."""
    eigen = beleid(
        "geen actueel inkomen voor de DAEB-toets (fictief)",
        "[[parameters.actueel_inkomen_daeb.waarden]]\ngeldig_vanaf = 2015-07-01\n"
        'waarde = "alleen_lager"\nbron = "fictief"\nstatus = "secundair"\n\n'
        "[[parameters.actueel_inkomen_daeb.waarden]]\ngeldig_vanaf = 2024-01-01\n"
        'vervallen = true\nbron = "fictief"\nstatus = "secundair"\n',
    )
    ingang = date(2024, 3, 1)
    plan = daeb_plan(eigen.pas_toe(parameters_op(ingang)))
    assert plan.actueel is None
    hh = huishouden(persoon(), vastgesteld_inkomen="60000")
    bepaling = segment_volgens_plan(
        toewijzing(hh, ingang), lambda: _inkomen("60000", "20000"), plan
    )
    assert bepaling.segment is Toewijzingssegment.VRIJ
    assert bepaling.gebruikt_inkomen == Decimal(60000)
    assert "DAEB-05" not in {r.regel_id for r in bepaling.uitleg}


@pytest.mark.parametrize(
    ("actueel_bedrag", "onvoldoende"),
    [("40000.00", False), ("39999.99", True)],
    ids=["gelijk", "een-cent-lager"],
)
def test_alleen_een_lager_actueel_inkomen_vraagt_om_de_route(
    actueel_bedrag: str, onvoldoende: bool
) -> None:
    """RTIV bijlage 1: voor de DAEB-toets telt het actuele inkomen alleen als het *lager* is dan
    het inkomen uit t-1/t-2. Een gelijk actueel inkomen is niet lager: dan telt gewoon het
    inkomen uit t-1/t-2, ook als niet vastgelegd is hoe de route werkt (hier: 2013 als onbekend
    gemaakt). Een cent lager vraagt wel om die route, en geeft dan dus een melding."""
    ingang = date(2013, 9, 1)
    plan = daeb_plan(met_onbekend(parameters_op(ingang), "actueel_inkomen_daeb"))
    hh = huishouden(persoon(), vastgesteld_inkomen="40000")
    t = toewijzing(hh, ingang)
    inkomen = _inkomen("40000.00", actueel_bedrag)
    if onvoldoende:
        with pytest.raises(OnvoldoendeGegevens) as info:
            segment_volgens_plan(t, lambda: inkomen, plan)
        assert info.value.regel == "DAEB-05"
    else:
        bepaling = segment_volgens_plan(t, lambda: inkomen, plan)
        assert bepaling.segment is Toewijzingssegment.VRIJ
        assert bepaling.gebruikt_inkomen == Decimal(40000)


def test_een_inkomen_zonder_bedrag_en_zonder_vrijstelling_is_onvoldoende() -> None:
    """Het segment vraagt een inkomen zonder bedrag alleen bij een vrijstelling. Past het
    meegegeven inkomen niet bij het huishouden (vrijgesteld terwijl het huishouden geen
    vergunninghouders of studenten telt), dan telt het niet stil als nul: de fout noemt de regel
    en wat er ontbreekt."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000")
    vrijgesteld = Huishoudinkomen(
        Inkomensmethode.VRIJGESTELD, None, None, (None,), Vrijstelling.VERGUNNINGHOUDERS, ()
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        segment_volgens_plan(
            toewijzing(hh, ingang), lambda: vrijgesteld, daeb_plan(parameters_op(ingang))
        )
    assert info.value.regel == "DAEB-02"
    assert info.value.melding == "geen inkomen bij een huishouden zonder vrijstelling"


# ---------------------------------------------------------------------------------------------
# Huishoudtype en aftoppingsgrens als losse functies
# ---------------------------------------------------------------------------------------------


def test_een_huishouden_zonder_personen_bestaat_niet() -> None:
    """Een huishouden telt minstens één persoon."""
    with pytest.raises(ValueError, match=r"^een huishouden heeft minstens één persoon$"):
        bepaal_huishoudtype(0, aow=False)


@pytest.mark.parametrize(
    ("aantal", "naam", "bedrag"),
    [(1, "aftoppingsgrens_laag", "650.43"), (2, "aftoppingsgrens_laag", "650.43")]
    + [(3, "aftoppingsgrens_hoog", "697.07"), (30, "aftoppingsgrens_hoog", "697.07")],
)
def test_de_toepasselijke_aftoppingsgrens_los(aantal: int, naam: str, bedrag: str) -> None:
    """Wet op de huurtoeslag art. 20 lid 2: de lage aftoppingsgrens bij één of twee personen, de
    hoge bij drie of meer; de uitlegregel noemt het aantal personen en de grens."""
    ps = parameters_op(date(2024, 3, 1))
    grens, regel = toepasselijke_aftoppingsgrens(aantal, ps)
    assert grens.naam == naam
    assert grens.waarde == Decimal(bedrag)
    assert regel.parameter is grens
    assert regel.uitkomst == ("hoog" if aantal >= 3 else "laag")
    assert regel.zin.startswith(f"Het huishouden telt {aantal} perso")


@pytest.mark.parametrize(
    ("huishoudtype", "bedrag"),
    [
        (Huishoudtype.EENPERSOONS, "27725"),
        (Huishoudtype.EENPERSOONS_AOW, "27225"),
        (Huishoudtype.MEERPERSOONS, "37625"),
        (Huishoudtype.MEERPERSOONS_AOW, "36675"),
    ],
)
def test_de_passende_inkomensgrens_los(huishoudtype: Huishoudtype, bedrag: str) -> None:
    """Woningwet art. 46 lid 2: elk van de vier huishoudtypen heeft zijn eigen passende
    inkomensgrens; de uitlegregel noemt het type en de grens."""
    ps = parameters_op(date(2024, 3, 1))
    grens, regel = passende_inkomensgrens(huishoudtype, ps)
    assert grens.naam == huishoudtype.parameter
    assert grens.waarde == Decimal(bedrag)
    assert regel.uitkomst == huishoudtype.value
    assert regel.parameter is grens
    assert regel.argumenten == (huishoudtype.omschrijving, grens)


# ---------------------------------------------------------------------------------------------
# Huurklasse: meldingen bij ongeldige huur
# ---------------------------------------------------------------------------------------------


def test_een_huur_als_float_of_negatief_wordt_geweigerd() -> None:
    """Bedragen zijn exact (``Decimal``); een float of een negatieve huur is een fout die zegt wat
    er mis is."""
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(TypeError, match=r"^kale_huur moet een Decimal zijn, geen float$"):
        bepaal_huurklasse(650.43, ps)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^kale_huur kan niet negatief zijn$"):
        bepaal_huurklasse(Decimal("-0.01"), ps)


# ---------------------------------------------------------------------------------------------
# Passendheid: grenzen, groep, reden, art. 54a, losse functies
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("huur", "passendheid"),
    [("879.66", Passendheid.NIE), ("879.67", Passendheid.NVT)],
    ids=["op-de-grens", "een-cent-erboven"],
)
def test_een_rekenhuur_op_de_maximale_huurgrens_valt_binnen_de_passendheidsnorm(
    huur: str, passendheid: Passendheid
) -> None:
    """Woningwet art. 46 lid 2 en Wet op de huurtoeslag art. 5 en 13: een rekenhuur (kale huur
    plus subsidiabele servicekosten, hier nul) gelijk aan de maximale huurgrens geeft nog recht op
    huurtoeslag en valt dus onder de passendheidsnorm (hier: boven de aftoppingsgrens, niet
    passend); een cent erboven niet."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang, huur, subsidiabele_servicekosten="0"))
    assert uitkomst.passendheid is passendheid


def test_boven_de_passende_inkomensgrens_hoort_het_huishouden_niet_tot_de_groep() -> None:
    """Woningwet art. 46 lid 2: een huishouden met een inkomen boven de passende grens hoort niet
    tot de passende groep; de uitkomst zegt dat (voor de telling van de 95%)."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="30000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang))
    assert uitkomst.passendheid is Passendheid.NVT
    assert uitkomst.in_passende_groep is False
    assert uitkomst.passendheid_reden == "inkomen boven de passende inkomensgrens"
    assert uitkomst.art_54a is False


@pytest.mark.parametrize(
    ("ingang", "woning", "reden"),
    [
        (date(2015, 9, 1), {}, "passend toewijzen gold nog niet"),
        (date(2024, 3, 1), {"kale_huur": "900.00"}, "rekenhuur boven de maximale huurgrens"),
        (
            date(2024, 3, 1),
            {"soort": "onzelfstandig", "huurtoeslag_mogelijk": False},
            "geen huurtoeslag mogelijk voor deze woongelegenheid",
        ),
    ],
    ids=["voor-2016", "huur-boven-de-grens", "geen-huurtoeslag"],
)
def test_passendheid_niet_van_toepassing_met_reden(
    ingang: date, woning: dict[str, Any], reden: str
) -> None:
    """Passend toewijzen geldt vanaf 2016 en alleen voor woongelegenheden met recht op
    huurtoeslag; daarbuiten is de passendheid NVT, met de reden en zonder art. 54a."""
    hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang, **woning))
    assert uitkomst.passendheid is Passendheid.NVT
    assert uitkomst.passendheid_reden == reden
    assert uitkomst.in_passende_groep is None
    assert uitkomst.art_54a is False


def test_onzelfstandig_zonder_opgave_over_huurtoeslag_is_onvoldoende() -> None:
    """Wet op de huurtoeslag art. 11: alleen aangewezen onzelfstandige eenheden geven recht op
    huurtoeslag. Zonder opgave kan de passendheid niet worden bepaald; de fout zegt wat nodig
    is."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=False)
    with pytest.raises(OnvoldoendeGegevens) as info:
        toets_toewijzing(toewijzing(hh, ingang, soort="onzelfstandig"))
    assert info.value.regel == "PT-02"
    assert str(info.value).endswith(
        "geef huurtoeslag_mogelijk op voor een onzelfstandige woongelegenheid (Wet op de "
        "huurtoeslag art. 11: alleen aangewezen onzelfstandige eenheden)"
    )


@pytest.mark.parametrize(
    ("telling", "passendheid", "reden"),
    [
        (
            Art54aTelling.UITZONDEREN,
            Passendheid.NVT,
            "art. 54a: aftoppingsgrens op verzoek buiten toepassing",
        ),
        (
            Art54aTelling.PASSEND,
            Passendheid.PAS,
            "art. 54a: aftoppingsgrens op verzoek buiten toepassing (beleid: telt als passend)",
        ),
    ],
)
def test_art_54a_zonder_geboortedatum_met_opgegeven_aow_status(
    telling: Art54aTelling, passendheid: Passendheid, reden: str
) -> None:
    """BTIV art. 54a: een alleenstaande met de AOW-leeftijd en vermogen boven de grens kan
    vragen de aftoppingsgrens buiten toepassing te laten. Zonder geboortedatum volstaat de
    opgegeven AOW-status. Het verzoek telt standaard buiten de norm, of als passend als het
    beleid dat zo kiest."""
    ingang = date(2023, 3, 1)
    hh = huishouden(
        persoon(),
        vastgesteld_inkomen="20000",
        aow_huishouden=True,
        verzoek_art_54a=True,
        rendementsgrondslag_box3="200000",
    )
    t = toewijzing(hh, ingang, "700.00")
    ps = parameters_op(ingang)
    bepaling = bepaal_passendheid(t, alleen(hh, ingang, ps), aow_status(True, ingang), ps, telling)
    assert bepaling.passendheid is passendheid
    assert bepaling.reden == reden
    assert bepaling.art_54a is True
    assert bepaling.in_passende_groep is True
    assert bepaling.aftoppingsgrens is None


def test_art_54a_zonder_geboortedata_van_meer_personen_is_onvoldoende() -> None:
    """Art. 54a vraagt dat alle bewoners de AOW-leeftijd hebben; bij meer personen zonder
    geboortedata kan dat niet worden vastgesteld."""
    ingang = date(2023, 3, 1)
    hh = huishouden(
        persoon(),
        persoon("partner"),
        vastgesteld_inkomen="20000",
        aow_huishouden=True,
        verzoek_art_54a=True,
        rendementsgrondslag_box3="200000",
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        toets_toewijzing(toewijzing(hh, ingang, "700.00"))
    assert info.value.regel == "PT-04"
    assert str(info.value).endswith(
        "voor een verzoek op grond van art. 54a moet vaststaan of alle bewoners op 1 januari "
        "van het jaar van de huuringang de AOW-leeftijd hadden bereikt; geef alle_bewoners_aow "
        "of de geboortedata van alle bewoners op"
    )


def test_art_54a_toegepast_in_de_toets() -> None:
    """In de toets blijkt een toegepast art. 54a uit de uitkomst: NVT, in de passende groep,
    zonder aftoppingsgrens en met ``art_54a``."""
    ingang = date(2023, 3, 1)
    hh = huishouden(
        persoon(geboortedatum="1940-01-01"),
        vastgesteld_inkomen="20000",
        verzoek_art_54a=True,
        rendementsgrondslag_box3="200000",
    )
    uitkomst = toets_toewijzing(toewijzing(hh, ingang, "700.00"))
    assert uitkomst.passendheid is Passendheid.NVT
    assert uitkomst.art_54a is True
    assert uitkomst.in_passende_groep is True
    assert uitkomst.aftoppingsgrens is None


def test_passendheid_los_met_parameters_of_met_plan() -> None:
    """:func:`bepaal_passendheid` werkt met de parameterset en met een al opgezocht plan, met
    dezelfde uitkomst; standaard telt een verzoek op grond van art. 54a niet als passend."""
    ingang = date(2024, 3, 1)
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000")
    t = toewijzing(hh, ingang, "700.00")
    met_set = bepaal_passendheid(t, alleen(hh, ingang, ps), aow_status(False, ingang), ps)
    met_plan = bepaal_passendheid(
        t, alleen(hh, ingang, ps), aow_status(False, ingang), passend_plan(ps)
    )
    assert met_set == met_plan
    assert met_set.passendheid is Passendheid.NIE
    assert met_set.huishoudtype is Huishoudtype.EENPERSOONS
    assert met_set.aftoppingsgrens is not None
    assert met_set.aftoppingsgrens.naam == "aftoppingsgrens_laag"
    assert [r.regel_id for r in met_set.uitleg] == [
        "PT-01",
        "PT-02",
        "HHT-01",
        "PT-03",
        "HHT-02",
        "PT-05",
    ]


@pytest.mark.parametrize(
    ("ingang", "huur"),
    [(date(2015, 9, 1), "600.00"), (date(2024, 3, 1), "600.00"), (date(2024, 3, 1), "900.00")],
    ids=["voor-2016", "passend", "boven-de-grens"],
)
def test_passendheid_zonder_uitleg_heeft_een_lege_uitleg(ingang: date, huur: str) -> None:
    """Standaard geeft de passendheid haar uitleg; zonder uitleg is die een lege tuple, ook vóór
    2016 en buiten de reikwijdte. Het oordeel is hetzelfde."""
    ps = parameters_op(ingang)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000")
    t = toewijzing(hh, ingang, huur)
    plan = passend_plan(ps)
    met = passendheid_volgens_plan(t, alleen(hh, ingang, ps), aow_status(False, ingang), plan)
    zonder = passendheid_volgens_plan(
        t, alleen(hh, ingang, ps), aow_status(False, ingang), plan, met_uitleg=False
    )
    assert met.uitleg
    assert zonder.uitleg == ()
    assert zonder._replace(uitleg=()) == met._replace(uitleg=())


def test_een_onbekende_passende_grens_geeft_de_eigen_peildatum(
    onbekend_maken: OnbekendMaken,
) -> None:
    """Is een passende inkomensgrens op de peildatum onbekend (hier: 2025 als onbekend gemaakt),
    dan noemt de fout die peildatum, ook als eerder een andere peildatum met dezelfde onbekende
    grens is getoetst."""
    onbekend_maken("passend_inkomensgrens_meerpersoons_aow", date(2025, 1, 1), date(2025, 12, 31))
    hh = huishouden(
        persoon(geboortedatum="1940-01-01"),
        persoon("partner", "1941-01-01"),
        vastgesteld_inkomen="20000",
    )
    for dag in (date(2025, 3, 1), date(2025, 6, 1)):
        with pytest.raises(ParameterNietVanKracht) as info:
            toets_toewijzing(toewijzing(hh, dag))
        assert info.value.naam == "passend_inkomensgrens_meerpersoons_aow"
        assert info.value.datum == dag


def test_het_passende_plan_bevat_de_regels_van_de_peildatum() -> None:
    """Het plan van passend toewijzen bevat wat op de peildatum geldt: de norm met haar
    uitlegregel, de aftoppingsgrenzen (laag, hoog en vanaf hoeveel personen hoog) met per aantal
    personen de toepasselijke grens, en per huishoudtype met een bekende grens de uitlegregel.
    Dat zijn dezelfde grenzen en regels als de losse functies geven."""
    ps = parameters_op(date(2024, 3, 1))
    plan = passend_plan(ps)
    assert plan.norm == ps["passendheidsnorm"]
    assert plan.van_kracht is not None
    assert plan.van_kracht.regel_id == "PT-01"
    assert plan.van_kracht.argumenten == (plan.norm,)
    assert plan.van_kracht.parameter == plan.norm
    assert (plan.aftopping_vanaf, plan.aftopping_laag, plan.aftopping_hoog) == (
        ps["aftoppingsgrens_hoog_vanaf_personen"],
        ps["aftoppingsgrens_laag"],
        ps["aftoppingsgrens_hoog"],
    )
    assert len(plan.aftoppingen) == 31
    for aantal in range(1, 31):
        assert plan.aftoppingen[aantal] == toepasselijke_aftoppingsgrens(aantal, ps)
    assert dict(plan.inkomensgrensregels) == {
        h: passende_inkomensgrens(h, ps)[1] for h in Huishoudtype
    }


def test_een_plan_noemt_alleen_de_bekende_inkomensgrenzen() -> None:
    """Is de passende grens van een huishoudtype op de peildatum onbekend (hier: de grenzen voor
    AOW-huishoudens als onbekend gemaakt), dan heeft het plan voor dat type geen uitlegregel; de
    bekende wel."""
    plan = passend_plan(
        met_onbekend(
            parameters_op(date(2025, 3, 1)),
            "passend_inkomensgrens_eenpersoons_aow",
            "passend_inkomensgrens_meerpersoons_aow",
        )
    )
    onbekend = {h for h, g in plan.inkomensgrenzen.items() if isinstance(g, ParameterFout)}
    assert onbekend
    assert set(plan.inkomensgrensregels) == set(Huishoudtype) - onbekend


def test_voor_2016_bevat_het_passende_plan_geen_regels() -> None:
    """Vóór 2016 gold passend toewijzen niet: het plan heeft geen norm, geen uitlegregel dat de
    norm geldt, geen actueel-inkomensregime en geen aftoppingsgrens per aantal personen."""
    plan = passend_plan(parameters_op(date(2015, 9, 1)))
    assert plan.norm is None
    assert plan.van_kracht is None
    assert plan.actueel is None
    assert plan.aftopping_vanaf is None
    assert plan.aftoppingen == ()


GEVALLEN_PLAN = [
    (1, "600.00", Passendheid.PAS),
    (1, "680.00", Passendheid.NIE),
    (3, "680.00", Passendheid.PAS),
    (3, "700.00", Passendheid.NIE),
]
"""(aantal personen, kale huur, passendheid) in 2024: laag € 650,43, hoog € 697,07 (vanaf 3)."""


def _huishouden_van(hh_aantal: int) -> Huishouden:
    rollen = ["aanvrager", "partner", "kind"]
    return huishouden(*(persoon(rol) for rol in rollen[:hh_aantal]), vastgesteld_inkomen="20000")


@pytest.mark.parametrize(("aantal", "huur", "passendheid"), GEVALLEN_PLAN)
@pytest.mark.parametrize("vooraf", ["geen", "tot-het-aantal"])
def test_een_plan_zonder_vooraf_gemaakte_regels_geeft_dezelfde_bepaling(
    aantal: int, huur: str, passendheid: Passendheid, vooraf: str
) -> None:
    """Een :class:`PassendPlan` kan ook zonder de vooraf gemaakte uitlegregels worden samengesteld
    (de standaardwaarden van ``van_kracht``, ``inkomensgrensregels`` en ``aftoppingen``), of met
    aftoppingsgrenzen voor minder personen dan het huishouden telt. De bepaling, met reden,
    grenzen en uitleg, is dan precies die met het volledige plan: de regels volgen uit de
    grenzen in het plan."""
    ingang = date(2024, 3, 1)
    ps = parameters_op(ingang)
    volledig = passend_plan(ps)
    if vooraf == "geen":
        plan = volledig._replace(
            van_kracht=None, inkomensgrensregels=MappingProxyType({}), aftoppingen=()
        )
    else:
        plan = volledig._replace(aftoppingen=volledig.aftoppingen[:aantal])
    hh = _huishouden_van(aantal)
    t = toewijzing(hh, ingang, huur)
    verwacht = passendheid_volgens_plan(
        t, alleen(hh, ingang, ps), aow_status(False, ingang), volledig
    )
    bepaling = passendheid_volgens_plan(t, alleen(hh, ingang, ps), aow_status(False, ingang), plan)
    assert bepaling == verwacht
    assert bepaling.passendheid is passendheid
    assert [r.regel_id for r in bepaling.uitleg] == [
        "PT-01",
        "PT-02",
        "HHT-01",
        "PT-03",
        "HHT-02",
        "PT-05",
    ]


def test_de_uitlegregels_uit_het_plan_staan_in_de_uitleg() -> None:
    """Het plan is de bron van de uitleg: de uitlegregels die het meegeeft (dat de norm geldt,
    de inkomensgrens van het huishoudtype en de aftoppingsgrens bij het aantal personen) staan
    ongewijzigd in de uitleg van de bepaling."""
    ingang = date(2024, 3, 1)
    ps = parameters_op(ingang)
    volledig = passend_plan(ps)
    assert volledig.van_kracht is not None

    def eigen(regel: Uitlegregel) -> Uitlegregel:
        return regel._replace(sjabloon="Eigen toelichting. " + regel.sjabloon)

    plan = volledig._replace(
        van_kracht=eigen(volledig.van_kracht),
        inkomensgrensregels=MappingProxyType(
            {h: eigen(r) for h, r in volledig.inkomensgrensregels.items()}
        ),
        aftoppingen=tuple((g, eigen(r)) for g, r in volledig.aftoppingen),
    )
    hh = _huishouden_van(1)
    bepaling = passendheid_volgens_plan(
        toewijzing(hh, ingang, "600.00"), alleen(hh, ingang, ps), aow_status(False, ingang), plan
    )
    assert [r.zin.startswith("Eigen toelichting. ") for r in bepaling.uitleg] == [
        True,
        False,
        True,
        False,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("huur", "passendheid", "reden"),
    [
        ("650.43", Passendheid.PAS, "huur niet hoger dan de aftoppingsgrens"),
        ("650.44", Passendheid.NIE, "huur boven de aftoppingsgrens"),
    ],
    ids=["op-de-grens", "een-cent-erboven"],
)
def test_de_reden_van_de_passendheid_noemt_de_aftoppingsgrens(
    huur: str, passendheid: Passendheid, reden: str
) -> None:
    """Woningwet art. 46 lid 2: passend is een huur *niet hoger dan* de aftoppingsgrens; de
    uitkomst zegt aan welke kant van de grens de huur ligt."""
    ingang = date(2024, 3, 1)
    hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=False)
    uitkomst = toets_toewijzing(toewijzing(hh, ingang, huur))
    assert uitkomst.passendheid is passendheid
    assert uitkomst.passendheid_reden == reden


def test_art_54a_zonder_rendementsgrondslag_is_onvoldoende() -> None:
    """Een verzoek op grond van art. 54a vraagt de rendementsgrondslag; het model eist die. Ook
    een huishouden dat buiten de validatie om (``model_copy``) zonder grondslag is gemaakt, krijgt
    geen gegokt oordeel maar een melding met de regel en wat er ontbreekt."""
    ingang = date(2023, 3, 1)
    hh = huishouden(
        persoon(geboortedatum="1940-01-01"),
        vastgesteld_inkomen="20000",
        verzoek_art_54a=True,
        rendementsgrondslag_box3="200000",
    )
    geldig = toewijzing(hh, ingang, "700.00")
    zonder = geldig.model_copy(
        update={"huishouden": hh.model_copy(update={"rendementsgrondslag_box3": None})}
    )
    with pytest.raises(OnvoldoendeGegevens) as info:
        toets_toewijzing(zonder)
    assert info.value.regel == "PT-04"
    assert info.value.melding == "rendementsgrondslag_box3 ontbreekt"


# ---------------------------------------------------------------------------------------------
# AOW-leeftijd per jaar en opgegeven AOW-status (de functies achter de geheugens)
# ---------------------------------------------------------------------------------------------


def test_een_jaar_zonder_aow_leeftijd_in_de_data_geeft_een_fout_met_jaar_en_reden() -> None:
    """De AOW-leeftijdtabel begint in 1957. Wie zo vroeg geboren is dat de AOW-leeftijd vóór 1957
    zou vallen, krijgt geen gegokte leeftijd maar een fout die de parameter, 1 januari van het
    jaar en de reden noemt."""
    with pytest.raises(ParameterNietVanKracht) as info:
        aow_bereikt_op(date(1880, 6, 1), uiterlijk=date(2024, 1, 1))
    assert (info.value.naam, info.value.datum) == ("aow_leeftijd", date(1945, 1, 1))
    assert info.value.reden == "geen waarde in de data"
    assert str(info.value) == (
        "Parameter 'aow_leeftijd' heeft op 1945-01-01 geen waarde: geen waarde in de data"
    )


def test_een_onbekende_aow_leeftijd_noemt_de_opmerking_uit_de_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Staat de AOW-leeftijd van een jaar in de data als onbekend (zonder waarde, met een
    opmerking), dan noemt de fout die opmerking als reden; een bekende leeftijd wordt per
    1 januari van het jaar opgezocht."""
    gevraagd: list[date] = []

    def reekswaarde_op(datum: date) -> SimpleNamespace:
        gevraagd.append(datum)
        return SimpleNamespace(waarde=None, opmerking="nog niet vastgesteld")

    nep = SimpleNamespace(
        definities={"aow_leeftijd": SimpleNamespace(reekswaarde_op=reekswaarde_op)}
    )
    monkeypatch.setattr(aow, "register", lambda: nep)
    with pytest.raises(ParameterNietVanKracht) as info:
        aow._maak_leeftijd_in_jaar(2040)
    assert gevraagd == [date(2040, 1, 1)]
    assert (info.value.naam, info.value.datum) == ("aow_leeftijd", date(2040, 1, 1))
    assert info.value.reden == "nog niet vastgesteld"


def test_een_opgegeven_aow_status_geldt_op_1_januari_van_het_jaar() -> None:
    """Wet op de huurtoeslag art. 2: ook een opgegeven AOW-status is die op 1 januari van het jaar
    van de huuringangsdatum; de status noemt die peildatum en de regel AOW-01."""
    ingang = date(2024, 3, 1)
    for opgegeven in (True, False):
        hh = huishouden(persoon(), vastgesteld_inkomen="20000", aow_huishouden=opgegeven)
        status = bepaal_aow_status(hh, ingang, parameters_op(ingang))
        assert status.aow is opgegeven
        assert status.peildatum == date(2024, 1, 1)
        assert [r.regel.id for r in status.uitleg] == ["AOW-01"]


def test_een_beleid_in_de_eerste_helft_van_2015_geldt_ook_voor_de_grenzen_van_1_juli() -> None:
    """In de eerste helft van 2015 deelt de toets in met de grenzen per 1 juli 2015 (BTIV 2015
    art. 126 lid 2 onder c). Verandert een beleid die grenzen per 1 juli 2015, dan gelden de
    grenzen van het beleid, ook voor een verhuring van maart 2015."""
    eigen = beleid(
        "hogere DAEB-grens per 1 juli 2015 (fictief)",
        "[[parameters.daeb_inkomensgrens_hoog.waarden]]\ngeldig_vanaf = 2015-07-01\n"
        'waarde = 40000\nbron = "fictief"\nstatus = "secundair"\n',
    )
    t = maak_toewijzing(inkomen=Decimal(39500), ingang=date(2015, 3, 1), personen=2)
    zonder = toets_toewijzing(t).toewijzingssegment
    met = toets_toewijzing(t, beleid=eigen).toewijzingssegment
    assert (zonder, met) == (Toewijzingssegment.VRIJ, Toewijzingssegment.MIDDENINKOMENS)
