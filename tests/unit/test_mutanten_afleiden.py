"""Afgeleide waarden en de formules van de wet, zoals de mutatietoetsing vroeg.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien wat van het narekenen nog niet vastlag:
dat elke fout in de invoer en in elke afgeleide waarde van een parameter wordt gemeld (niet alleen
de eerste), dat een kring één keer wordt gemeld, dat de afrondingen van de wet niet afhangen van
de ``decimal``-context van de aanroeper, en de exacte weergave van een berekende factor.
"""

from __future__ import annotations

from decimal import (
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Underflow,
    localcontext,
)

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters import Eenheid
from passend_toewijzen.parameters.formules import (
    FORMULES,
    naar_boven_op_centen,
    op_vier_decimalen,
)
from passend_toewijzen.parameters.waarden import formatteer_waarde
from tests.unit.test_parameters_afleiden import DEKKING, KOP, afgeleid, fout_bij

# ---------------------------------------------------------------------------------------------
# Elke fout wordt gemeld
# ---------------------------------------------------------------------------------------------


def _meldingen(*delen: str) -> tuple[str, ...]:
    from passend_toewijzen.parameters import laad_register

    with pytest.raises(ParameterdataOngeldig) as info:
        laad_register({"dekking.toml": DEKKING, "p.toml": (KOP + "".join(delen)).encode()})
    return info.value.meldingen


def test_elke_onbruikbare_invoer_van_een_afgeleide_waarde_wordt_gemeld() -> None:
    """Een invoer na de ingangsdatum of zonder bruikbare waarde houdt de controle van de volgende
    invoer niet op."""
    na_de_ingang = (
        '{ bedrag = { parameter = "bedrag", op = 2021-06-01 }, factor = { parameter = "weg" } }'
    )
    assert _meldingen(afgeleid(invoer=na_de_ingang)) == (
        "p.toml: parameters.a.waarden[1].invoer.bedrag: de invoer op 2021-06-01 ligt na de "
        "ingangsdatum 2021-01-01 van de afgeleide waarde",
        "p.toml: parameters.a.waarden[1].invoer.factor: onbekende parameter 'weg'",
    )
    onbekend = (
        '{ bedrag = { parameter = "weg" }, factor = { parameter = "factor", op = 2019-01-01 } }'
    )
    assert _meldingen(afgeleid(invoer=onbekend)) == (
        "p.toml: parameters.a.waarden[1].invoer.bedrag: onbekende parameter 'weg'",
        "p.toml: parameters.a.waarden[1].invoer.factor: 'factor' heeft op 2019-01-01 geen waarde",
    )


_GOEDE_INVOER = (
    '{ bedrag = { parameter = "bedrag", op = 2020-01-01 }, factor = { parameter = "factor" } }'
)
_VERKEERD_2021 = (
    "p.toml: parameters.a.waarden[1].waarde: de formule 'indexeren_op_centen' (Wet op de "
    "huurtoeslag art. 27 lid 1 en lid 6, eerste volzin; Besluit huurprijzen woonruimte art. 12 "
    "lid 2) geeft € 101,23, niet € 101,24 (€ 100 × 1,0123 naar boven afgerond op hele "
    "eurocenten = € 101,23)"
)


def _twee_afgeleide_waarden(eerste: str) -> str:
    """Parameter ``a`` met een afgeleide waarde per 2020-06-01 (``eerste``: de regels na
    ``geldig_vanaf``) en een verkeerd opgeschreven afgeleide waarde per 2021-01-01."""
    return (
        '[parameters.a]\nomschrijving = "a"\neenheid = "euro per maand"\ngrondslag = "art. 4"\n'
        'herziening = "bij wetswijziging"\n\n'
        f'[[parameters.a.waarden]]\ngeldig_vanaf = 2020-06-01\nstatus = "afgeleid"\nbron = "off"\n'
        f"{eerste}\n"
        "[[parameters.a.waarden]]\ngeldig_vanaf = 2021-01-01\nwaarde = 101.24\n"
        'status = "afgeleid"\nbron = "off"\nformule = "indexeren_op_centen"\n'
        f"invoer = {_GOEDE_INVOER}\n"
    )


