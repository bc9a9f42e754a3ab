"""De rekenkern: een wachtrij die met de hand na te rekenen is, en de winnaar van ``rangschik``."""

from __future__ import annotations

import random
from datetime import date

from passend_toewijzen.modellen import Woning
from passend_toewijzen.monitor.doelgroepen import huishouden_van_zoeker
from passend_toewijzen.simulatie.huur import woningen_van
from passend_toewijzen.simulatie.motor import _trek_vacatures, bereid_voor, draai, zaad_van
from passend_toewijzen.tabellen import Kandidaat, rangschik
from tests.simulatie.hulp import LANDELIJK, scenario, voorraad, woning, zoeker, zoekers

WACHTRIJ = """
[scenario]
naam = "wachtrij"
[toewijzing]
tabel = "landelijk"
"""


def test_een_zuivere_wachtrij_geeft_de_woningen_aan_de_langst_ingeschrevenen() -> None:
    """Eén doelgroep (eenpersoons, inkomen onder de passende grens), iedereen aanvaardt, geen
    instroom of vertrek, alleen de inschrijfdatum telt. Drie woningen komen vrij (mutatiekans 1);
    vijf zoekers. Met de hand: de woningen gaan, in de volgorde waarin zij vrijkomen, naar de twee
    zoekers van 1 januari 2018 (bij gelijke datum het kleinste id eerst: Z00002, dan Z00004) en
    daarna naar Z00001 (1 maart 2019). Z00003 en Z00005 krijgen niets."""
    lijst = [
        zoeker(1, date(2019, 3, 1)),
        zoeker(2, date(2018, 1, 1)),
        zoeker(3, date(2020, 6, 1)),
        zoeker(4, date(2018, 1, 1)),
        zoeker(5, date(2021, 2, 1)),
    ]
    s = scenario(WACHTRIJ)
    woningen = woningen_van(s, [woning(i, "500.00", kans="1") for i in range(3)], date(2026, 1, 1))[
        0
    ]
    v = bereid_voor(s, woningen, lijst, [2026])
    assert len(set(v.doelgroep[0])) == 1
    for herhaling in (1, 2, 3):
        h = draai(v, 42, herhaling)
        assert h.vacatures == 3
        winnaars = [lijst[r.zoeker].zoeker_id for r in h.verhuringen]
        assert winnaars == ["Z00002", "Z00004", "Z00001"]
        assert [r.via for r in h.verhuringen] == ["rangorde"] * 3
        maanden = [r.maand for r in h.verhuringen]
        assert maanden == sorted(maanden)


def test_meer_woningen_dan_zoekers_laat_woningen_onverhuurd() -> None:
    lijst = [zoeker(1, date(2019, 3, 1)), zoeker(2, date(2018, 1, 1))]
    s = scenario(WACHTRIJ)
    woningen = woningen_van(s, [woning(i, "500.00", kans="1") for i in range(5)], date(2026, 1, 1))[
        0
    ]
    h = draai(bereid_voor(s, woningen, lijst, [2026]), 1, 1)
    assert h.vacatures == 5
    assert sorted(lijst[r.zoeker].zoeker_id for r in h.verhuringen) == ["Z00001", "Z00002"]


WOONGAARD = """
[scenario]
naam = "woongaard"
[toewijzing]
tabel = "woongaard-2015"
[mutatie]
mutatiekans = 1
"""


def test_elke_winnaar_is_de_eerste_van_rangschik_onder_wie_nog_zoekt() -> None:
    """Met de tabel van Woongaard (voorrang, uitsluiting, wachttijd), iedereen aanvaardt: elke
    vrijgekomen woning gaat naar de kandidaat die ``tabellen.rangschik`` op de eerste plaats zet
    onder de zoekers die op dat moment nog zoeken; vindt ``rangschik`` niemand, dan blijft de
    woning onverhuurd."""
    lijst = zoekers(120, zaad=5)
    stock = voorraad(40, zaad=9)
    s = scenario(WOONGAARD)
    woningen = woningen_van(s, stock, date(2019, 1, 1))[0]
    woningen = tuple(w._replace(mutatiekans=None) for w in woningen)
    v = bereid_voor(s, woningen, lijst, [2019])
    h = draai(v, 3, 1)
    vacatures = _trek_vacatures(v, random.Random(zaad_van(3, 1, "vacatures")))  # noqa: S311
    verhuurd = {(r.maand, r.woning): r.zoeker for r in h.verhuringen}
    zoekend = set(range(len(lijst)))
    kandidaten = {
        i: Kandidaat(
            id=z.zoeker_id, inschrijfdatum=z.inschrijfdatum, huishouden=huishouden_van_zoeker(z)
        )
        for i, z in enumerate(lijst)
    }
    bij_id = {z.zoeker_id: i for i, z in enumerate(lijst)}
    gecontroleerd = 0
    for m, lijst_m in enumerate(vacatures):
        for w in lijst_m:
            sw = woningen[w]
            woning_ = Woning(
                id=sw.woning_id,
                kale_huur=sw.kale_huur,
                soort=sw.woningsoort,
                daeb=sw.daeb,
                gemeente=sw.gemeente,
            )
            r = rangschik(woning_, [kandidaten[i] for i in sorted(zoekend)], s.tabel, v.maanden[m])
            if not r.volgorde:
                assert (m, w) not in verhuurd
                continue
            winnaar = bij_id[r.volgorde[0].kandidaat]
            assert verhuurd[(m, w)] == winnaar
            zoekend.discard(winnaar)
            gecontroleerd += 1
    assert gecontroleerd == len(h.verhuringen) == 40


def test_dezelfde_vacatures_in_elk_scenario() -> None:
    """Herhaling i trekt in elk scenario dezelfde vacatures (gepaarde vergelijking)."""
    lijst = zoekers(50)
    stock = voorraad(60)
    a = bereid_voor(
        scenario(LANDELIJK),
        woningen_van(scenario(LANDELIJK), stock, date(2026, 1, 1))[0],
        lijst,
        [2026],
    )
    b = bereid_voor(
        scenario(WACHTRIJ),
        woningen_van(scenario(WACHTRIJ), stock, date(2026, 1, 1))[0],
        lijst,
        [2026],
    )
    for i in (1, 2):
        va = _trek_vacatures(a, random.Random(zaad_van(1, i, "vacatures")))  # noqa: S311
        vb = _trek_vacatures(b, random.Random(zaad_van(1, i, "vacatures")))  # noqa: S311
        assert va == vb


def test_een_statushouder_is_vrijgesteld_en_valt_in_de_laagste_groep() -> None:
    """Een huishouden van alleen vergunninghouders (statushouders) heeft geen inkomenstoets: met
    de tabel van Woongaard valt het in de laagste inkomensgroep van zijn huishoudtype en heeft
    het voorrang op een goedkope woning, ook met een hoog opgegeven inkomen (zoals
    ``beoordeel``)."""
    from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep

    rijk = zoeker(1, date(2012, 1, 1), inkomen="90000")
    statushouder = zoeker(2, date(2014, 1, 1), inkomen="90000")._replace(
        bijzondere_doelgroepen=frozenset({BijzondereDoelgroep.STATUSHOUDERS})
    )
    s = scenario(WOONGAARD)
    woningen = woningen_van(s, [woning(0, "450.00", kans=None)], date(2019, 1, 1))[0]
    v = bereid_voor(s, woningen, [rijk, statushouder], [2019])
    h = draai(v, 1, 1)
    assert [r.zoeker for r in h.verhuringen] == [1]
