"""``uitleg=False`` laat alleen de uitleg weg: elk ander veld van de uitkomst is hetzelfde.

Hypothesis probeert honderden toewijzingen (datums in de gedekte periode, alle huishoudgroottes,
inkomens, huren en soorten woongelegenheden), strikt en niet-strikt, met en zonder beleid.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.modellen import (
    Huishouden,
    Inkomensbewijs,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
    Zorgindicatie,
)
from passend_toewijzen.modellen.inkomen import ActueelInkomenReden, Inkomensbewijssoort
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing, toets_toewijzingen
from tests.conftest import maak_testbeleid
from tests.eigenschappen.bewijs import grondslag
from tests.eigenschappen.strategieen import bedragen, datums, huren, soorten, toewijzingen

TESTBELEID: Beleid = maak_testbeleid()


def _zelfde_zonder_uitleg(met: Toetsuitkomst, zonder: Toetsuitkomst) -> None:
    assert zonder.uitleg == ()
    assert zonder == met._replace(uitleg=())
    assert zonder.als_dict() == {**met.als_dict(), "uitleg": []}


@grondslag(
    "Waarborg van de bibliotheek (geen wetsartikel): uitleg=False laat alleen de uitleg weg; de "
    "oordelen volgen dezelfde regels (Woningwet art. 46 lid 2 en art. 48 lid 1)"
)
@given(toewijzingen(), st.booleans(), st.booleans())
def test_zonder_uitleg_is_elk_ander_veld_gelijk(
    t: Toewijzing, strikt: bool, met_beleid: bool
) -> None:
    """Met ``uitleg=False`` is de uitleg leeg en is elk ander veld gelijk aan de gewone toets;
    geeft de gewone toets een fout, dan geeft de toets zonder uitleg dezelfde fout."""
    beleid = TESTBELEID if met_beleid else None
    fout: PassendToewijzenFout | None = None
    try:
        met = toets_toewijzing(t, strikt=strikt, beleid=beleid)
    except PassendToewijzenFout as gevangen:
        fout = gevangen
    if fout is not None:
        with pytest.raises(type(fout)) as info:
            toets_toewijzing(t, strikt=strikt, beleid=beleid, uitleg=False)
        assert type(info.value) is type(fout)
        assert str(info.value) == str(fout)
        return
    _zelfde_zonder_uitleg(met, toets_toewijzing(t, strikt=strikt, beleid=beleid, uitleg=False))


_bewijssoorten = st.sampled_from(list(Inkomensbewijssoort))


@st.composite
def _persoon(draw: st.DrawFn, rol: Rol, jaar: int) -> Persoon:
    bewijzen: list[Inkomensbewijs] = []
    for soort in draw(st.lists(_bewijssoorten, max_size=2, unique=True)):
        if soort is Inkomensbewijssoort.BIJSTAND:
            bewijzen.append(
                Inkomensbewijs(soort=soort, bedrag=draw(bedragen), datum=date(jaar, 1, 1))
            )
        elif soort is Inkomensbewijssoort.ACTUEEL_INKOMEN:
            bewijzen.append(
                Inkomensbewijs(
                    soort=soort,
                    bedrag=draw(bedragen),
                    datum=date(jaar, 1, 1),
                    reden=draw(st.sampled_from(list(ActueelInkomenReden))),
                )
            )
        else:
            bewijzen.append(
                Inkomensbewijs(
                    soort=soort,
                    bedrag=draw(bedragen),
                    belastingjaar=jaar - draw(st.integers(1, 3)),
                )
            )
    return Persoon(
        rol=rol,
        geboortedatum=draw(st.none() | st.dates(date(1930, 1, 1), date(2005, 12, 31))),
        inkomensbewijzen=tuple(bewijzen),
        vergunninghouder=draw(st.booleans()),
        asielvergunning=draw(st.booleans()),
        studiefinanciering=draw(st.booleans()),
        wtos=draw(st.booleans()),
        buitenlandse_student=draw(st.booleans()),
        voltijds_student=draw(st.booleans()),
    )


@st.composite
def _bijzondere_toewijzingen(draw: st.DrawFn) -> Toewijzing:
    """Toewijzingen met inkomensbewijzen, geboortedata, vrijstellingen, zorg en art. 54a."""
    datum = draw(datums)
    rollen = [
        Rol.AANVRAGER,
        *draw(st.lists(st.sampled_from([Rol.MEDEBEWONER, Rol.KIND]))),
    ]
    if draw(st.booleans()):
        rollen.append(Rol.PARTNER)
    personen = tuple(draw(_persoon(rol, datum.year)) for rol in rollen[:5])
    verzoek = draw(st.booleans())
    soort = draw(soorten)
    aow = draw(st.none() | st.booleans())
    alle = draw(st.none() | st.booleans())
    # Alleen samenhangende opgaven (de tegenstrijdige weigert het model, elders getoetst).
    if verzoek and aow is False:
        aow = None
    if len(personen) == 1 or (alle is True and aow is False) or (verzoek and alle is False):
        alle = None
    servicekosten = draw(st.none() | st.integers(0, 9_000).map(lambda c: Decimal(c).scaleb(-2)))
    subsidiabel = draw(st.none() | st.integers(0, 6_000).map(lambda c: Decimal(c).scaleb(-2)))
    if subsidiabel is not None and servicekosten is not None:
        subsidiabel = min(subsidiabel, servicekosten)
    return Toewijzing(
        huishouden=Huishouden(
            personen=personen,
            vastgesteld_inkomen=draw(st.none() | bedragen),
            aow_huishouden=aow,
            alle_bewoners_aow=alle,
            zorgindicatie=draw(st.none() | st.sampled_from(list(Zorgindicatie))),
            rendementsgrondslag_box3=draw(bedragen) if verzoek else None,
            verzoek_art_54a=verzoek,
        ),
        woning=Woning(
            id="W",
            kale_huur=draw(huren),
            soort=soort,
            daeb=draw(st.booleans()),
            gemeente="G",
            huurtoeslag_mogelijk=draw(st.none() | st.booleans())
            if soort in (Woningsoort.ZELFSTANDIG, Woningsoort.WOONWAGEN)
            else draw(st.booleans()),
            servicekosten=servicekosten,
            subsidiabele_servicekosten=subsidiabel,
        ),
        toewijzingsdatum=datum,
        huuringangsdatum=datum,
        urgentie=draw(st.booleans()),
    )


@grondslag(
    "Waarborg van de bibliotheek (geen wetsartikel): uitleg=False laat alleen de uitleg weg; de "
    "oordelen volgen dezelfde regels (Woningwet art. 46 lid 2 en art. 48 lid 1)"
)
@given(_bijzondere_toewijzingen(), st.booleans())
def test_zonder_uitleg_ook_bij_bewijzen_vrijstellingen_en_art_54a(
    t: Toewijzing, met_beleid: bool
) -> None:
    """Ook via inkomensbewijzen, AOW uit geboortedata, vrijstellingen, zorg en art. 54a is alleen
    de uitleg anders (niet-strikt, zodat ook de onbepaalde uitkomsten worden vergeleken)."""
    beleid = TESTBELEID if met_beleid else None
    met = toets_toewijzing(t, strikt=False, beleid=beleid)
    _zelfde_zonder_uitleg(met, toets_toewijzing(t, strikt=False, beleid=beleid, uitleg=False))


@grondslag(
    "Waarborg van de bibliotheek (geen wetsartikel): uitleg=False laat alleen de uitleg weg; de "
    "oordelen volgen dezelfde regels (Woningwet art. 46 lid 2 en art. 48 lid 1)"
)
@given(st.lists(toewijzingen(), max_size=5))
def test_stroom_zonder_uitleg(reeks: list[Toewijzing]) -> None:
    """``toets_toewijzingen(..., uitleg=False)`` geeft dezelfde uitkomsten zonder uitleg."""
    met = list(toets_toewijzingen(reeks, strikt=False))
    zonder = list(toets_toewijzingen(reeks, strikt=False, uitleg=False))
    assert len(met) == len(zonder)
    for a, b in zip(met, zonder, strict=True):
        _zelfde_zonder_uitleg(a, b)
