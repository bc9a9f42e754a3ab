"""Nederlandse meldingen bij validatiefouten van pydantic (gedeeld door modellen en data).

* :func:`veldfouten` maakt van een ``ValidationError`` (of van de lijst fouten die
  ``ValidationError.errors()`` of FastAPI's ``RequestValidationError.errors()`` geeft)
  Nederlandse :class:`~passend_toewijzen.fouten.Veldfout`-en met het pad naar het veld;
* :func:`nederlandse_fouten` geeft dezelfde fouten in de vorm die een HTTP-dienst als antwoord 422
  teruggeeft (``type``, ``loc``, ``msg`` en ``veld``), zonder de ingevoerde waarde;
* :func:`vertaal` maakt van een ``ValidationError`` een nieuwe met de Nederlandse meldingen en
  het veld in het pad; :data:`NederlandseFouten` doet dat als annotatie
  (``Annotated[Toewijzing, NederlandseFouten]``) in een model, ``TypeAdapter`` of FastAPI-body
  van de aanroeper;
* :func:`ongeldig` is de fout die de controles van de modellen geven: pydantic toont haar
  Nederlandse melding zonder "Value error, " ervoor, ook genest in een model van de aanroeper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import InitErrorDetails, PydanticCustomError

from passend_toewijzen.fouten import Veldfout

__all__ = [
    "NederlandseFouten",
    "controlefout",
    "melding",
    "nederlandse_fouten",
    "ongeldig",
    "pad",
    "veldfouten",
    "vertaal",
]


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


_VELD_IN_MELDING = re.compile(r"^([a-z_][a-z0-9_]*(?:\[\d+\])*): (.+)$", re.S)

_NL = "melding"
"""De sleutel in ``ctx`` van een fout die al een Nederlandse melding heeft."""
_VELD = "veld"
"""De sleutel in ``ctx`` met het veld (binnen het model) waar een controle over gaat."""


def ongeldig(tekst: str, *, veld: str | None = None) -> PydanticCustomError:
    """De fout van een controle in een model, met een Nederlandse melding.

    ``veld`` is het veld binnen het model waar een controle over het hele model over gaat (zoals
    ``"personen"``); het komt in het pad van de fout. pydantic toont de melding zonder
    "Value error, " ervoor (``"personen: precies één aanvrager vereist"``).
    """
    if veld is None:
        return PydanticCustomError("value_error", "{melding}", {_NL: tekst})
    return PydanticCustomError("value_error", "{veld}: {melding}", {_VELD: veld, _NL: tekst})


def controlefout(melding: str) -> PydanticCustomError:
    """:func:`ongeldig` voor een controle over het hele model die het veld vooraan in de melding
    noemt (``"personen: precies één aanvrager vereist"``)."""
    gevonden = _VELD_IN_MELDING.match(melding)
    if gevonden is None:
        return ongeldig(melding)
    return ongeldig(gevonden.group(2), veld=gevonden.group(1))


def _elementen(aantal: object) -> str:
    return "1 element" if aantal == 1 else f"{aantal} elementen"


def melding(fout: Mapping[str, Any]) -> str:
    """De Nederlandse melding bij één fout van pydantic."""
    soort = fout["type"]
    ctx = fout.get("ctx") or {}
    if _NL in ctx:
        return str(ctx[_NL])
    if soort == "value_error" and "error" in ctx:
        return str(ctx["error"])
    if soort in ("enum", "literal_error"):
        keuzes = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"onbekende waarde {fout.get('input')!r}; kies uit {keuzes}"
    if soort == "too_short":
        return f"moet minstens {_elementen(ctx.get('min_length'))} bevatten"
    if soort == "too_long":
        return f"mag hoogstens {_elementen(ctx.get('max_length'))} bevatten"
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


_STAP = re.compile(r"([a-z_][a-z0-9_]*)|\[(\d+)\]")


def _plek_en_tekst(fout: Mapping[str, Any]) -> tuple[tuple[int | str, ...], str]:
    """Het pad (als ``loc``) en de Nederlandse melding van één fout.

    Een controle over het hele model meldt het veld vooraan in de melding (``"personen: ..."``);
    dat veld komt in het pad, zodat de fout als ``huishouden.personen: ...`` wordt gemeld.
    """
    loc = tuple(fout["loc"])
    tekst = melding(fout)
    ctx = fout.get("ctx") or {}
    veld: str | None = ctx.get(_VELD)
    if veld is None and fout["type"] == "value_error" and _NL not in ctx:
        # een controle die een gewone ValueError gaf met het veld vooraan in de melding
        gevonden = _VELD_IN_MELDING.match(tekst)
        if gevonden is not None:
            veld, tekst = gevonden.group(1), gevonden.group(2)
    if veld is not None:
        loc += tuple(
            int(m.group(2)) if m.group(2) is not None else m.group(1) for m in _STAP.finditer(veld)
        )
    return loc, tekst


def _fouten(bron: ValidationError | Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """De fouten, zonder de schijnfout "te kort" van een lijst waarvan een element fout is.

    pydantic meldt bij een lijst met een minimumlengte waarvan een element ongeldig is ook dat de
    lijst te kort is (de geldige elementen zijn er te weinig); dat zou de gebruiker op het
    verkeerde spoor zetten.
    """
    fouten = list(bron.errors() if isinstance(bron, ValidationError) else bron)
    plekken = [tuple(f["loc"]) for f in fouten]
    return [
        f
        for f in fouten
        if f["type"] != "too_short"
        or not any(
            len(p) > len(f["loc"]) and p[: len(f["loc"])] == tuple(f["loc"]) for p in plekken
        )
    ]


def veldfouten(bron: ValidationError | Iterable[Mapping[str, Any]]) -> tuple[Veldfout, ...]:
    """Vertaal een pydantic-``ValidationError`` (of de lijst van zijn fouten, zoals
    ``ValidationError.errors()`` of FastAPI's ``RequestValidationError.errors()``) naar
    Nederlandse veldfouten, elk met het pad naar het veld (``huishouden.personen[0].rol``)."""
    uit: list[Veldfout] = []
    for fout in _fouten(bron):
        loc, tekst = _plek_en_tekst(fout)
        uit.append(Veldfout(pad(loc), tekst))
    return tuple(uit)


def nederlandse_fouten(
    bron: ValidationError | Iterable[Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """De fouten met Nederlandse meldingen, in de vorm van een HTTP-antwoord 422.

    Per fout: ``type`` (de soort fout van pydantic), ``loc`` (het pad als lijst, zoals FastAPI
    het geeft, met ``"body"`` vooraan bij een request-body), ``msg`` (de Nederlandse melding) en
    ``veld`` (het pad als tekst, ``huishouden.personen[0].rol``). De ingevoerde waarde staat er
    niet in: een foutmelding bevat nooit een inkomen of geboortedatum.
    """
    uit: list[dict[str, Any]] = []
    for fout in _fouten(bron):
        loc, tekst = _plek_en_tekst(fout)
        uit.append({"type": fout["type"], "loc": list(loc), "msg": tekst, "veld": pad(loc)})
    return uit


def vertaal(exc: ValidationError) -> ValidationError:
    """Dezelfde fouten als ``exc``, met de Nederlandse melding als ``msg`` en het veld in het pad.

    Een fout die al vertaald is, blijft zoals hij is; de soort (``type``) blijft die van pydantic.
    """
    regels: list[InitErrorDetails] = []
    for fout in _fouten(exc):
        loc, tekst = _plek_en_tekst(fout)
        regels.append(
            InitErrorDetails(
                type=PydanticCustomError(fout["type"], "{melding}", {_NL: tekst}),
                loc=loc,
                input=fout.get("input"),
            )
        )
    return ValidationError.from_exception_data(exc.title, regels)


def _vertaal_bij_fout(waarde: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(waarde)
    except ValidationError as exc:
        raise vertaal(exc) from None


NederlandseFouten = WrapValidator(_vertaal_bij_fout)
"""Annotatie die elke validatiefout eronder Nederlands maakt, met het veld in het pad.

Voor een model, ``TypeAdapter`` of FastAPI-body van de aanroeper::

    class Verzoek(BaseModel):
        toewijzing: Annotated[Toewijzing, NederlandseFouten]

    TypeAdapter(Annotated[list[Toewijzing], NederlandseFouten])

Ook de fouten die pydantic zelf geeft (een ontbrekend of onbekend veld, een onbekende keuze)
krijgen zo hun Nederlandse melding. De invoermodellen zelf doen dit niet bij elke validatie: dat
zou elke toewijzing in een groot bestand trager maken.
"""
