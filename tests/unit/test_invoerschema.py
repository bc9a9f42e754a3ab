"""Het JSON Schema van de invoer is even streng als de validatie van de modellen.

* Elk modelgeval uit het corpus van slechte invoer dat de validatie weigert en dat in JSON te
  schrijven is, weigert ook het schema; de paar regels die JSON Schema niet kan uitdrukken, staan
  hieronder met de reden (en in de documentatie).
* Elk goed geval (de gouden gevallen en de gevallen die het model aanvaardt) voldoet aan het
  schema.
* Het schema heeft Nederlandse titels en geen opmaakcodes uit de broncode in zijn omschrijvingen.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, ValidationError, validators

from passend_toewijzen import modellen
from passend_toewijzen.modellen import Model
from passend_toewijzen.modellen.basis import decimalen
from tests.slechte_invoer.gevallen import GEVALLEN, Aanvaard, Fout, Modelinvoer

GOUDEN = sorted((Path(__file__).resolve().parent.parent / "gevallen").glob("*/*.toml"))

NIET_UIT_TE_DRUKKEN = {
    "model-persoon-dubbel-inkomensbewijs": "twee bewijzen van dezelfde soort over hetzelfde jaar",
    "model-toewijzing-ingang-voor-toewijzing": "een huuringangsdatum vóór de toewijzingsdatum",
    "model-toewijzing-geboortedatum-na-huuringang": "een geboortedatum na de huuringangsdatum",
    "model-toewijzing-bewoner-ouder-dan-115": "een bewoner ouder dan 115 op de huuringangsdatum",
    "model-persoon-geboortedatum-1800": "een geboortedatum vóór 1880 (JSON Schema vergelijkt geen "
    "datums)",
}
"""Regels over meer velden die JSON Schema niet kan uitdrukken (alleen het model controleert ze)."""


class NietInJson(Exception):
    """De invoer bestaat alleen in Python (een datetime, NaN, een object): niet van toepassing."""


def _als_json(waarde: Any) -> Any:
    """De invoer zoals ze in JSON zou staan (getallen exact), of :class:`NietInJson`."""
    if isinstance(waarde, dict):
        if not all(isinstance(k, str) for k in waarde):
            raise NietInJson
        return {k: _als_json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_als_json(v) for v in waarde]
    if waarde is None or isinstance(waarde, bool | int | str):
        return waarde
    if isinstance(waarde, float):
        if not math.isfinite(waarde):
            raise NietInJson
        return Decimal(repr(waarde))
    if isinstance(waarde, Decimal):
        if not waarde.is_finite():
            raise NietInJson
        return waarde
    if isinstance(waarde, date) and not isinstance(waarde, datetime):
        return waarde.isoformat()
    raise NietInJson


def _geen_constante(naam: str) -> Any:
    raise NietInJson(naam)  # NaN en Infinity zijn geen JSON


def _invoer(invoer: Modelinvoer) -> Any:
    if invoer.json is not None:
        try:
            return json.loads(invoer.json, parse_float=Decimal, parse_constant=_geen_constante)
        except (ValueError, RecursionError) as exc:
            raise NietInJson from exc
    return _als_json(invoer.gegevens)


def _veelvoud(validator: Any, stap: Any, waarde: Any, schema: Any) -> Any:
    """multipleOf exact, ook voor 1E-999999999 en 1E+400 (de standaardcontrole rekent in de
    decimal-context en rondt zulke getallen af, of faalt)."""
    if not validator.is_type(waarde, "number") or isinstance(waarde, bool):
        return
    if Decimal(stap) != Decimal("0.01"):  # pragma: no cover - het schema kent alleen centen
        msg = f"onverwachte multipleOf {stap}"
        raise AssertionError(msg)
    if decimalen(Decimal(waarde)) > 2:
        yield ValidationError(f"{waarde} is geen veelvoud van {stap}")


ExacteControle = validators.extend(Draft202012Validator, {"multipleOf": _veelvoud})  # type: ignore[no-untyped-call]


def _controle(model: str) -> Any:
    klasse: type[Model] = getattr(modellen, model)
    # Het schema met exacte getallen, zodat de grenzen exact vergelijken.
    schema = json.loads(json.dumps(klasse.model_json_schema()), parse_float=Decimal)
    Draft202012Validator.check_schema(schema)
    return ExacteControle(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


MODELGEVALLEN = [g for g in GEVALLEN if isinstance(g.invoer, Modelinvoer)]


def _van_toepassing(geval: Any) -> Any:
    try:
        return _invoer(geval.invoer)
    except NietInJson:
        pytest.skip("deze invoer bestaat alleen in Python, niet in JSON")


@pytest.mark.parametrize(
    "geval",
    [g for g in MODELGEVALLEN if isinstance(g.verwacht, Fout)],
    ids=[g.id for g in MODELGEVALLEN if isinstance(g.verwacht, Fout)],
)
def test_het_schema_weigert_wat_de_validatie_weigert(geval: Any) -> None:
    document = _van_toepassing(geval)
    fouten = list(_controle(geval.invoer.model).iter_errors(document))
    if geval.id in NIET_UIT_TE_DRUKKEN:
        assert not fouten, "deze regel staat nu wel in het schema: haal hem uit de lijst"
        return
    assert fouten, f"het schema aanvaardt {document!r}, de validatie niet ({geval.omschrijving})"


@pytest.mark.parametrize(
    "geval",
    [g for g in MODELGEVALLEN if isinstance(g.verwacht, Aanvaard)],
    ids=[g.id for g in MODELGEVALLEN if isinstance(g.verwacht, Aanvaard)],
)
def test_het_schema_aanvaardt_wat_de_validatie_aanvaardt(geval: Any) -> None:
    document = _van_toepassing(geval)
    fouten = [f.message for f in _controle(geval.invoer.model).iter_errors(document)]
    assert not fouten


@pytest.mark.parametrize("pad", GOUDEN, ids=[f"{p.parent.name}/{p.stem}" for p in GOUDEN])
def test_elk_goud_geval_voldoet_aan_het_schema(pad: Path) -> None:
    with pad.open("rb") as f:
        toewijzing = tomllib.load(f, parse_float=Decimal)["toewijzing"]
    fouten = [f.message for f in _controle("Toewijzing").iter_errors(_als_json(toewijzing))]
    assert not fouten


def test_de_uitzonderingen_bestaan_in_het_corpus() -> None:
    assert set(NIET_UIT_TE_DRUKKEN) <= {g.id for g in MODELGEVALLEN}


def test_bedragen_datums_en_regels_in_het_schema() -> None:
    controle = _controle("Woning")
    basis = {"id": "W", "soort": "zelfstandig", "daeb": True, "gemeente": "G"}
    for huur, goed in [
        ("650.43", True),
        ("650.4", True),
        ("650.430", True),
        ("650.431", False),
        ("650,43", False),
        ("-1", False),
        ("25000", True),
        ("25000.00", True),
        ("25000.01", False),
        ("24999.99", True),
        ("99999", False),
        (Decimal("650.43"), True),
        (Decimal("650.431"), False),
        (Decimal(25001), False),
        (True, False),
    ]:
        assert controle.is_valid({**basis, "kale_huur": huur}) is goed, huur
    persoon = _controle("Persoon")
    for datum, goed in [("1980-05-17", True), ("1980-02-30", False), ("17-05-1980", False)]:
        assert persoon.is_valid({"rol": "aanvrager", "geboortedatum": datum}) is goed, datum
    huishouden = _controle("Huishouden")
    aanvrager, partner = {"rol": "aanvrager"}, {"rol": "partner"}
    assert huishouden.is_valid({"personen": [aanvrager, partner]})
    assert not huishouden.is_valid({"personen": [aanvrager, aanvrager]})
    assert not huishouden.is_valid({"personen": [partner]})
    assert not huishouden.is_valid({"personen": [aanvrager, partner, partner]})
    assert not huishouden.is_valid({"personen": [aanvrager], "verzoek_art_54a": True})
    bewijs = _controle("Inkomensbewijs")
    assert bewijs.is_valid({"soort": "aanslag", "bedrag": "1", "belastingjaar": 2023})
    assert not bewijs.is_valid({"soort": "aanslag", "bedrag": "1"})
    assert not bewijs.is_valid({"soort": "actueel_inkomen", "bedrag": "1", "belastingjaar": 2023})


def _alle_teksten(schema: Any, sleutel: str) -> list[str]:
    if isinstance(schema, dict):
        eigen = [schema[sleutel]] if isinstance(schema.get(sleutel), str) else []
        return eigen + [t for v in schema.values() for t in _alle_teksten(v, sleutel)]
    if isinstance(schema, list):
        return [t for v in schema for t in _alle_teksten(v, sleutel)]
    return []


def test_nederlandse_titels_en_geen_opmaakcodes() -> None:
    schema = modellen.Toewijzing.model_json_schema()
    titels = _alle_teksten(schema, "title")
    assert "Verzoek op grond van art. 54a" in titels
    assert "Kale huur" in titels
    assert not [t for t in titels if re.fullmatch(r"(?:[A-Z][a-z0-9]*\s)+[A-Z0-9][a-z0-9]*", t)], (
        "titels zoals pydantic ze uit de veldnaam maakt ('Verzoek Art 54A')"
    )
    omschrijvingen = _alle_teksten(schema, "description")
    assert omschrijvingen
    assert not [o for o in omschrijvingen if re.search(r"``|:class:|:func:|:data:|`", o)]
    assert schema["$defs"]["ActueelInkomenReden"]["title"] == "Reden voor het actuele inkomen"
