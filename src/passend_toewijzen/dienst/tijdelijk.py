"""Een privé tijdelijke map per verzoek, die altijd weer verdwijnt.

:func:`prive_map` maakt een map die alleen het proces van de dienst kan lezen (``0700``, met
:func:`tempfile.mkdtemp`) en verwijdert haar met alles erin zodra het verzoek klaar is, ook na
een fout of een afgebroken verbinding. De dienst bewaart niets op schijf.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["PREFIX", "prive_map", "ruim_op"]

PREFIX = "passend-toewijzen-dienst-"


def maak_map() -> Path:
    """Een nieuwe privé map (``0700``) in de tijdelijke map van het systeem."""
    return Path(tempfile.mkdtemp(prefix=PREFIX))


def ruim_op(map_: Path) -> None:
    """Verwijder ``map_`` met alles erin (ook als een deel al weg is)."""
    shutil.rmtree(map_, ignore_errors=True)


@contextmanager
def prive_map() -> Iterator[Path]:
    """Een privé map voor de duur van het ``with``-blok."""
    map_ = maak_map()
    try:
        yield map_
    finally:
        ruim_op(map_)
