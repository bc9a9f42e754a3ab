"""Betrouwbaar in echt gebruik (issue 11): per punt van het issue de regressietest.

De meeste gebreken staan als geval in het corpus van slechte invoer (``tests/slechte_invoer``);
hier staat wat daar niet in past: het schrijven van uitvoer (nooit over invoer, nooit half), de
afsluitcodes, Ctrl-C, de verslagen zelf (kop, redenen, ontsnappen, reproduceerbaar Excel) en de
opdrachtregel die dezelfde omzetters gebruikt als de bestanden.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from markupsafe import escape

from passend_toewijzen._schrijven import Tijdelijk, UitvoerFout, controleer_uitvoer, schrijf_veilig
from passend_toewijzen.cli import main
from passend_toewijzen.cli._basis import bedrag_argument, datum_argument
from passend_toewijzen.invoer import Waardefout, lees_bedrag, lees_datum
from passend_toewijzen.verantwoording import verantwoord
from passend_toewijzen.verantwoording.uitvoer.excel import Excelschrijver, schrijf_sjabloon
from passend_toewijzen.verantwoording.uitvoer.html import als_html
from passend_toewijzen.verantwoording.uitvoer.json import als_json
from passend_toewijzen.verantwoording.uitvoer.markdown import als_markdown
from passend_toewijzen.verantwoording.vorig import lees_vorig_verslag
from tests.verantwoording_hulp import KOPPEN, rij, schrijf_csv

WORTEL = Path(__file__).resolve().parents[2]
VOORBEELD = WORTEL / "examples" / "data" / "toewijzingen-2023-2024.csv"


def code(argumenten: list[str]) -> int:
    try:
        return main(argumenten)
    except SystemExit as einde:
        return int(einde.code or 0)


# --- 1. nooit invoer overschrijven, nooit een half bestand ----------------------------------------


def test_uitvoer_over_de_invoer_wordt_geweigerd_en_de_invoer_blijft_heel(tmp_path: Path) -> None:
    invoer = schrijf_csv(tmp_path / "b.csv", [rij(1), rij(2)])
    inhoud = invoer.read_bytes()
    assert code(["verantwoording", str(invoer), "--jaar", "2024", "--fouten", str(invoer)]) == 2
    assert invoer.read_bytes() == inhoud
    kopie = tmp_path / "c.txt"
    kopie.write_bytes(inhoud)
    assert code(["verantwoording", str(kopie), "--jaar", "2024", "-o", str(kopie)]) == 2
    assert kopie.read_bytes() == inhoud
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv", "c.txt"]


def test_een_onderbroken_schrijfactie_laat_het_bestaande_bestand_staan(tmp_path: Path) -> None:
    doel = tmp_path / "verslag.md"
    doel.write_text("het verslag van gisteren\n", encoding="utf-8")

    def onderbroken() -> None:
        with schrijf_veilig(doel) as bestand:
            bestand.write("een half nieuw ver")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        onderbroken()
    assert doel.read_text(encoding="utf-8") == "het verslag van gisteren\n"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.md"], "geen tijdelijk bestand over"
    with schrijf_veilig(doel) as bestand:
        bestand.write("nieuw\n")
    assert doel.read_text(encoding="utf-8") == "nieuw\n"


def test_vervangen_houdt_rechten_en_koppelingen(tmp_path: Path) -> None:
    echt = tmp_path / "echt.md"
    echt.write_text("oud", encoding="utf-8")
    echt.chmod(0o640)
    koppeling = tmp_path / "koppeling.md"
    koppeling.symlink_to(echt)
    with schrijf_veilig(koppeling) as bestand:
        bestand.write("nieuw")
    assert koppeling.is_symlink(), "de koppeling blijft een koppeling"
    assert echt.read_text(encoding="utf-8") == "nieuw"
    assert stat.S_IMODE(echt.stat().st_mode) == 0o640
    # Een nieuw bestand krijgt de gewone rechten (met het umask), niet die van een tijdelijk.
    nieuw = tmp_path / "nieuw.md"
    with schrijf_veilig(nieuw) as bestand:
        bestand.write("x")
    masker = os.umask(0)
    os.umask(masker)
    assert stat.S_IMODE(nieuw.stat().st_mode) == 0o666 & ~masker


def test_naar_een_apparaat_wordt_direct_geschreven() -> None:
    with schrijf_veilig(Path(os.devnull)) as bestand:
        bestand.write("weg")
    assert Path(os.devnull).exists()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_identiteit_niet_spelling(tmp_path: Path) -> None:
    invoer = tmp_path / "a.csv"
    invoer.write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    hard = tmp_path / "hard.csv"
    os.link(invoer, hard)
    for uitvoer in (tmp_path / "sub" / ".." / "a.csv", hard, Path(os.path.relpath(invoer))):
        with pytest.raises(UitvoerFout, match="hetzelfde bestand als de invoer"):
            controleer_uitvoer({"-o": uitvoer}, {"a.csv": invoer})
    controleer_uitvoer({"-o": tmp_path / "ander.csv"}, {"a.csv": invoer})
    with pytest.raises(UitvoerFout, match="bestaat niet"):
        controleer_uitvoer({"-o": tmp_path / "weg" / "v.md"})
    with pytest.raises(UitvoerFout, match="niet te schrijven"):
        Tijdelijk(tmp_path / "weg" / "v.md")


# --- 2. bedragen en datums op de opdrachtregel zoals in bestanden ---------------------------------


@pytest.mark.parametrize(
    "tekst",
    ["55.000", "55,000", "55000", "55.000,00", "1,234.56", "€ 650,43", "1.2.3,4", "-5", "abc"],
)
def test_de_opdrachtregel_leest_bedragen_met_de_omzetter_van_de_bestanden(tekst: str) -> None:
    try:
        verwacht = lees_bedrag(tekst)
    except Waardefout as exc:
        fout = exc
    else:
        assert bedrag_argument(tekst) == verwacht
        return
    with pytest.raises(argparse.ArgumentTypeError) as info:
        bedrag_argument(tekst)
    assert str(info.value) == fout.met_waarde


def test_toets_met_inkomen_55_punt_000_is_een_fout_zonder_het_inkomen(
    capsys: pytest.CaptureFixture[str],
) -> None:
    basis = ["toets", "--huuringangsdatum", "2024-03-01", "--personen", "1", "--kale-huur", "600"]
    assert code([*basis, "--inkomen", "55.000"]) == 2
    fout = capsys.readouterr().err
    assert "--inkomen: dubbelzinnig" in fout
    assert "55.000" not in fout
    assert code([*basis, "--inkomen", "55.000,00", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["huishoudinkomen"] == "55000.00"


@pytest.mark.parametrize(
    "tekst", ["01-03-2024", "1/3/2024", "2024-03-01 14:30", "2024-03-01T09:00"]
)
def test_de_opdrachtregel_leest_datums_zoals_de_bestanden(tekst: str) -> None:
    assert datum_argument(tekst) == lees_datum(tekst)


# --- 3. meer bestanden: elke bron één keer, met een eigen naam ------------------------------------


def test_gelijke_bestandsnamen_in_twee_mappen_staan_beide_in_het_ontvangstbewijs(
    tmp_path: Path,
) -> None:
    (tmp_path / "jan").mkdir()
    (tmp_path / "feb").mkdir()
    jan = schrijf_csv(tmp_path / "jan" / "export.csv", [rij(1), rij(2)])
    feb = schrijf_csv(tmp_path / "feb" / "export.csv", [rij(3), rij(1)])
    verslag = verantwoord([jan, feb], 2024)
    namen = [b["naam"] for b in verslag.invoer["bestanden"]]
    assert namen == ["feb/export.csv", "jan/export.csv"]
    assert set(verslag.ontvangstbewijs["invoer_sha256"]) == set(namen)
    assert verslag.invoer["fouten"][0]["melding"] == "komt al voor in jan/export.csv, rij 2"
    assert verslag.invoer["fouten"][0]["bron"] == "feb/export.csv"


# --- 4 en 15. een verslag over niets, en de kop zegt eerst of het volledig is ---------------------


def test_een_verslag_over_niets_is_in_elk_formaat_niet_vast_te_stellen(tmp_path: Path) -> None:
    pad = schrijf_csv(tmp_path / "leeg.csv", [])
    verslag = verantwoord(pad, 2024, corporatie="Proef")
    assert verslag.voldoet is None
    document = json.loads(als_json(verslag))
    assert document["voldoet"] is None
    assert (
        document["daeb"]["toetsen"][0]["reden_onbepaald"]
        == "er zijn geen toewijzingen in de noemer"
    )
    zin = (
        "Uitkomst: niet vast te stellen: de invoer bevat geen toewijzingen van Proef met "
        "huuringang in 2024."
    )
    assert document["samenvatting"][-1] == zin
    assert zin in als_markdown(verslag)
    html = als_html(verslag)
    assert "Uitkomst: <span" in html
    assert (
        "Niet vast te stellen: de invoer bevat geen toewijzingen van Proef met huuringang in"
        in html
    )
    assert "voldoet**" not in als_markdown(verslag)
    werkmap = tmp_path / "v.xlsx"
    Excelschrijver(werkmap).sluit(verslag)
    import openpyxl

    samenvatting = [c for r in openpyxl.load_workbook(werkmap)["Samenvatting"].values for c in r]
    assert zin in samenvatting
    assert "niet vast te stellen" in samenvatting
    uitvoer = tmp_path / "v.json"
    assert code(["verantwoording", str(pad), "--jaar", "2024", "-o", str(uitvoer)]) == 4


def test_de_kop_noemt_eerst_de_volledigheid_en_is_dan_niet_groen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = schrijf_csv(
        tmp_path / "a.csv", [rij(i) for i in range(1, 21)] + [rij(99, kale_huur="-1")]
    )
    uitvoer = tmp_path / "v.html"
    assert code(["verantwoording", str(pad), "--jaar", "2024", "-o", str(uitvoer)]) == 3
    regels = capsys.readouterr().err.splitlines()
    assert regels[-1] == (
        f"let op: 1 van 21 rijen afgewezen; het verslag is onvolledig. De lijst staat in het "
        f"verslag {uitvoer} (Afgewezen rijen)."
    )
    html = uitvoer.read_text(encoding="utf-8")
    banner = html[html.index('<section id="uitkomst"') :]
    assert banner.startswith('<section id="uitkomst" class="banner onvolledig"')
    assert banner.index("Onvolledig: 1 van de 21") < banner.index("Uitkomst:")
    markdown = als_markdown(verantwoord(pad, 2024))
    kop = markdown.split("\n## ", 1)[0]
    assert kop.index("**Onvolledig: 1 van de 21") < kop.index("**Uitkomst: voldoet.**")


# --- 12. Markdown ontsnapt invoer; één bron van redenen ------------------------------------------


def test_markdown_ontsnapt_html_en_opmaak_uit_de_invoer(tmp_path: Path) -> None:
    rijen = [
        rij(1, gemeente="<script>alert(1)</script>", kale_huur="800", huishoudinkomen="15000"),
        rij(2, gemeente="*vet* | [link](x)", toewijzing_id="<b>T-2</b>"),
    ]
    tekst = als_markdown(verantwoord(schrijf_csv(tmp_path / "a.csv", rijen), 2024))
    assert "<script>" not in tekst
    assert "<b>" not in tekst
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tekst
    assert "\\*vet\\* \\| \\[link\\](x)" in tekst


def test_de_reden_van_een_onbepaalde_toewijzing_is_in_elk_formaat_dezelfde(tmp_path: Path) -> None:
    """Een toewijzing die niet te beoordelen is (2025: kale huur € 880 zonder subsidiabele
    servicekosten, dus een rekenhuur die boven of onder de maximale huurgrens kan liggen): elk
    formaat noemt dezelfde reden (Markdown zei eerst 'passend toewijzen gold nog niet')."""
    rijen = [rij(i, huuringangsdatum="2025-03-01", toewijzingsdatum="2025-02-01") for i in range(5)]
    rijen.append(
        rij(9, huuringangsdatum="2025-03-01", toewijzingsdatum="2025-02-01", kale_huur="880,00")
    )
    verslag = verantwoord(schrijf_csv(tmp_path / "a.csv", rijen), 2025)
    reden = json.loads(als_json(verslag))["onbepaald"][0]["reden"]
    assert "subsidiabele_servicekosten" in reden
    assert "gold nog niet" not in reden
    assert f"Reden: {reden}." in als_markdown(verslag)
    assert f"<dt>Reden</dt><dd>{escape(reden)}</dd>" in als_html(verslag)


# --- 13. Ctrl-C -----------------------------------------------------------------------------------


def test_ctrl_c_stopt_netjes_zonder_uitvoer(tmp_path: Path) -> None:
    pad = tmp_path / "groot.csv"
    regels = [";".join(KOPPEN)]
    basis = rij(1)
    for i in range(400_000):
        waarden = {**basis, "toewijzing_id": f"T-{i}", "woning_id": f"W-{i}"}
        regels.append(";".join(waarden.get(k, "") for k in KOPPEN))
    pad.write_text("\r\n".join(regels) + "\r\n", encoding="utf-8")
    verslag = tmp_path / "verslag.html"
    verslag.write_text("het verslag van gisteren", encoding="utf-8")
    fouten = tmp_path / "fouten.csv"
    proces = subprocess.Popen(
        [sys.executable, "-m", "passend_toewijzen", "verantwoording", str(pad), "--jaar", "2024"]
        + ["-o", str(verslag), "--fouten", str(fouten), "--stil"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    begin = time.monotonic()
    while not list(tmp_path.glob(".fouten.csv.*.tmp")) and time.monotonic() - begin < 60:
        assert proces.poll() is None, proces.communicate()
        time.sleep(0.05)
    time.sleep(0.3)
    proces.send_signal(signal.SIGINT)
    uit, fout = proces.communicate(timeout=60)
    assert proces.returncode == 130, fout
    assert fout == "fout: onderbroken (Ctrl-C); er is geen uitvoerbestand geschreven\n"
    assert uit == ""
    assert verslag.read_text(encoding="utf-8") == "het verslag van gisteren"
    assert not fouten.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["groot.csv", "verslag.html"]


# --- Excel is reproduceerbaar ---------------------------------------------------------------------


def test_de_werkmap_is_byte_voor_byte_reproduceerbaar(tmp_path: Path) -> None:
    verslag = verantwoord(VOORBEELD, 2024)
    eerste, tweede = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    Excelschrijver(eerste).sluit(verslag)
    time.sleep(1.1)  # een andere seconde: openpyxl zette de tijd in het bestand
    Excelschrijver(tweede).sluit(verslag)
    assert eerste.read_bytes() == tweede.read_bytes()
    with zipfile.ZipFile(eerste) as archief:
        assert {i.date_time for i in archief.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"dcterms:modified" not in archief.read("docProps/core.xml")
    schrijf_sjabloon(tmp_path / "s1.xlsx")
    time.sleep(1.1)
    schrijf_sjabloon(tmp_path / "s2.xlsx")
    assert (tmp_path / "s1.xlsx").read_bytes() == (tmp_path / "s2.xlsx").read_bytes()


# --- 5. het vorige verslag -----------------------------------------------------------------------


def test_een_echt_vorig_verslag_wordt_gelezen_en_een_andere_dataversie_genoemd(
    tmp_path: Path,
) -> None:
    rijen_2023 = [
        rij(i, huuringangsdatum="2023-03-01", toewijzingsdatum="2023-02-01") for i in range(1, 11)
    ]
    vorig = json.loads(als_json(verantwoord(schrijf_csv(tmp_path / "2023.csv", rijen_2023), 2023)))
    cijfers = lees_vorig_verslag(json.dumps(vorig), "2023.json")
    assert (cijfers.jaar, cijfers.teller, cijfers.noemer, cijfers.corporatie) == (
        2023,
        vorig["passendheid"]["teller"],
        vorig["passendheid"]["noemer"],
        "2023",
    )
    vorig["ontvangstbewijs"]["data_versie"] = "2024.1"
    cijfers = lees_vorig_verslag(json.dumps(vorig), "2023.json")
    pad = schrijf_csv(tmp_path / "2024.csv", [rij(1)])
    verslag = verantwoord(pad, 2024, corporatie="2023", vorig_jaar=cijfers)
    assert verslag.passend_tweejarig is not None
    assert any("parameterdata 2024.1" in o for o in verslag.opmerkingen)


# --- 16. Markdown en HTML hebben dezelfde secties -------------------------------------------------


def test_markdown_en_html_hebben_dezelfde_secties() -> None:
    verslag = verantwoord(VOORBEELD, 2024)
    html = als_html(verslag)
    markdown = als_markdown(verslag)
    html_koppen = [
        regel.removeprefix("<h2>").split(" (")[0].split("<", 1)[0]
        for regel in html.splitlines()
        if regel.startswith("<h2>")
    ]
    md_koppen = [r[3:].split(" (")[0] for r in markdown.splitlines() if r.startswith("## ")]
    assert html_koppen == md_koppen
    assert "Huurklassen" in md_koppen
    assert "Niet te beoordelen toewijzingen" in md_koppen
    # De matrix noemt de grenzen met hun bedrag, ook in Markdown.
    assert "≤ € 454,47" in markdown.replace("\u00a0", " ")
    assert "≤ € 27.725" in markdown.replace("\u00a0", " ")
    # De vrije ruimte en "buiten de norm" staan er uitgesplitst, in de woorden van de lezer.
    assert "Vrije toewijzingsruimte gebruikt: 59 toewijzingen = 6,15% van de noemer" in markdown
    assert "woongelegenheid niet in het DAEB-bezit: 25" in markdown
    assert "gedifferentieerd" not in markdown
    assert "1 januari 2024" in markdown


# --- zusters van de gebreken ----------------------------------------------------------------------


def test_een_gemeente_in_meer_schrijfwijzen_staat_in_de_opmerkingen(tmp_path: Path) -> None:
    rijen = [rij(1, gemeente="Gorinchem"), rij(2, gemeente="GORINCHEM"), rij(3, gemeente="Leerdam")]
    pad = schrijf_csv(tmp_path / "a.csv", rijen)
    verslag = verantwoord(pad, 2024, gemeenten_15=["gorinchem"])
    assert any("GORINCHEM (1), Gorinchem (1)" in o for o in verslag.opmerkingen)
    assert any(
        "gorinchem (bedoelt u GORINCHEM?)" in o or "gorinchem (bedoelt u Gorinchem?)" in o
        for o in verslag.opmerkingen
    )


class _GeslotenPijp(io.StringIO):
    """Een standaarduitvoer waarvan de lezer gestopt is (zoals ``| head``)."""

    def write(self, tekst: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("geen bestandsnummer")


def test_een_afgebroken_pijp_geeft_geen_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _GeslotenPijp())
    assert main(["parameters", "--datum", "2024-03-01"]) == 141
    assert capsys.readouterr().err == ""


def test_min_als_uitvoer_is_de_standaarduitvoer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pad = schrijf_csv(tmp_path / "a.csv", [rij(1)])
    assert code(["verantwoording", str(pad), "--jaar", "2024", "-o", "-", "--formaat", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["jaar"] == 2024
    assert not (tmp_path / "-").exists()
