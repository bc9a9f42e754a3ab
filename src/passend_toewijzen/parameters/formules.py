"""Formules waarmee de wet een bedrag of factor uit andere, gepubliceerde waarden afleidt.

Een waarde met status ``afgeleid`` noemt in de data een formule uit :data:`FORMULES` en haar
invoer (andere parameters op een datum). Het laden rekent elke afgeleide waarde opnieuw uit en
weigert de data als de uitkomst afwijkt van de opgeschreven waarde (zie
:mod:`passend_toewijzen.parameters.afleiden`).

Elke afronding staat hier één keer, met het artikel dat haar voorschrijft. Er wordt gerekend in
een eigen ``decimal``-context (los van die van de aanroeper), exact tot de afronding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import NamedTuple

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.parameters.waarden import nl_bedrag, nl_getal

__all__ = [
    "FORMULES",
    "Formule",
    "naar_boven_op_centen",
    "naar_boven_op_veelvoud",
    "op_vier_decimalen",
]

_REKENEN = REKENCONTEXT
"""De vaste context van de bibliotheek (precisie 60): exacte producten en sommen van bedragen en
factoren, onafhankelijk van de context van de aanroeper."""
_CENT = Decimal("0.01")
_VIER_DECIMALEN = Decimal("0.0001")


def naar_boven_op_centen(bedrag: Decimal) -> Decimal:
    """Naar boven afgerond op hele eurocenten.

    Wet op de huurtoeslag art. 27 lid 6, eerste volzin ("worden naar boven afgerond op hele
    eurocenten") en Besluit huurprijzen woonruimte art. 12 lid 2 ("naar boven worden afgerond op
    hele eurocenten").
    """
    return bedrag.quantize(_CENT, rounding=ROUND_CEILING, context=_REKENEN)


def naar_boven_op_veelvoud(bedrag: Decimal, veelvoud: Decimal) -> Decimal:
    """Naar boven afgerond op een veelvoud van ``veelvoud`` (€ 25 in Wht art. 27 lid 6)."""
    aantal = _REKENEN.divide(bedrag, veelvoud).to_integral_value(
        rounding=ROUND_CEILING, context=_REKENEN
    )
    return _REKENEN.multiply(aantal, veelvoud)


def op_vier_decimalen(getal: Decimal) -> Decimal:
    """Op vier decimalen (half naar boven), zoals de minister de indexatiefactoren bekendmaakt."""
    return getal.quantize(_VIER_DECIMALEN, rounding=ROUND_HALF_UP, context=_REKENEN)


class Formule(NamedTuple):
    """Een formule van de wet: naam, grondslag, invoer en berekening."""

    naam: str
    omschrijving: str
    """De formule in woorden (Nederlands), voor de documentatie."""
    grondslag: str
    """Het artikel dat de formule en haar afronding voorschrijft."""
    invoer: tuple[str, ...]
    """De namen van de invoerwaarden, in de volgorde van de berekening."""
    bereken: Callable[[Mapping[str, Decimal]], Decimal]
    toon: Callable[[Mapping[str, Decimal], Decimal], str]
    """De berekening met de ingevulde waarden, zoals ``⌈(27.100,60 + 665) / 25⌉ × 25 = 27.775``."""


_VIJFENTWINTIG = Decimal(25)


def _som_op_25(w: Mapping[str, Decimal]) -> Decimal:
    return naar_boven_op_veelvoud(_REKENEN.add(w["norminkomen"], w["verhoging"]), _VIJFENTWINTIG)


def _toon_som_op_25(w: Mapping[str, Decimal], uitkomst: Decimal) -> str:
    return (
        f"({nl_bedrag(w['norminkomen'])} + {nl_bedrag(w['verhoging'])}) naar boven afgerond op "
        f"een veelvoud van € 25 = {nl_bedrag(uitkomst)}"
    )


def _indexeren(w: Mapping[str, Decimal]) -> Decimal:
    return naar_boven_op_centen(_REKENEN.multiply(w["bedrag"], w["factor"]))


def _toon_indexeren(w: Mapping[str, Decimal], uitkomst: Decimal) -> str:
    return (
        f"{nl_bedrag(w['bedrag'])} × {nl_getal(w['factor'])} naar boven afgerond op hele "
        f"eurocenten = {nl_bedrag(uitkomst)}"
    )


def _verhouding(w: Mapping[str, Decimal]) -> Decimal:
    factor = op_vier_decimalen(_REKENEN.divide(w["teller"], w["noemer"]))
    controle = op_vier_decimalen(_REKENEN.divide(w["controle_teller"], w["controle_noemer"]))
    if factor != controle:
        msg = (
            f"de twee reeksen geven verschillende factoren ({nl_getal(factor)} en "
            f"{nl_getal(controle)}): de factor is niet eenduidig af te leiden"
        )
        raise ValueError(msg)
    return factor


def _toon_verhouding(w: Mapping[str, Decimal], uitkomst: Decimal) -> str:
    return (
        f"{nl_getal(w['teller'], centen=True)} / {nl_getal(w['noemer'], centen=True)} op vier "
        f"decimalen = {nl_getal(uitkomst)} (controle: {nl_getal(w['controle_teller'], centen=True)}"
        f" / {nl_getal(w['controle_noemer'], centen=True)} geeft dezelfde factor)"
    )


def _twee_jaar(w: Mapping[str, Decimal]) -> Decimal:
    return op_vier_decimalen(_REKENEN.multiply(w["factor_t1"], w["factor_t1_vorig_jaar"]))


def _toon_twee_jaar(w: Mapping[str, Decimal], uitkomst: Decimal) -> str:
    return (
        f"{nl_getal(w['factor_t1'])} × {nl_getal(w['factor_t1_vorig_jaar'])} op vier decimalen "
        f"= {nl_getal(uitkomst)}"
    )


def _vier_posten(w: Mapping[str, Decimal]) -> Decimal:
    return _REKENEN.multiply(w["maximum_per_post"], Decimal(4))


def _toon_vier_posten(w: Mapping[str, Decimal], uitkomst: Decimal) -> str:
    return f"4 × {nl_bedrag(w['maximum_per_post'])} = {nl_bedrag(uitkomst)}"


FORMULES: Mapping[str, Formule] = MappingProxyType(
    {
        f.naam: f
        for f in (
            Formule(
                "ouderennorminkomen",
                "het norminkomen van een ouderenhuishouden (art. 14 lid 1 onder c of d) plus de "
                "verhoging van art. 14 lid 2, naar boven afgerond op een veelvoud van € 25",
                "Wet op de huurtoeslag art. 14 lid 1 onder c en d en lid 2; art. 27 lid 6 (tot en "
                "met 2025) of lid 5 (vanaf 2026), tweede volzin",
                ("norminkomen", "verhoging"),
                _som_op_25,
                _toon_som_op_25,
            ),
            Formule(
                "indexeren_op_centen",
                "het bedrag van 31 december maal de indexatiefactor van 1 januari, naar boven "
                "afgerond op hele eurocenten",
                "Wet op de huurtoeslag art. 27 lid 1 en lid 6, eerste volzin; Besluit "
                "huurprijzen woonruimte art. 12 lid 2",
                ("bedrag", "factor"),
                _indexeren,
                _toon_indexeren,
            ),
            Formule(
                "factor_uit_twee_reeksen",
                "de indexatiefactor van een jaar: de verhouding van twee bedragen die de wet met "
                "die factor wijzigt (nieuw gedeeld door oud), op vier decimalen; een tweede reeks "
                "die met dezelfde factor wordt gewijzigd moet op vier decimalen dezelfde factor "
                "geven",
                "de indexatiebepaling die beide reeksen met één factor of percentage wijzigt (zie "
                "de vindplaats); vier decimalen zoals de minister indexatiefactoren bekendmaakt "
                "(de wet noemt geen afronding)",
                ("teller", "noemer", "controle_teller", "controle_noemer"),
                _verhouding,
                _toon_verhouding,
            ),
            Formule(
                "indexatie_twee_jaar",
                "index I2 is de inkomensstijging over de twee jaren van t-2 tot t: I1 van dit jaar "
                "maal I1 van het vorige jaar, op vier decimalen",
                "BTIV 2015 art. 56 lid 9 (vanaf 2022: lid 10) en bijlage 4/5; Tijdelijke regeling "
                "DAEB bijlage 2 ('de gemiddelde inkomensstijging in 2013, resp. in 2013 en 2012'); "
                "vier decimalen zoals de minister de indexen bekendmaakt (de wet noemt geen "
                "afronding)",
                ("factor_t1", "factor_t1_vorig_jaar"),
                _twee_jaar,
                _toon_twee_jaar,
            ),
            Formule(
                "subsidiabele_servicekosten",
                "de som van de maxima van de vier soorten servicekosten van art. 5 lid 3 onder "
                "a tot en met d (elk hetzelfde maximum per maand)",
                "Wet op de huurtoeslag art. 5 lid 1 onder a en lid 3",
                ("maximum_per_post",),
                _vier_posten,
                _toon_vier_posten,
            ),
        )
    }
)
"""Alle formules die een afgeleide waarde kan noemen, op naam."""
