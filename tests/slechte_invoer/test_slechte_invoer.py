"""Slechte invoer geeft altijd een duidelijke Nederlandse fout, en geen rij verdwijnt stil.

Eén test draait elk geval uit :mod:`tests.slechte_invoer.gevallen`; de andere controleren dat het
corpus volledig is en dat de geldige basis van de gevallen wordt aanvaard (zodat elk geval faalt
om het gebrek dat het noemt, en niet om iets anders).

Bij elk geval zoekt de test bovendien elk inkomen, vermogen en elke geboortedatum uit de invoer in
alle meldingen van dat geval (:func:`controleer_privacy`): geen melding noemt een persoonsgegeven.

Alleen het corpus: ``pytest tests/slechte_invoer``; één geval: ``pytest tests/slechte_invoer -k
bestand-csv-groot``.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import os
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from passend_toewijzen import modellen
from passend_toewijzen.beleid import laad_beleid
from passend_toewijzen.cli import main
from passend_toewijzen.fouten import OngeldigeInvoer, ParameterdataOngeldig
from passend_toewijzen.invoer.toewijzingen import Rijtoewijzing
from passend_toewijzen.modellen import Model, Toewijzing
from passend_toewijzen.parameters import laad_register
from passend_toewijzen.tabellen import lees_tabel
from passend_toewijzen.toets import Toetsuitkomst
from passend_toewijzen.verantwoording import InvoerFout, verantwoord
from tests.hulp import huishouden, persoon, toewijzing, woning
from tests.slechte_invoer.gevallen import (
    BELEID_PARAMETER,
    BESTANDEN,
    CATEGORIEEN_ISSUE_11,
    DEKKING,
    GEVALLEN,
    GOED,
    SOORTEN,
    VEREISTE_CATEGORIEEN,
    Aanvaard,
    Afsluiting,
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
    meldingen: list[str]
    if isinstance(invoer, Modelinvoer):
        assert geval.soort == "model"
        assert not isinstance(verwacht, Telling | Afsluiting)
        meldingen = controleer_model(invoer, verwacht)
    elif isinstance(invoer, Databestand):
        assert geval.soort == "datafile"
        assert isinstance(verwacht, Fout)
        controleer_databestand(invoer, verwacht)
        meldingen = []
    elif isinstance(invoer, Opdracht):
        assert geval.soort == "cli"
        assert isinstance(verwacht, Fout | Afsluiting)
        meldingen = controleer_opdracht(invoer, verwacht, tmp_path, capsys)
    else:
        assert geval.soort == "bestand"
        assert isinstance(verwacht, Fout | Telling)
        meldingen = controleer_bestand(invoer, verwacht, tmp_path, capsys)
    controleer_privacy(persoonsgegevens(invoer), meldingen)


# --- persoonsgegevens -----------------------------------------------------------------------------

PERSOONLIJK = frozenset(
    {
        "huishoudinkomen",
        "vastgesteld_inkomen",
        "rendementsgrondslag_box3",
        "bedrag",
        "geboortedatum",
        "--inkomen",
    }
)
"""Velden en kolommen met een inkomen, vermogen of geboortedatum."""


def _vormen(waarde: object) -> set[str]:
    """De schrijfwijzen waarin een waarde in een melding zou kunnen staan."""
    tekst = str(waarde).strip()
    if len(tekst) < 4 or not any(c.isdigit() for c in tekst):
        return set()
    vormen = {tekst}
    try:
        getal = Decimal(tekst.replace(".", "").replace(",", ".") if "," in tekst else tekst)
    except (InvalidOperation, ValueError):
        return vormen
    if getal.is_finite() and getal.adjusted() < 30:
        vormen.add(str(getal))
        vormen.add(f"{getal:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))
    return vormen


def _uit_json(document: object) -> Iterator[str]:
    if isinstance(document, dict):
        for sleutel, waarde in document.items():
            if sleutel in PERSOONLIJK and not isinstance(waarde, dict | list):
                yield from _vormen(waarde)
            else:
                yield from _uit_json(waarde)
    elif isinstance(document, list):
        for waarde in document:
            yield from _uit_json(waarde)


def _uit_bestand(naam: str, inhoud: bytes) -> Iterator[str]:
    """De persoonlijke waarden in een invoerbestand (CSV, JSON, JSON Lines, Excel, Parquet)."""
    extensie = Path(naam).suffix.lower()
    if extensie in (".csv", ".txt"):
        # UTF-16 alleen met BOM: zonder BOM "lukt" UTF-16 ook bij elke cp1252-tekst van een even
        # aantal bytes (en geeft dan onzin).
        utf16 = ("utf-16",) if inhoud[:2] in (b"\xff\xfe", b"\xfe\xff") else ()
        for codering in ("utf-8-sig", *utf16, "cp1252", "latin-1"):
            try:
                tekst = inhoud.decode(codering)
                break
            except UnicodeDecodeError:
                continue
        regels = [r for r in tekst.replace("\0", "").splitlines() if r.strip()]
        koppen: list[str] = []
        for velden in csv.reader(regels, delimiter=";"):
            if not koppen and "toewijzing_id" in velden:
                koppen = velden
                continue
            for kop, waarde in zip(koppen, velden, strict=False):
                if kop in PERSOONLIJK:
                    yield from _vormen(waarde)
    elif extensie in (".json", ".jsonl"):
        for regel in [inhoud] if extensie == ".json" else inhoud.splitlines():
            try:
                yield from _uit_json(json.loads(regel))
            except (ValueError, RecursionError):
                continue
    elif extensie == ".xlsx":
        try:
            blad = openpyxl.load_workbook(io.BytesIO(inhoud), read_only=True).worksheets
        except Exception:
            return
        for werkblad in blad:
            koppen = []
            for rij in werkblad.iter_rows(values_only=True):
                if not koppen and "toewijzing_id" in rij:
                    koppen = [str(k) for k in rij]
                    continue
                for naam_kolom, cel in zip(koppen, rij, strict=False):
                    if naam_kolom in PERSOONLIJK and cel is not None:
                        yield from _vormen(cel)
    elif extensie == ".parquet":
        import pyarrow.parquet as pq

        try:
            tabel = pq.read_table(io.BytesIO(inhoud))
        except Exception:
            return
        for kolom in PERSOONLIJK & set(tabel.column_names):
            for waarde in tabel.column(kolom).to_pylist():
                if waarde is not None:
                    yield from _vormen(waarde)


def persoonsgegevens(invoer: object) -> set[str]:
    """Alle inkomens, vermogens en geboortedata in de invoer van een geval."""
    gevonden: set[str] = set()
    if isinstance(invoer, Modelinvoer):
        if invoer.json is not None:
            with contextlib.suppress(ValueError, RecursionError):
                gevonden.update(_uit_json(json.loads(invoer.json)))
        else:
            gevonden.update(_uit_json(invoer.gegevens))
    elif isinstance(invoer, Opdracht):
        for i, argument in enumerate(invoer.argumenten[:-1]):
            if argument in PERSOONLIJK:
                gevonden.update(_vormen(invoer.argumenten[i + 1]))
        for naam, inhoud in invoer.bestanden.items():
            gevonden.update(_uit_bestand(naam, maak(inhoud)))
    elif isinstance(invoer, Toewijzingsbestand):
        for naam, inhoud in ((invoer.naam, invoer.inhoud), *invoer.meer):
            gevonden.update(_uit_bestand(naam, maak(inhoud)))
    return gevonden


def controleer_privacy(waarden: Iterable[str], meldingen: Iterable[str]) -> None:
    """Geen melding noemt een van de waarden (een inkomen, vermogen of geboortedatum)."""
    gevonden = [(w, m) for m in meldingen for w in waarden if w in m]
    assert not gevonden, f"een melding noemt een persoonsgegeven: {gevonden[:3]}"


def test_de_privacycontrole_vindt_een_geciteerd_inkomen() -> None:
    """De controle zelf kan falen: een melding die een inkomen citeert, wordt gevonden."""
    waarden = _vormen("31.250")
    with pytest.raises(AssertionError, match="persoonsgegeven"):
        controleer_privacy(waarden, ["rij 5, kolom huishoudinkomen: '31.250' is dubbelzinnig"])
    with pytest.raises(AssertionError, match="persoonsgegeven"):
        controleer_privacy(_vormen("100000000.01"), ["€ 100.000.000,01 is onwaarschijnlijk hoog"])
    controleer_privacy(waarden, ["rij 5, kolom huishoudinkomen: dubbelzinnig bedrag"])
    assert persoonsgegevens(Opdracht(("toets", "--inkomen", "55.000"))) >= {"55.000"}


# --- modellen -------------------------------------------------------------------------------------


def valideer(invoer: Modelinvoer) -> Model:
    model: type[Model] = getattr(modellen, invoer.model)
    if invoer.json is not None:
        return model.model_validate_json(invoer.json)
    return model.model_validate(invoer.gegevens)


def controleer_model(invoer: Modelinvoer, verwacht: Fout | Aanvaard) -> list[str]:
    if isinstance(verwacht, Aanvaard):
        waarde: object = valideer(invoer)
        for deel in verwacht.veld.split("."):
            waarde = getattr(waarde, deel)
        assert waarde == verwacht.waarde
        return []
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
    assert not any(n in str(fout) for n in verwacht.niet), str(fout)
    return [str(fout)]


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
    assert not any(n in str(fout) for n in verwacht.niet), str(fout)


# --- de opdrachtregel -----------------------------------------------------------------------------


def controleer_opdracht(
    invoer: Opdracht, verwacht: Fout | Afsluiting, map_: Path, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    for naam in invoer.mappen:
        (map_ / naam).mkdir(parents=True, exist_ok=True)
    for naam, inhoud in invoer.bestanden.items():
        (map_ / naam).parent.mkdir(parents=True, exist_ok=True)
        (map_ / naam).write_bytes(maak(inhoud))
    for naam, koppeling in invoer.koppelingen.items():
        if koppeling.soort == "symbolisch":
            (map_ / naam).symlink_to(map_ / koppeling.naar)
        else:
            os.link(map_ / koppeling.naar, map_ / naam)
    voor = {p: p.read_bytes() for p in map_.rglob("*") if p.is_file()}
    argumenten = [
        a.replace("{map}", str(map_)).replace("{bestanden}", str(BESTANDEN))
        for a in invoer.argumenten
    ]
    capsys.readouterr()
    opgeruimd: list[str] = []
    vorige_haak = sys.unraisablehook
    sys.unraisablehook = lambda melding: opgeruimd.append(repr(melding.exc_value))
    try:
        if isinstance(verwacht, Afsluiting):
            code: object = main(argumenten)
        else:
            with pytest.raises(SystemExit) as einde:
                main(argumenten)
            code = einde.value.code
            del einde  # de traceback houdt de objecten van de opdracht vast
        gc.collect()  # een half geschreven werkmap meldt zich bij het opruimen
    finally:
        sys.unraisablehook = vorige_haak
    assert not opgeruimd, f"fouten bij het opruimen (op stderr): {opgeruimd}"
    uit = capsys.readouterr()
    # Niets van de invoer is veranderd, en er blijft geen tijdelijk bestand achter.
    na = {p: p.read_bytes() for p in map_.rglob("*") if p.is_file()}
    assert {p: na.get(p) for p in voor} == voor, "een invoerbestand is veranderd"
    assert not [p for p in na if p.name.endswith(".tmp")], "een tijdelijk bestand bleef achter"
    regels = uit.err.splitlines()
    if isinstance(verwacht, Afsluiting):
        assert code == verwacht.code, uit.err
        assert regels, "een afsluitcode anders dan 0 zegt waarom op stderr"
        assert verwacht.melding in regels[-1], uit.err
        return [*regels, uit.out]
    assert verwacht.soort == "afsluitcode 2"
    assert code == 2, uit.err
    assert uit.out == ""
    assert len(regels) == 1, uit.err
    assert regels[0].startswith("fout: ")
    assert verwacht.melding in regels[0], regels[0]
    assert len(regels[0]) < 600, "een melding blijft kort"
    assert not any(n in regels[0] for n in verwacht.niet), regels[0]
    assert not set(na) - set(voor), f"na een fout is er iets geschreven: {set(na) - set(voor)}"
    return regels


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
        "huuringangsdatum": toewijzing_.huuringangsdatum.isoformat(),
        "huishoudinkomen": toewijzing_.huishouden.vastgesteld_inkomen,
    }
    return velden[kolom]


def controleer_bestand(
    invoer: Toewijzingsbestand,
    verwacht: Fout | Telling,
    map_: Path,
    capsys: pytest.CaptureFixture[str],
) -> list[str]:
    paden = []
    for naam, inhoud in ((invoer.naam, invoer.inhoud), *invoer.meer):
        pad = map_ / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_bytes(maak(inhoud))
        paden.append(pad)
    pad = paden[0]
    geaccepteerd: dict[tuple[str, int], Toewijzing] = {}
    opmerkingen: list[str] = []

    def bij_oordeel(rij: Rijtoewijzing, _: Toetsuitkomst) -> None:
        geaccepteerd[(rij.bron, rij.rijnummer)] = rij.toewijzing

    def verantwoord_bestand() -> dict[str, Any]:
        verslag = verantwoord(
            paden if invoer.meer else pad,
            invoer.jaar,
            codering=invoer.codering,
            scheidingsteken=invoer.scheidingsteken,
            decimaalteken=invoer.decimaalteken,
            koppeling=None if invoer.koppeling is None else dict(invoer.koppeling),
            blad=invoer.blad,
            kopregel=invoer.kopregel,
            bij_oordeel=bij_oordeel if isinstance(verwacht, Telling) and verwacht.waarden else None,
        )
        opmerkingen.extend(verslag.opmerkingen)
        return verslag.invoer

    if isinstance(verwacht, Fout):
        assert verwacht.soort == "InvoerFout"
        with pytest.raises(InvoerFout) as info:
            verantwoord_bestand()
        assert info.value.bestand in (invoer.naam, *(n for n, _ in invoer.meer))
        assert verwacht.melding in info.value.melding, info.value.melding
        assert not any(n in info.value.melding for n in verwacht.niet), info.value.melding
        return [str(info.value)]

    telling = verantwoord_bestand()
    assert (
        telling["gelezen"],
        telling["geaccepteerd"],
        telling["afgewezen"],
        telling["leeg"],
    ) == (verwacht.gelezen, verwacht.geaccepteerd, verwacht.afgewezen, verwacht.leeg)
    # Geen rij verdwijnt: elke gelezen rij is geaccepteerd, afgewezen of leeg, en elke afgewezen
    # rij staat met haar rijnummer bij de fouten.
    assert telling["gelezen"] == verwacht.geaccepteerd + verwacht.afgewezen + verwacht.leeg
    assert telling["fouten_niet_getoond"] == 0
    fouten = telling["fouten"]
    assert isinstance(fouten, list)
    afgewezen_rijen = {f["rij"] for f in fouten}
    assert len({(f["bron"], f["rij"]) for f in fouten}) == verwacht.afgewezen
    assert afgewezen_rijen == {a.rij for a in verwacht.afwijzingen}
    namen = {b["naam"] for b in telling["bestanden"]}
    assert len(telling["bestanden"]) == 1 + len(invoer.meer), "elk bestand in het ontvangstbewijs"
    assert all(f["bron"] in namen for f in fouten)
    for stuk in verwacht.opmerkingen:
        assert any(stuk in o for o in opmerkingen), (stuk, opmerkingen)
    for afwijzing in verwacht.afwijzingen:
        van_de_rij = [f for f in fouten if f["rij"] == afwijzing.rij]
        assert any(
            f["kolom"] == afwijzing.kolom and afwijzing.melding in f["melding"] for f in van_de_rij
        ), (afwijzing, van_de_rij)
    for f in fouten:
        assert len(f["melding"]) < 500, "een melding blijft kort"
    for w in verwacht.waarden:
        gevonden = [t for (bron, r), t in geaccepteerd.items() if r == w.rij]
        assert len(gevonden) == 1, (w, sorted(geaccepteerd))
        gelezen = waarde_in_kolom(gevonden[0], w.kolom)
        if isinstance(gelezen, Decimal):
            assert gelezen == Decimal(w.waarde), (w, gelezen)
        else:
            assert gelezen == w.waarde, (w, gelezen)
    if verwacht.uitvoer_zonder_formules:
        controleer_uitvoer_zonder_formules(pad, verwacht, map_, capsys)
    return [f["melding"] for f in fouten] + opmerkingen


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
    assert len(GEVALLEN) >= 168 + 40, "issue 11: minstens 40 gevallen meer dan de 168 ervoor"
    per_soort = Counter(g.soort for g in GEVALLEN)
    assert set(per_soort) == set(SOORTEN)
    assert min(per_soort.values()) >= 10, per_soort
    ids = [g.id for g in GEVALLEN]
    assert len(set(ids)) == len(ids), "elk geval heeft een eigen id"
    assert all(g.id.startswith(f"{g.soort}-") for g in GEVALLEN)
    ontbrekend = (VEREISTE_CATEGORIEEN | CATEGORIEEN_ISSUE_11) - {g.categorie for g in GEVALLEN}
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
