"""Parameters: randgevallen van leeftijden, typen en voorlopige waarden.

Elke test hier controleert een uitkomst of een foutmelding; samen met de andere tests raken zij
elke regel en elke tak van ``passend_toewijzen.parameters``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig, VoorlopigeWaarde
from passend_toewijzen.parameters import (
    Eenheid,
    Leeftijd,
    Parameterset,
    Register,
    Status,
    laad_register,
    parameters_op,
    register,
)

DEKKING = b"""schema_versie = 1
data_versie = "test-dekking"
dekking_van = 2020-01-01
dekking_tot = 2021-12-31
toelichting = "testdata"
"""

KOP = """[bestand]
omschrijving = "test"

[bronnen.off]
titel = "Officiele regeling"
uitgever = "Staatscourant"
url = "https://zoek.officielebekendmakingen.nl/stcrt-0000-1.html"
soort = "officieel"
datum = 2019-12-01

[parameters.p]
omschrijving = "p"
eenheid = "{eenheid}"
grondslag = "art. 1"
herziening = "bij wetswijziging"
{extra}
"""


def _register(eenheid: str, *waarden: tuple[str, str, str], extra: str = "") -> Register:
    """Een register met één parameter ``p``; elke waarde is (datum, waarde, status)."""
    tekst = KOP.format(eenheid=eenheid, extra=extra) + "".join(
        f'[[parameters.p.waarden]]\ngeldig_vanaf = {datum}\nwaarde = {w}\nbron = "off"\n'
        f'status = "{status}"\n'
        for datum, w, status in waarden
    )
    return laad_register({"dekking.toml": DEKKING, "p.toml": tekst.encode()})


def _parameterset(reg: Register, peildatum: date, *, sta_voorlopig_toe: bool) -> Parameterset:
    definitie = reg.definities["p"]
    reekswaarde = definitie.reekswaarde_op(peildatum)
    assert reekswaarde is not None
    return Parameterset(
        peildatum=peildatum,
        waarden={"p": definitie.parameterwaarde(reekswaarde)},
        ontbrekend={},
        definities=reg.definities,
        data_versie=reg.data_versie,
        data_hash=reg.data_hash,
        sta_voorlopig_toe=sta_voorlopig_toe,
    )


# --- Leeftijd -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jaren", "maanden", "melding"),
    [
        (65, 12, "maanden moet tussen 0 en 11 liggen, niet 12"),
        (65, -1, "maanden moet tussen 0 en 11 liggen, niet -1"),
        (151, 0, "jaren moet tussen 0 en 150 liggen, niet 151"),
        (-1, 0, "jaren moet tussen 0 en 150 liggen, niet -1"),
    ],
)
def test_leeftijd_buiten_het_bereik_wordt_geweigerd(jaren: int, maanden: int, melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        Leeftijd(jaren, maanden)


def test_leeftijd_op_de_randen_van_het_bereik() -> None:
    assert Leeftijd(0, 0) < Leeftijd(150, 11)
    assert Leeftijd(150, 11).bereikt_op(date(1900, 1, 31)) == date(2050, 12, 31)


@pytest.mark.parametrize(
    ("leeftijd", "tekst"),
    [
        (Leeftijd(65), "65 jaar"),
        (Leeftijd(65, 1), "65 jaar en 1 maand"),
        (Leeftijd(66, 4), "66 jaar en 4 maanden"),
    ],
)
def test_leeftijd_als_tekst(leeftijd: Leeftijd, tekst: str) -> None:
    assert str(leeftijd) == tekst


def test_aow_leeftijd_uit_de_data_als_tekst() -> None:
    ps = parameters_op(date(2016, 6, 1))
    assert ps["aow_leeftijd"].als_tekst() == "65 jaar en 6 maanden"
    assert ps.leeftijd("aow_leeftijd") == Leeftijd(65, 6)


# --- Parameterwaarde en Parameterset ------------------------------------------------------------


def test_een_reekswaarde_zonder_waarde_heeft_geen_geldende_waarde() -> None:
    """Een onbekende waarde (status onbekend) wordt nooit een geldende waarde."""
    definitie = register().definities["daeb_inkomensgrens"]
    onbekend = definitie.reekswaarde_op(date(2020, 6, 1))
    assert onbekend is not None
    assert onbekend.status is Status.ONBEKEND
    with pytest.raises(ValueError, match="'daeb_inkomensgrens' per 2020-01-01 heeft geen waarde"):
        definitie.parameterwaarde(onbekend)


def test_eenheid_van_een_geldende_waarde() -> None:
    ps = parameters_op(date(2024, 3, 1))
    assert ps["aftoppingsgrens_laag"].eenheid is Eenheid.EURO_PER_MAAND
    assert ps["daeb_inkomensgrens_eenpersoons"].eenheid is Eenheid.EURO_PER_JAAR
    assert ps["passendheidsnorm"].eenheid is Eenheid.FRACTIE


def test_bedrag_alleen_voor_getallen() -> None:
    ps = parameters_op(date(2024, 3, 1))
    assert ps["aftoppingsgrens_laag"].bedrag == Decimal("650.43")
    with pytest.raises(TypeError, match="'aow_leeftijd' is geen getal maar Leeftijd"):
        _ = ps["aow_leeftijd"].bedrag
    with pytest.raises(TypeError, match="'daeb_regime' is geen getal maar str"):
        _ = ps["daeb_regime"].bedrag


def test_leeftijd_alleen_voor_leeftijden() -> None:
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(TypeError, match="'aftoppingsgrens_laag' is geen leeftijd maar Decimal"):
        ps.leeftijd("aftoppingsgrens_laag")


def test_voorlopige_waarde_alleen_op_verzoek() -> None:
    """Een aangekondigde maar nog niet gepubliceerde waarde (status voorlopig) geeft bij opvragen
    een fout die de ingangsdatum noemt, tenzij de aanroeper voorlopige waarden toestaat."""
    reg = _register(
        "euro per maand", ("2020-01-01", "600", "definitief"), ("2021-01-01", "612.50", "voorlopig")
    )
    streng = _parameterset(reg, date(2021, 3, 1), sta_voorlopig_toe=False)
    assert "p" in streng
    with pytest.raises(VoorlopigeWaarde) as info:
        streng["p"]
    assert "2021-01-01" in str(info.value)
    ruim = _parameterset(reg, date(2021, 3, 1), sta_voorlopig_toe=True)
    assert ruim["p"].waarde == Decimal("612.50")
    assert ruim["p"].status is Status.VOORLOPIG
    definitief = _parameterset(reg, date(2020, 3, 1), sta_voorlopig_toe=False)
    assert definitief["p"].waarde == Decimal(600)


# --- Laden --------------------------------------------------------------------------------------


def test_regime_moet_tekst_zijn() -> None:
    with pytest.raises(ParameterdataOngeldig) as info:
        _register("regime", ("2020-01-01", "3", "definitief"), extra='toegestane_waarden = ["a"]')
    melding = str(info.value)
    assert "p.toml" in melding
    assert "verwacht een tekst voor eenheid 'regime'" in melding


def test_regime_als_tekst_wordt_geladen() -> None:
    reg = _register(
        "regime", ("2020-01-01", '"a"', "definitief"), extra='toegestane_waarden = ["a"]'
    )
    assert reg.definities["p"].reeks[0].waarde == "a"
