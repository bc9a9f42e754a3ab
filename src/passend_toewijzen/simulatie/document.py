"""Het JSON-document van het beleidslab: eerst de cijfers, dan (elders) Markdown en HTML.

Per scenario en per cijfer het gemiddelde en het 90%-interval over de herhalingen
(:mod:`.statistiek`); per scenario na het eerste het verschil met het eerste, per herhaling
bepaald. Breuken staan als decimale tekst met vier decimalen, naar beneden afgerond zoals in de
monitor (:func:`~passend_toewijzen.monitor.getal`); gerekend is exact. Het document heeft een
vaste volgorde van sleutels en geen tijdstempel: dezelfde invoer en hetzelfde zaad geven hetzelfde
document, byte voor byte. Het schema staat in ``schemas/simulatie-1.schema.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from passend_toewijzen._versie import __version__
from passend_toewijzen.monitor.meting import getal
from passend_toewijzen.parameters.opvragen import parameters_op
from passend_toewijzen.simulatie.lab import Labuitkomst
from passend_toewijzen.simulatie.statistiek import Samenvatting, vat_samen, verschil

__all__ = ["AANNAMES", "SCHEMA", "maak_document"]

SCHEMA = "passend-toewijzen/simulatie/1"

AANNAMES: tuple[str, ...] = (
    "Elke woning komt per jaar hoogstens één keer vrij, met haar mutatiekans (boven 1: zeker "
    "één keer), in een willekeurige maand; de nieuwe huurder blijft de rest van de periode.",
    "Alle datums van een maand zijn de eerste dag van die maand: de toewijzing, de huuringang en "
    "de grenzen van de wet en de tabel die dan gelden.",
    "Wie mag reageren en wie voorrang heeft, zegt de huur-inkomenstabel van het scenario "
    "(de landelijke basistabel: iedereen mag, niemand heeft voorrang). Binnen voorrang en "
    "toegestaan beslist de vroegste inschrijfdatum (of zoekdatum), dan het zoeker-id.",
    "Elke zoeker die mag reageren, reageert op elke vrije woning met dezelfde reactiekans, "
    "ongeacht kern, woningsoort of grootte; voorkeuren van zoekers kent het model niet.",
    "Reacties tellen voor het maximum per maand vanaf de kop van de rangorde tot wie de woning "
    "aanvaardt; wie lager staat, verbruikt geen reactie.",
    "De kans op aanvaarden hangt alleen af van de huurklasse en de doelgroep, niet van eerdere "
    "weigeringen. Weigert iedereen, dan blijft de woning in de periode onverhuurd.",
    "Direct bemiddelde en urgente woningzoekenden zijn een willekeurige zoeker die mag reageren; "
    "een urgentieverklaring of bemiddeling kent het model niet per persoon.",
    "Nieuwe inschrijvers nemen het profiel (omvang, inkomen, AOW, bijzondere doelgroep) van een "
    "willekeurige zoeker uit het bestand over; inkomens veranderen niet tijdens de periode.",
    "Het model kent geen doorstroming: een huurder die verhuist, maakt geen woning vrij binnen de "
    "simulatie, en woningzoekenden die al huren, tellen als gewone zoekers.",
)
"""Wat het model aanneemt, in gewone woorden (in elk verslag)."""


def _samenvatting(s: Samenvatting | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "gemiddelde": getal(s.gemiddelde),
        "onder": getal(s.onder),
        "boven": getal(s.boven),
        "herhalingen": s.herhalingen,
    }


def maak_document(
    uitkomst: Labuitkomst, *, bestanden: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """Het JSON-document (een ``dict``) van de uitkomst van het lab.

    ``bestanden``: per soort invoerbestand (``voorraad``, ``woningzoekenden``) zijn naam, SHA-256
    en aantallen rijen (gelezen, afgewezen), voor het ontvangstbewijs.
    """
    namen = sorted({k for metingen in uitkomst.metingen for m in metingen for k in m.cijfers})
    reeksen = [
        {naam: [m.cijfers.get(naam) for m in metingen] for naam in namen}
        for metingen in uitkomst.metingen
    ]
    scenarios: list[dict[str, Any]] = []
    fouten = uitkomst.woningfouten or tuple(() for _ in uitkomst.scenarios)
    for scenario, reeks, afgevallen in zip(uitkomst.scenarios, reeksen, fouten, strict=True):
        scenarios.append(
            {
                **scenario.als_dict(),
                "woningen_zonder_huur": [
                    {
                        "rij": f.rijnummer,
                        "kolom": f.kolom,
                        "woning_id": f.kenmerk,
                        "melding": f.melding,
                    }
                    for f in afgevallen
                ],
                "cijfers": {naam: _samenvatting(vat_samen(reeks[naam])) for naam in namen},
            }
        )
    verschillen: list[dict[str, Any]] = []
    basis = uitkomst.scenarios[0]
    for scenario, reeks in zip(uitkomst.scenarios[1:], reeksen[1:], strict=True):
        verschillen.append(
            {
                "van": basis.naam,
                "naar": scenario.naam,
                "cijfers": {
                    naam: _samenvatting(verschil(reeksen[0][naam], reeks[naam])) for naam in namen
                },
            }
        )
    ps = parameters_op(date(uitkomst.jaren[0], 1, 1))
    return {
        "schema": SCHEMA,
        "instellingen": {
            "jaren": list(uitkomst.jaren),
            "herhalingen": uitkomst.herhalingen,
            "zaad": uitkomst.zaad,
            "interval": "90% (5e tot en met 95e percentiel, dichtstbijzijnde rang)",
        },
        "invoer": {
            "woningen": uitkomst.woningen,
            "woningzoekenden": uitkomst.zoekers,
            "woningzoekenden_niet_actief": uitkomst.zoekers_niet_actief,
            "peilperiode": [d.isoformat() for d in uitkomst.peilperiode],
            "bestanden": {k: dict(v) for k, v in sorted((bestanden or {}).items())},
        },
        "scenarios": scenarios,
        "verschillen": verschillen,
        "aannames": list(AANNAMES),
        "ontvangstbewijs": {
            "bibliotheek": __version__,
            "parameterdata": ps.data_hash,
        },
    }
