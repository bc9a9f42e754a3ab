"""Het JSON-document van de bereikbaarheid voldoet aan zijn gepubliceerde schema."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from passend_toewijzen.bereikbaarheid import Aftopping, Scenario, bereken_bereikbaarheid
from passend_toewijzen.schemas import json_schema

WORTEL = Path(__file__).resolve().parents[2]
VOORRAAD = WORTEL / "examples" / "data" / "voorraad.csv"
ZOEKERS = WORTEL / "examples" / "data" / "woningzoekenden-kernen.csv"


@pytest.mark.parametrize(
    ("tabel", "zoekers"),
    [(None, None), ("woongaard-2015", None), (None, ZOEKERS), ("woongaard-2015", ZOEKERS)],
)
def test_het_document_voldoet_aan_het_schema(tabel: str | None, zoekers: Path | None) -> None:
    controle = Draft202012Validator(
        json_schema("bereikbaarheid-1"), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    scenarios: list[Scenario | int] = [
        72,
        Scenario(
            "verlaagd",
            Decimal("67.5"),
            kernen={"Almkerk": Decimal(65)},
            verduurzaming=True,
            aftoppen=Aftopping.AFTOPPINGSGRENS_HOOG,
        ),
    ]
    uitkomst = bereken_bereikbaarheid(
        VOORRAAD, date(2016, 1, 1), scenarios, tabel=tabel, woningzoekenden=zoekers
    )
    document = json.loads(json.dumps(uitkomst.document(), ensure_ascii=False))
    fouten = [f"{list(f.absolute_path)}: {f.message}" for f in controle.iter_errors(document)]
    assert not fouten, fouten[:5]


def test_een_document_met_afgewezen_rijen(tmp_path: Path) -> None:
    pad = tmp_path / "v.csv"
    pad.write_text(
        "woning_id;gemeente;woningsoort;daeb;kale_huur;maximale_huur;punten\r\n"
        "A;X;zelfstandig;ja;500;700;\r\n"
        "B;X;zelfstandig;ja;500;;\r\n"
        "C;X;zelfstandig;ja;500;;300\r\n",
        encoding="utf-8",
    )
    document = bereken_bereikbaarheid(pad, date(2016, 1, 1), [72]).document()
    Draft202012Validator(json_schema("bereikbaarheid-1")).validate(document)
    assert document["invoer"]["afgewezen"] == 2
    assert document["invoer"]["gelezen"] == 3
