"""De toets van één toewijzing: toewijzingssegment, passendheid, uitleg en ontvangstbewijs.

:func:`toets_toewijzing` past alle regels toe met de parameters die gelden op de
*huuringangsdatum* (niet de toewijzingsdatum). Voor veel toewijzingen hergebruiken twee functies
de parameters per datum:

* :func:`toets_stroom` geeft per toewijzing, in de volgorde van de invoer, een
  :class:`~passend_toewijzen.uitkomst.Toetsuitkomst` of een
  :class:`~passend_toewijzen.uitkomst.Toetsfout`: één slechte toewijzing beëindigt de stroom
  nooit;
* :func:`toets_toewijzingen` geeft alleen uitkomsten en stopt bij de eerste fout (zoals
  :func:`toets_toewijzing` voor elke toewijzing apart).

Strikt (standaard) geeft ontbrekende gegevens of een onbekende parameterwaarde een fout;
niet-strikt (``strikt=False``) geeft dan een uitkomst met status ``onbepaald`` en de redenen,
zonder ooit te gokken. Een huuringangsdatum buiten de dekking is in beide gevallen een fout
(tenzij ``buiten_dekking_toestaan=True``). De documentatie (Inbouwen) zet per soort fout op een
rij wat elke functie doet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache, partial
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from passend_toewijzen._versie import __version__
from passend_toewijzen.beleid import Art54aTelling, Beleid, Beleidswaarde
from passend_toewijzen.fouten import (
    OngeldigeInvoer,
    OnvoldoendeGegevens,
    ParameterFout,
    PassendToewijzenFout,
    Veldfout,
)
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.parameters.opvragen import parameters_op, register
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.aow import AowStatus, bepaal_aow_status
from passend_toewijzen.regels.doelgroep import (
    DaebPlan,
    Segmentbepaling,
    Toewijzingssegment,
    daeb_plan,
    segment_volgens_plan,
)
from passend_toewijzen.regels.huishoudtype import Huishoudtype, bepaal_huishoudtype
from passend_toewijzen.regels.huurklasse import (
    Huurklasse,
    HuurklassePlan,
    bepaal_huurklasse,
    huurklasse_plan,
)
from passend_toewijzen.regels.inkomen import (
    Huishoudinkomen,
    Inkomensmethode,
    Vrijstelling,
    bepaal_huishoudinkomen,
)
from passend_toewijzen.regels.passendheid import (
    Passendheid,
    Passendheidsbepaling,
    PassendPlan,
    passend_plan,
    passendheid_volgens_plan,
)
from passend_toewijzen.uitkomst import Toetsfout, Toetsstatus, Toetsuitkomst
from passend_toewijzen.uitleg import Ontvangstbewijs, Regel, Uitlegregel

__all__ = [
    "Toetsfout",
    "Toetsstatus",
    "Toetsuitkomst",
    "toets_stroom",
    "toets_toewijzing",
    "toets_toewijzingen",
]

REGEL_BELEID = Regel(
    "BEL-01", "lokaal beleid (geen wettelijke grondslag)", "Waarde uit lokaal beleid"
)

T = TypeVar("T")


class _Context(NamedTuple):
    """Alles wat per huuringangsdatum (en beleid) vastligt: één keer opgezocht."""

    parameters: Parameterset
    daeb: DaebPlan
    passend: PassendPlan
    huurklassen: HuurklassePlan
    ontvangstbewijs: Ontvangstbewijs
    art_54a: Art54aTelling
    beleidswaarden: tuple[Beleidswaarde, ...]
    beleidsuitleg: tuple[Uitlegregel, ...]


def _maak_context(
    peildatum: date, beleid: Beleid | None, buiten_dekking_toestaan: bool
) -> _Context:
    parameters = parameters_op(peildatum, buiten_dekking_toestaan=buiten_dekking_toestaan)
    beleidswaarden: tuple[Beleidswaarde, ...] = ()
    if beleid is not None:
        beleidswaarden = beleid.beleidswaarden(parameters)
        parameters = beleid.pas_toe(parameters)
    grenzen_2015 = None
    if parameters.geldt("daeb_regime") and parameters.regime("daeb_regime") == "overgang_2015":
        # De grenzen "per 1 juli 2015": de eerste wijziging na het begin van het overgangsregime
        # in de pakketdata, ook als een beleid het overgangsrecht langer laat gelden.
        reeks = register().definities["daeb_regime"].reeks
        begin = next(i for i, rw in enumerate(reeks) if rw.waarde == "overgang_2015")
        grenzen_2015 = parameters_op(reeks[begin + 1].geldig_vanaf)
        if beleid is not None:
            grenzen_2015 = beleid.pas_toe(grenzen_2015)
    bewijs = Ontvangstbewijs(
        bibliotheekversie=__version__,
        data_versie=parameters.data_versie,
        data_hash=parameters.data_hash,
        peildatum=peildatum,
        beleid=beleid.kenmerk if beleid is not None else None,
        buiten_dekking=parameters.buiten_dekking,
    )
    return _Context(
        parameters,
        daeb_plan(parameters, grenzen_2015),
        passend_plan(parameters),
        huurklasse_plan(parameters),
        bewijs,
        beleid.art_54a if beleid is not None else Art54aTelling.UITZONDEREN,
        beleidswaarden,
        tuple(
            Uitlegregel(REGEL_BELEID, b.soort.value, "{}", (b.zin,), b.waarde)
            for b in beleidswaarden
        ),
    )


# Het geheugen staat los van de functie: mutmut (scripts/mutatietest.py) muteert geen functies
# met een decorator, en zo wordt ook deze functie gemuteerd.
_context = lru_cache(maxsize=4096)(_maak_context)


_STANDAARD: dict[date, _Context] = {}
"""De contexten zonder beleid en binnen de dekking per peildatum (verreweg de meeste toetsen):
dezelfde objecten als :func:`_context` geeft, zonder diens sleutel- en volgordeadministratie."""
_STANDAARD_MAXIMUM = 4096


class _Eenmalig:
    """Een tussenuitkomst die pas wordt berekend als een regel hem vraagt, en dan één keer.

    Een fout wordt bewaard en bij elke volgende vraag opnieuw gegeven. ``_waarde`` is ``None``
    tot een berekening slaagt (een berekening die een fout gaf, zet hem niet).
    """

    __slots__ = ("_argumenten", "_fout", "_functie", "_waarde")

    def __init__(self, functie: Callable[..., Any], argumenten: tuple[Any, ...]) -> None:
        self._functie: Callable[..., Any] | None = functie
        self._argumenten = argumenten
        self._waarde: Any = None
        self._fout: PassendToewijzenFout | None = None

    def __call__(self) -> Any:
        functie = self._functie
        if functie is None:  # al gevraagd
            if self._fout is not None:
                raise self._fout
            return self._waarde
        self._functie = None
        try:
            self._waarde = functie(*self._argumenten)
        except PassendToewijzenFout as fout:
            self._fout = fout
            raise
        return self._waarde

    def zonder_fout(self) -> Any:
        """De waarde, of ``None`` als het berekenen een fout gaf."""
        if self._functie is None:  # al gevraagd: de bewaarde waarde (None na een fout)
            return self._waarde
        try:
            return self()
        except PassendToewijzenFout:
            return None

    def als_gevraagd(self) -> Any:
        """De waarde als een regel erom heeft gevraagd en er geen fout was, anders ``None``."""
        return self._waarde


def toets_toewijzing(
    toewijzing: Toewijzing,
    *,
    beleid: Beleid | None = None,
    strikt: bool = True,
    buiten_dekking_toestaan: bool = False,
    uitleg: bool = True,
) -> Toetsuitkomst:
    """Toets één toewijzing: toewijzingssegment (DAEB) en passendheid, met uitleg.

    De parameters en regimes zijn die op de ``huuringangsdatum``. ``beleid`` legt lokale keuzes en
    eigen parameterwaarden ernaast. Strikt geeft bij ontbrekende gegevens een
    :class:`~passend_toewijzen.fouten.OnvoldoendeGegevens` (of een
    :class:`~passend_toewijzen.fouten.ParameterNietVanKracht`); niet-strikt een uitkomst met
    status ``onbepaald`` en de redenen.

    Met ``uitleg=False`` worden de uitlegregels niet opgebouwd en is ``uitleg`` leeg (``()``);
    alle andere velden van de uitkomst zijn precies dezelfde als met uitleg. Dat is sneller voor
    grote aantallen toewijzingen waarvan alleen de oordelen worden geteld.
    """
    if not isinstance(toewijzing, Toewijzing):
        msg = f"verwacht een Toewijzing, geen {type(toewijzing).__name__}"
        raise TypeError(msg)
    datum = toewijzing.huuringangsdatum
    if beleid is None and not buiten_dekking_toestaan:
        context = _STANDAARD.get(datum)
        if context is None:
            context = _context(datum, None, False)
            if len(_STANDAARD) >= _STANDAARD_MAXIMUM:
                _STANDAARD.clear()
            _STANDAARD[datum] = context
    else:
        context = _context(datum, beleid, buiten_dekking_toestaan)
    return _toets(toewijzing, context, strikt, uitleg)


def toets_toewijzingen(
    toewijzingen: Iterable[Toewijzing],
    *,
    beleid: Beleid | None = None,
    strikt: bool = True,
    buiten_dekking_toestaan: bool = False,
    uitleg: bool = True,
) -> Iterator[Toetsuitkomst]:
    """Toets een stroom toewijzingen; dezelfde uitkomsten als :func:`toets_toewijzing`.

    De parameters worden per huuringangsdatum één keer opgezocht en hergebruikt. Met
    ``uitleg=False`` blijft de uitleg van elke uitkomst leeg (zie :func:`toets_toewijzing`).
    De eerste fout (strikt: ook ontbrekende gegevens; niet-strikt: een datum buiten de dekking)
    beëindigt de stroom, zoals bij :func:`toets_toewijzing`. Wie per toewijzing een uitkomst of
    een fout wil en de rest van de stroom niet wil verliezen, gebruikt :func:`toets_stroom`.
    """
    for toewijzing in toewijzingen:
        yield toets_toewijzing(
            toewijzing,
            beleid=beleid,
            strikt=strikt,
            buiten_dekking_toestaan=buiten_dekking_toestaan,
            uitleg=uitleg,
        )


def toets_stroom(
    toewijzingen: Iterable[Toewijzing | Mapping[str, Any]],
    *,
    beleid: Beleid | None = None,
    strikt: bool = True,
    buiten_dekking_toestaan: bool = False,
    uitleg: bool = True,
) -> Iterator[Toetsuitkomst | Toetsfout]:
    """Toets een stroom toewijzingen en geef per toewijzing, in de volgorde van de invoer, een
    :class:`~passend_toewijzen.uitkomst.Toetsuitkomst` of een
    :class:`~passend_toewijzen.uitkomst.Toetsfout`.

    Eén slechte toewijzing beëindigt de stroom nooit: elke fout van deze bibliotheek
    (:class:`~passend_toewijzen.fouten.PassendToewijzenFout`) wordt de
    :class:`~passend_toewijzen.uitkomst.Toetsfout` van die ene toewijzing, met haar plaats in de
    invoer (``index``, vanaf 0) en haar id. Elk element is een ``Toewijzing`` of een woordenboek
    met de velden van een toewijzing (zoals uit JSON); een woordenboek wordt eerst gevalideerd en
    ongeldige invoer wordt een ``Toetsfout`` van soort ``OngeldigeInvoer`` met de veldfouten.

    ``strikt``, ``buiten_dekking_toestaan`` en ``uitleg`` betekenen hetzelfde als bij
    :func:`toets_toewijzing`: strikt worden ontbrekende gegevens en onbekende wettelijke
    waarden een ``Toetsfout``, niet-strikt een uitkomst met status ``onbepaald``. Een
    huuringangsdatum buiten de dekking is in beide gevallen een ``Toetsfout``. Een fout die geen
    fout van deze bibliotheek is (een programmeerfout, ``KeyboardInterrupt``) beëindigt de stroom
    wel: die wordt nooit weggeschreven als het oordeel over een toewijzing.
    """
    for index, element in enumerate(toewijzingen):
        toewijzing_id = _id_van(element)
        try:
            toewijzing = _als_toewijzing(element)
            yield toets_toewijzing(
                toewijzing,
                beleid=beleid,
                strikt=strikt,
                buiten_dekking_toestaan=buiten_dekking_toestaan,
                uitleg=uitleg,
            )
        except PassendToewijzenFout as fout:
            yield Toetsfout.van(index, toewijzing_id, fout)


def _id_van(element: object) -> str | None:
    if isinstance(element, Toewijzing):
        return element.id
    if isinstance(element, Mapping):
        kandidaat = element.get("id")
        return kandidaat if isinstance(kandidaat, str) else None
    return None


def _als_toewijzing(element: object) -> Toewijzing:
    if isinstance(element, Toewijzing):
        return element
    if isinstance(element, Mapping):
        return Toewijzing.model_validate(element)
    raise OngeldigeInvoer(
        "Toewijzing",
        (
            Veldfout(
                "",
                f"verwacht een Toewijzing of een object met de velden van een toewijzing, "
                f"geen {type(element).__name__}",
            ),
        ),
    )


def _aow_status(toewijzing: Toewijzing, parameters: Parameterset, inkomen: _Eenmalig) -> AowStatus:
    huishouden = toewijzing.huishouden
    per_persoon = None
    if huishouden.aow_huishouden is None and len(huishouden.personen) > 1:
        bepaald = inkomen.zonder_fout()
        per_persoon = bepaald.per_persoon if bepaald is not None else None
    return bepaal_aow_status(huishouden, toewijzing.huuringangsdatum, parameters, per_persoon)


_WAARDE: Callable[[Parameterwaarde], Decimal] = attrgetter("waarde")
_BEPAALD = Toetsstatus.BEPAALD
_ONBEPAALD = Toetsstatus.ONBEPAALD


def _toets(  # noqa: PLR0915 - bewust één functie: elke extra aanroep kost per toets tijd
    toewijzing: Toewijzing, context: _Context, strikt: bool, met_uitleg: bool
) -> Toetsuitkomst:
    parameters = context.parameters
    huishouden = toewijzing.huishouden
    woning = toewijzing.woning
    huuringangsdatum = toewijzing.huuringangsdatum
    inkomen = _Eenmalig(bepaal_huishoudinkomen, (huishouden, huuringangsdatum, parameters))
    aow = _Eenmalig(_aow_status, (toewijzing, parameters, inkomen))
    redenen: list[str] = []

    try:
        segment: Segmentbepaling | None = segment_volgens_plan(
            toewijzing, inkomen, context.daeb, met_uitleg=met_uitleg
        )
    except (OnvoldoendeGegevens, ParameterFout) as fout:
        if strikt:
            raise
        segment = None
        redenen.append(f"toewijzingssegment: {fout}")
    try:
        passend: Passendheidsbepaling | None = passendheid_volgens_plan(
            toewijzing, inkomen, aow, context.passend, context.art_54a, met_uitleg=met_uitleg
        )
    except (OnvoldoendeGegevens, ParameterFout) as fout:
        if strikt:
            raise
        passend = None
        redenen.append(f"passendheid: {fout}")
    kale_huur = woning.kale_huur
    try:
        klasse: Huurklasse | None = bepaal_huurklasse(kale_huur, context.huurklassen).klasse
        opmerkingen: tuple[str, ...] = ()
    except ParameterFout as fout:
        klasse = None
        opmerkingen = (f"huurklasse niet bepaald: {fout}",)

    bepaald_inkomen: Huishoudinkomen | None = inkomen.als_gevraagd()
    aow_bepaald: AowStatus | None = aow.als_gevraagd()
    # Uitpakken is goedkoper dan elk veld apart opvragen.
    if segment is not None:
        toewijzingssegment, segment_reden, grenzen, segment_inkomen, segment_uitleg = segment
    else:
        toewijzingssegment, segment_reden, grenzen = None, "onbepaald", ()
        segment_inkomen, segment_uitleg = None, ()
    if passend is not None:
        (
            passendheid,
            passend_reden,
            in_groep,
            huishoudtype,
            inkomensgrens,
            aftoppingsgrens,
            passend_inkomen,
            art_54a,
            passend_uitleg,
        ) = passend
    else:
        passendheid, passend_reden, in_groep, huishoudtype = None, "onbepaald", None, None
        inkomensgrens = aftoppingsgrens = passend_inkomen = None
        art_54a, passend_uitleg = False, ()

    # De uitleg bevat alleen de stappen die de oordelen werkelijk gebruikten.
    uitleg: tuple[Uitlegregel, ...] = ()
    if met_uitleg:
        if bepaald_inkomen is not None:
            uitleg = bepaald_inkomen.uitleg
        if aow_bepaald is not None:
            uitleg += aow_bepaald.uitleg
        uitleg += segment_uitleg + passend_uitleg
        if context.beleidsuitleg:
            # Vooraan: elke waarde uit het beleid die een stap van deze uitleg gebruikte.
            gebruikt = {stap.parameter.naam for stap in uitleg if stap.parameter is not None}
            uitleg = (
                tuple(r for r in context.beleidsuitleg if r.parameter_naam in gebruikt) + uitleg
            )

    aow_uitkomst = aow_bepaald.aow if aow_bepaald is not None else None
    if huishoudtype is None:
        # Voor de verantwoording (matrix huishoudtype x AOW) ook als het oordeel het niet nodig had;
        # lukt dat niet, dan blijft het leeg (zonder invloed op de oordelen of de uitleg).
        stil: AowStatus | None = aow.zonder_fout()
        if stil is not None:
            aow_uitkomst = stil.aow
            huishoudtype = bepaal_huishoudtype(len(huishouden.personen), stil.aow)

    # Het gebruikte inkomen: dat van de passendheid, anders dat van het segment, anders het
    # bepaalde huishoudinkomen.
    if passend_inkomen is not None:
        gebruikt_inkomen: Decimal | None = passend_inkomen
    elif segment_inkomen is not None:
        gebruikt_inkomen = segment_inkomen
    else:
        gebruikt_inkomen = bepaald_inkomen.bedrag if bepaald_inkomen is not None else None
    passende_inkomensgrens: Decimal | None = inkomensgrens.waarde if inkomensgrens else None  # type: ignore[assignment]
    toegepaste_aftoppingsgrens: Decimal | None = (
        aftoppingsgrens.waarde if aftoppingsgrens else None  # type: ignore[assignment]
    )
    return _maak_uitkomst(
        (
            toewijzing.id,
            huuringangsdatum,
            woning.gemeente,
            _ONBEPAALD if redenen else _BEPAALD,
            toewijzingssegment,
            segment_reden,
            passendheid,
            passend_reden,
            in_groep,
            huishoudtype,
            len(huishouden.personen),
            aow_uitkomst,
            gebruikt_inkomen,
            bepaald_inkomen.methode if bepaald_inkomen is not None else None,
            bepaald_inkomen.vrijstelling if bepaald_inkomen is not None else None,
            huishouden.zorgindicatie is not None,
            toewijzing.urgentie,
            kale_huur,
            klasse,
            passende_inkomensgrens,
            toegepaste_aftoppingsgrens,
            tuple(map(_WAARDE, grenzen)) if grenzen else (),
            art_54a,
            tuple(redenen) if redenen else (),
            opmerkingen,
            uitleg,
            context.ontvangstbewijs,
            context.beleidswaarden,
        )
    )


ToetsuitkomstVelden = tuple[
    str | None,
    date,
    str,
    Toetsstatus,
    Toewijzingssegment | None,
    str,
    Passendheid | None,
    str,
    bool | None,
    Huishoudtype | None,
    int,
    bool | None,
    Decimal | None,
    Inkomensmethode | None,
    Vrijstelling | None,
    bool,
    bool,
    Decimal,
    Huurklasse | None,
    Decimal | None,
    Decimal | None,
    tuple[Decimal, ...],
    bool,
    tuple[str, ...],
    tuple[str, ...],
    tuple[Uitlegregel, ...],
    Ontvangstbewijs,
    tuple[Beleidswaarde, ...],
]
"""Alle velden van een :class:`Toetsuitkomst`, in volgorde."""

_maak_uitkomst: Callable[[ToetsuitkomstVelden], Toetsuitkomst] = partial(
    tuple.__new__, Toetsuitkomst
)
"""Een :class:`Toetsuitkomst` uit al zijn velden (zonder de Python-aanroep van de constructor)."""
