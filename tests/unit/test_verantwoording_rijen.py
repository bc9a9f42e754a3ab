"""Rijen omzetten in toewijzingen: elke fout met rijnummer, kolom en reden; niets verdwijnt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from passend_toewijzen.modellen import Bijzonderheid, Woningsoort, Zorgindicatie
from passend_toewijzen.verantwoording import open_invoer, verantwoord
from passend_toewijzen.verantwoording.invoer import Bronrij
from passend_toewijzen.verantwoording.rijen import Omzetter, Rijfout, Rijtoewijzing
from tests.verantwoording_hulp import rij, schrijf_csv


def zet_om(tmp_path: Path, **velden: object) -> Rijtoewijzing | list[Rijfout]:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1, **velden)])
    invoer = open_invoer(pad)
    eerste = next(invoer.rijen())
    assert isinstance(eerste, Bronrij)
    return Omzetter(invoer.naam, invoer.kolommen, corporatie="Proef")(eerste)


def fouten(tmp_path: Path, **velden: object) -> dict[str | None, str]:
    uitkomst = zet_om(tmp_path, **velden)
    assert isinstance(uitkomst, list), uitkomst
    assert all(f.rijnummer == 2 and f.bron == "a.csv" for f in uitkomst)
    return {f.kolom: f.melding for f in uitkomst}


def test_geldige_rij(tmp_path: Path) -> None:
    uitkomst = zet_om(
        tmp_path,
        aantal_personen="3",
        zorgindicatie="WLZ verblijf",
        bijzonderheid="woningruil|herhuisvesting",
        servicekosten="12,50",
        urgentie="ja",
    )
    assert isinstance(uitkomst, Rijtoewijzing)
    t = uitkomst.toewijzing
    assert uitkomst.corporatie == "Proef"
    assert t.id == "T-00001"
    assert t.woning.kale_huur == Decimal("600.00")
    assert t.woning.soort is Woningsoort.ZELFSTANDIG
    assert t.woning.servicekosten == Decimal("12.50")
    assert t.huishouden.aantal_personen == 3
    assert t.huishouden.zorgindicatie is Zorgindicatie.WLZ_VERBLIJF
    assert t.bijzonderheden == {Bijzonderheid.WONINGRUIL, Bijzonderheid.HERHUISVESTING}
    assert t.urgentie is True


def test_corporatie_uit_de_kolom(tmp_path: Path) -> None:
    uitkomst = zet_om(tmp_path, corporatie="Woonstichting Elders")
    assert isinstance(uitkomst, Rijtoewijzing)
    assert uitkomst.corporatie == "Woonstichting Elders"


def test_alle_fouten_van_een_rij_samen(tmp_path: Path) -> None:
    gevonden = fouten(
        tmp_path, kale_huur="-1", huuringangsdatum="2024-02-30", daeb="misschien", gemeente=""
    )
    assert gevonden == {
        "kale_huur": "'-1': een bedrag kan niet negatief zijn",
        "huuringangsdatum": "'2024-02-30' is geen bestaande datum",
        "daeb": "'misschien' is geen ja/nee-waarde (ja, nee, 1, 0)",
        "gemeente": "verplicht, maar leeg",
    }


def test_inkomen_verplicht_behalve_bij_vrijstelling(tmp_path: Path) -> None:
    assert "huishoudinkomen" in fouten(tmp_path, huishoudinkomen="")
    for vrijgesteld in ("vergunninghouders", "studenten"):
        uitkomst = zet_om(tmp_path, huishoudinkomen="", **{vrijgesteld: "ja"})
        assert isinstance(uitkomst, Rijtoewijzing)
        persoon = uitkomst.toewijzing.huishouden.personen[0]
        assert persoon.vergunninghouder is (vrijgesteld == "vergunninghouders")
        assert persoon.studiefinanciering is (vrijgesteld == "studenten")


def test_modelfouten_noemen_de_kolom(tmp_path: Path) -> None:
    assert fouten(tmp_path, toewijzingsdatum="2024-04-01") == {
        "huuringangsdatum": "2024-03-01 ligt vóór de toewijzingsdatum 2024-04-01"
    }
    assert fouten(tmp_path, aantal_personen="31") == {
        "aantal_personen": "verwacht 1 tot en met 30 personen"
    }
    assert fouten(tmp_path, verzoek_art_54a="ja") == {
        "rendementsgrondslag_box3": "verplicht bij een verzoek op grond van art. 54a"
    }
    assert "bijzonderheid" in fouten(tmp_path, bijzonderheid="woningruil,loterij")
    assert "woningsoort" in fouten(tmp_path, woningsoort="bovenwoning")


def test_afgewezen_rij_noemt_toewijzing_en_wordt_geteld(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1), rij(2, kale_huur="zeshonderd"), rij(3), rij(1)])
    verslag = verantwoord(pad, 2024, corporatie="Proef")
    invoer = verslag.invoer
    assert (invoer["gelezen"], invoer["geaccepteerd"], invoer["afgewezen"]) == (4, 2, 2)
    assert invoer["fouten"] == [
        {
            "bron": "a.csv",
            "rij": 3,
            "kolom": "kale_huur",
            "toewijzing_id": "T-00002",
            "melding": "'zeshonderd' is geen bedrag (voorbeeld: 650,43 of 1.234,56)",
        },
        {
            "bron": "a.csv",
            "rij": 5,
            "kolom": "toewijzing_id",
            "toewijzing_id": "T-00001",
            "melding": "komt al voor in rij 2",
        },
    ]
    zonder = verantwoord(pad, 2024, corporatie="Proef", dubbelcontrole=False)
    assert zonder.invoer["afgewezen"] == 1


def test_datum_buiten_de_dekking_is_een_rijfout(tmp_path: Path) -> None:
    pad = schrijf_csv(
        tmp_path / "a.csv",
        [rij(1), rij(2, huuringangsdatum="2030-01-01", toewijzingsdatum="2029-12-01")],
    )
    verslag = verantwoord(pad, corporatie="Proef")
    assert verslag.jaar == 2024
    fout = verslag.invoer["fouten"][0]
    assert fout["kolom"] == "huuringangsdatum"
    assert "2011-01-01" in fout["melding"]
    assert "2026-12-31" in fout["melding"]


# --- art. 54a en de rekenhuur in het bestand (issue 11 punt 9, issue 12) -------------------------


def test_art_54a_voor_meer_personen_vraagt_alle_bewoners_aow(tmp_path: Path) -> None:
    """Het bestand heeft geen geboortedata: voor een verzoek op grond van art. 54a van meer dan
    één persoon moet ``alle_bewoners_aow`` zeggen of alle bewoners op 1 januari van het jaar van de
    huuringang de AOW-leeftijd hadden; anders een fout met rij en kolom."""
    verzoek = {
        "aantal_personen": "2",
        "aow_huishouden": "ja",
        "verzoek_art_54a": "ja",
        "rendementsgrondslag_box3": "250000",
    }
    gevonden = fouten(tmp_path, **verzoek)
    assert set(gevonden) == {"alle_bewoners_aow"}
    assert "art. 54a" in gevonden["alle_bewoners_aow"]
    met = zet_om(tmp_path, **verzoek, alle_bewoners_aow="ja")
    assert isinstance(met, Rijtoewijzing)
    assert met.toewijzing.huishouden.alle_bewoners_aow is True


def test_art_54a_alleenstaande_zonder_extra_kolom(tmp_path: Path) -> None:
    """Bij één persoon is ``aow_huishouden`` hetzelfde gegeven: de extra kolom mag leeg blijven."""
    uitkomst = zet_om(
        tmp_path,
        aow_huishouden="ja",
        verzoek_art_54a="ja",
        rendementsgrondslag_box3="250000",
    )
    assert isinstance(uitkomst, Rijtoewijzing)
    assert uitkomst.toewijzing.huishouden.alle_bewoners_aow is None


def test_tegenstrijdige_aow_gegevens_noemen_rij_en_kolom(tmp_path: Path) -> None:
    """Issue 11 punt 9: ``verzoek_art_54a=ja`` met ``aow_huishouden=nee`` spreekt zichzelf tegen;
    net als ``alle_bewoners_aow=ja`` met ``aow_huishouden=nee``, en ``alle_bewoners_aow=nee`` bij
    een verzoek."""
    assert set(
        fouten(tmp_path, verzoek_art_54a="ja", aow_huishouden="nee", rendementsgrondslag_box3="1")
    ) == {"verzoek_art_54a"}
    assert set(fouten(tmp_path, aantal_personen="2", alle_bewoners_aow="ja")) == {
        "alle_bewoners_aow"
    }
    assert set(
        fouten(
            tmp_path,
            aantal_personen="2",
            aow_huishouden="ja",
            alle_bewoners_aow="nee",
            verzoek_art_54a="ja",
            rendementsgrondslag_box3="1",
        )
    ) == {"verzoek_art_54a"}
    assert set(fouten(tmp_path, aow_huishouden="ja", alle_bewoners_aow="nee")) == {
        "alle_bewoners_aow"
    }


def test_subsidiabele_servicekosten(tmp_path: Path) -> None:
    uitkomst = zet_om(tmp_path, servicekosten="60,00", subsidiabele_servicekosten="48,00")
    assert isinstance(uitkomst, Rijtoewijzing)
    assert uitkomst.toewijzing.woning.subsidiabele_servicekosten == Decimal("48.00")
    gevonden = fouten(tmp_path, servicekosten="30,00", subsidiabele_servicekosten="40,00")
    assert set(gevonden) == {"subsidiabele_servicekosten"}
    assert "niet hoger" in gevonden["subsidiabele_servicekosten"]


def test_art_54a_uit_een_bestand_wordt_toegepast(tmp_path: Path) -> None:
    """Een 2025-bestand met een AOW-paar met vermogen (alle bewoners AOW opgegeven): het verzoek
    wordt toegepast en telt standaard buiten de passendheidsnorm."""
    rijen = [
        rij(
            1,
            huuringangsdatum="2025-03-01",
            toewijzingsdatum="2025-02-01",
            aantal_personen="2",
            aow_huishouden="ja",
            alle_bewoners_aow="ja",
            verzoek_art_54a="ja",
            rendementsgrondslag_box3="250000",
            huishoudinkomen="30000",
            kale_huur="750,00",
            subsidiabele_servicekosten="0",
        ),
        rij(2, huuringangsdatum="2025-03-01", toewijzingsdatum="2025-02-01"),
    ]
    document = verantwoord(schrijf_csv(tmp_path / "b.csv", rijen), 2025).als_dict()
    assert document["invoer"]["afgewezen"] == 0
    p = document["passendheid"]
    assert (p["teller"], p["noemer"], p["onbepaald"]) == (1, 1, 0)
