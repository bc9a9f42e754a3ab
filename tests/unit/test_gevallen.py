"""Gouden gevallen: toewijzingen uit tests/gevallen/<jaar>/*.toml met hun verwachte uitkomst.

Elk geval noemt de bron die het reproduceert (wettekst, sectorvoorbeeld of randgeval) en de
verwachte oordelen én de regels (``id:uitkomst``) die in de uitleg moeten staan; zo wordt ook de
uitleg getoetst, niet alleen het oordeel.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from passend_toewijzen.fouten import OnvoldoendeGegevens, ParameterNietVanKracht
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst, toets_toewijzing

MAP = Path(__file__).resolve().parent.parent / "gevallen"
BESTANDEN = sorted(MAP.glob("*/*.toml"))


def _lees(pad: Path) -> dict[str, Any]:
    with pad.open("rb") as f:
        return tomllib.load(f, parse_float=Decimal)


def test_er_zijn_gevallen_voor_elk_regime() -> None:
    jaren = {int(p.parent.name) for p in BESTANDEN}
    assert {2011, 2013, 2015, 2016, 2017, 2022, 2024, 2026} <= jaren
    assert len(BESTANDEN) >= 25


@pytest.mark.parametrize("pad", BESTANDEN, ids=[f"{p.parent.name}/{p.stem}" for p in BESTANDEN])
def test_geval(pad: Path) -> None:
    geval = _lees(pad)
    assert set(geval) == {"omschrijving", "bron", "toewijzing", "verwacht"}, "onbekende sleutels"
    assert geval["bron"].strip(), "elk geval noemt zijn bron"
    toewijzing = Toewijzing.model_validate(geval["toewijzing"])
    assert toewijzing.huuringangsdatum.year == int(pad.parent.name), "map = jaar van huuringang"
    verwacht: dict[str, Any] = geval["verwacht"]

    if "fout" in verwacht:
        with pytest.raises((OnvoldoendeGegevens, ParameterNietVanKracht)) as info:
            toets_toewijzing(toewijzing)
        fout = info.value
        kenmerk = fout.regel if isinstance(fout, OnvoldoendeGegevens) else getattr(fout, "naam", "")
        assert kenmerk == verwacht["fout"]
        onbepaald = toets_toewijzing(toewijzing, strikt=False)
        assert onbepaald.status is Toetsstatus.ONBEPAALD
        assert onbepaald.redenen_onbepaald
        return

    uitkomst = toets_toewijzing(toewijzing)
    assert uitkomst.status is Toetsstatus.BEPAALD
    velden: dict[str, Callable[[Toetsuitkomst], object]] = {
        "passendheid": lambda u: u.passendheid.value if u.passendheid else None,
        "toewijzingssegment": lambda u: (
            u.toewijzingssegment.value if u.toewijzingssegment else None
        ),
        "huishoudtype": lambda u: u.huishoudtype.value if u.huishoudtype else None,
        "aow_huishouden": lambda u: u.aow_huishouden,
        "huishoudinkomen": lambda u: str(u.huishoudinkomen),
        "art_54a": lambda u: u.art_54a,
        "aftoppingsgrens": lambda u: str(u.aftoppingsgrens),
        "huurklasse": lambda u: u.huurklasse.value if u.huurklasse else None,
    }
    onbekend = set(verwacht) - set(velden) - {"regels"}
    assert not onbekend, f"onbekende verwachtingen: {onbekend}"
    for veld, lees in velden.items():
        if veld in verwacht:
            assert lees(uitkomst) == verwacht[veld], veld
    stappen = {f"{r.regel_id}:{r.uitkomst}" for r in uitkomst.uitleg}
    for stap in verwacht.get("regels", []):
        assert stap in stappen, f"{stap} ontbreekt in de uitleg ({sorted(stappen)})"
    for regel in uitkomst.uitleg:
        assert regel.zin.strip()
        assert regel.artikel.strip()
