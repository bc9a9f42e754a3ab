"""Afgeleide waarden (status ``afgeleid``): formule, invoer, narekenen bij het laden.

Een waarde die de wet met een formule uit andere waarden bepaalt, draagt die formule, het
artikel en haar invoer. Het laden rekent elke afgeleide waarde opnieuw uit en weigert de data als
de uitkomst afwijkt, als de invoer niet definitief (of zelf afgeleid) is, of als de invoer na de
ingangsdatum ligt. Afronding per de regel van de wet (Wht art. 27), één keer geïmplementeerd.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters import Register, Status, laad_register, register
from passend_toewijzen.parameters.afleiden import beschrijf_invoer
from passend_toewijzen.parameters.formules import (
    FORMULES,
    naar_boven_op_centen,
    naar_boven_op_veelvoud,
    op_vier_decimalen,
)

DEKKING = b"""schema_versie = 1
data_versie = "test-1"
dekking_van = 2020-01-01
dekking_tot = 2021-12-31
toelichting = "testdata"
"""

KOP = """[bestand]
omschrijving = "test"

[bronnen.off]
titel = "Officiele regeling"
uitgever = "Staatscourant"
url = "https://zoek.officielebekendmakingen.nl/stcrt-0000-1.html"
soort = "officieel"
datum = 2019-12-01

[bronnen.pub]
titel = "Publicatie met een ander bedrag"
uitgever = "wetten.overheid.nl"
url = "https://wetten.overheid.nl/x"
soort = "officieel"

[bronnen.sec]
titel = "Secundaire pagina"
uitgever = "Aedes"
url = "https://aedes.nl/x"
soort = "secundair"

[parameters.bedrag]
omschrijving = "bedrag"
eenheid = "euro per maand"
grondslag = "art. 1"
herziening = "bij wetswijziging"

[[parameters.bedrag.waarden]]
geldig_vanaf = 2020-01-01
waarde = 100.00
bron = "off"
status = "definitief"
bevestigd_door = ["pub"]

[[parameters.bedrag.waarden]]
geldig_vanaf = 2021-01-01
waarde = 200.00
bron = "sec"
status = "secundair"

[parameters.factor]
omschrijving = "factor"
eenheid = "factor"
grondslag = "art. 2"
herziening = "bij wetswijziging"

[[parameters.factor.waarden]]
geldig_vanaf = 2020-01-01
waarde = 1.0123
bron = "off"
status = "definitief"

[parameters.regime]
omschrijving = "regime"
eenheid = "regime"
grondslag = "art. 3"
herziening = "bij wetswijziging"
toegestane_waarden = ["ja"]

