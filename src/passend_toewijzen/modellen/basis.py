"""Gemeenschappelijke basis van de invoermodellen: geldbedragen, datums en Nederlandse fouten.

* Geldbedragen zijn ``Decimal``. Een ``float`` wordt alleen geaccepteerd als zijn kortste
  weergave exact centen zijn (``640.1`` → ``Decimal('640.1')``); anders volgt een fout. Tekst
  moet een punt als decimaalteken hebben (``"640.10"``); bestandslezers zetten decimale komma's
  vooraf om.
* Datums zijn ``datetime.date`` of tekst ``JJJJ-MM-DD``; een ``datetime`` of een getal wordt
  geweigerd.
* Elke fout wordt een :class:`~passend_toewijzen.fouten.OngeldigeInvoer` met per veld een
  Nederlandse melding. Meldingen over een inkomen, vermogen of geboortedatum noemen de waarde
  niet (alleen het veld en het soort probleem): zo komt geen persoonsgegeven in een log.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Annotated, Any, ClassVar, Generic, Self, TypeVar, overload

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetJsonSchemaHandler,
    Strict,
    ValidationError,
    WithJsonSchema,
)
from pydantic_core import CoreSchema

from passend_toewijzen._meldingen import codering_melding, json_melding, soortnaam
from passend_toewijzen._pydantic_nl import ongeldig, veldfouten
from passend_toewijzen.fouten import OngeldigeInvoer, Veldfout
from passend_toewijzen.modellen.schema import bedragschema, verfraai

__all__ = [
    "MAX_JAARINKOMEN",
    "MAX_MAANDBEDRAG",
    "MAX_VERMOGEN",
    "Bedrag",
    "Datum",
    "Jaarinkomen",
    "Maandbedrag",
    "Model",
    "Tekst",
    "Vermogen",
    "Vlag",
    "decimalen",
    "eenmalig",
    "lees_json",
    "naar_bedrag",
    "veldfouten",
]

T = TypeVar("T")

_BEDRAG_PATROON = re.compile(r"^-?\d+(\.\d+)?$")
_DATUM_PATROON = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def decimalen(getal: Decimal) -> int:
    """Het aantal decimalen van een eindig getal, zonder nullen aan het eind: exact.

    Zonder rekenen in een ``decimal``-context: ``normalize()`` zou een getal met meer cijfers
    dan de precisie eerst afronden (``1.0000000000000000000000000001`` → ``1``) en bij een heel
    grote of kleine exponent ``Overflow`` geven of naar nul afronden.
    """
    _, cijfers, exponent = getal.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    nullen = len(cijfers) - len(bytes(cijfers).rstrip(b"\0"))
    if nullen == len(cijfers):
        return 0  # nul
    return max(0, -(exponent + nullen))


_NUL = Decimal(0)
# Getallen met de exponent -2, 0 en -1: wie dezelfde exponent heeft (``same_quantum`` vergelijkt
# alleen de exponent, zonder context en zonder afronding), heeft zeker hoogstens twee decimalen.
_CENT = Decimal("0.01")
_EEN = Decimal(1)
_TIEN_CENT = Decimal("0.1")


def naar_bedrag(waarde: object) -> Decimal:
    """Zet invoer exact om naar een ``Decimal`` in hele centen, of geef een ``ValueError``.

    De fout is een ``PydanticCustomError`` (een ``ValueError``): in een model van de aanroeper
    toont pydantic de Nederlandse melding zonder "Value error, " ervoor.

    Geaccepteerd: ``Decimal``, ``int`` en tekst met een punt als decimaalteken. Een ``float``
    alleen als zijn kortste weergave (``repr``) hoogstens twee decimalen heeft; zo wordt
    ``640.1`` exact ``640.1`` en ``0.1 + 0.2`` geweigerd.
    """
    # Tekst, Decimal, int en float sluiten elkaar uit (alleen bool is een int): de volgorde van
    # de controles verandert niets, de meest voorkomende soorten staan vooraan.
    if type(waarde) is Decimal:  # snelste weg: al een Decimal (geen bool, geen subklasse)
        getal = waarde
    elif isinstance(waarde, str):
        tekst = waarde.strip()
        if "," in tekst:
            raise ongeldig(
                "het bedrag heeft een komma; gebruik een punt als decimaalteken en geen "
                "duizendtallenscheiding"
            )
        if not _BEDRAG_PATROON.match(tekst):
            raise ongeldig("geen bedrag (voorbeeld: 640.10)")
        getal = Decimal(tekst)
    elif isinstance(waarde, bool):
        raise ongeldig("verwacht een bedrag, geen ja/nee-waarde")
    elif isinstance(waarde, Decimal):
        getal = waarde
    elif isinstance(waarde, int):
        getal = Decimal(waarde)
    elif isinstance(waarde, float):
        tekst = repr(waarde)
        if not _BEDRAG_PATROON.match(tekst):
            msg = "het getal is geen exact bedrag in centen; geef het als tekst of Decimal"
            raise ongeldig(msg)
        getal = Decimal(tekst)
    else:
        raise ongeldig(f"verwacht een bedrag, geen {soortnaam(waarde)}")
    if not getal.is_finite():
        raise ongeldig("een bedrag moet eindig zijn")
    # Met exponent -2, 0 of -1 heeft het getal zeker hoogstens twee decimalen; alleen anders zijn
    # de decimalen (exact, zonder afronding in een context) te tellen.
    if (
        not (
            getal.same_quantum(_CENT) or getal.same_quantum(_EEN) or getal.same_quantum(_TIEN_CENT)
        )
        and decimalen(getal) > 2
    ):
        raise ongeldig("een bedrag heeft hoogstens twee decimalen (centen)")
    return getal


def _naar_bedrag_niet_negatief(waarde: object) -> Decimal:
    """:func:`naar_bedrag`, en een bedrag kan niet negatief zijn (één aanroep per veld)."""
    getal = naar_bedrag(waarde)
    if getal < _NUL:
        raise ongeldig("een bedrag kan niet negatief zijn")
    return getal


def _naar_datum(waarde: object) -> date:
    if type(waarde) is date:  # snelste weg: al een datum (een datetime is een subklasse)
        return waarde
    if isinstance(waarde, str):  # tekst is nooit een datum: de volgorde verandert niets
        tekst = waarde.strip()
        if _DATUM_PATROON.match(tekst):
            try:
                return date.fromisoformat(tekst)
            except ValueError:
                raise ongeldig("geen bestaande datum") from None
    elif isinstance(waarde, datetime):
        raise ongeldig("geef een datum zonder tijd (JJJJ-MM-DD)")
    elif isinstance(waarde, date):
        return waarde
    raise ongeldig(f"geen datum ({soortnaam(waarde)}); gebruik JJJJ-MM-DD")


def _niet_leeg(tekst: str) -> str:
    tekst = tekst.strip()
    if not tekst:
        raise ongeldig("mag niet leeg zijn")
    return tekst


_BEDRAG = "een bedrag in euro, niet negatief, hoogstens twee decimalen (getal, of tekst als 640.10)"

Bedrag = Annotated[
    Decimal,
    BeforeValidator(_naar_bedrag_niet_negatief),
    WithJsonSchema(bedragschema(None, _BEDRAG[0].upper() + _BEDRAG[1:] + ".")),
]
"""Een niet-negatief geldbedrag in euro met hoogstens twee decimalen."""

MAX_MAANDBEDRAG = Decimal(25_000)
"""Plausibiliteitsgrens (geen wettelijk bedrag): een huur of servicekosten per maand daarboven is
vrijwel zeker een invoerfout, zoals een bedrag in centen in plaats van euro's."""
MAX_JAARINKOMEN = Decimal(100_000_000)
"""Plausibiliteitsgrens (geen wettelijk bedrag) voor een inkomen per jaar."""
MAX_VERMOGEN = Decimal(10_000_000_000)
"""Plausibiliteitsgrens (geen wettelijk bedrag) voor een vermogen (rendementsgrondslag)."""


