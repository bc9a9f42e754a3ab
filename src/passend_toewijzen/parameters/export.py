"""Omzetten van parameters naar JSON-geschikte structuren (bedragen blijven exacte tekst)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from passend_toewijzen.parameters.waarden import (
    Afleiding,
    Bron,
    Leeftijd,
    Parameterset,
    Parameterwaarde,
    Waarde,
)

__all__ = [
    "afleiding_als_dict",
    "bron_als_dict",
    "parameterset_als_dict",
    "parameterwaarde_als_dict",
    "waarde_als_json",
]


def waarde_als_json(waarde: Waarde) -> str | int | dict[str, int]:
    """Een parameterwaarde als JSON-waarde: bedragen als exacte decimale tekst."""
    if isinstance(waarde, Decimal):
        return str(waarde)
    if isinstance(waarde, Leeftijd):
        return {"jaren": waarde.jaren, "maanden": waarde.maanden}
    return waarde


def bron_als_dict(bron: Bron) -> dict[str, Any]:
    """Een bron als woordenboek."""
    return {
        "sleutel": bron.sleutel,
        "titel": bron.titel,
        "uitgever": bron.uitgever,
        "datum": bron.datum.isoformat() if bron.datum else None,
        "url": bron.url,
        "soort": bron.soort.value,
    }


def afleiding_als_dict(afleiding: Afleiding) -> dict[str, Any]:
    """De formule, de invoer en de berekening van een afgeleide waarde."""
    return {
        "formule": afleiding.formule,
        "invoer": {
            i.naam: {"parameter": i.parameter, "op": i.op.isoformat() if i.op else None}
            for i in afleiding.invoer
        },
        "berekening": afleiding.berekening,
        "afwijking": None
        if afleiding.afwijking is None
        else {
            "waarde": str(afleiding.afwijking.waarde),
            "bron": bron_als_dict(afleiding.afwijking.bron),
            "vindplaats": afleiding.afwijking.vindplaats,
            "toelichting": afleiding.afwijking.toelichting,
        },
    }


def parameterwaarde_als_dict(pw: Parameterwaarde) -> dict[str, Any]:
    """Eén geldende parameterwaarde met definitie, ingangsdatum, bron en status."""
    return {
        "waarde": waarde_als_json(pw.waarde),
        "eenheid": pw.definitie.eenheid.value,
        "omschrijving": pw.definitie.omschrijving,
        "grondslag": pw.definitie.grondslag,
        "geldig_vanaf": pw.geldig_vanaf.isoformat(),
        "geldig_tot": pw.geldig_tot.isoformat() if pw.geldig_tot else None,
        "status": pw.status.value,
        "bron": bron_als_dict(pw.bron),
        "vindplaats": pw.vindplaats,
        "bevestigd_door": [bron_als_dict(b) for b in pw.bevestigd_door],
        "opmerking": pw.opmerking,
        "afleiding": afleiding_als_dict(pw.afleiding) if pw.afleiding else None,
    }


def parameterset_als_dict(ps: Parameterset) -> dict[str, Any]:
    """Een hele parameterset als één JSON-document."""
    return {
        "peildatum": ps.peildatum.isoformat(),
        "data_versie": ps.data_versie,
        "data_hash": ps.data_hash,
        "buiten_dekking": ps.buiten_dekking,
        "parameters": {pw.naam: parameterwaarde_als_dict(pw) for pw in ps},
        "niet_van_kracht": dict(sorted(ps.ontbrekend.items())),
    }
