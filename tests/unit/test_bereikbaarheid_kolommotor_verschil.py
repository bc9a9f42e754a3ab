"""Verschilbewijs: de bereikbaarheid op de kolom-motor is dezelfde als op de rij-motor.

De voorraden worden gemaakt als cellen van het woningvoorraadbestand (CSV en Parquet), op
peildata aan de randen van de tabellen van maximale huurprijzen (en in het gat ertussen), met
maximale huren zo gekozen dat de huur bij mutatie precies op, een cent onder of een cent boven
elke grens van de peildatum uitkomt (aftoppingsgrenzen, maximale huurgrens, huurklassen), met
halve centen, punten aan de randen van de tabel, eigen percentages, verduurzaming, aftoppen,
mutatiekansen van 0, breuken en de standaard, dubbele kenmerken en ongeldige cellen. Geen bedrag
is hier getypt: de grenzen komen uit :func:`~passend_toewijzen.bereikbaarheid.grenzen.grenzen_op`.
De huidige kale huur (de referentie ``huidige_huur``) ligt op, een cent onder of een cent boven
elke grens. Het hele JSON-document moet byte voor byte gelijk zijn; een fout moet dezelfde fout
zijn.
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen import motorkeuze
from passend_toewijzen.bereikbaarheid import Aftopping, Scenario, bereken_bereikbaarheid
from passend_toewijzen.bereikbaarheid import verslag as verslagmodule
from passend_toewijzen.bereikbaarheid.grenzen import grenzen_op
from passend_toewijzen.bereikbaarheid.uitvoer.json import als_json
from passend_toewijzen.invoer.voorraad import KOLOMMEN
from passend_toewijzen.parameters import Parameterwaarde
from passend_toewijzen.parameters.huurprijstabellen import huurprijstabellen
from passend_toewijzen.tabellen.laden import laad_tabel
from tests.eigenschappen.bewijs import grondslag, voorbeelden

_KOPPEN = tuple(k.naam for k in KOLOMMEN)
_WOONGAARD = laad_tabel("woongaard-2015")
_TABELLEN = huurprijstabellen()["zelfstandig"]
_DATA = sorted(
    {date(2016, 1, 1)}
    | {t.geldig_vanaf for t in _TABELLEN}
    | {t.geldig_tot for t in _TABELLEN}
    | {date(2015, 7, 1)}  # in het gat tussen twee tabellen
)
_PERCENTAGES = [Decimal(p) for p in ("50", "72", "67.5", "100", "33.333333", "80.5")]
_PUNTEN = sorted(
    {str(p) for t in _TABELLEN for p in (t.minimum - 1, t.minimum, t.maximum, t.maximum + 1)}
    | {"120", "40,5", "0", "173"}
)


def _grenzen(datum: date) -> list[int]:
    """De grenzen van de peildatum in centen: aftoppingsgrenzen, maximale huurgrens, huurklassen."""
    g = grenzen_op(datum)
    bedragen = [
        g.aftoppingsgrens_laag.bedrag,
        g.aftoppingsgrens_hoog.bedrag,
        g.maximale_huurgrens.bedrag,
        *(
            grens.waarde
            for _, grens in g.huurklassen
            if isinstance(grens, Parameterwaarde) and isinstance(grens.waarde, Decimal)
        ),
    ]
    return sorted({int(b * 100) for b in bedragen})


def _euro(centen: int, teken: str = ",") -> str:
    return f"{centen // 100}{teken}{centen % 100:02d}"


@st.composite
def _maximale_huur(draw: st.DrawFn, grenzen: list[int]) -> str:
    """Een maximale huur waarmee de huur bij mutatie op of naast een grens uitkomt."""
    grens = draw(st.sampled_from(grenzen))
    percentage = draw(st.sampled_from(_PERCENTAGES))
    nodig = (Decimal(grens) * 100 / percentage).to_integral_value(rounding=ROUND_CEILING)
    centen = max(0, int(nodig) + draw(st.integers(-2, 2)))
    return _euro(centen, draw(st.sampled_from([",", "."])))


@st.composite
def _kale_huur(draw: st.DrawFn, grenzen: list[int]) -> str:
    """Een huidige kale huur precies op, een cent onder of een cent boven een grens."""
    centen = max(0, draw(st.sampled_from(grenzen)) + draw(st.integers(-1, 1)))
    return _euro(centen, draw(st.sampled_from([",", "."])))


_RAAR_BEDRAG = st.sampled_from(["", "12,345", "€ 600", "-5", "abc", "1.234,56", "600,5", "0"])
_KANS = st.sampled_from(
    ["", "", "0", "0,08", "0,125", "1,125", "0,0800", "1", "0.5", "150", "0,1234567891", "-1", "x"]
)
_EIGEN = st.sampled_from(
    ["", "", "", "60", "67,5", "0", "100", "100,01", "33,3333333", "101", "72.25"]
)


_GOEDE_KANS = st.sampled_from(["", "0", "0,08", "0,125", "0,0800", "1", "0.5", "0,1234567891"])
_GOED_EIGEN = st.sampled_from(["", "", "", "", "60", "67,5", "100", "72.25", "33,3333333"])


@st.composite
def _rij(draw: st.DrawFn, nummer: int, grenzen: list[int]) -> dict[str, str]:
    """Een rij; vier op de vijf zijn geldig (de rest heeft ongeldige of randgevallen)."""
    schoon = draw(st.integers(0, 4)) > 0
    keuze = draw(st.sampled_from(["huur", "huur", "punten"]))
    if not schoon:
        keuze = draw(st.sampled_from(["huur", "punten", "beide", "geen"]))
    huur = draw(
        _maximale_huur(grenzen) if schoon else st.one_of(_maximale_huur(grenzen), _RAAR_BEDRAG)
    )
    punten = draw(st.sampled_from(_PUNTEN))

    def kies(goed: st.SearchStrategy[str], fout: st.SearchStrategy[str]) -> str:
        return draw(goed if schoon else st.one_of(goed, fout))

    return {
        "woning_id": kies(st.just(f"W-{nummer}"), st.sampled_from(["W-1", "", " W-2"])),
        "gemeente": kies(
            st.sampled_from(["Altena", "Gorinchem"]), st.sampled_from(["", "Den  Haag"])
        ),
        "kern": draw(st.sampled_from(["Almkerk", "Dalem", "", "Woudrichem"])),
        "wijk": draw(st.sampled_from(["", "Noord"])),
        "woningsoort": kies(
            st.sampled_from(["zelfstandig", "zelfstandig", "onzelfstandig"]),
            st.sampled_from(["villa", "Zelfstandig"]),
        ),
        "daeb": kies(
            st.sampled_from(["ja", "nee", "J", "1", "0"]), st.sampled_from(["misschien", ""])
        ),
        "kale_huur": kies(
            st.one_of(_kale_huur(grenzen), st.sampled_from(["512,40", "600"])),
            st.sampled_from(["", "abc"]),
        ),
        "maximale_huur": huur if keuze in ("huur", "beide") else "",
        "punten": punten if keuze in ("punten", "beide") else "",
        "mutatiekans": kies(_GOEDE_KANS, _KANS),
        "huurverhoging_verduurzaming": kies(
            st.sampled_from(["", "", "25,00", "0", "0,01"]), st.sampled_from(["x", "-3"])
        ),
        "streefhuur_percentage": kies(_GOED_EIGEN, _EIGEN),
    }


_SCENARIO = st.builds(
    Scenario,
    naam=st.just("s"),
    streefhuur_percentage=st.sampled_from(_PERCENTAGES),
    segmenten=st.dictionaries(
        st.sampled_from(["daeb", "niet_daeb"]), st.sampled_from(_PERCENTAGES), max_size=2
    ),
    kernen=st.dictionaries(
        st.sampled_from(["Almkerk", "Dalem"]), st.sampled_from(_PERCENTAGES), max_size=2
    ),
    verduurzaming=st.booleans(),
    aftoppen=st.one_of(st.none(), st.sampled_from(list(Aftopping))),
    aftoppen_alleen_daeb=st.booleans(),
    woningpercentage=st.booleans(),
)


@st.composite
def _geval(draw: st.DrawFn) -> tuple[date, list[dict[str, str]], list[Scenario], str | None, str]:
    datum = draw(st.sampled_from(_DATA))
    grenzen = _grenzen(datum)
    aantal = draw(st.integers(0, 30))
    met_lege_rij: bool = draw(st.booleans())
    rijen: list[dict[str, str]] = [draw(_rij(i, grenzen)) for i in range(1, aantal + 1)]
    if rijen and met_lege_rij:
        rijen.insert(draw(st.integers(0, len(rijen))), dict.fromkeys(_KOPPEN, ""))  # lege rij
    scenarios = draw(st.lists(_SCENARIO, min_size=1, max_size=3))
    scenarios = [
        Scenario(
            f"scenario {i}",
            s.streefhuur_percentage,
            segmenten=s.segmenten,
            kernen=s.kernen,
            verduurzaming=s.verduurzaming,
            aftoppen=s.aftoppen,
            aftoppen_alleen_daeb=s.aftoppen_alleen_daeb,
            woningpercentage=s.woningpercentage,
        )
        for i, s in enumerate(scenarios)
    ]
    tabel = draw(st.sampled_from([None, "woongaard-2015"]))
    if not _WOONGAARD.geldt_op(datum) and draw(st.integers(0, 9)) > 0:
        tabel = None  # meestal alleen een tabel op een datum waarop zij geldt
    formaat = draw(st.sampled_from(["csv", "parquet"]))
    return datum, rijen, scenarios, tabel, formaat


def _schrijf(map_: Path, rijen: list[dict[str, str]], formaat: str) -> Path:
    if formaat == "parquet":
        pad = map_ / "voorraad.parquet"
        pq.write_table(pa.table({k: [r[k] for r in rijen] for k in _KOPPEN}), pad)
        return pad
    pad = map_ / "voorraad.csv"
    with pad.open("w", encoding="utf-8", newline="") as bestand:
        schrijver = csv.DictWriter(bestand, _KOPPEN, delimiter=";", lineterminator="\r\n")
        schrijver.writeheader()
        schrijver.writerows(rijen)
    return pad


def _uitkomst(
    pad: Path, datum: date, scenarios: list[Scenario], tabel: str | None, motor: str
) -> tuple[str, str]:
    """(``"json"``, het document) of (``"fout"``, soort en melding van de fout)."""
    try:
        uitkomst = bereken_bereikbaarheid(pad, datum, scenarios, tabel=tabel, motor=motor)
    except Exception as fout:
        return "fout", f"{type(fout).__name__}: {fout}"
    assert uitkomst.motor == motor
    return "json", als_json(uitkomst)


@grondslag(
    "Wet op de huurtoeslag art. 13 lid 1 en art. 20 lid 2; Woningwet art. 46 lid 2 (bereikbaarheid)"
)
@settings(max_examples=voorbeelden(150), deadline=None)
@given(_geval())
def test_bereikbaarheid_gelijk_op_beide_motoren(
    geval: tuple[date, list[dict[str, str]], list[Scenario], str | None, str],
) -> None:
    """Voor elke voorraad en elk scenario geven beide motoren hetzelfde verslag, byte voor byte:
    dezelfde huur bij mutatie in hele centen (een halve cent naar boven), dezelfde huurklasse,
    dezelfde bereikbaarheid (een huur gelijk aan de aftoppingsgrens is bereikbaar, een cent
    erboven niet), hetzelfde gewogen mutatieaanbod, dezelfde cellen van de huur-inkomenstabel,
    dezelfde afgewezen rijen met dezelfde meldingen, en dezelfde referentie met de huidige kale
    huur (huurklasse en bereikbaarheid van vandaag); of allebei dezelfde fout."""
    datum, rijen, scenarios, tabel, formaat = geval
    with TemporaryDirectory() as map_:
        pad = _schrijf(Path(map_), rijen, formaat)
        rij = _uitkomst(pad, datum, scenarios, tabel, "rij")
        kolom = _uitkomst(pad, datum, scenarios, tabel, "kolom")
    assert kolom == rij
    if rij[0] == "json":
        assert '"huidige_huur": {' in rij[1]


def test_voorbeeldvoorraad_gelijk_op_beide_motoren() -> None:
    """De voorbeeldvoorraad geeft op beide motoren hetzelfde document, met en zonder tabel."""
    pad = Path(__file__).parents[2] / "examples" / "data" / "voorraad.csv"
    for tabel in (None, "woongaard-2015"):
        documenten = {
            motor: als_json(
                bereken_bereikbaarheid(
                    pad, date(2016, 1, 1), [72, "67.5"], tabel=tabel, motor=motor
                )
            )
            for motor in ("kolom", "rij")
        }
        assert documenten["kolom"] == documenten["rij"]


def test_zelfde_fout_zonder_huurprijstabel(tmp_path: Path) -> None:
    """Punten op een datum zonder tabel van maximale huurprijzen: op beide motoren dezelfde fout
    die de gedekte perioden noemt."""
    rij = dict.fromkeys(_KOPPEN, "") | {
        "woning_id": "W-1",
        "gemeente": "Altena",
        "woningsoort": "zelfstandig",
        "daeb": "ja",
        "kale_huur": "500",
        "punten": "120",
    }
    pad = _schrijf(tmp_path, [rij], "csv")
    rijfout = _uitkomst(pad, date(2015, 8, 1), [Scenario("s", Decimal(72))], None, "rij")
    kolomfout = _uitkomst(pad, date(2015, 8, 1), [Scenario("s", Decimal(72))], None, "kolom")
    assert rijfout[0] == "fout"
    assert "2015-10-01" in rijfout[1]
    assert kolomfout == rijfout


def test_zelfde_fout_zonder_huurkolom(tmp_path: Path) -> None:
    """Een bestand zonder de kolommen maximale_huur en punten: op beide motoren dezelfde fout."""
    pad = tmp_path / "voorraad.csv"
    pad.write_text("woning_id;gemeente;woningsoort;daeb;kale_huur\nW-1;Altena;zelfstandig;ja;500\n")
    rijfout = _uitkomst(pad, date(2016, 1, 1), [Scenario("s", Decimal(72))], None, "rij")
    assert rijfout[0] == "fout"
    assert "maximale_huur" in rijfout[1]
    assert _uitkomst(pad, date(2016, 1, 1), [Scenario("s", Decimal(72))], None, "kolom") == rijfout


def test_motorkeuze(monkeypatch: pytest.MonkeyPatch) -> None:
    """Zonder keuze de kolom-motor als polars er is, anders de rij-motor; een onbekende motor en
    de kolom-motor zonder polars geven een Nederlandse melding."""
    assert verslagmodule.kies_motor(None) == "kolom"
    assert verslagmodule.kies_motor("rij") == "rij"
    with pytest.raises(ValueError, match="onbekende motor 'snel'; kies kolom of rij"):
        verslagmodule.kies_motor("snel")
    monkeypatch.setattr(motorkeuze, "kolommotor_beschikbaar", lambda: False)
    assert verslagmodule.kies_motor(None) == "rij"
    with pytest.raises(ValueError, match=r"pip install 'passend-toewijzen\[kolom\]'"):
        verslagmodule.kies_motor("kolom")


def test_per_woning_op_de_kolom_motor() -> None:
    """Op de kolom-motor zijn de woningen er ook, met de rij-lezer gelezen (voor Excel)."""
    pad = Path(__file__).parents[2] / "examples" / "data" / "voorraad.csv"
    kolom = bereken_bereikbaarheid(pad, date(2016, 1, 1), [72], motor="kolom")
    rij = bereken_bereikbaarheid(pad, date(2016, 1, 1), [72], motor="rij")
    assert kolom.motor == "kolom"
    assert list(kolom.per_woning()) == list(rij.per_woning())


@pytest.mark.parametrize("decimaalteken", ["komma", "punt", "auto"])
def test_decimaalteken_gelijk_op_beide_motoren(decimaalteken: str) -> None:
    """Met een vast decimaalteken lezen beide motoren dezelfde bedragen en wijzen zij dezelfde
    rijen af."""
    pad = Path(__file__).parents[2] / "examples" / "data" / "voorraad.csv"
    documenten = {
        motor: als_json(
            bereken_bereikbaarheid(
                pad,
                date(2016, 1, 1),
                ["67.5"],
                decimaalteken=decimaalteken,  # type: ignore[arg-type]
                motor=motor,
            )
        )
        for motor in ("kolom", "rij")
    }
    assert documenten["kolom"] == documenten["rij"]


def test_getypt_parquet_gelijk_op_beide_motoren(tmp_path: Path) -> None:
    """Een Parquet-bestand met getypte kolommen (ja/nee, gehele getallen, decimalen, floats):
    beide motoren lezen dezelfde waarden en geven hetzelfde document."""
    grens = _grenzen(date(2016, 1, 1))[0]
    tabel = pa.table(
        {
            "woning_id": ["W-1", "W-2", "W-3", "W-4"],
            "gemeente": ["Altena", "Altena", "Gorinchem", "Gorinchem"],
            "kern": ["Almkerk", None, "Dalem", "Dalem"],
            "woningsoort": ["zelfstandig"] * 4,
            "daeb": [True, False, True, None],
            "kale_huur": pa.array([Decimal("500.00")] * 4, pa.decimal128(8, 2)),
            "maximale_huur": pa.array(
                [Decimal(grens) / 100, Decimal(grens + 1) / 100, None, Decimal("801.16")],
                pa.decimal128(8, 2),
            ),
            "punten": pa.array([None, None, 173, None], pa.int64()),
            "mutatiekans": [0.08, None, 0.5, 1.0],
        }
    )
    pad = tmp_path / "getypt.parquet"
    pq.write_table(tabel, pad)
    scenarios = [Scenario("s", Decimal(100)), Scenario("t", Decimal("67.5"), verduurzaming=True)]
    rij = _uitkomst(pad, date(2016, 1, 1), scenarios, None, "rij")
    assert rij[0] == "json"
    assert _uitkomst(pad, date(2016, 1, 1), scenarios, None, "kolom") == rij
