"""De brug tussen de twee motoren: toewijzingen als frame, en het oordeel van de rij-motor in
dezelfde kolommen als dat van de kolom-motor (voor het verschilbewijs en de tests).

:func:`frame_van_toewijzingen` zet toewijzingen uit een bestand (het huishouden zoals de
bestandslezer het bouwt) om in de invoerkolommen van :func:`~.regels.beoordeel`;
:func:`rijoordeel` geeft het oordeel van :func:`~passend_toewijzen.toets.toets_toewijzing` in de
uitvoerkolommen. :func:`verschillen` vergelijkt beide rij voor rij.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import polars as pl

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.kolom.regels import INVOERSCHEMA, UITVOERKOLOMMEN, beoordeel
from passend_toewijzen.kolom.tabel import centen
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst, toets_toewijzing

__all__ = ["VERGELEKEN", "frame_van_toewijzingen", "rijoordeel", "verschillen"]

VERGELEKEN = tuple(k for k in UITVOERKOLOMMEN if k != "motor_rij")
"""De kolommen waarin de twee motoren precies gelijk moeten zijn."""


def _ct(bedrag: Decimal | None) -> int | None:
    return None if bedrag is None else centen(bedrag)


def frame_van_toewijzingen(toewijzingen: Sequence[Toewijzing]) -> pl.DataFrame:
    """De invoerkolommen van de kolom-motor (plus ``rij``, de plaats) voor deze toewijzingen.

    Alleen voor huishoudens zoals een toewijzingenbestand ze beschrijft (alle bewoners
    vergunninghouder of student, of geen van allen; geen geboortedata).
    """
    rijen: list[dict[str, Any]] = []
    for i, t in enumerate(toewijzingen):
        h, w = t.huishouden, t.woning
        rijen.append(
            {
                "rij": i,
                "huuringangsdatum": t.huuringangsdatum,
                "gemeente": w.gemeente,
                "kale_huur": centen(w.kale_huur),
                "woningsoort": w.soort.value,
                "daeb": w.daeb,
                "aantal_personen": len(h.personen),
                "huishoudinkomen": _ct(h.vastgesteld_inkomen),
                "aow_huishouden": h.aow_huishouden,
                "vergunninghouders": h.alleen_vergunninghouders,
                "studenten": h.alleen_studenten,
                "zorgindicatie": None if h.zorgindicatie is None else h.zorgindicatie.value,
                "huurtoeslag_mogelijk": w.huurtoeslag_mogelijk,
                "servicekosten": _ct(w.servicekosten),
                "subsidiabele_servicekosten": _ct(w.subsidiabele_servicekosten),
                "verzoek_art_54a": h.verzoek_art_54a,
                "alle_bewoners_aow": h.alle_bewoners_aow,
                "rendementsgrondslag_box3": _ct(h.rendementsgrondslag_box3),
            }
        )
    return pl.DataFrame(rijen, schema={"rij": pl.Int64, **INVOERSCHEMA})


def _categorie(u: Toetsuitkomst) -> str | None:
    if u.toewijzingssegment is not Toewijzingssegment.DOELGROEP or u.daeb_inkomensgrenzen:
        return None
    if u.zorgindicatie:
        return "zorg"
    return None if u.vrijstelling is None else u.vrijstelling.value


def _nvt_reden(u: Toetsuitkomst) -> str | None:
    if u.passendheid is not Passendheid.NVT:
        return None
    if u.art_54a:
        return "art_54a"
    return "buiten_groep" if u.in_passende_groep is False else "buiten_reikwijdte"


def _daeb_buiten(u: Toetsuitkomst) -> str | None:
    if u.toewijzingssegment is not Toewijzingssegment.NVT:
        return None
    return "geen_daeb" if u.segment_reden == "geen DAEB-woongelegenheid" else "boven_huurgrens"


def rijoordeel(uitkomst: Toetsuitkomst) -> dict[str, Any]:
    """Het oordeel van de rij-motor in de uitvoerkolommen van de kolom-motor."""
    u = uitkomst
    return {
        "onbepaald": u.status is Toetsstatus.ONBEPAALD,
        "segment": None if u.toewijzingssegment is None else u.toewijzingssegment.value,
        "segment_reden": u.segment_reden,
        "categorie": _categorie(u),
        "daeb_buiten": _daeb_buiten(u),
        "passendheid": None if u.passendheid is None else u.passendheid.value,
        "passend_reden": u.passendheid_reden,
        "nvt_reden": _nvt_reden(u),
        "in_passende_groep": u.in_passende_groep,
        "art_54a": u.art_54a,
        "huishoudtype": None if u.huishoudtype is None else u.huishoudtype.value,
        "huurklasse": None if u.huurklasse is None else u.huurklasse.value,
    }


def verschillen(
    toewijzingen: Sequence[Toewijzing], beleid: Beleid | None = None
) -> list[tuple[int, str, object, object]]:
    """Elke afwijking tussen de motoren: (plaats, kolom, rij-motor, kolom-motor).

    Rijen die de kolom-motor aan de rij-motor laat (``motor_rij``) tellen niet als afwijking
    zolang de rij-motor daar een fout geeft; geeft hij een oordeel, dan is dat een afwijking.
    """
    kolom = beoordeel(frame_van_toewijzingen(toewijzingen), beleid).sort("rij").collect().to_dicts()
    uitkomst: list[tuple[int, str, object, object]] = []
    for rij, toewijzing in zip(kolom, toewijzingen, strict=True):
        try:
            verwacht = rijoordeel(
                toets_toewijzing(toewijzing, beleid=beleid, strikt=False, uitleg=False)
            )
        except PassendToewijzenFout:
            if not rij["motor_rij"]:
                uitkomst.append((rij["rij"], "motor_rij", True, False))
            continue
        if rij["motor_rij"]:
            uitkomst.append((rij["rij"], "motor_rij", False, True))
            continue
        for naam in VERGELEKEN:
            if rij[naam] != verwacht[naam]:
                uitkomst.append((rij["rij"], naam, verwacht[naam], rij[naam]))
    return uitkomst
