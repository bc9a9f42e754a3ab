"""De jaarverantwoording voor de dienst: van een ontvangen formulier tot de verslagen.

Dezelfde functies als de opdrachtregel (``passend-toewijzen verantwoording``):
:func:`~passend_toewijzen.verantwoording.verwerken.verantwoord` en de uitvoer van
:mod:`passend_toewijzen.verantwoording.uitvoer`. De opties komen uit de tekstvelden van het
formulier en worden gecontroleerd met :class:`Verantwoordingsopties` (een model, dus met
Nederlandse meldingen per veld); de bestanden staan al in de privé map van het verzoek.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BeforeValidator, Field

from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.dienst.formulier import Formulier, Veldsoort
from passend_toewijzen.dienst.grenzen import Termijn
from passend_toewijzen.fouten import OngeldigeInvoer, Veldfout
from passend_toewijzen.modellen.basis import Model, Tekst, Vlag
from passend_toewijzen.verantwoording.rijen import Rijfout
from passend_toewijzen.verantwoording.uitvoer.json import schrijf_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from passend_toewijzen.verantwoording.verslag import Verslag
from passend_toewijzen.verantwoording.verwerken import verantwoord
from passend_toewijzen.verantwoording.vorig import lees_vorig_verslag

__all__ = [
    "FORMATEN",
    "VELDEN",
    "Uitslag",
    "Verantwoordingsopties",
    "lees_opties",
    "maak_verslagen",
    "uitkomst",
]

Verslagformaat = Literal["json", "html", "md", "xlsx"]
FORMATEN: tuple[Verslagformaat, ...] = ("json", "html", "md", "xlsx")
MEDIATYPEN: dict[str, str] = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

VELDEN: dict[str, Veldsoort] = {
    "bestanden": Veldsoort.BESTANDEN,
    "jaar": Veldsoort.TEKST,
    "corporatie": Veldsoort.TEKST,
    "gemeenten_15": Veldsoort.TEKST,
    "kolom": Veldsoort.TEKST,
    "codering": Veldsoort.TEKST,
    "scheidingsteken": Veldsoort.TEKST,
    "decimaalteken": Veldsoort.TEKST,
    "geen_dubbelcontrole": Veldsoort.TEKST,
    "beleid": Veldsoort.BESTAND,
    "vorig_jaar": Veldsoort.BESTAND,
    "blad": Veldsoort.TEKST,
    "kopregel": Veldsoort.TEKST,
}
"""De velden van het formulier (zie :class:`Verantwoordingsopties`; bestanden: ``bestanden``,
``beleid`` en ``vorig_jaar``)."""


def _jaar(waarde: object) -> object:
    if isinstance(waarde, str):
        tekst = waarde.strip()
        if len(tekst) != 4 or not tekst.isascii() or not tekst.isdigit():
            msg = f"{waarde!r} is geen jaartal (JJJJ, bijvoorbeeld 2025)"
            raise ValueError(msg)
        return int(tekst)
    return waarde


def _rijnummer(waarde: object) -> object:
    if isinstance(waarde, str):
        tekst = waarde.strip()
        if not tekst.isascii() or not tekst.isdigit() or len(tekst) > 7:
            msg = f"{waarde!r} is geen rijnummer (1 of hoger)"
            raise ValueError(msg)
        return int(tekst)
    return waarde


def _ja_nee(waarde: object) -> object:
    if isinstance(waarde, str):
        tekst = waarde.strip().lower()
        if tekst in ("ja", "true", "on", "1"):
            return True
        if tekst in ("nee", "false", "off", "0"):
            return False
        msg = f"{waarde!r}: verwacht ja of nee"
        raise ValueError(msg)
    return waarde


def _lijst(waarde: object) -> object:
    """Herhaalde velden, en in één veld meer waarden gescheiden door komma's of regels."""
    if isinstance(waarde, list | tuple):
        return tuple(
            d.strip() for w in waarde for d in str(w).replace("\n", ",").split(",") if d.strip()
        )
    return waarde


def _regels(waarde: object) -> object:
    """Herhaalde velden, en in één veld meer waarden op eigen regels (een tekstvak)."""
    if isinstance(waarde, list | tuple):
        return tuple(d.strip() for w in waarde for d in str(w).splitlines() if d.strip())
    return waarde