_MAX_CIJFERS_IN_MELDING = 18


def _euro(getal: Decimal) -> str:
    """``Decimal('65043.5')`` → ``'€ 65.043,50'`` (alleen voor meldingen).

    Een bedrag met meer dan 18 cijfers voor de komma wordt niet uitgeschreven (een melding blijft
    kort, en ``1E+999999999`` wordt geen tekst van een miljard cijfers).
    """
    if getal.adjusted() >= _MAX_CIJFERS_IN_MELDING:
        return f"een bedrag van {getal.adjusted() + 1} cijfers"
    tekst = f"{getal:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"€ {tekst.removesuffix(',00')}"


def _ten_hoogste(
    maximum: Decimal, wat: str, *, persoonlijk: bool = False
) -> Callable[[Decimal], Decimal]:
    """Een plausibiliteitscontrole; bij ``persoonlijk`` noemt de melding het bedrag niet."""

    def controleer(getal: Decimal) -> Decimal:
        if getal > maximum:
            bedrag = "het bedrag" if persoonlijk else _euro(getal)
            msg = (
                f"{bedrag} is onwaarschijnlijk hoog voor {wat} (ten hoogste "
                f"{_euro(maximum)}); staat het bedrag misschien in centen?"
            )
            raise ongeldig(msg)
        return getal

    return controleer


