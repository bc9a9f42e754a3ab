"""Slechte invoer geeft altijd een duidelijke Nederlandse fout, en geen rij verdwijnt stil.

Eén test draait elk geval uit :mod:`tests.slechte_invoer.gevallen`; de andere controleren dat het
corpus volledig is en dat de geldige basis van de gevallen wordt aanvaard (zodat elk geval faalt
om het gebrek dat het noemt, en niet om iets anders).

Alleen het corpus: ``pytest tests/slechte_invoer``; één geval: ``pytest tests/slechte_invoer -k
bestand-csv-groot``.
"""

from __future__ import annotations

import csv
import gc
import sys
import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from passend_toewijzen import modellen
from passend_toewijzen.beleid import laad_beleid
from passend_toewijzen.cli import main
from passend_toewijzen.fouten import OngeldigeInvoer, ParameterdataOngeldig
from passend_toewijzen.modellen import Model, Toewijzing
from passend_toewijzen.parameters import laad_register
from passend_toewijzen.tabellen import lees_tabel
from passend_toewijzen.toets import Toetsuitkomst
from passend_toewijzen.verantwoording import InvoerFout, verantwoord
from passend_toewijzen.verantwoording.rijen import Rijtoewijzing
from tests.hulp import huishouden, persoon, toewijzing, woning
from tests.slechte_invoer.gevallen import (
    BELEID_PARAMETER,
    BESTANDEN,
    DEKKING,
    GEVALLEN,
    GOED,
    SOORTEN,
    VEREISTE_CATEGORIEEN,
    Aanvaard,
    Databestand,
    Fout,
    Geval,
    Modelinvoer,
    Opdracht,
    Telling,
    Toewijzingsbestand,
    beleid,
    cellen,
    csv_bytes,
    json_rij,
    jsonl,
    maak,
    parameterbestand,
    parquet,
    parquet_kolommen,
    toets,
    xlsx,
)

GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")
"""Tekens waarmee een spreadsheet een celwaarde als formule kan lezen."""

