"""De Woongaard-tabel uit seed 003 (prijspeil 2015) als gouden gevallen.

Elk geval citeert de zin uit het beleidsplan van De Kernen die het vastlegt. De bedragen zijn die
van 2018 (aftoppingsgrenzen € 597,30 en € 640,14; maximale huurgrens € 710,68; passende
inkomensgrenzen € 22.400 en € 30.400; DAEB-inkomensgrenzen € 36.798 en € 41.056) en elke grens
heeft een geval aan beide kanten.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import DatumBuitenTabel, OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Woning, Woningsoort
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.tabellen import Cel, Tabel, beoordeel, laad_tabel, rangschik, tabel_op

D2018 = date(2018, 3, 1)


@pytest.fixture(scope="module")
def woongaard() -> Tabel:
    return laad_tabel("woongaard-2015")


def huishouden(
    personen: int, inkomen: str | None, *, aow: bool = False, vergunninghouder: bool = False
) -> Huishouden:
    leden = [Persoon(rol=Rol.AANVRAGER, vergunninghouder=vergunninghouder)]
    leden += [
        Persoon(rol=Rol.MEDEBEWONER, vergunninghouder=vergunninghouder) for _ in range(personen - 1)
    ]
    return Huishouden(
        personen=tuple(leden),
        vastgesteld_inkomen=None if inkomen is None else Decimal(inkomen),
        aow_huishouden=aow,
    )


def woning(huur: str) -> Woning:
    return Woning(
        id="W",
        kale_huur=Decimal(huur),
        soort=Woningsoort.ZELFSTANDIG,
        daeb=True,
        gemeente="Gorinchem",
    )


GEVALLEN = [
    # "De primaire doelgroep krijgt voorrang op woningen met een huur onder de eerste
    # aftoppingsgrens."
    (
        "primair 1p, huur = eerste aftoppingsgrens",
        1,
        "22400",
        "597.30",
        "voorrang",
        "primair_een_of_twee",
        "tot_eerste_aftoppingsgrens",
    ),
    (
        "primair 2p, goedkope woning",
        2,
        "30400",
        "403.00",
        "voorrang",
        "primair_een_of_twee",
        "tot_eerste_aftoppingsgrens",
    ),
    (
        "primair 4p, goedkope woning",
        4,
        "25000",
        "597.30",
        "voorrang",
        "primair_drie_of_meer",
        "tot_eerste_aftoppingsgrens",
    ),
    # Passend toewijzen: 1-2 personen in de primaire doelgroep niet boven de eerste grens.
    (
        "primair 1p, 1 cent boven eerste aftoppingsgrens",
        1,
        "22400",
        "597.31",
        "uitgesloten",
        "primair_een_of_twee",
        "tot_tweede_aftoppingsgrens",
    ),
    (
        "primair 2p, duur sociaal",
        2,
        "30000",
        "700.00",
        "uitgesloten",
        "primair_een_of_twee",
        "tot_liberalisatiegrens",
    ),
    # "Woningzoekenden met een inkomen onder de huurtoeslaggrens waarvan het huishouden uit drie
    # of meer personen bestaat, mogen ook op woningen reageren onder de tweede aftoppingsgrens
    # maar krijgen dan niet langer voorrang."
    (
        "primair 3p, huur = tweede aftoppingsgrens",
        3,
        "30400",
        "640.14",
        "toegestaan",
        "primair_drie_of_meer",
        "tot_tweede_aftoppingsgrens",
    ),
    (
        "primair 3p, 1 cent boven tweede aftoppingsgrens",
        3,
        "30400",
        "640.15",
        "uitgesloten",
        "primair_drie_of_meer",
        "tot_liberalisatiegrens",
    ),
    # "De secundaire doelgroep mag vrij reageren op alle sociale huurwoningen tot aan de
    # liberalisatiegrens."
    (
        "secundair 1p, 1 euro boven passende grens, goedkoop",
        1,
        "22401",
        "500.00",
        "toegestaan",
        "secundair",
        "tot_eerste_aftoppingsgrens",
    ),
    (
        "secundair 2p, 1 euro boven passende grens",
        2,
        "30401",
        "620.00",
        "toegestaan",
        "secundair",
        "tot_tweede_aftoppingsgrens",
    ),
    (
        "secundair 2p, huur = maximale huurgrens",
        2,
        "36798",
        "710.68",
        "toegestaan",
        "secundair",
        "tot_liberalisatiegrens",
    ),
    # "De lage middeninkomens mogen op basis van wachttijd reageren op woningen boven de € 618."
    (
        "laag midden 2p, 1 euro boven DAEB-grens, huur = tweede grens",
        2,
        "36799",
        "640.14",
        "uitgesloten",
        "lage_middeninkomens",
        "tot_tweede_aftoppingsgrens",
    ),
    (
        "laag midden 2p, 1 cent boven tweede grens",
        2,
        "36799",
        "640.15",
        "toegestaan",
        "lage_middeninkomens",
        "tot_liberalisatiegrens",
    ),
    (
        "laag midden 1p, huur = hogere DAEB-inkomensgrens",
        1,
        "41056",
        "700.00",
        "toegestaan",
        "lage_middeninkomens",
        "tot_liberalisatiegrens",
    ),
    (
        "laag midden 1p, goedkoop",
        1,
        "38000",
        "590.00",
        "uitgesloten",
        "lage_middeninkomens",
        "tot_eerste_aftoppingsgrens",
    ),
    # "Daarnaast worden de middeninkomens bediend met vrije sectorwoningen" (keuze: hogere inkomens
    # zijn uitgesloten van sociale huur).
    (
        "hoger inkomen, 1 euro boven hogere DAEB-grens",
        2,
        "41057",
        "700.00",
        "uitgesloten",
        "hogere_inkomens",
        "tot_liberalisatiegrens",
    ),
    (
        "hoger inkomen, vrije sector",
        2,
        "60000",
        "710.69",
        "toegestaan",
        "hogere_inkomens",
        "vrije_sector",
    ),
    (
        "primair, vrije sector",
        1,
        "20000",
        "900.00",
        "uitgesloten",
        "primair_een_of_twee",
        "vrije_sector",
    ),
]


@pytest.mark.parametrize(
    ("personen", "inkomen", "huur", "cel", "groep", "band"),
    [g[1:] for g in GEVALLEN],
    ids=[g[0] for g in GEVALLEN],
)
def test_woongaard_2018(
    woongaard: Tabel, personen: int, inkomen: str, huur: str, cel: str, groep: str, band: str
) -> None:
    oordeel = beoordeel(woning(huur), huishouden(personen, inkomen), woongaard, D2018)
    assert (oordeel.cel.value, oordeel.inkomensgroep, oordeel.huurband) == (cel, groep, band)


def test_ouderen_gebruiken_hun_eigen_passende_grens(woongaard: Tabel) -> None:
    # 2018: de grens voor een eenpersoonshuishouden vanaf de AOW-leeftijd is € 22.375.
    goedkoop = woning("590.00")
    assert (
        beoordeel(goedkoop, huishouden(1, "22375", aow=True), woongaard, D2018).cel is Cel.VOORRANG
    )
    assert (
        beoordeel(goedkoop, huishouden(1, "22376", aow=True), woongaard, D2018).cel
        is Cel.TOEGESTAAN
    )


def test_vrijgestelde_huishoudens_vallen_in_de_primaire_doelgroep(woongaard: Tabel) -> None:
    oordeel = beoordeel(
        woning("590.00"), huishouden(2, None, vergunninghouder=True), woongaard, D2018
    )
    assert (oordeel.cel, oordeel.inkomensgroep) == (Cel.VOORRANG, "primair_een_of_twee")
    assert oordeel.inkomen is None
    assert "vrijgesteld" in oordeel.uitleg[-3].zin


def test_de_tabel_volgt_de_indexatie(woongaard: Tabel) -> None:
    # 2016: eerste aftoppingsgrens € 586,68; 2019: € 607,46. Dezelfde woning van € 600 valt in
    # 2016 boven en in 2019 onder de eerste grens.
    h = huishouden(1, "20000")
    assert beoordeel(woning("600.00"), h, woongaard, date(2016, 3, 1)).cel is Cel.UITGESLOTEN
    assert beoordeel(woning("600.00"), h, woongaard, date(2019, 3, 1)).cel is Cel.VOORRANG


def test_uitleg_noemt_grens_bedrag_en_bron(woongaard: Tabel) -> None:
    oordeel = beoordeel(woning("597.30"), huishouden(1, "22400"), woongaard, D2018)
    band = next(r for r in oordeel.uitleg if r.regel_id == "HIT-02")
    assert band.zin == (
        "De kale huur (€ 597,30) is niet hoger dan de lage aftoppingsgrens (€ 597,30): huurband "
        "huur ten hoogste de eerste (lage) aftoppingsgrens (2015: € 577)."
    )
    assert band.parameter is not None
    assert band.parameter.naam == "aftoppingsgrens_laag"
    assert band.parameter.geldig_vanaf == date(2018, 1, 1)
    groep = next(r for r in oordeel.uitleg if r.regel_id == "HIT-01")
    assert groep.parameter is not None
    assert groep.parameter.naam == "passend_inkomensgrens_eenpersoons"
    assert oordeel.tabel_hash == woongaard.inhoudshash


def test_buiten_de_geldigheid_is_een_fout_met_de_periode(woongaard: Tabel) -> None:
    """Een datum buiten de geldigheid van de tabel is een eigen fout met de periode van de tabel,
    in beoordeel, tabel_op en rangschik; aan beide kanten van de periode."""
    with pytest.raises(DatumBuitenTabel, match="2016-01-01 tot en met 2021-12-31") as fout:
        beoordeel(woning("500.00"), huishouden(1, "20000"), woongaard, date(2022, 1, 1))
    assert (fout.value.tabel, fout.value.datum) == (woongaard.naam, date(2022, 1, 1))
    assert (fout.value.geldig_vanaf, fout.value.geldig_tot) == (
        date(2016, 1, 1),
        date(2021, 12, 31),
    )
    with pytest.raises(DatumBuitenTabel, match="niet op 2015-12-31"):
        beoordeel(woning("500.00"), huishouden(1, "20000"), woongaard, date(2015, 12, 31))
    with pytest.raises(DatumBuitenTabel, match="niet op 2022-01-01"):
        tabel_op(woongaard, date(2022, 1, 1))
    with pytest.raises(DatumBuitenTabel, match="niet op 2015-12-31"):
        rangschik(woning("500.00"), [], woongaard, date(2015, 12, 31))
    # op de grenzen zelf geldt de tabel
    beoordeel(woning("500.00"), huishouden(1, "20000"), woongaard, date(2016, 1, 1))
    beoordeel(woning("500.00"), huishouden(1, "20000"), woongaard, date(2021, 12, 31))
    assert not isinstance(fout.value, OnvoldoendeGegevens)


def test_een_tabel_zonder_einddatum_noemt_dat_in_de_melding() -> None:
    fout = DatumBuitenTabel("eigen", date(2010, 1, 1), date(2016, 1, 1), None)
    assert "vanaf 2016-01-01 (zonder einddatum), niet op 2010-01-01" in str(fout)


def test_onbekende_wettelijke_grens_wordt_niet_geraden(woongaard: Tabel) -> None:
    # De DAEB-inkomensgrenzen van 2020 zijn niet onderbouwd in de data: een inkomen dat erop
    # aankomt, geeft een fout in plaats van een gok; een inkomen onder de passende grens niet.
    d2020 = date(2020, 3, 1)
    assert beoordeel(woning("600.00"), huishouden(1, "20000"), woongaard, d2020).cel is Cel.VOORRANG
    with pytest.raises(ParameterNietVanKracht, match="daeb_inkomensgrens"):
        beoordeel(woning("600.00"), huishouden(1, "30000"), woongaard, d2020)


def test_vangnet_bij_de_landelijke_tabel() -> None:
    landelijk = laad_tabel("landelijk")
    # 660 + ten hoogste 48 subsidiabele servicekosten blijft onder de maximale huurgrens (710,68)
    oordeel = beoordeel(woning("660.00"), huishouden(1, "20000"), landelijk, D2018)
    assert oordeel.cel is Cel.TOEGESTAAN
    assert oordeel.landelijk.passendheid is Passendheid.NIE
    assert any("5%" in w for w in oordeel.waarschuwingen)
    assert oordeel.uitleg[-1].regel_id == "HIT-04"
    passend = beoordeel(woning("597.30"), huishouden(1, "20000"), landelijk, D2018)
    assert passend.waarschuwingen == ()


def test_vangnet_noemt_de_vrije_toewijzingsruimte() -> None:
    landelijk = laad_tabel("landelijk")
    oordeel = beoordeel(woning("660.00"), huishouden(2, "50000"), landelijk, D2018)
    assert oordeel.cel is Cel.TOEGESTAAN
    assert oordeel.waarschuwingen == (
        "de toewijzing valt voor de DAEB-norm in het segment vrij (buiten de doelgroep)",
    )
    midden = beoordeel(woning("660.00"), huishouden(2, "40000"), landelijk, D2018)
    assert "middeninkomens" in midden.waarschuwingen[0]


def test_woongaard_sluit_niet_passend_altijd_uit(woongaard: Tabel) -> None:
    # De tabel staat nooit een toewijzing toe die landelijk niet passend is: geen waarschuwing
    # over de 5%-ruimte bij een toegestane cel.
    for personen in (1, 2, 3, 5):
        for huur in ("597.30", "597.31", "640.14", "640.15", "710.68", "710.69"):
            oordeel = beoordeel(woning(huur), huishouden(personen, "20000"), woongaard, D2018)
            if oordeel.mag_reageren:
                assert oordeel.landelijk.passendheid is not Passendheid.NIE


def test_oordeel_als_dict_en_tekst(woongaard: Tabel) -> None:
    oordeel = beoordeel(woning("620.00"), huishouden(3, "25000"), woongaard, D2018)
    d = oordeel.als_dict()
    assert d["cel"] == "toegestaan"
    assert d["mag_reageren"] is True
    assert d["kale_huur"] == "620.00"
    assert d["inkomen"] == "25000.00"
    assert d["landelijk"]["passendheid"] == "PAS"
    assert d["uitleg"][-1]["regel_id"] == "HIT-03"
    tekst = oordeel.als_tekst()
    assert tekst.startswith("Oordeel van tabel woongaard-2015 op 2018-03-01: toegestaan")
    assert "[HIT-03]" in tekst
