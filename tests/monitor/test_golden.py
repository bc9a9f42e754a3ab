"""Met de hand nagerekende cijfers (``golden/verwacht.json``) op een klein bestand.

Zes verhuringen in 2025 (T6 valt in 2024, buiten de periode). Zoekduur in volle maanden tot de
toewijzingsdatum:

* T1: zoekdatum 2024-07-10 → 2025-01-10: 6;
* T2: geen zoekdatum, inschrijfdatum 2023-02-01 → 2025-02-01: 24 (teruggevallen);
* T3: 2025-01-31 → 2025-04-30: 3 (eind februari en eind april tellen als volle maand);
* T4: 2024-01-15 → 2025-07-15: 18;
* T5: geen zoekdatum, inschrijfdatum 2025-09-01 → 2025-10-01: 1 (teruggevallen);
* T7: 2025-11-20 → 2025-11-20: 0.

Gesorteerd 0, 1, 3, 6, 18, 24 (even aantal): mediaan (3 + 6) / 2 = 4,5; gemiddelde 52/6;
p25 op positie 1,25: 1 + 0,25·2 = 1,5; p75 op 3,75: 6 + 0,75·12 = 15; p90 op 4,5: 18 + 0,5·6 =
21. Binnen het doel van 18 maanden: 5 van 6. Gorinchem (T1–T4: 3, 6, 18, 24): mediaan 12,
p25 5,25, p75 19,5, p90 22,2. Inschrijfduur 1, 12, 23, 24, 59, 120: mediaan 23,5.

Actief zijn S1–S8 (vlag) en S9, S10 (reactie in 2025); S11 reageerde laatst in 2024 en S12
schreef zich na de periode in: slaagkans 6/10. Spreiding: dbm (T1 in A, T3 in B, T5 in C) is
verdeeld als de rest, index 0; umo (T5, T7) zit alleen in wijk C waar verder niemand kwam,
index 1; sth (T5) ½(2/5 + 2/5 + 4/5) = 0,8.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from passend_toewijzen.monitor import Instellingen, monitor

MAP = Path(__file__).parent / "golden"
VERWACHT: dict[str, Any] = {
    k: v
    for k, v in json.loads((MAP / "verwacht.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return monitor(
        [MAP / "toewijzingen.csv"],
        jaar=2025,
        woningzoekenden=MAP / "woningzoekenden.csv",
        instellingen=Instellingen(jaar=2025, minimum=1),
    )


def _pad(document: Any, pad: str) -> Any:
    for deel in pad.split("."):
        document = document[int(deel)] if isinstance(document, list) else document[deel]
    return document


@pytest.mark.parametrize("pad", sorted(VERWACHT))
def test_met_de_hand_nagerekend(document: dict[str, Any], pad: str) -> None:
    assert _pad(document, pad) == VERWACHT[pad]


def test_de_bijzondere_groepen_als_doelgroep(document: dict[str, Any]) -> None:
    per_naam = {g["naam"]: g for g in document["doelgroepen"]}
    assert per_naam["umo"]["verhuringen"] == 2
    assert per_naam["umo"]["woningzoekenden"] == 1
    assert per_naam["umo"]["slaagkans"] == "2.0000"
    assert per_naam["sth"]["verhuringen"] == 1  # de kolom vergunninghouders telt als sth
    assert per_naam["sth"]["woningzoekenden"] == 0
    assert per_naam["sth"]["slaagkans"] is None
    assert per_naam["passend_eenpersoons"]["verhuringen"] == 6
    assert document["invoer"]["toewijzingen"]["afgewezen"] == 0
    assert document["invoer"]["woningzoekenden"]["actief"] == 10


def test_kleine_groepen_worden_onderdrukt() -> None:
    """Met het standaardminimum van 10 verhuringen zijn alle groepen hier klein: de aantallen
    blijven zichtbaar, de afgeleide cijfers niet."""
    d = monitor([MAP / "toewijzingen.csv"], jaar=2025, woningzoekenden=MAP / "woningzoekenden.csv")
    assert d["totaal"]["klein"] is True
    assert d["totaal"]["verhuringen"] == 6
    assert d["totaal"]["slaagkans"] is None
    assert d["totaal"]["zoekduur_maanden"]["mediaan"] is None
    assert d["totaal"]["zoekduur_maanden"]["aantal"] == 6
    assert d["signalen"] == []


def test_een_tabel_hoeft_alleen_in_de_periode_te_gelden() -> None:
    """Verhuringen buiten de periode worden gelezen en gecontroleerd, maar niet ingedeeld: een
    huur-inkomenstabel van 2024 werkt voor 2024, ook als het bestand 2025 bevat."""
    from passend_toewijzen.tabellen.laden import laad_tabel

    d = monitor(
        [MAP / "toewijzingen.csv"],
        jaar=2024,
        tabel=laad_tabel("intermaris-2024"),
        instellingen=Instellingen(jaar=2024, minimum=1),
    )
    assert d["totaal"]["verhuringen"] == 1
    assert d["verhuringen_buiten_periode"] == 6
    assert [g["naam"] for g in d["doelgroepen"]] == ["passende_groep"]


def test_alle_ingeschrevenen_als_noemer() -> None:
    """Met de telling ``ingeschreven`` telt ook S11 (geen reactie in 2025), maar niet S12
    (ingeschreven na de periode): 11 woningzoekenden, slaagkans 6/11."""
    d = monitor(
        [MAP / "toewijzingen.csv"],
        jaar=2025,
        woningzoekenden=MAP / "woningzoekenden.csv",
        instellingen=Instellingen(jaar=2025, minimum=1, woningzoekenden_telling="ingeschreven"),
    )
    assert d["totaal"]["woningzoekenden"] == 11
    assert d["totaal"]["slaagkans"] == "0.5454"
    assert d["instellingen"]["woningzoekenden_telling"] == "ingeschreven"