@pytest.mark.parametrize(
    ("eerste", "melding"),
    [
        (
            'waarde = 101.23\nformule = "indexeren_op_centen"\n'
            'invoer = { bedrag = { parameter = "weg" }, factor = { parameter = "factor" } }\n',
            "p.toml: parameters.a.waarden[0].invoer.bedrag: onbekende parameter 'weg'",
        ),
        (
            'waarde = 1.00\nformule = "factor_uit_twee_reeksen"\n'
            'invoer = { teller = { parameter = "factor" }, noemer = { parameter = "factor" }, '
            'controle_teller = { parameter = "bedrag", op = 2020-01-01 }, controle_noemer = '
            '{ parameter = "factor" } }\n',
            "p.toml: parameters.a.waarden[0]: de formule 'factor_uit_twee_reeksen' faalt: de twee "
            "reeksen geven verschillende factoren (1 en 98,7849): de factor is niet eenduidig af "
            "te leiden",
        ),
        (
            f'waarde = 101.22\nformule = "indexeren_op_centen"\ninvoer = {_GOEDE_INVOER}\n',
            "p.toml: parameters.a.waarden[0].waarde: de formule 'indexeren_op_centen' (Wet op de "
            "huurtoeslag art. 27 lid 1 en lid 6, eerste volzin; Besluit huurprijzen woonruimte "
            "art. 12 lid 2) geeft € 101,23, niet € 101,22 (€ 100 × 1,0123 naar boven afgerond op "
            "hele eurocenten = € 101,23)",
        ),
        (
            f'waarde = 101.23\nformule = "indexeren_op_centen"\ninvoer = {_GOEDE_INVOER}\n'
            'afwijking = { waarde = 101.23, bron = "pub", toelichting = "t" }\n',
            "p.toml: parameters.a.waarden[0].afwijking: het bedrag van 'pub' is gelijk aan de "
            "afgeleide waarde; zet die bron bij bevestigd_door",
        ),
    ],
    ids=["onbruikbare-invoer", "formule-faalt", "verkeerde-uitkomst", "afwijking-gelijk"],
)
def test_een_fout_in_een_afgeleide_waarde_houdt_de_controle_van_de_volgende_niet_op(
    eerste: str, melding: str
) -> None:
    assert _meldingen(_twee_afgeleide_waarden(eerste)) == (melding, _VERKEERD_2021)


def test_een_kring_wordt_een_keer_gemeld() -> None:
    def kring(naam: str, ander: str) -> str:
        return (
            f'[parameters.{naam}]\nomschrijving = "{naam}"\neenheid = "euro per maand"\n'
            'grondslag = "art. 5"\nherziening = "bij wetswijziging"\n\n'
            f"[[parameters.{naam}.waarden]]\ngeldig_vanaf = 2020-01-01\nwaarde = 0\n"
            'status = "afgeleid"\nbron = "off"\nformule = "subsidiabele_servicekosten"\n'
            f'invoer = {{ maximum_per_post = {{ parameter = "{ander}" }} }}\n\n'
        )

    assert _meldingen(kring("x", "y"), kring("y", "x")) == (
        "afgeleide waarden hangen in een kring van elkaar af: x@2020-01-01 -> y@2020-01-01 -> "
        "x@2020-01-01",
    )
    assert "kring" not in fout_bij(afgeleid("101.24"))


# ---------------------------------------------------------------------------------------------
# De formules
# ---------------------------------------------------------------------------------------------


def test_de_afrondingen_hangen_niet_af_van_de_context_van_de_aanroeper() -> None:
    """Een aanroeper met een kleine precisie en elk signaal als fout krijgt dezelfde, exacte
    afrondingen (Wht art. 27 lid 6; indexatiefactoren op vier decimalen) en dezelfde notatie van
    een percentage."""
    vijandig = Context(prec=3, traps=[Inexact, Rounded, InvalidOperation, Overflow, Underflow])
    with localcontext(vijandig):
        assert naar_boven_op_centen(Decimal("101.2301")) == Decimal("101.24")
        assert op_vier_decimalen(Decimal("1.02315")) == Decimal("1.0232")
        assert formatteer_waarde(Decimal("0.9255"), Eenheid.FRACTIE) == "92,55%"


def test_een_factor_wordt_half_naar_boven_afgerond_niet_naar_even() -> None:
    assert op_vier_decimalen(Decimal("1.02325")) == Decimal("1.0233")
    assert op_vier_decimalen(Decimal("1.02335")) == Decimal("1.0234")
    assert op_vier_decimalen(Decimal("1.023249")) == Decimal("1.0232")


def test_de_berekening_van_een_factor_toont_elk_bedrag_in_centen() -> None:
    formule = FORMULES["factor_uit_twee_reeksen"]
    w = {
        "teller": Decimal("1234.5"),
        "noemer": Decimal("1200.1"),
        "controle_teller": Decimal("617.3"),
        "controle_noemer": Decimal("600.1"),
    }
    uitkomst = formule.bereken(w)
    assert uitkomst == Decimal("1.0287")
    assert formule.toon(w, uitkomst) == (
        "1.234,50 / 1.200,10 op vier decimalen = 1,0287 (controle: 617,30 / 600,10 geeft "
        "dezelfde factor)"
    )


# ---------------------------------------------------------------------------------------------
# Laden: onleesbare bestanden, onvolledige afleidingen, het afwijkende bedrag
# ---------------------------------------------------------------------------------------------


