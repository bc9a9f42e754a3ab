"""Studenten en vergunninghouders: wie geen inkomenstoets heeft, en wie altijd tot de groep hoort.

De wet onderscheidt twee dingen die in de praktijk vaak door elkaar lopen:

1. **Vrijstelling van de inkomenstoets** (welke gegevens het huishouden moet geven):

   * uitsluitend vergunninghouders die meetellen voor de gemeentelijke taakstelling
     (Tijdelijke regeling DAEB art. 4bis lid 2 onder a; BTIV 2015 art. 56 lid 3, vanaf 2015 met een
     inkomstenverklaring van het COA, art. 56 lid 4/5 onder a);
   * uitsluitend, en ten hoogste twee, personen met studiefinanciering, vanaf 2022 ook met een
     tegemoetkoming WTOS (Tijdelijke regeling art. 4bis lid 2 onder b; BTIV art. 56 lid 3 onder b,
     vanaf 2022 lid 4 onder a; het maximum staat in de data);
   * uitsluitend van buiten Nederland afkomstige personen die zijn ingeschreven bij een instelling
     voor hoger onderwijs, zonder maximum aantal (Tijdelijke regeling art. 4bis lid 2 onder c;
     BTIV art. 56 lid 3 onder c, vanaf 2022 lid 4 onder b).

   Het inkomen van zo'n huishouden wordt niet vastgesteld; het geldt als laag (BTIV bijlage 5:
   "wordt er vanuit gegaan dat het inkomen niet uitgaat boven de inkomensgrenzen van de
   huurtoeslag").

2. **De passende groep van art. 54 lid 2** (wie ongeacht het inkomen passend moet worden
   toegewezen; via art. 57 onder a ook DAEB-doelgroep):

   * onder a: personen die als een- of tweepersoonshuishouden een woongelegenheid betrekken en
     voltijds ingeschreven zijn bij een universiteit, hogeschool of mbo-instelling, of zich voltijds
     voorbereiden op een promotie, en vanaf 2022 ook wie recht heeft op een tegemoetkoming WTOS.
     Studiefinanciering is hier geen voorwaarde;
   * onder b: vreemdelingen die na een asielaanvraag een verblijfsvergunning hebben ontvangen. De
     tekst eist niet dat het huishouden *uitsluitend* uit zulke personen bestaat (anders dan art. 56
     lid 3) en noemt COA noch taakstelling. De bibliotheek rekent daarom elk huishouden met ten
     minste één zo'n bewoner tot deze groep.

Wie onder 1 valt maar niet onder 2 (bijvoorbeeld drie buitenlandse studenten), hoort via het
geachte lage inkomen toch tot de passende groep.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from passend_toewijzen.modellen import Huishouden
from passend_toewijzen.parameters.waarden import Parameterset

__all__ = [
    "Categorie",
    "Groepsregels",
    "Vrijstelling",
    "bepaal_categorie",
    "bepaal_vrijstelling",
    "groepsregels",
]


class Vrijstelling(enum.StrEnum):
    """Huishoudens die geen inkomensbewijzen hoeven te geven."""

    VERGUNNINGHOUDERS = "vergunninghouders"
    STUDENTEN = "studenten"
    BUITENLANDSE_STUDENTEN = "buitenlandse_studenten"


class Categorie(enum.StrEnum):
    """De groepen van BTIV 2015 art. 54 lid 2 (ongeacht het inkomen in de passende groep)."""

    STUDENTEN = "studenten"
    """Art. 54 lid 2 onder a: een- of tweepersoonshuishouden van voltijds studerenden."""
    VERGUNNINGHOUDERS = "vergunninghouders"
    """Art. 54 lid 2 onder b: met een verblijfsvergunning na een asielaanvraag."""


def _wtos_telt(parameters: Parameterset) -> bool:
    return parameters.geldt("studenten_wtos") and parameters.regime("studenten_wtos") == "ja"


def bepaal_vrijstelling(huishouden: Huishouden, parameters: Parameterset) -> Vrijstelling | None:
    """De vrijstelling van de inkomenstoets die op dit huishouden van toepassing is, of ``None``.

    Vóór de regels van 2013 (categorieën ``geen``) bestaat geen vrijstelling.
    """
    if huishouden.alleen_vergunninghouders:
        kandidaat = Vrijstelling.VERGUNNINGHOUDERS
    elif huishouden.alleen_buitenlandse_studenten:
        kandidaat = Vrijstelling.BUITENLANDSE_STUDENTEN
    else:
        if not huishouden.alleen_studenten and not (
            huishouden.alleen_studenten_of_wtos and _wtos_telt(parameters)
        ):
            return None
        if not parameters.geldt("vrijstelling_studenten_max_personen"):
            return None
        if huishouden.aantal_personen > parameters.aantal("vrijstelling_studenten_max_personen"):
            return None
        kandidaat = Vrijstelling.STUDENTEN
    if parameters.regime("daeb_bijzondere_categorieen") == "geen":
        return None
    return kandidaat


class Groepsregels(NamedTuple):
    """Wat op een peildatum over de groepen van art. 54 lid 2 geldt (één keer opgezocht)."""

    categorieen: str
    """De waarde van ``daeb_bijzondere_categorieen`` (groepen bij ``zorg_en_art54_lid2``)."""
    wtos: bool
    """Of een tegemoetkoming WTOS meetelt (vanaf 2022)."""
    max_personen: int | None
    """Het grootste aantal personen van een studentenhuishouden (art. 54 lid 2 onder a: twee)."""


def groepsregels(parameters: Parameterset) -> Groepsregels | None:
    """De groepsregels op de peildatum, of ``None`` als de categorieën daar onbekend zijn."""
    if "daeb_bijzondere_categorieen" not in parameters:
        return None
    naam = "vrijstelling_studenten_max_personen"
    return Groepsregels(
        parameters.regime("daeb_bijzondere_categorieen"),
        _wtos_telt(parameters),
        parameters.aantal(naam) if parameters.geldt(naam) else None,
    )


def bepaal_categorie(huishouden: Huishouden, regels: Groepsregels | None) -> Categorie | None:
    """De groep van art. 54 lid 2 waartoe het huishouden hoort, of ``None``.

    Geldt vanaf de inwerkingtreding van het BTIV op 1 juli 2015 (parameter
    ``daeb_bijzondere_categorieen`` met waarde ``zorg_en_art54_lid2``).
    """
    if regels is None or regels.categorieen != "zorg_en_art54_lid2":
        return None
    if huishouden.met_asielvergunning:
        return Categorie.VERGUNNINGHOUDERS
    if regels.max_personen is None or huishouden.aantal_personen > regels.max_personen:
        return None
    if huishouden.alleen_voltijds_studenten or (
        regels.wtos and huishouden.alleen_voltijds_studenten_of_wtos
    ):
        return Categorie.STUDENTEN
    return None
