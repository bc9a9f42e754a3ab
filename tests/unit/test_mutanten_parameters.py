"""Parameters: notatie, leeftijden, export, opvragen en laden, zoals de mutatietoetsing vroeg.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien welke afspraken van de parameterlaag
nog niet vastlagen: de exacte Nederlandse notatie van bedragen en percentages, de grenzen van een
leeftijd, de sleutels van de JSON-export, voorlopige waarden, de redenen waarom een parameter op
een datum geen waarde heeft, en de volledige meldingen bij ongeldige parameterdata (die een
beheerder van de data moet kunnen lezen en opvolgen).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import attrs
import pytest

from passend_toewijzen.fouten import (
    ParameterdataOngeldig,
    ParameterNietVanKracht,
    ParameterOnbekend,
    VoorlopigeWaarde,
)
from passend_toewijzen.parameters import (
    Bron,
    Bronsoort,
    Eenheid,
    Herziening,
    Leeftijd,
    Parameterdefinitie,
    Parameterset,
    Reekswaarde,
    Register,
    Status,
    laad_register,
    laden,
    parameters_op,
)
from passend_toewijzen.parameters.export import (
    bron_als_dict,
    parameterset_als_dict,
    parameterwaarde_als_dict,
    waarde_als_json,
)
from passend_toewijzen.parameters.overzicht import momenten, momentopname
from passend_toewijzen.parameters.waarden import (
    datum_lang,
    formatteer_waarde,
    nl_bedrag,
    nl_getal,
)

# ---------------------------------------------------------------------------------------------
# Nederlandse notatie
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("getal", "tekst"),
    [
        ("0", "0"),
        ("7", "7"),
        ("123", "123"),
        ("1000", "1.000"),
        ("1234.5", "1.234,5"),
        ("1234567.891", "1.234.567,891"),
        ("0.05", "0,05"),
        ("0.10", "0,1"),
        ("-1234.50", "-1.234,5"),
        ("-7", "-7"),
        ("25000.0000", "25.000"),
        ("1E+3", "1.000"),
        ("1.5E-7", "0,00000015"),
    ],
)
def test_getallen_in_nederlandse_notatie(getal: str, tekst: str) -> None:
    """Getallen staan in de uitleg met een punt per duizendtal en een komma voor de decimalen,
    exact (nooit afgerond) en zonder overbodige nullen achter de komma; ook een getal met een
    exponent (``1E+3``, zoals een product of de data het kan geven) staat er voluit."""
    assert nl_getal(Decimal(getal)) == tekst


@pytest.mark.parametrize(
    ("bedrag", "tekst"),
    [
        ("650.4", "€ 650,40"),
        ("650.43", "€ 650,43"),
        ("0.5", "€ 0,50"),
        ("25000", "€ 25.000"),
        ("25000.00", "€ 25.000"),
        ("1234567.891", "€ 1.234.567,891"),
    ],
)
def test_bedragen_in_euro_met_centen(bedrag: str, tekst: str) -> None:
    """Een bedrag met een breuk heeft minstens twee decimalen (centen); een rond bedrag heeft er
    geen; een exact bedrag met meer decimalen wordt niet afgerond."""
    assert nl_bedrag(Decimal(bedrag)) == tekst
    if "," in tekst:
        assert nl_getal(Decimal(bedrag), centen=True) == tekst.removeprefix("€ ")


def test_een_datum_voluit_in_het_nederlands() -> None:
    """Elke maand bij naam, de dag zonder voorloopnul; ook uit een ISO-tekst."""
    maanden = [datum_lang(date(2024, maand, 1)) for maand in range(1, 13)]
    assert maanden == [
        "1 januari 2024",
        "1 februari 2024",
        "1 maart 2024",
        "1 april 2024",
        "1 mei 2024",
        "1 juni 2024",
        "1 juli 2024",
        "1 augustus 2024",
        "1 september 2024",
        "1 oktober 2024",
        "1 november 2024",
        "1 december 2024",
    ]
    assert datum_lang(date(2025, 12, 31)) == "31 december 2025"
    assert datum_lang("2026-07-09") == "9 juli 2026"


@pytest.mark.parametrize(
    ("waarde", "eenheid", "tekst"),
    [
        (2, Eenheid.JAREN, "2 jaar"),
        (3, Eenheid.PERSONEN, "3 personen"),
        (1, Eenheid.PERSONEN, "1 persoon"),
        (Decimal("0.95"), Eenheid.FRACTIE, "95%"),
        (Decimal("0.925"), Eenheid.FRACTIE, "92,5%"),
        (Decimal("1.0067"), Eenheid.FACTOR, "1,0067"),
        (2, Eenheid.FACTOR, "2"),
        (Decimal("650.43"), Eenheid.EURO_PER_MAAND, "€ 650,43"),
        (Decimal(47699), Eenheid.EURO_PER_JAAR, "€ 47.699"),
        ("twee_grenzen", Eenheid.REGIME, "twee_grenzen"),
        (Leeftijd(66, 4), Eenheid.JAREN_EN_MAANDEN, "66 jaar en 4 maanden"),
    ],
)
def test_parameterwaarden_leesbaar_per_eenheid(
    waarde: Decimal | Leeftijd | int | str, eenheid: Eenheid, tekst: str
) -> None:
    """Elke eenheid heeft haar eigen leesbare vorm: jaren, personen (enkelvoud bij één),
    percentages, factoren, bedragen, regimes en leeftijden. De eenheid bepaalt de vorm: een
    factor die als geheel getal is gegeven, is geen aantal personen."""
    assert formatteer_waarde(waarde, eenheid) == tekst


def test_een_geldende_waarde_als_tekst() -> None:
    """Een geldende parameterwaarde toont zichzelf in de notatie van haar eenheid."""
    ps = parameters_op(date(2024, 3, 1))
    assert ps["aftoppingsgrens_laag"].als_tekst() == "€ 650,43"
    assert ps["passendheidsnorm"].als_tekst() == "95%"


# ---------------------------------------------------------------------------------------------
# Leeftijden en bronnen
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("leeftijd", "tekst"),
    [
        (Leeftijd(65), "65 jaar"),
        (Leeftijd(65, 1), "65 jaar en 1 maand"),
        (Leeftijd(66, 4), "66 jaar en 4 maanden"),
        (Leeftijd(0, 11), "0 jaar en 11 maanden"),
        (Leeftijd(150, 2), "150 jaar en 2 maanden"),
    ],
)
def test_leeftijden_in_woorden(leeftijd: Leeftijd, tekst: str) -> None:
    """De AOW-leeftijd staat in jaren en maanden, met 'maand' in het enkelvoud bij één."""
    assert str(leeftijd) == tekst


@pytest.mark.parametrize(
    ("jaren", "maanden", "melding"),
    [
        (66, 12, "maanden moet tussen 0 en 11 liggen, niet 12"),
        (66, -1, "maanden moet tussen 0 en 11 liggen, niet -1"),
        (151, 0, "jaren moet tussen 0 en 150 liggen, niet 151"),
        (-1, 0, "jaren moet tussen 0 en 150 liggen, niet -1"),
    ],
)
def test_een_onmogelijke_leeftijd_wordt_geweigerd(jaren: int, maanden: int, melding: str) -> None:
    """Een leeftijd heeft 0 tot en met 11 maanden en 0 tot en met 150 jaren; daarbuiten zegt de
    fout welk deel niet klopt."""
    with pytest.raises(ValueError, match=f"^{melding}$"):
        Leeftijd(jaren, maanden)


def test_de_grenzen_van_een_leeftijd_zijn_toegestaan() -> None:
    """0 en 150 jaar, en 0 en 11 maanden, zijn geldige leeftijden."""
    assert Leeftijd(0, 0).jaren == 0
    assert Leeftijd(150, 11).maanden == 11


def test_een_bron_met_en_zonder_datum() -> None:
    """Een bron noemt titel, uitgever, de datum als die bekend is, en de vindplaats."""
    met = Bron("s", "Regeling", "Staatscourant", "https://example.org/r", Bronsoort.OFFICIEEL)
    datum = Bron(
        "s",
        "Regeling",
        "Staatscourant",
        "https://example.org/r",
        Bronsoort.OFFICIEEL,
        date(2024, 1, 1),
    )
    assert str(met) == "Regeling (Staatscourant) <https://example.org/r>"
    assert str(datum) == "Regeling (Staatscourant, 2024-01-01) <https://example.org/r>"


# ---------------------------------------------------------------------------------------------
# JSON-export
# ---------------------------------------------------------------------------------------------


def test_de_export_van_een_parameterwaarde_heeft_de_afgesproken_velden() -> None:
    """De JSON-export (``passend-toewijzen parameters``) noemt per parameter de waarde als exacte
    tekst, eenheid, omschrijving, grondslag, geldigheid, status, bron met herkomst, vindplaats,
    bevestigende bronnen, opmerking en (bij een afgeleide waarde) de afleiding, onder vaste
    namen."""
    ps = parameters_op(date(2024, 3, 1))
    pw = ps["aftoppingsgrens_laag"]
    document = parameterwaarde_als_dict(pw)
    assert list(document) == [
        "waarde",
        "eenheid",
        "omschrijving",
        "grondslag",
        "geldig_vanaf",
        "geldig_tot",
        "status",
        "bron",
        "vindplaats",
        "bevestigd_door",
        "opmerking",
        "afleiding",
    ]
    assert document["afleiding"] is None
    assert document["waarde"] == "650.43"
    assert document["eenheid"] == "euro per maand"
    assert document["omschrijving"] == pw.definitie.omschrijving
    assert document["grondslag"] == "Wet op de huurtoeslag, art. 20 lid 2 onder a"
    assert document["geldig_vanaf"] == "2024-01-01"
    assert document["geldig_tot"] == "2024-12-31"
    assert document["status"] == "definitief"
    assert document["bron"] == bron_als_dict(pw.bron)
    assert document["vindplaats"] == pw.vindplaats
    assert document["opmerking"] == pw.opmerking
    bevestigd = parameterwaarde_als_dict(ps["aow_toets_meerpersoons"])["bevestigd_door"]
    assert bevestigd
    assert bevestigd == [bron_als_dict(b) for b in ps["aow_toets_meerpersoons"].bevestigd_door]


def test_de_export_van_een_afgeleide_waarde_noemt_formule_invoer_en_berekening() -> None:
    """Een afgeleide waarde (status ``afgeleid``) exporteert de formule, de invoer (parameter en
    peildatum), de berekening en een afwijkend gepubliceerd bedrag met bron."""
    ps = parameters_op(date(2025, 3, 1))
    afgeleid = parameterwaarde_als_dict(ps["norminkomen_meerpersoonsouderen"])
    assert afgeleid["status"] == "afgeleid"
    afleiding = afgeleid["afleiding"]
    assert afleiding["formule"] == "indexeren_op_centen"
    assert afleiding["invoer"] == {
        "bedrag": {"parameter": "norminkomen_meerpersoonsouderen", "op": "2024-01-01"},
        "factor": {"parameter": "indexatiefactor_huurtoeslag", "op": None},
    }
    assert afleiding["berekening"].endswith("= € 35.874,56")
    assert afleiding["afwijking"]["waarde"] == "35784.56"
    assert afleiding["afwijking"]["bron"]["sleutel"] == "wht-2025-01-01"
    zonder = parameterwaarde_als_dict(ps["indexatiefactor_huurtoeslag"])["afleiding"]
    assert zonder["afwijking"] is None


def test_de_laatste_waarde_heeft_geen_einddatum() -> None:
    """De laatst bekende waarde geldt tot er een nieuwe is: ``geldig_tot`` is dan leeg."""
    pw = parameters_op(date(2026, 3, 1))["aftoppingsgrens_laag"]
    assert parameterwaarde_als_dict(pw)["geldig_tot"] is None


def test_de_export_van_een_bron() -> None:
    """Een bron in de export: sleutel, titel, uitgever, datum (of leeg), url en soort."""
    zonder = Bron("s", "T", "U", "https://example.org", Bronsoort.SECUNDAIR)
    assert bron_als_dict(zonder) == {
        "sleutel": "s",
        "titel": "T",
        "uitgever": "U",
        "datum": None,
        "url": "https://example.org",
        "soort": "secundair",
    }
    met = Bron("s", "T", "U", "https://example.org", Bronsoort.OFFICIEEL, date(2024, 5, 1))
    assert bron_als_dict(met)["datum"] == "2024-05-01"


def test_de_export_van_een_parameterset() -> None:
    """De export van alle parameters op een datum noemt peildatum, dataversie en inhoudshash,
    of de datum buiten de dekking valt, alle geldende waarden en per niet-geldende parameter
    waarom (alfabetisch)."""
    ps = parameters_op(date(2020, 3, 1))
    document = parameterset_als_dict(ps)
    assert list(document) == [
        "peildatum",
        "data_versie",
        "data_hash",
        "buiten_dekking",
        "parameters",
        "niet_van_kracht",
    ]
    assert document["peildatum"] == "2020-03-01"
    assert document["data_versie"] == ps.data_versie
    assert document["data_hash"] == ps.data_hash
    assert document["buiten_dekking"] is False
    assert document["parameters"]["aftoppingsgrens_laag"] == parameterwaarde_als_dict(
        ps["aftoppingsgrens_laag"]
    )
    niet = document["niet_van_kracht"]
    assert list(niet) == sorted(ps.ontbrekend)
    assert niet["passend_uitzondering_vermogen"] == "de parameter geldt pas vanaf 2022-01-01"


@pytest.mark.parametrize(
    ("waarde", "json"),
    [
        (Decimal("650.43"), "650.43"),
        (Leeftijd(66, 4), {"jaren": 66, "maanden": 4}),
        (3, 3),
        ("alleen_lager", "alleen_lager"),
    ],
)
def test_waarden_als_json(waarde: Decimal | Leeftijd | int | str, json: object) -> None:
    """In JSON zijn bedragen exacte tekst, leeftijden jaren en maanden, aantallen getallen en
    regimes tekst."""
    assert waarde_als_json(waarde) == json


# ---------------------------------------------------------------------------------------------
# Opvragen: datum, voorlopige waarden, redenen
# ---------------------------------------------------------------------------------------------


def test_een_datumtijd_is_geen_peildatum() -> None:
    """De peildatum is een kalenderdag; een ``datetime`` (of tekst) wordt geweigerd met de naam
    van het type."""
    with pytest.raises(TypeError, match=r"^datum moet een datetime\.date zijn \(geen datetime\)$"):
        parameters_op(datetime(2024, 3, 1, 12, 0))  # noqa: DTZ001
    with pytest.raises(TypeError, match=r"\(geen str\)$"):
        parameters_op("2024-03-01")  # type: ignore[arg-type]


def test_voorlopige_waarden_alleen_op_verzoek() -> None:
    """Standaard worden voorlopige waarden niet gebruikt; wie ze wil, vraagt erom en krijgt een
    set die dat onthoudt."""
    assert parameters_op(date(2024, 3, 1)).sta_voorlopig_toe is False
    assert parameters_op(date(2024, 3, 1), sta_voorlopig_toe=True).sta_voorlopig_toe is True


def _set_met_voorlopige_waarde(*, toestaan: bool) -> Parameterset:
    bron = Bron("s", "Aankondiging", "Rijksoverheid", "https://example.org", Bronsoort.OFFICIEEL)
    definitief = Reekswaarde(date(2024, 1, 1), Status.DEFINITIEF, Decimal(1), bron)
    voorlopig = Reekswaarde(date(2025, 1, 1), Status.VOORLOPIG, Decimal(2), bron)
    definitie = Parameterdefinitie(
        "grens",
        "Een grens",
        Eenheid.EURO,
        "art. 1",
        Herziening.JAARLIJKS,
        "p.toml",
        (definitief, voorlopig),
    )
    vast = Parameterdefinitie(
        "vast",
        "Vast",
        Eenheid.EURO,
        "art. 2",
        Herziening.BIJ_WETSWIJZIGING,
        "p.toml",
        (definitief,),
    )
    return Parameterset(
        peildatum=date(2025, 3, 1),
        waarden={
            "grens": definitie.parameterwaarde(voorlopig),
            "vast": vast.parameterwaarde(definitief),
        },
        ontbrekend={},
        definities={"grens": definitie, "vast": vast},
        data_versie="t",
        data_hash="h",
        sta_voorlopig_toe=toestaan,
    )


def test_een_voorlopige_waarde_geeft_een_eigen_fout() -> None:
    """Een aangekondigde maar nog niet officiële waarde wordt niet stil gebruikt: de fout noemt de
    parameter, de peildatum en sinds wanneer de voorlopige waarde zou gelden. Definitieve waarden
    in dezelfde set blijven gewoon bruikbaar."""
    ps = _set_met_voorlopige_waarde(toestaan=False)
    with pytest.raises(VoorlopigeWaarde) as info:
        ps["grens"]
    assert (info.value.naam, info.value.datum, info.value.geldig_vanaf) == (
        "grens",
        date(2025, 3, 1),
        date(2025, 1, 1),
    )
    assert ps.bedrag("vast") == Decimal(1)
    toegestaan = _set_met_voorlopige_waarde(toestaan=True)
    assert toegestaan.bedrag("grens") == Decimal(2)


def test_een_reekswaarde_zonder_bron_is_geen_geldende_waarde() -> None:
    """Elke geldende waarde heeft een bron; een reekswaarde zonder bron kan geen geldende waarde
    worden."""
    definitie = Parameterdefinitie(
        "p", "P", Eenheid.EURO, "art. 1", Herziening.BIJ_WETSWIJZIGING, "p.toml", ()
    )
    zonder_bron = Reekswaarde(date(2024, 1, 1), Status.SECUNDAIR, Decimal(1))
    with pytest.raises(ValueError, match=r"^reekswaarde van 'p' per 2024-01-01 heeft geen waarde$"):
        definitie.parameterwaarde(zonder_bron)


def test_een_geldende_waarde_draagt_vindplaats_bevestiging_en_opmerking_mee() -> None:
    """De herkomst van een waarde (vindplaats, bevestigende bronnen, opmerking) gaat mee naar de
    geldende waarde, zodat de uitleg haar kan noemen."""
    ps = parameters_op(date(2024, 3, 1))
    pw = ps["aow_toets_meerpersoons"]
    rw = pw.definitie.reekswaarde_op(date(2024, 3, 1))
    assert rw is not None
    assert (pw.vindplaats, pw.bevestigd_door, pw.opmerking) == (
        rw.vindplaats,
        rw.bevestigd_door,
        rw.opmerking,
    )
    assert pw.bevestigd_door


@pytest.mark.parametrize(
    ("naam", "soort", "melding"),
    [
        ("aow_leeftijd", "bedrag", "Parameter 'aow_leeftijd' is geen getal maar Leeftijd"),
        ("daeb_regime", "leeftijd", "Parameter 'daeb_regime' is geen leeftijd maar str"),
        (
            "aftoppingsgrens_laag",
            "aantal",
            "Parameter 'aftoppingsgrens_laag' is geen aantal maar Decimal",
        ),
        (
            "aftoppingsgrens_hoog_vanaf_personen",
            "regime",
            "Parameter 'aftoppingsgrens_hoog_vanaf_personen' is geen regime maar int",
        ),
    ],
)
def test_een_parameter_van_het_verkeerde_soort_zegt_wat_hij_wel_is(
    naam: str, soort: str, melding: str
) -> None:
    """Wie een parameter als het verkeerde soort opvraagt, krijgt een fout die het werkelijke type
    noemt."""
    ps = parameters_op(date(2024, 3, 1))
    with pytest.raises(TypeError, match=f"^{melding}$"):
        getattr(ps, soort)(naam)


def test_de_aow_leeftijd_als_leeftijd() -> None:
    """De AOW-leeftijd is een leeftijd in jaren en maanden."""
    assert parameters_op(date(2023, 3, 1)).leeftijd("aow_leeftijd") == Leeftijd(66, 10)


def test_geldt_noemt_de_parameter_in_de_fout() -> None:
    """Een onbekende waarde of een onbekende naam geeft een fout die de parameter noemt."""
    ps = parameters_op(date(2020, 3, 1))
    with pytest.raises(ParameterNietVanKracht) as onbekend:
        ps.geldt("daeb_inkomensgrens")
    assert onbekend.value.naam == "daeb_inkomensgrens"
    with pytest.raises(ParameterOnbekend) as verkeerd:
        ps.geldt("bestaat_niet")
    assert verkeerd.value.naam == "bestaat_niet"


def test_de_reden_zonder_waarde_noemt_verwante_parameters() -> None:
    """Waarom een parameter op een datum geen waarde heeft: nog niet van kracht of vervallen, met
    de verwante parameters die wel gelden (zonder verwante parameters niets extra)."""
    ps = parameters_op(date(2024, 3, 1))
    assert ps.ontbrekend["daeb_inkomensgrens"] == (
        "de parameter is vervallen per 2022-01-01 (Vervangen door de gedifferentieerde grenzen "
        "voor een- en meerpersoonshuishoudens.); zie ook 'daeb_inkomensgrens_hoog', "
        "'daeb_inkomensgrens_eenpersoons', 'daeb_inkomensgrens_meerpersoons'"
    )
    vroeg = parameters_op(date(2020, 3, 1))
    assert vroeg.ontbrekend["passend_uitzondering_vermogen"] == (
        "de parameter geldt pas vanaf 2022-01-01"
    )


# ---------------------------------------------------------------------------------------------
# Laden: volledige meldingen, herkomst, hash
# ---------------------------------------------------------------------------------------------

DEKKING = """schema_versie = 1
data_versie = "test-1"
dekking_van = {van}
dekking_tot = {tot}
toelichting = "testdata"
"""

KOP = """[bestand]
omschrijving = "test"