def _meldingen_van(inhoud: bytes) -> tuple[str, ...]:
    from passend_toewijzen.parameters import laad_register

    with pytest.raises(ParameterdataOngeldig) as info:
        laad_register({"dekking.toml": DEKKING, "p.toml": inhoud})
    assert info.value.bestand == "p.toml"
    return info.value.meldingen


def test_een_onleesbaar_parameterbestand_zegt_in_het_nederlands_wat_er_mis_is() -> None:
    assert _meldingen_van(b"x = \xff") == ("geen geldige UTF-8: ongeldige beginbyte (byte 4)",)
    assert _meldingen_van(b"x = ") == ("geen geldige TOML: ongeldige waarde (aan het eind)",)


@pytest.mark.parametrize(
    "extra",
    [
        'formule = "indexeren_op_centen"\n',
        f"invoer = {_GOEDE_INVOER}\n",
        'afwijking = { waarde = 1.50, bron = "pub", toelichting = "t" }\n',
    ],
    ids=["alleen-formule", "alleen-invoer", "alleen-afwijking"],
)
def test_elk_deel_van_een_afleiding_hoort_alleen_bij_status_afgeleid(extra: str) -> None:
    """Een definitieve waarde met een formule, een invoer of een afwijkend bedrag is een fout."""
    assert (
        "parameters.a.waarden[1]: formule, invoer en afwijking horen alleen bij status 'afgeleid'"
    ) in fout_bij(afgeleid("1.50", formule="", invoer="", status="definitief", extra=extra))


def test_de_melding_over_de_invoer_noemt_elke_opgegeven_invoer() -> None:
    assert (
        "parameters.a.waarden[1].invoer: de formule 'subsidiabele_servicekosten' vraagt precies "
        "maximum_per_post; opgegeven: bedrag, factor"
    ) in fout_bij(afgeleid(formule='"subsidiabele_servicekosten"'))


def test_een_afwijkend_bedrag_is_een_getal_ook_bij_een_parameter_in_personen() -> None:
    """Een afwijkend gepubliceerd bedrag is altijd een getal; een geheel aantal personen (dat de
    eenheid zelf wel toelaat) is geen bedrag."""
    deel = (
        '[parameters.p]\nomschrijving = "p"\neenheid = "personen"\ngrondslag = "art. 7"\n'
        'herziening = "bij wetswijziging"\n\n'
        "[[parameters.p.waarden]]\ngeldig_vanaf = 2021-01-01\nwaarde = 2\n"
        'status = "afgeleid"\nbron = "off"\nformule = "subsidiabele_servicekosten"\n'
        'invoer = { maximum_per_post = { parameter = "bedrag", op = 2020-01-01 } }\n'
        'afwijking = { waarde = 3, bron = "pub", toelichting = "t" }\n'
    )
    assert _meldingen(deel) == ("parameters.p.waarden[0].afwijking.waarde: verwacht een getal",)


def test_een_bron_die_alleen_een_afwijkend_bedrag_draagt_is_gebruikt() -> None:
    from passend_toewijzen.parameters import laad_register

    kop = KOP.replace('bevestigd_door = ["pub"]\n', "")
    afwijking = 'afwijking = { waarde = 101.32, bron = "pub", toelichting = "t" }\n'
    reg = laad_register(
        {"dekking.toml": DEKKING, "p.toml": (kop + afgeleid(extra=afwijking)).encode()}
    )
    rw = reg.definities["a"].reeks[1]
    assert rw.afleiding is not None
    assert rw.afleiding.afwijking is not None
    assert rw.afleiding.afwijking.bron.sleutel == "pub"
    with pytest.raises(ParameterdataOngeldig, match="bronnen zonder gebruik: pub"):
        laad_register({"dekking.toml": DEKKING, "p.toml": (kop + afgeleid()).encode()})


def test_de_export_van_een_afwijkend_bedrag_noemt_vindplaats_en_toelichting() -> None:
    from passend_toewijzen.parameters.export import afleiding_als_dict
    from tests.unit.test_parameters_afleiden import laad

    afwijking = (
        'afwijking = { waarde = 101.32, bron = "pub", vindplaats = "art. 9", '
        'toelichting = "verschrijving" }\n'
    )
    rw = laad(afgeleid(extra=afwijking)).definities["a"].reeks[1]
    assert rw.afleiding is not None
    document = afleiding_als_dict(rw.afleiding)
    assert document["afwijking"] is not None
    assert sorted(document["afwijking"]) == ["bron", "toelichting", "vindplaats", "waarde"]
    assert document["afwijking"]["vindplaats"] == "art. 9"
    assert document["afwijking"]["toelichting"] == "verschrijving"
    assert document["afwijking"]["waarde"] == "101.32"
