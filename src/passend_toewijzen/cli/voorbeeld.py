"""Opdracht ``passend-toewijzen voorbeeld [MAP]``: de voorbeeldbestanden van de documentatie.

::

    passend-toewijzen voorbeeld                 # in de map passend-toewijzen-voorbeeld
    passend-toewijzen voorbeeld mijn-map

Een bestaand bestand wordt nooit overschreven (afsluitcode 2, er is niets geschreven).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from passend_toewijzen.cli._basis import EXIT_OK
from passend_toewijzen.voorbeelden import BESTANDEN, schrijf_voorbeelden

__all__ = ["STANDAARDMAP", "registreer"]

STANDAARDMAP = Path("passend-toewijzen-voorbeeld")


def registreer(opdrachten: Any) -> None:
    """Voeg de opdracht ``voorbeeld`` toe."""
    p = opdrachten.add_parser(
        "voorbeeld",
        help="schrijf de voorbeeldbestanden van de documentatie in een map",
        description="Schrijft de voorbeeldbestanden van de documentatie (toewijzingen van een "
        "verzonnen corporatie, één toewijzing, een woning met kandidaten en een eigen "
        "huur-inkomenstabel) in MAP. Een bestaand bestand wordt nooit overschreven.",
    )
    p.add_argument(
        "map",
        nargs="?",
        type=Path,
        default=STANDAARDMAP,
        help=f"de map voor de bestanden (standaard {STANDAARDMAP}; wordt zo nodig gemaakt)",
    )
    p.set_defaults(uitvoeren=_voorbeeld)


def _voorbeeld(args: argparse.Namespace) -> int:
    geschreven = schrijf_voorbeelden(args.map)
    for pad, omschrijving in zip(geschreven, BESTANDEN.values(), strict=True):
        sys.stdout.write(f"{pad}: {omschrijving}\n")
    return EXIT_OK
