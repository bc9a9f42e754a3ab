"""Nederlandse meldingen bij validatiefouten van pydantic (gedeeld door modellen en data)."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from passend_toewijzen.fouten import Veldfout

__all__ = ["melding", "pad", "veldfouten"]


_MELDINGEN: dict[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld",
    "bool_type": "verwacht true of false",
    "bool_parsing": "verwacht true of false",
    "int_type": "verwacht een geheel getal",
    "int_parsing": "verwacht een geheel getal",
    "int_from_float": "verwacht een geheel getal",
    "string_type": "verwacht tekst",
    "model_type": "verwacht een object met velden",
    "model_attributes_type": "verwacht een object met velden",
    "dict_type": "verwacht een object met velden",
    "tuple_type": "verwacht een lijst",
    "list_type": "verwacht een lijst",
    "set_type": "verwacht een lijst",
    "frozen_set_type": "verwacht een lijst",
    "frozen_instance": "het object is onveranderlijk",
    "frozen_field": "het veld is onveranderlijk",
    "decimal_type": "verwacht een getal",
    "decimal_parsing": "verwacht een getal",
    "json_invalid": "geen geldige JSON",
    "is_instance_of": "verkeerd type",
    "finite_number": "moet een eindig getal zijn",
}


def melding(fout: ErrorDetails) -> str:
    soort = fout["type"]
    ctx = fout.get("ctx") or {}
    if soort == "value_error" and "error" in ctx:
        return str(ctx["error"])
    if soort in ("enum", "literal_error"):
        keuzes = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"onbekende waarde {fout.get('input')!r}; kies uit {keuzes}"
    if soort == "too_short":
        return f"moet minstens {ctx.get('min_length')} element(en) bevatten"
    if soort == "too_long":
        return f"mag hoogstens {ctx.get('max_length')} element(en) bevatten"
    if soort in ("greater_than_equal", "greater_than"):
        teken = "minstens" if soort == "greater_than_equal" else "groter dan"
        grens = ctx.get("ge", ctx.get("gt"))
        return f"moet {teken} {grens} zijn"
    if soort in ("less_than_equal", "less_than"):
        teken = "hoogstens" if soort == "less_than_equal" else "kleiner dan"
        grens = ctx.get("le", ctx.get("lt"))
        return f"moet {teken} {grens} zijn"
    if soort in _MELDINGEN:
        return _MELDINGEN[soort]
    return f"ongeldige waarde ({soort})"


def pad(loc: tuple[int | str, ...]) -> str:
    delen: list[str] = []
    for stap in loc:
        if isinstance(stap, int):
            delen.append(f"[{stap}]")
        elif delen:
            delen.append(f".{stap}")
        else:
            delen.append(str(stap))
    return "".join(delen)


def veldfouten(exc: ValidationError) -> tuple[Veldfout, ...]:
    """Vertaal een pydantic-``ValidationError`` naar Nederlandse veldfouten."""
    return tuple(Veldfout(pad(tuple(f["loc"])), melding(f)) for f in exc.errors())