[bronnen.off]
titel = "Officiële regeling"
uitgever = "Staatscourant"
url = "https://example.org/off"
soort = "officieel"
datum = 2019-12-01
opmerking = "gepubliceerd in december"

[bronnen.sec]
titel = "Secundaire pagina"
uitgever = "Aedes"
url = "https://example.org/sec"
soort = "secundair"
"""


def dekking(van: str = "2020-01-01", tot: str = "2021-12-31") -> bytes:
    """Een dekkingsbestand."""
    return DEKKING.format(van=van, tot=tot).encode()


def parameter(naam: str = "p", eenheid: str = "euro per maand", **extra: str) -> str:
    """De kop van een parameter (met extra velden als TOML-tekst)."""
    herziening = extra.pop("herziening", '"bij wetswijziging"')
    velden = "".join(f"{k} = {v}\n" for k, v in extra.items())
    return (
        f'[parameters.{naam}]\nomschrijving = "p"\neenheid = "{eenheid}"\n'
        f'grondslag = "art. 1"\nherziening = {herziening}\n{velden}\n'
    )


def waarde(datum: str, w: str, naam: str = "p", bron: str = "off", **extra: str) -> str:
    """Eén reekswaarde (definitief bij de officiële bron, anders secundair)."""
    status = "definitief" if bron == "off" else "secundair"
    velden = "".join(f"{k} = {v}\n" for k, v in extra.items())
    return (
        f"[[parameters.{naam}.waarden]]\ngeldig_vanaf = {datum}\nwaarde = {w}\n"
        f'bron = "{bron}"\nstatus = "{status}"\n{velden}\n'
    )


SECUNDAIR = waarde("2020-06-01", "2", bron="sec")


def laad(inhoud: str, dek: bytes | None = None, naam: str = "p.toml") -> Register:
    """Laad één parameterbestand met een dekkingsbestand."""
    return laad_register({"dekking.toml": dek or dekking(), naam: inhoud.encode()})


def fout(bestanden: dict[str, bytes]) -> ParameterdataOngeldig:
    """De fout bij het laden van ``bestanden``."""
    with pytest.raises(ParameterdataOngeldig) as info:
        laad_register(bestanden)
    return info.value


def fout_bij(inhoud: str, dek: bytes | None = None) -> ParameterdataOngeldig:
    """De fout bij het laden van één parameterbestand ``p.toml``."""
    return fout({"dekking.toml": dek or dekking(), "p.toml": inhoud.encode()})


def test_bron_en_definitie_worden_volledig_overgenomen() -> None:
    """Alles wat de data over een bron en een parameter zegt, staat in het register: titel,
    uitgever, url, datum en opmerking van de bron; naam, omschrijving, eenheid, grondslag,
    herziening, bestand en toegestane waarden van de parameter; vindplaats en opmerking van een
    waarde."""
    reg = laad(
        KOP
        + parameter(eenheid="regime", toegestane_waarden='["a", "b"]')
        + waarde("2020-01-01", '"a"', vindplaats='"art. 1 lid 2"', opmerking='"let op"')
        + waarde("2020-06-01", '"b"', bron="sec")
    )
    definitie = reg.definities["p"]
    assert (
        definitie.naam,
        definitie.omschrijving,
        definitie.eenheid,
        definitie.grondslag,
        definitie.herziening,
        definitie.bestand,
        definitie.toegestane_waarden,
    ) == ("p", "p", Eenheid.REGIME, "art. 1", Herziening.BIJ_WETSWIJZIGING, "p.toml", ("a", "b"))
    eerste = definitie.reeks[0]
    assert (eerste.vindplaats, eerste.opmerking) == ("art. 1 lid 2", "let op")
    assert eerste.bron == Bron(
        "off",
        "Officiële regeling",
        "Staatscourant",
        "https://example.org/off",
        Bronsoort.OFFICIEEL,
        date(2019, 12, 1),
        "gepubliceerd in december",
    )
    assert reg.dekking_tot == date(2021, 12, 31)
    assert reg.toelichting == "testdata"
    assert reg.wijzigingsdata == (date(2020, 1, 1), date(2020, 6, 1))


def test_een_onbekende_waarde_heeft_geen_waarde() -> None:
    """Een reekswaarde met status 'onbekend' heeft geen waarde (en is dus nooit bruikbaar)."""
    onbekend = (
        "[[parameters.p.waarden]]\ngeldig_vanaf = 2021-01-01\n"
        'status = "onbekend"\nopmerking = "niet gevonden"\n'
    )
    reg = laad(KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR + onbekend)
    laatste = reg.definities["p"].reeks[-1]
    assert laatste.waarde is None
    assert laatste.heeft_waarde is False


@pytest.mark.parametrize(
    ("eenheid", "ruwe_waarde", "melding"),
    [
        ("euro per maand", "-1", "een bedrag kan niet negatief zijn"),
        ("euro per maand", "1.234", "een bedrag heeft hoogstens twee decimalen (centen)"),
        ("fractie", "1.01", "een fractie ligt tussen 0 en 1 (0,95 voor 95%)"),
        ("fractie", "-0.01", "een fractie ligt tussen 0 en 1 (0,95 voor 95%)"),
        ("factor", "0", "een factor is groter dan 0"),
        ("factor", "nan", "waarde moet eindig zijn"),
        ("regime", "1", "verwacht een tekst voor eenheid 'regime'"),
        ("regime", '"c"', "regime 'c' staat niet in toegestane_waarden (a, b)"),
        (
            "jaren en maanden",
            "65",
            "verwacht { jaren = .., maanden = .. } voor eenheid 'jaren en maanden'",
        ),
    ],
)
def test_de_melding_bij_een_ongeldige_waarde_is_volledig(
    eenheid: str, ruwe_waarde: str, melding: str
) -> None:
    """De melding noemt het bestand, de plaats van de waarde en precies wat er mis is."""
    extra = {"toegestane_waarden": '["a", "b"]'} if eenheid == "regime" else {}
    tweede = '"a"' if eenheid == "regime" else "{ jaren = 65 }" if "maanden" in eenheid else "1"
    inhoud = (
        KOP
        + parameter(eenheid=eenheid, **extra)
        + waarde("2020-01-01", ruwe_waarde)
        + waarde("2020-06-01", tweede, bron="sec")
    )
    fout_ = fout_bij(inhoud)
    assert fout_.bestand == "p.toml"
    assert fout_.meldingen == (f"parameters.p.waarden[0].waarde: {melding}",)


def test_een_leeftijd_met_twee_fouten_noemt_ze_allebei() -> None:
    """Een leeftijd met te veel jaren én te veel maanden geeft beide fouten in één melding."""
    inhoud = (
        KOP
        + parameter(eenheid="jaren en maanden")
        + waarde("2020-01-01", "{ jaren = 151, maanden = 12 }")
        + waarde("2020-06-01", "{ jaren = 65 }", bron="sec")
    )
    (melding,) = fout_bij(inhoud).meldingen
    assert melding.startswith("parameters.p.waarden[0].waarde: jaren: ")
    assert "; maanden: " in melding


@pytest.mark.parametrize(
    ("eenheid", "ruwe_waarde"),
    [
        ("euro per maand", "0"),
        ("euro per maand", "650.43"),
        ("euro per maand", "1E+2"),
        ("fractie", "0"),
        ("fractie", "1"),
        ("factor", "1"),
        ("factor", "0.5"),
    ],
)
def test_de_grenzen_van_een_waarde_zijn_toegestaan(eenheid: str, ruwe_waarde: str) -> None:
    """Een bedrag van nul, een bedrag met twee decimalen (centen) of in exponentnotatie (``1E+2``
    is honderd, zonder decimalen), een fractie van 0 of 1 en elke positieve factor (ook 1) zijn
    geldig."""
    reg = laad(
        KOP
        + parameter(eenheid=eenheid)
        + waarde("2020-01-01", ruwe_waarde)
        + waarde("2020-06-01", "1", bron="sec")
    )
    assert reg.definities["p"].reeks[0].waarde == Decimal(ruwe_waarde)


def test_definitief_bij_een_secundaire_bron_zegt_wat_te_doen() -> None:
    """Een waarde met status 'definitief' moet op een officiële bron berusten; de melding zegt
    welke status dan wel past."""
    onjuist = (
        '[[parameters.p.waarden]]\ngeldig_vanaf = 2020-06-01\nwaarde = 2\nbron = "sec"\n'
        'status = "definitief"\n'
    )
    fout_ = fout_bij(KOP + parameter() + waarde("2020-01-01", "1") + onjuist)
    assert fout_.meldingen == (
        "parameters.p.waarden[1].status: 'definitief' vraagt een officiële bron; 'sec' is "
        "secundair (gebruik status 'secundair')",
    )


def test_een_jaarlijkse_parameter_mag_geen_jaar_overslaan() -> None:
    """Een jaarlijks herziene parameter heeft in elk gedekt jaar een eigen waarde, ook tussen zijn
    eerste en tweede waarde; de melding noemt het jaar en hoe het op te lossen."""
    inhoud = (
        KOP
        + parameter(herziening='"jaarlijks"')
        + waarde("2020-01-01", "1")
        + waarde("2022-01-01", "2", bron="sec")
    )
    fout_ = fout_bij(inhoud, dekking(tot="2022-12-31"))
    assert fout_.meldingen == (
        "parameters.p: jaarlijks herziene parameter heeft geen waarde voor 2021 (neem de waarde "
        "van dat jaar op, of status 'onbekend' met een opmerking)",
    )


def test_een_regime_zonder_toegestane_waarden() -> None:
    """Een regime moet zijn toegestane waarden noemen."""
    inhoud = (
        KOP
        + parameter(eenheid="regime")
        + waarde("2020-01-01", '"a"')
        + waarde("2020-06-01", '"a"', bron="sec")
    )
    meldingen = fout_bij(inhoud).meldingen
    assert meldingen[0] == "parameters.p: een regime noemt zijn toegestane_waarden"


def test_ongebruikte_bronnen_worden_allemaal_genoemd() -> None:
    """Elke bron wordt gebruikt; de melding noemt alle ongebruikte, alfabetisch."""
    extra = (
        '\n[bronnen.zzz]\ntitel = "Z"\nuitgever = "Z"\n'
        'url = "https://example.org/z"\nsoort = "secundair"\n'
    )
    fout_ = fout_bij(KOP + extra + parameter() + waarde("2020-01-01", "1"))
    assert fout_.meldingen == ("bronnen zonder gebruik: sec, zzz",)


def test_datumtijden_worden_met_hun_plaats_geweigerd() -> None:
    """TOML kent datum-tijden; de data bevat alleen kale datums. De melding noemt het bestand en
    de plaats, ook in het dekkingsbestand."""
    inhoud = KOP + parameter() + waarde("2020-01-01T00:00:00", "1") + SECUNDAIR
    fout_ = fout_bij(inhoud)
    assert fout_.bestand == "p.toml"
    assert fout_.meldingen == (
        "parameters.p.waarden[0].geldig_vanaf: datum-tijd niet toegestaan, alleen JJJJ-MM-DD",
    )
    dek = fout_bij(
        KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR,
        dekking(van="2020-01-01T00:00:00"),
    )
    assert dek.bestand == "dekking.toml"
    assert dek.meldingen == ("dekking_van: datum-tijd niet toegestaan, alleen JJJJ-MM-DD",)


def test_meldingen_over_het_dekkingsbestand() -> None:
    """Het dekkingsbestand is verplicht, geldige TOML en volgens het schema; de meldingen noemen
    het bestand."""
    inhoud = (KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR).encode()
    ontbreekt = fout({"p.toml": inhoud})
    assert (ontbreekt.bestand, ontbreekt.meldingen) == ("dekking.toml", ("bestand ontbreekt",))
    kapot = fout({"dekking.toml": b"schema_versie = ", "p.toml": inhoud})
    assert kapot.bestand == "dekking.toml"
    schema = fout(
        {
            "dekking.toml": dekking().replace(b"schema_versie = 1", b"schema_versie = 2"),
            "p.toml": inhoud,
        }
    )
    assert schema.bestand == "dekking.toml"
    omgekeerd = fout(
        {"dekking.toml": dekking(van="2021-01-01", tot="2020-12-31"), "p.toml": inhoud}
    )
    assert (omgekeerd.bestand, omgekeerd.meldingen) == (
        "dekking.toml",
        ("dekking_tot ligt vóór dekking_van",),
    )


def test_een_dekking_van_een_dag_is_geldig() -> None:
    """Een dekking die op dezelfde dag begint en eindigt is geldig."""
    reg = laad(
        KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR,
        dekking(van="2020-01-01", tot="2020-01-01"),
    )
    assert reg.dekking_van == reg.dekking_tot == date(2020, 1, 1)


def test_meldingen_over_de_set_bestanden() -> None:
    """Zonder parameterbestanden, met een parameter in twee bestanden of met een verwijzing naar
    een onbekende parameter noemt de melding de set ('data') of het tweede bestand."""
    leeg = fout({"dekking.toml": dekking()})
    assert (leeg.bestand, leeg.meldingen) == ("data", ("geen parameterbestanden gevonden",))
    inhoud = (KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR).encode()
    dubbel = fout({"dekking.toml": dekking(), "a.toml": inhoud, "b.toml": inhoud})
    assert (dubbel.bestand, dubbel.meldingen) == ("b.toml", ("parameter 'p' staat ook in a.toml",))
    verwijzing = fout_bij(KOP + parameter(zie_ook='["q"]') + waarde("2020-01-01", "1") + SECUNDAIR)
    assert (verwijzing.bestand, verwijzing.meldingen) == (
        "data",
        ("p.toml: parameters.p.zie_ook: onbekende parameter 'q'",),
    )


def test_schema_en_codering_noemen_het_bestand() -> None:
    """Een schemafout of een bestand dat geen UTF-8 is, noemt het bestand."""
    schema = fout_bij(KOP + parameter(eenheden='"x"') + waarde("2020-01-01", "1") + SECUNDAIR)
    assert schema.bestand == "p.toml"
    codering = fout({"dekking.toml": dekking(), "p.toml": "titel = 'café'".encode("cp1252")})
    assert codering.bestand == "p.toml"


def test_de_inhoudshash_volgt_een_vast_recept() -> None:
    """De inhoudshash op elk ontvangstbewijs is SHA-256 over, per bestand op naam gesorteerd: de
    naam, een nulbyte, de inhoud met Windows-regeleinden als Unix-regeleinden, en een nulbyte.
    Zo kan een accountant hem met standaardgereedschap narekenen, ook op een andere computer."""
    inhoud = KOP + parameter() + waarde("2020-01-01", "1") + SECUNDAIR
    bestanden = {"p.toml": inhoud.encode(), "dekking.toml": dekking()}
    verwacht = hashlib.sha256()
    for naam in sorted(bestanden):
        verwacht.update(naam.encode() + b"\0" + bestanden[naam] + b"\0")
    assert laad_register(bestanden).data_hash == verwacht.hexdigest()
    windows = {naam: tekst.replace(b"\n", b"\r\n") for naam, tekst in bestanden.items()}
    assert laad_register(windows).data_hash == verwacht.hexdigest()


def test_alleen_de_toml_bestanden_uit_de_datamap_worden_gelezen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """De pakketdata zijn de ``.toml``-bestanden in de map ``data``: een ander bestand (een
    leesmij, een reservekopie) en een map, ook een die op ``.toml`` eindigt, horen er niet bij."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "normen.toml").write_bytes(b"inhoud")
    (data / "LEESMIJ.md").write_bytes(b"geen parameters")
    (data / "normen.toml~").write_bytes(b"reservekopie")
    (data / "oud.toml").mkdir()
    monkeypatch.setattr(laden, "resources", SimpleNamespace(files=lambda pakket: tmp_path))
    assert laden.lees_pakketdata() == {"normen.toml": b"inhoud"}