Maandbedrag = Annotated[
    Decimal,
    BeforeValidator(_naar_bedrag_niet_negatief),
    AfterValidator(_ten_hoogste(MAX_MAANDBEDRAG, "een bedrag per maand")),
    WithJsonSchema(bedragschema(MAX_MAANDBEDRAG, f"Per maand: {_BEDRAG}, ten hoogste 25.000.")),
]
"""Een :data:`Bedrag` per maand (huur, servicekosten), ten hoogste :data:`MAX_MAANDBEDRAG`."""

Jaarinkomen = Annotated[
    Decimal,
    BeforeValidator(_naar_bedrag_niet_negatief),
    AfterValidator(_ten_hoogste(MAX_JAARINKOMEN, "een inkomen per jaar", persoonlijk=True)),
    WithJsonSchema(bedragschema(MAX_JAARINKOMEN, f"Per jaar: {_BEDRAG}, ten hoogste 100 miljoen.")),
]
"""Een :data:`Bedrag` per jaar (inkomen), ten hoogste :data:`MAX_JAARINKOMEN`."""

Vermogen = Annotated[
    Decimal,
    BeforeValidator(_naar_bedrag_niet_negatief),
    AfterValidator(_ten_hoogste(MAX_VERMOGEN, "een vermogen", persoonlijk=True)),
    WithJsonSchema(bedragschema(MAX_VERMOGEN, f"Vermogen: {_BEDRAG}, ten hoogste 10 miljard.")),
]
"""Een :data:`Bedrag` (vermogen), ten hoogste :data:`MAX_VERMOGEN`."""

Datum = Annotated[
    date,
    BeforeValidator(_naar_datum),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "Een bestaande datum JJJJ-MM-DD, zonder tijd.",
        }
    ),
]
"""Een kalenderdatum (``date`` of tekst ``JJJJ-MM-DD``)."""

Vlag = Annotated[bool, Strict()]
"""Een ja/nee-waarde; alleen ``True``/``False`` (JSON ``true``/``false``)."""

Tekst = Annotated[
    str,
    Strict(),
    AfterValidator(_niet_leeg),
    WithJsonSchema({"type": "string", "pattern": "\\S", "description": "Niet-lege tekst."}),
]
"""Niet-lege tekst (witruimte aan begin en eind wordt verwijderd)."""


