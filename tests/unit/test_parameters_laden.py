"""Het laden van parameterdata weigert elk gebrek, met bestand en veld in de melding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters import Leeftijd, Register, Status, laad_register

DEKKING = b"""schema_versie = 1
data_versie = "test-1"
dekking_van = 2020-01-01
dekking_tot = 2021-12-31
toelichting = "testdata"
"""

BRONNEN = """[bestand]
omschrijving = "test"

[bronnen.off]
titel = "Officiele regeling"
uitgever = "Staatscourant"
url = "https://zoek.officielebekendmakingen.nl/stcrt-0000-1.html"
soort = "officieel"
datum = 2019-12-01

[bronnen.sec]
titel = "Secundaire pagina"
uitgever = "Aedes"
url = "https://aedes.nl/x"
soort = "secundair"
"""


def waarde(
    datum: str, w: str, bron: str = "off", status: str = "definitief", extra: str = ""
) -> str:
    return (
        f'[[parameters.p.waarden]]\ngeldig_vanaf = {datum}\nwaarde = {w}\nbron = "{bron}"\n'
        f'status = "{status}"\n{extra}\n'
    )


def ruw(datum: str, velden: str) -> str:
    """Een reekswaarde met willekeurige velden (voor onvolledige of bijzondere waarden)."""
    return f"[[parameters.p.waarden]]\ngeldig_vanaf = {datum}\n{velden}\n"


def parameter(
    eenheid: str = "euro per maand", herziening: str = "bij wetswijziging", extra: str = ""
) -> str:
    return (
        f'[parameters.p]\nomschrijving = "p"\neenheid = "{eenheid}"\n'
        f'grondslag = "art. 1"\nherziening = "{herziening}"\n{extra}\n'
    )


SECUNDAIR_2020_06 = waarde("2020-06-01", "2", bron="sec", status="secundair")


def reeks(
    *waarden: str,
    eenheid: str = "euro per maand",
    herziening: str = "bij wetswijziging",
    extra: str = "",
) -> str:
    """Eén parameter; zonder waarden een geldige reeks die beide bronnen gebruikt."""
    inhoud = waarden or (waarde("2020-01-01", "1"), SECUNDAIR_2020_06)
    return BRONNEN + parameter(eenheid, herziening, extra) + "".join(inhoud)


def laad(inhoud: str, dekking: bytes = DEKKING) -> Register:
    return laad_register({"dekking.toml": dekking, "p.toml": inhoud.encode()})


def fout_bij(inhoud: str, dekking: bytes = DEKKING) -> str:
    with pytest.raises(ParameterdataOngeldig) as info:
        laad(inhoud, dekking)
    return str(info.value)


def test_geldige_reeks_wordt_exact_geladen() -> None:
    reg = laad(
        reeks(
            waarde("2020-01-01", "586.68"),
            waarde(
                "2021-07-01",
                "600",
                bron="sec",
                status="secundair",
                extra='bevestigd_door = ["off"]',
            ),
        )
    )
    definitie = reg.definities["p"]
    assert [r.waarde for r in definitie.reeks] == [Decimal("586.68"), Decimal(600)]
    assert isinstance(definitie.reeks[0].waarde, Decimal)
    assert definitie.reeks[1].status is Status.SECUNDAIR
    assert definitie.reeks[1].bevestigd_door[0].sleutel == "off"
    assert reg.dekking_van == date(2020, 1, 1)
    assert reg.data_versie == "test-1"
    assert len(reg.data_hash) == 64


def test_hash_hangt_af_van_inhoud() -> None:
    a = laad(reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06))
    b = laad(reeks(waarde("2020-01-01", "3"), SECUNDAIR_2020_06))
    assert a.data_hash != b.data_hash


def test_datums_moeten_oplopen() -> None:
    melding = fout_bij(reeks(waarde("2021-01-01", "1"), SECUNDAIR_2020_06))
    assert "p.toml" in melding
    assert "parameters.p.waarden[1].geldig_vanaf" in melding
    assert "oplopend" in melding


def test_dubbele_datum_geweigerd() -> None:
    melding = fout_bij(
        reeks(waarde("2020-01-01", "1"), waarde("2020-01-01", "2", bron="sec", status="secundair"))
    )
    assert "waarden[1].geldig_vanaf" in melding


def test_onbekende_bron_geweigerd() -> None:
    melding = fout_bij(reeks(waarde("2020-01-01", "1", bron="bestaat_niet"), SECUNDAIR_2020_06))
    assert "onbekende bron 'bestaat_niet'" in melding


def test_onbekende_bevestigende_bron_geweigerd() -> None:
    melding = fout_bij(
        reeks(waarde("2020-01-01", "1", extra='bevestigd_door = ["x"]'), SECUNDAIR_2020_06)
    )
    assert "bevestigd_door: onbekende bron 'x'" in melding


def test_waarde_zonder_bron_geweigerd() -> None:
    tekst = reeks(ruw("2020-01-01", 'waarde = 1\nstatus = "definitief"'), SECUNDAIR_2020_06)
    assert "elke waarde heeft een bron" in fout_bij(tekst)


def test_definitief_vraagt_officiele_bron() -> None:
    melding = fout_bij(reeks(waarde("2020-01-01", "1", bron="sec"), waarde("2020-06-01", "1")))
    assert "'definitief' vraagt een officiële bron" in melding


def test_ongebruikte_bron_geweigerd() -> None:
    melding = fout_bij(reeks(waarde("2020-01-01", "1")))
    assert "bronnen zonder gebruik: sec" in melding


@pytest.mark.parametrize(
    ("eenheid", "ruwe_waarde", "verwacht"),
    [
        ("euro per maand", "-1", "niet negatief"),
        ("euro per maand", "1.234", "hoogstens twee decimalen"),
        ("euro per maand", '"1.00"', "verwacht een getal"),
        ("fractie", "1.5", "tussen 0 en 1"),
        ("factor", "0", "groter dan 0"),
        ("factor", "inf", "eindig"),
        ("jaren en maanden", "65", "jaren ="),
        ("jaren en maanden", "{ jaren = 65, maanden = 12 }", "maanden"),
        ("jaren", "0", "geheel aantal"),
        ("jaren", "1.5", "geheel aantal"),
        ("personen", "2.0", "geheel aantal"),
        ("euro", "true", "waarde"),
    ],
)
def test_waarde_moet_bij_eenheid_passen(eenheid: str, ruwe_waarde: str, verwacht: str) -> None:
    tekst = reeks(waarde("2020-01-01", ruwe_waarde), SECUNDAIR_2020_06, eenheid=eenheid)
    assert verwacht in fout_bij(tekst)


def test_onbekende_eenheid_geweigerd() -> None:
    assert "parameters.p.eenheid" in fout_bij(reeks(eenheid="gulden"))


def test_leeftijd_wordt_leeftijd() -> None:
    leeftijd = "{ jaren = 66, maanden = 4 }"
    reg = laad(
        reeks(
            waarde("2020-01-01", leeftijd),
            waarde("2021-01-01", leeftijd, bron="sec", status="secundair"),
            eenheid="jaren en maanden",
        )
    )
    assert reg.definities["p"].reeks[0].waarde == Leeftijd(66, 4)


def test_regime_moet_toegestaan_zijn() -> None:
    tekst = reeks(
        waarde("2020-01-01", '"c"'),
        waarde("2020-06-01", '"a"', bron="sec", status="secundair"),
        eenheid="regime",
        extra='toegestane_waarden = ["a", "b"]',
    )
    assert "staat niet in toegestane_waarden" in fout_bij(tekst)


def test_regime_zonder_toegestane_waarden_geweigerd() -> None:
    tekst = reeks(
        waarde("2020-01-01", '"c"'),
        waarde("2020-06-01", '"a"', bron="sec", status="secundair"),
        eenheid="regime",
    )
    assert "toegestane_waarden" in fout_bij(tekst)


def test_jaarlijkse_parameter_mist_geen_jaar() -> None:
    assert "geen waarde voor 2021" in fout_bij(reeks(herziening="jaarlijks"))


def test_jaarlijkse_parameter_met_onbekend_jaar_is_geldig() -> None:
    onbekend = ruw("2021-01-01", 'status = "onbekend"\nopmerking = "niet gevonden"')
    tekst = reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06, onbekend, herziening="jaarlijks")
    assert laad(tekst).definities["p"].reeks[-1].status is Status.ONBEKEND


def test_jaarlijkse_parameter_na_vervallen_hoeft_geen_waarde() -> None:
    dekking = DEKKING.replace(b"2021-12-31", b"2023-12-31")
    vervallen = ruw("2021-01-01", 'vervallen = true\nbron = "off"\nstatus = "definitief"')
    tekst = reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06, vervallen, herziening="jaarlijks")
    assert laad(tekst, dekking).definities["p"].reeks[-1].vervallen


def test_onbekend_zonder_opmerking_geweigerd() -> None:
    onbekend = ruw("2021-01-01", 'status = "onbekend"')
    melding = fout_bij(reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06, onbekend))
    assert "zeg bij status 'onbekend'" in melding


def test_onbekend_met_waarde_geweigerd() -> None:
    onbekend = ruw("2021-01-01", 'status = "onbekend"\nwaarde = 3\nopmerking = "x"')
    melding = fout_bij(reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06, onbekend))
    assert "heeft geen waarde" in melding


def test_vervallen_mag_niet_eerst_en_heeft_geen_waarde() -> None:
    vervallen = ruw("2019-01-01", 'vervallen = true\nbron = "off"\nstatus = "definitief"')
    melding = fout_bij(reeks(vervallen, SECUNDAIR_2020_06))
    assert "eerste waarde kan niet 'vervallen'" in melding
    met_waarde = waarde("2021-01-01", "5", extra="vervallen = true")
    melding = fout_bij(reeks(waarde("2020-01-01", "1"), SECUNDAIR_2020_06, met_waarde))
    assert "vervallen parameter heeft geen waarde" in melding


def test_ontbrekende_waarde_geweigerd() -> None:
    leeg = ruw("2020-01-01", 'bron = "off"\nstatus = "definitief"')
    assert "waarden[0].waarde: ontbreekt" in fout_bij(reeks(leeg, SECUNDAIR_2020_06))


def test_onbekend_veld_geweigerd() -> None:
    melding = fout_bij(reeks(extra='eenheden = "x"'))
    assert "parameters.p.eenheden: onbekend veld" in melding


def test_datum_tijd_geweigerd() -> None:
    tekst = reeks(waarde("2020-01-01T00:00:00", "1"), SECUNDAIR_2020_06)
    assert "datum-tijd niet toegestaan" in fout_bij(tekst)


def test_datum_als_tekst_geweigerd() -> None:
    assert "geldig_vanaf" in fout_bij(reeks(waarde('"2020-01-01"', "1"), SECUNDAIR_2020_06))


def test_ongeldige_toml_noemt_bestand() -> None:
    melding = fout_bij("[bestand\nomschrijving =")
    assert "p.toml" in melding
    assert "geen geldige TOML" in melding


def test_geen_utf8_geweigerd() -> None:
    with pytest.raises(ParameterdataOngeldig, match="UTF-8"):
        laad_register(
            {"dekking.toml": DEKKING, "p.toml": "omschrijving = 'caf\u00e9'".encode("cp1252")}
        )


def test_dekkingsbestand_verplicht_en_gecontroleerd() -> None:
    with pytest.raises(ParameterdataOngeldig, match=r"dekking\.toml"):
        laad_register({"p.toml": b""})
    omgekeerd = DEKKING.replace(b"dekking_tot = 2021-12-31", b"dekking_tot = 2019-12-31")
    with pytest.raises(ParameterdataOngeldig, match="dekking_tot ligt vóór dekking_van"):
        laad_register({"dekking.toml": omgekeerd, "p.toml": b""})
    andere_versie = DEKKING.replace(b"schema_versie = 1", b"schema_versie = 2")
    with pytest.raises(ParameterdataOngeldig, match="schema_versie"):
        laad_register({"dekking.toml": andere_versie, "p.toml": b""})


def test_geen_parameterbestanden_geweigerd() -> None:
    with pytest.raises(ParameterdataOngeldig, match="geen parameterbestanden"):
        laad_register({"dekking.toml": DEKKING})


def test_parameter_in_twee_bestanden_geweigerd() -> None:
    inhoud = reeks().encode()
    with pytest.raises(ParameterdataOngeldig, match="staat ook in"):
        laad_register({"dekking.toml": DEKKING, "a.toml": inhoud, "b.toml": inhoud})


def test_zie_ook_moet_bestaan() -> None:
    with pytest.raises(ParameterdataOngeldig, match="onbekende parameter 'q'"):
        laad(reeks(extra='zie_ook = ["q"]'))


def test_bestand_zonder_parameters_geweigerd() -> None:
    assert "parameters" in fout_bij(BRONNEN)


def test_meegeleverde_data_laadt_zonder_fouten() -> None:
    from passend_toewijzen.parameters.laden import lees_pakketdata

    reg = laad_register(lees_pakketdata())
    assert len(reg.definities) >= 30
    assert reg.dekking_van <= date(2011, 1, 1)
