"""Een stroom toewijzingen sterft nooit aan één toewijzing: per toewijzing, in de volgorde van de
invoer, een uitkomst of een fout (``toets_stroom``), en wat strikt en niet-strikt per soort fout
doen, zoals de documentatie het in een tabel zet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from passend_toewijzen import (
    DatumBuitenDekking,
    OnvoldoendeGegevens,
    Toetsfout,
    Toetsstatus,
    Toetsuitkomst,
    toets_stroom,
    toets_toewijzing,
    toets_toewijzingen,
)
from tests.hulp import maak_toewijzing, toewijzing

GOED = maak_toewijzing(aow=False, id="goed")
ONVOLLEDIG = maak_toewijzing(aow=None, id="onvolledig")  # geen geboortedatum, geen AOW-status
BUITEN = maak_toewijzing(aow=False, ingang=date(2030, 3, 1), id="buiten")
ONGELDIG: dict[str, Any] = {**toewijzing(), "id": "ongeldig"}
ONGELDIG["woning"] = {**ONGELDIG["woning"], "kale_huur": "690,50"}
ALS_WOORDENBOEK = {**toewijzing(), "id": "woordenboek"}


def _stroom() -> list[object]:
    return [GOED, ONVOLLEDIG, BUITEN, ONGELDIG, "geen toewijzing", ALS_WOORDENBOEK, GOED]


def test_strikt_per_toewijzing_een_uitkomst_of_een_fout_in_volgorde() -> None:
    resultaten = list(toets_stroom(_stroom()))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in resultaten] == [
        "Toetsuitkomst",
        "Toetsfout",
        "Toetsfout",
        "Toetsfout",
        "Toetsfout",
        "Toetsuitkomst",
        "Toetsuitkomst",
    ]
    assert [r.toewijzing_id for r in resultaten] == [
        "goed",
        "onvolledig",
        "buiten",
        "ongeldig",
        None,
        "woordenboek",
        "goed",
    ]
    fouten = [r for r in resultaten if isinstance(r, Toetsfout)]
    assert [(f.index, f.soort) for f in fouten] == [
        (1, "OnvoldoendeGegevens"),
        (2, "DatumBuitenDekking"),
        (3, "OngeldigeInvoer"),
        (4, "OngeldigeInvoer"),
    ]
    assert "2011-01-01 tot en met" in fouten[1].melding, "de melding noemt de gedekte periode"
    assert [(v.veld, v.melding.split(";")[0]) for v in fouten[2].veldfouten] == [
        ("woning.kale_huur", "het bedrag heeft een komma")
    ]
    assert "geen str" in fouten[3].melding
    assert isinstance(fouten[0].fout, OnvoldoendeGegevens)
    # Dezelfde uitkomst als los getoetst.
    assert resultaten[0] == toets_toewijzing(GOED)


def test_niet_strikt_onbepaald_bij_ontbrekende_gegevens_en_een_fout_buiten_de_dekking() -> None:
    resultaten = list(toets_stroom(_stroom(), strikt=False))  # type: ignore[arg-type]
    onvolledig = resultaten[1]
    assert isinstance(onvolledig, Toetsuitkomst)
    assert onvolledig.status is Toetsstatus.ONBEPAALD
    assert onvolledig.redenen_onbepaald
    assert isinstance(resultaten[2], Toetsfout)
    assert resultaten[2].soort == "DatumBuitenDekking"
    # Met buiten_dekking_toestaan is ook die toewijzing te toetsen (het ontvangstbewijs zegt het).
    buiten = next(toets_stroom([BUITEN], strikt=False, buiten_dekking_toestaan=True))
    assert isinstance(buiten, Toetsuitkomst)
    assert buiten.ontvangstbewijs.buiten_dekking


def test_toets_toewijzingen_blijft_stoppen_bij_de_eerste_fout() -> None:
    """Achterwaarts verenigbaar: toets_toewijzingen geeft alleen uitkomsten en stopt bij de eerste
    fout, strikt bij ontbrekende gegevens en niet-strikt bij een datum buiten de dekking."""
    stroom = toets_toewijzingen([GOED, ONVOLLEDIG, GOED])
    assert next(stroom) == toets_toewijzing(GOED)
    with pytest.raises(OnvoldoendeGegevens):
        next(stroom)
    niet_strikt = toets_toewijzingen([GOED, ONVOLLEDIG, BUITEN, GOED], strikt=False)
    assert len([next(niet_strikt), next(niet_strikt)]) == 2
    with pytest.raises(DatumBuitenDekking):
        next(niet_strikt)


def test_een_programmeerfout_beeindigt_de_stroom_wel() -> None:
    """Alleen fouten van deze bibliotheek worden de fout van één toewijzing; een andere fout
    wordt nooit weggeschreven als het oordeel over een toewijzing."""

    def invoer() -> Iterator[object]:
        yield GOED
        msg = "kapot"
        raise RuntimeError(msg)

    stroom = toets_stroom(invoer())  # type: ignore[arg-type]
    assert isinstance(next(stroom), Toetsuitkomst)
    with pytest.raises(RuntimeError, match="kapot"):
        next(stroom)


def test_de_stroom_is_lui_en_in_de_volgorde_van_de_invoer() -> None:
    gezien: list[int] = []

    def invoer() -> Iterator[object]:
        for i in range(3):
            gezien.append(i)
            yield GOED

    stroom = toets_stroom(invoer())  # type: ignore[arg-type]
    next(stroom)
    assert gezien == [0]


def test_een_toetsfout_naar_json_en_terug_met_schema() -> None:
    (fout,) = [r for r in toets_stroom([ONGELDIG]) if isinstance(r, Toetsfout)]
    document = json.loads(fout.als_json())
    assert document == {
        "schema": "passend-toewijzen/toetsfout/1",
        "index": 0,
        "toewijzing_id": "ongeldig",
        "soort": "OngeldigeInvoer",
        "melding": fout.melding,
        "veldfouten": [{"veld": "woning.kale_huur", "melding": fout.veldfouten[0].melding}],
    }
    controle = Draft202012Validator(
        Toetsfout.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    controle.validate(document)
    terug = Toetsfout.uit_dict(document)
    assert terug == fout
    assert terug.fout is None
