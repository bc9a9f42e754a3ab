"""Het JSON-verslag stuk voor stuk: precies dezelfde tekst als één ``json.dumps``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from passend_toewijzen.verantwoording import Verslag, verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json, json_stukken, schrijf_json
from tests.verantwoording_hulp import rij, schrijf_csv

VOORBEELD = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"


def _in_een_keer(verslag: Verslag) -> str:
    return json.dumps(verslag.als_dict(), ensure_ascii=False, indent=2) + "\n"


@pytest.fixture(scope="module")
def voorbeeld() -> Verslag:
    return verantwoord(VOORBEELD, 2024)


def test_voorbeeld_met_niet_passende_toewijzingen(voorbeeld: Verslag) -> None:
    assert len(voorbeeld.niet_passend) > 1
    assert als_json(voorbeeld) == _in_een_keer(voorbeeld)


def test_beide_lijsten_gevuld(tmp_path: Path) -> None:
    # Een onzelfstandige eenheid zonder opgave van huurtoeslag: passendheid onbepaald.
    rijen = [rij(1, woningsoort="onzelfstandig"), rij(2, huishoudinkomen="60000"), rij(3)]
    rijen += [rij(4, kale_huur="800,00"), rij(5, woningsoort="onzelfstandig", gemeente="Zoë")]
    verslag = verantwoord(schrijf_csv(tmp_path / "a.csv", rijen), 2024, corporatie="Proef")
    assert len(verslag.onbepaald) == 2
    assert len(verslag.niet_passend) == 1
    assert als_json(verslag) == _in_een_keer(verslag)


def test_schrijven_naar_een_bestand_geeft_dezelfde_tekst(voorbeeld: Verslag) -> None:
    bestand = io.StringIO()
    schrijf_json(voorbeeld, bestand)
    assert bestand.getvalue() == _in_een_keer(voorbeeld)
    assert len(list(json_stukken(voorbeeld))) > len(voorbeeld.niet_passend)


def test_lege_lijsten(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1), rij(2)])
    verslag = verantwoord(pad, 2024, corporatie="Proef")
    assert not verslag.niet_passend
    assert not verslag.onbepaald
    assert als_json(verslag) == _in_een_keer(verslag)


def test_zonder_gevallen_blijven_de_totalen(voorbeeld: Verslag) -> None:
    zonder = voorbeeld.als_dict(gevallen=False)
    volledig = voorbeeld.als_dict()
    assert zonder["niet_passend"] == []
    assert zonder["onbepaald"] == []
    assert zonder["niet_passend_totaal"] == volledig["niet_passend_totaal"] > 0
    assert {k: v for k, v in zonder.items() if k not in ("niet_passend", "onbepaald")} == {
        k: v for k, v in volledig.items() if k not in ("niet_passend", "onbepaald")
    }


def test_tekst_die_op_het_merkteken_lijkt_verstoort_niets(tmp_path: Path) -> None:
    pad = schrijf_csv(
        tmp_path / "a.csv",
        [rij(1, gemeente='"niet_passend": "lijst-niet_passend-0"'), rij(2)],
    )
    verslag = verantwoord(pad, 2024, corporatie="Proef")
    assert als_json(verslag) == _in_een_keer(verslag)
