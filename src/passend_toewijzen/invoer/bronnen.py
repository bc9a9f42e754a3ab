"""Meer bestanden tegelijk: elke bron één keer, elk met een eigen naam.

Een bron is een bestand, herkend aan zijn werkelijke plek (het pad na symbolische koppelingen,
en bij twijfel de identiteit van het bestand zelf: een harde koppeling is hetzelfde bestand),
niet aan hoe het pad geschreven is. :func:`bronnen` weigert hetzelfde bestand twee keer en geeft
elke bron een naam die uniek is: de bestandsnaam, of bij gelijke bestandsnamen in verschillende
mappen zoveel van het pad als nodig (``jan/export.csv`` en ``feb/export.csv``). Die naam staat in
elke melding, in de lijst afgewezen rijen en in het ontvangstbewijs.

Twee bestanden met precies dezelfde inhoud zijn vrijwel zeker twee keer dezelfde export;
:func:`controleer_inhoud` weigert ze (op de SHA-256 van de inhoud).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from passend_toewijzen.invoer.lezen import InvoerFout

__all__ = ["Bron", "bronnen", "controleer_inhoud", "zelfde_bestand"]


class Bron(NamedTuple):
    """Eén invoerbestand: het pad zoals opgegeven, de werkelijke plek en de naam in het verslag."""

    pad: Path
    werkelijk: Path
    naam: str


def zelfde_bestand(a: Path, b: Path) -> bool:
    """Of ``a`` en ``b`` hetzelfde bestand zijn (ook via een symbolische of harde koppeling)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.realpath(a)) == Path(os.path.realpath(b))


def bronnen(paden: Sequence[str | Path]) -> tuple[Bron, ...]:
    """De bronnen bij de opgegeven paden, met unieke namen; hetzelfde bestand twee keer is een
    :class:`~passend_toewijzen.invoer.lezen.InvoerFout`."""
    gegeven = [Path(p) for p in paden]
    werkelijk = [Path(os.path.realpath(p)) for p in gegeven]
    for i, pad in enumerate(gegeven):
        for j in range(i):
            if werkelijk[i] == werkelijk[j] or (
                pad.exists() and gegeven[j].exists() and zelfde_bestand(pad, gegeven[j])
            ):
                raise InvoerFout(
                    str(pad),
                    f"dit is hetzelfde bestand als {gegeven[j]} (het is twee keer opgegeven); "
                    "geef elk bestand één keer op",
                )
    namen = _unieke_namen(werkelijk)
    return tuple(Bron(g, w, n) for g, w, n in zip(gegeven, werkelijk, namen, strict=True))


def _unieke_namen(paden: Sequence[Path]) -> list[str]:
    """Per pad het kortste staartstuk (bestandsnaam, map/bestandsnaam, ...) dat uniek is."""
    diepte = [1] * len(paden)
    while True:
        namen = ["/".join(p.parts[-d:]) for p, d in zip(paden, diepte, strict=True)]
        botsend = {n for n in namen if namen.count(n) > 1}
        if not botsend:
            return namen
        veranderd = False
        for i, naam in enumerate(namen):
            if naam in botsend and diepte[i] < len(paden[i].parts):
                diepte[i] += 1
                veranderd = True
        if not veranderd:  # pragma: no cover - verschillende werkelijke paden verschillen ergens
            return [str(p) for p in paden]


def controleer_inhoud(hashes: Mapping[str, str]) -> None:
    """Weiger twee bronnen met dezelfde inhoud (``naam → SHA-256``)."""
    gezien: dict[str, str] = {}
    for naam, sha256 in hashes.items():
        if sha256 in gezien:
            raise InvoerFout(
                naam,
                f"dit bestand heeft precies dezelfde inhoud als {gezien[sha256]}; is dezelfde "
                "export twee keer opgegeven? Geef haar één keer op",
            )
        gezien[sha256] = naam
