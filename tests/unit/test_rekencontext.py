"""De uitkomsten hangen niet af van de ``decimal``-context van de aanroeper (issue 11, item 6).

Een aanroeper die de globale context "vijandig" instelt (precisie 3, afronden naar boven, en een
fout bij elke afronding: ``Inexact``, ``Rounded``) krijgt byte voor byte dezelfde uitkomsten van
de toets (alle gouden gevallen, met en zonder uitleg), de jaarverantwoording (JSON, Markdown,
HTML en Excel), de huur-inkomenstabellen en de parameters; en de bibliotheek laat de context van
de aanroeper ongemoeid, ook tussen twee stappen van :func:`toets_toewijzingen` (een generator).
"""

from __future__ import annotations

import decimal
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen import parameters_op, toets_toewijzingen
from passend_toewijzen.cli.parameters import als_tekst
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.modellen import Toewijzing, Woning
from passend_toewijzen.tabellen import laad_tabel, lees_kandidaten, rangschik, tabel_op
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver
from passend_toewijzen.verantwoording.uitvoer.html import als_html
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown

WORTEL = Path(__file__).resolve().parents[2]
VOORBEELD = WORTEL / "examples" / "data" / "toewijzingen-2023-2024.csv"
GEVALLEN = sorted((WORTEL / "tests" / "gevallen").glob("*/*.toml"))


@contextmanager
def vijandige_context() -> Iterator[decimal.Context]:
    """De globale context van deze thread zo ongunstig mogelijk (en daarna weer zoals hij was)."""
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_UP
        ctx.Emax = 9
        ctx.Emin = -9
        for signaal in (
            decimal.Inexact,
            decimal.Rounded,
            decimal.Subnormal,
            decimal.Underflow,
            decimal.Clamped,
            decimal.FloatOperation,
        ):
            ctx.traps[signaal] = True
        ctx.clear_flags()  # vlaggen van eerdere tests in deze thread
        yield ctx


def _toewijzingen() -> list[Toewijzing]:
    uit = []
    for pad in GEVALLEN:
        with pad.open("rb") as bestand:
            geval = tomllib.load(bestand, parse_float=Decimal)
        uit.append(Toewijzing.model_validate(geval["toewijzing"]))
    return uit


def _toetsen(toewijzingen: list[Toewijzing]) -> list[str]:
    uit = []
    for toewijzing in toewijzingen:
        for uitleg in (True, False):
            try:
                uitkomst = toets_toewijzing(toewijzing, strikt=False, uitleg=uitleg)
            except PassendToewijzenFout as fout:  # pragma: no cover - geen geval geeft een fout
                uit.append(f"fout: {fout}")
                continue
            uit.append(uitkomst.als_json())
            uit.append(uitkomst.als_tekst())
    return uit


def _verantwoording(map_: Path) -> list[str | bytes]:
    verslag = verantwoord(VOORBEELD, 2024)
    excel = map_ / "v.xlsx"
    schrijver = Excelschrijver(excel)
    schrijver.sluit(verslag)
    return [als_json(verslag), als_markdown(verslag), als_html(verslag), excel.read_bytes()]


def _tabellen() -> list[str]:
    woongaard = laad_tabel("woongaard-2015")
    woning = Woning.model_validate_json((WORTEL / "examples" / "data" / "woning.json").read_bytes())
    kandidaten = lees_kandidaten((WORTEL / "examples" / "data" / "kandidaten.json").read_bytes())
    return [
        tabel_op(woongaard, date(2018, 3, 1)).als_tekst(),
        rangschik(woning, kandidaten, woongaard, date(2018, 3, 1)).als_tekst(),
        als_tekst(parameters_op(date(2024, 3, 1))),
    ]


@pytest.mark.parametrize(
    "uitkomsten",
    [
        pytest.param(lambda _: _toetsen(_toewijzingen()), id="toets"),
        pytest.param(_verantwoording, id="verantwoording"),
        pytest.param(lambda _: _tabellen(), id="tabellen-en-parameters"),
    ],
)
def test_dezelfde_uitkomsten_in_een_vijandige_context(
    uitkomsten: Callable[[Path], list[str | bytes]], tmp_path: Path
) -> None:
    (tmp_path / "gewoon").mkdir()
    (tmp_path / "vijandig").mkdir()
    gewoon = uitkomsten(tmp_path / "gewoon")
    with vijandige_context() as ctx:
        vijandig = uitkomsten(tmp_path / "vijandig")
        # De context van de aanroeper is onaangeroerd: geen vlag gezet, niets veranderd.
        assert ctx.prec == 3
        assert ctx.rounding == decimal.ROUND_UP
        assert not any(ctx.flags.values()), ctx.flags
    assert vijandig == gewoon


def test_de_stroom_laat_de_context_van_de_aanroeper_staan() -> None:
    """Tussen twee toewijzingen van :func:`toets_toewijzingen` geldt de context van de aanroeper."""
    toewijzingen = _toewijzingen()[:5]
    with vijandige_context() as ctx:
        gezien = []
        for uitkomst in toets_toewijzingen(toewijzingen, strikt=False):
            gezien.append(uitkomst.status)
            assert decimal.getcontext() is ctx
            assert decimal.getcontext().prec == 3
    assert len(gezien) == 5
