"""De HTTP-API: dezelfde documenten als de opdrachtregel, over dezelfde functies.

===============================  =========================================================
``GET /gezondheid``              status, bibliotheek- en dataversie, gedekte periode
``GET /parameters?datum=``       als ``passend-toewijzen parameters --json``
``POST /toets``                  als ``passend-toewijzen toets --invoer … --json``
``POST /toetsen``                een reeks toewijzingen (JSON-lijst of JSON Lines)
``GET /tabellen``                de meegeleverde huur-inkomenstabellen
``GET /tabellen/{naam}``         als ``passend-toewijzen tabel --tabel … --json``
``POST /tabellen/{naam}/beoordeel``  één huishouden voor één woning
``POST /rangschik``              als ``passend-toewijzen rangschik … --json``
``POST /verantwoording``         als ``passend-toewijzen verantwoording`` (bestanden uploaden)
===============================  =========================================================

Elke inhoud wordt als ruwe tekst gelezen (met een grens) en met de modellen van de bibliotheek
gevalideerd, precies zoals de opdrachtregel dat doet: getallen exact als ``Decimal``, dezelfde
Nederlandse meldingen per veld.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Path, Query, Request
from pydantic import Field
from starlette.responses import Response

from passend_toewijzen._versie import __version__
from passend_toewijzen.dienst.antwoorden import JSON, Dienstfout, json_antwoord, json_tekst
from passend_toewijzen.dienst.beveiliging import CSP_VERSLAG
from passend_toewijzen.dienst.formulier import lees_formulier
from passend_toewijzen.dienst.grenzen import controleer_inhoudstype, lees_inhoud, termijn
from passend_toewijzen.dienst.instellingen import Instellingen
from passend_toewijzen.dienst.schemas import aanvraag_json, antwoord_json, formulier_schema
from passend_toewijzen.dienst.tijdelijk import prive_map
from passend_toewijzen.dienst.toetsen import JSONLINES, toets_reeks
from passend_toewijzen.dienst.verantwoording import (
    FORMATEN,
    MEDIATYPEN,
    VELDEN,
    lees_opties,
    maak_verslagen,
    uitkomst,
)
from passend_toewijzen.modellen import Huishouden, Toewijzing, Woning
from passend_toewijzen.modellen.basis import Datum, Model
from passend_toewijzen.parameters import beschikbare_periode, parameters_op
from passend_toewijzen.parameters.export import parameterset_als_dict
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.tabellen import (
    Kandidaat,
    beoordeel,
    beschikbare_tabellen,
    laad_tabel,
    rangschik,
    tabel_op,
)
from passend_toewijzen.tabellen.model import Tabel
from passend_toewijzen.toets import toets_toewijzing

__all__ = ["Beoordeelverzoek", "Rangschikverzoek", "router"]

router = APIRouter()


def instellingen(request: Request) -> Instellingen:
    """De instellingen van de dienst die dit verzoek behandelt."""
    gevonden: Instellingen = request.app.state.instellingen
    return gevonden


def _vandaag() -> date:
    return date.today()  # noqa: DTZ011 - zoals de opdrachtregel: de datum van vandaag


DatumQuery = Annotated[
    Datum | None,
    Query(description="Peildatum JJJJ-MM-DD (standaard: vandaag)."),
]


class Beoordeelverzoek(Model):
    """Eén huishouden voor één woning, op de datum waarop de huur zou ingaan."""

    woning: Woning
    huishouden: Huishouden
    datum: Datum = Field(description="Datum JJJJ-MM-DD waarop de huur zou ingaan.")


class Rangschikverzoek(Model):
    """De kandidaten die op een woning reageerden, te rangschikken met een tabel."""

    woning: Woning
    kandidaten: tuple[Kandidaat, ...]
    tabel: str = Field(description="Naam van een meegeleverde huur-inkomenstabel.")
    datum: Datum = Field(description="Datum JJJJ-MM-DD waarop de huur zou ingaan.")


# --- gezondheid en parameters -------------------------------------------------------------------


@router.get(
    "/gezondheid",
    tags=["dienst"],
    summary="Status, versies en gedekte periode",
    responses=antwoord_json("Gezondheid"),
)
async def gezondheid() -> Response:
    """Of de dienst draait, met de bibliotheek- en dataversie en de periode die de data dekt."""
    reg = register()
    van, tot = beschikbare_periode()
    return json_antwoord(
        {
            "status": "ok",
            "bibliotheekversie": __version__,
            "data_versie": reg.data_versie,
            "data_hash": reg.data_hash,
            "dekking": {"van": van.isoformat(), "tot": tot.isoformat()},
        }
    )


@router.get(
    "/parameters",
    tags=["parameters"],
    summary="Alle wettelijke parameters op een datum",
    responses=antwoord_json("Parameterset"),
)
async def parameters(datum: DatumQuery = None) -> Response:
    """Hetzelfde document als ``passend-toewijzen parameters --datum … --json``."""
    return json_antwoord(parameterset_als_dict(parameters_op(datum or _vandaag())))


# --- toetsen -----------------------------------------------------------------------------------

UitlegQuery = Annotated[
    bool, Query(description="Met de uitleg per regel (standaard); false: zonder uitleg, sneller.")
]
StriktQuery = Annotated[
    bool,
    Query(
        description="true (standaard): ontbrekende gegevens zijn een fout; false: de uitkomst "
        "'onbepaald' met de reden (als --niet-strikt)."
    ),
]


@router.post(
    "/toets",
    tags=["toetsen"],
    summary="Toets één toewijzing",
    openapi_extra=aanvraag_json("Toewijzing", "Een Toewijzing-document, als voor toets --invoer."),
    responses=antwoord_json("Toetsuitkomst"),
)
async def toets(
    request: Request, uitleg: UitlegQuery = True, strikt: StriktQuery = True
) -> Response:
    """Hetzelfde document als ``passend-toewijzen toets --invoer toewijzing.json --json``."""
    controleer_inhoudstype(request, (JSON,))
    inhoud = await lees_inhoud(request, instellingen(request).max_json)
    toewijzing = Toewijzing.model_validate_json(inhoud)
    uitkomst_ = toets_toewijzing(
        toewijzing, beleid=instellingen(request).beleid, strikt=strikt, uitleg=uitleg
    )
    return json_antwoord(uitkomst_.als_dict())


@router.post(
    "/toetsen",
    tags=["toetsen"],
    summary="Toets een reeks toewijzingen",
    openapi_extra=aanvraag_json(
        "Toewijzing",
        "Een JSON-lijst van Toewijzing-documenten (application/json), of één document per regel "
        "(JSON Lines: application/x-ndjson of application/jsonl).",
        lijst=True,
    ),
    responses=antwoord_json("Toetsresultaat", lijst=True),
)
async def toetsen(
    request: Request, uitleg: UitlegQuery = True, strikt: StriktQuery = True
) -> Response:
    """Eén resultaat per toewijzing, in de volgorde van de invoer; een fout geldt alleen voor die
    ene toewijzing. JSON Lines in geeft JSON Lines uit."""
    soort = controleer_inhoudstype(request, (JSON, *JSONLINES))
    inhoud = await lees_inhoud(request, instellingen(request).max_json)
    resultaten = await anyio.to_thread.run_sync(
        lambda: toets_reeks(
            inhoud,
            regels=soort in JSONLINES,
            beleid=instellingen(request).beleid,
            strikt=strikt,
            uitleg=uitleg,
            termijn=termijn(request),
        )
    )
    if soort in JSONLINES:
        tekst = b"".join(json_tekst(r) + b"\n" for r in resultaten)
        return Response(tekst, media_type="application/x-ndjson")
    return json_antwoord(resultaten)


# --- huur-inkomenstabellen ---------------------------------------------------------------------


def _tabel(naam: str) -> Tabel:
    """Een meegeleverde tabel; een andere naam is een ``404`` (nooit een pad)."""
    if naam not in beschikbare_tabellen():
        raise Dienstfout(
            404,
            "onbekende_tabel",
            f"Onbekende tabel; meegeleverd zijn: {', '.join(beschikbare_tabellen())}.",
        )
    return laad_tabel(naam)


TabelNaam = Annotated[str, Path(description="Naam van een meegeleverde tabel (zie /tabellen).")]


@router.get(
    "/tabellen",
    tags=["huur-inkomenstabellen"],
    summary="De meegeleverde huur-inkomenstabellen",
    responses=antwoord_json("Tabellen"),
)
async def tabellen() -> Response:
    """Naam, titel en geldigheid van elke meegeleverde tabel."""
    lijst: list[dict[str, Any]] = []
    for naam in beschikbare_tabellen():
        tabel = laad_tabel(naam)
        lijst.append(
            {
                "naam": naam,
                "titel": tabel.titel,
                "geldig_vanaf": tabel.geldig_vanaf.isoformat(),
                "geldig_tot": None if tabel.geldig_tot is None else tabel.geldig_tot.isoformat(),
            }
        )
    return json_antwoord(lijst)


@router.get(
    "/tabellen/{naam}",
    tags=["huur-inkomenstabellen"],
    summary="Een tabel met de bedragen van een datum",
    responses=antwoord_json("Tabeloverzicht"),
)
async def tabel(naam: TabelNaam, datum: DatumQuery = None) -> Response:
    """Hetzelfde document als ``passend-toewijzen tabel --tabel NAAM --datum … --json``."""
    return json_antwoord(tabel_op(_tabel(naam), datum or _vandaag()).als_dict())


@router.post(
    "/tabellen/{naam}/beoordeel",
    tags=["huur-inkomenstabellen"],
    summary="Beoordeel één huishouden voor één woning",
    openapi_extra=aanvraag_json("Beoordeelverzoek", "Woning, huishouden en datum."),
    responses=antwoord_json("Tabeloordeel"),
)
async def beoordeel_met_tabel(request: Request, naam: TabelNaam) -> Response:
    """Voorrang, toegestaan of uitgesloten, met de reden en het vangnet van passend toewijzen."""
    controleer_inhoudstype(request, (JSON,))
    gekozen = _tabel(naam)
    verzoek = Beoordeelverzoek.model_validate_json(
        await lees_inhoud(request, instellingen(request).max_json)
    )
    oordeel = beoordeel(
        verzoek.woning,
        verzoek.huishouden,
        gekozen,
        verzoek.datum,
        beleid=instellingen(request).beleid,
    )
    return json_antwoord(oordeel.als_dict())


@router.post(
    "/rangschik",
    tags=["huur-inkomenstabellen"],
    summary="Rangschik de kandidaten voor een woning",
    openapi_extra=aanvraag_json("Rangschikverzoek", "Woning, kandidaten, tabel en datum."),
    responses=antwoord_json("Rangschikking"),
)
async def rangschik_kandidaten(request: Request) -> Response:
    """Hetzelfde document als ``passend-toewijzen rangschik … --json``."""
    controleer_inhoudstype(request, (JSON,))
    verzoek = Rangschikverzoek.model_validate_json(
        await lees_inhoud(request, instellingen(request).max_json)
    )
    gekozen = _tabel(verzoek.tabel)
    uitkomst_ = await anyio.to_thread.run_sync(
        lambda: rangschik(
            verzoek.woning,
            verzoek.kandidaten,
            gekozen,
            verzoek.datum,
            beleid=instellingen(request).beleid,
        )
    )
    return json_antwoord(uitkomst_.als_dict())


# --- verantwoording ----------------------------------------------------------------------------

FormaatQuery = Annotated[
    Literal["json", "html", "md", "xlsx"],
    Query(description="Het verslag als JSON (standaard), HTML, Markdown of Excel."),
]


@router.post(
    "/verantwoording",
    tags=["verantwoording"],
    summary="De jaarverantwoording uit een of meer bestanden",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"multipart/form-data": {"schema": formulier_schema()}},
        }
    },
    responses={
        **antwoord_json("Verslag"),
        200: {
            "description": "Het verslag; de koppen Passend-Toewijzen-Uitkomst (voldoet, "
            "voldoet_niet, niet_vast_te_stellen of onvolledig) en Passend-Toewijzen-Afgewezen "
            "(aantal afgewezen rijen) vatten het samen, als de afsluitcodes van de opdrachtregel.",
            "content": {MEDIATYPEN[f].split(";")[0]: {} for f in FORMATEN},
        },
    },
)
async def verantwoording(request: Request, formaat: FormaatQuery = "json") -> Response:
    """Hetzelfde verslag als ``passend-toewijzen verantwoording BESTAND… --formaat …``.

    De bestanden komen in een privé tijdelijke map die na het antwoord weer verdwijnt, ook na een
    fout; er wordt niets bewaard. Hoogstens ``Instellingen.max_taken`` verslagen worden tegelijk
    gemaakt; een volgend verzoek wacht (binnen de tijdslimiet).
    """
    inst = instellingen(request)
    with prive_map() as map_:
        formulier = await lees_formulier(request, map_, VELDEN, inst.max_upload)
        opties = lees_opties(formulier)
        uitslag = await anyio.to_thread.run_sync(
            lambda: maak_verslagen(
                formulier, opties, (formaat,), map_, termijn(request), beleid=inst.beleid
            ),
            limiter=request.app.state.verslaglimiet,
        )
    jaar = uitslag.verslag.jaar
    return Response(
        uitslag.inhoud[formaat],
        media_type=MEDIATYPEN[formaat],
        headers={
            "passend-toewijzen-uitkomst": uitkomst(uitslag.verslag),
            "passend-toewijzen-afgewezen": str(uitslag.verslag.invoer["afgewezen"]),
            "content-disposition": f'attachment; filename="verantwoording-{jaar}.{formaat}"',
            **({"content-security-policy": CSP_VERSLAG} if formaat == "html" else {}),
        },
    )