[[parameters.regime.waarden]]
geldig_vanaf = 2020-01-01
waarde = "ja"
bron = "off"
status = "definitief"
"""


def afgeleid(
    waarde: str = "101.23",
    invoer: str = (
        '{ bedrag = { parameter = "bedrag", op = 2020-01-01 }, factor = { parameter = "factor" } }'
    ),
    formule: str = '"indexeren_op_centen"',
    extra: str = "",
    status: str = "afgeleid",
    bron: str = "off",
) -> str:
    """Parameter ``a`` met één afgeleide waarde per 2021-01-01 (en een gewone per 2020)."""
    return (
        '[parameters.a]\nomschrijving = "a"\neenheid = "euro per maand"\ngrondslag = "art. 4"\n'
        'herziening = "bij wetswijziging"\n\n'
        '[[parameters.a.waarden]]\ngeldig_vanaf = 2020-01-01\nwaarde = 1.00\nbron = "off"\n'
        'status = "definitief"\n\n'
        f"[[parameters.a.waarden]]\ngeldig_vanaf = 2021-01-01\nwaarde = {waarde}\n"
        f'status = "{status}"\nbron = "{bron}"\n'
        + (f"formule = {formule}\n" if formule else "")
        + (f"invoer = {invoer}\n" if invoer else "")
        + extra
    )


def laad(*delen: str) -> Register:
    return laad_register({"dekking.toml": DEKKING, "p.toml": (KOP + "".join(delen)).encode()})


def fout_bij(*delen: str) -> str:
    with pytest.raises(ParameterdataOngeldig) as info:
        laad(*delen)
    return str(info.value)


def test_een_afgeleide_waarde_wordt_nagerekend_en_draagt_haar_berekening() -> None:
    reg = laad(afgeleid())
    rw = reg.definities["a"].reeks[1]
    assert rw.status is Status.AFGELEID
    assert rw.waarde == Decimal("101.23")
    assert rw.afleiding is not None
    assert rw.afleiding.formule == "indexeren_op_centen"
    assert [(i.naam, i.parameter, i.op) for i in rw.afleiding.invoer] == [
        ("bedrag", "bedrag", date(2020, 1, 1)),
        ("factor", "factor", None),
    ]
    assert rw.afleiding.berekening == (
        "€ 100 × 1,0123 naar boven afgerond op hele eurocenten = € 101,23"
    )
    assert beschrijf_invoer(rw.afleiding, rw.geldig_vanaf, reg.definities) == [
        "bedrag = bedrag op 2020-01-01: € 100 (definitief)",
        "factor = factor op 2021-01-01: 1,0123 (definitief)",
    ]


def test_een_afwijkende_uitkomst_weigert_de_data() -> None:
    melding = fout_bij(afgeleid("101.24"))
    assert (
        "p.toml: parameters.a.waarden[1].waarde: de formule 'indexeren_op_centen' (Wet op de "
        "huurtoeslag art. 27 lid 1 en lid 6, eerste volzin; Besluit huurprijzen woonruimte "
        "art. 12 lid 2) geeft € 101,23, niet € 101,24 (€ 100 × 1,0123 naar boven afgerond op "
        "hele eurocenten = € 101,23)"
    ) in melding


@pytest.mark.parametrize(
    ("invoer", "melding"),
    [
        (
            '{ bedrag = { parameter = "bedrag", op = 2021-06-01 }, factor = { parameter = '
            '"factor" } }',
            "invoer.bedrag: de invoer op 2021-06-01 ligt na de ingangsdatum 2021-01-01 van de "
            "afgeleide waarde",
        ),
        (
            '{ bedrag = { parameter = "onbekend" }, factor = { parameter = "factor" } }',
            "invoer.bedrag: onbekende parameter 'onbekend'",
        ),
        (
            '{ bedrag = { parameter = "bedrag", op = 2019-06-01 }, factor = { parameter = '
            '"factor" } }',
            "invoer.bedrag: 'bedrag' heeft op 2019-06-01 geen waarde",
        ),
        (
            '{ bedrag = { parameter = "bedrag" }, factor = { parameter = "factor" } }',
            "invoer.bedrag: 'bedrag' op 2021-01-01 heeft status 'secundair'; een afgeleide "
            "waarde rekent alleen met definitieve of afgeleide invoer",
        ),
        (
            '{ bedrag = { parameter = "regime" }, factor = { parameter = "factor" } }',
            "invoer.bedrag: 'regime' is geen getal",
        ),
    ],
    ids=["na-de-ingang", "onbekende-parameter", "geen-waarde", "secundair", "geen-getal"],
)
def test_onbruikbare_invoer_weigert_de_data(invoer: str, melding: str) -> None:
    assert melding in fout_bij(afgeleid(invoer=invoer))


def test_een_formule_die_faalt_weigert_de_data() -> None:
    """Twee reeksen die verschillende factoren geven: de factor is niet eenduidig."""
    invoer = (
        '{ teller = { parameter = "factor" }, noemer = { parameter = "factor" }, '
        'controle_teller = { parameter = "bedrag", op = 2020-01-01 }, controle_noemer = '
        '{ parameter = "factor" } }'
    )
    melding = fout_bij(afgeleid("1.00", invoer=invoer, formule='"factor_uit_twee_reeksen"'))
    assert (
        "parameters.a.waarden[1]: de formule 'factor_uit_twee_reeksen' faalt: de twee reeksen "
        "geven verschillende factoren (1 en 98,7849): de factor is niet eenduidig af te leiden"
    ) in melding


def test_een_afwijkend_bedrag_moet_echt_afwijken() -> None:
    gelijk = 'afwijking = { waarde = 101.23, bron = "pub", toelichting = "t" }\n'
    assert (
        "parameters.a.waarden[1].afwijking: het bedrag van 'pub' is gelijk aan de afgeleide "
        "waarde; zet die bron bij bevestigd_door"
    ) in fout_bij(afgeleid(extra=gelijk))
    anders = (
        'afwijking = { waarde = 101.32, bron = "pub", vindplaats = "art. 9", '
        'toelichting = "verschrijving" }\n'
    )
    rw = laad(afgeleid(extra=anders)).definities["a"].reeks[1]
    assert rw.afleiding is not None
    assert rw.afleiding.afwijking is not None
    assert rw.afleiding.afwijking.waarde == Decimal("101.32")
    assert rw.afleiding.afwijking.bron.sleutel == "pub"
    assert rw.afleiding.afwijking.vindplaats == "art. 9"
    assert rw.afleiding.afwijking.toelichting == "verschrijving"


@pytest.mark.parametrize(
    ("deel", "melding"),
    [
        (
            afgeleid(status="definitief"),
            "parameters.a.waarden[1]: formule, invoer en afwijking horen alleen bij status "
            "'afgeleid'",
        ),
        (
            afgeleid(formule="", invoer=""),
            "parameters.a.waarden[1].formule: een afgeleide waarde noemt haar formule",
        ),
        (
            afgeleid(formule='"raden"'),
            "parameters.a.waarden[1].formule: onbekende formule 'raden' (bekend: "
            + ", ".join(FORMULES)
            + ")",
        ),
        (
            afgeleid(invoer='{ bedrag = { parameter = "bedrag" } }'),
            "parameters.a.waarden[1].invoer: de formule 'indexeren_op_centen' vraagt precies "
            "bedrag, factor; opgegeven: bedrag",
        ),
        (
            afgeleid(invoer=""),
            "parameters.a.waarden[1].invoer: de formule 'indexeren_op_centen' vraagt precies "
            "bedrag, factor; opgegeven: niets",
        ),
        (
            afgeleid(extra='afwijking = { waarde = 1.00, bron = "weg", toelichting = "t" }\n'),
            "parameters.a.waarden[1].afwijking.bron: onbekende bron 'weg'",
        ),
        (
            afgeleid(extra='afwijking = { waarde = 1.001, bron = "pub", toelichting = "t" }\n'),
            "parameters.a.waarden[1].afwijking.waarde: ",
        ),
        (
            afgeleid(extra='afwijking = { waarde = "veel", bron = "pub", toelichting = "t" }\n'),
            "parameters.a.waarden[1].afwijking.waarde: ",
        ),
        (
            afgeleid(bron="sec"),
            "parameters.a.waarden[1].status: 'afgeleid' vraagt een officiële bron; 'sec' is "
            "secundair",
        ),
    ],
    ids=[
        "formule-bij-definitief",
        "zonder-formule",
        "onbekende-formule",
        "te-weinig-invoer",
        "geen-invoer",
        "afwijking-onbekende-bron",
        "afwijking-te-veel-decimalen",
        "afwijking-geen-getal",
        "secundaire-bron",
    ],
)
def test_een_onvolledige_afleiding_weigert_de_data(deel: str, melding: str) -> None:
    assert melding in fout_bij(deel)


def test_afgeleide_waarden_in_een_kring_weigeren_de_data() -> None:
    """Twee afgeleide waarden die elkaars invoer zijn (hier beide 0 = 4 × 0) zijn geen afleiding."""

    def kring(naam: str, ander: str) -> str:
        return (
            f'[parameters.{naam}]\nomschrijving = "{naam}"\neenheid = "euro per maand"\n'
            'grondslag = "art. 5"\nherziening = "bij wetswijziging"\n\n'
            f"[[parameters.{naam}.waarden]]\ngeldig_vanaf = 2020-01-01\nwaarde = 0\n"
            'status = "afgeleid"\nbron = "off"\nformule = "subsidiabele_servicekosten"\n'
            f'invoer = {{ maximum_per_post = {{ parameter = "{ander}" }} }}\n\n'
        )

    melding = fout_bij(kring("x", "y"), kring("y", "x"))
    assert (
        "afgeleide waarden hangen in een kring van elkaar af: x@2020-01-01 -> y@2020-01-01 -> "
        "x@2020-01-01"
    ) in melding


def test_een_afgeleide_waarde_mag_op_een_afgeleide_waarde_rusten() -> None:
    """Zonder kring: b = 4 × a (a zelf afgeleid) laadt gewoon."""
    b = (
        '[parameters.b]\nomschrijving = "b"\neenheid = "euro per maand"\ngrondslag = "art. 6"\n'
        'herziening = "bij wetswijziging"\n\n'
        "[[parameters.b.waarden]]\ngeldig_vanaf = 2021-01-01\nwaarde = 404.92\n"
        'status = "afgeleid"\nbron = "off"\nformule = "subsidiabele_servicekosten"\n'
        'invoer = { maximum_per_post = { parameter = "a" } }\n\n'
    )
    rw = laad(afgeleid(), b).definities["b"].reeks[0]
    assert rw.afleiding is not None
    assert rw.afleiding.berekening == "4 × € 101,23 = € 404,92"


def test_de_afrondingen_van_de_wet() -> None:
    """Wht art. 27 lid 6: naar boven op hele eurocenten, de ouderengrens naar boven op € 25;
    indexatiefactoren op vier decimalen (half naar boven)."""
    assert naar_boven_op_centen(Decimal("101.2301")) == Decimal("101.24")
    assert naar_boven_op_centen(Decimal("101.23")) == Decimal("101.23")
    assert naar_boven_op_veelvoud(Decimal("27765.60"), Decimal(25)) == Decimal(27775)
    assert naar_boven_op_veelvoud(Decimal("27775"), Decimal(25)) == Decimal(27775)
    assert naar_boven_op_veelvoud(Decimal("27775.01"), Decimal(25)) == Decimal(27800)
    assert op_vier_decimalen(Decimal("1.02315")) == Decimal("1.0232")
    assert op_vier_decimalen(Decimal("1.023149")) == Decimal("1.0231")


def test_elke_afgeleide_waarde_in_de_data_heeft_een_officiele_bron_en_haar_berekening() -> None:
    afgeleid_ = [
        (naam, rw)
        for naam, d in register().definities.items()
        for rw in d.reeks
        if rw.status is Status.AFGELEID
    ]
    assert len(afgeleid_) >= 15
    for naam, rw in afgeleid_:
        assert rw.afleiding is not None, naam
        assert rw.afleiding.berekening, naam
        assert rw.bron is not None
        assert rw.bron.soort.value == "officieel", naam
