"""Eigenschappen van huur-inkomenstabellen en het rangschikken van kandidaten (hypothesis).

Een huur-inkomenstabel is lokaal beleid, geen wet; de eigenschappen hieronder zijn wat het beleid
belooft ("binnen een groep beslist de wachttijd") en wat de bibliotheek belooft (niemand
verdwijnt, dezelfde invoer geeft dezelfde volgorde, grenzen volgen de wet op elke datum).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.fouten import ParameterFout
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Woning, Woningsoort
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.huishoudtype import bepaal_huishoudtype
from passend_toewijzen.tabellen import (
    Cel,
    Kandidaat,
    Tabel,
    beoordeel,
    laad_tabel,
    rangschik,
    tabel_op,
)
from tests.eigenschappen.bewijs import grondslag, voorbeelden

WOONGAARD: Tabel = laad_tabel("woongaard-2015")
TABELLEN = [
    laad_tabel(n)
    for n in ("woongaard-2015", "landelijk", "woonkeus-stedendriehoek-2021", "intermaris-2024")
]

datums_woongaard = st.dates(min_value=date(2016, 1, 1), max_value=date(2021, 12, 31))
huren = st.integers(min_value=30_000, max_value=90_000).map(lambda c: Decimal(c).scaleb(-2))
inkomens = st.integers(min_value=0, max_value=6_000_000).map(lambda c: Decimal(c).scaleb(-2))


def huishouden(personen: int, inkomen: Decimal, aow: bool) -> Huishouden:
    leden = (Persoon(rol=Rol.AANVRAGER),) + tuple(
        Persoon(rol=Rol.MEDEBEWONER) for _ in range(personen - 1)
    )
    return Huishouden(personen=leden, vastgesteld_inkomen=inkomen, aow_huishouden=aow)


def woning(huur: Decimal) -> Woning:
    return Woning(id="W", kale_huur=huur, soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G")


@st.composite
def kandidaten(draw: st.DrawFn) -> list[Kandidaat]:
    aantal = draw(st.integers(min_value=0, max_value=12))
    ids = draw(
        st.lists(
            st.text(alphabet="ABCK0123456789-", min_size=1, max_size=5),
            min_size=aantal,
            max_size=aantal,
            unique=True,
        )
    )
    lijst = []
    for kid in ids:
        # Weinig verschillende inschrijfdatums, zodat gelijke datums (en de tie-break) voorkomen.
        inschrijving = date(2005, 1, 1) + timedelta(days=draw(st.integers(0, 6)) * 365)
        lijst.append(
            Kandidaat(
                id=kid,
                inschrijfdatum=inschrijving,
                huishouden=huishouden(draw(st.integers(1, 5)), draw(inkomens), draw(st.booleans())),
            )
        )
    return lijst


@grondslag(
    "Lokaal beleid (geen wetsartikel): huur-inkomenstabel Woongaard 2015, Woonstichting De Kernen, "
    "strategisch beleidsplan maatregel 2 (seed 003)"
)
@settings(max_examples=voorbeelden(150), deadline=None)
@given(kandidaten(), huren, datums_woongaard, st.randoms(use_true_random=False))
def test_rangschikking_is_een_volledige_en_herhaalbare_volgorde(
    lijst: list[Kandidaat], huur: Decimal, datum: date, toeval: object
) -> None:
    """Iedere kandidaat komt precies één keer terug: in de volgorde, bij de uitgeslotenen of bij
    de niet beoordeelden; de volgorde bevat precies de kandidaten die volgens de tabel mogen
    reageren. Dezelfde kandidaten in een andere volgorde aangeleverd geven dezelfde
    rangschikking."""
    uitkomst = rangschik(woning(huur), lijst, WOONGAARD, datum)
    geplaatst = [g.kandidaat for g in uitkomst.volgorde]
    uitgesloten = [u.kandidaat for u in uitkomst.uitgesloten]
    niet = [n.kandidaat for n in uitkomst.niet_beoordeeld]
    assert sorted(geplaatst + uitgesloten + niet) == sorted(k.id for k in lijst)
    assert uitkomst.aantal == len(lijst)
    mogen = set()
    for k in lijst:
        try:
            if beoordeel(woning(huur), k.huishouden, WOONGAARD, datum).mag_reageren:
                mogen.add(k.id)
        except ParameterFout:
            pass
    assert set(geplaatst) == mogen
    assert [g.plaats for g in uitkomst.volgorde] == list(range(1, len(geplaatst) + 1))
    geschud = list(lijst)
    toeval.shuffle(geschud)  # type: ignore[attr-defined]
    assert rangschik(woning(huur), geschud, WOONGAARD, datum).volgorde == uitkomst.volgorde


@grondslag(
    "Lokaal beleid (geen wetsartikel): huur-inkomenstabel Woongaard 2015 (seed 003): voorrang "
    "voor de primaire doelgroep, daarna wachttijd"
)
@settings(max_examples=voorbeelden(150), deadline=None)
@given(kandidaten(), huren, datums_woongaard)
def test_voorrang_gaat_voor_en_binnen_een_groep_beslist_de_wachttijd(
    lijst: list[Kandidaat], huur: Decimal, datum: date
) -> None:
    """Seed 003: "De primaire doelgroep krijgt voorrang ... De uiteindelijke toewijzing wordt
    bepaald op basis van wachttijd." Iedere kandidaat met voorrang staat vóór iedere kandidaat
    zonder; binnen dezelfde cel staat de vroegste inschrijfdatum eerst en bij gelijke datum het
    kleinste kandidaat-id."""
    volgorde = rangschik(woning(huur), lijst, WOONGAARD, datum).volgorde
    for eerder, later in pairwise(volgorde):
        assert not (eerder.cel is Cel.TOEGESTAAN and later.cel is Cel.VOORRANG)
        if eerder.cel is later.cel:
            assert (eerder.inschrijfdatum, eerder.kandidaat) < (
                later.inschrijfdatum,
                later.kandidaat,
            )


@grondslag(
    "Woningwet art. 46 lid 2 en art. 47 lid 1 onder b; Wet op de huurtoeslag art. 14 en art. 20 "
    "lid 2 (de grenzen waarnaar de tabel verwijst)"
)
@settings(max_examples=voorbeelden(100), deadline=None)
@given(datums_woongaard, st.integers(1, 6), st.booleans())
def test_symbolische_grenzen_volgen_de_wet_op_elke_datum(
    datum: date, personen: int, aow: bool
) -> None:
    """Een symbolische grens ('aftoppingsgrens laag', 'DAEB-huurgrens', 'passende
    inkomensgrens') is op elke datum precies het bedrag dat de wet op die datum noemt: de tabel
    volgt de indexatie zonder dat iemand haar bijwerkt."""
    overzicht = tabel_op(WOONGAARD, datum)
    ps = parameters_op(datum)
    omvang = min(personen, overzicht.roosters[-1].personen)
    rooster = next(r for r in overzicht.roosters if r.personen == omvang and r.aow == aow)
    bovengrenzen = [b.tot.bedrag if b.tot is not None else None for b in rooster.huurbanden]
    assert bovengrenzen == [
        ps.bedrag("aftoppingsgrens_laag"),
        ps.bedrag("aftoppingsgrens_hoog"),
        ps.bedrag("daeb_huurgrens"),
        None,
    ]
    grens = rooster.inkomensgroepen[0].tot
    assert grens is not None
    assert grens.bedrag == ps.bedrag(bepaal_huishoudtype(omvang, aow).parameter)
    assert grens.geldig_vanaf == ps[bepaal_huishoudtype(omvang, aow).parameter].geldig_vanaf


@grondslag(
    "Lokaal beleid (geen wetsartikel): de gepubliceerde huur-inkomenstabel is de tabel die wordt "
    "toegepast"
)
@settings(max_examples=voorbeelden(200), deadline=None)
@given(
    st.sampled_from(TABELLEN),
    st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 12, 31)),
    st.integers(1, 6),
    st.booleans(),
    inkomens,
    huren,
)
def test_rooster_en_oordeel_zeggen_hetzelfde(
    tabel: Tabel, datum: date, personen: int, aow: bool, inkomen: Decimal, huur: Decimal
) -> None:
    """Het rooster dat een corporatie publiceert (passend-toewijzen tabel) en het oordeel over één
    huishouden geven dezelfde cel: wie in het rooster zijn inkomensrij en huurkolom opzoekt, vindt
    wat beoordeel() zegt."""
    if not tabel.geldt_op(datum):
        datum = tabel.geldig_vanaf
    try:
        oordeel = beoordeel(woning(huur), huishouden(personen, inkomen, aow), tabel, datum)
    except ParameterFout:
        return  # een onbekende wettelijke waarde: geen oordeel (apart getest)
    overzicht = tabel_op(tabel, datum)
    omvang = min(personen, overzicht.roosters[-1].personen)
    rooster = next(r for r in overzicht.roosters if r.personen == omvang and r.aow == aow)
    rij = next(
        i
        for i, g in enumerate(rooster.inkomensgroepen)
        if g.tot is None or (g.tot.bedrag is not None and inkomen <= g.tot.bedrag)
    )
    kolom = next(
        i
        for i, b in enumerate(rooster.huurbanden)
        if b.tot is None or (b.tot.bedrag is not None and huur <= b.tot.bedrag)
    )
    assert rooster.inkomensgroepen[rij].naam == oordeel.inkomensgroep
    assert rooster.huurbanden[kolom].naam == oordeel.huurband
    assert rooster.cellen[rij][kolom] is oordeel.cel
