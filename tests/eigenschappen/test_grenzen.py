"""Grenzen zijn inclusief: "niet hoger dan" en "ten hoogste" betekenen kleiner dan of gelijk aan.

Voor elke datum in de dekking en elk huishoudtype nemen deze eigenschappen de grens uit
``parameters_op(datum)`` en toetsen een inkomen of huur precies op de grens (binnen) en één cent
erboven (buiten). De keuze welke grens geldt (regime, huishoudtype, lage of hoge
aftoppingsgrens) staat hier los van de code uitgeschreven, naar de wettekst.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from passend_toewijzen.modellen import Woningsoort
from passend_toewijzen.parameters import Parameterset, parameters_op, register
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing
from tests.eigenschappen.bewijs import grondslag
from tests.eigenschappen.strategieen import bekend, datum_waarop, maak, soorten

CENT = Decimal("0.01")


class Grens(NamedTuple):
    """Een inkomensgrens met het segment op de grens en het segment één cent erboven."""

    naam: str
    bedrag: Decimal
    op_de_grens: S
    erboven: S


def _grensset(datum: date) -> Parameterset:
    """De parameters waaruit de DAEB-grenzen komen.

    BTIV 2015 art. 126 lid 2 onder c: voor het verslagjaar 2015 gelden de grenzen van art. 16
    lid 1 (per 1 juli 2015) alsof zij het hele jaar golden; onder het overgangsregime komen de
    grenzen dus van de datum waarop het volgende regime ingaat.
    """
    ps = parameters_op(datum)
    if ps.regime("daeb_regime") != "overgang_2015":
        return ps
    reeks = register().definities["daeb_regime"].reeks
    return parameters_op(next(rw.geldig_vanaf for rw in reeks if rw.geldig_vanaf > datum))


def _daeb_namen(regime: str, personen: int) -> list[tuple[str, S, S]]:
    if regime == "enkele_grens":  # Tijdelijke regeling DAEB art. 4 lid 1
        return [("daeb_inkomensgrens", S.DOELGROEP, S.VRIJ)]
    if regime in ("overgang_2015", "twee_grenzen"):  # BTIV 2015 art. 16 lid 1 (2015-2021)
        return [
            ("daeb_inkomensgrens", S.DOELGROEP, S.MIDDENINKOMENS),
            ("daeb_inkomensgrens_hoog", S.MIDDENINKOMENS, S.VRIJ),
        ]
    assert regime == "gedifferentieerd", regime  # vanaf 2022: één- of meerpersoonsgrens
    naam = "daeb_inkomensgrens_eenpersoons" if personen == 1 else "daeb_inkomensgrens_meerpersoons"
    return [(naam, S.DOELGROEP, S.VRIJ)]


def daeb_grenzen(datum: date, personen: int) -> list[Grens]:
    """De DAEB-inkomensgrenzen die op ``datum`` voor een huishouden van ``personen`` gelden."""
    regime = parameters_op(datum).regime("daeb_regime")
    ps = _grensset(datum)
    return [Grens(n, ps.bedrag(n), op, boven) for n, op, boven in _daeb_namen(regime, personen)]


def daeb_grenzen_bekend(ps: Parameterset) -> bool:
    regime = ps.regime("daeb_regime")
    namen = {n for personen in (1, 2) for n, _, _ in _daeb_namen(regime, personen)}
    return bekend(_grensset(ps.peildatum), *namen)


def passende_grens(personen: int, aow: bool) -> str:
    """Woningwet art. 46 lid 2 jo. Wet op de huurtoeslag art. 14: vier huishoudtypen."""
    omvang = "eenpersoons" if personen == 1 else "meerpersoons"
    return f"passend_inkomensgrens_{omvang}" + ("_aow" if aow else "")


def aftoppingsgrens(ps: Parameterset, personen: int) -> Decimal:
    """Wet op de huurtoeslag art. 20 lid 2: laag bij één of twee personen, hoog bij meer."""
    hoog = personen >= ps.aantal("aftoppingsgrens_hoog_vanaf_personen")
    return ps.bedrag("aftoppingsgrens_hoog" if hoog else "aftoppingsgrens_laag")


def _centen(bedrag: Decimal) -> int:
    return int(bedrag * 100)


def _toets(
    datum: date, inkomen: Decimal, huur: Decimal, personen: int, aow: bool, soort: Woningsoort
) -> Toetsuitkomst:
    return toets_toewijzing(maak(datum, inkomen, huur, personen, aow, soort), strikt=False)


@grondslag(
    'Woningwet art. 48 lid 1 ("niet hoger is dan de inkomensgrens"); BTIV 2015 art. 16 lid 1; '
    "Tijdelijke regeling DAEB art. 4 lid 1"
)
@given(
    st.data(),
    datum_waarop(daeb_grenzen_bekend),
    st.integers(1, 6),
    st.booleans(),
    soorten,
)
def test_inkomen_op_de_daeb_grens_is_binnen_een_cent_erboven_niet(
    data: st.DataObject, datum: date, personen: int, aow: bool, soort: Woningsoort
) -> None:
    """Woningwet art. 48 lid 1: een toewijzing telt voor de doelgroep "indien het
    huishoudinkomen niet hoger is dan de inkomensgrens". Op elke datum en voor elk huishouden is
    een inkomen precies gelijk aan de DAEB-inkomensgrens van die datum binnen de grens (doelgroep;
    in 2015-2021 bij de hogere grens: middeninkomens) en een inkomen één cent hoger erbuiten."""
    ps = parameters_op(datum)
    huur = Decimal(data.draw(st.integers(0, _centen(ps.bedrag("daeb_huurgrens"))))).scaleb(-2)
    for grens in daeb_grenzen(datum, personen):
        op = _toets(datum, grens.bedrag, huur, personen, aow, soort)
        erboven = _toets(datum, grens.bedrag + CENT, huur, personen, aow, soort)
        assert op.toewijzingssegment is grens.op_de_grens, (grens, op.segment_reden)
        assert erboven.toewijzingssegment is grens.erboven, (grens, erboven.segment_reden)


@st.composite
def passende_gevallen(draw: st.DrawFn) -> tuple[date, int, bool]:
    """Een datum waarop passend toewijzen geldt, met een huishouden waarvan de grens bekend is."""
    personen = draw(st.integers(1, 6))
    aow = draw(st.booleans())
    naam = passende_grens(personen, aow)
    datum = draw(datum_waarop(lambda ps: bekend(ps, "passendheidsnorm", naam)))
    return datum, personen, aow


@grondslag("Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 2; Wet op de huurtoeslag art. 14")
@given(st.data(), passende_gevallen(), soorten)
def test_inkomen_op_de_passende_grens_is_binnen_een_cent_erboven_niet(
    data: st.DataObject, geval: tuple[date, int, bool], soort: Woningsoort
) -> None:
    """Woningwet art. 46 lid 2: passend toewijzen geldt voor huishoudens met een inkomen "niet
    hoger dan" de inkomensgrens voor hun huishoudtype (één persoon of meer, onder of vanaf de
    AOW-leeftijd). Op elke datum vanaf 2016 en voor elk huishoudtype hoort een inkomen precies op
    die grens tot de passende groep; één cent hoger hoort er niet bij en valt buiten de
    passendheidsnorm."""
    datum, personen, aow = geval
    ps = parameters_op(datum)
    grens = ps.bedrag(passende_grens(personen, aow))
    huur = Decimal(data.draw(st.integers(0, _centen(ps.bedrag("daeb_huurgrens"))))).scaleb(-2)
    op = _toets(datum, grens, huur, personen, aow, soort)
    erboven = _toets(datum, grens + CENT, huur, personen, aow, soort)
    assert op.in_passende_groep is True, op.passendheid_reden
    assert op.passende_inkomensgrens == grens
    assert op.passendheid in (P.PAS, P.NIE)
    assert erboven.in_passende_groep is False, erboven.passendheid_reden
    assert erboven.passendheid is P.NVT


@grondslag(
    'Woningwet art. 46 lid 2 ("van ten hoogste" de aftoppingsgrens); Wet op de huurtoeslag '
    "art. 20 lid 2"
)
@given(st.data(), passende_gevallen(), soorten)
def test_huur_op_de_aftoppingsgrens_is_passend_een_cent_erboven_niet(
    data: st.DataObject, geval: tuple[date, int, bool], soort: Woningsoort
) -> None:
    """Woningwet art. 46 lid 2: een toewijzing aan de passende groep is passend bij een huurprijs
    "van ten hoogste" de aftoppingsgrens die voor het huishouden geldt (Wet op de huurtoeslag
    art. 20 lid 2: de lage bij één of twee personen, de hoge bij drie of meer). Op elke datum
    vanaf 2016 en voor elk huishoudtype is een kale huur precies op die aftoppingsgrens passend
    en één cent hoger niet passend."""
    datum, personen, aow = geval
    ps = parameters_op(datum)
    inkomensgrens = ps.bedrag(passende_grens(personen, aow))
    inkomen = Decimal(data.draw(st.integers(0, _centen(inkomensgrens)))).scaleb(-2)
    grens = aftoppingsgrens(ps, personen)
    op = _toets(datum, inkomen, grens, personen, aow, soort)
    erboven = _toets(datum, inkomen, grens + CENT, personen, aow, soort)
    assert op.passendheid is P.PAS, op.passendheid_reden
    assert op.aftoppingsgrens == grens
    assert erboven.passendheid is P.NIE, erboven.passendheid_reden


def _met_rekenhuur(ps: Parameterset) -> bool:
    return (
        bekend(ps, "passendheidsnorm", "passend_reikwijdte", "subsidiabele_servicekosten_maximum")
        and ps.regime("passend_reikwijdte") == "rekenhuur_tot_maximale_huurgrens"
    )


@grondslag(
    'Woningwet art. 46 lid 2 ("woongelegenheden waarvoor huurtoeslag ontvangen kan worden"); Wet '
    "op de huurtoeslag art. 5 lid 1 onder a en lid 3 (rekenhuur) en art. 13 lid 1 (tot en met "
    "2025)"
)
@given(
    datum_waarop(_met_rekenhuur),
    st.integers(0, 100_000),
    st.none() | st.integers(0, 6_000),
    st.none() | st.integers(0, 9_000),
)
def test_de_rekenhuur_begrenst_de_passendheidsnorm_tot_en_met_2025(
    datum: date, huur_centen: int, subsidiabel_centen: int | None, servicekosten_centen: int | None
) -> None:
    """Wet op de huurtoeslag art. 13 lid 1 (tot en met 2025): geen huurtoeslag als de rekenhuur
    (kale huur plus de subsidiabele servicekosten van art. 5 lid 3, ten hoogste vier keer € 12)
    hoger is dan de maximale huurgrens; zo'n woongelegenheid valt buiten de passendheidsnorm. Een
    rekenhuur gelijk aan de grens valt erbinnen. Zijn de subsidiabele servicekosten niet
    opgegeven, dan wordt alleen beslist als elk mogelijk bedrag (0 tot het maximum, ten hoogste de
    servicekosten) dezelfde uitkomst geeft; anders blijft de passendheid onbepaald."""
    ps = parameters_op(datum)
    grens = ps.bedrag("daeb_huurgrens")
    maximum = ps.bedrag("subsidiabele_servicekosten_maximum")
    kale = Decimal(huur_centen).scaleb(-2)
    servicekosten = (
        None if servicekosten_centen is None else Decimal(servicekosten_centen).scaleb(-2)
    )
    subsidiabel = None if subsidiabel_centen is None else Decimal(subsidiabel_centen).scaleb(-2)
    if subsidiabel is not None and servicekosten is not None:
        subsidiabel = min(subsidiabel, servicekosten)
    t = maak(datum, Decimal(1), kale, 1, False)
    t = t.model_copy(
        update={
            "woning": t.woning.model_copy(
                update={
                    "servicekosten": servicekosten,
                    "subsidiabele_servicekosten": subsidiabel,
                }
            )
        }
    )
    uitkomst = toets_toewijzing(t, strikt=False)
    if subsidiabel is not None:
        if subsidiabel > maximum:
            assert uitkomst.passendheid is None  # meer dan de wet toelaat: geen oordeel
        elif kale + subsidiabel > grens:
            assert uitkomst.passendheid is P.NVT
        else:
            assert uitkomst.passendheid in (P.PAS, P.NIE)
        return
    ruimte = maximum if servicekosten is None else min(servicekosten, maximum)
    if kale > grens:
        assert uitkomst.passendheid is P.NVT
    elif kale + ruimte <= grens:
        assert uitkomst.passendheid in (P.PAS, P.NIE)
    else:
        assert uitkomst.passendheid is None
        assert any("subsidiabele_servicekosten" in r for r in uitkomst.redenen_onbepaald)