# ---------------------------------------------------------------------------------------------
# Overzicht: peilmomenten en momentopname van een eigen register
# ---------------------------------------------------------------------------------------------


def test_peilmomenten_van_een_eigen_register() -> None:
    """De peilmomenten zijn elk 1 januari binnen de dekking en elke wijzigingsdatum, ook een
    wijziging op de eerste of de laatste dag van de dekking."""
    inhoud = (
        KOP
        + parameter()
        + waarde("2020-03-01", "1")
        + waarde("2021-07-01", "2", bron="sec")
        + waarde("2022-07-01", "3")
    )
    reg = laad(inhoud, dekking(van="2020-03-01", tot="2022-07-01"))
    assert momenten(reg) == [
        date(2020, 3, 1),
        date(2021, 1, 1),
        date(2021, 7, 1),
        date(2022, 1, 1),
        date(2022, 7, 1),
    ]
    opname = momentopname(reg)
    assert list(opname["momenten"]) == [m.isoformat() for m in momenten(reg)]
    assert opname["momenten"]["2021-07-01"]["p"] == {
        "waarde": "2",
        "geldig_vanaf": "2021-07-01",
        "status": "secundair",
        "bron": "sec",
    }


def test_de_momentopname_verzint_geen_waarde_of_bron() -> None:
    """Ook van een register dat niet uit :func:`laad_register` komt (``Register`` en
    ``Reekswaarde`` zijn gewone klassen) toont de momentopname niets wat er niet is: een
    reekswaarde met status 'onbekend' of zonder waarde is 'onbekend' (ook als er toch een waarde
    of een andere status bij staat), en een waarde zonder bron heeft bron ``null``."""
    reg = laad(
        KOP
        + parameter()
        + waarde("2020-01-01", "1")
        + waarde("2020-04-01", "2", bron="sec")
        + waarde("2020-07-01", "3")
    )
    definitie = reg.definities["p"]
    onbekend_met_waarde, zonder_waarde, zonder_bron = definitie.reeks
    vreemd = attrs.evolve(
        definitie,
        reeks=(
            attrs.evolve(onbekend_met_waarde, status=Status.ONBEKEND),
            attrs.evolve(zonder_waarde, waarde=None),
            attrs.evolve(zonder_bron, bron=None),
        ),
    )
    opname = momentopname(attrs.evolve(reg, definities={"p": vreemd}))["momenten"]
    assert opname["2020-01-01"]["p"] == "onbekend"
    assert opname["2020-04-01"]["p"] == "onbekend"
    assert opname["2020-07-01"]["p"] == {
        "waarde": "3",
        "geldig_vanaf": "2020-07-01",
        "status": "definitief",
        "bron": None,
    }


def test_een_vervallen_parameter_noemt_datum_opmerking_en_opvolgers() -> None:
    """Een vervallen parameter geeft bij opvragen een fout die de datum van vervallen noemt, de
    opmerking uit de data als die er is, en de parameters die ervoor in de plaats kwamen."""
    ps = parameters_op(date(2022, 1, 1))
    assert ps.ontbrekend["daeb_inkomensgrens"] == (
        "de parameter is vervallen per 2022-01-01 (Vervangen door de gedifferentieerde grenzen "
        "voor een- en meerpersoonshuishoudens.); zie ook 'daeb_inkomensgrens_hoog', "
        "'daeb_inkomensgrens_eenpersoons', 'daeb_inkomensgrens_meerpersoons'"
    )
    assert ps.ontbrekend["daeb_norm_hoge_grens"] == (
        "de parameter is vervallen per 2022-01-01; zie ook 'daeb_norm_doelgroep'"
    )
