"""Controles die meerdere eigenschapstests delen."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["floats_in"]


def floats_in(waarde: Any, pad: str = "$") -> list[str]:
    """De plaatsen (als pad) waar in ``waarde`` een ``float`` staat, recursief.

    Doorzoekt woordenboeken (sleutels en waarden), lijsten, tuples (ook NamedTuples, met
    veldnamen), verzamelingen, attrs-objecten en de waarden van enums. Een object dat al eens is
    bezocht, wordt niet opnieuw doorzocht.
    """
    gevonden: list[str] = []
    _zoek(waarde, pad, gevonden, set())
    return gevonden


def _zoek(waarde: Any, pad: str, gevonden: list[str], bezocht: set[int]) -> None:
    if isinstance(waarde, float):
        gevonden.append(f"{pad} = {waarde!r}")
        return
    if isinstance(waarde, str | bytes | int) and not isinstance(waarde, enum.Enum):
        return
    if id(waarde) in bezocht:
        return
    bezocht.add(id(waarde))
    if isinstance(waarde, enum.Enum):
        _zoek(waarde.value, f"{pad}.value", gevonden, bezocht)
    elif isinstance(waarde, Mapping):
        for sleutel, kind in waarde.items():
            _zoek(sleutel, f"{pad}[{sleutel!r}] (sleutel)", gevonden, bezocht)
            _zoek(kind, f"{pad}[{sleutel!r}]", gevonden, bezocht)
    elif isinstance(waarde, tuple) and hasattr(waarde, "_fields"):
        for veld in waarde._fields:
            _zoek(getattr(waarde, veld), f"{pad}.{veld}", gevonden, bezocht)
    elif isinstance(waarde, list | tuple):
        for index, kind in enumerate(waarde):
            _zoek(kind, f"{pad}[{index}]", gevonden, bezocht)
    elif isinstance(waarde, set | frozenset):
        for kind in waarde:
            _zoek(kind, f"{pad}{{…}}", gevonden, bezocht)
    elif attrs.has(type(waarde)):
        for veld in attrs.fields(type(waarde)):
            _zoek(getattr(waarde, veld.name), f"{pad}.{veld.name}", gevonden, bezocht)
