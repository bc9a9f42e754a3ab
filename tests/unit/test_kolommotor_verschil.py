"""Verschilbewijs: de kolom-motor geeft voor elke toewijzing hetzelfde oordeel als de rij-motor.

De toewijzingen worden gemaakt als cellen van het toewijzingenbestand: datums van 2011 tot en met
2026 met elke datum waarop een parameter wijzigt (en de dag ervoor), bedragen op elke grens uit de
parameterdata (een cent eronder, erop en erboven), huishoudens van 1 tot en met 30 personen,
vergunninghouders, studenten, zorg, art. 54a en ook ongeldige cellen. Geen bedrag is hier getypt:
de grenzen komen uit :func:`~passend_toewijzen.kolom.tabel.parametertabel`.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.toewijzingen import KOLOMMEN, Toewijzingslezer
from passend_toewijzen.kolom.lezen import cellen_frame, lees_cellen
from passend_toewijzen.kolom.regels import beoordeel
from passend_toewijzen.kolom.tabel import parametertabel
from passend_toewijzen.kolom.vergelijk import VERGELEKEN, rijoordeel
from passend_toewijzen.modellen import Woningsoort, Zorgindicatie
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from tests.eigenschappen.bewijs import grondslag, voorbeelden
from tests.verantwoording_hulp import KOPPEN, schrijf_csv

_TABEL = parametertabel()
_DATA = sorted({d + timedelta(days=k) for d in _TABEL["vanaf"].to_list() for k in (-1, 0, 1)})
_GRENZEN = sorted(
    {
        int(w) + k
        for naam, reeks in _TABEL.to_dict().items()
        if reeks.dtype == pl.Int64 and naam != "servicekosten_maximum"
        for w in reeks.drop_nulls().to_list()
        for k in (-1, 0, 1)
    }
    | {
        int(w) + k
        for reeks in _TABEL["aftopping"].to_list()
        for w in reeks
        if w is not None
        for k in (-1, 0, 1)
    }
)
_MAXIMA = sorted({int(w) for w in _TABEL["servicekosten_maximum"].to_list()})


def _euro(centen: int, teken: str) -> str:
    return f"{centen // 100}{teken}{centen % 100:02d}"


def _bedrag(grenzen: list[int]) -> st.SearchStrategy[str]:
    gewoon = st.builds(_euro, st.sampled_from(grenzen), st.sampled_from([",", "."]))
    vrij = st.builds(_euro, st.integers(0, 15_000_000), st.sampled_from([",", "."]))
    raar = st.sampled_from(["", "12,345", "€ 600", " 600", "-5", "abc", "1.234,56", "600,5"])
    return st.one_of(gewoon, gewoon, vrij, raar)


_VLAG = st.sampled_from(["ja", "nee", "", "J", "NEE", "1", "0", "misschien", " ja"])
_DATUM = st.one_of(
    st.sampled_from(_DATA).map(lambda d: d.isoformat()),
    st.sampled_from(["", "2024-02-30", "01-03-2024", "2024-3-1", "morgen"]),
)


@st.composite
def _rij(draw: st.DrawFn, nummer: int) -> dict[str, str]:
    ingang = draw(_DATUM)
    return {
        "toewijzing_id": draw(st.sampled_from([f"T-{nummer}", f"T-{nummer}", "T-1", ""])),
        "huuringangsdatum": ingang,
        "toewijzingsdatum": draw(st.one_of(st.just(ingang), _DATUM)),
        "gemeente": draw(st.sampled_from(["Gorinchem", "Altena", "", "Den  Haag"])),
        "woning_id": f"W-{nummer}",
        "kale_huur": draw(_bedrag(_GRENZEN)),
        "woningsoort": draw(st.sampled_from([*(w.value for w in Woningsoort), "villa"])),
        "daeb": draw(_VLAG),
        "aantal_personen": draw(
            st.one_of(st.integers(1, 30).map(str), st.sampled_from(["0", "31", "", "2,5"]))
        ),
        "huishoudinkomen": draw(_bedrag(_GRENZEN)),
        "aow_huishouden": draw(_VLAG),
        "vergunninghouders": draw(st.sampled_from(["", "nee", "ja"])),
        "studenten": draw(st.sampled_from(["", "nee", "ja"])),
        "zorgindicatie": draw(st.sampled_from(["", "", *(z.value for z in Zorgindicatie), "x"])),
        "huurtoeslag_mogelijk": draw(st.sampled_from(["", "ja", "nee"])),
        "servicekosten": draw(st.one_of(st.just(""), _bedrag([*_MAXIMA, 0, 5000]))),
        "subsidiabele_servicekosten": draw(st.one_of(st.just(""), _bedrag([*_MAXIMA, 0]))),
        "verzoek_art_54a": draw(st.sampled_from(["", "", "nee", "ja"])),
        "alle_bewoners_aow": draw(st.sampled_from(["", "", "ja", "nee"])),
        "rendementsgrondslag_box3": draw(st.one_of(st.just(""), _bedrag(_GRENZEN))),
    }


_BESTANDEN = st.integers(1, 40).flatmap(
    lambda n: st.tuples(*(_rij(i) for i in range(1, n + 1))).map(list)
)


@grondslag("Woningwet art. 46 lid 2 en art. 48 lid 1; BTIV 2015 art. 54, 54a, 56 en 126")
@settings(max_examples=voorbeelden(300), deadline=None)
@given(_BESTANDEN)
def test_elk_oordeel_gelijk_aan_de_rij_motor(rijen: list[dict[str, str]]) -> None:
    """Voor elke rij van een toewijzingenbestand geeft de kolom-motor hetzelfde oordeel als de
    toets van één toewijzing: hetzelfde toewijzingssegment en dezelfde passendheid, elk met
    dezelfde reden, dezelfde passende groep, hetzelfde huishoudtype en dezelfde huurklasse, en
    onbepaald waar de rij-motor onbepaald zegt. Een rij die de kolom-lezer als gewoon aanvaardt,
    wordt ook door de rij-lezer aanvaard."""
    kolommen = tuple(k.naam for k in KOLOMMEN)
    waarden = [tuple(r.get(k, "") for k in kolommen) for r in rijen]
    lezer = Toewijzingslezer("proef", kolommen, corporatie="Proef")
    frame = (
        lees_cellen(cellen_frame(kolommen, waarden).with_row_index("rij"), corporatie="Proef")
        .with_columns(pl.col("rij").cast(pl.Int64))
        .collect()
    )
    gewoon = frame.filter(~pl.col("verdacht"))
    oordelen = {r["rij"]: r for r in beoordeel(gewoon).collect().to_dicts()}
    for i, cellen in enumerate(waarden):
        resultaat = lezer(Bronrij(i + 2, cellen))
        if i not in oordelen:
            continue  # verdacht: de rij-lezer beslist, met zijn eigen meldingen
        assert not isinstance(resultaat, list), (cellen, resultaat)
        kolom = oordelen[i]
        try:
            uitkomst = toets_toewijzing(resultaat.toewijzing, strikt=False, uitleg=False)
        except PassendToewijzenFout:  # de rij-motor weigert: de kolom-motor moet doorgeven
            assert kolom["motor_rij"], cellen
            continue
        assert not kolom["motor_rij"], cellen
        verwacht = rijoordeel(uitkomst)
        assert {k: kolom[k] for k in VERGELEKEN} == verwacht, cellen


def _verslag(pad: Path, motor: str) -> dict[str, Any]:
    verslag = json.loads(als_json(verantwoord(pad, 2024, motor=motor)))
    assert verslag["ontvangstbewijs"].pop("motor") == motor
    return dict(verslag)


@grondslag("Woningwet art. 46 lid 2 en art. 48 lid 1 (verantwoording)")
@settings(max_examples=voorbeelden(25), deadline=None)
@given(_BESTANDEN)
def test_verslag_gelijk_op_beide_motoren(rijen: list[dict[str, str]]) -> None:
    """De jaarverantwoording over een bestand is op beide motoren dezelfde, met dezelfde
    afgewezen rijen en meldingen, op de naam van de motor in het ontvangstbewijs na."""
    with TemporaryDirectory() as map_:
        pad = schrijf_csv(Path(map_) / "toewijzingen.csv", rijen, koppen=KOPPEN)
        assert _verslag(pad, "kolom") == _verslag(pad, "rij")


def test_voorbeeldbestand_gelijk_op_beide_motoren() -> None:
    """Het voorbeeldbestand geeft op beide motoren hetzelfde verslag."""
    pad = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"
    assert _verslag(pad, "kolom") == _verslag(pad, "rij")
