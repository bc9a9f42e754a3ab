"""Het verslag: de jaarverantwoording van één corporatie over één kalenderjaar.

De cijfers komen uit een :class:`~passend_toewijzen.verantwoording.telling.Telling`; de normen en
het regime zijn die van 31 december van het verslagjaar (uit de parameterdata, met bron). Alle
aandelen zijn exacte breuken; er wordt niet afgerond voordat met de norm wordt vergeleken.

Toewijzingen die niet te beoordelen waren (*onbepaald*) tellen in het ongunstigste geval: een norm
*voldoet* als zij ook zou halen als alle onbepaalde toewijzingen niet voldeden, en *voldoet niet*
als zij ook zou falen als ze allemaal voldeden; anders is de uitkomst niet vast te stellen
(``None``).

* **DAEB** (Woningwet art. 48 lid 1): 2011 tot en met 2014 één toets (90% ≤ grens); vanaf
  1 juli 2015 (voor heel 2015, BTIV art. 126 lid 2 onder c) tot en met 2021 twee cumulatieve
  toetsen (80% ≤ lagere grens en 90% ≤ hogere grens); vanaf 2022 één toets tegen 92,5%, of een
  lager percentage (niet lager dan 85%) in gemeenten met prestatieafspraken, gewogen naar het aantal
  toewijzingen per gemeente.
* **Passendheid** (Woningwet art. 46 lid 2; BTIV art. 54): vanaf 2016 ten minste 95% van de
  toewijzingen aan de passende groep passend; vanaf 2022 gerekend over twee opeenvolgende jaren
  (zie :class:`Tweejarig`).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from passend_toewijzen._rekenen import REKENCONTEXT, deel_naar_beneden, eigen_context
from passend_toewijzen._versie import __version__
from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import ParameterFout, PassendToewijzenFout
from passend_toewijzen.parameters.export import bron_als_dict, waarde_als_json
from passend_toewijzen.parameters.opvragen import parameters_op
from passend_toewijzen.parameters.waarden import (
    Parameterset,
    Parameterwaarde,
    formatteer_waarde,
)
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.passendheid import Passendheid as P  # noqa: N817
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst
from passend_toewijzen.uitkomst import beleidswaarde_als_dict
from passend_toewijzen.verantwoording.telling import Cel, Geval, Telling

__all__ = [
    "Gemeentecijfers",
    "Normtoets",
    "Passendcijfers",
    "Tweejarig",
    "Verslag",
    "beoordeel_norm",
    "geval_als_dict",
    "maak_verslag",
]

SCHEMA = "passend-toewijzen/verantwoording/1"

IN_REIKWIJDTE = (S.DOELGROEP, S.MIDDENINKOMENS, S.VRIJ)
"""De segmenten die in de DAEB-noemer tellen."""

SEGMENTSLEUTELS = ("doelgroep", "middeninkomens", "vrij", "nvt", "onbepaald")
"""De segmenten in het verslag, in vaste volgorde (``onbepaald``: niet te bepalen)."""

MATRIXBANDEN = ("tot_kwaliteitskortingsgrens", "tot_aftoppingsgrens", "boven_aftoppingsgrens")
"""De huurbanden van de dVi-matrix (de basishuur is niet geïmplementeerd; zie de documentatie)."""

DAEB_BUITEN = ("geen_daeb", "boven_huurgrens")
"""Waarom een toewijzing buiten de DAEB-toewijzingsnorm valt: de woongelegenheid hoort niet tot
het DAEB-bezit, of de kale huur ligt boven de maximale huurgrens (en zij is niet onzelfstandig)."""


class VerslagFout(PassendToewijzenFout, ValueError):
    """Het verslag is met deze gegevens niet te maken (bijvoorbeeld een verkeerd vorig verslag).

    ``optie`` noemt de instelling waarmee de gebruiker het oplost (``"corporatie"``,
    ``"vorig-jaar"``, ``"gemeenten-15"``, ``"jaar"``).
    """

    def __init__(self, melding: str, *, optie: str | None = None) -> None:
        self.melding = melding
        self.optie = optie
        super().__init__(melding)


def beoordeel_norm(teller: int, noemer: int, onbepaald: int, norm: Fraction) -> bool | None:
    """Of ``teller`` van ``noemer`` (plus ``onbepaald`` onbekende) de norm haalt, exact.

    Zonder toewijzingen in de noemer is de norm niet vast te stellen (``None``): een aandeel van
    nul toewijzingen bestaat niet, en een verslag over niets "voldoet" niet.
    """
    totaal = noemer + onbepaald
    if totaal == 0:
        return None
    if Fraction(teller, totaal) >= norm:
        return True
    if Fraction(teller + onbepaald, totaal) < norm:
        return False
    return None


def _aandeel_tekst(aandeel: Fraction | None, decimalen: int = 6) -> str | None:
    """Het aandeel naar beneden afgerond (een getoond aandeel is nooit gunstiger dan het echte)."""
    if aandeel is None:
        return None
    return str(deel_naar_beneden(aandeel.numerator, aandeel.denominator, decimalen))


def _parameter(pw: Parameterwaarde | None) -> dict[str, Any] | None:
    if pw is None:
        return None
    return {
        "naam": pw.naam,
        "waarde": waarde_als_json(pw.waarde),
        "geldig_vanaf": pw.geldig_vanaf.isoformat(),
        "status": pw.status.value,
        "bron": bron_als_dict(pw.bron),
    }


class Normtoets(NamedTuple):
    """Eén toets van een aandeel tegen een norm."""

    sleutel: str
    omschrijving: str
    grondslag: str
    teller: int
    noemer: int
    onbepaald: int
    norm: Fraction
    normparameter: Parameterwaarde | None

    @property
    def voldoet(self) -> bool | None:
        """Of het aandeel de norm haalt, ook in het ongunstigste geval (:func:`beoordeel_norm`)."""
        return beoordeel_norm(self.teller, self.noemer, self.onbepaald, self.norm)

    @property
    def aandeel(self) -> Fraction | None:
        """Het gerealiseerde aandeel (exact), over de bepaalde toewijzingen."""
        return Fraction(self.teller, self.noemer) if self.noemer else None

    @property
    def reden_onbepaald(self) -> str | None:
        """Waarom de uitkomst niet vast te stellen is (``None`` als zij vaststaat)."""
        if self.voldoet is not None:
            return None
        if self.noemer + self.onbepaald == 0:
            return "er zijn geen toewijzingen in de noemer"
        return (
            f"{self.onbepaald} toewijzing(en) zijn niet te beoordelen; met hen kan de norm "
            "gehaald of gemist worden"
        )

    @property
    def ruimte(self) -> tuple[int, Fraction | None, Fraction]:
        """De ruimte naast de norm: het aantal toewijzingen dat er niet aan bijdraagt, hun aandeel
        in de noemer, en het toegestane aandeel (1 - de norm)."""
        buiten = self.noemer - self.teller
        return buiten, Fraction(buiten, self.noemer) if self.noemer else None, 1 - self.norm

    def als_dict(self) -> dict[str, Any]:
        """De toets als JSON-geschikt woordenboek."""
        aandeel = self.aandeel
        buiten, gebruikt, toegestaan = self.ruimte
        return {
            "sleutel": self.sleutel,
            "omschrijving": self.omschrijving,
            "grondslag": self.grondslag,
            "teller": self.teller,
            "noemer": self.noemer,
            "onbepaald": self.onbepaald,
            "aandeel": _aandeel_tekst(aandeel),
            "aandeel_exact": None if aandeel is None else f"{self.teller}/{self.noemer}",
            "norm": _aandeel_tekst(self.norm, 10),
            "norm_exact": f"{self.norm.numerator}/{self.norm.denominator}",
            "normparameter": _parameter(self.normparameter),
            "ruimte": {
                "toewijzingen": buiten,
                "aandeel": _aandeel_tekst(gebruikt),
                "toegestaan": _aandeel_tekst(toegestaan, 10),
            },
            "voldoet": self.voldoet,
            "reden_onbepaald": self.reden_onbepaald,
        }


class Passendcijfers(NamedTuple):
    """De tellers van de passendheidsnorm over één jaar (ook om een vorig jaar op te geven).

    Uit een verslag van het vorige jaar (:func:`~passend_toewijzen.verantwoording.vorig.
    lees_vorig_verslag`) komen ook de corporatie, de versie van de parameterdata en het aantal
    afgewezen rijen van dat verslag mee; die worden bij het gebruik gecontroleerd.
    """

    jaar: int
    teller: int
    noemer: int
    onbepaald: int
    corporatie: str | None = None
    data_versie: str | None = None
    afgewezen: int = 0
    bron: str | None = None


class Tweejarig(NamedTuple):
    """De passendheidsnorm over twee opeenvolgende kalenderjaren (vanaf 2022)."""

    jaren: tuple[int, int]
    toets: Normtoets
    herkomst_vorig_jaar: str


class Gemeentecijfers(NamedTuple):
    """De cijfers van één gemeente (de normen worden per corporatie beoordeeld)."""

    gemeente: str
    toewijzingen: int
    daeb_noemer: int
    daeb_onbepaald: int
    segmenten: dict[str, int]
    daeb_norm: Fraction | None
    prestatieafspraken_15: bool
    passend_noemer: int
    passend_teller: int
    passend_onbepaald: int

    def als_dict(self) -> dict[str, Any]:
        """De gemeente als JSON-geschikt woordenboek."""
        doelgroep = self.segmenten.get("doelgroep", 0)
        return {
            "gemeente": self.gemeente,
            "toewijzingen": self.toewijzingen,
            "daeb": {
                "noemer": self.daeb_noemer,
                "onbepaald": self.daeb_onbepaald,
                "segmenten": self.segmenten,
                "aandeel_doelgroep": _aandeel_tekst(
                    Fraction(doelgroep, self.daeb_noemer) if self.daeb_noemer else None
                ),
                "norm": _aandeel_tekst(self.daeb_norm, 10),
                "prestatieafspraken_15": self.prestatieafspraken_15,
            },
            "passendheid": {
                "noemer": self.passend_noemer,
                "teller": self.passend_teller,
                "onbepaald": self.passend_onbepaald,
                "aandeel": _aandeel_tekst(
                    Fraction(self.passend_teller, self.passend_noemer)
                    if self.passend_noemer
                    else None
                ),
            },
        }


class Verslag(NamedTuple):
    """De jaarverantwoording van één corporatie over één jaar."""

    corporatie: str
    jaar: int
    invoer: dict[str, Any]
    daeb_regime: str
    daeb_segmenten: dict[str, int]
    daeb_bijzondere_categorieen: dict[str, int]
    daeb_naar_omvang: dict[str, int]
    daeb_noemer: int
    daeb_buiten_reikwijdte: int
    daeb_buiten_norm: dict[str, int]
    """Buiten de DAEB-norm, naar reden (zie :data:`DAEB_BUITEN`)."""
    daeb_onbepaald: int
    daeb_toetsen: tuple[Normtoets, ...]
    daeb_voldoet: bool | None
    gemeenten_15: tuple[str, ...]
    passend_van_toepassing: bool
    passend_toets: Normtoets | None
    passend_buiten_norm: dict[str, int]
    passend_meetperiode: int | None
    passend_tweejarig: Tweejarig | None
    passend_voldoet: bool | None
    matrix: tuple[dict[str, Any], ...]
    boven_huurgrens: int
    huurklassen: dict[str, dict[str, int]]
    gemeenten: tuple[Gemeentecijfers, ...]
    niet_passend: tuple[Geval, ...]
    niet_passend_totaal: int
    onbepaald: tuple[Geval, ...]
    onbepaald_totaal: int
    opmerkingen: tuple[str, ...]
    ontvangstbewijs: dict[str, Any]
    grenzen: dict[str, tuple[Parameterwaarde, ...]]
    """De grenzen van de dVi-matrix (zie :data:`MATRIXGRENZEN`) met de waarden die in het jaar
    golden (één, of twee als de grens in het jaar wijzigde)."""

    @property
    def voldoet(self) -> bool | None:
        """Of alle normen van het jaar zijn gehaald (``None``: niet vast te stellen)."""
        uitkomsten = [self.daeb_voldoet]
        if self.passend_van_toepassing:
            uitkomsten.append(self.passend_voldoet)
        if False in uitkomsten:
            return False
        if None in uitkomsten:
            return None
        return True

    @property
    def volledig(self) -> bool:
        """Of elke gelezen rij is geaccepteerd (lege rijen tellen niet als gebrek)."""
        return not self.invoer["afgewezen"]

    def normtoetsen(self) -> tuple[Normtoets, ...]:
        """Alle toetsen die de uitkomst bepalen, in de volgorde van het verslag."""
        toetsen = list(self.daeb_toetsen)
        if self.passend_toets is not None:
            toetsen.append(self.passend_toets)
        if self.passend_tweejarig is not None:
            toetsen.append(self.passend_tweejarig.toets)
        return tuple(toetsen)

    def samenvatting(self) -> tuple[str, ...]:
        """De kop van het verslag in zinnen: eerst de volledigheid, dan de uitkomst en waarom.

        Elk formaat (JSON, Markdown, HTML, Excel) toont precies deze zinnen.
        """
        invoer = self.invoer
        zinnen: list[str] = []
        if invoer["afgewezen"]:
            zinnen.append(
                f"Onvolledig: {_aantal(invoer['afgewezen'])} van de {_aantal(invoer['gelezen'])} "
                "gelezen rijen zijn afgewezen en tellen niet mee; de uitkomst geldt alleen voor de "
                "geaccepteerde rijen."
            )
        elif invoer["gelezen"] == invoer["leeg"]:
            zinnen.append("Leeg: de invoer bevat geen rijen met gegevens.")
        else:
            zinnen.append(
                f"Volledig: alle {_aantal(invoer['gelezen'] - invoer['leeg'])} rijen met gegevens "
                "zijn geaccepteerd."
            )
        uitkomst = {True: "voldoet", False: "voldoet niet", None: "niet vast te stellen"}
        reden = self.uitkomst_reden
        if not invoer["in_verantwoording"]:
            zinnen.append(f"Uitkomst: niet vast te stellen: {reden}.")
        elif reden is not None:
            zinnen.append(f"Uitkomst: {uitkomst[self.voldoet]} ({reden}).")
        else:
            zinnen.append(f"Uitkomst: {uitkomst[self.voldoet]}.")
        return tuple(zinnen)

    @property
    def uitkomst_reden(self) -> str | None:
        """Waarom de uitkomst niet vast te stellen is (``None`` als zij vaststaat)."""
        if not self.invoer["in_verantwoording"]:
            return (
                f"de invoer bevat geen toewijzingen van {self.corporatie} met huuringang in "
                f"{self.jaar}"
            )
        if self.voldoet is not None:
            return None
        redenen = sorted({t.reden_onbepaald for t in self.normtoetsen() if t.reden_onbepaald})
        return "; ".join(redenen) or None

    def als_dict(self, *, gevallen: bool = True) -> dict[str, Any]:
        """Het verslag als JSON-geschikt woordenboek, volgens het gedocumenteerde schema.

        ``gevallen=False`` laat de lijsten ``niet_passend`` en ``onbepaald`` leeg (hun totalen
        blijven); :func:`~passend_toewijzen.verantwoording.uitvoer.json.schrijf_json` zet ze er
        geval voor geval in, zonder alles tegelijk in het geheugen te hebben.
        """
        return {
            "schema": SCHEMA,
            "corporatie": self.corporatie,
            "jaar": self.jaar,
            "voldoet": self.voldoet,
            "volledig": self.volledig,
            "samenvatting": list(self.samenvatting()),
            "invoer": self.invoer,
            "daeb": {
                "regime": self.daeb_regime,
                "noemer": self.daeb_noemer,
                "onbepaald": self.daeb_onbepaald,
                "buiten_reikwijdte": self.daeb_buiten_reikwijdte,
                "buiten_norm": self.daeb_buiten_norm,
                "segmenten": self.daeb_segmenten,
                "doelgroep_via_categorie": self.daeb_bijzondere_categorieen,
                "doelgroep_naar_omvang": self.daeb_naar_omvang,
                "gemeenten_prestatieafspraken_15": list(self.gemeenten_15),
                "toetsen": [t.als_dict() for t in self.daeb_toetsen],
                "voldoet": self.daeb_voldoet,
            },
            "passendheid": self._passend_dict(),
            "matrix": list(self.matrix),
            "grenzen": {
                naam: [_parameter(pw) for pw in waarden] for naam, waarden in self.grenzen.items()
            },
            "boven_huurgrens": self.boven_huurgrens,
            "huurklassen": self.huurklassen,
            "gemeenten": [g.als_dict() for g in self.gemeenten],
            "niet_passend": [geval_als_dict(g) for g in self.niet_passend] if gevallen else [],
            "niet_passend_totaal": self.niet_passend_totaal,
            "onbepaald": [geval_als_dict(g) for g in self.onbepaald] if gevallen else [],
            "onbepaald_totaal": self.onbepaald_totaal,
            "opmerkingen": list(self.opmerkingen),
            "ontvangstbewijs": self.ontvangstbewijs,
        }

    def _passend_dict(self) -> dict[str, Any]:
        if not self.passend_van_toepassing or self.passend_toets is None:
            return {
                "van_toepassing": False,
                "reden": "passend toewijzen geldt vanaf 2016",
                "noemer": 0,
                "teller": 0,
                "aandeel": None,
                "norm": None,
                "voldoet": None,
            }
        toets = self.passend_toets.als_dict()
        tweejarig = self.passend_tweejarig
        return {
            "van_toepassing": True,
            "noemer": toets["noemer"],
            "teller": toets["teller"],
            "niet_passend": self.passend_toets.noemer - self.passend_toets.teller,
            "onbepaald": toets["onbepaald"],
            "aandeel": toets["aandeel"],
            "aandeel_exact": toets["aandeel_exact"],
            "norm": toets["norm"],
            "normparameter": toets["normparameter"],
            "buiten_norm": self.passend_buiten_norm,
            "meetperiode": self.passend_meetperiode,
            "eenjarig_voldoet": self.passend_toets.voldoet,
            "tweejarig": None
            if tweejarig is None
            else {
                "jaren": list(tweejarig.jaren),
                "herkomst_vorig_jaar": tweejarig.herkomst_vorig_jaar,
                **{
                    k: v
                    for k, v in tweejarig.toets.als_dict().items()
                    if k in ("teller", "noemer", "onbepaald", "aandeel", "aandeel_exact", "voldoet")
                },
            },
            "voldoet": self.passend_voldoet,
        }


def reden_van(uitkomst: Toetsuitkomst) -> str:
    """Waarom een toewijzing in het verslag wordt genoemd, in één zin (voor elk formaat).

    Een toewijzing die niet te beoordelen is, noemt de redenen daarvan (bijvoorbeeld een
    ontbrekende parameterwaarde); een niet-passende toewijzing de reden van het oordeel.
    """
    if uitkomst.status is Toetsstatus.ONBEPAALD:
        redenen = "; ".join(uitkomst.redenen_onbepaald) or "niet te beoordelen"
        if uitkomst.passendheid is P.NIE:
            redenen += f"; niet passend: {uitkomst.passendheid_reden}"
        return redenen
    return uitkomst.passendheid_reden


def geval_als_dict(geval: Geval) -> dict[str, Any]:
    """Eén genoemde toewijzing (niet passend of onbepaald) zoals in het JSON-verslag."""
    u = geval.uitkomst
    return {
        "bron": geval.bron,
        "rij": geval.rijnummer,
        "toewijzing_id": u.toewijzing_id,
        "huuringangsdatum": u.huuringangsdatum.isoformat(),
        "gemeente": u.gemeente,
        "huishoudtype": None if u.huishoudtype is None else u.huishoudtype.value,
        "aantal_personen": u.aantal_personen,
        "huishoudinkomen": None if u.huishoudinkomen is None else str(u.huishoudinkomen),
        "passende_inkomensgrens": None
        if u.passende_inkomensgrens is None
        else str(u.passende_inkomensgrens),
        "kale_huur": str(u.kale_huur),
        "aftoppingsgrens": None if u.aftoppingsgrens is None else str(u.aftoppingsgrens),
        "toewijzingssegment": None if u.toewijzingssegment is None else u.toewijzingssegment.value,
        "passendheid": None if u.passendheid is None else u.passendheid.value,
        "reden": reden_van(u),
        "uitleg": [f"[{r.regel_id}] {r.zin}" for r in u.uitleg],
    }


def _som(cellen: Iterable[tuple[Cel, int]]) -> int:
    return sum(n for _, n in cellen)


def _normparameter(ps: Parameterset, naam: str) -> tuple[Fraction, Parameterwaarde]:
    pw = ps[naam]
    waarde = pw.waarde
    assert isinstance(waarde, Decimal)  # noqa: S101 - een fractie in de data
    return Fraction(waarde), pw


@eigen_context
def maak_verslag(
    telling: Telling,
    jaar: int,
    *,
    corporatie: str | None = None,
    gemeenten_15: Collection[str] = (),
    vorig_jaar: Passendcijfers | None = None,
    beleid: Beleid | None = None,
    motor: str = "rij",
) -> Verslag:
    """Maak de verantwoording van ``corporatie`` over ``jaar`` uit de telling.

    ``motor`` (``rij`` of ``kolom``) noemt in het ontvangstbewijs de motor die de telling maakte.

    ``corporatie`` mag weg als de telling er maar één bevat. ``gemeenten_15`` zijn de gemeenten
    waar prestatieafspraken de vrije toewijzingsruimte op 15% zetten (vanaf 2022).
    ``vorig_jaar`` geeft de passendheidscijfers van het vorige jaar als die niet in de telling
    staan (voor de tweejarige meting vanaf 2022).
    """
    corporaties = sorted(
        {c.corporatie for c in telling.kubus} | {c for c, _ in telling.overgeslagen}
    )
    if corporatie is None:
        if len(corporaties) > 1:
            msg = f"de invoer bevat meerdere corporaties ({', '.join(corporaties)}); kies er één"
            raise VerslagFout(msg, optie="corporatie")
        corporatie = corporaties[0] if corporaties else "(geen toewijzingen)"
    peildatum = date(jaar, 12, 31)
    ps = parameters_op(peildatum)
    if beleid is not None:
        ps = beleid.pas_toe(ps)
    # Wat een lokaal beleid in dit jaar vervangt of aanvult, staat in gewone woorden vooraan.
    beleidswaarden = (
        beleid.beleidswaarden_in_periode(date(jaar, 1, 1), peildatum) if beleid is not None else ()
    )
    eigen = [(c, n) for c, n in telling.kubus.items() if c.corporatie == corporatie]
    dit_jaar = [(c, n) for c, n in eigen if c.jaar == jaar]
    opmerkingen: list[str] = [b.zin for b in beleidswaarden]
    opmerkingen += _opmerkingen_vooraf(
        telling, corporatie=corporatie, jaar=jaar, eigen=eigen, vorig_jaar=vorig_jaar, ps=ps
    )

    regime = ps.regime("daeb_regime")
    gemeenten_15_set = frozenset(gemeenten_15)
    if gemeenten_15_set and regime != "gedifferentieerd":
        msg = "prestatieafspraken over 15% vrije toewijzingsruimte bestaan pas vanaf 2022"
        raise VerslagFout(msg, optie="gemeenten-15")
    gemeenten_in_jaar = {c.gemeente for c, _ in dit_jaar}
    onbekend_15 = sorted(gemeenten_15_set - gemeenten_in_jaar)
    if onbekend_15:
        opmerkingen.append(
            "gemeenten met prestatieafspraken zonder toewijzingen in dit jaar (controleer de "
            f"schrijfwijze): {', '.join(_met_suggestie(g, gemeenten_in_jaar) for g in onbekend_15)}"
        )
    opmerkingen += _schrijfwijzen(dit_jaar)

    segmenten, categorieen, naar_omvang = _segmenten(dit_jaar)
    daeb_noemer = sum(segmenten[s.value] for s in IN_REIKWIJDTE)
    daeb_onbepaald = segmenten["onbepaald"]

    toetsen, gemeentenormen = _daeb_toetsen(regime, ps, segmenten, dit_jaar, gemeenten_15_set)
    daeb_uitkomsten = [t.voldoet for t in toetsen]
    daeb_voldoet = False if False in daeb_uitkomsten else None if None in daeb_uitkomsten else True

    van_toepassing = ps.geldt("passendheidsnorm")
    passend = _passendheid(
        ps, eigen, dit_jaar, jaar=jaar, vorig_jaar=vorig_jaar, opmerkingen=opmerkingen
    )
    passend_toets, tweejarig, meetperiode, passend_voldoet, buiten = passend
    matrix, boven_huurgrens = _matrix(dit_jaar, ps) if van_toepassing else ((), 0)
    huurklassen = _huurklassen(dit_jaar)
    daeb_buiten = Counter[str]()
    for cel, n in dit_jaar:
        if cel.daeb_buiten is not None:
            daeb_buiten[cel.daeb_buiten] += n

    gemeenten = tuple(
        _gemeente(g, dit_jaar, jaar, gemeentenormen.get(g), g in gemeenten_15_set)
        for g in sorted(gemeenten_in_jaar)
    )
    in_verantwoording = _som(dit_jaar)
    niet_passend = _gevallen(telling.niet_passend, corporatie, jaar)
    onbepaald = _gevallen(telling.onbepaald, corporatie, jaar)
    niet_passend_totaal = sum(n for c, n in dit_jaar if c.passendheid is P.NIE)
    onbepaald_totaal = sum(n for c, n in dit_jaar if c.segment is None or c.passendheid is None)
    invoer = _invoer(telling, in_verantwoording)
    ontvangstbewijs = {
        "bibliotheekversie": __version__,
        "data_versie": ps.data_versie,
        "data_hash": ps.data_hash,
        "peildatum_normen": peildatum.isoformat(),
        "beleid": None if beleid is None else beleid.kenmerk,
        "beleidswaarden": [beleidswaarde_als_dict(b) for b in beleidswaarden],
        "invoer_sha256": dict(sorted(telling.bronnen.items())),
        "motor": motor,
    }
    return Verslag(
        corporatie=corporatie,
        jaar=jaar,
        invoer=invoer,
        daeb_regime=regime,
        daeb_segmenten={k: segmenten[k] for k in SEGMENTSLEUTELS},
        daeb_bijzondere_categorieen={
            k: categorieen[k] for k in ("zorg", "vergunninghouders", "studenten")
        },
        daeb_naar_omvang={k: naar_omvang[k] for k in ("eenpersoons", "meerpersoons")},
        daeb_noemer=daeb_noemer,
        daeb_buiten_reikwijdte=segmenten[S.NVT.value],
        daeb_buiten_norm={k: daeb_buiten[k] for k in DAEB_BUITEN},
        daeb_onbepaald=daeb_onbepaald,
        daeb_toetsen=tuple(toetsen),
        daeb_voldoet=daeb_voldoet,
        gemeenten_15=tuple(sorted(gemeenten_15_set)),
        passend_van_toepassing=van_toepassing,
        passend_toets=passend_toets,
        passend_buiten_norm={
            k: buiten[k] for k in ("buiten_groep", "buiten_reikwijdte", "art_54a")
        },
        passend_meetperiode=meetperiode,
        passend_tweejarig=tweejarig,
        passend_voldoet=passend_voldoet if van_toepassing else None,
        matrix=matrix,
        boven_huurgrens=boven_huurgrens,
        huurklassen=huurklassen,
        gemeenten=gemeenten,
        niet_passend=niet_passend,
        niet_passend_totaal=niet_passend_totaal,
        onbepaald=onbepaald,
        onbepaald_totaal=onbepaald_totaal,
        opmerkingen=tuple(opmerkingen),
        ontvangstbewijs=ontvangstbewijs,
        grenzen=_grenzen(jaar, ps, beleid) if van_toepassing else {},
    )


def _gevallen(gevallen: list[Geval], corporatie: str, jaar: int) -> tuple[Geval, ...]:
    return tuple(
        g
        for g in sorted(gevallen, key=lambda g: g.sorteersleutel)
        if g.corporatie == corporatie and g.uitkomst.huuringangsdatum.year == jaar
    )


def _segmenten(
    dit_jaar: list[tuple[Cel, int]],
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    segmenten = Counter[str]()
    categorieen = Counter[str]()
    naar_omvang = Counter[str]()
    for cel, n in dit_jaar:
        segmenten["onbepaald" if cel.segment is None else cel.segment.value] += n
        if cel.bijzondere_categorie is not None:
            categorieen[cel.bijzondere_categorie] += n
        if cel.segment is S.DOELGROEP:
            naar_omvang["eenpersoons" if cel.personen == 1 else "meerpersoons"] += n
    return segmenten, categorieen, naar_omvang


def _huurklassen(dit_jaar: list[tuple[Cel, int]]) -> dict[str, dict[str, int]]:
    per_klasse = Counter[tuple[S, Huurklasse]]()
    for cel, n in dit_jaar:
        if cel.segment is not None and cel.segment is not S.NVT and cel.huurklasse is not None:
            per_klasse[(cel.segment, cel.huurklasse)] += n
    return {
        segment.value: {klasse.value: per_klasse[(segment, klasse)] for klasse in Huurklasse}
        for segment in IN_REIKWIJDTE
    }


def _invoer(telling: Telling, in_verantwoording: int) -> dict[str, Any]:
    return {
        "bestanden": [
            {"naam": b, "sha256": h, **_kenmerken(telling.bronkenmerken.get(b, {}))}
            for b, h in sorted(telling.bronnen.items())
        ],
        "gelezen": telling.gelezen,
        "geaccepteerd": telling.geaccepteerd,
        "afgewezen": telling.afgewezen,
        "leeg": telling.leeg,
        "in_verantwoording": in_verantwoording,
        "buiten_verantwoording": telling.geaccepteerd - in_verantwoording,
        "fouten_per_kolom": dict(sorted(telling.fouten_per_kolom.items())),
        "fouten": [
            {
                "bron": f.bron,
                "rij": f.rijnummer,
                "kolom": f.kolom,
                "toewijzing_id": f.toewijzing_id,
                "melding": f.melding,
            }
            for f in sorted(telling.fouten, key=lambda f: (f.bron, f.rijnummer, f.kolom or ""))
        ],
        "fouten_niet_getoond": sum(telling.fouten_per_kolom.values()) - len(telling.fouten),
    }


_KENMERKEN = (
    "formaat",
    "codering",
    "scheidingsteken",
    "blad",
    "kopregel",
    "titelrijen",
    "ongebruikte_kolommen",
)


def _kenmerken(kenmerken: dict[str, object]) -> dict[str, object]:
    """De kenmerken van een bestand in vaste volgorde (zonder naam en hash, die er al staan)."""
    return {k: kenmerken.get(k) for k in _KENMERKEN}


def _aantal(getal: int) -> str:
    return f"{getal:,}".replace(",", ".")


def _daeb_toetsen(
    regime: str,
    ps: Parameterset,
    segmenten: Counter[str],
    dit_jaar: list[tuple[Cel, int]],
    gemeenten_15_set: frozenset[str],
) -> tuple[list[Normtoets], dict[str, Fraction]]:
    """De DAEB-toetsen van het regime, en per gemeente de norm (vanaf 2022)."""
    in_reikwijdte = IN_REIKWIJDTE
    daeb_noemer = sum(segmenten[s.value] for s in in_reikwijdte)
    daeb_onbepaald = segmenten["onbepaald"]
    doelgroep = segmenten[S.DOELGROEP.value]
    midden = segmenten[S.MIDDENINKOMENS.value]
    gemeenten_in_jaar = {c.gemeente for c, _ in dit_jaar}
    gemeentenormen: dict[str, Fraction] = {}
    toetsen: list[Normtoets]
    grondslag_daeb = "Woningwet art. 48 lid 1"
    if regime == "enkele_grens":
        norm, pw = _normparameter(ps, "daeb_norm_doelgroep")
        toetsen = [
            Normtoets(
                "doelgroep",
                "toewijzingen aan de doelgroep (inkomen niet hoger dan de DAEB-inkomensgrens, of "
                "een bijzondere categorie)",
                "Tijdelijke regeling DAEB art. 4",
                doelgroep,
                daeb_noemer,
                daeb_onbepaald,
                norm,
                pw,
            )
        ]
    elif regime == "twee_grenzen":
        laag, pw_laag = _normparameter(ps, "daeb_norm_doelgroep")
        hoog, pw_hoog = _normparameter(ps, "daeb_norm_hoge_grens")
        toetsen = [
            Normtoets(
                "lagere_grens",
                "toewijzingen aan de doelgroep (inkomen niet hoger dan de lagere DAEB-grens, of "
                "een bijzondere categorie)",
                f"{grondslag_daeb}; BTIV 2015 art. 16 lid 1 onder a",
                doelgroep,
                daeb_noemer,
                daeb_onbepaald,
                laag,
                pw_laag,
            ),
            Normtoets(
                "hogere_grens",
                "toewijzingen aan de doelgroep en de middeninkomens (inkomen niet hoger dan de "
                "hogere DAEB-grens)",
                f"{grondslag_daeb}; BTIV 2015 art. 16 lid 1 onder b",
                doelgroep + midden,
                daeb_noemer,
                daeb_onbepaald,
                hoog,
                pw_hoog,
            ),
        ]
    else:
        landelijk, pw = _normparameter(ps, "daeb_norm_doelgroep")
        lokaal, pw_lokaal = _normparameter(ps, "daeb_norm_doelgroep_ondergrens_prestatieafspraken")
        gewogen = Fraction(0)
        gewicht = 0
        for gemeente in sorted(gemeenten_in_jaar):
            aantal = sum(
                n
                for c, n in dit_jaar
                if c.gemeente == gemeente and (c.segment is None or c.segment in in_reikwijdte)
            )
            gemeentenorm = lokaal if gemeente in gemeenten_15_set else landelijk
            gemeentenormen[gemeente] = gemeentenorm
            gewogen += gemeentenorm * aantal
            gewicht += aantal
        norm = gewogen / gewicht if gewicht else landelijk
        omschrijving = (
            "toewijzingen aan de doelgroep (inkomen niet hoger dan de DAEB-inkomensgrens voor "
            "één persoon of voor twee of meer personen, of een bijzondere categorie)"
        )
        if gemeenten_15_set:
            vrij = formatteer_waarde(
                REKENCONTEXT.subtract(Decimal(1), pw_lokaal.bedrag), pw_lokaal.eenheid
            )
            omschrijving += (
                "; norm gewogen naar het aantal toewijzingen per gemeente "
                f"({pw.als_tekst()}, of {pw_lokaal.als_tekst()} waar prestatieafspraken {vrij} "
                "vrije ruimte geven)"
            )
        toetsen = [
            Normtoets(
                "doelgroep",
                omschrijving,
                f"{grondslag_daeb}; BTIV 2015 art. 16",
                doelgroep,
                daeb_noemer,
                daeb_onbepaald,
                norm,
                pw,
            )
        ]
    return toetsen, gemeentenormen


def _passendheid(
    ps: Parameterset,
    eigen: list[tuple[Cel, int]],
    dit_jaar: list[tuple[Cel, int]],
    *,
    jaar: int,
    vorig_jaar: Passendcijfers | None,
    opmerkingen: list[str],
) -> tuple[Normtoets | None, Tweejarig | None, int | None, bool | None, Counter[str]]:
    """De passendheidsnorm over het jaar en, vanaf 2022, over twee jaar."""
    van_toepassing = ps.geldt("passendheidsnorm")
    passend_toets: Normtoets | None = None
    tweejarig: Tweejarig | None = None
    meetperiode: int | None = None
    passend_voldoet: bool | None = None
    buiten = Counter[str]()
    cijfers = _passendcijfers(eigen, jaar)
    if van_toepassing:
        norm_p, pw_p = _normparameter(ps, "passendheidsnorm")
        meetperiode = ps.aantal("passendheidsnorm_meetperiode")
        for cel, n in dit_jaar:
            if cel.passendheid is P.NVT:
                buiten[cel.nvt_reden or "buiten_reikwijdte"] += n
        passend_toets = Normtoets(
            "passend",
            "passende toewijzingen (kale huur ten hoogste de aftoppingsgrens) van de toewijzingen "
            "aan de passende groep",
            "Woningwet art. 46 lid 2; BTIV 2015 art. 54",
            cijfers.teller,
            cijfers.noemer,
            cijfers.onbepaald,
            norm_p,
            pw_p,
        )
        passend_voldoet = passend_toets.voldoet
        if meetperiode == 2:
            vorig, herkomst = _vorig_jaar(eigen, jaar, vorig_jaar)
            if vorig is None:
                opmerkingen.append(
                    f"vanaf 2022 geldt de passendheidsnorm over twee opeenvolgende jaren; de "
                    f"cijfers van {jaar - 1} ontbreken in de invoer (geef het verslag van "
                    f"{jaar - 1} op), dus is alleen het jaarcijfer getoetst"
                )
            else:
                samen = Passendcijfers(
                    jaar,
                    cijfers.teller + vorig.teller,
                    cijfers.noemer + vorig.noemer,
                    cijfers.onbepaald + vorig.onbepaald,
                )
                tweejarig = Tweejarig(
                    (jaar - 1, jaar),
                    passend_toets._replace(
                        sleutel="passend_tweejarig",
                        teller=samen.teller,
                        noemer=samen.noemer,
                        onbepaald=samen.onbepaald,
                    ),
                    herkomst,
                )
                passend_voldoet = tweejarig.toets.voldoet

    return passend_toets, tweejarig, meetperiode, passend_voldoet, buiten


def _passendcijfers(cellen: list[tuple[Cel, int]], jaar: int) -> Passendcijfers:
    teller = noemer = onbepaald = 0
    for cel, n in cellen:
        if cel.jaar != jaar:
            continue
        if cel.passendheid is P.PAS:
            teller += n
            noemer += n
        elif cel.passendheid is P.NIE:
            noemer += n
        elif cel.passendheid is None:
            onbepaald += n
    return Passendcijfers(jaar, teller, noemer, onbepaald)


def _vorig_jaar(
    eigen: list[tuple[Cel, int]], jaar: int, opgegeven: Passendcijfers | None
) -> tuple[Passendcijfers | None, str]:
    in_invoer = any(c.jaar == jaar - 1 for c, _ in eigen)
    if in_invoer and opgegeven is not None:
        msg = (
            f"de cijfers van {jaar - 1} staan twee keer in de invoer: als toewijzingen met "
            f"huuringang in {jaar - 1} én als verslag van het vorige jaar; geef er één"
        )
        raise VerslagFout(msg, optie="vorig-jaar")
    if in_invoer:
        return _passendcijfers(eigen, jaar - 1), "invoer"
    if opgegeven is not None:
        return opgegeven, "opgegeven verslag"
    return None, ""


def _opmerkingen_vooraf(
    telling: Telling,
    *,
    corporatie: str,
    jaar: int,
    eigen: list[tuple[Cel, int]],
    vorig_jaar: Passendcijfers | None,
    ps: Parameterset,
) -> list[str]:
    """De opmerkingen over de invoer als geheel (bestanden, vorig jaar, een leeg jaar)."""
    opmerkingen: list[str] = list(telling.waarschuwingen)
    if vorig_jaar is not None:
        opmerkingen += _controleer_vorig_jaar(vorig_jaar, corporatie, jaar, ps.data_versie)
    if not any(c.jaar == jaar for c, _ in eigen):
        jaren_in_invoer = sorted(
            {c.jaar for c, _ in eigen} | {j for c, j in telling.overgeslagen if c == corporatie}
        )
        opmerkingen.append(
            f"de invoer bevat geen toewijzingen van {corporatie} met huuringang in {jaar} "
            f"(wel in: {', '.join(map(str, jaren_in_invoer)) or 'geen jaar'})"
        )
    return opmerkingen


def _gelijke_naam(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _controleer_vorig_jaar(
    vorig: Passendcijfers, corporatie: str, jaar: int, data_versie: str
) -> list[str]:
    """Controleer de opgegeven cijfers van het vorige jaar; geef de opmerkingen erover."""
    waar = f"het verslag van het vorige jaar{f' ({vorig.bron})' if vorig.bron else ''}"
    if vorig.jaar != jaar - 1:
        msg = (
            f"{waar} gaat over {vorig.jaar}; voor de verantwoording van {jaar} is {jaar - 1} nodig"
        )
        raise VerslagFout(msg, optie="vorig-jaar")
    for naam in ("teller", "noemer", "onbepaald", "afgewezen"):
        waarde = getattr(vorig, naam)
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 0:
            msg = f"{waar}: {naam} moet een geheel getal van 0 of meer zijn"
            raise VerslagFout(msg, optie="vorig-jaar")
    if vorig.teller > vorig.noemer:
        msg = (
            f"{waar}: meer passende toewijzingen ({vorig.teller}) dan toewijzingen in de noemer "
            f"({vorig.noemer}); dat kan niet"
        )
        raise VerslagFout(msg, optie="vorig-jaar")
    if vorig.corporatie is not None and not _gelijke_naam(vorig.corporatie, corporatie):
        msg = (
            f"{waar} is van {vorig.corporatie!r}, deze verantwoording van {corporatie!r}; geef het "
            "verslag van dezelfde corporatie (of dezelfde naam voor de corporatie)"
        )
        raise VerslagFout(msg, optie="vorig-jaar")
    opmerkingen = []
    if vorig.data_versie is not None and vorig.data_versie != data_versie:
        opmerkingen.append(
            f"de cijfers van {vorig.jaar} komen uit een verslag dat met parameterdata "
            f"{vorig.data_versie} is gemaakt; deze verantwoording gebruikt {data_versie}. Maak het "
            f"verslag van {vorig.jaar} opnieuw als de bedragen van {vorig.jaar} sindsdien zijn "
            "gewijzigd (zie de changelog)"
        )
    if vorig.afgewezen:
        opmerkingen.append(
            f"het verslag van {vorig.jaar} was onvolledig: {vorig.afgewezen} rijen waren "
            "afgewezen en tellen ook in de tweejarige meting niet mee"
        )
    return opmerkingen


def _met_suggestie(gemeente: str, bekend: Collection[str]) -> str:
    gelijk = [g for g in bekend if _gelijke_naam(g, gemeente)]
    if not gelijk:
        gelijk = difflib.get_close_matches(gemeente, sorted(bekend), n=1, cutoff=0.85)
    return f"{gemeente} (bedoelt u {gelijk[0]}?)" if gelijk else gemeente


def _schrijfwijzen(cellen: list[tuple[Cel, int]]) -> list[str]:
    """Een opmerking per gemeente die in meer schrijfwijzen staat (``Gorinchem``, ``GORINCHEM``)."""
    per_sleutel: dict[str, Counter[str]] = {}
    for cel, n in cellen:
        per_sleutel.setdefault(" ".join(cel.gemeente.split()).casefold(), Counter())[
            cel.gemeente
        ] += n
    return [
        "de gemeente staat in meer schrijfwijzen in de invoer en telt daardoor als meer gemeenten: "
        + ", ".join(f"{naam} ({n})" for naam, n in sorted(vormen.items()))
        + "; maak de schrijfwijze gelijk"
        for _, vormen in sorted(per_sleutel.items())
        if len(vormen) > 1
    ]


MATRIXGRENZEN = (
    "kwaliteitskortingsgrens",
    "aftoppingsgrens_laag",
    "aftoppingsgrens_hoog",
    "daeb_huurgrens",
    "passend_inkomensgrens_eenpersoons",
    "passend_inkomensgrens_eenpersoons_aow",
    "passend_inkomensgrens_meerpersoons",
    "passend_inkomensgrens_meerpersoons_aow",
)
"""De grenzen waarmee de dVi-matrix is ingedeeld (ze staan met hun bedrag in het verslag)."""


def _grenzen(
    jaar: int, ps: Parameterset, beleid: Beleid | None
) -> dict[str, tuple[Parameterwaarde, ...]]:
    """Per grens van de matrix de waarden die in het jaar golden (op 1 januari en 31 december)."""
    begin = parameters_op(date(jaar, 1, 1))
    if beleid is not None:
        begin = beleid.pas_toe(begin)
    uit: dict[str, tuple[Parameterwaarde, ...]] = {}
    for naam in MATRIXGRENZEN:
        waarden: list[Parameterwaarde] = []
        for set_ in (begin, ps):
            try:
                pw = set_[naam]
            except ParameterFout:
                continue
            if all(w.waarde != pw.waarde for w in waarden):
                waarden.append(pw)
        if waarden:
            uit[naam] = tuple(waarden)
    return uit


_OMVANG = ("1 persoon", "2 personen", "3 of meer personen")


def _matrix(
    cellen: list[tuple[Cel, int]], ps: Parameterset
) -> tuple[tuple[dict[str, Any], ...], int]:
    """De dVi-matrix: huishoudomvang x AOW x inkomen (binnen/boven de grens) x huurband."""
    vanaf_hoog = ps.aantal("aftoppingsgrens_hoog_vanaf_personen")
    tellers: Counter[tuple[int, bool, bool, str]] = Counter()
    boven_huurgrens = 0
    for cel, n in cellen:
        if cel.huurklasse in (Huurklasse.MIDDENHUUR, Huurklasse.VRIJE_SECTOR):
            boven_huurgrens += n
            continue
        if cel.in_passende_groep is None or cel.aow is None or cel.huurklasse is None:
            continue
        omvang = min(cel.personen, 3) - 1
        band = _band(cel.huurklasse, cel.personen >= vanaf_hoog)
        tellers[(omvang, cel.aow, cel.in_passende_groep, band)] += n
    rijen = []
    for omvang, naam in enumerate(_OMVANG):
        for aow in (False, True):
            for binnen in (True, False):
                banden = {b: tellers[(omvang, aow, binnen, b)] for b in MATRIXBANDEN}
                soort = "eenpersoons" if omvang == 0 else "meerpersoons"
                rijen.append(
                    {
                        "huishouden": naam,
                        "aow": aow,
                        "inkomen": "binnen_grens" if binnen else "boven_grens",
                        "inkomensgrens": f"passend_inkomensgrens_{soort}{'_aow' if aow else ''}",
                        "aftoppingsgrens": "aftoppingsgrens_hoog"
                        if omvang + 1 >= vanaf_hoog
                        else "aftoppingsgrens_laag",
                        "banden": banden,
                        "totaal": sum(banden.values()),
                    }
                )
    return tuple(rijen), boven_huurgrens


def _band(klasse: Huurklasse, hoge_aftoppingsgrens: bool) -> str:
    if klasse is Huurklasse.GOEDKOOP:
        return "tot_kwaliteitskortingsgrens"
    if klasse is Huurklasse.BETAALBAAR_LAAG:
        return "tot_aftoppingsgrens"
    if klasse is Huurklasse.BETAALBAAR_HOOG and hoge_aftoppingsgrens:
        return "tot_aftoppingsgrens"
    return "boven_aftoppingsgrens"


def _gemeente(
    gemeente: str,
    cellen: list[tuple[Cel, int]],
    jaar: int,
    norm: Fraction | None,
    vijftien: bool,
) -> Gemeentecijfers:
    eigen = [(c, n) for c, n in cellen if c.gemeente == gemeente]
    segmenten, _, _ = _segmenten(eigen)
    passend = _passendcijfers(eigen, jaar)
    return Gemeentecijfers(
        gemeente=gemeente,
        toewijzingen=_som(eigen),
        daeb_noemer=sum(segmenten[s.value] for s in IN_REIKWIJDTE),
        daeb_onbepaald=segmenten["onbepaald"],
        segmenten={k: segmenten[k] for k in SEGMENTSLEUTELS},
        daeb_norm=norm,
        prestatieafspraken_15=vijftien,
        passend_noemer=passend.noemer,
        passend_teller=passend.teller,
        passend_onbepaald=passend.onbepaald,
    )
