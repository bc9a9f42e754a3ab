"""Importeren en gebruiken van de bibliotheek verandert niets aan het proces van de aanroeper."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import decimal, json, locale, logging, os, sys, warnings

def toestand():
    ctx = decimal.getcontext()
    return {
        "decimal": [ctx.prec, str(ctx.rounding), ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp,
                    sorted(str(t) for t, v in ctx.traps.items() if v)],
        "locale": locale.setlocale(locale.LC_ALL),
        "warnings": [repr(f) for f in warnings.filters],
        "logging_root": [repr(h) for h in logging.getLogger().handlers],
        "logging_level": logging.getLogger().level,
        "excepthook": repr(sys.excepthook),
        "environ": sorted(os.environ.items()),
        "displayhook": repr(sys.displayhook),
    }

voor = toestand()
import passend_toewijzen
import passend_toewijzen.cli
from datetime import date
passend_toewijzen.parameters_op(date(2024, 3, 1))
na = toestand()
print(json.dumps({"voor": voor, "na": na}))
"""


def test_import_en_gebruik_wijzigen_niets_aan_het_proces() -> None:
    uitvoer = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    ).stdout
    toestanden = json.loads(uitvoer)
    assert toestanden["voor"] == toestanden["na"]


def test_geen_logging_van_de_bibliotheek_naar_root() -> None:
    import logging

    import passend_toewijzen  # noqa: F401

    logger = logging.getLogger("passend_toewijzen")
    assert logger.handlers == []
    assert logger.propagate
