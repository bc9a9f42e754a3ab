"""Het toewijzingenbestand van de monitor is dat van de verantwoording, met extra kolommen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from passend_toewijzen.invoer import TOEWIJZINGEN, open_invoer
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.lezen import Bronrij
from passend_toewijzen.invoer.monitorkolommen import (
    MONITORKOLOMMEN,
    TOEWIJZINGEN_MONITOR,
    Monitorlezer,
)
from passend_toewijzen.invoer.toewijzingen import Toewijzingslezer
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv

MONITORKOPPEN = KOPPEN + [k.naam for k in MONITORKOLOMMEN]


def test_de_kolommen_van_de_verantwoording_blijven_dezelfde() -> None:
    assert TOEWIJZINGEN_MONITOR.namen[: len(TOEWIJZINGEN.namen)] == TOEWIJZINGEN.namen
    for kolom in TOEWIJZINGEN.kolommen:
        assert TOEWIJZINGEN_MONITOR.kolom(kolom.naam) == kolom
    assert TOEWIJZINGEN_MONITOR.verplichte() == TOEWIJZINGEN.verplichte()
    assert not any(k.verplicht for k in MONITORKOLOMMEN)
    assert TOEWIJZINGEN_MONITOR.kenmerk == TOEWIJZINGEN.kenmerk
    # wijk en kern zijn al kolommen van het toewijzingenbestand: de monitor leest dezelfde.
    assert "wijk" in TOEWIJZINGEN
    assert "kern" in TOEWIJZINGEN


def _rijen() -> list[dict[str, str]]:
    return [
        rij(
            1,
            inschrijfdatum="2019-04-30",
            zoekdatum="2022-01-15",
            aantal_reacties="87",
            bijzondere_doelgroep="STH|dak",
            wijk="Lingewijk",
            kern="Gorinchem",
            cbs_wijkcode="WK051201",
            vergunninghouders="ja",
            huishoudinkomen="",
        ),
        rij(2, inschrijfdatum="2020-01-01", wijk="West", urgentie="ja", zorgindicatie="wlz_adl"),
        rij(3, huishoudinkomen="48.250,00", aantal_personen="3", aow_huishouden="ja"),
    ]


def test_monitor_en_verantwoording_lezen_hetzelfde_bestand_gelijk(tmp_path: Path) -> None:
    """Elke kolom die beide kennen, wordt precies gelijk uitgelegd: dezelfde toewijzing."""
    pad = schrijf_csv(tmp_path / "t.csv", _rijen(), koppen=MONITORKOPPEN)
    verantwoording = open_invoer(pad, schema=TOEWIJZINGEN)
    monitor = open_invoer(pad, schema=TOEWIJZINGEN_MONITOR)
    assert set(verantwoording.onbekende_kolommen) == {k.naam for k in MONITORKOLOMMEN}
    assert monitor.onbekende_kolommen == ()
    v_lezer = Toewijzingslezer(verantwoording.naam, verantwoording.kolommen, corporatie="C")
    m_lezer = Monitorlezer(monitor.naam, monitor.kolommen, corporatie="C")
    v_rijen = [v_lezer(r) for r in verantwoording.rijen() if isinstance(r, Bronrij)]
    m_rijen = [m_lezer.lees(r) for r in monitor.rijen() if isinstance(r, Bronrij)]
    assert len(v_rijen) == len(m_rijen) == 3
    for v, m in zip(v_rijen, m_rijen, strict=True):
        assert not isinstance(v, list)
        assert not isinstance(m, list)
        assert m.rij == v
    eerste = m_rijen[0]
    assert not isinstance(eerste, list)
    assert eerste.gegevens.inschrijfdatum == date(2019, 4, 30)
    assert eerste.gegevens.zoekdatum == date(2022, 1, 15)
    assert eerste.gegevens.aantal_reacties == 87
    assert eerste.gegevens.bijzondere_doelgroepen == {
        BijzondereDoelgroep.STATUSHOUDERS,
        BijzondereDoelgroep.EX_DAK_EN_THUISLOZEN,
    }
    assert eerste.gegevens.cbs_wijkcode == "WK051201"
    assert eerste.rij.toewijzing.woning.wijk == "Lingewijk"


def test_foute_monitorkolommen_noemen_rij_en_kolom(tmp_path: Path) -> None:
    rijen = [
        rij(1, inschrijfdatum="2024-03-01"),  # na de toewijzingsdatum 2024-02-10
        rij(2, inschrijfdatum="2020-01-01", zoekdatum="2019-01-01"),
        rij(3, bijzondere_doelgroep="onbekend"),
        rij(4, aantal_reacties="veel"),
    ]
    pad = schrijf_csv(tmp_path / "t.csv", rijen, koppen=MONITORKOPPEN)
    invoer = open_invoer(pad, schema=TOEWIJZINGEN_MONITOR)
    lezer = Monitorlezer(invoer.naam, invoer.kolommen, corporatie="C")
    uitkomsten = [lezer.lees(r) for r in invoer.rijen() if isinstance(r, Bronrij)]
    fouten = [u for u in uitkomsten if isinstance(u, list)]
    assert [[(f.rijnummer, f.kolom) for f in u] for u in fouten] == [
        [(2, "inschrijfdatum")],
        [(3, "zoekdatum")],
        [(4, "bijzondere_doelgroep")],
        [(5, "aantal_reacties")],
    ]
    assert fouten[0][0].melding == "ligt na de toewijzingsdatum (2024-02-10)"
    assert fouten[1][0].melding == "ligt vóór de inschrijfdatum (2020-01-01)"


def test_de_verantwoording_leest_het_voorbeeldbestand_van_de_monitor_gelijk() -> None:
    """Hetzelfde voorbeeldbestand: de verantwoording en de monitor accepteren en weigeren precies
    dezelfde rijen, met dezelfde meldingen."""
    from passend_toewijzen.monitor import monitor
    from passend_toewijzen.verantwoording import verantwoord

    pad = (
        Path(__file__).resolve().parents[2] / "examples" / "data" / "toewijzingen-monitor-2025.csv"
    )
    verslag = verantwoord(pad, 2025)
    document = monitor([pad], jaar=2025)
    m = document["invoer"]["toewijzingen"]
    assert verslag.invoer["gelezen"] == m["gelezen"] == 1200
    assert verslag.invoer["geaccepteerd"] == m["geaccepteerd"]
    assert verslag.invoer["afgewezen"] == m["afgewezen"] == 2
    assert [(f["rij"], f["kolom"], f["melding"]) for f in verslag.invoer["fouten"]] == [
        (f["rij"], f["kolom"], f["melding"]) for f in m["fouten"]
    ]
    assert verslag.invoer["in_verantwoording"] == document["totaal"]["verhuringen"]


def test_de_kolommen_staan_in_de_documentatie() -> None:
    """De tabellen in ``docs/referentie/kolommen.md`` noemen elke kolom met haar omschrijving."""
    from passend_toewijzen.invoer.woningzoekenden import WONINGZOEKENDEN

    tekst = (Path(__file__).resolve().parents[2] / "docs" / "referentie" / "kolommen.md").read_text(
        encoding="utf-8"
    )
    for kolom in (*MONITORKOLOMMEN, *WONINGZOEKENDEN.kolommen):
        omschrijving = kolom.omschrijving.replace("|", "\\|")
        assert f"| `{kolom.naam}` | {kolom.soort.value} |" in tekst, kolom.naam
        assert omschrijving in tekst, kolom.naam
