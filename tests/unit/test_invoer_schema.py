"""De lezer is voor elk schema dezelfde: een nieuw soort bestand vraagt alleen een schema.

Twee capaciteiten die nog komen, lezen met dezelfde lezer: bereikbaarheid (een woningvoorraad)
en de monitor (het toewijzingenbestand met extra kolommen). Hier staan hun schema's als proef:
zonder één regel leescode komen de formaten, coderingen, kopregel, lege rijen, onbekende kolommen
en de meldingen per rij en kolom mee.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from passend_toewijzen.invoer import (
    TOEWIJZINGEN,
    Bronrij,
    Kolom,
    Legerij,
    Rijlezer,
    Schema,
    Soort,
    open_invoer,
)
from passend_toewijzen.invoer.toewijzingen import Toewijzingslezer
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv

VOORRAAD = Schema(
    "woningvoorraad",
    (
        Kolom("woning_id", Soort.TEKST, True, "Kenmerk van de woning.", "W-1"),
        Kolom("gemeente", Soort.TEKST, True, "Gemeente.", "Gorinchem"),
        Kolom("kern", Soort.TEKST, False, "Kern.", ""),
        Kolom("wijk", Soort.TEKST, False, "Wijk.", ""),
        Kolom(
            "woningsoort",
            Soort.KEUZE,
            True,
            "Soort woongelegenheid.",
            "zelfstandig",
            ("zelfstandig", "onzelfstandig", "woonwagen", "standplaats"),
        ),
        Kolom("daeb", Soort.VLAG, True, "DAEB-bezit.", "ja"),
        Kolom("kale_huur", Soort.BEDRAG, True, "Kale huur per maand.", "650,00"),
        Kolom("maximale_huur", Soort.BEDRAG, False, "Maximale huur volgens het WWS.", ""),
        Kolom("punten", Soort.GETAL, False, "WWS-punten.", "143,5"),
        Kolom("mutatiekans", Soort.GETAL, False, "Kans op een mutatie per jaar.", "0,08"),
    ),
    kenmerk="woning_id",
)


def test_een_woningvoorraad_met_dezelfde_lezer(tmp_path: Path) -> None:
    pad = tmp_path / "voorraad.csv"
    pad.write_text(
        "Woningvoorraad 2025\r\n\r\n"
        "woning_id;gemeente;woningsoort;daeb;kale_huur;punten;mutatiekans;bouwjaar\r\n"
        "W-1;Gorinchem;zelfstandig;ja;650,00;143,5;0,08;1972\r\n"
        ";;;;;;;\r\n"
        "W-2;Gorinchem;villa;ja;-5;1.234;x;1980\r\n",
        encoding="utf-8",
    )
    invoer = open_invoer(pad, schema=VOORRAAD)
    assert (invoer.kopregel, invoer.titelrijen) == (3, 1)
    assert invoer.onbekende_kolommen == ("bouwjaar",)
    lezer = Rijlezer(VOORRAAD, invoer.kolommen, bron=invoer.naam)
    rijen = list(invoer.rijen())
    assert isinstance(rijen[1], Legerij)
    assert isinstance(rijen[0], Bronrij)
    assert isinstance(rijen[2], Bronrij)
    eerste = lezer(rijen[0])
    assert isinstance(eerste, dict)
    assert eerste["punten"] == Decimal("143.5")
    assert eerste["mutatiekans"] == Decimal("0.08")
    assert eerste["kale_huur"] == Decimal("650.00")
    fouten = lezer(rijen[2])
    assert isinstance(fouten, list)
    assert {(f.rijnummer, f.kolom, f.kenmerk) for f in fouten} == {
        (6, "woningsoort", "W-2"),
        (6, "kale_huur", "W-2"),
        (6, "punten", "W-2"),
        (6, "mutatiekans", "W-2"),
    }


def test_de_monitor_breidt_het_toewijzingenschema_uit(tmp_path: Path) -> None:
    monitor = TOEWIJZINGEN.met(
        Kolom("inschrijfdatum", Soort.DATUM, False, "Inschrijfdatum van de woningzoekende.", ""),
        Kolom("reacties", Soort.AANTAL, False, "Aantal reacties op de woning.", ""),
        naam="toewijzingen-monitor",
    )
    assert TOEWIJZINGEN.namen == tuple(KOPPEN), "het oorspronkelijke schema blijft ongewijzigd"
    koppen = [*KOPPEN, "inschrijfdatum", "reacties"]
    pad = schrijf_csv(
        tmp_path / "a.csv",
        [rij(1, inschrijfdatum="2019-05-01 00:00:00", reacties="12")],
        koppen=koppen,
    )
    invoer = open_invoer(pad, schema=monitor)
    assert invoer.onbekende_kolommen == ()
    rij_ = next(iter(invoer.rijen()))
    assert isinstance(rij_, Bronrij)
    waarden = Rijlezer(monitor, invoer.kolommen, bron=invoer.naam)(rij_)
    assert isinstance(waarden, dict)
    assert str(waarden["inschrijfdatum"]) == "2019-05-01"
    assert waarden["reacties"] == 12
    # De toewijzing zelf komt uit dezelfde omzetting als in de jaarverantwoording.
    toewijzing = Toewijzingslezer(invoer.naam, invoer.kolommen, corporatie="X", schema=monitor)(
        rij_
    )
    assert not isinstance(toewijzing, list)
    assert toewijzing.toewijzing.id == "T-00001"


def test_een_schema_controleert_zichzelf() -> None:
    kolom = Kolom("a", Soort.TEKST, True, "", "")
    with pytest.raises(ValueError, match="dubbel"):
        Schema("x", (kolom, kolom))
    with pytest.raises(ValueError, match="kenmerkkolom"):
        Schema("x", (kolom,), kenmerk="b")
    with pytest.raises(ValueError, match="vaste vorm"):
        Schema("x", (Kolom("Kale huur", Soort.TEKST, True, "", ""),))
    with pytest.raises(ValueError, match="keuzes"):
        Schema("x", (Kolom("k", Soort.KEUZE, True, "", ""),))
    assert VOORRAAD.gelijkend("mutatie_kans") == "mutatiekans"
    assert "woningvoorraad" in repr(VOORRAAD)
    assert VOORRAAD.sjabloon_csv().splitlines()[0].startswith("woning_id;gemeente;kern")


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("0,08", "0.08"),
        ("12.5", "12.5"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("0,125", "0.125"),
        ("1.234,567", "1234.567"),
        (1.5, "1.5"),
        (3, "3"),
        ("", None),
        (None, None),
    ],
)
def test_getallen(tekst: object, verwacht: str | None) -> None:
    from passend_toewijzen.invoer import lees_getal

    gelezen = lees_getal(tekst)
    assert gelezen == (None if verwacht is None else Decimal(verwacht))


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("1.234", "dubbelzinnig"),
        ("-1", "negatief"),
        ("x", "geen getal"),
        ("1.2.3,4", "groepen van drie"),
        (float("nan"), "niet exact"),
        (True, "geen ja/nee-waarde"),
        (Decimal("-2"), "0 of meer"),
        ([1], "geen lijst"),
    ],
)
def test_ongeldige_getallen(tekst: object, melding: str) -> None:
    from passend_toewijzen.invoer import Waardefout, lees_getal

    with pytest.raises(Waardefout, match=melding):
        lees_getal(tekst)
    assert lees_getal("1.234", "komma") == Decimal(1234)
