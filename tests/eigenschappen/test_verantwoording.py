"""Eigenschappen van de jaarverantwoording (Woningwet art. 46 lid 2 en art. 48), met hypothesis.

De verantwoording is een som over afzonderlijke oordelen. Daarom moet zij onafhankelijk zijn van
de volgorde van de toewijzingen, deeltellingen moeten in elke groepering hetzelfde totaal geven,
de aantallen moeten sluiten en elk aandeel ligt tussen 0 en 1.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing
from passend_toewijzen.verantwoording import Rijfout, Telling, maak_verslag, verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from tests.eigenschappen.bewijs import grondslag, voorbeelden
from tests.eigenschappen.controles import floats_in
from tests.eigenschappen.strategieen import TOT, VAN, toewijzingen, toewijzingen_rond_de_grenzen
from tests.verantwoording_hulp import rij, schrijf_csv

JAAR = 2024


def telling_van(uitkomsten: list[tuple[int, Toetsuitkomst]]) -> Telling:
    telling = Telling()
    for rijnummer, uitkomst in uitkomsten:
        telling.tel("invoer", rijnummer, "Proef", uitkomst)
    return telling


def verslagdict(telling: Telling, jaar: int) -> dict[str, Any]:
    return maak_verslag(telling, jaar, corporatie="Proef").als_dict()


@st.composite
def genummerde_uitkomsten(draw: st.DrawFn) -> list[tuple[int, Toetsuitkomst]]:
    lijst = draw(
        st.lists(st.one_of(toewijzingen(), toewijzingen_rond_de_grenzen(JAAR)), max_size=25)
    )
    return [(i + 2, toets_toewijzing(t, strikt=False)) for i, t in enumerate(lijst)]


def jaren(uitkomsten: list[tuple[int, Toetsuitkomst]]) -> list[int]:
    return sorted({u.huuringangsdatum.year for _, u in uitkomsten}) or [JAAR]


@grondslag("Woningwet art. 48 lid 7 (beoordeling per corporatie per kalenderjaar)")
@settings(max_examples=voorbeelden(60), deadline=None)
@given(genummerde_uitkomsten(), st.randoms(use_true_random=False))
def test_de_volgorde_van_de_toewijzingen_doet_er_niet_toe(
    uitkomsten: list[tuple[int, Toetsuitkomst]], toeval: Any
) -> None:
    """De norm geldt per corporatie per kalenderjaar over alle toewijzingen samen (Woningwet
    art. 48 lid 7): dezelfde toewijzingen in een andere volgorde geven hetzelfde verslag, byte
    voor byte."""
    geschud = list(uitkomsten)
    toeval.shuffle(geschud)
    for jaar in jaren(uitkomsten):
        assert json.dumps(verslagdict(telling_van(uitkomsten), jaar)) == json.dumps(
            verslagdict(telling_van(geschud), jaar)
        )


@grondslag("Woningwet art. 48 lid 7 (beoordeling per kalenderjaar over alle toewijzingen)")
@settings(max_examples=voorbeelden(60), deadline=None)
@given(genummerde_uitkomsten(), st.integers(0, 25), st.integers(0, 25))
def test_deeltellingen_voegen_associatief_samen(
    uitkomsten: list[tuple[int, Toetsuitkomst]], knip1: int, knip2: int
) -> None:
    """De norm wordt per kalenderjaar beoordeeld over alle toewijzingen van dat jaar (Woningwet
    art. 48 lid 7). Een jaar mag daarom in stukken worden geteld (per maand, per bestand):
    (a + b) + c geeft hetzelfde verslag als a + (b + c) en als één telling van alles."""
    i, j = sorted((knip1 % (len(uitkomsten) + 1), knip2 % (len(uitkomsten) + 1)))
    a, b, c = (
        telling_van(uitkomsten[:i]),
        telling_van(uitkomsten[i:j]),
        telling_van(uitkomsten[j:]),
    )
    geheel = telling_van(uitkomsten)
    for jaar in jaren(uitkomsten):
        links = verslagdict((a + b) + c, jaar)
        rechts = verslagdict(a + (b + c), jaar)
        assert links == rechts == verslagdict(geheel, jaar)


def _aandelen(document: Any) -> list[str]:
    gevonden: list[str] = []
    if isinstance(document, dict):
        for sleutel, waarde in document.items():
            if sleutel in ("aandeel", "aandeel_doelgroep", "norm") and isinstance(waarde, str):
                gevonden.append(waarde)
            gevonden.extend(_aandelen(waarde))
    elif isinstance(document, list):
        for waarde in document:
            gevonden.extend(_aandelen(waarde))
    return gevonden


@grondslag("Woningwet art. 48 lid 1 en art. 46 lid 2; BTIV 2015 art. 16 lid 1 en art. 54 lid 1")
@settings(max_examples=voorbeelden(60), deadline=None)
@given(genummerde_uitkomsten())
def test_aantallen_sluiten_en_aandelen_liggen_tussen_nul_en_een(
    uitkomsten: list[tuple[int, Toetsuitkomst]],
) -> None:
    """De normen zijn aandelen van de toewijzingen van een jaar ("ten minste 92,5%", "ten minste
    95%"). Elke toewijzing van het jaar telt in precies één segment; de gemeenten samen tellen
    evenveel toewijzingen als het verslag; de teller van een norm is nooit groter dan de noemer
    en elk aandeel en elke norm ligt tussen 0 en 1."""
    for jaar in jaren(uitkomsten):
        document = verslagdict(telling_van(uitkomsten), jaar)
        in_jaar = sum(1 for _, u in uitkomsten if u.huuringangsdatum.year == jaar)
        assert document["invoer"]["in_verantwoording"] == in_jaar
        assert sum(document["daeb"]["segmenten"].values()) == in_jaar
        assert sum(g["toewijzingen"] for g in document["gemeenten"]) == in_jaar
        for toets in document["daeb"]["toetsen"]:
            assert 0 <= toets["teller"] <= toets["noemer"]
        p = document["passendheid"]
        assert 0 <= p["teller"] <= p["noemer"]
        assert all(Decimal(0) <= Decimal(a) <= Decimal(1) for a in _aandelen(document))


@st.composite
def invoerverloop(draw: st.DrawFn) -> list[tuple[str, Any]]:
    """Een bestand als reeks gebeurtenissen: getoetste rijen, afgewezen rijen (met één of meer
    fouten) en geaccepteerde rijen buiten de gevraagde jaren, door elkaar."""
    gebeurtenissen: list[tuple[str, Any]] = [
        ("getoetst", toets_toewijzing(t, strikt=False))
        for t in draw(st.lists(toewijzingen(), max_size=15))
    ]
    kolommen = st.sampled_from(["kale_huur", "gemeente", "huuringangsdatum", None])
    for fouten in draw(st.lists(st.lists(kolommen, min_size=1, max_size=3), max_size=8)):
        gebeurtenissen.append(("afgewezen", fouten))
    for jaar in draw(st.lists(st.integers(VAN.year, TOT.year), max_size=8)):
        gebeurtenissen.append(("overgeslagen", jaar))
    return draw(st.permutations(gebeurtenissen))


def _tel(gebeurtenissen: list[tuple[str, Any]], eerste_rij: int) -> Telling:
    telling = Telling()
    for rijnummer, (soort, inhoud) in enumerate(gebeurtenissen, start=eerste_rij):
        if soort == "getoetst":
            telling.tel("invoer", rijnummer, "Proef", inhoud)
        elif soort == "afgewezen":
            telling.wijs_af(Rijfout("invoer", rijnummer, k, "ongeldig") for k in inhoud)
        else:
            telling.sla_over("Proef", inhoud)
    return telling


@grondslag(
    "Woningwet art. 48 lid 7 en BTIV 2015 art. 54 lid 1: de corporatie verantwoordt alle "
    "toewijzingen van het jaar (SBR Wonen dVi 5.2.1)"
)
@settings(max_examples=voorbeelden(60), deadline=None)
@given(invoerverloop(), st.integers(0, 31))
def test_invoeraantallen_sluiten(gebeurtenissen: list[tuple[str, Any]], knip: int) -> None:
    """De corporatie verantwoordt alle toewijzingen van het jaar; geen rij mag zoekraken. In elk
    verslag geldt: gelezen = geaccepteerd + afgewezen; geaccepteerd = in de verantwoording +
    buiten de verantwoording (andere jaren), met buiten nooit negatief; gelezen en afgewezen zijn
    precies het aantal rijen en afgewezen rijen van de invoer, ook als de invoer in twee stukken
    is geteld; en elke fout van een afgewezen rij telt één keer mee per kolom."""
    knip %= len(gebeurtenissen) + 1
    telling = _tel(gebeurtenissen[:knip], 2) + _tel(gebeurtenissen[knip:], 2 + knip)
    afgewezen = [inhoud for soort, inhoud in gebeurtenissen if soort == "afgewezen"]
    getoetst = [inhoud for soort, inhoud in gebeurtenissen if soort == "getoetst"]
    verslagjaren = {u.huuringangsdatum.year for u in getoetst} | {
        inhoud for soort, inhoud in gebeurtenissen if soort == "overgeslagen"
    }
    for jaar in sorted(verslagjaren) or [JAAR]:
        invoer = verslagdict(telling, jaar)["invoer"]
        assert invoer["gelezen"] == len(gebeurtenissen)
        assert invoer["afgewezen"] == len(afgewezen)
        assert invoer["gelezen"] == invoer["geaccepteerd"] + invoer["afgewezen"]
        in_jaar = sum(1 for u in getoetst if u.huuringangsdatum.year == jaar)
        assert invoer["in_verantwoording"] == in_jaar
        assert (
            invoer["in_verantwoording"] + invoer["buiten_verantwoording"]
            == (invoer["geaccepteerd"])
        )
        assert invoer["buiten_verantwoording"] >= 0
        fouten = sum(len(f) for f in afgewezen)
        assert sum(invoer["fouten_per_kolom"].values()) == fouten
        assert len(invoer["fouten"]) + invoer["fouten_niet_getoond"] == fouten


@grondslag(
    'Woningwet art. 48 lid 1 en art. 46 lid 2 ("ten minste" een aandeel: exacte vergelijking); '
    "Woningwet art. 48 lid 7 (het verslag wordt beoordeeld)"
)
@settings(max_examples=voorbeelden(60), deadline=None)
@given(genummerde_uitkomsten())
def test_verslag_overleeft_json_exact_en_zonder_float(
    uitkomsten: list[tuple[int, Toetsuitkomst]],
) -> None:
    """Of een norm ("ten minste 95%") gehaald is, wordt exact beslist, zonder afronding. Het
    verslag dat de corporatie bewaart en aanlevert is daarom exact: het JSON-verslag leest terug
    als precies hetzelfde document, er staat nergens een binair kommagetal (``float``) in, niet in
    het verslag zelf en niet in het JSON-document, en elk exact aandeel ("teller/noemer") is
    precies de teller gedeeld door de noemer."""
    for jaar in jaren(uitkomsten):
        verslag = maak_verslag(telling_van(uitkomsten), jaar, corporatie="Proef")
        document = verslag.als_dict()
        assert json.loads(als_json(verslag)) == document
        assert floats_in(verslag) == []
        assert floats_in(document) == []
        toetsen = [*document["daeb"]["toetsen"]]
        if document["passendheid"].get("aandeel_exact") is not None:
            toetsen.append(document["passendheid"])
        for toets in toetsen:
            teller, noemer = toets["teller"], toets["noemer"]
            if noemer:
                assert Fraction(toets["aandeel_exact"]) == Fraction(teller, noemer)
                assert toets["aandeel_exact"] == f"{teller}/{noemer}"


def _woningsoort(tekst: str) -> Woningsoort:
    return Woningsoort(tekst)


@st.composite
def bestandsrijen(draw: st.DrawFn) -> list[dict[str, str]]:
    aantal = draw(st.integers(1, 20))
    rijen = []
    for i in range(aantal):
        dag = draw(st.integers(0, 364))
        ingang = date.fromordinal(date(JAAR, 1, 1).toordinal() + dag)
        rijen.append(
            rij(
                i + 1,
                huuringangsdatum=ingang.isoformat(),
                toewijzingsdatum=ingang.isoformat(),
                gemeente=draw(st.sampled_from(["Gorinchem", "Leerdam", "Altena"])),
                kale_huur=str(Decimal(draw(st.integers(30_000, 100_000))).scaleb(-2)),
                woningsoort=draw(st.sampled_from(["zelfstandig", "woonwagen"])),
                daeb=draw(st.sampled_from(["ja", "nee"])),
                aantal_personen=str(draw(st.integers(1, 6))),
                huishoudinkomen=str(draw(st.integers(5_000, 90_000))),
                aow_huishouden=draw(st.sampled_from(["ja", "nee"])),
                subsidiabele_servicekosten=str(Decimal(draw(st.integers(0, 4_800))).scaleb(-2)),
            )
        )
    return rijen


def _rechtstreeks(r: dict[str, str]) -> Toewijzing:
    personen = int(r["aantal_personen"])
    leden = (Persoon(rol=Rol.AANVRAGER),) + (Persoon(rol=Rol.MEDEBEWONER),) * (personen - 1)
    return Toewijzing(
        id=r["toewijzing_id"],
        huishouden=Huishouden(
            personen=leden,
            vastgesteld_inkomen=Decimal(r["huishoudinkomen"]),
            aow_huishouden=r["aow_huishouden"] == "ja",
        ),
        woning=Woning(
            id=r["woning_id"],
            kale_huur=Decimal(r["kale_huur"]),
            soort=_woningsoort(r["woningsoort"]),
            daeb=r["daeb"] == "ja",
            gemeente=r["gemeente"],
            subsidiabele_servicekosten=Decimal(r["subsidiabele_servicekosten"]),
        ),
        toewijzingsdatum=date.fromisoformat(r["toewijzingsdatum"]),
        huuringangsdatum=date.fromisoformat(r["huuringangsdatum"]),
    )


@grondslag(
    "Woningwet art. 48 lid 1 en art. 46 lid 2: de jaarcijfers zijn de som van de oordelen over "
    "de afzonderlijke toewijzingen"
)
@settings(max_examples=voorbeelden(40), deadline=None)
@given(bestandsrijen())
def test_bestand_en_losse_toetsen_geven_dezelfde_cijfers(rijen: list[dict[str, str]]) -> None:
    """De jaarcijfers van de normen (Woningwet art. 48 lid 1 en art. 46 lid 2) zijn de som van de
    oordelen over de afzonderlijke toewijzingen. Het verslag uit een bestand (``verantwoord``)
    telt precies wat ``toets_toewijzing`` per toewijzing zegt: dezelfde aantallen per
    toewijzingssegment en per passendheid."""
    uitkomsten = [toets_toewijzing(_rechtstreeks(r)) for r in rijen]
    with TemporaryDirectory() as map_:
        pad = schrijf_csv(Path(map_) / "stroom.csv", rijen)
        document = verantwoord(pad, JAAR, corporatie="Proef").als_dict()
    segmenten = {s.value: 0 for s in Toewijzingssegment}
    for u in uitkomsten:
        assert u.toewijzingssegment is not None
        segmenten[u.toewijzingssegment.value] += 1
    for segment, aantal in segmenten.items():
        assert document["daeb"]["segmenten"][segment] == aantal
    pas = sum(1 for u in uitkomsten if u.passendheid is Passendheid.PAS)
    nie = sum(1 for u in uitkomsten if u.passendheid is Passendheid.NIE)
    p = document["passendheid"]
    assert (p["teller"], p["noemer"]) == (pas, pas + nie)
    if p["noemer"]:
        assert Fraction(p["aandeel_exact"]) == Fraction(pas, pas + nie)
