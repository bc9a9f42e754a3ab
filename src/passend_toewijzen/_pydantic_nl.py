"""Nederlandse meldingen bij validatiefouten van pydantic (gedeeld door modellen en data)."""

from __future__ import annotations

import re

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


_VELD_IN_MELDING = re.compile(
    r"^([a-z_][a-z0-9_]*(?:\[\d+\])*(?:\.[a-z_][a-z0-9_]*(?:\[\d+\])*)*): (.+)$", re.S
)


def veldfouten(exc: ValidationError) -> tuple[Veldfout, ...]:
    """Vertaal een pydantic-``ValidationError`` naar Nederlandse veldfouten.

    Een controle over het hele model meldt het veld vooraan in de melding (``"personen: ..."``);
    dat veld komt in het pad, zodat elke fout als ``huishouden.personen: ...`` wordt gemeld.
    """
    fouten: list[Veldfout] = []
    for fout in exc.errors():
        plek, tekst = pad(tuple(fout["loc"])), melding(fout)
        veld = _VELD_IN_MELDING.match(tekst) if fout["type"] == "value_error" else None
        if veld is not None:
            plek = f"{plek}.{veld.group(1)}" if plek else veld.group(1)
            tekst = veld.group(2)
        fouten.append(Veldfout(plek, tekst))
    return tuple(fouten)
