"""Inkomen, groepen en passendheid: de zinnen van de uitleg en de meldingen, zoals de
mutatietoetsing vroeg.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien wat nog niet woordelijk vastlag: de
uitleg bij buitenlandse studenten en bij algemene bijstand (BTIV art. 56 lid 5 onder b, vanaf
2022), de melding bij een bewijs van bijstand vóór 2022, de rekenhuur met opgegeven subsidiabele
servicekosten (Wht art. 5 lid 3), de reikwijdte zonder huurgrens vanaf 2026 (ook zonder uitleg)
en de oude afbakening vanaf 2026 in een beleid, de vrijstelling van studenten vóór 2022 en wat
een onbekende parameter als reden meegeeft.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Huishouden, Toewijzing
from passend_toewijzen.parameters import parameters_op
from passend_toewijzen.regels.groepen import Vrijstelling, bepaal_vrijstelling, groepsregels
from passend_toewijzen.regels.passendheid import Passendheid, passend_plan, passendheid_volgens_plan
from passend_toewijzen.toets import toets_toewijzing
from tests.hulp import fictief_beleid, met_onbekend
from tests.unit.test_mutanten_regels import alleen, aow_status
from tests.unit.test_mutanten_uitleg import persoon, stap, toewijzing


def _uitleg(t: Toewijzing, **opties: Any) -> list[str]:
    return [stap(r) for r in toets_toewijzing(t, **opties).uitleg if r.regel_id != "BEL-01"]


def _met_woning(t: Toewijzing, **woning: Any) -> Toewijzing:
    gegevens = t.model_dump(mode="json")
    gegevens["woning"].update(woning)
    return Toewijzing.model_validate(gegevens)


# ---------------------------------------------------------------------------------------------
# Inkomen
# ---------------------------------------------------------------------------------------------


def test_buitenlandse_studenten_hebben_geen_inkomenstoets_en_de_uitleg_zegt_waarom() -> None:
    """BTIV art. 56 lid 4 onder b: uitsluitend buitenlandse studenten in het hoger onderwijs,
    zonder maximum aantal: geen inkomenstoets, een laag inkomen."""
    bewoners = [
        persoon(buitenlandse_student=True),
        persoon("medebewoner", buitenlandse_student=True),
        persoon("medebewoner", buitenlandse_student=True),
    ]
    uitleg = _uitleg(toewijzing("2024-03-01", bewoners, aow_huishouden=False))
    assert uitleg[0] == (
        "INK-01 buitenlandse_studenten: Het huishouden bestaat uitsluitend uit 3 personen van "
        "buiten Nederland, ingeschreven in het hoger onderwijs: geen inkomenstoets; zij tellen "
        "als huishouden met een laag inkomen."
    )


def test_een_bewijs_van_bijstand_geeft_het_inkomen_zonder_indexatie_vanaf_2022() -> None:
    bijstand = {"soort": "bijstand", "datum": "2024-01-15", "bedrag": "16500"}
    t = toewijzing("2024-03-01", [persoon("aanvrager", None, bijstand)], aow_huishouden=False)
    uitleg = _uitleg(t)
    assert uitleg[:2] == [
        "INK-08 bijstand: De aanvrager ontvangt algemene bijstand: het inkomen blijkt uit het "
        "bewijs van toekenning (2024-01-15): € 16.500 per jaar, zonder indexatie. "
        "[inkomensbewijs_bijstand]",
        "INK-06 bepaald: Het huishoudinkomen is € 16.500.",
    ]


def test_alleen_een_bewijs_van_bijstand_is_voor_2022_geen_inkomensbewijs() -> None:
    bijstand = {"soort": "bijstand", "datum": "2021-01-15", "bedrag": "16500"}
    t = toewijzing("2021-03-01", [persoon("aanvrager", None, bijstand)], aow_huishouden=False)
    with pytest.raises(OnvoldoendeGegevens) as fout:
        toets_toewijzing(t)
    assert str(fout.value) == (
        "INK-08: personen[0] (aanvrager) heeft alleen een bewijs van toekenning van algemene "
        "bijstand; dat is pas vanaf 2022 een inkomensbewijs (BTIV art. 56 lid 5 onder b); geef "
        "voor een huuringang in 2021 de inkomensverklaring of aanslag over t-1 of t-2"
    )


# ---------------------------------------------------------------------------------------------
# Groepen
# ---------------------------------------------------------------------------------------------


def _studenten(**velden: Any) -> Huishouden:
    return Huishouden.model_validate(
        {
            "personen": [
                {"rol": "aanvrager", **velden},
                {"rol": "medebewoner", **velden},
            ],
            "aow_huishouden": False,
        }
    )


def test_studenten_met_studiefinanciering_zijn_ook_voor_2022_vrijgesteld() -> None:
    """Tijdelijke regeling art. 4bis lid 2 onder b / BTIV art. 56 lid 3 onder b: ten hoogste twee
    personen met studiefinanciering, ook toen een tegemoetkoming WTOS nog niet meetelde."""
    for datum in (date(2021, 3, 1), date(2024, 3, 1)):
        ps = parameters_op(datum)
        assert bepaal_vrijstelling(_studenten(studiefinanciering=True), ps) is (
            Vrijstelling.STUDENTEN
        )


def test_een_tegemoetkoming_wtos_telt_pas_vanaf_2022() -> None:
    vroeger = groepsregels(parameters_op(date(2021, 3, 1)))
    nu = groepsregels(parameters_op(date(2024, 3, 1)))
    assert vroeger is not None
    assert nu is not None
    assert vroeger.wtos is False
    assert nu.wtos is True
    assert nu.max_personen == 2


def test_een_onbekende_parameter_noemt_de_reden_waarom_hij_geen_waarde_heeft() -> None:
    ps = met_onbekend(parameters_op(date(2024, 3, 1)), "studenten_wtos")
    with pytest.raises(ParameterNietVanKracht) as fout:
        ps.geldt("studenten_wtos")
    assert fout.value.reden == (
        "voor de periode vanaf 2024-03-01 is geen onderbouwde waarde opgenomen (testgeval)"
    )
    assert str(fout.value).endswith(": " + fout.value.reden)


# ---------------------------------------------------------------------------------------------
# Passendheid: de rekenhuur en de reikwijdte
# ---------------------------------------------------------------------------------------------

_BASIS = toewijzing("2024-03-01", [persoon()], vastgesteld_inkomen="25000")


def test_de_rekenhuur_met_opgegeven_subsidiabele_servicekosten() -> None:
    """Wht art. 5 lid 1 onder a: kale huur plus subsidiabele servicekosten."""
    uitleg = _uitleg(_met_woning(_BASIS, subsidiabele_servicekosten="30.00"))
    assert (
        "PT-02 binnen: De rekenhuur (kale huur € 600 plus subsidiabele servicekosten € 30 = € 630) "
        "is niet hoger dan de maximale huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de "
        "passendheidsnorm. [daeb_huurgrens]"
    ) in uitleg


def test_subsidiabele_servicekosten_boven_het_wettelijke_maximum_zijn_een_fout() -> None:
    """Wht art. 5 lid 3: ten hoogste € 48 (2024); € 48 zelf mag, € 48,01 niet."""
    assert toets_toewijzing(_met_woning(_BASIS, subsidiabele_servicekosten="48.00")).passendheid
    with pytest.raises(OnvoldoendeGegevens) as fout:
        toets_toewijzing(_met_woning(_BASIS, subsidiabele_servicekosten="48.01"))
    assert str(fout.value) == (
        "PT-02: subsidiabele_servicekosten (€ 48,01) is hoger dan het wettelijke maximum (€ 48, "
        "Wet op de huurtoeslag art. 5 lid 3); geef alleen de servicekosten op die in de rekenhuur "
        "meetellen"
    )


def test_vanaf_2026_begrenst_de_huur_de_reikwijdte_niet() -> None:
    t = toewijzing("2026-03-01", [persoon()], vastgesteld_inkomen="25000")
    assert (
        "PT-02 zonder_huurgrens: Huurtoeslag kan ook boven de maximale huurgrens worden ontvangen "
        "(het deel erboven wordt niet gesubsidieerd): de huur begrenst de reikwijdte van passend "
        "toewijzen niet. [passend_reikwijdte]"
    ) in _uitleg(t)


def test_zonder_uitleg_ook_vanaf_2026_een_lege_uitleg() -> None:
    ingang = date(2026, 3, 1)
    ps = parameters_op(ingang)
    hh = Huishouden.model_validate(
        {
            "personen": [{"rol": "aanvrager"}],
            "vastgesteld_inkomen": "25000",
            "aow_huishouden": False,
        }
    )
    t = toewijzing("2026-03-01", [persoon()], vastgesteld_inkomen="25000", aow_huishouden=False)
    plan = passend_plan(ps)
    met = passendheid_volgens_plan(t, alleen(hh, ingang, ps), aow_status(False, ingang), plan)
    zonder = passendheid_volgens_plan(
        t, alleen(hh, ingang, ps), aow_status(False, ingang), plan, met_uitleg=False
    )
    assert "PT-02" in [r.regel_id for r in met.uitleg]
    assert zonder.uitleg == ()
    assert zonder._replace(uitleg=()) == met._replace(uitleg=())


def test_de_oude_afbakening_in_een_beleid_vanaf_2026_zonder_wettelijk_maximum() -> None:
    """Vanaf 2026 vervalt het maximum van de subsidiabele servicekosten; een corporatie die in
    haar beleid de huurgrens als reikwijdte houdt, rekent dan met de kale huur alleen."""
    beleid = fictief_beleid(
        "oude afbakening (fictief)",
        "[[parameters.passend_reikwijdte.waarden]]\ngeldig_vanaf = 2026-01-01\n"
        'waarde = "rekenhuur_tot_maximale_huurgrens"\nbron = "fictief"\nstatus = "secundair"\n',
    )
    binnen = toewijzing("2026-03-01", [persoon()], vastgesteld_inkomen="25000")
    assert (
        "PT-02 binnen: De rekenhuur is ten hoogste € 600 (kale huur € 600 plus ten hoogste € 0 "
        "subsidiabele servicekosten) en dus niet hoger dan de maximale huurgrens (€ 932,93): "
        "huurtoeslag is mogelijk, binnen de passendheidsnorm. [daeb_huurgrens]"
    ) in _uitleg(binnen, beleid=beleid)
    boven = toewijzing("2026-03-01", [persoon()], vastgesteld_inkomen="25000", huur="950.00")
    assert toets_toewijzing(boven, beleid=beleid).passendheid is Passendheid.NVT
    assert toets_toewijzing(boven).passendheid is not Passendheid.NVT