def _scheidingsteken(waarde: object) -> object:
    if isinstance(waarde, str) and waarde.strip().lower() in ("tab", "\\t"):
        return "\t"
    return waarde


class Verantwoordingsopties(Model):
    """De opties van een verantwoording, zoals bij ``passend-toewijzen verantwoording``."""

    jaar: Annotated[Annotated[int, Field(ge=2011, le=2100)] | None, BeforeValidator(_jaar)] = Field(
        default=None,
        description="Verslagjaar (jaar van de huuringangsdatum); standaard het laatste jaar in "
        "de invoer.",
    )
    corporatie: Tekst | None = Field(
        default=None, description="Naam van de corporatie (als de kolom ontbreekt)."
    )
    gemeenten_15: Annotated[tuple[Tekst, ...], BeforeValidator(_lijst)] = Field(
        default=(),
        description="Gemeenten waar prestatieafspraken 15% vrije toewijzingsruimte geven (vanaf "
        "2022); herhaal het veld of scheid met komma's.",
    )
    kolom: Annotated[tuple[Tekst, ...], BeforeValidator(_regels)] = Field(
        default=(),
        description="Koppel een eigen kolomnaam aan een schemakolom: EIGEN=SCHEMA (herhaalbaar, "
        "of één per regel).",
    )
    codering: Literal["utf-8", "utf-8-sig", "utf-16", "cp1252"] | None = Field(
        default=None, description="Tekstcodering van een CSV-bestand (standaard herkend)."
    )
    scheidingsteken: Annotated[
        Literal[";", ",", "\t", "|"] | None, BeforeValidator(_scheidingsteken)
    ] = Field(default=None, description="Scheidingsteken van een CSV-bestand: ; , tab of |.")
    blad: Tekst | None = Field(
        default=None, description="Het werkblad van een Excel-bestand (standaard het eerste)."
    )
    kopregel: Annotated[Annotated[int, Field(ge=1)] | None, BeforeValidator(_rijnummer)] = Field(
        default=None,
        description="Het rijnummer van de kolomkoppen (standaard gezocht: de eerste rij met alle "
        "verplichte kolommen).",
    )
    decimaalteken: Literal["auto", "komma", "punt"] = Field(
        default="auto", description="Decimaalteken van de bedragen (standaard per waarde herkend)."
    )
    geen_dubbelcontrole: Annotated[Vlag, BeforeValidator(_ja_nee)] = Field(
        default=False,
        description="ja: controleer niet of een toewijzing_id dubbel voorkomt.",
    )

    def koppeling(self) -> dict[str, str]:
        """De kolomkoppeling (``EIGEN=SCHEMA``) als woordenboek."""
        koppeling: dict[str, str] = {}
        fouten: list[Veldfout] = []
        for paar in self.kolom:
            eigen, teken, schema = paar.partition("=")
            if not teken or not eigen.strip() or not schema.strip():
                fouten.append(
                    Veldfout("kolom", "gebruik EIGEN=SCHEMA, bijvoorbeeld 'Netto huur=kale_huur'")
                )
                continue
            koppeling[eigen.strip()] = schema.strip()
        if fouten:
            raise OngeldigeInvoer("Verantwoordingsopties", fouten)
        return koppeling


_HERHAALBAAR = ("gemeenten_15", "kolom")


def lees_opties(formulier: Formulier) -> Verantwoordingsopties:
    """De opties uit de tekstvelden; fouten als :class:`OngeldigeInvoer` met het veld."""
    gegevens: dict[str, Any] = {}
    for veld in Verantwoordingsopties.model_fields:
        if veld in _HERHAALBAAR:
            gegevens[veld] = formulier.alle(veld)
        else:
            waarde = formulier.een(veld)
            if waarde is not None:
                gegevens[veld] = waarde
    opties = Verantwoordingsopties.model_validate(gegevens)
    opties.koppeling()
    if not formulier.bestanden.get("bestanden"):
        raise OngeldigeInvoer(
            "Verantwoordingsopties",
            [Veldfout("bestanden", "kies een of meer bestanden met toewijzingen")],
        )
    return opties


class Uitslag(NamedTuple):
    """De verslagen die gevraagd zijn, als bytes, en het verslag zelf."""

    verslag: Verslag
    inhoud: dict[str, bytes]


