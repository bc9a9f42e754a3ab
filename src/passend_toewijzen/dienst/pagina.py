"""De webpagina: een jaarverantwoording maken zonder opdrachtregel.

Gewone HTML van de server (jinja2, alles ge-escaped), Nederlands, zonder externe bronnen; met een
klein eigen script (``statisch/pagina.js``) voor de voortgang van het verzenden en het verwerken.
Zonder script werkt alles ook: het formulier gaat gewoon naar de server en de pagina van de taak
ververst zichzelf tot het verslag er is.

==========================================  ===================================================
``GET /``                                   het formulier
``POST /pagina/verantwoording``             start een verantwoording (``303`` naar de taak;
                                            met ``Accept: application/json``: ``202`` + adres)
``GET /pagina/taken/{sleutel}``             voortgang, en daarna het verslag in de pagina
``GET /pagina/taken/{sleutel}/status``      de voortgang als JSON (voor het script)
``GET /pagina/taken/{sleutel}/verslag.X``   het verslag als html (in de pagina), json, xlsx, md
``POST /pagina/taken/{sleutel}/verwijder``  vergeet het verslag
``GET /statisch/{naam}``                    opmaak en script (alleen de meegeleverde bestanden)
==========================================  ===================================================
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from fastapi import APIRouter, Request
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.responses import RedirectResponse, Response

from passend_toewijzen._versie import __version__
from passend_toewijzen.dienst.antwoorden import Dienstfout, foutdocument, json_antwoord
from passend_toewijzen.dienst.beveiliging import CSP_VERSLAG
from passend_toewijzen.dienst.formulier import lees_formulier
from passend_toewijzen.dienst.foutafhandeling import als_document
from passend_toewijzen.dienst.grenzen import Termijn
from passend_toewijzen.dienst.instellingen import Instellingen
from passend_toewijzen.dienst.taken import Taak, Taakstatus, Takenlijst, voer_uit
from passend_toewijzen.dienst.tijdelijk import maak_map, ruim_op
from passend_toewijzen.dienst.verantwoording import (
    FORMATEN,
    MEDIATYPEN,
    VELDEN,
    lees_opties,
    maak_verslagen,
)
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.verantwoording.kolommen import sjabloon_csv
from passend_toewijzen.verantwoording.uitvoer.opmaak import aantal

__all__ = ["CSP_PAGINA", "router"]

router = APIRouter(include_in_schema=False)

CSP_PAGINA = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
"""De pagina: alleen eigen opmaak, eigen script en het eigen verslag in een frame."""

_STATISCH = {
    "pagina.css": "text/css; charset=utf-8",
    "pagina.js": "text/javascript; charset=utf-8",
}


_LABELS = {
    "bestanden": "Bestand(en) met toewijzingen",
    "jaar": "Verslagjaar",
    "corporatie": "Naam van de corporatie",
    "gemeenten_15": "Gemeenten met 15% vrije toewijzingsruimte",
    "decimaalteken": "Decimaalteken",
    "geen_dubbelcontrole": "Dubbelcontrole",
    "codering": "Tekstcodering",
    "scheidingsteken": "Scheidingsteken",
    "kolom": "Eigen kolomnamen",
    "beleid": "Lokaal beleid",
    "vorig_jaar": "Verslag van het vorige jaar",
    "blad": "Werkblad",
    "kopregel": "Rij met de kolomkoppen",
}
"""De labels van de velden op de pagina, voor de foutmeldingen."""


def _met_labels(document: dict[str, Any]) -> dict[str, Any]:
    """Het foutdocument met bij elke fout het label van het veld zoals op de pagina."""
    return {
        **document,
        "fouten": [{**f, "label": _LABELS.get(f["veld"], f["veld"])} for f in document["fouten"]],
    }


def _uitkomst(samenvatting: dict[str, Any]) -> tuple[str, str]:
    """De kop en de zin boven het verslag: eerst of het verslag volledig is, dan de normen."""
    afgewezen = samenvatting.get("afgewezen", 0)
    voldoet = samenvatting.get("voldoet")
    if voldoet is False:
        return "voldoet niet", "Ten minste één norm is niet gehaald."
    if voldoet is None:
        return "niet vast te stellen", "Ten minste één norm is niet vast te stellen."
    if afgewezen:
        rijen = "rij is" if afgewezen == 1 else "rijen zijn"
        return (
            "onvolledig",
            f"De normen zijn gehaald over de geaccepteerde rijen, maar {aantal(afgewezen)} "
            f"{rijen} afgewezen en tellen niet mee.",
        )
    return "voldoet", "Alle normen zijn gehaald en er zijn geen rijen afgewezen."


@cache
def _omgeving() -> Environment:
    omgeving = Environment(
        loader=PackageLoader("passend_toewijzen.dienst", "sjablonen"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    omgeving.filters["aantal"] = aantal
    return omgeving


def _instellingen(request: Request) -> Instellingen:
    gevonden: Instellingen = request.app.state.instellingen
    return gevonden


def _taken(request: Request) -> Takenlijst:
    gevonden: Takenlijst = request.app.state.taken
    return gevonden


def _html(
    sjabloon: str, status: int = 200, koppen: dict[str, str] | None = None, **context: Any
) -> Response:
    reg = register()
    tekst = (
        _omgeving()
        .get_template(sjabloon)
        .render(versie=__version__, data_versie=reg.data_versie, **context)
    )
    return Response(
        tekst,
        status_code=status,
        media_type="text/html; charset=utf-8",
        headers={**(koppen or {}), "content-security-policy": CSP_PAGINA},
    )


def _wil_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.get("/")
async def formulier() -> Response:
    """Het formulier voor een jaarverantwoording."""
    return _html("formulier.html.j2", fout=None)


@router.post("/pagina/verantwoording")
async def start(request: Request) -> Response:
    """Ontvang het formulier en start de verantwoording als taak."""
    inst = _instellingen(request)
    map_ = maak_map()
    overgedragen = False
    try:
        try:
            formulier_ = await lees_formulier(request, map_, VELDEN, inst.max_upload)
            opties = lees_opties(formulier_)
            taak = _taken(request).nieuw()
        except (PassendToewijzenFout, Dienstfout) as exc:
            koppen = exc.headers if isinstance(exc, Dienstfout) else None
            if isinstance(exc, Dienstfout):
                status, document = exc.status, foutdocument(exc.soort, exc.melding, exc.fouten)
            else:
                status, document = als_document(exc)
            document = _met_labels(document)
            if _wil_json(request):
                return json_antwoord(document, status, koppen)
            return _html("formulier.html.j2", status, koppen, fout=document)
        termijn = Termijn(inst.tijdslimiet)
        voer_uit(
            taak,
            map_,
            lambda voortgang: maak_verslagen(
                formulier_,
                opties,
                FORMATEN,
                map_,
                termijn,
                beleid=inst.beleid,
                voortgang=voortgang,
            ),
        )
        overgedragen = True
    finally:
        if not overgedragen:
            ruim_op(map_)
    adres = f"/pagina/taken/{taak.sleutel}"
    if _wil_json(request):
        return json_antwoord({"adres": adres}, 202)
    return RedirectResponse(adres, status_code=303)


def _taak(request: Request, sleutel: str) -> Taak:
    taak = _taken(request).zoek(sleutel)
    if taak is None:
        raise Dienstfout(
            404,
            "onbekende_taak",
            "Dit verslag bestaat niet (meer): verslagen blijven maar een tijd in het geheugen "
            "van de dienst. Maak het verslag opnieuw.",
        )
    return taak


@router.get("/pagina/taken/{sleutel}")
async def taakpagina(request: Request, sleutel: str) -> Response:
    """De voortgang van een taak, en als zij klaar is het verslag."""
    taak = _taken(request).zoek(sleutel)
    if taak is None:
        return _html("weg.html.j2", 404)
    return _html(
        "taak.html.j2",
        taak=taak,
        klaar=taak.status is Taakstatus.KLAAR,
        bezig=taak.status is Taakstatus.BEZIG,
        uitkomst=_uitkomst(taak.samenvatting),
        s=taak.samenvatting,
        adres=f"/pagina/taken/{taak.sleutel}",
    )


@router.get("/pagina/taken/{sleutel}/status")
async def taakstatus(request: Request, sleutel: str) -> Response:
    """De voortgang als JSON."""
    return json_antwoord(_taak(request, sleutel).als_dict())


@router.get("/pagina/taken/{sleutel}/verslag.{formaat}")
async def verslag(request: Request, sleutel: str, formaat: str) -> Response:
    """Het verslag in een formaat: HTML voor in de pagina, de andere om te downloaden."""
    taak = _taak(request, sleutel)
    if formaat not in FORMATEN or formaat not in taak.inhoud:
        raise Dienstfout(404, "niet_gevonden", "Dit verslag bestaat niet in dit formaat.")
    jaar = taak.samenvatting.get("jaar", "")
    if formaat == "html":
        return Response(
            taak.inhoud["html"],
            media_type=MEDIATYPEN["html"],
            headers={"content-security-policy": CSP_VERSLAG, "x-frame-options": "SAMEORIGIN"},
        )
    return Response(
        taak.inhoud[formaat],
        media_type=MEDIATYPEN[formaat],
        headers={"content-disposition": f'attachment; filename="verantwoording-{jaar}.{formaat}"'},
    )


@router.post("/pagina/taken/{sleutel}/verwijder")
async def verwijder(request: Request, sleutel: str) -> Response:
    """Vergeet de taak en haar verslagen."""
    _taken(request).verwijder(sleutel)
    return RedirectResponse("/", status_code=303)


@router.get("/statisch/{naam}")
async def statisch(naam: str) -> Response:
    """Een meegeleverd bestand (alleen de namen uit de lijst; nooit een pad van de client)."""
    mediatype = _STATISCH.get(naam)
    if mediatype is None:
        raise Dienstfout(404, "niet_gevonden", "Dit bestand bestaat niet.")
    inhoud = resources.files("passend_toewijzen.dienst").joinpath("statisch", naam).read_bytes()
    return Response(inhoud, media_type=mediatype)


@router.get("/pagina/sjabloon.csv")
async def sjabloon() -> Response:
    """Het sjabloon met alle kolommen (als ``passend-toewijzen sjabloon -o sjabloon.csv``)."""
    return Response(
        sjabloon_csv().encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="sjabloon.csv"'},
    )
