"""Huishoudinkomen: welk inkomen telt voor de DAEB-toets en voor passend toewijzen.

Grondslag:

* Woningwet art. 1 "huishoudinkomen": de gezamenlijke verzamelinkomens van de bewoners, met
  uitzondering van kinderen in de zin van art. 4 Awir (van elke leeftijd);
* BTIV 2015 art. 56 en RTIV 2015 art. 22 met bijlage 1 (vóór 1 juli 2015: Tijdelijke regeling
  DAEB art. 4bis en bijlage 2): inkomensbewijs (IBRI of (voorlopige) aanslag) van ieder van die
  personen over een van de twee kalenderjaren vóór het jaar van de huuringang, geïndexeerd met
  I1 (t-1) of I2 (t-2);
* vanaf 2022 voor wie algemene bijstand ontvangt: het bewijs van toekenning van die bijstand
  (BTIV art. 56 lid 5 onder b), niet geïndexeerd; vóór 2022 telt zo'n bewijs niet;
* vrijstellingen van de inkomenstoets (zie :mod:`passend_toewijzen.regels.groepen`): uitsluitend
  vergunninghouders uit een COA-opvang, uitsluitend (en ten hoogste twee) personen met
  studiefinanciering (vanaf 2022 ook WTOS), of uitsluitend buitenlandse studenten in het hoger
  onderwijs (Tijdelijke regeling art. 4bis lid 2; BTIV art. 56 lid 3-4);
* het actuele inkomen in plaats van het inkomen uit t-1/t-2: als de Belastingdienst geen gegevens
  heeft, of als het actuele inkomen aan de andere kant van de grens ligt (voor de DAEB-toets en tot
  2022 voor passend toewijzen alleen naar beneden; voor passend toewijzen vanaf 2022 beide kanten,
  BTIV art. 56 lid 7). Dat kiest :func:`kies_inkomen` per toets, met de grens van die toets.

Bedragen worden exact vermenigvuldigd en opgeteld (eigen ``decimal``-context, los van die van de
aanroeper); er wordt niet afgerond.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Context, Decimal
from functools import partial
from typing import NamedTuple

from passend_toewijzen.fouten import OnvoldoendeGegevens
from passend_toewijzen.modellen import (
    ActueelInkomenReden,
    Huishouden,
    Inkomensbewijs,
    Inkomensbewijssoort,
    Persoon,
    Rol,
)
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.groepen import Vrijstelling, bepaal_vrijstelling
from passend_toewijzen.regels.huishoudtype import personen
from passend_toewijzen.uitleg import Regel, Uitlegregel, maak_uitlegregel

__all__ = [
    "Huishoudinkomen",
    "Inkomensmethode",
    "Vrijstelling",
    "bepaal_huishoudinkomen",
    "bepaal_vrijstelling",
    "kies_inkomen",
]

REKENEN = Context(prec=60)
"""Eigen rekencontext: ruim genoeg voor exacte producten van bedragen en factoren."""

REGEL_VRIJSTELLING = Regel(
    "INK-01",
    "Tijdelijke regeling DAEB art. 4bis lid 2; BTIV 2015 art. 56 lid 3 (2015) / lid 3-4 (2022); "
    "RTIV 2015 art. 22 lid 3",
    "Vrijstelling van de inkomenstoets",
)
REGEL_VASTGESTELD = Regel("INK-02", "Woningwet art. 1 (huishoudinkomen)", "Vastgesteld inkomen")
REGEL_BEWIJS = Regel(
    "INK-03",
    "BTIV 2015 art. 56 lid 4-5 en lid 9-10; RTIV 2015 bijlage 1; "
    "Tijdelijke regeling DAEB bijlage 2",
    "Inkomensbewijs t-1 of t-2, geïndexeerd",
)
REGEL_GEEN_GEGEVENS = Regel(
    "INK-04",
    "BTIV 2015 art. 56 lid 5 (2015) / lid 6 (2022); RTIV 2015 art. 22 lid 5",
    "Actueel inkomen: Belastingdienst heeft geen gegevens",
)
REGEL_KINDEREN = Regel(
    "INK-05",
    "Woningwet art. 1 (huishoudinkomen) jo. Awir art. 4",
    "Inkomen van kinderen telt niet mee",
)
REGEL_TOTAAL = Regel("INK-06", "Woningwet art. 1 (huishoudinkomen)", "Huishoudinkomen")
REGEL_ACTUEEL = Regel(
    "INK-07",
    "RTIV 2015 bijlage 1; BTIV 2015 art. 56 lid 6 (2015) / lid 7 (2022)",
    "Actueel inkomen in plaats van t-1/t-2",
)
REGEL_BIJSTAND = Regel(
    "INK-08",
    "BTIV 2015 art. 56 lid 5 onder b (vanaf 2022)",
    "Bewijs van toekenning van algemene bijstand",
)


class Inkomensmethode(enum.StrEnum):
    """Hoe het huishoudinkomen is vastgesteld."""

    VASTGESTELD = "vastgesteld"
    INKOMENSBEWIJZEN = "inkomensbewijzen"
    VRIJGESTELD = "vrijgesteld"


class Huishoudinkomen(NamedTuple):
    """Het huishoudinkomen voor het jaar van de huuringang, met uitleg.

    ``bedrag`` is het inkomen uit de belastinggegevens (geïndexeerd) of het opgegeven vastgestelde
    inkomen; ``actueel`` is het actuele inkomen als elke bewoner (niet-kind) dat heeft opgegeven;
    bij een vrijstelling zijn beide ``None``.
    """

    methode: Inkomensmethode
    bedrag: Decimal | None
    actueel: Decimal | None
    per_persoon: tuple[Decimal | None, ...]
    vrijstelling: Vrijstelling | None
    uitleg: tuple[Uitlegregel, ...]


_maak_huishoudinkomen: Callable[
    [
        tuple[
            Inkomensmethode,
            Decimal | None,
            Decimal | None,
            tuple[Decimal | None, ...],
            Vrijstelling | None,
            tuple[Uitlegregel, ...],
        ]
    ],
    Huishoudinkomen,
] = partial(tuple.__new__, Huishoudinkomen)
_VASTGESTELD = Inkomensmethode.VASTGESTELD
_ZIN_VASTGESTELD = (
    "Het huishoudinkomen is opgegeven als al vastgesteld voor het jaar van de huuringang: {}."
)


def bepaal_huishoudinkomen(
    huishouden: Huishouden, huuringangsdatum: date, parameters: Parameterset
) -> Huishoudinkomen:
    """Stel het huishoudinkomen vast voor het jaar van de huuringangsdatum.

    Geeft :class:`~passend_toewijzen.fouten.OnvoldoendeGegevens` als een bewijs ontbreekt of te
    oud is, en :class:`~passend_toewijzen.fouten.ParameterNietVanKracht` als een benodigde
    indexatiefactor niet bekend is. Er wordt nooit een inkomen geschat.
    """
    geen_per_persoon: tuple[Decimal | None, ...] = (None,) * huishouden.aantal_personen
    vrijstelling = bepaal_vrijstelling(huishouden, parameters)
    if vrijstelling is not None:
        zin = {
            Vrijstelling.VERGUNNINGHOUDERS: "Alle bewoners zijn vergunninghouders die vanuit een "
            "COA-opvang worden gehuisvest: geen inkomenstoets; zij tellen als huishouden met een "
            "laag inkomen.",
            Vrijstelling.STUDENTEN: "Het huishouden bestaat uitsluitend uit {} met "
            "studiefinanciering of een tegemoetkoming WTOS: geen inkomenstoets; zij tellen als "
            "huishouden met een laag inkomen.",
            Vrijstelling.BUITENLANDSE_STUDENTEN: "Het huishouden bestaat uitsluitend uit {} van "
            "buiten Nederland, ingeschreven in het hoger onderwijs: geen inkomenstoets; zij tellen "
            "als huishouden met een laag inkomen.",
        }[vrijstelling]
        regel = Uitlegregel(
            REGEL_VRIJSTELLING, vrijstelling.value, zin, (personen(huishouden.aantal_personen),)
        )
        return Huishoudinkomen(
            Inkomensmethode.VRIJGESTELD, None, None, geen_per_persoon, vrijstelling, (regel,)
        )
    vastgesteld = huishouden.vastgesteld_inkomen
    if vastgesteld is not None:
        regel = maak_uitlegregel(
            (REGEL_VASTGESTELD, "vastgesteld", _ZIN_VASTGESTELD, (vastgesteld,), None)
        )
        return _maak_huishoudinkomen(
            (_VASTGESTELD, vastgesteld, None, geen_per_persoon, None, (regel,))
        )
    return _uit_bewijzen(huishouden, huuringangsdatum, parameters)


def _uit_bewijzen(
    huishouden: Huishouden, huuringangsdatum: date, parameters: Parameterset
) -> Huishoudinkomen:
    regime = parameters.regime("inkomensindexatie")
    if regime != "factoren_t1_t2":
        raise OnvoldoendeGegevens(
            REGEL_BEWIJS.id,
            f"voor {huuringangsdatum.year} schrijft de regeling geen inkomensbewijzen of "
            "indexatie voor; geef het vastgestelde huishoudinkomen op (vastgesteld_inkomen)",
        )
    jaar = huuringangsdatum.year
    jaren_terug = parameters.aantal("inkomensbewijs_jaren_terug")
    uitleg: list[Uitlegregel] = []
    per_persoon: list[Decimal | None] = []
    actueel: list[Decimal | None] = []
    kinderen = 0
    for index, persoon in enumerate(huishouden.personen):
        if persoon.rol is Rol.KIND:
            kinderen += 1
            per_persoon.append(None)
            continue
        bedrag, regel = _inkomen_persoon(persoon, index, jaar, jaren_terug, parameters)
        per_persoon.append(bedrag)
        uitleg.append(regel)
        actueel.append(_actueel_inkomen(persoon))
    if kinderen:
        uitleg.append(
            Uitlegregel(
                REGEL_KINDEREN,
                "uitgesloten",
                "Het inkomen van {} van de aanvrager of partner telt niet mee.",
                ("1 kind" if kinderen == 1 else f"{kinderen} kinderen",),
            )
        )
    totaal = _som(b for b in per_persoon if b is not None)
    uitleg.append(Uitlegregel(REGEL_TOTAAL, "bepaald", "Het huishoudinkomen is {}.", (totaal,)))
    actueel_totaal = (
        None if any(a is None for a in actueel) else _som(a for a in actueel if a is not None)
    )
    return Huishoudinkomen(
        Inkomensmethode.INKOMENSBEWIJZEN,
        totaal,
        actueel_totaal,
        tuple(per_persoon),
        None,
        tuple(uitleg),
    )


def _inkomen_persoon(
    persoon: Persoon, index: int, jaar: int, jaren_terug: int, parameters: Parameterset
) -> tuple[Decimal, Uitlegregel]:
    bijstand = _bijstand(persoon, index, jaar, parameters)
    if bijstand is not None:
        return bijstand
    toegestaan = range(jaar - jaren_terug, jaar)
    geldig = sorted(
        (b for b in persoon.inkomensbewijzen if b.belastingjaar in toegestaan),
        key=lambda b: -(b.belastingjaar or 0),
    )
    if geldig:
        bewijs = geldig[0]
        assert bewijs.belastingjaar is not None  # noqa: S101 - gegarandeerd door het filter
        afstand = jaar - bewijs.belastingjaar
        factor = parameters[f"indexatiefactor_t{afstand}"]
        geindexeerd = REKENEN.multiply(bewijs.bedrag, factor.bedrag)
        regel = Uitlegregel(
            REGEL_BEWIJS,
            f"t-{afstand}",
            "Verzamelinkomen {} van de {} ({}, {}) maal indexatiefactor I{} ({}) = {}.",
            (
                bewijs.belastingjaar,
                persoon.rol.value,
                _naam_bewijs(bewijs),
                bewijs.bedrag,
                afstand,
                factor,
                geindexeerd,
            ),
            factor,
        )
        return geindexeerd, regel
    geen_gegevens = next(
        (
            b
            for b in persoon.inkomensbewijzen
            if b.reden is ActueelInkomenReden.GEEN_GEGEVENS_BELASTINGDIENST
        ),
        None,
    )
    if geen_gegevens is not None:
        regel = Uitlegregel(
            REGEL_GEEN_GEGEVENS,
            "actueel",
            "De Belastingdienst heeft geen inkomensgegevens van de {}; "
            "het actuele inkomen telt: {}.",
            (persoon.rol.value, geen_gegevens.bedrag),
        )
        return geen_gegevens.bedrag, regel
    andere_jaren = sorted(
        b.belastingjaar for b in persoon.inkomensbewijzen if b.belastingjaar is not None
    )
    eerste, laatste = toegestaan[0], toegestaan[-1]
    if andere_jaren:
        melding = (
            f"inkomensbewijs van personen[{index}] ({persoon.rol.value}) is over "
            f"{', '.join(str(j) for j in andere_jaren)}; voor een huuringang in {jaar} is alleen "
            f"{laatste} of {eerste} toegestaan"
        )
    else:
        melding = (
            f"inkomensbewijs van personen[{index}] ({persoon.rol.value}) over {laatste} of "
            f"{eerste} ontbreekt"
        )
    raise OnvoldoendeGegevens(REGEL_BEWIJS.id, melding)


def _bijstand(
    persoon: Persoon, index: int, jaar: int, parameters: Parameterset
) -> tuple[Decimal, Uitlegregel] | None:
    """Het inkomen uit een bewijs van toekenning van algemene bijstand, als dat het bewijs is.

    Vanaf 2022 is dat bewijs het inkomensbewijs van wie algemene bijstand ontvangt (BTIV art. 56
    lid 5 onder b), ook als er daarnaast een inkomensverklaring is. Vóór 2022 telt het niet: met
    alleen zo'n bewijs ontbreekt dan het inkomensbewijs.
    """
    bewijs = next(
        (b for b in persoon.inkomensbewijzen if b.soort is Inkomensbewijssoort.BIJSTAND), None
    )
    if bewijs is None:
        return None
    if not parameters.geldt("inkomensbewijs_bijstand"):
        anders = any(b.soort is not Inkomensbewijssoort.BIJSTAND for b in persoon.inkomensbewijzen)
        if anders:
            return None
        vanaf = parameters.definities["inkomensbewijs_bijstand"].reeks[0].geldig_vanaf
        raise OnvoldoendeGegevens(
            REGEL_BIJSTAND.id,
            f"personen[{index}] ({persoon.rol.value}) heeft alleen een bewijs van toekenning van "
            f"algemene bijstand; dat is pas vanaf {vanaf.year} een inkomensbewijs (BTIV art. 56 "
            f"lid 5 onder b); geef voor een huuringang in {jaar} de inkomensverklaring of aanslag "
            "over t-1 of t-2",
        )
    regime = parameters["inkomensbewijs_bijstand"]
    regel = Uitlegregel(
        REGEL_BIJSTAND,
        "bijstand",
        "De {} ontvangt algemene bijstand: het inkomen blijkt uit het bewijs van toekenning "
        "({}): {} per jaar, zonder indexatie.",
        (persoon.rol.value, bewijs.datum, bewijs.bedrag),
        regime,
    )
    return bewijs.bedrag, regel


def _actueel_inkomen(persoon: Persoon) -> Decimal | None:
    for bewijs in persoon.inkomensbewijzen:
        if bewijs.soort is Inkomensbewijssoort.ACTUEEL_INKOMEN:
            return bewijs.bedrag
    return None


def kies_inkomen(
    inkomen: Huishoudinkomen, grens: Parameterwaarde, regime: Parameterwaarde | None
) -> tuple[Decimal, Uitlegregel | None]:
    """Het inkomen dat een toets met ``grens`` gebruikt, met een uitlegregel als het actuele is.

    ``regime`` is ``actueel_inkomen_daeb`` of ``actueel_inkomen_passend`` (``None`` als de route
    op die datum niet bestaat). Onder ``alleen_lager`` telt het actuele inkomen alleen als het
    inkomen uit de belastinggegevens boven de grens ligt en het actuele niet; onder
    ``beide_richtingen`` ook andersom.
    """
    if inkomen.bedrag is None:
        msg = "kies_inkomen vraagt een vastgesteld inkomen (geen vrijstelling)"
        raise ValueError(msg)
    grensbedrag = grens.bedrag
    if inkomen.actueel is None or regime is None:
        return inkomen.bedrag, None
    boven = inkomen.bedrag > grensbedrag
    actueel_boven = inkomen.actueel > grensbedrag
    if boven == actueel_boven or (regime.waarde == "alleen_lager" and not boven):
        return inkomen.bedrag, None
    regel = Uitlegregel(
        REGEL_ACTUEEL,
        "actueel",
        "Het inkomen uit t-1/t-2 ({}) ligt {} de grens, het actuele inkomen ({}) {}: het "
        "actuele inkomen telt.",
        (
            inkomen.bedrag,
            "boven" if boven else "op of onder",
            inkomen.actueel,
            "niet" if boven else "wel erboven",
        ),
        regime,
    )
    return inkomen.actueel, regel


def _som(bedragen: Iterable[Decimal]) -> Decimal:
    totaal = Decimal(0)
    for bedrag in bedragen:
        totaal = REKENEN.add(totaal, bedrag)
    return totaal


def _naam_bewijs(bewijs: Inkomensbewijs) -> str:
    return {
        Inkomensbewijssoort.IBRI: "inkomensverklaring",
        Inkomensbewijssoort.AANSLAG: "aanslag",
        Inkomensbewijssoort.VOORLOPIGE_AANSLAG: "voorlopige aanslag",
        Inkomensbewijssoort.ACTUEEL_INKOMEN: "actueel inkomen",
        Inkomensbewijssoort.BIJSTAND: "bewijs van toekenning van algemene bijstand",
    }[bewijs.soort]