def uitkomst(verslag: Verslag) -> str:
    """De uitkomst in één woord, zoals de afsluitcode van de opdrachtregel.

    ``voldoet_niet`` (een norm niet gehaald), ``niet_vast_te_stellen`` (een norm niet vast te
    stellen), ``onvolledig`` (rijen afgewezen; de normen gehaald over de rest) of ``voldoet``.
    """
    if verslag.voldoet is False:
        return "voldoet_niet"
    if verslag.voldoet is None:
        return "niet_vast_te_stellen"
    if verslag.invoer["afgewezen"]:
        return "onvolledig"
    return "voldoet"


def maak_verslagen(
    formulier: Formulier,
    opties: Verantwoordingsopties,
    formaten: tuple[str, ...],
    map_: Path,
    termijn: Termijn,
    *,
    beleid: Beleid | None = None,
    voortgang: Callable[[int], None] | None = None,
) -> Uitslag:
    """Maak het verslag van de ontvangen bestanden, in de gevraagde formaten.

    Het verslag van het vorige jaar (veld ``vorig_jaar``) wordt gelezen en gecontroleerd zoals
    bij ``--vorig-jaar`` van de opdrachtregel.

    Draait in een thread; na elk stuk rijen wordt de termijn gecontroleerd (een verstreken termijn
    geeft :class:`~passend_toewijzen.dienst.grenzen.Tijdop`). ``beleid`` is het beleid van de
    dienst; een meegestuurd beleidsbestand gaat daarvoor.
    """
    termijn.controleer()
    beleidsbestand = formulier.bestanden.get("beleid")
    if beleidsbestand:
        b = beleidsbestand[0]
        beleid = laad_beleid(tekst=b.pad.read_bytes(), naam_bestand=b.naam)
    vorig_verslag = formulier.bestanden.get("vorig_jaar")
    vorig = None
    if vorig_verslag:
        v = vorig_verslag[0]
        vorig = lees_vorig_verslag(v.pad.read_bytes(), v.naam)
    excel = None
    if "xlsx" in formaten:
        from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver  # extra

        uit = map_ / "uitvoer"
        uit.mkdir(mode=0o700, exist_ok=True)
        excel = Excelschrijver(uit / "verslag.xlsx")

    def bij(gelezen: int) -> None:
        termijn.controleer()
        if voortgang is not None:
            voortgang(gelezen)

    def bij_afwijzing(fout: Rijfout) -> None:
        if excel is not None:
            excel.afwijzing(fout)

    gelukt = False
    try:
        verslag = verantwoord(
            [b.pad for b in formulier.bestanden["bestanden"]],
            opties.jaar,
            corporatie=opties.corporatie,
            gemeenten_15=opties.gemeenten_15,
            vorig_jaar=vorig,
            beleid=beleid,
            koppeling=opties.koppeling(),
            codering=opties.codering,
            scheidingsteken=opties.scheidingsteken,
            blad=opties.blad,
            kopregel=opties.kopregel,
            decimaalteken=opties.decimaalteken,
            dubbelcontrole=not opties.geen_dubbelcontrole,
            voortgang=bij,
            bij_afwijzing=bij_afwijzing if excel is not None else None,
            bij_oordeel=None if excel is None else excel.oordeel,
            # Altijd de rij-motor: de Excel-uitvoer vraagt een oordeel per toewijzing, en zo is
            # het JSON-verslag hetzelfde, welke formaten ook gevraagd zijn (ook "motor").
            motor="rij",
        )
        termijn.controleer()
        inhoud: dict[str, bytes] = {}
        if excel is not None:
            excel.sluit(verslag)
            inhoud["xlsx"] = excel.pad.read_bytes()
        gelukt = True
    finally:
        if excel is not None and not gelukt:
            excel.verwerp()
    for formaat in formaten:
        if formaat == "json":
            tekst = io.StringIO()
            schrijf_json(verslag, tekst)
            inhoud["json"] = tekst.getvalue().encode("utf-8")
        elif formaat == "html":
            from passend_toewijzen.verantwoording.uitvoer.html import als_html  # extra

            inhoud["html"] = als_html(verslag).encode("utf-8")
        elif formaat == "md":
            inhoud["md"] = als_markdown(verslag).encode("utf-8")
    return Uitslag(verslag, inhoud)
