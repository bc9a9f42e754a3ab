"""Tabellen van maximale huurprijzen: meldingen, grenzen en brongegevens, zoals de mutatietoetsing
vroeg.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien wat van de huurprijstabellen nog niet
vastlag: de volledige Nederlandse meldingen (met het bestand, het tijdvak en de woningsoort), de
grenzen van de controles bij het laden (een bedrag van 0, twee gelijke bedragen, een tijdvak van
één dag, twee tijdvakken die één dag delen) en dat elk brongegeven van een tabel meekomt.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters.huurprijstabellen import (
    GeenHuurprijstabel,
    Huurprijstabel,
    PuntenBuitenTabel,
    huurprijstabel_op,
    huurprijstabellen,
    laad_huurprijstabellen,
)
from passend_toewijzen.parameters.waarden import Bron, Bronsoort, Status

_KOP = b"""
[bestand]
omschrijving = "proef"
woningsoort = "zelfstandig"
[bronnen.b]
titel = "Uitvoeringsregeling"
uitgever = "wetten.overheid.nl"
url = "https://wetten.overheid.nl/BWBR0015386/2020-07-01"
soort = "officieel"
datum = 2020-06-15
opmerking = "bijlage I"
"""


def _tabel(
    vanaf: str = "2020-07-01",
    tot: str = "2021-06-30",
    bedragen: str = "[[40, 200.00], [41, 205.00]]",
    bron: str = "b",
    onder_minimum: str = "false",
) -> bytes:
    return (
        f'[[tabellen]]\ngeldig_vanaf = {vanaf}\ngeldig_tot = {tot}\nbron = "{bron}"\n'
        f'status = "definitief"\nonder_minimum_gelijk_aan_minimum = {onder_minimum}\n'
        f"bedragen = {bedragen}\n"
    ).encode()


def _laad(*tabellen: bytes, naam: str = "x.toml") -> tuple[Huurprijstabel, ...]:
    return laad_huurprijstabellen({naam: _KOP + b"".join(tabellen)})["zelfstandig"]


def _meldingen(*tabellen: bytes) -> tuple[str, ...]:
    with pytest.raises(ParameterdataOngeldig) as fout:
        _laad(*tabellen)
    assert fout.value.bestand == "x.toml"
    assert str(fout.value).startswith("Ongeldige parameterdata in x.toml:\n")
    return fout.value.meldingen


# ---------------------------------------------------------------------------------------------
# Geen tabel voor een datum
# ---------------------------------------------------------------------------------------------


def test_de_melding_zonder_tabel_noemt_soort_datum_en_elk_gedekt_tijdvak() -> None:
    """Een datum in het gat tussen de tabellen van 2014 en oktober 2015: de melding noemt elk
    gedekt tijdvak, in volgorde."""
    with pytest.raises(GeenHuurprijstabel) as fout:
        huurprijstabel_op(date(2015, 8, 1))
    tabellen = huurprijstabellen()["zelfstandig"]
    assert fout.value.woningsoort == "zelfstandig"
    assert fout.value.datum == date(2015, 8, 1)
    assert fout.value.gedekt == tuple((t.geldig_vanaf, t.geldig_tot) for t in tabellen)
    assert fout.value.gedekt[:3] == (
        (date(2013, 7, 1), date(2014, 6, 30)),
        (date(2014, 7, 1), date(2015, 6, 30)),
        (date(2015, 10, 1), date(2016, 6, 30)),
    )
    melding = str(fout.value)
    assert melding.startswith(
        "geen tabel van maximale huurprijzen (woningwaarderingsstelsel) voor zelfstandige "
        "woningen op 2015-08-01: de meegeleverde tabellen dekken 2013-07-01 t/m 2014-06-30, "
        "2014-07-01 t/m 2015-06-30, 2015-10-01 t/m 2016-06-30"
    )
    laatste = tabellen[-1]
    assert melding.endswith(
        f", {laatste.geldig_vanaf.isoformat()} t/m {laatste.geldig_tot.isoformat()}. Vul de "
        "maximale huur zelf in (kolom maximale_huur) in plaats van de punten"
    )


def test_de_melding_voor_een_woningsoort_zonder_tabellen() -> None:
    with pytest.raises(GeenHuurprijstabel) as fout:
        huurprijstabel_op(date(2016, 1, 1), "woonwagen")
    assert fout.value.woningsoort == "woonwagen"
    assert fout.value.gedekt == ()
    assert str(fout.value) == (
        "geen tabel van maximale huurprijzen (woningwaarderingsstelsel) voor woonwagens op "
        "2016-01-01: er is voor deze woningsoort geen enkele tabel meegeleverd. Vul de maximale "
        "huur zelf in (kolom maximale_huur) in plaats van de punten"
    )


def test_een_onbekende_woningsoort_staat_letterlijk_in_de_melding() -> None:
    with pytest.raises(GeenHuurprijstabel) as fout:
        huurprijstabel_op(date(2016, 1, 1), "woonboot")
    assert str(fout.value).startswith(
        "geen tabel van maximale huurprijzen (woningwaarderingsstelsel) voor woonboot op "
        "2016-01-01: "
    )


# ---------------------------------------------------------------------------------------------
# Een puntentotaal opzoeken
# ---------------------------------------------------------------------------------------------


def test_de_meldingen_bij_een_puntentotaal_buiten_de_tabel_noemen_het_tijdvak() -> None:
    tabel = huurprijstabel_op(date(2016, 1, 1))
    with pytest.raises(PuntenBuitenTabel) as fout:
        tabel.maximale_huur(Decimal("145.5"))
    assert str(fout.value) == (
        "145.5 punten: de tabel van 2015-10-01 t/m 2016-06-30 kent alleen hele puntentotalen; "
        "rond het puntentotaal af zoals het woningwaarderingsstelsel voorschrijft"
    )
    with pytest.raises(PuntenBuitenTabel) as fout:
        tabel.maximale_huur(251)
    assert str(fout.value) == (
        "251 punten: de tabel van 2015-10-01 t/m 2016-06-30 loopt van 40 tot en met 250 punten"
    )


def test_het_laagste_puntental_zelf_en_een_punt_eronder() -> None:
    """Bij precies het laagste puntental geldt diens bedrag; één punt eronder alleen als de tabel
    het zegt (2014 wel, 2013 niet)."""
    for datum in (date(2013, 7, 1), date(2014, 7, 1)):
        tabel = huurprijstabel_op(datum)
        assert tabel.maximale_huur(40) == tabel.bedragen[40]
    assert huurprijstabel_op(date(2014, 7, 1)).maximale_huur(39) == Decimal("192.76")
    with pytest.raises(PuntenBuitenTabel):
        huurprijstabel_op(date(2013, 7, 1)).maximale_huur(39)


# ---------------------------------------------------------------------------------------------
# Laden en controleren
# ---------------------------------------------------------------------------------------------


def test_een_geladen_tabel_draagt_haar_volledige_bron_status_en_regel_onder_het_minimum() -> None:
    (tabel,) = _laad(_tabel(onder_minimum="true"))
    assert tabel.bron == Bron(
        sleutel="b",
        titel="Uitvoeringsregeling",
        uitgever="wetten.overheid.nl",
        url="https://wetten.overheid.nl/BWBR0015386/2020-07-01",
        soort=Bronsoort.OFFICIEEL,
        datum=date(2020, 6, 15),
        opmerking="bijlage I",
    )
    assert tabel.status is Status.DEFINITIEF
    assert tabel.onder_minimum_gelijk_aan_minimum is True
    assert tabel.maximale_huur(39) == Decimal("200.00")
    (zonder,) = _laad(_tabel())
    assert zonder.onder_minimum_gelijk_aan_minimum is False


def test_een_tijdvak_van_een_dag_is_geldig_een_einde_voor_het_begin_niet() -> None:
    (tabel,) = _laad(_tabel(vanaf="2020-07-01", tot="2020-07-01"))
    assert tabel.geldt_op(date(2020, 7, 1))
    assert _meldingen(_tabel(vanaf="2020-07-01", tot="2020-06-30")) == (
        "tabellen[0] (2020-07-01): geldig_tot ligt voor geldig_vanaf",
    )


def test_een_bedrag_van_nul_is_geen_bedrag_een_cent_wel() -> None:
    assert _meldingen(_tabel(bedragen="[[40, 0.00], [41, 205.00]]")) == (
        "tabellen[0] (2020-07-01): elk bedrag is positief, in hele centen",
    )
    (tabel,) = _laad(_tabel(bedragen="[[40, 0.01], [41, 0.02]]"))
    assert tabel.maximale_huur(40) == Decimal("0.01")


def test_twee_gelijke_bedragen_lopen_niet_op() -> None:
    assert _meldingen(_tabel(bedragen="[[40, 200.00], [41, 200.00]]")) == (
        "tabellen[0] (2020-07-01): de bedragen lopen niet op met de punten",
    )
    (tabel,) = _laad(_tabel(bedragen="[[40, 200.00], [41, 200.01]]"))
    assert tabel.maximale_huur(41) == Decimal("200.01")


def test_twee_tijdvakken_die_een_dag_delen_overlappen_aansluitende_niet() -> None:
    assert _meldingen(
        _tabel(vanaf="2020-07-01", tot="2021-06-30"), _tabel(vanaf="2021-06-30", tot="2022-06-30")
    ) == ("de tijdvakken vanaf 2020-07-01 en 2021-06-30 overlappen",)
    tabellen = _laad(
        _tabel(vanaf="2021-07-01", tot="2022-06-30"), _tabel(vanaf="2020-07-01", tot="2021-06-30")
    )
    assert [t.geldig_vanaf for t in tabellen] == [date(2020, 7, 1), date(2021, 7, 1)]


def test_elke_fout_in_elke_tabel_wordt_gemeld() -> None:
    """Een onbekende bron in de eerste tabel houdt de controle van de volgende niet op."""
    assert _meldingen(_tabel(bron="c"), _tabel(vanaf="2021-07-01", tot="2022-06-30", bron="d")) == (
        "tabellen[0] (2020-07-01): onbekende bron 'c'",
        "tabellen[1] (2021-07-01): onbekende bron 'd'",
    )


def test_schema_en_toml_fouten_noemen_het_bestand() -> None:
    with pytest.raises(ParameterdataOngeldig) as fout:
        laad_huurprijstabellen({"x.toml": b"[bestand"})
    assert fout.value.bestand == "x.toml"
    with pytest.raises(ParameterdataOngeldig) as fout:
        laad_huurprijstabellen({"y.toml": _KOP + _tabel().replace(b"definitief", b"zeker")})
    assert fout.value.bestand == "y.toml"
    assert fout.value.meldingen == (
        "tabellen[0].status: onbekende waarde 'zeker'; kies uit 'definitief', 'secundair', "
        "'afgeleid', 'voorlopig' of 'onbekend'",
    )


def test_een_leeg_bestand_houdt_de_volgende_bestanden_niet_tegen() -> None:
    leeg = b"tabellen = []\n" + _KOP
    tabellen = laad_huurprijstabellen({"a.toml": leeg, "b.toml": _KOP + _tabel()})
    assert [t.geldig_vanaf for t in tabellen["zelfstandig"]] == [date(2020, 7, 1)]


def test_een_tweede_bestand_voor_dezelfde_woningsoort_noemt_dat_bestand() -> None:
    with pytest.raises(ParameterdataOngeldig) as fout:
        laad_huurprijstabellen({"a.toml": _KOP + _tabel(), "b.toml": _KOP + _tabel()})
    assert fout.value.bestand == "b.toml"
    assert fout.value.meldingen == ("een tweede bestand voor woningsoort zelfstandig",)
