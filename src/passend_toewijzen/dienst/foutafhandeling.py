"""Van fout naar antwoord: elke fout van de bibliotheek wordt een Nederlands foutdocument.

========================================  ======  =============================================
fout                                      status  ``fout``
========================================  ======  =============================================
:class:`~passend_toewijzen.fouten.OngeldigeInvoer`  422  ``ongeldige_invoer`` (fouten per veld)
:class:`~passend_toewijzen.fouten.DatumBuitenDekking`  422  ``datum_buiten_dekking`` (met de
                                                  gedekte periode in ``dekking``)
:class:`~passend_toewijzen.fouten.DatumBuitenTabel`  422  ``datum_buiten_tabel`` (met de
                                                  geldigheid van de tabel in ``geldigheid``)
:class:`~passend_toewijzen.fouten.OnvoldoendeGegevens`  422  ``onvoldoende_gegevens``
andere parameterfouten                    422     ``parameter_niet_beschikbaar``
ongeldige parameterdata (een beleid)      422     ``ongeldige_parameterdata``
een bestand dat niet te lezen is          422     ``onleesbaar_bestand``
geen verslagjaar (geen geldige toewijzing)  422   ``geen_verslag``
een verslag dat zo niet te maken is       422     ``verslag_niet_te_maken`` (bijvoorbeeld een
                                                  verkeerd verslag van het vorige jaar)
een ongeldige queryparameter              422     ``ongeldige_invoer``
een onbekend adres / methode              404/405 ``niet_gevonden`` / ``methode_niet_toegestaan``
========================================  ======  =============================================
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from passend_toewijzen import veldfouten
from passend_toewijzen.dienst.antwoorden import Dienstfout, foutdocument, json_antwoord
from passend_toewijzen.dienst.grenzen import Tijdop
from passend_toewijzen.fouten import (
    DatumBuitenDekking,
    DatumBuitenTabel,
    OngeldigeInvoer,
    OnvoldoendeGegevens,
    ParameterdataOngeldig,
    ParameterFout,
    PassendToewijzenFout,
    Veldfout,
)
from passend_toewijzen.verantwoording.invoer import InvoerFout
from passend_toewijzen.verantwoording.verslag import VerslagFout
from passend_toewijzen.verantwoording.verwerken import GeenVerslagjaar

__all__ = ["als_document", "registreer"]


def als_document(exc: PassendToewijzenFout) -> tuple[int, dict[str, Any]]:
    """Status en foutdocument bij een fout van de bibliotheek."""
    if isinstance(exc, OngeldigeInvoer):
        return 422, foutdocument("ongeldige_invoer", str(exc), exc.fouten, model=exc.model)
    if isinstance(exc, DatumBuitenDekking):
        return 422, foutdocument(
            "datum_buiten_dekking",
            str(exc),
            datum=exc.datum.isoformat(),
            dekking={"van": exc.dekking_van.isoformat(), "tot": exc.dekking_tot.isoformat()},
        )
    if isinstance(exc, GeenVerslagjaar):
        return 422, foutdocument("geen_verslag", str(exc), [Veldfout("jaar", str(exc))])
    if isinstance(exc, VerslagFout):
        veld = (exc.optie or "").replace("-", "_")
        return 422, foutdocument(
            "verslag_niet_te_maken", str(exc), [Veldfout(veld, exc.melding)] if veld else ()
        )
    if isinstance(exc, DatumBuitenTabel):
        return 422, foutdocument(
            "datum_buiten_tabel",
            str(exc),
            datum=exc.datum.isoformat(),
            geldigheid={
                "van": exc.geldig_vanaf.isoformat(),
                "tot": None if exc.geldig_tot is None else exc.geldig_tot.isoformat(),
            },
        )
    if isinstance(exc, OnvoldoendeGegevens):
        return 422, foutdocument("onvoldoende_gegevens", str(exc), regel=exc.regel)
    if isinstance(exc, ParameterdataOngeldig):
        return 422, foutdocument(
            "ongeldige_parameterdata",
            str(exc),
            [Veldfout(exc.bestand, m) for m in exc.meldingen],
        )
    if isinstance(exc, ParameterFout):
        return 422, foutdocument("parameter_niet_beschikbaar", str(exc))
    if isinstance(exc, InvoerFout):
        return 422, foutdocument(
            "onleesbaar_bestand", str(exc), [Veldfout(exc.bestand, exc.melding)]
        )
    return 422, foutdocument("ongeldige_invoer", str(exc))


async def _bibliotheek(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PassendToewijzenFout)  # noqa: S101 - zo geregistreerd
    status, document = als_document(exc)
    return json_antwoord(document, status)


async def _dienst(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Dienstfout)  # noqa: S101 - zo geregistreerd
    return exc.antwoord()


async def _tijdop(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Tijdop)  # noqa: S101 - zo geregistreerd
    return exc.fout().antwoord()


async def _query(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - zo geregistreerd
    # Het pad zonder "query" of "path" vooraan: het veld is de naam van de parameter.
    zonder_plek = [{**f, "loc": tuple(f["loc"])[1:] or tuple(f["loc"])} for f in exc.errors()]
    fouten = list(veldfouten(zonder_plek))
    tekst = "; ".join(str(f) for f in fouten)
    return json_antwoord(
        foutdocument("ongeldige_invoer", f"Ongeldige invoer: {tekst}", fouten), 422
    )


_HTTP = {
    404: ("niet_gevonden", "Dit adres bestaat niet in deze dienst; zie /openapi.json."),
    405: ("methode_niet_toegestaan", "Deze methode is hier niet toegestaan; zie /openapi.json."),
}


async def _http(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)  # noqa: S101 - zo geregistreerd
    soort, tekst = _HTTP.get(exc.status_code, ("fout", "Het verzoek is niet te verwerken."))
    return json_antwoord(foutdocument(soort, tekst), exc.status_code, exc.headers)


def registreer(app: FastAPI) -> None:
    """Zet de foutafhandeling op ``app``."""
    app.add_exception_handler(PassendToewijzenFout, _bibliotheek)
    app.add_exception_handler(Dienstfout, _dienst)
    app.add_exception_handler(Tijdop, _tijdop)
    app.add_exception_handler(RequestValidationError, _query)
    app.add_exception_handler(HTTPException, _http)