class eenmalig(cached_property[T], Generic[T]):  # noqa: N801 - gebruikt als decorator
    """Als :class:`functools.cached_property`: één keer berekend en in ``__dict__`` bewaard.

    Zonder de vergrendeling van ``cached_property`` in Python 3.11 (die Python 3.12 ook heeft
    laten vallen), die de eerste opvraging enkele keren zo duur maakt als de berekening zelf.
    Twee threads die tegelijk vragen, rekenen hoogstens allebei dezelfde waarde uit.
    """

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...
    def __get__(self, instance: object, owner: type[Any] | None = None) -> Self | T:
        naam = self.attrname
        if instance is None or naam is None:
            return super().__get__(instance, owner)
        waarde = self.func(instance)
        instance.__dict__[naam] = waarde
        return waarde


def lees_json(inhoud: str | bytes | bytearray, model: str) -> Any:
    """JSON-tekst met exacte getallen (``Decimal``); elke fout wordt :class:`OngeldigeInvoer`.

    Ook tekst die geen UTF-8 (of UTF-16/32) is, een getal met meer cijfers dan Python in een
    ``int`` omzet en te diep geneste lijsten geven een Nederlandse melding, geen ander soort fout.
    """
    try:
        return json.loads(inhoud, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        melding = f"geen geldige JSON: {json_melding(exc)}"
    except UnicodeDecodeError as exc:
        melding = (
            f"geen geldige JSON: de tekst is geen geldige {exc.encoding.upper()} (byte "
            f"0x{exc.object[exc.start]:02x} op positie {exc.start}, {codering_melding(exc)}); "
            "sla het bestand op als UTF-8"
        )
    except ValueError:
        melding = "geen geldige JSON: een getal heeft te veel cijfers"
    except RecursionError:
        melding = "geen geldige JSON: te diep genest"
    raise OngeldigeInvoer(model, (Veldfout("", melding),))


class Model(BaseModel):
    """Basis van alle invoermodellen: onveranderlijk, geen onbekende velden, Nederlandse fouten.

    Constructie (``Model(...)``, ``model_validate``, ``model_validate_json``) geeft bij fouten
    :class:`~passend_toewijzen.fouten.OngeldigeInvoer` (een ``ValueError``) met per veld het pad
    en een Nederlandse melding.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        use_enum_values=False,
        ser_json_inf_nan="strings",
        ignored_types=(eenmalig,),
    )

    def __init__(self, /, **data: Any) -> None:
        # Wat BaseModel.__init__ doet, zonder de extra aanroep: de modelvalidators van deze
        # modellen geven altijd ``self`` terug.
        try:
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as exc:
            raise OngeldigeInvoer(type(self).__name__, veldfouten(exc)) from exc

    # pydantic roept een eigen __init__ ook aan bij geneste validatie; deze markering zegt dat
    # deze __init__ alleen de fouten vertaalt, zodat geneste modellen gewoon worden gevalideerd.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        """Het JSON Schema met Nederlandse titels, omschrijvingen en de regels over meer velden
        (zie :mod:`passend_toewijzen.modellen.schema`); ook in een FastAPI-dienst."""
        schema = handler(core_schema)
        verfraai(
            cls.__name__,
            cls.__doc__,
            handler.resolve_ref_schema(schema),
            handler.resolve_ref_schema,
        )
        return schema

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: Any = None,
        from_attributes: bool | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        try:
            if by_alias is False and by_name is not True:
                # BaseModel.model_validate geeft hiervoor de juiste PydanticUserError.
                return super().model_validate(obj, by_alias=by_alias, by_name=by_name)
            resultaat: Self = cls.__pydantic_validator__.validate_python(
                obj,
                strict=strict,
                extra=extra,
                from_attributes=from_attributes,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except ValidationError as exc:
            raise OngeldigeInvoer(cls.__name__, veldfouten(exc)) from exc
        return resultaat

    @classmethod
    def model_validate_json(
        cls,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        extra: Any = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """Valideer JSON-tekst; getallen worden exact als ``Decimal`` gelezen."""
        gegevens = lees_json(json_data, cls.__name__)
        return cls.model_validate(
            gegevens,
            strict=strict,
            extra=extra,
            context=context,
            by_alias=by_alias,
            by_name=by_name,
        )
