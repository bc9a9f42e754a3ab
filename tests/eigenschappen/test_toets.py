"""Wettelijke eigenschappen van de toets van één toewijzing, getoetst met hypothesis.

Elke test formuleert in zijn docstring een zin uit de wet of de regeling; hypothesis probeert
honderden toewijzingen (datums 2011-2026, alle huishoudgroottes, inkomens en huren) om een
tegenvoorbeeld te vinden.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.modellen import Huishouden, Inkomensbewijs, Persoon, Rol, Toewijzing
from passend_toewijzen.modellen.inkomen import Inkomensbewijssoort
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing, toets_toewijzingen
from tests.conftest import maak_testbeleid
from tests.eigenschappen.strategieen import bedragen, datums, huren, maak, soorten, toewijzingen

TESTBELEID: Beleid = maak_testbeleid()
RANG = {S.DOELGROEP: 0, S.MIDDENINKOMENS: 1, S.VRIJ: 2}


def toets(t: Toewijzing) -> Toetsuitkomst:
    return toets_toewijzing(t, strikt=False)


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


@given(
    st.dates(min_value=date(2013, 1, 1), max_value=date(2026, 12, 31)),
    bedragen,
    bedragen,
    bedragen,
    huren,
)
def test_inkomen_van_kinderen_verandert_geen_oordeel(
    datum: date, inkomen: Decimal, kind_a: Decimal, kind_b: Decimal, huur: Decimal
) -> None:
    """Woningwet art. 1: het huishoudinkomen is het gezamenlijke verzamelinkomen van de bewoners
    "met uitzondering van kinderen in de zin van artikel 4 van de Awir". Het inkomen van een kind
    (van elke leeftijd) verandert dus geen oordeel."""

    def met_kind(bedrag: Decimal) -> Toewijzing:
        jaar = datum.year - 1
        aanvrager = Persoon(
            rol=Rol.AANVRAGER,
            geboortedatum=date(1980, 1, 1),
            inkomensbewijzen=(
                Inkomensbewijs(soort=Inkomensbewijssoort.IBRI, belastingjaar=jaar, bedrag=inkomen),
            ),
        )
        kind = Persoon(
            rol=Rol.KIND,
            geboortedatum=date(2000, 1, 1),
            inkomensbewijzen=(
                Inkomensbewijs(soort=Inkomensbewijssoort.IBRI, belastingjaar=jaar, bedrag=bedrag),
            ),
        )
        basis = maak(datum, Decimal(0), huur, 1, False)
        return basis.model_copy(update={"huishouden": Huishouden(personen=(aanvrager, kind))})

    a = toets_toewijzing(met_kind(kind_a), beleid=TESTBELEID, strikt=False)
    b = toets_toewijzing(met_kind(kind_b), beleid=TESTBELEID, strikt=False)
    assert (a.toewijzingssegment, a.passendheid, a.huishoudinkomen) == (
        b.toewijzingssegment,
        b.passendheid,
        b.huishoudinkomen,
    )


@given(toewijzingen(), st.integers(min_value=0, max_value=365))
def test_de_huuringangsdatum_beslist_niet_de_toewijzingsdatum(t: Toewijzing, dagen: int) -> None:
    """SBR Wonen (dVi 5.2.1/5.2.2): "De huuringangsdatum is leidend"; de inkomensjaren tellen vanaf
    "het kalenderjaar waarin de overeenkomst van huur en verhuur zou moeten ingaan" (BTIV art. 56).
    Een andere toewijzingsdatum verandert de uitkomst niet."""
    from datetime import timedelta

    ander = t.model_copy(update={"toewijzingsdatum": t.huuringangsdatum - timedelta(days=dagen)})
    assert toets(t).als_dict() == toets(ander).als_dict()


@given(st.lists(toewijzingen(), max_size=15))
def test_los_en_als_stroom_gelijk(lijst: list[Toewijzing]) -> None:
    """Een toewijzing krijgt hetzelfde oordeel, los getoetst of als deel van een stroom."""
    los = [toets(t).als_dict() for t in lijst]
    stroom = [u.als_dict() for u in toets_toewijzingen(lijst, strikt=False)]
    assert los == stroom


@given(toewijzingen())
def test_json_is_exact_en_zonder_float(t: Toewijzing) -> None:
    """Bedragen zijn exact (Decimal) en gaan zonder verlies door JSON heen."""
    uitkomst = toets(t)
    document = uitkomst.als_dict()
    assert json.loads(uitkomst.als_json()) == document

    def geen_float(waarde: object) -> None:
        assert not isinstance(waarde, float)
        for kind in (
            waarde.values()
            if isinstance(waarde, dict)
            else (waarde if isinstance(waarde, list) else ())
        ):
            geen_float(kind)

    geen_float(document)
    if uitkomst.huishoudinkomen is not None:
        assert Decimal(document["huishoudinkomen"]) == uitkomst.huishoudinkomen
