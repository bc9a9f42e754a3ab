"""Het verslag: normen per regime, exacte grenzen, onbepaalde toewijzingen, tweejarige meting."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from passend_toewijzen.verantwoording import Passendcijfers, beoordeel_norm, verantwoord
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from tests.hulp import fictief_beleid
from tests.verantwoording_hulp import rij, schrijf_csv

NEGENTIG = Fraction(9, 10)


def test_beoordeel_norm_is_exact_en_neemt_het_ongunstigste_geval() -> None:
    assert beoordeel_norm(19, 20, 0, Fraction(95, 100)) is True  # precies 95%: voldoet
    assert beoordeel_norm(18, 19, 0, Fraction(95, 100)) is False  # 94,7%
    assert beoordeel_norm(0, 0, 0, NEGENTIG) is None  # geen toewijzingen: niet vast te stellen
    # 9 van 10 bepaald, 1 onbepaald: als die niet voldoet 9/11 < 90%, als wel 10/11 > 90%.
    assert beoordeel_norm(9, 10, 1, NEGENTIG) is None
    assert beoordeel_norm(99, 100, 1, NEGENTIG) is True  # ook in het slechtste geval 99/101
    assert beoordeel_norm(5, 10, 1, NEGENTIG) is False  # ook in het beste geval 6/11
    assert beoordeel_norm(0, 0, 3, NEGENTIG) is None


def verslag_van(tmp_path: Path, rijen: list[dict[str, str]], jaar: int, **opties: object) -> dict:  # type: ignore[type-arg]
    pad = schrijf_csv(tmp_path / f"t{jaar}.csv", rijen)
    return verantwoord(pad, jaar, corporatie="Proef", **opties).als_dict()  # type: ignore[arg-type]


def jaarrij(nummer: int, jaar: int, **velden: object) -> dict[str, str]:
    return rij(nummer, huuringangsdatum=f"{jaar}-03-01", toewijzingsdatum=f"{jaar}-02-01", **velden)


def test_passendheidsnorm_precies_op_de_grens(tmp_path: Path) -> None:
    # 2024: één persoon, passende grens € 28.550? Een laag inkomen en een huur boven de lage
    # aftoppingsgrens (€ 650,43) is niet passend.
    passend = [jaarrij(i, 2021, huishoudinkomen="15000", kale_huur="500") for i in range(19)]
    niet = [jaarrij(99, 2021, huishoudinkomen="15000", kale_huur="700")]
    document = verslag_van(tmp_path, passend + niet, 2021)
    p = document["passendheid"]
    assert (p["teller"], p["noemer"], p["aandeel_exact"], p["voldoet"]) == (19, 20, "19/20", True)
    assert p["aandeel"] == "0.950000"
    assert p["meetperiode"] == 1
    assert document["niet_passend_totaal"] == 1
    assert document["niet_passend"][0]["toewijzing_id"] == "T-00099"
    assert document["niet_passend"][0]["uitleg"][-1].startswith("[PT-05]")
    twee_niet = verslag_van(
        tmp_path,
        passend[:18] + niet + [jaarrij(98, 2021, huishoudinkomen="15000", kale_huur="700")],
        2021,
    )
    assert twee_niet["passendheid"]["voldoet"] is False
    assert twee_niet["voldoet"] is False


def test_daeb_2013_een_toets_van_90_procent(tmp_path: Path) -> None:
    # 2013: DAEB-grens € 34.229; 9 van 10 in de doelgroep is precies 90%.
    rijen = [jaarrij(i, 2013, huishoudinkomen="30000") for i in range(9)]
    rijen.append(jaarrij(9, 2013, huishoudinkomen="34230"))
    d = verslag_van(tmp_path, rijen, 2013)["daeb"]
    assert d["regime"] == "enkele_grens"
    assert [
        (t["sleutel"], t["teller"], t["noemer"], t["norm_exact"], t["voldoet"])
        for t in d["toetsen"]
    ] == [("doelgroep", 9, 10, "9/10", True)]
    assert d["segmenten"]["vrij"] == 1


def test_daeb_2015_tot_2021_twee_cumulatieve_toetsen(tmp_path: Path) -> None:
    # 2021: lagere grens € 40.024, hogere € 44.655. 8 doelgroep, 1 middeninkomen, 1 vrij:
    # 80% en 90%: beide precies gehaald.
    rijen = [jaarrij(i, 2021, huishoudinkomen="40024") for i in range(8)]
    rijen.append(jaarrij(8, 2021, huishoudinkomen="44655"))
    rijen.append(jaarrij(9, 2021, huishoudinkomen="44656"))
    d = verslag_van(tmp_path, rijen, 2021)["daeb"]
    assert d["regime"] == "twee_grenzen"
    assert [(t["sleutel"], t["teller"], t["norm_exact"], t["voldoet"]) for t in d["toetsen"]] == [
        ("lagere_grens", 8, "4/5", True),
        ("hogere_grens", 9, "9/10", True),
    ]
    # Eén middeninkomen minder in de doelgroep: 70% < 80%, terwijl 90% nog gehaald wordt.
    rijen[0] = jaarrij(0, 2021, huishoudinkomen="44000")
    d = verslag_van(tmp_path, rijen, 2021)["daeb"]
    assert [t["voldoet"] for t in d["toetsen"]] == [False, True]
    assert d["voldoet"] is False


def test_daeb_2015_telt_het_hele_jaar_met_twee_grenzen(tmp_path: Path) -> None:
    rijen = [
        rij(
            1, huuringangsdatum="2015-03-01", toewijzingsdatum="2015-02-01", huishoudinkomen="36000"
        ),
        rij(
            2, huuringangsdatum="2015-09-01", toewijzingsdatum="2015-08-01", huishoudinkomen="30000"
        ),
    ]
    d = verslag_van(tmp_path, rijen, 2015)["daeb"]
    assert d["regime"] == "twee_grenzen"
    assert d["segmenten"]["middeninkomens"] == 1  # ook de huuringang in maart 2015


def test_daeb_vanaf_2022_gewogen_met_prestatieafspraken(tmp_path: Path) -> None:
    # 2024: 10 toewijzingen in Gorinchem (85%), 10 in Leerdam (92,5%): norm 88,75%.
    rijen = [jaarrij(i, 2024, gemeente="Gorinchem") for i in range(10)]
    rijen += [jaarrij(10 + i, 2024, gemeente="Leerdam") for i in range(10)]
    for i in (0, 1):  # twee hogere inkomens: 18/20 = 90% ≥ 88,75%
        rijen[i] = jaarrij(i, 2024, gemeente="Gorinchem", huishoudinkomen="90000")
    met = verslag_van(tmp_path, rijen, 2024, gemeenten_15=["Gorinchem"])
    toets = met["daeb"]["toetsen"][0]
    assert (toets["teller"], toets["noemer"], toets["norm_exact"], toets["voldoet"]) == (
        18,
        20,
        "71/80",
        True,
    )
    zonder = verslag_van(tmp_path, rijen, 2024)
    assert zonder["daeb"]["toetsen"][0]["voldoet"] is False  # 90% < 92,5%
    gemeenten = {g["gemeente"]: g["daeb"] for g in met["gemeenten"]}
    assert gemeenten["Gorinchem"]["prestatieafspraken_15"] is True
    assert gemeenten["Gorinchem"]["norm"] == "0.8500000000"
    assert gemeenten["Leerdam"]["norm"] == "0.9250000000"
    met_tikfout = verslag_van(tmp_path, rijen, 2024, gemeenten_15=["Gorkum"])
    assert any("Gorkum" in o for o in met_tikfout["opmerkingen"])
    with pytest.raises(ValueError, match="pas vanaf 2022"):
        verslag_van(tmp_path, [jaarrij(1, 2021)], 2021, gemeenten_15=["Gorinchem"])


def test_bijzondere_categorieen_en_omvang(tmp_path: Path) -> None:
    rijen = [
        jaarrij(1, 2024, zorgindicatie="wlz_verblijf", huishoudinkomen="90000"),
        jaarrij(2, 2024, vergunninghouders="ja", huishoudinkomen=""),
        jaarrij(3, 2024, studenten="ja", huishoudinkomen="", aantal_personen="2"),
        jaarrij(4, 2024, aantal_personen="4"),
        jaarrij(5, 2024, daeb="nee"),
    ]
    d = verslag_van(tmp_path, rijen, 2024)["daeb"]
    assert d["doelgroep_via_categorie"] == {"zorg": 1, "vergunninghouders": 1, "studenten": 1}
    assert d["doelgroep_naar_omvang"] == {"eenpersoons": 2, "meerpersoons": 2}
    assert (d["noemer"], d["buiten_reikwijdte"]) == (4, 1)


def test_tweejarige_passendheidsnorm(tmp_path: Path) -> None:
    goed = [jaarrij(i, 2023, huishoudinkomen="15000", kale_huur="500") for i in range(19)]
    slecht_2024 = [
        jaarrij(100 + i, 2024, huishoudinkomen="15000", kale_huur="500") for i in range(8)
    ]
    slecht_2024 += [
        jaarrij(200 + i, 2024, huishoudinkomen="15000", kale_huur="800") for i in range(1)
    ]
    # 2024 alleen: 8/9 = 88,9% < 95%; 2023 en 2024 samen: 27/28 = 96,4% ≥ 95%.
    document = verslag_van(tmp_path, goed + slecht_2024, 2024)
    p = document["passendheid"]
    assert p["meetperiode"] == 2
    assert p["eenjarig_voldoet"] is False
    assert p["tweejarig"]["jaren"] == [2023, 2024]
    assert (p["tweejarig"]["teller"], p["tweejarig"]["noemer"]) == (27, 28)
    assert p["tweejarig"]["herkomst_vorig_jaar"] == "invoer"
    assert p["voldoet"] is True
    alleen = verslag_van(tmp_path, slecht_2024, 2024)
    assert alleen["passendheid"]["tweejarig"] is None
    assert alleen["passendheid"]["voldoet"] is False
    assert any("twee opeenvolgende jaren" in o for o in alleen["opmerkingen"])
    opgegeven = verslag_van(tmp_path, slecht_2024, 2024, vorig_jaar=Passendcijfers(2023, 19, 19, 0))
    assert opgegeven["passendheid"]["tweejarig"]["herkomst_vorig_jaar"] == "opgegeven verslag"
    assert opgegeven["passendheid"]["voldoet"] is True
    with pytest.raises(ValueError, match="gaat over 2022; voor de verantwoording van 2024 is 2023"):
        verslag_van(tmp_path, slecht_2024, 2024, vorig_jaar=Passendcijfers(2022, 19, 19, 0))


def test_onbepaald_bij_een_onbekende_rekenhuur(tmp_path: Path) -> None:
    # Een kale huur van 880 zonder subsidiabele servicekosten: de rekenhuur kan boven de
    # maximale huurgrens van 2025 (900,07) liggen; onbepaald, geen gok.
    rijen = [jaarrij(i, 2025, huishoudinkomen="15000", kale_huur="500") for i in range(30)]
    rijen.append(jaarrij(50, 2025, huishoudinkomen="15000", kale_huur="880"))
    document = verslag_van(tmp_path, rijen, 2025)
    p = document["passendheid"]
    assert (p["teller"], p["noemer"], p["onbepaald"]) == (30, 30, 1)
    assert p["eenjarig_voldoet"] is True  # 30/31 ≥ 95% ook als de onbepaalde niet passend is
    assert document["onbepaald_totaal"] == 1
    assert "subsidiabele_servicekosten" in document["onbepaald"][0]["reden"]


def test_geen_jaar_kiest_het_laatste_en_meerdere_corporaties(tmp_path: Path) -> None:
    rijen = [jaarrij(1, 2023), jaarrij(2, 2024)]
    pad = schrijf_csv(tmp_path / "a.csv", rijen)
    assert verantwoord(pad).jaar == 2024
    rijen = [jaarrij(1, 2024, corporatie="A"), jaarrij(2, 2024, corporatie="B")]
    pad = schrijf_csv(tmp_path / "b.csv", rijen)
    with pytest.raises(ValueError, match="meerdere corporaties \\(A, B\\)"):
        verantwoord(pad, 2024)
    assert verantwoord(pad, 2024, corporatie="B").invoer["in_verantwoording"] == 1
    leeg = verantwoord(pad, 2019, corporatie="B")
    assert any("geen toewijzingen" in o for o in leeg.opmerkingen)
    # Niets in de noemer: de norm is niet vast te stellen (geen "voldoet" over niets).
    assert leeg.passend_voldoet is None
    assert leeg.voldoet is None
    assert "geen toewijzingen van B met huuringang in 2019" in leeg.samenvatting()[-1]


def test_voor_2016_geen_passendheidsnorm(tmp_path: Path) -> None:
    document = verslag_van(tmp_path, [jaarrij(1, 2013)], 2013)
    assert document["passendheid"]["van_toepassing"] is False
    assert document["passendheid"]["voldoet"] is None
    assert document["voldoet"] is True
    assert document["matrix"] == []


def test_json_is_byte_voor_byte_gelijk_en_markdown_toont_de_cijfers(tmp_path: Path) -> None:
    rijen = [
        jaarrij(i, 2024, huishoudinkomen=str(15000 + 1000 * i), kale_huur=str(500 + 20 * i))
        for i in range(15)
    ]
    pad = schrijf_csv(tmp_path / "a.csv", rijen)
    eerste = als_json(verantwoord(pad, 2024, corporatie="Proef"))
    tweede = als_json(verantwoord(pad, 2024, corporatie="Proef"))
    assert eerste == tweede
    document = json.loads(eerste)
    assert document["schema"] == "passend-toewijzen/verantwoording/1"
    assert set(document["invoer"]) >= {"gelezen", "geaccepteerd", "afgewezen"}
    assert set(document["passendheid"]) >= {"noemer", "teller", "aandeel", "norm", "voldoet"}
    assert set(document["daeb"]) >= {"noemer", "toetsen", "voldoet"}
    assert set(document["daeb"]["toetsen"][0]) >= {"teller", "aandeel", "norm", "voldoet"}
    md = als_markdown(verantwoord(pad, 2024, corporatie="Proef"))
    p = document["passendheid"]
    assert f"| {p['teller']} | {p['noemer']} |" in md
    assert "Gelezen 15 rijen = 15 geaccepteerd + 0 afgewezen" in md


def test_de_omschrijving_van_de_gewogen_norm_noemt_de_percentages_uit_de_data() -> None:
    """Vanaf 2022 met prestatieafspraken: de omschrijving noemt de landelijke norm, de lagere
    norm en de vrije ruimte zoals ze gelden (uit de data, of uit een beleid), niet als vaste
    tekst."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "data" / "toewijzingen-2023-2024.csv"
    wet = verantwoord(voorbeeld, 2024, gemeenten_15=["Gorinchem"])
    assert wet.daeb_toetsen[0].omschrijving.endswith(
        "; norm gewogen naar het aantal toewijzingen per gemeente (92,5%, of 85% waar "
        "prestatieafspraken 15% vrije ruimte geven)"
    )
    eigen = fictief_beleid(
        "andere normen (fictief)",
        "[[parameters.daeb_norm_doelgroep.waarden]]\ngeldig_vanaf = 2024-01-01\n"
        'waarde = 0.9\nbron = "fictief"\nstatus = "secundair"\n\n'
        "[[parameters.daeb_norm_doelgroep_ondergrens_prestatieafspraken.waarden]]\n"
        'geldig_vanaf = 2024-01-01\nwaarde = 0.8\nbron = "fictief"\nstatus = "secundair"\n',
    )
    met_beleid = verantwoord(voorbeeld, 2024, gemeenten_15=["Gorinchem"], beleid=eigen)
    assert met_beleid.daeb_toetsen[0].omschrijving.endswith(
        "(90%, of 80% waar prestatieafspraken 20% vrije ruimte geven)"
    )
