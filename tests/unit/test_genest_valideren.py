"""De Nederlandse meldingen per veld bereiken de aanroeper ook als de modellen in diens eigen model,
een ``TypeAdapter`` of een FastAPI-body zitten.

Voor elk modelgeval van het corpus van slechte invoer dat een fout geeft, wordt hetzelfde model
genest gevalideerd; de fouten moeten dan dezelfde velden en dezelfde Nederlandse meldingen
hebben als de ``OngeldigeInvoer`` van het model zelf (met het pad van de nesting ervoor):

* zonder meer: elke controle van de bibliotheek toont haar melding zonder "Value error, " ervoor,
  en :func:`~passend_toewijzen.veldfouten` / :func:`~passend_toewijzen.nederlandse_fouten` geven
  precies de Nederlandse veldfouten;
* met de annotatie :data:`~passend_toewijzen.NederlandseFouten`: ook de meldingen die pydantic
  zelf geeft (ontbrekend of onbekend veld, onbekende keuze) zijn Nederlands;
* in een FastAPI-dienst: antwoord 422 met de Nederlandse meldingen en het pad van elk veld.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any

import pytest
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, TypeAdapter, ValidationError

from passend_toewijzen import (
    NederlandseFouten,
    OngeldigeInvoer,
    Toewijzing,
    Veldfout,
    nederlandse_fouten,
    toets_toewijzing,
    veldfouten,
)
from passend_toewijzen import modellen as modellen_pakket
from passend_toewijzen.modellen import Model
from tests.hulp import toewijzing
from tests.slechte_invoer.gevallen import GEVALLEN, Fout, Modelinvoer

FOUTGEVALLEN = [
    g
    for g in GEVALLEN
    if isinstance(g.invoer, Modelinvoer) and isinstance(g.verwacht, Fout) and g.invoer.json is None
]


def _gegevens(invoer: Modelinvoer) -> Any:
    return invoer.gegevens


def _zelf(invoer: Modelinvoer) -> tuple[Veldfout, ...]:
    model: type[Model] = getattr(modellen_pakket, invoer.model)
    with pytest.raises(OngeldigeInvoer) as info:
        model.model_validate(_gegevens(invoer))
    return info.value.fouten


def _met_voorvoegsel(fouten: tuple[Veldfout, ...], voor: str) -> list[tuple[str, str]]:
    return [(f"{voor}.{f.veld}" if f.veld else voor, f.melding) for f in fouten]


def test_er_zijn_genoeg_gevallen() -> None:
    assert len(FOUTGEVALLEN) >= 30
    assert {g.invoer.model for g in FOUTGEVALLEN if isinstance(g.invoer, Modelinvoer)} == {
        "Persoon",
        "Huishouden",
        "Inkomensbewijs",
        "Woning",
        "Toewijzing",
    }


@pytest.mark.parametrize("geval", FOUTGEVALLEN, ids=[g.id for g in FOUTGEVALLEN])
def test_genest_in_een_eigen_model_dezelfde_nederlandse_veldfouten(geval: Any) -> None:
    invoer: Modelinvoer = geval.invoer
    model: type[Model] = getattr(modellen_pakket, invoer.model)
    verwacht = _met_voorvoegsel(_zelf(invoer), "gegeven")

    class Omhulsel(BaseModel):
        gegeven: model  # type: ignore[valid-type]

    class OmhulselNl(BaseModel):
        gegeven: Annotated[model, NederlandseFouten]  # type: ignore[valid-type]

    with pytest.raises(ValidationError) as kaal:
        Omhulsel.model_validate({"gegeven": _gegevens(invoer)})
    with pytest.raises(ValidationError) as nl:
        OmhulselNl.model_validate({"gegeven": _gegevens(invoer)})

    # Zonder meer: geen "Value error, " en de vertaling geeft precies de veldfouten.
    for fout in kaal.value.errors():
        assert not fout["msg"].startswith("Value error"), fout
    assert [(f.veld, f.melding) for f in veldfouten(kaal.value)] == verwacht
    assert [(f["veld"], f["msg"]) for f in nederlandse_fouten(kaal.value)] == verwacht
    # Met de annotatie: pydantic's eigen fouten zijn al Nederlands, met het veld in het pad.
    assert [(".".join(map(str, f["loc"])), f["msg"]) for f in nl.value.errors()] == [
        (veld.replace("[", ".").replace("]", ""), melding) for veld, melding in verwacht
    ]


@pytest.mark.parametrize("geval", FOUTGEVALLEN, ids=[g.id for g in FOUTGEVALLEN])
def test_in_een_typeadapter_dezelfde_nederlandse_veldfouten(geval: Any) -> None:
    invoer: Modelinvoer = geval.invoer
    model: type[Model] = getattr(modellen_pakket, invoer.model)
    verwacht = _met_voorvoegsel(_zelf(invoer), "[0]")
    with pytest.raises(ValidationError) as info:
        TypeAdapter(list[model]).validate_python([_gegevens(invoer)])  # type: ignore[valid-type]
    for fout in info.value.errors():
        assert not fout["msg"].startswith("Value error"), fout
    assert [(f.veld, f.melding) for f in veldfouten(info.value)] == verwacht


def test_het_pad_van_een_controle_over_het_hele_model() -> None:
    """Een controle over het hele huishouden meldt zich bij het veld, ook genest."""
    document = toewijzing()
    document["huishouden"]["personen"] = [{"rol": "kind"}]
    with pytest.raises(ValidationError) as info:
        TypeAdapter(list[Toewijzing]).validate_python([document])
    (fout,) = info.value.errors()
    assert fout["loc"] == (0, "huishouden")
    assert fout["msg"] == "personen: precies één aanvrager vereist (nu 0)"
    assert nederlandse_fouten(info.value) == [
        {
            "type": "value_error",
            "loc": [0, "huishouden", "personen"],
            "msg": "precies één aanvrager vereist (nu 0)",
            "veld": "[0].huishouden.personen",
        }
    ]
    with pytest.raises(ValidationError) as nl:
        TypeAdapter(Annotated[list[Toewijzing], NederlandseFouten]).validate_python([document])
    assert [(f["loc"], f["msg"]) for f in nl.value.errors()] == [
        ((0, "huishouden", "personen"), "precies één aanvrager vereist (nu 0)")
    ]


# --- FastAPI --------------------------------------------------------------------------------------


def _dienst(*, met_handler: bool) -> TestClient:
    app = FastAPI()

    @app.post("/toets")
    def toets(t: Toewijzing) -> dict[str, Any]:
        return toets_toewijzing(t, strikt=False).als_dict()

    if met_handler:

        @app.exception_handler(RequestValidationError)
        async def nederlands(_: Request, fout: RequestValidationError) -> JSONResponse:
            return JSONResponse(
                status_code=422, content={"detail": nederlandse_fouten(fout.errors())}
            )

    return TestClient(app)


def _slecht() -> dict[str, Any]:
    document = toewijzing()
    document["woning"]["kale_huur"] = "690,50"
    document["woning"]["soort"] = "villa"
    del document["huuringangsdatum"]
    document["huishouden"]["personen"][0]["geboortedatum"] = "1980-02-30"
    return document


def test_fastapi_geeft_422_met_nederlandse_meldingen_en_het_pad_van_elk_veld() -> None:
    antwoord = _dienst(met_handler=True).post("/toets", json=_slecht())
    assert antwoord.status_code == 422
    detail = {f["veld"]: f["msg"] for f in antwoord.json()["detail"]}
    assert detail == {
        "body.huishouden.personen[0].geboortedatum": "geen bestaande datum",
        "body.woning.kale_huur": (
            "het bedrag heeft een komma; gebruik een punt als decimaalteken en geen "
            "duizendtallenscheiding"
        ),
        "body.woning.soort": (
            "onbekende waarde 'villa'; kies uit 'zelfstandig', 'onzelfstandig', 'woonwagen' of "
            "'standplaats'"
        ),
        "body.huuringangsdatum": "verplicht veld ontbreekt",
    }
    assert all("input" not in f for f in antwoord.json()["detail"]), "geen ingevoerde waarden"
    assert "1980-02-30" not in json.dumps([f["loc"] for f in antwoord.json()["detail"]])
    # Ook de meldingen noemen geen geboortedatum (issue 11: geen persoonsgegevens in meldingen).
    assert "1980-02-30" not in json.dumps(antwoord.json()["detail"])


def test_fastapi_zonder_eigen_handler_toont_de_controles_van_de_bibliotheek_in_het_nederlands() -> (
    None
):
    antwoord = _dienst(met_handler=False).post("/toets", json=_slecht())
    assert antwoord.status_code == 422
    meldingen = {tuple(f["loc"]): f["msg"] for f in antwoord.json()["detail"]}
    assert meldingen[("body", "woning", "kale_huur")].startswith("het bedrag heeft een komma")
    assert not any(m.startswith("Value error") for m in meldingen.values())


def test_fastapi_een_geldige_toewijzing_geeft_de_uitkomst_exact() -> None:
    antwoord = _dienst(met_handler=True).post("/toets", json=toewijzing())
    assert antwoord.status_code == 200
    uitkomst = antwoord.json()
    assert uitkomst["schema"] == "passend-toewijzen/toetsuitkomst/1"
    assert uitkomst["kale_huur"] == "650.00"
    assert Decimal(uitkomst["huishoudinkomen"]) == Decimal(25000)


def test_een_ongeldig_element_maakt_de_lijst_niet_ook_te_kort() -> None:
    """Eén persoon met een ongeldige geboortedatum: alleen die fout, niet ook 'personen: moet
    minstens 1 element bevatten' (wat pydantic erbij meldt)."""
    document = toewijzing()
    document["huishouden"]["personen"][0]["geboortedatum"] = "1980-02-30"
    with pytest.raises(OngeldigeInvoer) as info:
        Toewijzing.model_validate(document)
    assert [str(f) for f in info.value.fouten] == [
        "huishouden.personen[0].geboortedatum: geen bestaande datum"
    ]
