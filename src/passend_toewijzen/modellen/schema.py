"""Het JSON Schema van de invoermodellen: Nederlandse titels, uitleg per veld, de regels.

pydantic maakt het schema uit de velden; deze module vult het aan (via de haak
``Model.__get_pydantic_json_schema__``, zodat het ook in een FastAPI-dienst zo is):

* een Nederlandse titel en omschrijving per model, veld en keuzelijst ("Verzoek op grond van
  art. 54a", niet "Verzoek Art 54A"), zonder opmaakcodes uit de broncode;
* de controles over meer velden die JSON Schema kan uitdrukken (precies één aanvrager, de velden
  die bij een soort inkomensbewijs horen, het vermogen bij een verzoek op grond van art. 54a).

De bedragen, datums en teksten krijgen hun strikte schema bij hun type in
:mod:`passend_toewijzen.modellen.basis`. Wat JSON Schema niet kan uitdrukken (twee bewijzen van
dezelfde soort over hetzelfde jaar, een huuringangsdatum vóór de toewijzingsdatum), controleert
alleen het model zelf; de documentatie noemt het.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

__all__ = ["bedragschema", "verfraai", "zonder_opmaak"]

JsonSchema = dict[str, Any]

MODELLEN: dict[str, tuple[str, str]] = {
    "Persoon": (
        "Persoon",
        "Een persoon die in de woongelegenheid gaat wonen (geen onderhuurder).",
    ),
    "Huishouden": (
        "Huishouden",
        "De personen die samen de woongelegenheid gaan bewonen: precies één aanvrager, hoogstens "
        "één partner, verder medebewoners en kinderen. Alle bewoners tellen mee voor de omvang, "
        "ook kinderen; onderhuurders niet (Wet op de huurtoeslag art. 20 lid 2).",
    ),
    "Inkomensbewijs": (
        "Inkomensbewijs",
        "Een document waaruit het inkomen van één bewoner blijkt (BTIV 2015 art. 56, RTIV 2015 "
        "art. 22): een inkomensverklaring of (voorlopige) aanslag over een belastingjaar, een "
        "verklaring over het actuele inkomen, of (vanaf 2022) een bewijs van toekenning van "
        "algemene bijstand (art. 56 lid 5 onder b).",
    ),
    "Woning": (
        "Woongelegenheid",
        "De woongelegenheid die wordt toegewezen, met haar kale huur bij aanvang van de huur.",
    ),
    "Toewijzing": (
        "Toewijzing",
        "Eén toewijzing (verhuring) van een woongelegenheid aan een huishouden. De "
        "huuringangsdatum bepaalt welke grenzen, normen en indexatie gelden.",
    ),
}

VELDEN: dict[str, dict[str, tuple[str, str]]] = {
    "Persoon": {
        "rol": ("Rol", "De rol in het huishouden."),
        "geboortedatum": (
            "Geboortedatum",
            "Nodig om de AOW-status te bepalen, tenzij het huishouden die zelf opgeeft.",
        ),
        "inkomensbewijzen": (
            "Inkomensbewijzen",
            "De documenten waaruit het inkomen van deze persoon blijkt.",
        ),
        "vergunninghouder": (
            "Vergunninghouder",
            "Verblijfsgerechtigde die vanuit een COA-opvang wordt gehuisvest en meetelt voor de "
            "gemeentelijke taakstelling.",
        ),
        "asielvergunning": (
            "Asielvergunning",
            "Heeft na een asielaanvraag een verblijfsvergunning ontvangen (Vreemdelingenwet 2000 "
            "art. 8 onder a-d): het huishouden hoort tot de passende groep en de DAEB-doelgroep "
            "(BTIV 2015 art. 54 lid 2 onder b en art. 57 onder a).",
        ),
        "studiefinanciering": (
            "Studiefinanciering",
            "Ontvangt studiefinanciering (Wet studiefinanciering 2000); uitsluitend, en ten "
            "hoogste twee, zulke personen zijn vrijgesteld van de inkomenstoets (BTIV 2015 art. 56 "
            "lid 3 en 4).",
        ),
        "wtos": (
            "Tegemoetkoming WTOS",
            "Heeft recht op een tegemoetkoming op grond van de Wet tegemoetkoming "
            "onderwijsbijdrage en schoolkosten; telt vanaf 2022 als student (BTIV 2015 art. 54 lid "
            "2 onder a 3° en art. 56 lid 4 onder a).",
        ),
        "buitenlandse_student": (
            "Buitenlandse student",
            "Van buiten Nederland afkomstig en ingeschreven bij een instelling voor hoger "
            "onderwijs; uitsluitend zulke personen zijn, zonder maximum, vrijgesteld van de "
            "inkomenstoets (BTIV 2015 art. 56 lid 4 onder b).",
        ),
        "voltijds_student": (
            "Voltijds student",
            "Voltijds ingeschreven bij een universiteit, hogeschool of mbo-instelling, of voltijds "
            "promovendus; een- of tweepersoonshuishoudens van zulke personen horen tot de passende "
            "groep en de DAEB-doelgroep (BTIV 2015 art. 54 lid 2 onder a).",
        ),
    },
    "Huishouden": {
        "personen": (
            "Personen",
            "Alle personen die in de woning gaan wonen, kinderen inbegrepen; precies één "
            "aanvrager en hoogstens één partner.",
        ),
        "vastgesteld_inkomen": (
            "Vastgesteld huishoudinkomen",
            "Het huishoudinkomen in euro per jaar, al vastgesteld (en geïndexeerd) voor het jaar "
            "van de huuringangsdatum; als het is opgegeven, tellen de inkomensbewijzen niet.",
        ),
        "aow_huishouden": (
            "AOW-huishouden",
            "Of het huishouden de AOW-leeftijd heeft bereikt; zonder deze waarde volgt het uit de "
            "geboortedata.",
        ),
        "alle_bewoners_aow": (
            "Alle bewoners met AOW-leeftijd",
            "Of elke bewoner, kinderen inbegrepen, op 1 januari van het jaar van de huuringang de "
            "AOW-leeftijd had bereikt (voor BTIV art. 54a); zonder deze waarde volgt het bij één "
            "persoon uit aow_huishouden en anders uit de geboortedata.",
        ),
        "zorgindicatie": (
            "Zorgindicatie",
            "Een zorgcategorie die voor de DAEB-norm tot de doelgroep rekent; voor passend "
            "toewijzen is zij geen uitzondering.",
        ),
        "rendementsgrondslag_box3": (
            "Rendementsgrondslag box 3",
            "Het vermogen in euro, voor een verzoek op grond van BTIV art. 54a.",
        ),
        "verzoek_art_54a": (
            "Verzoek op grond van art. 54a",
            "Het AOW-huishouden met vermogen vraagt de aftoppingsgrens buiten toepassing te laten "
            "(BTIV art. 54a); dan is de rendementsgrondslag box 3 verplicht en kunnen "
            "aow_huishouden en alle_bewoners_aow niet nee zijn.",
        ),
    },
    "Inkomensbewijs": {
        "soort": ("Soort inkomensbewijs", "Het soort document."),
        "bedrag": (
            "Bedrag",
            "Het verzamelinkomen over het belastingjaar (nog niet geïndexeerd), het actuele "
            "jaarinkomen of de toegekende bijstand op jaarbasis, in euro.",
        ),
        "belastingjaar": (
            "Belastingjaar",
            "Verplicht bij een inkomensverklaring of (voorlopige) aanslag; niet bij een "
            "verklaring over het actuele inkomen of een bewijs van bijstand.",
        ),
        "datum": (
            "Datum van de verklaring of de toekenning",
            "De datum van de verklaring over het actuele inkomen of van het besluit tot toekenning "
            "van bijstand (alleen en verplicht daarbij).",
        ),
        "reden": (
            "Reden voor het actuele inkomen",
            "Waarom het actuele inkomen telt (alleen en verplicht bij een verklaring over het "
            "actuele inkomen).",
        ),
    },
    "Woning": {
        "id": ("Woning-id", "Het kenmerk van de woongelegenheid in uw eigen systeem."),
        "kale_huur": (
            "Kale huur",
            "De huurprijs per maand voor het enkele gebruik, zonder servicekosten (Woningwet "
            "art. 1), in euro.",
        ),
        "soort": ("Soort woongelegenheid", "Woning, woonwagen of standplaats (Woningwet art. 1)."),
        "daeb": ("DAEB", "Of de woongelegenheid tot het DAEB-bezit van de corporatie hoort."),
        "gemeente": ("Gemeente", "De gemeente waarin de woongelegenheid ligt."),
        "servicekosten": (
            "Servicekosten",
            "Alle servicekosten per maand in euro. Zij tellen niet mee voor de DAEB-norm en de "
            "aftoppingsgrens; tot en met 2025 begrenzen zij de rekenhuur als de subsidiabele "
            "servicekosten niet zijn opgegeven (Wet op de huurtoeslag art. 5).",
        ),
        "subsidiabele_servicekosten": (
            "Subsidiabele servicekosten",
            "Het deel van de servicekosten per maand dat de Wet op de huurtoeslag in de rekenhuur "
            "meetelt (art. 5 lid 3: vier posten, elk ten hoogste € 12), in euro; niet hoger dan de "
            "servicekosten. Tot en met 2025 nodig als de kale huur minder dan € 48 onder de "
            "maximale huurgrens ligt.",
        ),
        "wijk": ("Wijk", "De wijk (informatief)."),
        "kern": ("Kern", "De kern of het dorp (informatief)."),
        "huurtoeslag_mogelijk": (
            "Huurtoeslag mogelijk",
            "Of voor deze woongelegenheid huurtoeslag kan worden ontvangen (Wet op de huurtoeslag "
            "art. 11); voor zelfstandige woningen en woonwagens is dat zo als het ontbreekt, voor "
            "onzelfstandige eenheden en standplaatsen moet het worden opgegeven.",
        ),
        "wws_punten": (
            "WWS-punten",
            "Het aantal punten volgens het woningwaarderingsstelsel (informatief).",
        ),
    },
    "Toewijzing": {
        "huishouden": ("Huishouden", "Het huishouden dat de woongelegenheid krijgt."),
        "woning": ("Woongelegenheid", "De woongelegenheid die wordt toegewezen."),
        "toewijzingsdatum": (
            "Toewijzingsdatum",
            "De datum van de toewijzing; niet na de huuringangsdatum.",
        ),
        "huuringangsdatum": (
            "Huuringangsdatum",
            "De datum waarop de huur ingaat: bepaalt welke grenzen, normen en indexatie gelden en "
            "in welk verslagjaar de toewijzing telt.",
        ),
        "id": ("Toewijzing-id", "Het kenmerk van de toewijzing in uw eigen systeem."),
        "urgentie": (
            "Urgentie",
            "Een toewijzing met urgentie; geen vrijstelling van de inkomensgrens.",
        ),
        "bijzonderheden": (
            "Bijzonderheden",
            "Bijzondere omstandigheden van de toewijzing (informatief; geen vrijstelling).",
        ),
    },
}

KEUZELIJSTEN: dict[str, tuple[str, str]] = {
    "Rol": (
        "Rol",
        "De rol van een persoon in het huishouden. Een kind is een kind van de aanvrager of "
        "partner (art. 4 Awir), van elke leeftijd; zijn inkomen telt niet mee, hijzelf wel voor de "
        "omvang van het huishouden.",
    ),
    "Woningsoort": ("Soort woongelegenheid", "Woningwet art. 1: woning, woonwagen of standplaats."),
    "Inkomensbewijssoort": (
        "Soort inkomensbewijs",
        "Inkomensverklaring (IBRI), aanslag, voorlopige aanslag, verklaring over het actuele "
        "inkomen, of bewijs van toekenning van algemene bijstand (bijstand, vanaf 2022).",
    ),
    "ActueelInkomenReden": (
        "Reden voor het actuele inkomen",
        "Afwijkend (het actuele inkomen wijkt af van de belastinggegevens) of "
        "geen_gegevens_belastingdienst (de Belastingdienst heeft geen inkomensgegevens).",
    ),
    "Zorgindicatie": (
        "Zorgindicatie",
        "Zorgcategorieën die voor de DAEB-norm tot de doelgroep rekenen (BTIV 2015 art. 57).",
    ),
    "Bijzonderheid": (
        "Bijzonderheid",
        "Bijzondere omstandigheden van een toewijzing (informatief; geen vrijstelling).",
    ),
}


def _als_waarde(soorten: tuple[str, ...]) -> JsonSchema:
    return {"properties": {"soort": {"enum": list(soorten)}}, "required": ["soort"]}


_BELASTINGJAAR = ("inkomensverklaring", "aanslag", "voorlopige_aanslag")

REGELS: dict[str, list[JsonSchema]] = {
    "Huishouden": [
        {
            "description": "Precies één aanvrager.",
            "properties": {
                "personen": {
                    "contains": {"properties": {"rol": {"const": "aanvrager"}}},
                    "minContains": 1,
                    "maxContains": 1,
                }
            },
        },
        {
            "description": "Hoogstens één partner.",
            "properties": {
                "personen": {
                    "contains": {"properties": {"rol": {"const": "partner"}}},
                    "minContains": 0,
                    "maxContains": 1,
                }
            },
        },
        {
            "description": "Bij een verzoek op grond van art. 54a is het vermogen verplicht.",
            "if": {
                "properties": {"verzoek_art_54a": {"const": True}},
                "required": ["verzoek_art_54a"],
            },
            "then": {
                "properties": {"rendementsgrondslag_box3": {"not": {"type": "null"}}},
                "required": ["rendementsgrondslag_box3"],
            },
        },
        {
            "description": "Een verzoek op grond van art. 54a kan alleen een huishouden van "
            "personen met de AOW-leeftijd doen: aow_huishouden en alle_bewoners_aow zijn dan niet "
            "nee.",
            "if": {
                "properties": {"verzoek_art_54a": {"const": True}},
                "required": ["verzoek_art_54a"],
            },
            "then": {
                "properties": {
                    "aow_huishouden": {"not": {"const": False}},
                    "alle_bewoners_aow": {"not": {"const": False}},
                }
            },
        },
        {
            "description": "Hebben alle bewoners de AOW-leeftijd, dan is het huishouden een "
            "AOW-huishouden.",
            "if": {
                "properties": {"alle_bewoners_aow": {"const": True}},
                "required": ["alle_bewoners_aow"],
            },
            "then": {"properties": {"aow_huishouden": {"not": {"const": False}}}},
        },
    ],
    "Inkomensbewijs": [
        {
            "description": "Een bewijs over een belastingjaar noemt het jaar en geen reden.",
            "if": _als_waarde(_BELASTINGJAAR),
            "then": {
                "properties": {
                    "belastingjaar": {"not": {"type": "null"}},
                    "reden": {"type": "null"},
                },
                "required": ["belastingjaar"],
            },
        },
        {
            "description": "Een verklaring over het actuele inkomen noemt datum en reden, geen "
            "belastingjaar.",
            "if": _als_waarde(("actueel_inkomen",)),
            "then": {
                "properties": {
                    "belastingjaar": {"type": "null"},
                    "datum": {"not": {"type": "null"}},
                    "reden": {"not": {"type": "null"}},
                },
                "required": ["datum", "reden"],
            },
        },
        {
            "description": "Een bewijs van toekenning van bijstand noemt de datum, geen "
            "belastingjaar en geen reden.",
            "if": _als_waarde(("bijstand",)),
            "then": {
                "properties": {
                    "belastingjaar": {"type": "null"},
                    "datum": {"not": {"type": "null"}},
                    "reden": {"type": "null"},
                },
                "required": ["datum"],
            },
        },
    ],
}

_OPMAAK = (
    (re.compile(r":(?:class|func|data|attr|meth|mod|exc):`~?(?:[\w.]+\.)?([\w]+)`"), r"\1"),
    (re.compile(r"``([^`]+)``"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)


def zonder_opmaak(tekst: str) -> str:
    """Tekst zonder de opmaakcodes van de broncode (``veld``, :class:`Naam`), op één regel."""
    for patroon, vervanging in _OPMAAK:
        tekst = patroon.sub(vervanging, tekst)
    return " ".join(tekst.split())


def _kleiner_dan(maximum: int) -> str:
    """Een reguliere expressie voor de gehele getallen van 0 tot (niet tot en met) ``maximum``."""
    cijfers = str(maximum)
    rest = len(cijfers) - 1
    delen = [f"[0-9]{{1,{rest}}}"] if rest else []
    for i, teken in enumerate(cijfers):
        laagste = 1 if i == 0 else 0
        cijfer = int(teken)
        if cijfer > laagste:
            klasse = f"[{laagste}-{cijfer - 1}]" if cijfer - 1 > laagste else str(laagste)
            staart = f"[0-9]{{{rest - i}}}" if rest - i else ""
            delen.append(f"{cijfers[:i]}{klasse}{staart}")
    return "|".join(delen)


def bedragschema(maximum: Decimal | None, omschrijving: str) -> JsonSchema:
    """Het schema van een niet-negatief bedrag met hoogstens twee decimalen, ten hoogste
    ``maximum`` (``None``: geen maximum): een getal of tekst met een punt als decimaalteken."""
    getal: JsonSchema = {"type": "number", "minimum": 0, "multipleOf": 0.01}
    if maximum is None:
        patroon = r"^[0-9]+(\.[0-9]{1,2}0*)?$"
    else:
        getal["maximum"] = int(maximum)
        patroon = (
            rf"^0*(?:(?:{_kleiner_dan(int(maximum))})(\.[0-9]{{1,2}}0*)?|{int(maximum)}(\.0+)?)$"
        )
    tekst: JsonSchema = {"type": "string", "pattern": patroon}
    return {"anyOf": [getal, tekst], "description": omschrijving}


def _verwijzingen(schema: JsonSchema) -> list[JsonSchema]:
    gevonden = [schema] if "$ref" in schema else []
    for sleutel in ("anyOf", "oneOf", "allOf"):
        for deel in schema.get(sleutel, ()):
            gevonden.extend(_verwijzingen(deel))
    if isinstance(schema.get("items"), dict):
        gevonden.extend(_verwijzingen(schema["items"]))
    return gevonden


def verfraai(
    model: str,
    docstring: str | None,
    schema: JsonSchema,
    los_op: Callable[[JsonSchema], JsonSchema],
) -> None:
    """Vul het schema van ``model`` aan: titels, omschrijvingen, keuzelijsten en regels."""
    titel, omschrijving = MODELLEN.get(
        model, (model, zonder_opmaak((docstring or "").split("\n\n")[0]))
    )
    schema["title"] = titel
    schema["description"] = omschrijving
    velden = VELDEN.get(model, {})
    for naam, eigenschap in schema.get("properties", {}).items():
        veldtitel, veldomschrijving = velden.get(naam, (naam.replace("_", " ").capitalize(), ""))
        eigenschap["title"] = veldtitel
        if veldomschrijving:
            eigenschap["description"] = veldomschrijving
        else:
            eigenschap.pop("description", None)
        for verwijzing in _verwijzingen(eigenschap):
            doel = los_op(verwijzing)
            lijst = str(doel.get("title", ""))  # pydantic noemt de keuzelijst naar haar klasse
            if "enum" in doel and lijst in KEUZELIJSTEN:
                doel["title"], doel["description"] = KEUZELIJSTEN[lijst]
            elif "enum" in doel and "description" in doel:
                doel["description"] = zonder_opmaak(str(doel["description"]))
    if model in REGELS:
        schema["allOf"] = REGELS[model]