IN_WERKMAP = frozenset({"toewijzing_id", "gemeente"})
"""Invoerkolommen die het blad Toewijzingen van de Excel-uitvoer overneemt."""


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.id for g in GEVALLEN])
def test_slechte_invoer(geval: Geval, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    invoer, verwacht = geval.invoer, geval.verwacht
    if isinstance(invoer, Modelinvoer):
        assert geval.soort == "model"
        controleer_model(invoer, verwacht)
    elif isinstance(invoer, Databestand):
        assert geval.soort == "datafile"
        assert isinstance(verwacht, Fout)
        controleer_databestand(invoer, verwacht)
    elif isinstance(invoer, Opdracht):
        assert geval.soort == "cli"
        assert isinstance(verwacht, Fout)
        controleer_opdracht(invoer, verwacht, tmp_path, capsys)
    else:
        assert geval.soort == "bestand"
        assert not isinstance(verwacht, Aanvaard)
        controleer_bestand(invoer, verwacht, tmp_path, capsys)


# --- modellen -------------------------------------------------------------------------------------


def valideer(invoer: Modelinvoer) -> Model:
    model: type[Model] = getattr(modellen, invoer.model)
    if invoer.json is not None:
        return model.model_validate_json(invoer.json)
    return model.model_validate(invoer.gegevens)


def controleer_model(invoer: Modelinvoer, verwacht: Fout | Aanvaard | Telling) -> None:
    if isinstance(verwacht, Aanvaard):
        waarde: object = valideer(invoer)
        for deel in verwacht.veld.split("."):
            waarde = getattr(waarde, deel)
        assert waarde == verwacht.waarde
        return
    assert isinstance(verwacht, Fout)
    assert verwacht.soort == "OngeldigeInvoer"
    assert verwacht.veld is not None, "een modelfout noemt altijd een veld (of '' voor het geheel)"
    with pytest.raises(OngeldigeInvoer) as info:
        valideer(invoer)
    fout = info.value
    assert fout.model == invoer.model
    teksten = [str(f) for f in fout.fouten]
    if verwacht.veld:
        # Het veld wordt genoemd: "kale_huur: ...", ook bij een controle over het hele model.
        genoemd = [t for t in teksten if t.startswith(f"{verwacht.veld}: ")]
        assert genoemd, (verwacht.veld, teksten)
        assert any(verwacht.melding in t for t in genoemd), (verwacht.melding, genoemd)
    else:
        assert any(verwacht.melding in t for t in teksten), (verwacht.melding, teksten)
    assert str(fout).startswith(f"Ongeldige invoer voor {invoer.model}: ")
    assert len(str(fout)) < 500, "een melding blijft kort (geen duizenden cijfers)"


# --- gegevensbestanden ----------------------------------------------------------------------------


def controleer_databestand(invoer: Databestand, verwacht: Fout) -> None:
    assert verwacht.soort == "ParameterdataOngeldig"
    inhoud = maak(invoer.inhoud)
    standaard = {"parameters": "p.toml", "dekking": "dekking.toml"}
    naam = invoer.naam or standaard.get(invoer.lader, f"{invoer.lader}.toml")

    def laad() -> object:
        if invoer.lader == "parameters":
            return laad_register({"dekking.toml": DEKKING, naam: inhoud})
        if invoer.lader == "dekking":
            return laad_register({naam: inhoud, "p.toml": parameterbestand()})
        if invoer.lader == "beleid":
            return laad_beleid(inhoud, naam_bestand=naam)
        return lees_tabel(inhoud, naam)

    with pytest.raises(ParameterdataOngeldig) as info:
        laad()
    fout = info.value
    assert fout.bestand == naam
    assert str(fout).startswith(f"Ongeldige parameterdata in {naam}:")
    passend = [
        m
        for m in fout.meldingen
        if (verwacht.veld is None or m.startswith(verwacht.veld)) and verwacht.melding in m
    ]
    assert passend, (verwacht, fout.meldingen)


# --- de opdrachtregel -----------------------------------------------------------------------------


def controleer_opdracht(
    invoer: Opdracht, verwacht: Fout, map_: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verwacht.soort == "afsluitcode 2"
    for naam, inhoud in invoer.bestanden.items():
        (map_ / naam).write_bytes(maak(inhoud))
    argumenten = [
        a.replace("{map}", str(map_)).replace("{bestanden}", str(BESTANDEN))
        for a in invoer.argumenten
    ]
    capsys.readouterr()
    opgeruimd: list[str] = []
    vorige_haak = sys.unraisablehook
    sys.unraisablehook = lambda melding: opgeruimd.append(repr(melding.exc_value))
    try:
        with pytest.raises(SystemExit) as einde:
            main(argumenten)
        code = einde.value.code
        del einde  # de traceback houdt de objecten van de opdracht vast
        gc.collect()  # een half geschreven werkmap meldt zich bij het opruimen
    finally:
        sys.unraisablehook = vorige_haak
    assert not opgeruimd, f"fouten bij het opruimen (op stderr): {opgeruimd}"
    uit = capsys.readouterr()
    assert code == 2
    assert uit.out == ""
    regels = uit.err.splitlines()
    assert len(regels) == 1, uit.err
    assert regels[0].startswith("fout: ")
    assert verwacht.melding in regels[0], regels[0]
    assert len(regels[0]) < 600, "een melding blijft kort"


# --- bestanden met toewijzingen -------------------------------------------------------------------


def waarde_in_kolom(toewijzing_: Toewijzing, kolom: str) -> object:
    """De waarde van een schemakolom in de gevalideerde toewijzing."""
    velden: dict[str, object] = {
        "toewijzing_id": toewijzing_.id,
        "woning_id": toewijzing_.woning.id,
        "gemeente": toewijzing_.woning.gemeente,
        "kale_huur": toewijzing_.woning.kale_huur,
        "wijk": toewijzing_.woning.wijk,
        "kern": toewijzing_.woning.kern,
        "huishoudinkomen": toewijzing_.huishouden.vastgesteld_inkomen,
    }
    return velden[kolom]


def controleer_bestand(
    invoer: Toewijzingsbestand,
    verwacht: Fout | Telling,
    map_: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pad = map_ / invoer.naam
    pad.write_bytes(maak(invoer.inhoud))
    geaccepteerd: dict[int, Toewijzing] = {}

    def bij_oordeel(rij: Rijtoewijzing, _: Toetsuitkomst) -> None:
        geaccepteerd[rij.rijnummer] = rij.toewijzing

    def verantwoord_bestand() -> dict[str, object]:
        verslag = verantwoord(
            pad,
            invoer.jaar,
            codering=invoer.codering,
            scheidingsteken=invoer.scheidingsteken,
            decimaalteken=invoer.decimaalteken,
            koppeling=None if invoer.koppeling is None else dict(invoer.koppeling),
            bij_oordeel=bij_oordeel if isinstance(verwacht, Telling) and verwacht.waarden else None,
        )
        return verslag.invoer

    if isinstance(verwacht, Fout):
        assert verwacht.soort == "InvoerFout"
        with pytest.raises(InvoerFout) as info:
            verantwoord_bestand()
        assert info.value.bestand == invoer.naam
        assert verwacht.melding in info.value.melding, info.value.melding
        return

    telling = verantwoord_bestand()
    assert (telling["gelezen"], telling["geaccepteerd"], telling["afgewezen"]) == (
        verwacht.gelezen,
        verwacht.geaccepteerd,
        verwacht.afgewezen,
    )
    # Geen rij verdwijnt: elke gelezen rij is geaccepteerd of afgewezen, en elke afgewezen rij
    # staat met haar rijnummer bij de fouten.
    assert telling["gelezen"] == verwacht.geaccepteerd + verwacht.afgewezen
    assert telling["fouten_niet_getoond"] == 0
    fouten = telling["fouten"]
    assert isinstance(fouten, list)
    afgewezen_rijen = {f["rij"] for f in fouten}
    assert len(afgewezen_rijen) == verwacht.afgewezen
    assert afgewezen_rijen == {a.rij for a in verwacht.afwijzingen}
    assert all(f["bron"] == invoer.naam for f in fouten)
    for afwijzing in verwacht.afwijzingen:
        van_de_rij = [f for f in fouten if f["rij"] == afwijzing.rij]
        assert any(
            f["kolom"] == afwijzing.kolom and afwijzing.melding in f["melding"] for f in van_de_rij
        ), (afwijzing, van_de_rij)
    for f in fouten:
        assert len(f["melding"]) < 500, "een melding blijft kort"
    for w in verwacht.waarden:
        assert w.rij in geaccepteerd, (w, sorted(geaccepteerd))
        gelezen = waarde_in_kolom(geaccepteerd[w.rij], w.kolom)
        if isinstance(gelezen, Decimal):
            assert gelezen == Decimal(w.waarde), (w, gelezen)
        else:
            assert gelezen == w.waarde, (w, gelezen)
    if verwacht.uitvoer_zonder_formules:
        controleer_uitvoer_zonder_formules(pad, verwacht, map_, capsys)


def controleer_uitvoer_zonder_formules(
    pad: Path, verwacht: Telling, map_: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Via de opdrachtregel naar Excel en het foutenbestand: tekst blijft tekst, nooit formule."""
    werkmap, foutenbestand = map_ / "verslag.xlsx", map_ / "fouten.csv"
    argumenten = ["verantwoording", str(pad), "--jaar", "2024", "-o", str(werkmap)]
    assert main([*argumenten, "--fouten", str(foutenbestand), "--stil"]) == 3  # rijen afgewezen
    capsys.readouterr()

    with zipfile.ZipFile(werkmap) as archief:
        for naam in archief.namelist():
            if naam.startswith("xl/worksheets/"):
                xml = archief.read(naam).decode("utf-8")
                assert "<f>" not in xml
                assert "<f " not in xml
    teksten: set[str] = set()
    for blad in openpyxl.load_workbook(werkmap).worksheets:
        for rij in blad.iter_rows():
            for cel in rij:
                if isinstance(cel.value, str):
                    teksten.add(cel.value)
                    if cel.value.startswith(GEVAARLIJK):
                        assert cel.data_type == "s", (blad.title, cel.coordinate)
                        assert cel.quotePrefix, (blad.title, cel.coordinate, cel.value)
    gevaarlijk = {
        w.waarde
        for w in verwacht.waarden
        if w.kolom in IN_WERKMAP and w.waarde.startswith(GEVAARLIJK)
    }
    assert gevaarlijk, "het geval bevat tekst die op een formule lijkt"
    assert gevaarlijk <= teksten, "de tekst staat ongewijzigd in de werkmap"

    with foutenbestand.open(encoding="utf-8", newline="") as bestand:
        regels = list(csv.reader(bestand, delimiter=";"))
    assert regels[0] == ["bestand", "rij", "kolom", "toewijzing_id", "melding"]
    assert len(regels) == 1 + len(verwacht.afwijzingen)
    for regel in regels[1:]:
        assert not any(veld.startswith(GEVAARLIJK) for veld in regel), regel
    bron = pad.name
    assert [r[0] for r in regels[1:]] == [("'" + bron) if bron.startswith(GEVAARLIJK) else bron] * (
        len(regels) - 1
    )


# --- het corpus zelf ------------------------------------------------------------------------------


def test_het_corpus_is_volledig() -> None:
    assert len(GEVALLEN) >= 50
    per_soort = Counter(g.soort for g in GEVALLEN)
    assert set(per_soort) == set(SOORTEN)
    assert min(per_soort.values()) >= 10, per_soort
    ids = [g.id for g in GEVALLEN]
    assert len(set(ids)) == len(ids), "elk geval heeft een eigen id"
    assert all(g.id.startswith(f"{g.soort}-") for g in GEVALLEN)
    ontbrekend = VEREISTE_CATEGORIEEN - {g.categorie for g in GEVALLEN}
    assert not ontbrekend, f"geen geval voor: {sorted(ontbrekend)}"
    for g in GEVALLEN:
        assert g.omschrijving.strip(), g.id
        if isinstance(g.verwacht, Fout):
            assert g.verwacht.melding or g.verwacht.veld, f"{g.id}: zeg wat de melding noemt"


def test_gevallen_in_bestanden_worden_gebruikt() -> None:
    """Elk bestand in ``bestanden/`` hoort bij een geval (of is de geldige basis)."""
    bronnen = Path(__file__).with_name("gevallen.py").read_text(encoding="utf-8")
    for bestand in BESTANDEN.iterdir():
        assert bestand.name in bronnen, bestand.name


def test_de_geldige_basis_wordt_aanvaard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Zonder het gebrek is de invoer van elk geval geldig: elk geval faalt om zijn gebrek."""
    modellen.Persoon.model_validate(persoon())
    modellen.Woning.model_validate(woning())
    modellen.Huishouden.model_validate(huishouden())
    modellen.Toewijzing.model_validate(toewijzing())
    modellen.Inkomensbewijs.model_validate(
        {"soort": "aanslag", "bedrag": "20000", "belastingjaar": 2023}
    )

    register = laad_register({"dekking.toml": DEKKING, "p.toml": parameterbestand()})
    assert register.definities["p"].reeks[0].waarde == Decimal("586.68")
    assert laad_beleid(beleid()).naam == "Proefbeleid"
    met_parameter = beleid(rest=BELEID_PARAMETER.format(eigen="", waarde="1.0"))
    assert "indexatiefactor_t1" in laad_beleid(met_parameter).overschrijvingen
    assert lees_tabel((BESTANDEN / "tabel-geldig.toml").read_bytes()).naam == "voorbeeldstad-2025"

    bestanden = {
        "a.csv": csv_bytes(*GOED),
        "a.jsonl": jsonl(json_rij(1), json_rij(2)),
        "a.xlsx": xlsx(cellen(1), cellen(2))(),
        "a.parquet": parquet(parquet_kolommen())(),
    }
    for naam, inhoud in bestanden.items():
        (tmp_path / naam).write_bytes(inhoud)
        telling = verantwoord(tmp_path / naam, 2024).invoer
        assert (telling["gelezen"], telling["geaccepteerd"], telling["afgewezen"]) == (2, 2, 0)

    assert main(list(toets())) == 0
    assert "Passendheid" in capsys.readouterr().out
