"""Tellen: per scenario het aantal woningen en het mutatieaanbod per huurklasse en per doelgroep.

Een :class:`Cijfers` telt woningen (elke woning één keer) en het **mutatieaanbod**: dezelfde
woningen gewogen met hun mutatiekans (het verwachte aantal keren per jaar dat zij vrijkomen; zonder
opgegeven kans telt een woning met kans 1). Twee tellingen zijn op te tellen
(:meth:`Cijfers.voeg_toe`), zodat deeltellingen (per gemeente, per stuk van een groot bestand)
samen het totaal geven.

Aandelen (:func:`aandeel`) zijn exact: een breuk (``aandeel_exact``, zoals ``"14/25"``), het
aandeel naar beneden afgerond op zes decimalen (zoals in de jaarverantwoording: een getoond aandeel
is nooit gunstiger dan het echte) en een percentage op één decimaal, ook naar beneden afgerond
(voor de tekst).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from passend_toewijzen._rekenen import REKENCONTEXT, deel_naar_beneden
from passend_toewijzen.bereikbaarheid.aanbod import Huidigehuur, Woninguitkomst
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.tabellen.model import Cel

__all__ = ["Cijfers", "Teller", "aandeel", "percentage"]


def _breuk(waarde: int | Decimal) -> Fraction:
    return Fraction(waarde)


def percentage(deel: Fraction) -> str:
    """Een aandeel als percentage op één decimaal, naar beneden afgerond: ``"56.2"``."""
    return str(deel_naar_beneden(deel.numerator * 100, deel.denominator, 1))


def aandeel(teller: int | Decimal, noemer: int | Decimal) -> dict[str, str | None]:
    """Het aandeel ``teller / noemer``: exact, naar beneden op zes decimalen, en als percentage.

    Met noemer 0 is er geen aandeel (``None``).
    """
    if noemer == 0:
        return {"aandeel": None, "aandeel_exact": None, "percentage": None}
    deel = _breuk(teller) / _breuk(noemer)
    return {
        "aandeel": str(deel_naar_beneden(deel.numerator, deel.denominator, 6)),
        "aandeel_exact": f"{deel.numerator}/{deel.denominator}",
        "percentage": percentage(deel),
    }


def gewicht_tekst(gewicht: Decimal) -> str:
    """Een gewicht (som van mutatiekansen) als exacte tekst zonder exponent."""
    return format(gewicht, "f")


@dataclass
class Teller:
    """Een aantal woningen en hun mutatieaanbod (de som van de mutatiekansen)."""

    aantal: int = 0
    gewicht: Decimal = Decimal(0)

    def tel(self, kans: Decimal) -> None:
        """Tel één woning met haar mutatiekans."""
        self.aantal += 1
        self.gewicht = REKENCONTEXT.add(self.gewicht, kans)

    def voeg_toe(self, ander: Teller) -> None:
        """Tel een andere teller hierbij op."""
        self.aantal += ander.aantal
        self.gewicht = REKENCONTEXT.add(self.gewicht, ander.gewicht)

    def als_dict(self, totaal: Teller) -> dict[str, Any]:
        """Het aantal en het aandeel in ``totaal``, voor woningen en mutatieaanbod."""
        return {
            "aantal": self.aantal,
            **aandeel(self.aantal, totaal.aantal),
            "mutatieaanbod": {
                "gewicht": gewicht_tekst(self.gewicht),
                **aandeel(self.gewicht, totaal.gewicht),
            },
        }


@dataclass
class Cijfers:
    """De telling van één groep woningen (alles, een gemeente of een kern) onder één scenario."""

    huurklassen: tuple[Huurklasse, ...]
    doelgroepen: int
    groepen: tuple[str, ...] = ()
    totaal: Teller = field(default_factory=Teller)
    afgetopt: Teller = field(default_factory=Teller)
    per_klasse: dict[Huurklasse, Teller] = field(default_factory=dict)
    bereikbaar: list[Teller] = field(default_factory=list)
    cellen: list[dict[Cel, Teller]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.per_klasse = {k: Teller() for k in self.huurklassen}
        self.bereikbaar = [Teller() for _ in range(self.doelgroepen)]
        self.cellen = [{c: Teller() for c in Cel} for _ in self.groepen]

    def leeg(self) -> Cijfers:
        """Een lege telling met dezelfde indeling."""
        return Cijfers(self.huurklassen, self.doelgroepen, self.groepen)

    def tel(self, uitkomst: Woninguitkomst | Huidigehuur) -> None:
        """Tel één woning (onder een scenario, of met haar huidige huur)."""
        kans = uitkomst.woning.mutatiekans
        self.totaal.tel(kans)
        if uitkomst.afgetopt:
            self.afgetopt.tel(kans)
        self.per_klasse[uitkomst.huurklasse].tel(kans)
        for teller, ja in zip(self.bereikbaar, uitkomst.bereikbaar, strict=True):
            if ja:
                teller.tel(kans)
        for per_cel, cel in zip(self.cellen, uitkomst.cellen, strict=True):
            per_cel[cel].tel(kans)

    def voeg_toe(self, ander: Cijfers) -> None:
        """Tel een andere telling met dezelfde indeling hierbij op."""
        self.totaal.voeg_toe(ander.totaal)
        self.afgetopt.voeg_toe(ander.afgetopt)
        for klasse, teller in ander.per_klasse.items():
            self.per_klasse[klasse].voeg_toe(teller)
        for mijn, zijn in zip(self.bereikbaar, ander.bereikbaar, strict=True):
            mijn.voeg_toe(zijn)
        for mijn_cellen, zijn_cellen in zip(self.cellen, ander.cellen, strict=True):
            for cel, teller in zijn_cellen.items():
                mijn_cellen[cel].voeg_toe(teller)
