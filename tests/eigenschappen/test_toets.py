"""Wettelijke eigenschappen van de toets van één toewijzing, getoetst met hypothesis.

Elke test formuleert in zijn docstring een zin uit de wet of de regeling; hypothesis probeert
honderden toewijzingen (datums 2011-2026, alle huishoudgroottes, inkomens en huren) om een
tegenvoorbeeld te vinden.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.modellen import Huishouden, Inkomensbewijs, Persoon, Rol, Toewijzing
from passend_toewijzen.modellen.inkomen import ActueelInkomenReden, Inkomensbewijssoort
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing, toets_toewijzingen
from tests.conftest import maak_testbeleid
from tests.eigenschappen.bewijs import grondslag
from tests.eigenschappen.controles import floats_in
from tests.eigenschappen.strategieen import bedragen, datums, huren, maak, soorten, toewijzingen

TESTBELEID: Beleid = maak_testbeleid()
SCHEMA_CONTROLE = Draft202012Validator(
    Toetsuitkomst.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)
RANG = {S.DOELGROEP: 0, S.MIDDENINKOMENS: 1, S.VRIJ: 2}


def toets(t: Toewijzing) -> Toetsuitkomst:
    return toets_toewijzing(t, strikt=False)


@grondslag("Woningwet art. 48 lid 1; BTIV 2015 art. 16 lid 1")
@given(datums, bedragen, bedragen, huren, st.integers(1, 5), st.booleans(), soorten)
def test_lager_inkomen_verlaat_de_doelgroep_nooit(
    datum: date, a: Decimal, b: Decimal, huur: Decimal, personen: int, aow: bool, soort: object
) -> None:
    """Woningwet art. 48 lid 1: de norm geldt voor huishoudens waarvan het inkomen "niet hoger is
    dan de inkomensgrens". Een lager inkomen valt dus nooit in een hoger segment (doelgroep →
    middeninkomens → vrij)."""
    laag, hoog = sorted((a, b))
    u_laag = toets(maak(datum, laag, huur, personen, aow, soort))  # type: ignore[arg-type]
    u_hoog = toets(maak(datum, hoog, huur, personen, aow, soort))  # type: ignore[arg-type]
    laag_segment, hoog_segment = u_laag.toewijzingssegment, u_hoog.toewijzingssegment
    assume(laag_segment is not None and hoog_segment is not None)
    assert laag_segment is not None
    assert hoog_segment is not None
    if hoog_segment is S.NVT:
        assert laag_segment is S.NVT
        return
    assert RANG[laag_segment] <= RANG[hoog_segment]


@grondslag("Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 2")
@given(datums, bedragen, bedragen, huren, st.integers(1, 5), st.booleans())
def test_lager_inkomen_verlaat_de_passende_groep_nooit(
    datum: date, a: Decimal, b: Decimal, huur: Decimal, personen: int, aow: bool
) -> None:
    """Woningwet art. 46 lid 2: tot de passende groep horen huishoudens met een inkomen "niet
    hoger dan" het bedrag voor hun huishoudtype. Wie erbij hoort, hoort er met een lager inkomen
    ook bij."""
    laag, hoog = sorted((a, b))
    u_hoog = toets(maak(datum, hoog, huur, personen, aow))
    assume(u_hoog.in_passende_groep is True)
    assert toets(maak(datum, laag, huur, personen, aow)).in_passende_groep is True


@grondslag("Woningwet art. 46 lid 2; Wet op de huurtoeslag art. 20 lid 2")
@given(datums, bedragen, huren, huren, st.integers(1, 5), st.booleans(), soorten)
def test_lagere_huur_maakt_passend_nooit_niet_passend(
    datum: date, inkomen: Decimal, a: Decimal, b: Decimal, personen: int, aow: bool, soort: object
) -> None:
    """Woningwet art. 46 lid 2: passend is een huurprijs "van ten hoogste" de aftoppingsgrens. Een
    passende toewijzing blijft passend bij een lagere kale huur."""
    laag, hoog = sorted((a, b))
    u_hoog = toets(maak(datum, inkomen, hoog, personen, aow, soort))  # type: ignore[arg-type]
    assume(u_hoog.passendheid is P.PAS)
    assert toets(maak(datum, inkomen, laag, personen, aow, soort)).passendheid is P.PAS  # type: ignore[arg-type]


# Inkomensbewijzen zijn er vanaf 2013 (factoren I1/I2); het testbeleid vult de onbekende factoren
# met fictieve waarden, zodat vanaf 2015 elk jaar een bepaald inkomen geeft.
datums_met_bewijzen = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31))
BELASTINGJAARSOORTEN = (
    Inkomensbewijssoort.IBRI,
    Inkomensbewijssoort.AANSLAG,
    Inkomensbewijssoort.VOORLOPIGE_AANSLAG,
)


@st.composite
def inkomensbewijzen_van_een_kind(draw: st.DrawFn, jaar: int) -> tuple[Inkomensbewijs, ...]:
    """Willekeurige bewijzen: elk soort, geldige én te oude jaren, en een actueel inkomen."""
    bewijzen: list[Inkomensbewijs] = []
    sleutels = draw(
        st.lists(
            st.tuples(st.sampled_from(BELASTINGJAARSOORTEN), st.integers(jaar - 4, jaar)),
            max_size=3,
            unique=True,
        )
    )
    for soort, belastingjaar in sleutels:
        bewijzen.append(
            Inkomensbewijs(soort=soort, belastingjaar=belastingjaar, bedrag=draw(bedragen))
        )
    if draw(st.booleans()):
        bewijzen.append(
            Inkomensbewijs(
                soort=Inkomensbewijssoort.ACTUEEL_INKOMEN,
                bedrag=draw(bedragen),
                datum=date(jaar - 1, 12, 1),
                reden=draw(st.sampled_from(list(ActueelInkomenReden))),
            )
        )
    return tuple(bewijzen)


@grondslag(
    "Woningwet art. 1 (huishoudinkomen) jo. Algemene wet inkomensafhankelijke regelingen art. 4"
)
@given(st.data(), datums_met_bewijzen, huren, st.integers(1, 3), st.booleans(), st.booleans())
def test_inkomen_van_kinderen_verandert_geen_oordeel(
    data: st.DataObject,
    datum: date,
    huur: Decimal,
    aantal_kinderen: int,
    met_partner: bool,
    actueel_opgegeven: bool,
) -> None:
    """Woningwet art. 1: het huishoudinkomen is het gezamenlijke verzamelinkomen van de bewoners
    "met uitzondering van kinderen in de zin van artikel 4 van de Algemene wet
    inkomensafhankelijke regelingen". Inkomensbewijzen van kinderen (van elke leeftijd, van elke
    soort en over elk jaar) toevoegen, weglaten of veranderen verandert dus niets aan de uitkomst:
    niet aan het toewijzingssegment, de passendheid, het huishoudinkomen, de AOW-status of de
    uitleg."""
    jaar = datum.year

    def volwassene(rol: Rol) -> Persoon:
        bewijzen = [
            Inkomensbewijs(
                soort=Inkomensbewijssoort.IBRI,
                belastingjaar=data.draw(st.sampled_from([jaar - 1, jaar - 2])),
                bedrag=data.draw(bedragen),
            )
        ]
        if actueel_opgegeven:
            bewijzen.append(
                Inkomensbewijs(
                    soort=Inkomensbewijssoort.ACTUEEL_INKOMEN,
                    bedrag=data.draw(bedragen),
                    datum=date(jaar - 1, 12, 1),
                    reden=ActueelInkomenReden.AFWIJKEND,
                )
            )
        geboren = data.draw(st.dates(min_value=date(1930, 1, 1), max_value=date(1995, 12, 31)))
        return Persoon(rol=rol, geboortedatum=geboren, inkomensbewijzen=tuple(bewijzen))

    volwassenen = [volwassene(Rol.AANVRAGER)] + ([volwassene(Rol.PARTNER)] if met_partner else [])
    geboortedata = [
        data.draw(st.dates(min_value=date(1960, 1, 1), max_value=date(2020, 12, 31)))
        for _ in range(aantal_kinderen)
    ]

    def toewijzing(kinderbewijzen: list[tuple[Inkomensbewijs, ...]]) -> Toewijzing:
        kinderen = [
            Persoon(rol=Rol.KIND, geboortedatum=geboren, inkomensbewijzen=bewijzen)
            for geboren, bewijzen in zip(geboortedata, kinderbewijzen, strict=True)
        ]
        basis = maak(datum, Decimal(0), huur, 1, False)
        return basis.model_copy(
            update={"huishouden": Huishouden(personen=(*volwassenen, *kinderen))}
        )

    zonder: list[tuple[Inkomensbewijs, ...]] = [() for _ in geboortedata]
    met_a = [data.draw(inkomensbewijzen_van_een_kind(jaar)) for _ in geboortedata]
    met_b = [data.draw(inkomensbewijzen_van_een_kind(jaar)) for _ in geboortedata]
    uitkomsten = [
        toets_toewijzing(toewijzing(bewijzen), beleid=TESTBELEID, strikt=False).als_dict()
        for bewijzen in (zonder, met_a, met_b)
    ]
    assert uitkomsten[0] == uitkomsten[1] == uitkomsten[2]


@grondslag(
    "BTIV 2015 art. 56 lid 4 onder b en RTIV 2015 art. 22 lid 4 onder b (het kalenderjaar waarin "
    "de huurovereenkomst ingaat); SBR Wonen dVi 5.2.1 (de huuringangsdatum is leidend)"
)
@given(toewijzingen(), st.integers(min_value=0, max_value=365))
def test_de_huuringangsdatum_beslist_niet_de_toewijzingsdatum(t: Toewijzing, dagen: int) -> None:
    """SBR Wonen (dVi 5.2.1/5.2.2): "De huuringangsdatum is leidend"; de inkomensjaren tellen vanaf
    "het kalenderjaar waarin de overeenkomst van huur en verhuur zou moeten ingaan" (BTIV art. 56).
    Een andere toewijzingsdatum (tot een jaar eerder, ook in een vorig kalenderjaar) verandert de
    uitkomst niet, en de gebruikte grenzen zijn die van de huuringangsdatum."""
    ander = t.model_copy(update={"toewijzingsdatum": t.huuringangsdatum - timedelta(days=dagen)})
    uitkomst = toets(t)
    assert uitkomst.als_dict() == toets(ander).als_dict()
    assert uitkomst.ontvangstbewijs.peildatum == t.huuringangsdatum
    ps = parameters_op(t.huuringangsdatum)
    if uitkomst.aftoppingsgrens is not None:
        assert uitkomst.aftoppingsgrens in (
            ps.bedrag("aftoppingsgrens_laag"),
            ps.bedrag("aftoppingsgrens_hoog"),
        )
    if uitkomst.passende_inkomensgrens is not None and uitkomst.huishoudtype is not None:
        assert uitkomst.passende_inkomensgrens == ps.bedrag(
            f"passend_inkomensgrens_{uitkomst.huishoudtype.value}"
        )


@grondslag(
    "Woningwet art. 46 lid 2 en art. 48 lid 1: het oordeel betreft één toewijzing, los van de "
    "andere toewijzingen"
)
@given(st.lists(toewijzingen(), max_size=15))
def test_los_en_als_stroom_gelijk(lijst: list[Toewijzing]) -> None:
    """Het oordeel over een toewijzing hangt alleen af van die toewijzing (Woningwet art. 46 lid 2
    en art. 48 lid 1): een toewijzing krijgt hetzelfde oordeel, los getoetst
    (``toets_toewijzing``) of als deel van een stroom (``toets_toewijzingen``), in dezelfde
    volgorde en even vaak."""
    los = [toets(t).als_dict() for t in lijst]
    stroom = [u.als_dict() for u in toets_toewijzingen(lijst, strikt=False)]
    assert los == stroom


EXACTE_BEDRAGEN = (
    "huishoudinkomen",
    "kale_huur",
    "passende_inkomensgrens",
    "aftoppingsgrens",
)


@grondslag(
    "Woningwet art. 48 lid 1 en art. 46 lid 2: 'niet hoger dan' en 'ten hoogste' vragen een "
    "exacte vergelijking; een bedrag mag in de uitkomst niet veranderen"
)
@given(toewijzingen(), st.booleans())
def test_uitkomst_overleeft_json_exact(t: Toewijzing, met_beleid: bool) -> None:
    """De grens uit de wet ("niet hoger dan", "ten hoogste") wordt exact vergeleken; dan moet ook
    de uitkomst die de corporatie bewaart exact zijn. De uitkomst als JSON (``als_json``) voldoet
    aan het gepubliceerde JSON Schema en leest terug (``Toetsuitkomst.uit_json``) als precies
    dezelfde uitkomst, ook met een lokaal beleid. Elk bedrag staat erin als tekst die exact
    hetzelfde bedrag is: nooit afgerond, in centen ("690.00", "33000.00") en met meer decimalen
    alleen als het bedrag die echt heeft."""
    beleid = TESTBELEID if met_beleid else None
    uitkomst = toets_toewijzing(t, strikt=False, beleid=beleid)
    document = uitkomst.als_dict()
    assert json.loads(uitkomst.als_json()) == document
    assert json.loads(uitkomst.als_json(inspringen=None)) == document
    SCHEMA_CONTROLE.validate(json.loads(uitkomst.als_json(), parse_float=Decimal))
    assert Toetsuitkomst.uit_json(uitkomst.als_json(), beleid=beleid) == uitkomst
    bedragen_in_document = [(getattr(uitkomst, v), document[v]) for v in EXACTE_BEDRAGEN]
    bedragen_in_document += list(
        zip(uitkomst.daeb_inkomensgrenzen, document["daeb_inkomensgrenzen"], strict=True)
    )
    for bedrag, tekst in bedragen_in_document:
        if bedrag is None:
            assert tekst is None
            continue
        assert isinstance(tekst, str)
        assert Decimal(tekst) == bedrag
        decimalen = tekst.partition(".")[2]
        assert len(decimalen) == 2 or (len(decimalen) > 2 and not decimalen.endswith("0"))


@grondslag(
    "Woningwet art. 48 lid 1 en art. 46 lid 2: 'niet hoger dan' en 'ten hoogste' vragen een "
    "exacte vergelijking, zonder afronding"
)
@given(toewijzingen())
def test_geen_float_in_de_uitkomst(t: Toewijzing) -> None:
    """Geen enkel bedrag, aandeel of grens in de uitkomst is een binair kommagetal (``float``):
    een float kan een bedrag als € 652,52 niet exact weergeven en zou een inkomen precies op de
    grens aan de verkeerde kant kunnen zetten. Dat geldt voor de uitkomst zelf (met uitleg,
    parameters en ontvangstbewijs) en voor haar JSON-document."""
    uitkomst = toets(t)
    assert floats_in(uitkomst) == []
    assert floats_in(uitkomst.als_dict()) == []
    assert floats_in(json.loads(uitkomst.als_json())) == []
