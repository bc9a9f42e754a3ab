"""Gegenereerde grenstests: op elk peilmoment, voor elke grens, één cent eronder, gelijk en erboven.

De gevallen volgen uit de data: een nieuwe waarde of een nieuw regime levert automatisch nieuwe
tests op. "Niet hoger dan" betekent dat een bedrag gelijk aan de grens binnen de grens valt.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters import beschikbare_periode, parameters_op, register
from passend_toewijzen.parameters.overzicht import momenten
from passend_toewijzen.regels.doelgroep import Toewijzingssegment as S
from passend_toewijzen.regels.passendheid import Passendheid as P
from passend_toewijzen.toets import toets_toewijzing

CENT = Decimal("0.01")
MOMENTEN = momenten()
VAN, TOT = beschikbare_periode()


def toewijzing(
    datum: date,
    inkomen: Decimal,
    huur: Decimal,
    personen: int = 1,
    aow: bool = False,
    *,
    servicekosten: Decimal | None = None,
    subsidiabele_servicekosten: Decimal | None = None,
) -> Toewijzing:
    leden = (Persoon(rol=Rol.AANVRAGER),) + tuple(
        Persoon(rol=Rol.MEDEBEWONER) for _ in range(personen - 1)
    )
    return Toewijzing(
        huishouden=Huishouden(personen=leden, vastgesteld_inkomen=inkomen, aow_huishouden=aow),
        woning=Woning(
            id="W",
            kale_huur=huur,
            soort=Woningsoort.ZELFSTANDIG,
            daeb=True,
            gemeente="G",
            servicekosten=servicekosten,
            subsidiabele_servicekosten=subsidiabele_servicekosten,
        ),
        toewijzingsdatum=datum,
        huuringangsdatum=datum,
    )


def _bedrag_of_none(datum: date, naam: str) -> Decimal | None:
    ps = parameters_op(datum)
    try:
        return ps.bedrag(naam) if ps.geldt(naam) else None
    except ParameterNietVanKracht:
        return None


def _daeb_gevallen() -> list[tuple[date, int, str, Decimal, S]]:
    gevallen = []
    for moment in MOMENTEN:
        ps = parameters_op(moment)
        regime = ps.regime("daeb_regime")
        bron = moment
        if regime == "overgang_2015":
            bron = next(
                rw.geldig_vanaf
                for rw in register().definities["daeb_regime"].reeks
                if rw.geldig_vanaf > moment
            )
        if regime == "gedifferentieerd":
            grenzen = [
                (1, "daeb_inkomensgrens_eenpersoons", S.DOELGROEP, S.VRIJ),
                (2, "daeb_inkomensgrens_meerpersoons", S.DOELGROEP, S.VRIJ),
            ]
        elif regime == "enkele_grens":
            grenzen = [(1, "daeb_inkomensgrens", S.DOELGROEP, S.VRIJ)]
        else:
            grenzen = [
                (1, "daeb_inkomensgrens", S.DOELGROEP, S.MIDDENINKOMENS),
                (1, "daeb_inkomensgrens_hoog", S.MIDDENINKOMENS, S.VRIJ),
            ]
        for personen, naam, op, boven in grenzen:
            grens = _bedrag_of_none(bron, naam)
            if grens is None:
                continue
            gevallen.append((moment, personen, naam, grens - CENT, op))
            gevallen.append((moment, personen, naam, grens, op))
            gevallen.append((moment, personen, naam, grens + CENT, boven))
    return gevallen


DAEB = _daeb_gevallen()


def test_er_zijn_daeb_grensgevallen_in_elk_regime() -> None:
    jaren = {m.year for m, *_ in DAEB}
    assert {2011, 2015, 2016, 2022, 2026} <= jaren
    assert len(DAEB) > 80


@pytest.mark.parametrize(
    ("moment", "personen", "naam", "inkomen", "segment"),
    DAEB,
    ids=[f"{m.isoformat()}-{n}-{i}" for m, _, n, i, _ in DAEB],
)
def test_daeb_grens(moment: date, personen: int, naam: str, inkomen: Decimal, segment: S) -> None:
    huur = parameters_op(moment).bedrag("daeb_huurgrens")
    uitkomst = toets_toewijzing(toewijzing(moment, inkomen, huur, personen), strikt=False)
    assert uitkomst.toewijzingssegment is segment


def _met_huurgrens(moment: date) -> bool:
    """Of de rekenhuur op ``moment`` de reikwijdte van passend toewijzen begrenst (2016-2025)."""
    ps = parameters_op(moment)
    return (
        ps.geldt("passend_reikwijdte")
        and ps.regime("passend_reikwijdte") == "rekenhuur_tot_maximale_huurgrens"
    )


@pytest.mark.parametrize("moment", MOMENTEN, ids=[m.isoformat() for m in MOMENTEN])
def test_daeb_huurgrens_begrenst_de_reikwijdte(moment: date) -> None:
    """De maximale huurgrens begrenst de DAEB-norm altijd (kale huur); de passendheidsnorm tot
    en met 2025 (rekenhuur), vanaf 2026 niet meer (Wet op de huurtoeslag art. 13 en 21)."""
    huurgrens = parameters_op(moment).bedrag("daeb_huurgrens")
    laag = Decimal(1000)
    op = toets_toewijzing(toewijzing(moment, laag, huurgrens), strikt=False)
    boven = toets_toewijzing(toewijzing(moment, laag, huurgrens + CENT), strikt=False)
    assert op.toewijzingssegment is not S.NVT
    assert boven.toewijzingssegment is S.NVT
    if parameters_op(moment).geldt("passendheidsnorm") and not _met_huurgrens(moment):
        assert boven.passendheid is P.NIE
    else:
        assert boven.passendheid is P.NVT


REKENHUUR = [m for m in MOMENTEN if _met_huurgrens(m)]


@pytest.mark.parametrize("moment", REKENHUUR, ids=[m.isoformat() for m in REKENHUUR])
def test_rekenhuur_op_de_maximale_huurgrens(moment: date) -> None:
    """Tot en met 2025: de rekenhuur (kale huur plus subsidiabele servicekosten, Wht art. 5) op
    de maximale huurgrens valt binnen de passendheidsnorm, een cent erboven niet. Zonder
    opgegeven subsidiabele servicekosten beslist de regel alleen als elk mogelijk bedrag (0 tot
    het maximum van art. 5 lid 3, ten hoogste de servicekosten) dezelfde uitkomst geeft."""
    ps = parameters_op(moment)
    grens = ps.bedrag("daeb_huurgrens")
    maximum = ps.bedrag("subsidiabele_servicekosten_maximum")
    laag = Decimal(1000)
    twintig = Decimal(20)

    def passendheid(
        huur: Decimal,
        servicekosten: Decimal | None = None,
        subsidiabele_servicekosten: Decimal | None = None,
    ) -> P | None:
        geval = toewijzing(
            moment,
            laag,
            huur,
            servicekosten=servicekosten,
            subsidiabele_servicekosten=subsidiabele_servicekosten,
        )
        return toets_toewijzing(geval, strikt=False).passendheid

    # opgegeven subsidiabele servicekosten: cent eronder, gelijk, erboven
    assert passendheid(grens - twintig - CENT, subsidiabele_servicekosten=twintig) is P.NIE
    assert passendheid(grens - twintig, subsidiabele_servicekosten=twintig) is P.NIE
    assert passendheid(grens - twintig + CENT, subsidiabele_servicekosten=twintig) is P.NVT
    # niet opgegeven: beslist tot het maximum, daartussen onbepaald, boven de grens NVT
    assert passendheid(grens - maximum) is P.NIE
    assert passendheid(grens - maximum + CENT) is None
    assert passendheid(grens) is None
    assert passendheid(grens + CENT) is P.NVT
    # alleen de (totale) servicekosten opgegeven: die begrenzen het bereik
    assert passendheid(grens - twintig, servicekosten=twintig) is P.NIE
    assert passendheid(grens - twintig + CENT, servicekosten=twintig) is None
    # meer dan het wettelijke maximum als subsidiabel opgegeven: geen oordeel
    assert passendheid(grens - maximum, subsidiabele_servicekosten=maximum + CENT) is None
    assert passendheid(grens - maximum, subsidiabele_servicekosten=maximum) is P.NIE


def test_rekenhuur_geldt_tot_en_met_2025_en_niet_erna() -> None:
    """De dag ervoor en de dag van de wijziging van ``passend_reikwijdte``."""
    assert _met_huurgrens(date(2025, 12, 31))
    assert not _met_huurgrens(date(2026, 1, 1))
    assert _met_huurgrens(date(2016, 1, 1))


def _passend_gevallen() -> list[tuple[date, int, bool, Decimal, Decimal, P | None]]:
    gevallen: list[tuple[date, int, bool, Decimal, Decimal, P | None]] = []
    for moment in MOMENTEN:
        ps = parameters_op(moment)
        if not ps.geldt("passendheidsnorm"):
            continue
        for personen, aow, naam in (
            (1, False, "passend_inkomensgrens_eenpersoons"),
            (1, True, "passend_inkomensgrens_eenpersoons_aow"),
            (2, False, "passend_inkomensgrens_meerpersoons"),
            (3, True, "passend_inkomensgrens_meerpersoons_aow"),
        ):
            afgetopt = ps.bedrag(
                "aftoppingsgrens_hoog" if personen >= 3 else "aftoppingsgrens_laag"
            )
            grens = _bedrag_of_none(moment, naam)
            if grens is None:
                gevallen.append((moment, personen, aow, Decimal(1), afgetopt, None))
                continue
            gevallen.append((moment, personen, aow, grens, afgetopt, P.PAS))
            gevallen.append((moment, personen, aow, grens, afgetopt + CENT, P.NIE))
            gevallen.append((moment, personen, aow, grens - CENT, afgetopt - CENT, P.PAS))
            gevallen.append((moment, personen, aow, grens + CENT, afgetopt, P.NVT))
    return gevallen


PASSEND = _passend_gevallen()


@pytest.mark.parametrize(
    ("moment", "personen", "aow", "inkomen", "huur", "verwacht"),
    PASSEND,
    ids=[f"{m.isoformat()}-{p}p{'-aow' if a else ''}-{i}-{h}" for m, p, a, i, h, _ in PASSEND],
)
def test_passende_grens(
    moment: date, personen: int, aow: bool, inkomen: Decimal, huur: Decimal, verwacht: P | None
) -> None:
    geval = toewijzing(moment, inkomen, huur, personen, aow)
    # Niet-strikt: een onbekende DAEB-grens (2014, 2020) mag de passendheid niet verhinderen.
    uitkomst = toets_toewijzing(geval, strikt=False)
    assert uitkomst.passendheid is verwacht
    if verwacht is None:
        assert any("passendheid" in r for r in uitkomst.redenen_onbepaald)
        with pytest.raises(ParameterNietVanKracht):
            toets_toewijzing(geval)


def _wijzigingsdata() -> list[date]:
    return [d for d in register().wijzigingsdata if VAN < d <= TOT]


def _begin_volgend_regime(datum: date) -> date:
    reeks = register().definities["daeb_regime"].reeks
    return next(rw.geldig_vanaf for rw in reeks if rw.geldig_vanaf > datum)


@pytest.mark.parametrize("dag", _wijzigingsdata(), ids=lambda d: d.isoformat())
def test_dag_ervoor_en_dag_van_een_wijziging(dag: date) -> None:
    """Op beide dagen gebruikt de toets precies de waarden die op die dag gelden.

    Enige uitzondering: in de eerste helft van 2015 (regime ``overgang_2015``) gelden voor de
    DAEB-inkomensgrenzen de waarden per 1 juli 2015 (BTIV art. 126 lid 2 onder c).
    """
    for datum in (dag - timedelta(days=1), dag):
        ps = parameters_op(datum)
        overgang = ps.regime("daeb_regime") == "overgang_2015"
        huur = ps.bedrag("kwaliteitskortingsgrens")
        uitkomst = toets_toewijzing(toewijzing(datum, Decimal(1000), huur), strikt=False)
        gebruikt = {
            r.parameter.naam: r.parameter for r in uitkomst.uitleg if r.parameter is not None
        }
        for naam, waarde in gebruikt.items():
            if overgang and naam.startswith("daeb_inkomensgrens"):
                assert waarde == parameters_op(_begin_volgend_regime(datum))[naam]
            else:
                assert waarde == ps[naam], f"{naam} op {datum}"
        assert uitkomst.ontvangstbewijs.peildatum == datum
