"""Het verslag als JSON: één document volgens het schema ``passend-toewijzen/verantwoording/1``.

Dezelfde invoer geeft byte voor byte dezelfde JSON: sleutels in vaste volgorde, lijsten
gesorteerd, geen tijdstempel, UTF-8, twee spaties inspringing, een regeleinde aan het eind.

De lijsten met genoemde toewijzingen (tot 10.000 per lijst, elk met uitleg) zijn verreweg het
grootste deel. :func:`schrijf_json` schrijft ze geval voor geval, zodat nooit het hele document
als Python-structuur en als tekst tegelijk in het geheugen staat; de tekst is precies die van
``json.dumps(verslag.als_dict(), ensure_ascii=False, indent=2)``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import TextIO

from passend_toewijzen.verantwoording.telling import Geval
from passend_toewijzen.verantwoording.verslag import Verslag, geval_als_dict

__all__ = ["als_json", "json_stukken", "schrijf_json"]

_INSPRINGEN = 2
_LIJSTEN = ("niet_passend", "onbepaald")
"""De lijsten die geval voor geval worden geschreven (sleutels op het hoogste niveau)."""


def _dumps(waarde: object) -> str:
    return json.dumps(waarde, ensure_ascii=False, indent=_INSPRINGEN)


def _lijst(gevallen: tuple[Geval, ...]) -> Iterator[str]:
    """Een lijst op het tweede niveau, zoals ``json.dumps`` met ``indent=2`` haar schrijft."""
    if not gevallen:
        yield "[]"
        return
    binnen = "\n" + " " * (2 * _INSPRINGEN)
    yield "[" + binnen
    for i, geval in enumerate(gevallen):
        if i:
            yield "," + binnen
        yield _dumps(geval_als_dict(geval)).replace("\n", binnen)
    yield "\n" + " " * _INSPRINGEN + "]"


def json_stukken(verslag: Verslag) -> Iterator[str]:
    """Het JSON-verslag in opeenvolgende stukken tekst (samen: :func:`als_json`)."""
    document = verslag.als_dict(gevallen=False)
    merktekens = {sleutel: f"lijst-{sleutel}-{uuid.uuid4().hex}" for sleutel in _LIJSTEN}
    for sleutel, merkteken in merktekens.items():
        document[sleutel] = merkteken
    rest = _dumps(document)
    for sleutel, merkteken in merktekens.items():
        voor, gevonden, rest = rest.partition(f'"{sleutel}": "{merkteken}"')
        if not gevonden:  # pragma: no cover - het merkteken staat er altijd
            msg = f"interne fout: lijst {sleutel} niet gevonden in het JSON-verslag"
            raise AssertionError(msg)
        yield voor + f'"{sleutel}": '
        yield from _lijst(getattr(verslag, sleutel))
    yield rest + "\n"


def schrijf_json(verslag: Verslag, bestand: TextIO) -> None:
    """Schrijf het JSON-verslag naar een open tekstbestand (UTF-8), stuk voor stuk."""
    for stuk in json_stukken(verslag):
        bestand.write(stuk)


def als_json(verslag: Verslag) -> str:
    """Het verslag als JSON-tekst."""
    return "".join(json_stukken(verslag))
