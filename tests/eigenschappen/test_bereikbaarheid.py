"""Bereikbaarheid van het aanbod bij mutatie: eigenschappen in de woorden van het beleid en de wet.

Voor willekeurige woningvoorraden (maximale huur, DAEB of niet, kern, mutatiekans, verduurzaming)
en peildata in de dekking rekent elke eigenschap de scenario's door met
:func:`~passend_toewijzen.bereikbaarheid.bereken_bereikbaarheid` en vergelijkt de exacte aandelen
(de breuken uit het document).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.bereikbaarheid import Scenario, bereken_bereikbaarheid, huur_bij_mutatie
from passend_toewijzen.bereikbaarheid.grenzen import grenzen_op
from passend_toewijzen.invoer.voorraad import MUTATIEKANS_STANDAARD, Voorraad, Voorraadwoning
from passend_toewijzen.modellen import Woningsoort
from tests.eigenschappen.bewijs import grondslag, voorbeelden
from tests.eigenschappen.strategieen import datums

KERNEN = ("Almkerk", "Dussen", None)
percentages = st.integers(min_value=1, max_value=10_000).map(lambda h: Decimal(h).scaleb(-2))
maximale_huren = st.integers(min_value=0, max_value=200_000).map(lambda c: Decimal(c).scaleb(-2))
kansen = st.one_of(
    st.none(), st.integers(min_value=0, max_value=300).map(lambda c: Decimal(c).scaleb(-2))
)


@st.composite
def woningen(draw: st.DrawFn, nummer: int) -> Voorraadwoning:
    kans = draw(kansen)
    return Voorraadwoning(
        bron="eigenschap",
        rijnummer=nummer + 2,
        woning_id=f"W{nummer}",
        gemeente=draw(st.sampled_from(("Altena", "Gorinchem"))),
        kern=draw(st.sampled_from(KERNEN)),
        wijk=None,
        woningsoort=Woningsoort.ZELFSTANDIG,
        daeb=draw(st.booleans()),
        kale_huur=Decimal(500),
        maximale_huur=draw(maximale_huren),
        punten=None,
        mutatiekans=MUTATIEKANS_STANDAARD if kans is None else kans,
        mutatiekans_opgegeven=kans is not None,
        huurverhoging_verduurzaming=draw(
            st.one_of(st.none(), st.integers(0, 10_000).map(lambda c: Decimal(c).scaleb(-2)))
        ),
        streefhuur_percentage=None,
    )


@st.composite
def voorraden(draw: st.DrawFn) -> Voorraad:
    aantal = draw(st.integers(min_value=1, max_value=25))
    lijst = [draw(woningen(i)) for i in range(aantal)]
    return Voorraad(woningen=lijst, gelezen=aantal)


def _breuk(cijfer: dict[str, Any]) -> Fraction | None:
    exact = cijfer["aandeel_exact"]
    return None if exact is None else Fraction(exact)


def _gebieden(scenario: dict[str, Any]) -> list[dict[str, Any]]:
    """Het totaal, elke gemeente en elke kern van een scenario."""
    uit = [scenario]
    for gemeente in scenario["gemeenten"]:
        uit.append(gemeente)
        uit.extend(gemeente["kernen"])
    return uit


def _aandelen(gebied: dict[str, Any], doelgroep: str) -> tuple[Fraction | None, Fraction | None]:
    cijfer = gebied["bereikbaar"][doelgroep]
    return _breuk(cijfer), _breuk(cijfer["mutatieaanbod"])


@grondslag(
    "Woningwet art. 46 lid 2 jo. Wet op de huurtoeslag art. 20 lid 2 (aftoppingsgrenzen); "
    "streefhuurbeleid van de corporatie"
)
@settings(max_examples=voorbeelden(150), deadline=None)
@given(
    voorraad=voorraden(),
    datum=datums,
    paar=st.tuples(percentages, percentages).map(sorted),
    verduurzaming=st.booleans(),
)
def test_een_lagere_streefhuur_maakt_het_bereikbare_aanbod_nooit_kleiner(
    voorraad: Voorraad, datum: date, paar: list[Decimal], verduurzaming: bool
) -> None:
    """Een lagere streefhuur (een lager percentage van de maximale huur) geeft bij mutatie een
    huur die niet hoger is. Dus is het aandeel woningen dat bereikbaar is voor een huishouden van
    de primaire doelgroep, van één en twee personen (huur ten hoogste de lage aftoppingsgrens) of
    van drie of meer (ten hoogste de hoge), bij de lagere streefhuur nooit kleiner: in de hele
    voorraad, in elke gemeente en elke kern, en ook in het mutatieaanbod gewogen naar de
    mutatiekans."""
    laag, hoog = paar
    doc = bereken_bereikbaarheid(
        voorraad,
        datum,
        [
            Scenario("laag", laag, verduurzaming=verduurzaming),
            Scenario("hoog", hoog, verduurzaming=verduurzaming),
        ],
    ).document()
    bij_laag, bij_hoog = doc["scenarios"]
    for a, b in zip(_gebieden(bij_laag), _gebieden(bij_hoog), strict=True):
        for doelgroep in ("een_twee_personen", "drie_of_meer"):
            for lager, hoger in zip(_aandelen(a, doelgroep), _aandelen(b, doelgroep), strict=True):
                if lager is not None and hoger is not None:
                    assert lager >= hoger, (doelgroep, a.get("gemeente"), lager, hoger)


@grondslag("Wet op de huurtoeslag art. 20 lid 2; Woningwet art. 46 lid 2")
@settings(max_examples=voorbeelden(150), deadline=None)
@given(voorraad=voorraden(), datum=datums, percentage=percentages)
def test_voor_drie_of_meer_personen_is_minstens_zoveel_bereikbaar_als_voor_een_en_twee(
    voorraad: Voorraad, datum: date, percentage: Decimal
) -> None:
    """De hoge aftoppingsgrens (drie of meer personen) is nooit lager dan de lage (één en twee
    personen). Elke woning die bij mutatie bereikbaar is voor een één- of tweepersoonshuishouden
    van de primaire doelgroep, is dat ook voor een huishouden van drie of meer: het bereikbare
    aandeel voor drie of meer is in de voorraad, elke gemeente en elke kern en in het
    mutatieaanbod minstens zo groot."""
    doc = bereken_bereikbaarheid(voorraad, datum, [percentage]).document()
    for gebied in _gebieden(doc["scenarios"][0]):
        een_twee = _aandelen(gebied, "een_twee_personen")
        drie = _aandelen(gebied, "drie_of_meer")
        for klein, groot in zip(een_twee, drie, strict=True):
            if klein is not None and groot is not None:
                assert groot >= klein


@grondslag("Wet op de huurtoeslag art. 13 en 20 (huurgrenzen); huur-inkomenstabel Woongaard")
@settings(max_examples=voorbeelden(150), deadline=None)
@given(voorraad=voorraden(), datum=st.dates(date(2016, 1, 1), date(2021, 12, 31)), p=percentages)
def test_de_aandelen_per_huurklasse_en_per_cel_tellen_op_tot_het_geheel(
    voorraad: Voorraad, datum: date, p: Decimal
) -> None:
    """Elke woning valt bij mutatie in precies één huurklasse, en voor elke inkomensgroep van een
    huur-inkomenstabel in precies één cel (voorrang, toegestaan of uitgesloten). De aandelen van
    de huurklassen, en per inkomensgroep die van de cellen, tellen dus exact op tot 1 (het hele
    aanbod), zowel in aantallen woningen als in mutatieaanbod, in de voorraad, elke gemeente en
    elke kern."""
    doc = bereken_bereikbaarheid(voorraad, datum, [p], tabel="woongaard-2015").document()
    for gebied in _gebieden(doc["scenarios"][0]):
        detail = gebied["huurklassen_detail"]
        assert sum(d["aantal"] for d in detail) == gebied["woningen"]
        assert sum(Fraction(d["aandeel_exact"]) for d in detail) == 1
        gewichten = [_breuk(d["mutatieaanbod"]) for d in detail]
        if Decimal(gebied["mutatieaanbod"]) > 0:
            assert sum(g for g in gewichten if g is not None) == 1
        for groep in gebied["tabel"]:
            cellen = groep["cellen"].values()
            assert sum(Fraction(c["aandeel_exact"]) for c in cellen) == 1


@grondslag("streefhuurbeleid: streefhuur = percentage x maximale redelijke huur (WWS)")
@settings(max_examples=voorbeelden(300), deadline=None)
@given(maximale_huur=maximale_huren, percentage=percentages)
def test_de_streefhuur_is_het_percentage_van_de_maximale_huur_op_een_halve_cent_na(
    maximale_huur: Decimal, percentage: Decimal
) -> None:
    """De huur bij mutatie is het percentage van de maximale huur, afgerond op hele centen: nooit
    meer dan een halve cent ervan af, een exacte halve cent naar boven, nooit boven de maximale
    huur en nooit negatief."""
    huur = huur_bij_mutatie(maximale_huur, percentage)
    exact = Fraction(maximale_huur) * Fraction(percentage) / 100
    assert abs(Fraction(huur) - exact) <= Fraction(1, 200)
    if (exact * 200).denominator == 1 and (exact * 100).denominator != 1:
        assert Fraction(huur) > exact  # precies een halve cent: naar boven
    assert 0 <= huur <= maximale_huur
    assert huur == huur.quantize(Decimal("0.01"))


@st.composite
def voorraden_rond_de_grenzen(draw: st.DrawFn, datum: date) -> Voorraad:
    """Een voorraad waarin de huidige kale huur op, een cent onder of een cent boven een
    aftoppingsgrens van de peildatum ligt (of ergens anders)."""
    g = grenzen_op(datum)
    grenzen = [g.aftoppingsgrens_laag.bedrag, g.aftoppingsgrens_hoog.bedrag]
    rond = st.tuples(st.sampled_from(grenzen), st.integers(-1, 1)).map(
        lambda p: p[0] + Decimal(p[1]).scaleb(-2)
    )
    aantal = draw(st.integers(min_value=1, max_value=20))
    lijst = [
        draw(woningen(i))._replace(kale_huur=draw(st.one_of(rond, maximale_huren)))
        for i in range(aantal)
    ]
    return Voorraad(woningen=lijst, gelezen=aantal)


@grondslag("Wet op de huurtoeslag art. 20 lid 2; Woningwet art. 46 lid 2 (huidige huur)")
@settings(max_examples=voorbeelden(150), deadline=None)
@given(data=st.data(), datum=datums, percentage=percentages)
def test_een_woning_met_een_huidige_huur_niet_hoger_dan_de_aftoppingsgrens_is_vandaag_bereikbaar(
    data: st.DataObject, datum: date, percentage: Decimal
) -> None:
    """Een woning met een huidige kale huur niet hoger dan de lage aftoppingsgrens telt als
    bereikbaar voor een- en tweepersoonshuishoudens van de primaire doelgroep vandaag; niet
    hoger dan de hoge aftoppingsgrens: voor drie of meer personen. Een cent erboven telt niet.
    Dat geldt in de hele voorraad, in elke gemeente en elke kern, en in het mutatieaanbod
    (gewogen naar de mutatiekans). De huidige huur hangt niet af van het streefhuurscenario."""
    voorraad = data.draw(voorraden_rond_de_grenzen(datum))
    g = grenzen_op(datum)
    grens = {
        "een_twee_personen": g.aftoppingsgrens_laag.bedrag,
        "drie_of_meer": g.aftoppingsgrens_hoog.bedrag,
    }
    doc = bereken_bereikbaarheid(voorraad, datum, [percentage]).document()
    huidig = doc["huidige_huur"]
    assert "streefhuur_percentage" not in huidig
    gebieden: list[tuple[dict[str, Any], list[Voorraadwoning]]] = [(huidig, voorraad.woningen)]
    for gemeente in huidig["gemeenten"]:
        daar = [w for w in voorraad.woningen if w.gemeente == gemeente["gemeente"]]
        gebieden.append((gemeente, daar))
        gebieden += [(k, [w for w in daar if w.kern == k["kern"]]) for k in gemeente["kernen"]]
    for gebied, binnen in gebieden:
        for doelgroep, bedrag in grens.items():
            bereikbaar = [w for w in binnen if w.kale_huur <= bedrag]
            cijfer = gebied["bereikbaar"][doelgroep]
            assert cijfer["aantal"] == len(bereikbaar), (doelgroep, gebied.get("gemeente"))
            gewicht = sum((w.mutatiekans for w in bereikbaar), Decimal(0))
            assert Decimal(cijfer["mutatieaanbod"]["gewicht"]) == gewicht
    ander = bereken_bereikbaarheid(voorraad, datum, [Decimal(100)]).document()
    assert ander["huidige_huur"] == huidig
