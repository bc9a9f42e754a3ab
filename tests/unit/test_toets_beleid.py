"""Een lokaal beleid dat een wettelijke waarde vervangt, is zichtbaar: in het beleidsbestand, in
elke uitkomst (veld, uitleg, tekst en JSON) en in het verslag van de jaarverantwoording.

Keuzes die de wet aan de corporatie laat (art. 54a) staan apart en vervangen geen wettelijke
waarde.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen import (
    Art54aTelling,
    Beleid,
    Beleidswaardesoort,
    ParameterdataOngeldig,
    Passendheid,
    Toetsuitkomst,
    laad_beleid,
    parameters_op,
    toets_toewijzing,
)
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from tests.hulp import BELEID_KOP, maak_toewijzing

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"

HOGERE_AFTOPPING = """
[[parameters.aftoppingsgrens_laag.waarden]]
geldig_vanaf = 2024-01-01
waarde = 700.00
bron = "fictief"
status = "definitief"
"""
MARKERING = "[parameters.aftoppingsgrens_laag]\nvervangt_wettelijke_waarde = true\n"


def _beleid(tekst: str, naam: str = "Eigen grens (fictief)") -> Beleid:
    kop = BELEID_KOP.format(naam=naam).replace('soort = "secundair"', 'soort = "officieel"')
    return laad_beleid(tekst=kop + tekst, naam_bestand="eigen.toml")


def test_een_wettelijke_waarde_vervangen_vraagt_een_uitdrukkelijke_markering() -> None:
    with pytest.raises(ParameterdataOngeldig) as fout:
        _beleid(HOGERE_AFTOPPING)
    melding = str(fout.value)
    assert "eigen.toml" in melding
    assert "parameters.aftoppingsgrens_laag.waarden[0] (vanaf 2024-01-01)" in melding
    assert "vervangt de wettelijke waarde uit de meegeleverde data (€ 650,43" in melding
    assert "vervangt_wettelijke_waarde = true" in melding
    # Ook in Python: een Beleid zonder 'vervangt' kan geen wettelijke waarde vervangen.
    met = _beleid(MARKERING + HOGERE_AFTOPPING)
    with pytest.raises(ParameterdataOngeldig, match="vervangt de wettelijke waarde"):
        Beleid(naam="zonder markering", overschrijvingen=met.overschrijvingen)
    assert Beleid(
        naam="x", overschrijvingen=met.overschrijvingen, vervangt={"aftoppingsgrens_laag"}
    )
    with pytest.raises(ParameterdataOngeldig, match="heeft geen waarden voor deze parameter"):
        Beleid(naam="x", vervangt={"aftoppingsgrens_laag"})
    with pytest.raises(ParameterdataOngeldig, match="verwacht true of false"):
        _beleid(MARKERING.replace("true", '"ja"') + HOGERE_AFTOPPING)


def test_elke_uitkomst_zegt_dat_het_beleid_een_wettelijke_waarde_vervangt() -> None:
    beleid = _beleid(MARKERING + HOGERE_AFTOPPING)
    toewijzing = maak_toewijzing(inkomen=Decimal(20000), kale_huur=Decimal("690.00"), aow=False)
    wet = toets_toewijzing(toewijzing)
    uitkomst = toets_toewijzing(toewijzing, beleid=beleid)
    assert wet.passendheid is Passendheid.NIE
    assert uitkomst.passendheid is Passendheid.PAS  # het oordeel verandert ...
    assert not wet.beleidswaarden
    assert not wet.vervangt_wettelijke_waarden
    # ... en de uitkomst zegt waarom: een veld,
    (waarde,) = uitkomst.beleidswaarden
    assert uitkomst.vervangt_wettelijke_waarden
    assert waarde.soort is Beleidswaardesoort.VERVANGT
    assert waarde.parameter == "aftoppingsgrens_laag"
    assert waarde.wettelijk is not None
    assert waarde.wettelijk.waarde == Decimal("650.43")
    assert waarde.waarde is not None
    assert waarde.waarde.waarde == Decimal("700.00")
    zin = (
        "Het lokale beleid 'Eigen grens (fictief)' vervangt de wettelijke waarde van "
        "aftoppingsgrens_laag (€ 650,43, vanaf 2024-01-01) door € 700 (vanaf 2024-01-01, bron: "
        "Fictieve waarde voor de testsuite). Waar deze waarde meetelt, volgt de uitkomst het "
        "beleid en niet de wet."
    )
    assert waarde.zin == zin
    # de uitleg (vooraan, met de waarde en haar bron),
    eerste = uitkomst.uitleg[0]
    assert (eerste.regel_id, eerste.uitkomst, eerste.zin) == ("BEL-01", "vervangt", zin)
    assert eerste.parameter == waarde.waarde
    # de tekst, de JSON (ook terug te lezen) en de uitkomst zonder uitleg.
    assert f"  Let op: {zin}" in uitkomst.als_tekst()
    document = json.loads(uitkomst.als_json())
    assert document["beleidswaarden"][0]["soort"] == "vervangt"
    assert document["beleidswaarden"][0]["wettelijk"]["waarde"] == "650.43"
    assert document["beleidswaarden"][0]["zin"] == zin
    assert Toetsuitkomst.uit_json(uitkomst.als_json(), beleid=beleid) == uitkomst
    zonder = toets_toewijzing(toewijzing, beleid=beleid, uitleg=False)
    assert zonder.beleidswaarden == uitkomst.beleidswaarden
    # Wie een bedrag vervangt dat de toets niet gebruikte, ziet het veld, maar geen uitlegregel.
    groot = maak_toewijzing(personen=3, inkomen=Decimal(20000), kale_huur=Decimal("690.00"))
    groot_uitkomst = toets_toewijzing(groot.model_copy(), beleid=beleid, strikt=False)
    assert groot_uitkomst.beleidswaarden == uitkomst.beleidswaarden
    assert "BEL-01" not in [r.regel_id for r in groot_uitkomst.uitleg]


def test_een_waarde_die_de_data_niet_kent_vult_aan_en_zegt_dat() -> None:
    """Voor 2016 kent de wet geen passendheidsnorm: een beleid dat er een geeft, vult aan; vanaf
    2016 vervangt dezelfde waarde de wettelijke norm (en daarvoor is de markering er)."""
    beleid = _beleid(
        "[parameters.passendheidsnorm]\nvervangt_wettelijke_waarde = true\n"
        "[[parameters.passendheidsnorm.waarden]]\ngeldig_vanaf = 2015-01-01\nwaarde = 0.9\n"
        'bron = "fictief"\nstatus = "definitief"\n'
    )
    (vroeg,) = beleid.beleidswaarden(parameters_op(date(2015, 6, 1)))
    assert vroeg.soort is Beleidswaardesoort.VULT_AAN
    assert vroeg.wettelijk is None
    assert (
        "levert de waarde van passendheidsnorm, die de meegeleverde data op deze datum niet "
        in (vroeg.zin)
    )
    (laat,) = toets_toewijzing(maak_toewijzing(aow=False), beleid=beleid).beleidswaarden
    assert laat.soort is Beleidswaardesoort.VERVANGT


def test_keuzes_staan_apart_en_vervangen_niets() -> None:
    beleid = _beleid('[keuzes]\nart_54a = "passend"\n')
    assert beleid.art_54a is Art54aTelling.PASSEND
    assert not toets_toewijzing(maak_toewijzing(aow=False), beleid=beleid).beleidswaarden
    oud = laad_beleid(tekst='[beleid]\nnaam = "oud"\nart_54a = "passend"\n')
    assert oud.art_54a is Art54aTelling.PASSEND
    with pytest.raises(ParameterdataOngeldig, match="geef de keuze één keer"):
        laad_beleid(
            tekst='[beleid]\nnaam = "x"\nart_54a = "passend"\n[keuzes]\nart_54a = "passend"\n'
        )
    with pytest.raises(ParameterdataOngeldig, match=r"keuzes\.kleur: onbekende keuze"):
        laad_beleid(tekst='[beleid]\nnaam = "x"\n[keuzes]\nkleur = "rood"\n')
    with pytest.raises(ParameterdataOngeldig, match=r"keuzes\.art_54a: kies uit"):
        laad_beleid(tekst='[beleid]\nnaam = "x"\n[keuzes]\nart_54a = "soms"\n')
    with pytest.raises(ParameterdataOngeldig, match="verwacht een tabel"):
        laad_beleid(tekst='keuzes = 1\n[beleid]\nnaam = "x"\n')


def test_het_verslag_zegt_in_gewone_woorden_welke_wettelijke_waarde_het_beleid_vervangt() -> None:
    beleid = _beleid(MARKERING + HOGERE_AFTOPPING)
    verslag = verantwoord(VOORBEELD, 2024, beleid=beleid)
    zin = verslag.opmerkingen[0]
    assert zin.startswith(
        "Het lokale beleid 'Eigen grens (fictief)' vervangt de wettelijke waarde van "
        "aftoppingsgrens_laag (€ 650,43"
    )
    document = verslag.als_dict()
    assert document["ontvangstbewijs"]["beleidswaarden"][0]["soort"] == "vervangt"
    assert zin in als_markdown(verslag)
    assert not verantwoord(VOORBEELD, 2024).ontvangstbewijs["beleidswaarden"]
