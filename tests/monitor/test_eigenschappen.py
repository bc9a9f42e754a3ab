"""Eigenschappen van de monitor, met hypothesis, in woorden die een compliance officer kan lezen.

De tests staan bij de monitor (niet in ``tests/eigenschappen``), zodat het gedeelde bewijsdossier
ongewijzigd blijft; ze dragen wel de grondslag en de zin zoals de andere eigenschappen.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.monitor import (
    Instellingen,
    Verhuring,
    Zoeker,
    dissimilariteitsindex,
    maak_monitor,
    mediaan,
    percentiel,
    slaagkans,
    volle_maanden,
)
from passend_toewijzen.monitor.doelgroepen import LANDELIJKE_DOELGROEPEN
from tests.eigenschappen.bewijs import grondslag

WIJKEN = ("A", "B", "C", "D")
DOELGROEPEN = [d.naam for d in LANDELIJKE_DOELGROEPEN[:3]]
GROEPEN = (BijzondereDoelgroep.STATUSHOUDERS, BijzondereDoelgroep.URGENT)


@st.composite
def verhuringen(draw: st.DrawFn) -> list[Verhuring]:
    aantal = draw(st.integers(min_value=1, max_value=25))
    uit: list[Verhuring] = []
    for i in range(aantal):
        ingang = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
        toegewezen = ingang - timedelta(days=draw(st.integers(0, 60)))
        inschrijving = toegewezen - timedelta(days=draw(st.integers(0, 3000)))
        zoek = draw(st.none() | st.integers(0, (toegewezen - inschrijving).days))
        uit.append(
            Verhuring(
                id=f"T{i}",
                toewijzingsdatum=toegewezen,
                huuringangsdatum=ingang,
                gemeente=draw(st.sampled_from(("Gorinchem", "Molenlanden"))),
                doelgroep=draw(st.sampled_from(DOELGROEPEN)),
                bijzondere_groepen=frozenset(draw(st.sets(st.sampled_from(GROEPEN)))),
                wijk=draw(st.sampled_from(WIJKEN)),
                inschrijfdatum=inschrijving,
                zoekdatum=None if zoek is None else inschrijving + timedelta(days=zoek),
                aantal_reacties=draw(st.none() | st.integers(0, 300)),
            )
        )
    return uit


def _zoekers(aantal: int) -> list[Zoeker]:
    return [Zoeker(f"Z{i}", DOELGROEPEN[i % len(DOELGROEPEN)], "Gorinchem") for i in range(aantal)]


def _document(vs: list[Verhuring], zoekers: list[Zoeker] | None = None) -> dict[str, object]:
    return maak_monitor(vs, zoekers, LANDELIJKE_DOELGROEPEN, Instellingen(jaar=2025, minimum=1))


@grondslag("Monitor: definities (spreiding per wijk)")
@settings(max_examples=60, deadline=None)
@given(verhuringen(), st.data())
def test_een_verhuring_naar_een_andere_wijk_verplaatsen_verandert_de_totalen_niet(
    vs: list[Verhuring], data: st.DataObject
) -> None:
    """Een verhuring in een andere wijk boeken verandert niets aan het totaal, de cijfers per
    doelgroep of per gemeente: de wijk telt alleen in de spreiding."""
    i = data.draw(st.integers(0, len(vs) - 1))
    nieuwe_wijk = data.draw(st.sampled_from(WIJKEN))
    verplaatst = [*vs[:i], vs[i]._replace(wijk=nieuwe_wijk), *vs[i + 1 :]]
    voor, na = _document(vs), _document(verplaatst)
    for sleutel in ("totaal", "doelgroepen", "gemeenten", "trend", "signalen"):
        assert voor[sleutel] == na[sleutel]
    wijken_voor = voor["spreiding"]["wijken"]  # type: ignore[index]
    wijken_na = na["spreiding"]["wijken"]  # type: ignore[index]
    assert sum(w["verhuringen"] for w in wijken_voor) == sum(w["verhuringen"] for w in wijken_na)


@grondslag("Monitor: definities (dissimilariteitsindex)")
@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(WIJKEN), st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1
    )
)
def test_de_dissimilariteitsindex_ligt_tussen_nul_en_een(
    per_wijk: dict[str, tuple[int, int]],
) -> None:
    """De index van ongelijkheid over de wijken is nooit kleiner dan 0 (gelijk verdeeld) en nooit
    groter dan 1 (volledig gescheiden); zonder verhuringen aan de groep of aan de rest bestaat zij
    niet."""
    index = dissimilariteitsindex(per_wijk)
    a = sum(x for x, _ in per_wijk.values())
    b = sum(y for _, y in per_wijk.values())
    if a == 0 or b == 0:
        assert index is None
    else:
        assert index is not None
        assert 0 <= index <= 1


@grondslag("Monitor: definities (slaagkans)")
@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.integers(1, 100))
def test_een_woningzoekende_erbij_verhoogt_de_slaagkans_nooit(
    verhuurd: int, zoekers: int, erbij: int
) -> None:
    """Bij hetzelfde aantal verhuringen maakt een extra actieve woningzoekende de slaagkans nooit
    hoger: meer concurrenten voor dezelfde woningen."""
    voor = slaagkans(verhuurd, zoekers)
    na = slaagkans(verhuurd, zoekers + erbij)
    assert na is not None
    assert voor is None or na <= voor


@grondslag("Monitor: definities (slaagkans)")
@settings(max_examples=40, deadline=None)
@given(verhuringen(), st.integers(1, 40), st.integers(1, 10))
def test_een_woningzoekende_erbij_verhoogt_geen_slaagkans_in_het_document(
    vs: list[Verhuring], zoekers: int, erbij: int
) -> None:
    """Ook in het hele document: een actieve woningzoekende meer verhoogt geen enkele slaagkans,
    niet in het totaal en niet per doelgroep."""
    voor = _document(vs, _zoekers(zoekers))
    na = _document(vs, _zoekers(zoekers + erbij))

    def kansen(d: dict[str, object]) -> dict[str, Fraction | None]:
        groepen = [("totaal", d["totaal"])] + [(g["naam"], g) for g in d["doelgroepen"]]  # type: ignore[attr-defined]
        return {
            n: None if c["slaagkans"] is None else Fraction(c["slaagkans"])  # type: ignore[index]
            for n, c in groepen
        }

    k_voor, k_na = kansen(voor), kansen(na)
    for naam, kans in k_voor.items():
        if kans is not None and k_na.get(naam) is not None:
            assert k_na[naam] <= kans  # type: ignore[operator]


@grondslag("Monitor: definities (mediaan en percentielen)")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 400), min_size=1, max_size=60))
def test_de_mediaan_ligt_tussen_het_kleinste_en_het_grootste(duren: list[int]) -> None:
    """De mediane zoekduur ligt tussen de kortste en de langste zoekduur, het 25e percentiel is
    niet hoger dan de mediaan en het 90e niet lager dan het 75e."""
    m = mediaan(duren)
    assert min(duren) <= m <= max(duren)
    p25, p75, p90 = (percentiel(duren, Fraction(p, 100)) for p in (25, 75, 90))
    assert p25 <= m <= p75 <= p90


@grondslag("Monitor: definities (volle maanden)")
@settings(max_examples=300, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 4000))
def test_volle_maanden_groeien_met_de_tijd(van: date, dagen: int) -> None:
    """Een dag later toewijzen maakt de zoekduur nooit korter en hoogstens één maand langer."""
    tot = van + timedelta(days=dagen)
    nu = volle_maanden(van, tot)
    later = volle_maanden(van, tot + timedelta(days=1))
    assert nu <= later <= nu + 1
    assert nu * 28 <= dagen
