"""Het corpus van slechte invoer: per geval de invoer en de verwachte, duidelijke uitkomst.

Elk geval heeft een ``id``, een ``soort``, een korte Nederlandse ``omschrijving`` van wat er mis is,
een ``categorie`` (welk soort gebrek), de ``invoer`` en wat er ``verwacht`` wordt. Er zijn vier
soorten invoer:

``model``
    De invoermodellen (``Persoon``, ``Huishouden``, ``Inkomensbewijs``, ``Woning``,
    ``Toewijzing``) via ``model_validate`` of ``model_validate_json``. Verwacht: een
    ``OngeldigeInvoer`` met een melding bij het genoemde veld; of, bij tekst die op een formule
    lijkt, dat de tekst ongewijzigd als gegeven wordt aanvaard.
``datafile``
    Wettelijke parameterdata (``laad_register``), lokaal beleid (``laad_beleid``) of een
    huur-inkomenstabel (``lees_tabel``). Verwacht: ``ParameterdataOngeldig`` die bestand en veld
    noemt.
``cli``
    De opdrachtregel ``passend-toewijzen``. Verwacht: afsluitcode 2 en precies één regel
    ``fout: ...`` op stderr, zonder Python-traceback; of (:class:`Afsluiting`) een andere
    gedocumenteerde afsluitcode met een regel op stderr. Elk bestand dat het geval in ``{map}``
    zet, is na de opdracht byte voor byte hetzelfde: de opdrachtregel overschrijft nooit invoer.
``bestand``
    Een bestand (of meer) met toewijzingen voor de jaarverantwoording (``verantwoord``).
    Verwacht: een ``InvoerFout`` voor het bestand als geheel, of de telling: gelezen =
    geaccepteerd + afgewezen + leeg, en elke afgewezen rij met haar rijnummer, de kolom en de
    reden (geen rij verdwijnt stil).

Geen melding van enig geval noemt een inkomen, vermogen of geboortedatum uit de invoer: de test
``test_geen_persoonsgegevens_in_meldingen`` zoekt de waarden van die velden in elke melding.

Invoer die een vreemde codering of binaire inhoud heeft, wordt hier gemaakt (in de test naar een
tijdelijke map geschreven); kleine leesbare voorbeelden staan in ``bestanden/``. In de tekst van
opdrachtregels staat ``{map}`` voor die tijdelijke map en ``{bestanden}`` voor ``bestanden/``.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from passend_toewijzen.invoer.cellen import Decimaalteken
from tests.hulp import huishouden, persoon, toewijzing, woning
from tests.verantwoording_hulp import KOPPEN, rij

__all__ = [
    "BESTANDEN",
    "CATEGORIEEN_ISSUE_11",
    "GEVALLEN",
    "SOORTEN",
    "VEREISTE_CATEGORIEEN",
    "Aanvaard",
    "Afsluiting",
    "Afwijzing",
    "Databestand",
    "Fout",
    "Geval",
    "Inhoud",
    "Koppeling",
    "Modelinvoer",
    "Opdracht",
    "Telling",
    "Toewijzingsbestand",
    "Waarde",
    "maak",
]

BESTANDEN = Path(__file__).parent / "bestanden"

Soort = Literal["model", "datafile", "cli", "bestand"]
SOORTEN: tuple[Soort, ...] = ("model", "datafile", "cli", "bestand")

Inhoud = bytes | Callable[[], bytes]
"""De inhoud van een bestand, of een functie die haar maakt (pas als de test draait)."""


def maak(inhoud: Inhoud) -> bytes:
    """De bytes van een inhoud."""
    return inhoud if isinstance(inhoud, bytes) else inhoud()


# --- invoer ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Modelinvoer:
    """Invoer voor een model: Python-gegevens (``model_validate``) of JSON (``..._json``)."""

    model: Literal["Persoon", "Huishouden", "Inkomensbewijs", "Woning", "Toewijzing"]
    gegevens: object = None
    json: str | bytes | None = None


@dataclass(frozen=True)
class Databestand:
    """Een gegevensbestand voor een van de laders."""

    lader: Literal["parameters", "dekking", "beleid", "tabel"]
    """``parameters``: een parameterbestand naast een geldig ``dekking.toml``; ``dekking``: het
    dekkingsbestand naast een geldig parameterbestand; ``beleid``: ``laad_beleid``; ``tabel``:
    ``lees_tabel``."""
    inhoud: Inhoud
    naam: str = ""
    """De bestandsnaam (standaard: p.toml, dekking.toml, beleid.toml of tabel.toml)."""


@dataclass(frozen=True)
class Koppeling:
    """Een koppeling in ``{map}`` naar een ander bestand daar: symbolisch of hard."""

    naar: str
    soort: Literal["symbolisch", "hard"] = "symbolisch"


@dataclass(frozen=True)
class Opdracht:
    """Een opdrachtregel; ``bestanden`` (ook in submappen: ``"jan/a.csv"``) en ``koppelingen``
    worden eerst in ``{map}`` gezet; ``mappen`` zijn lege mappen die er ook komen."""

    argumenten: tuple[str, ...]
    bestanden: Mapping[str, Inhoud] = field(default_factory=dict)
    koppelingen: Mapping[str, Koppeling] = field(default_factory=dict)
    mappen: tuple[str, ...] = ()


@dataclass(frozen=True)
class Toewijzingsbestand:
    """Een bestand met toewijzingen en de opties voor ``verantwoord``."""

    naam: str
    inhoud: Inhoud
    jaar: int | None = 2024
    codering: str | None = None
    scheidingsteken: str | None = None
    decimaalteken: Decimaalteken = "auto"
    koppeling: Mapping[str, str] | None = None
    blad: str | None = None
    kopregel: int | None = None
    meer: tuple[tuple[str, Inhoud], ...] = ()
    """Meer bestanden, samen met dit gelezen (naam met map, zoals ``"feb/export.csv"``)."""


# --- verwachtingen --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fout:
    """De verwachte fout: het soort, een stuk van de Nederlandse melding en het genoemde veld."""

    soort: Literal["OngeldigeInvoer", "ParameterdataOngeldig", "InvoerFout", "afsluitcode 2"]
    melding: str
    veld: str | None = None
    """Bij modellen het pad van het veld (``""``: het model als geheel); bij gegevensbestanden het
    veld zoals de melding het noemt."""
    niet: tuple[str, ...] = ()
    """Tekst die níet in de melding mag staan (zoals API-namen in een melding van de
    opdrachtregel, of een geciteerd bedrag)."""


@dataclass(frozen=True)
class Afsluiting:
    """De opdracht eindigt met deze afsluitcode; de laatste regel op stderr bevat ``melding``."""

    code: int
    melding: str


@dataclass(frozen=True)
class Aanvaard:
    """Het model aanvaardt de invoer; het veld (pad met punten) heeft precies deze waarde."""

    veld: str
    waarde: object


@dataclass(frozen=True)
class Afwijzing:
    """Een afgewezen rij: rijnummer, kolom (``None``: de hele rij) en een stuk van de reden."""

    rij: int
    kolom: str | None
    melding: str


@dataclass(frozen=True)
class Waarde:
    """Een geaccepteerde rij: deze kolom is gelezen als precies deze waarde."""

    rij: int
    kolom: str
    waarde: str


@dataclass(frozen=True)
class Telling:
    """De telling van een bestand: elke afgewezen rij staat in ``afwijzingen`` (en geen andere)."""

    gelezen: int
    geaccepteerd: int
    afgewezen: int
    afwijzingen: tuple[Afwijzing, ...] = ()
    waarden: tuple[Waarde, ...] = ()
    leeg: int = 0
    """Rijen waarvan elke cel leeg is (overgeslagen en geteld)."""
    opmerkingen: tuple[str, ...] = ()
    """Stukken tekst die in de opmerkingen van het verslag staan (bijvoorbeeld over een kolom die
    niet gebruikt wordt)."""
    uitvoer_zonder_formules: bool = False
    """Ook via de opdrachtregel naar Excel en het foutenbestand (CSV): geen cel is een formule."""


@dataclass(frozen=True)
class Geval:
    """Eén geval van slechte invoer."""

    id: str
    soort: Soort
    categorie: str
    omschrijving: str
    invoer: Modelinvoer | Databestand | Opdracht | Toewijzingsbestand
    verwacht: Fout | Aanvaard | Telling | Afsluiting


# --- bouwstenen voor de invoer --------------------------------------------------------------------


def csv_regel(r: Mapping[str, str], koppen: Sequence[str] = KOPPEN, teken: str = ";") -> str:
    """Eén CSV-regel met de waarden van rij ``r`` in de volgorde van ``koppen``."""
    uit = io.StringIO()
    csv.writer(uit, delimiter=teken, lineterminator="\r\n").writerow([r.get(k, "") for k in koppen])
    return uit.getvalue()


def csv_tekst(*rijen: Mapping[str, str], koppen: Sequence[str] = KOPPEN, teken: str = ";") -> str:
    """Een CSV-bestand als tekst: de kopregel en de rijen."""
    return teken.join(koppen) + "\r\n" + "".join(csv_regel(r, koppen, teken) for r in rijen)


def csv_bytes(*rijen: Mapping[str, str], koppen: Sequence[str] = KOPPEN) -> bytes:
    """Een CSV-bestand in UTF-8."""
    return csv_tekst(*rijen, koppen=koppen).encode("utf-8")


def uit_bestand(naam: str) -> Callable[[], bytes]:
    """De inhoud van een bestand in ``bestanden/``."""
    return (BESTANDEN / naam).read_bytes


def cellen(nummer: int, **waarden: object) -> list[object]:
    """De cellen van een Excel-rij (volgorde van ``KOPPEN``) met eigen waarden van elk type."""
    basis: dict[str, object] = {k: v or None for k, v in rij(nummer).items()}
    basis.update(waarden)
    return [basis.get(k) for k in KOPPEN]


def xlsx(*rijen: Sequence[object], koppen: Sequence[object] | None = KOPPEN) -> Callable[[], bytes]:
    """Een Excel-werkmap met één blad: de kopregel (tenzij ``None``) en de rijen."""

    def maak_werkmap() -> bytes:
        import openpyxl

        boek = openpyxl.Workbook()
        blad = boek.active
        assert blad is not None
        if koppen is not None:
            blad.append(list(koppen))
        for r in rijen:
            blad.append(list(r))
        uit = io.BytesIO()
        boek.save(uit)
        return uit.getvalue()

    return maak_werkmap


def parquet(kolommen: Callable[[], Mapping[str, Any]]) -> Callable[[], bytes]:
    """Een Parquet-bestand met de kolommen (pyarrow-arrays) die ``kolommen()`` geeft."""

    def maak_parquet() -> bytes:
        import pyarrow as pa
        import pyarrow.parquet as pq

        uit = io.BytesIO()
        pq.write_table(pa.table(dict(kolommen())), uit)
        return uit.getvalue()

    return maak_parquet


def parquet_kolommen(**eigen: Callable[[Any], Any]) -> Callable[[], Mapping[str, Any]]:
    """Twee geldige rijen als tekstkolommen; ``eigen`` maakt de kolommen met een eigen type."""

    def kolommen() -> Mapping[str, Any]:
        import pyarrow as pa

        rijen = [rij(1), rij(2)]
        uit: dict[str, Any] = {
            k: pa.array([r.get(k) or None for r in rijen], type=pa.string()) for k in KOPPEN
        }
        for naam, maak_kolom in eigen.items():
            uit[naam] = maak_kolom(pa)
        return uit

    return kolommen


def json_rij(nummer: int, ruw: Mapping[str, str] | None = None, **waarden: object) -> str:
    """Eén regel JSON Lines: een geldige rij met eigen waarden; ``ruw``: letterlijke JSON."""
    object_: dict[str, object] = {**rij(nummer), **waarden}
    for sleutel in ruw or {}:
        object_[sleutel] = f"@@{sleutel}@@"
    tekst = json.dumps(object_, ensure_ascii=False)
    for sleutel, waarde in (ruw or {}).items():
        tekst = tekst.replace(f'"@@{sleutel}@@"', waarde)
    return tekst


def jsonl(*regels: str) -> bytes:
    """Een JSON Lines-bestand in UTF-8."""
    return ("\n".join(regels) + "\n").encode("utf-8")


def cp1252_midden() -> bytes:
    """3000 rijen UTF-8 (ruim 64 kB, dus als UTF-8 herkend), dan één rij in Windows-1252."""
    goed = csv_bytes(*(rij(i) for i in range(1, 3001)))
    return goed + csv_regel(rij(3001, gemeente="Súdwest-Fryslân")).encode("cp1252")


DIEP = b"[" * 100_000 + b"]" * 100_000
"""JSON die 100.000 lijsten diep genest is."""

TE_VEEL_CIJFERS = "9" * 5000
"""Een geheel getal met meer cijfers dan Python standaard uit tekst omzet."""


# --- wettelijke parameterdata, beleid en tabellen -------------------------------------------------

DEKKING = b"""schema_versie = 1
data_versie = "slechte-invoer"
dekking_van = 2020-01-01
dekking_tot = 2021-12-31
toelichting = "testdata voor het corpus van slechte invoer"
"""


def parameterbestand(
    waarde: str = "586.68",
    *,
    eenheid: str = "euro per maand",
    geldig_vanaf: str = "2020-01-01",
    extra: str = "",
) -> bytes:
    """Een parameterbestand met één parameter ``p`` en één waarde (standaard geldig)."""
    return f"""[bestand]
omschrijving = "slechte invoer"

[bronnen.regeling]
titel = "Regeling"
uitgever = "Staatscourant"
url = "https://zoek.officielebekendmakingen.nl/stcrt-0000-1.html"
soort = "officieel"

[parameters.p]
omschrijving = "een parameter"
eenheid = "{eenheid}"
grondslag = "art. 1"
herziening = "bij wetswijziging"
{extra}
[[parameters.p.waarden]]
geldig_vanaf = {geldig_vanaf}
waarde = {waarde}
bron = "regeling"
status = "definitief"
""".encode()


def beleid(kop: str = 'naam = "Proefbeleid"', rest: str = "") -> bytes:
    """Een beleidsbestand: de tabel ``[beleid]`` met ``kop`` en daarna ``rest``."""
    return f"[beleid]\n{kop}\n\n{rest}".encode()


BELEID_PARAMETER = """[bronnen.regeling-2024]
titel = "FICTIEF voorbeeld"
uitgever = "Staatscourant"
url = "https://zoek.officielebekendmakingen.nl/"
soort = "officieel"

[parameters.indexatiefactor_t1]
vervangt_wettelijke_waarde = true
{eigen}
[[parameters.indexatiefactor_t1.waarden]]
geldig_vanaf = 2024-01-01
waarde = {waarde}
bron = "regeling-2024"
status = "definitief"
"""


def tabel_met(oud: str, nieuw: str) -> Callable[[], bytes]:
    """De geldige tabel uit ``bestanden/`` met één wijziging (``oud`` moet erin staan)."""

    def maak_tabel() -> bytes:
        tekst = (BESTANDEN / "tabel-geldig.toml").read_text(encoding="utf-8")
        assert oud in tekst, oud
        return tekst.replace(oud, nieuw, 1).encode("utf-8")

    return maak_tabel


# --- de opdrachtregel -----------------------------------------------------------------------------


def toets(
    *,
    datum: str = "2024-03-01",
    personen: str = "2",
    inkomen: str = "25000",
    kale_huur: str = "650",
) -> tuple[str, ...]:
    """``passend-toewijzen toets`` met de snelle opties."""
    return (
        "toets",
        "--huuringangsdatum",
        datum,
        "--personen",
        personen,
        "--inkomen",
        inkomen,
        "--kale-huur",
        kale_huur,
    )


def toewijzing_json(**velden: Any) -> bytes:
    """Een Toewijzing-document (JSON, UTF-8)."""
    return json.dumps(toewijzing(**velden), ensure_ascii=False).encode("utf-8")


WONING_JSON = json.dumps(woning()).encode()
RANGSCHIK = ("--tabel", "woongaard-2015", "--datum", "2018-03-01")


# --- het groot bestand ----------------------------------------------------------------------------

GROOT_AANTAL = 200_000
"""Het aantal rijen van het grote bestand (zonder de kopregel)."""

GROOT_FOUTEN: dict[int, tuple[str | None, str, str]] = {
    # rijnummer: (kolom, slechte waarde of "<te veel>", stuk van de melding)
    2: ("kale_huur", "-600,00", "niet negatief"),
    5_001: ("huuringangsdatum", "2022-02-30", "geen bestaande datum"),
    5_002: ("huishoudinkomen", "31.250", "dubbelzinnig"),
    77_777: ("aantal_personen", "31", "verwacht 1 tot en met 30"),
    100_001: ("kale_huur", "6504300", "onwaarschijnlijk hoog"),
    123_456: (None, "<te veel>", f"{len(KOPPEN) + 1} waarden, maar {len(KOPPEN)} kolomkoppen"),
    150_000: ("woningsoort", "villa", "geen geldige keuze"),
    175_000: ("daeb", "misschien", "geen ja/nee-waarde"),
    199_999: ("toewijzing_id", "<dubbel>", "komt al voor in rij 3"),
    200_001: ("toewijzingsdatum", "31-04-2022", "geen bestaande datum"),
}
"""De slechte rijen van het grote bestand, verspreid (ook op de grens van een stuk van 5000)."""


def groot_bestand() -> bytes:
    """200.000 rijen: vrijwel alle in 2022 (gevalideerd, buiten het verslagjaar 2024), elke 1000e
    rij in 2024 (ook getoetst), en de slechte rijen van :data:`GROOT_FOUTEN`."""
    posities = {k: i for i, k in enumerate(KOPPEN)}
    regels = [";".join(KOPPEN)]
    for nummer in range(2, GROOT_AANTAL + 2):
        waarden = [""] * len(KOPPEN)
        r = rij(nummer, huuringangsdatum="2022-03-01", toewijzingsdatum="2022-02-10")
        if nummer % 1000 == 0:
            r.update(huuringangsdatum="2024-03-01", toewijzingsdatum="2024-02-10")
        for k, v in r.items():
            waarden[posities[k]] = v
        slecht = GROOT_FOUTEN.get(nummer)
        if slecht is not None:
            kolom, waarde, _ = slecht
            if waarde == "<te veel>":
                waarden.append("extra")
            elif waarde == "<dubbel>":
                waarden[posities["toewijzing_id"]] = rij(3)["toewijzing_id"]
            else:
                assert kolom is not None
                waarden[posities[kolom]] = waarde
        regels.append(";".join(waarden))
    return ("\r\n".join(regels) + "\r\n").encode("utf-8")


# --- bouwstenen voor de gevallen van issue 11 ----------------------------------------------------

STAART = ";" * (len(KOPPEN) - 1) + "\r\n"
"""Een rij met alleen scheidingstekens: de staart van veel Excel-exports."""


def bytes_met(*delen: str | bytes) -> bytes:
    """Tekst (UTF-8) en bytes achter elkaar."""
    return b"".join(d.encode("utf-8") if isinstance(d, str) else d for d in delen)


def xlsx_rijen(*rijen: Sequence[object], bladen: Sequence[str] = ()) -> Callable[[], bytes]:
    """Een werkmap met precies deze rijen (geen kopregel vooraf); ``bladen`` komen ervóór."""

    def maak_werkmap() -> bytes:
        import openpyxl

        boek = openpyxl.Workbook()
        eerste = boek.active
        assert eerste is not None
        for naam in bladen:
            boek.create_sheet(naam, 0).append(["notities"])
        eerste.title = "Toewijzingen"
        for r in rijen:
            eerste.append(list(r))
        uit = io.BytesIO()
        boek.save(uit)
        return uit.getvalue()

    return maak_werkmap


def parquet_met_lege_rij() -> Callable[[], bytes]:
    """Twee geldige rijen en een record waarvan elke waarde leeg (null) is."""

    def kolommen() -> Mapping[str, Any]:
        import pyarrow as pa

        rijen = [rij(1), {}, rij(2)]
        return {k: pa.array([r.get(k) or None for r in rijen], type=pa.string()) for k in KOPPEN}

    return parquet(kolommen)


def vorig_verslag(**wijzigingen: Any) -> Callable[[], bytes]:
    """Een echt JSON-verslag over 2023 (Proef), met ``wijzigingen`` (pad met punten → waarde)."""

    def maak_verslag() -> bytes:
        import tempfile

        from passend_toewijzen.verantwoording import verantwoord
        from passend_toewijzen.verantwoording.uitvoer.json import als_json

        with tempfile.TemporaryDirectory() as map_:
            pad = Path(map_) / "2023.csv"
            rijen = (
                rij(i, huuringangsdatum="2023-03-01", toewijzingsdatum="2023-02-01")
                for i in range(1, 11)
            )
            pad.write_bytes(csv_bytes(*rijen))
            document = json.loads(als_json(verantwoord(pad, 2023, corporatie="Proef")))
        for sleutel, waarde in wijzigingen.items():
            doel = document
            *weg, laatste = sleutel.split("__")
            for deel in weg:
                doel = doel[deel]
            doel[laatste] = waarde
        return json.dumps(document).encode("utf-8")

    return maak_verslag


VERANTWOORDING_2024 = ("verantwoording", "{map}/a.csv", "--jaar", "2024", "--corporatie", "Proef")


# --- de categorieën -------------------------------------------------------------------------------

VEREISTE_CATEGORIEEN = frozenset(
    {
        "codering",
        "binair",
        "decimale komma",
        "dubbelzinnig bedrag",
        "duizendtallen",
        "ontbrekende kolom",
        "dubbele kolom",
        "leeg bestand",
        "alleen kopregel",
        "aantal velden",
        "negatief bedrag",
        "absurd bedrag",
        "onmogelijke datum",
        "datum met tijd",
        "datum buiten dekking",
        "huishouden zonder personen",
        "twee aanvragers",
        "meer dan 30 personen",
        "onbekende keuze",
        "ja/nee als tekst",
        "geen exacte centen",
        "formule",
        "groot bestand",
    }
)
"""De soorten gebreken die het corpus minstens moet bevatten (de opdracht, item 4)."""


# --- de gevallen ----------------------------------------------------------------------------------

MODELGEVALLEN = [
    Geval(
        "model-woning-huur-boven-maximum",
        "model",
        "absurd bedrag",
        "kale huur € 25.000,01 per maand: boven de plausibiliteitsgrens van € 25.000",
        Modelinvoer("Woning", woning(kale_huur="25000.01")),
        Fout("OngeldigeInvoer", "onwaarschijnlijk hoog voor een bedrag per maand", "kale_huur"),
    ),
    Geval(
        "model-woning-huur-in-centen",
        "model",
        "absurd bedrag",
        "kale huur 65043 (€ 650,43 in centen opgegeven)",
        Modelinvoer("Woning", woning(kale_huur=65043)),
        Fout("OngeldigeInvoer", "staat het bedrag misschien in centen?", "kale_huur"),
    ),
    Geval(
        "model-huishouden-inkomen-boven-maximum",
        "model",
        "absurd bedrag",
        "huishoudinkomen € 100.000.000,01 per jaar",
        Modelinvoer("Huishouden", huishouden(vastgesteld_inkomen="100000000.01")),
        Fout("OngeldigeInvoer", "onwaarschijnlijk hoog voor een inkomen", "vastgesteld_inkomen"),
    ),
    Geval(
        "model-huishouden-vermogen-boven-maximum",
        "model",
        "absurd bedrag",
        "rendementsgrondslag box 3 van € 10.000.000.000,01",
        Modelinvoer(
            "Huishouden",
            huishouden(rendementsgrondslag_box3="10000000000.01", verzoek_art_54a=True),
        ),
        Fout(
            "OngeldigeInvoer", "onwaarschijnlijk hoog voor een vermogen", "rendementsgrondslag_box3"
        ),
    ),
    Geval(
        "model-inkomensbewijs-bedrag-1e400",
        "model",
        "absurd bedrag",
        "inkomen 1e400 in JSON: de melding schrijft geen 400 cijfers uit",
        Modelinvoer(
            "Inkomensbewijs",
            json='{"soort": "aanslag", "bedrag": 1e400, "belastingjaar": 2023}',
        ),
        Fout(
            "OngeldigeInvoer",
            "het bedrag is onwaarschijnlijk hoog voor een inkomen per jaar",
            "bedrag",
            niet=("401 cijfers",),
        ),
    ),
    Geval(
        "model-woning-huur-1e999999999",
        "model",
        "absurd bedrag",
        "kale huur 1e999999999 in JSON (gaf eerst decimal.Overflow, een Python-fout)",
        Modelinvoer(
            "Woning",
            json=json.dumps(woning(kale_huur="@")).replace('"@"', "1e999999999"),
        ),
        Fout("OngeldigeInvoer", "cijfers is onwaarschijnlijk hoog", "kale_huur"),
    ),
    Geval(
        "model-woning-huur-negatief",
        "model",
        "negatief bedrag",
        "kale huur -1",
        Modelinvoer("Woning", woning(kale_huur="-1")),
        Fout("OngeldigeInvoer", "een bedrag kan niet negatief zijn", "kale_huur"),
    ),
    Geval(
        "model-inkomensbewijs-negatief-inkomen",
        "model",
        "negatief bedrag",
        "verzamelinkomen -25000 (als JSON-getal)",
        Modelinvoer(
            "Inkomensbewijs",
            json='{"soort": "inkomensverklaring", "bedrag": -25000, "belastingjaar": 2023}',
        ),
        Fout("OngeldigeInvoer", "niet negatief", "bedrag"),
    ),
    Geval(
        "model-woning-decimale-komma",
        "model",
        "decimale komma",
        "kale huur '650,10': de modellen vragen een punt als decimaalteken",
        Modelinvoer("Woning", woning(kale_huur="650,10")),
        Fout("OngeldigeInvoer", "heeft een komma; gebruik een punt als decimaalteken", "kale_huur"),
    ),
    Geval(
        "model-huishouden-duizendtallen",
        "model",
        "duizendtallen",
        "huishoudinkomen '31.250,00' met duizendtallenpunt",
        Modelinvoer("Huishouden", huishouden(vastgesteld_inkomen="31.250,00")),
        Fout("OngeldigeInvoer", "geen duizendtallenscheiding", "vastgesteld_inkomen"),
    ),
    Geval(
        "model-woning-huur-1.234",
        "model",
        "dubbelzinnig bedrag",
        "kale huur '1.234': € 1,234 (drie decimalen) of € 1.234?",
        Modelinvoer("Woning", woning(kale_huur="1.234")),
        Fout("OngeldigeInvoer", "hoogstens twee decimalen (centen)", "kale_huur"),
    ),
    Geval(
        "model-woning-float-0.1-plus-0.2",
        "model",
        "geen exacte centen",
        "kale huur als Python-float 0.1 + 0.2 (0.30000000000000004)",
        Modelinvoer("Woning", woning(kale_huur=0.1 + 0.2)),
        Fout("OngeldigeInvoer", "hoogstens twee decimalen", "kale_huur"),
    ),
    Geval(
        "model-woning-json-drie-decimalen",
        "model",
        "geen exacte centen",
        "kale huur 650.005 als JSON-getal",
        Modelinvoer("Woning", json=json.dumps(woning(kale_huur="@")).replace('"@"', "650.005")),
        Fout("OngeldigeInvoer", "hoogstens twee decimalen", "kale_huur"),
    ),
    Geval(
        "model-woning-29-cijfers",
        "model",
        "geen exacte centen",
        "kale huur 1.0000000000000000000000000001 (werd eerst afgerond en aanvaard)",
        Modelinvoer("Woning", woning(kale_huur="1.0000000000000000000000000001")),
        Fout("OngeldigeInvoer", "hoogstens twee decimalen", "kale_huur"),
    ),
    Geval(
        "model-woning-1e-999999999",
        "model",
        "geen exacte centen",
        "kale huur 1e-999999999 in JSON (werd eerst naar nul afgerond en aanvaard)",
        Modelinvoer(
            "Woning", json=json.dumps(woning(kale_huur="@")).replace('"@"', "1e-999999999")
        ),
        Fout("OngeldigeInvoer", "hoogstens twee decimalen", "kale_huur"),
    ),
    Geval(
        "model-woning-json-nan",
        "model",
        "geen exacte centen",
        "kale huur NaN in JSON",
        Modelinvoer("Woning", json=json.dumps(woning(kale_huur="@")).replace('"@"', "NaN")),
        Fout("OngeldigeInvoer", "geen exact bedrag", "kale_huur"),
    ),
    Geval(
        "model-woning-daeb-als-tekst",
        "model",
        "ja/nee als tekst",
        'daeb "true" (tekst) in JSON in plaats van true',
        Modelinvoer("Woning", json=json.dumps(woning(daeb="true"))),
        Fout("OngeldigeInvoer", "verwacht true of false", "daeb"),
    ),
    Geval(
        "model-woning-daeb-als-getal",
        "model",
        "ja/nee als tekst",
        "daeb 1 (getal) in JSON in plaats van true",
        Modelinvoer("Woning", json=json.dumps(woning(daeb=1))),
        Fout("OngeldigeInvoer", "verwacht true of false", "daeb"),
    ),
    Geval(
        "model-persoon-vergunninghouder-ja",
        "model",
        "ja/nee als tekst",
        'vergunninghouder "ja" in plaats van true',
        Modelinvoer("Persoon", persoon(vergunninghouder="ja")),
        Fout("OngeldigeInvoer", "verwacht true of false", "vergunninghouder"),
    ),
    Geval(
        "model-toewijzing-urgentie-false-als-tekst",
        "model",
        "ja/nee als tekst",
        'urgentie "false" (tekst) in een Toewijzing-document',
        Modelinvoer("Toewijzing", json=toewijzing_json(urgentie="false")),
        Fout("OngeldigeInvoer", "verwacht true of false", "urgentie"),
    ),
    Geval(
        "model-woning-soort-onbekend",
        "model",
        "onbekende keuze",
        "woningsoort 'villa'",
        Modelinvoer("Woning", woning(soort="villa")),
        Fout("OngeldigeInvoer", "onbekende waarde 'villa'; kies uit 'zelfstandig'", "soort"),
    ),
    Geval(
        "model-persoon-rol-onbekend",
        "model",
        "onbekende keuze",
        "rol 'oma' (geen aanvrager, partner, medebewoner of kind)",
        Modelinvoer("Persoon", persoon(rol="oma")),
        Fout("OngeldigeInvoer", "onbekende waarde 'oma'", "rol"),
    ),
    Geval(
        "model-huishouden-zorgindicatie-onbekend",
        "model",
        "onbekende keuze",
        "zorgindicatie 'wmo' (geen zorgcategorie van de DAEB-norm)",
        Modelinvoer("Huishouden", huishouden(zorgindicatie="wmo")),
        Fout("OngeldigeInvoer", "onbekende waarde 'wmo'", "zorgindicatie"),
    ),
    Geval(
        "model-toewijzing-bijzonderheid-onbekend",
        "model",
        "onbekende keuze",
        "bijzonderheid 'ruil' (bedoeld: woningruil)",
        Modelinvoer("Toewijzing", toewijzing(bijzonderheden=["ruil"])),
        Fout("OngeldigeInvoer", "onbekende waarde 'ruil'", "bijzonderheden[0]"),
    ),
    Geval(
        "model-inkomensbewijs-soort-onbekend",
        "model",
        "onbekende keuze",
        "inkomensbewijs van soort 'loonstrook'",
        Modelinvoer("Inkomensbewijs", {"soort": "loonstrook", "bedrag": "20000"}),
        Fout("OngeldigeInvoer", "onbekende waarde 'loonstrook'", "soort"),
    ),
    Geval(
        "model-toewijzing-30-februari",
        "model",
        "onmogelijke datum",
        "toewijzingsdatum 2024-02-30",
        Modelinvoer("Toewijzing", toewijzing(toewijzingsdatum="2024-02-30")),
        Fout("OngeldigeInvoer", "geen bestaande datum", "toewijzingsdatum"),
    ),
    Geval(
        "model-persoon-maand-13",
        "model",
        "onmogelijke datum",
        "geboortedatum 1980-13-01",
        Modelinvoer("Persoon", persoon(geboortedatum="1980-13-01")),
        Fout("OngeldigeInvoer", "geen bestaande datum", "geboortedatum"),
    ),
    Geval(
        "model-toewijzing-31-04-2024",
        "model",
        "onmogelijke datum",
        "huuringangsdatum '31-04-2024' (Nederlandse notatie en 31 april bestaat niet)",
        Modelinvoer("Toewijzing", toewijzing(huuringangsdatum="31-04-2024")),
        Fout("OngeldigeInvoer", "geen datum (tekst); gebruik JJJJ-MM-DD", "huuringangsdatum"),
    ),
    Geval(
        "model-toewijzing-datum-met-tijd-tekst",
        "model",
        "datum met tijd",
        "toewijzingsdatum '2024-02-10T10:00:00' in JSON",
        Modelinvoer("Toewijzing", json=toewijzing_json(toewijzingsdatum="2024-02-10T10:00:00")),
        Fout("OngeldigeInvoer", "gebruik JJJJ-MM-DD", "toewijzingsdatum"),
    ),
    Geval(
        "model-toewijzing-datetime",
        "model",
        "datum met tijd",
        "huuringangsdatum als datetime(2024, 3, 1, 9, 30)",
        Modelinvoer("Toewijzing", toewijzing(huuringangsdatum=datetime(2024, 3, 1, 9, 30))),  # noqa: DTZ001
        Fout("OngeldigeInvoer", "geef een datum zonder tijd", "huuringangsdatum"),
    ),
    Geval(
        "model-persoon-datum-als-getal",
        "model",
        "onmogelijke datum",
        "geboortedatum 19800517 (getal)",
        Modelinvoer("Persoon", persoon(geboortedatum=19800517)),
        Fout("OngeldigeInvoer", "geen datum (geheel getal); gebruik JJJJ-MM-DD", "geboortedatum"),
    ),
    Geval(
        "model-toewijzing-ingang-voor-toewijzing",
        "model",
        "onmogelijke datum",
        "huur gaat in (2024-03-01) vóór de toewijzing (2024-04-10)",
        Modelinvoer("Toewijzing", toewijzing(toewijzingsdatum="2024-04-10")),
        Fout("OngeldigeInvoer", "ligt vóór de toewijzingsdatum 2024-04-10", "huuringangsdatum"),
    ),
    Geval(
        "model-huishouden-zonder-personen",
        "model",
        "huishouden zonder personen",
        "huishouden met een lege lijst personen",
        Modelinvoer("Huishouden", huishouden(personen=[])),
        Fout("OngeldigeInvoer", "moet minstens 1 element bevatten", "personen"),
    ),
    Geval(
        "model-huishouden-personen-ontbreekt",
        "model",
        "huishouden zonder personen",
        "huishouden zonder veld personen",
        Modelinvoer("Huishouden", {"vastgesteld_inkomen": "25000"}),
        Fout("OngeldigeInvoer", "verplicht veld ontbreekt", "personen"),
    ),
    Geval(
        "model-huishouden-twee-aanvragers",
        "model",
        "twee aanvragers",
        "huishouden met twee aanvragers",
        Modelinvoer("Huishouden", huishouden(personen=[persoon(), persoon()])),
        Fout("OngeldigeInvoer", "precies één aanvrager vereist (nu 2)", "personen"),
    ),
    Geval(
        "model-huishouden-geen-aanvrager",
        "model",
        "twee aanvragers",
        "huishouden met alleen een kind (geen aanvrager)",
        Modelinvoer("Huishouden", huishouden(personen=[persoon(rol="kind")])),
        Fout("OngeldigeInvoer", "precies één aanvrager vereist (nu 0)", "personen"),
    ),
    Geval(
        "model-huishouden-twee-partners",
        "model",
        "twee aanvragers",
        "huishouden met een aanvrager en twee partners",
        Modelinvoer(
            "Huishouden",
            huishouden(personen=[persoon(), persoon(rol="partner"), persoon(rol="partner")]),
        ),
        Fout("OngeldigeInvoer", "hoogstens één partner", "personen"),
    ),
    Geval(
        "model-huishouden-31-personen",
        "model",
        "meer dan 30 personen",
        "huishouden van 31 personen",
        Modelinvoer("Huishouden", huishouden(personen=[persoon()] + [persoon(rol="kind")] * 30)),
        Fout("OngeldigeInvoer", "mag hoogstens 30 elementen bevatten", "personen"),
    ),
    Geval(
        "model-inkomensbewijs-zonder-belastingjaar",
        "model",
        "ontbrekend veld",
        "inkomensverklaring zonder belastingjaar",
        Modelinvoer("Inkomensbewijs", {"soort": "inkomensverklaring", "bedrag": "20000"}),
        Fout("OngeldigeInvoer", "verplicht bij soort 'inkomensverklaring'", "belastingjaar"),
    ),
    Geval(
        "model-inkomensbewijs-jaar-als-tekst",
        "model",
        "typen",
        'belastingjaar "2023" (tekst) in JSON',
        Modelinvoer(
            "Inkomensbewijs",
            json='{"soort": "aanslag", "bedrag": "20000", "belastingjaar": "2023"}',
        ),
        Fout("OngeldigeInvoer", "verwacht een geheel getal", "belastingjaar"),
    ),
    Geval(
        "model-persoon-dubbel-inkomensbewijs",
        "model",
        "dubbel kenmerk",
        "twee aanslagen over hetzelfde jaar bij één persoon",
        Modelinvoer(
            "Persoon",
            persoon(
                inkomensbewijzen=[{"soort": "aanslag", "bedrag": "1", "belastingjaar": 2023}] * 2
            ),
        ),
        Fout("OngeldigeInvoer", "twee bewijzen van soort 'aanslag' over 2023", "inkomensbewijzen"),
    ),
    Geval(
        "model-woning-onbekend-veld",
        "model",
        "onbekend veld",
        "woning met een veld 'kleur' dat niet bestaat (tikfout of verkeerde export)",
        Modelinvoer("Woning", woning(kleur="rood")),
        Fout("OngeldigeInvoer", "onbekend veld", "kleur"),
    ),
    Geval(
        "model-woning-lege-gemeente",
        "model",
        "ontbrekend veld",
        "gemeente met alleen spaties",
        Modelinvoer("Woning", woning(gemeente="   ")),
        Fout("OngeldigeInvoer", "mag niet leeg zijn", "gemeente"),
    ),
    Geval(
        "model-woning-json-kapot",
        "model",
        "json",
        "afgebroken JSON-document",
        Modelinvoer("Woning", json='{"id": "W-1", "kale_huur": '),
        Fout("OngeldigeInvoer", "geen geldige JSON", ""),
    ),
    Geval(
        "model-woning-json-lijst",
        "model",
        "json",
        "een JSON-lijst in plaats van een object",
        Modelinvoer("Woning", json="[1, 2, 3]"),
        Fout("OngeldigeInvoer", "verwacht een object met velden", ""),
    ),
    Geval(
        "model-woning-json-cp1252",
        "model",
        "codering",
        "JSON in Windows-1252 ('Súdwest-Fryslân'); gaf eerst een UnicodeDecodeError",
        Modelinvoer(
            "Woning",
            json=json.dumps(woning(gemeente="Súdwest-Fryslân"), ensure_ascii=False).encode(
                "cp1252"
            ),
        ),
        Fout("OngeldigeInvoer", "de tekst is geen geldige UTF-8 (byte 0xfa", ""),
    ),
    Geval(
        "model-woning-json-binair",
        "model",
        "binair",
        "de eerste bytes van een PNG-afbeelding in plaats van JSON",
        Modelinvoer("Woning", json=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        Fout("OngeldigeInvoer", "geen geldige JSON", ""),
    ),
    Geval(
        "model-toewijzing-json-getal-te-lang",
        "model",
        "json",
        "een geheel getal van 5000 cijfers (gaf eerst een Engelse ValueError)",
        Modelinvoer("Toewijzing", json='{"huishouden": ' + TE_VEEL_CIJFERS + "}"),
        Fout("OngeldigeInvoer", "een getal heeft te veel cijfers", ""),
    ),
    Geval(
        "model-toewijzing-json-te-diep",
        "model",
        "json",
        "JSON die 100.000 lijsten diep genest is (gaf eerst een RecursionError)",
        Modelinvoer("Toewijzing", json=DIEP),
        Fout("OngeldigeInvoer", "te diep genest", ""),
    ),
    Geval(
        "model-woning-gemeente-hyperlink",
        "model",
        "formule",
        "gemeente '=HYPERLINK(...)': is tekst, wordt als gegeven aanvaard",
        Modelinvoer("Woning", woning(gemeente='=HYPERLINK("http://voorbeeld.invalid","klik")')),
        Aanvaard("gemeente", '=HYPERLINK("http://voorbeeld.invalid","klik")'),
    ),
    Geval(
        "model-woning-id-som",
        "model",
        "formule",
        "woning-id '@SUM(A1)' wordt als gegeven aanvaard",
        Modelinvoer("Woning", woning(id="@SUM(A1)")),
        Aanvaard("id", "@SUM(A1)"),
    ),
    Geval(
        "model-toewijzing-id-plus-een",
        "model",
        "formule",
        "toewijzing-id '+1' en woning-id '-1' worden als gegeven aanvaard",
        Modelinvoer("Toewijzing", toewijzing(id="+1", woning=woning(id="-1"))),
        Aanvaard("woning.id", "-1"),
    ),
]

DATAGEVALLEN = [
    Geval(
        "datafile-parameters-geen-utf8",
        "datafile",
        "codering",
        "parameterbestand in Windows-1252 ('Regeling café')",
        Databestand(
            "parameters", parameterbestand().replace(b"Regeling", "Regeling café".encode("cp1252"))
        ),
        Fout("ParameterdataOngeldig", "geen geldige UTF-8"),
    ),
    Geval(
        "datafile-parameters-binair",
        "datafile",
        "binair",
        "binaire inhoud (alle bytes 0-255) in plaats van TOML",
        Databestand("parameters", bytes(range(256))),
        Fout("ParameterdataOngeldig", "geen geldige UTF-8"),
    ),
    Geval(
        "datafile-parameters-leeg",
        "datafile",
        "leeg bestand",
        "leeg parameterbestand",
        Databestand("parameters", b""),
        Fout("ParameterdataOngeldig", "verplicht veld ontbreekt", "parameters"),
    ),
    Geval(
        "datafile-parameters-kapotte-toml",
        "datafile",
        "toml",
        "TOML die halverwege afbreekt",
        Databestand("parameters", b"[bestand\nomschrijving ="),
        Fout("ParameterdataOngeldig", "geen geldige TOML"),
    ),
    Geval(
        "datafile-parameters-datum-met-tijd",
        "datafile",
        "datum met tijd",
        "ingangsdatum 2020-01-01T00:00:00 (datum-tijd) in plaats van een datum",
        Databestand("parameters", uit_bestand("parameters-datum-met-tijd.toml")),
        Fout(
            "ParameterdataOngeldig",
            "datum-tijd niet toegestaan",
            "parameters.p.waarden[0].geldig_vanaf",
        ),
    ),
    Geval(
        "datafile-parameters-datum-als-tekst",
        "datafile",
        "typen",
        'ingangsdatum "2020-01-01" als tekst in plaats van een TOML-datum',
        Databestand("parameters", parameterbestand(geldig_vanaf='"2020-01-01"')),
        Fout("ParameterdataOngeldig", "", "parameters.p.waarden[0].geldig_vanaf"),
    ),
    Geval(
        "datafile-parameters-30-februari",
        "datafile",
        "onmogelijke datum",
        "ingangsdatum 2020-02-30",
        Databestand("parameters", parameterbestand(geldig_vanaf="2020-02-30")),
        Fout("ParameterdataOngeldig", "geen geldige TOML"),
    ),
    Geval(
        "datafile-parameters-drie-decimalen",
        "datafile",
        "geen exacte centen",
        "bedrag 1.234 (euro per maand, drie decimalen)",
        Databestand("parameters", parameterbestand("1.234")),
        Fout(
            "ParameterdataOngeldig",
            "hoogstens twee decimalen (centen)",
            "parameters.p.waarden[0].waarde",
        ),
    ),
    Geval(
        "datafile-parameters-negatief",
        "datafile",
        "negatief bedrag",
        "bedrag -1 euro per maand",
        Databestand("parameters", parameterbestand("-1")),
        Fout("ParameterdataOngeldig", "niet negatief", "parameters.p.waarden[0].waarde"),
    ),
    Geval(
        "datafile-parameters-bedrag-als-tekst",
        "datafile",
        "decimale komma",
        'bedrag "586,68" als tekst met decimale komma',
        Databestand("parameters", parameterbestand('"586,68"')),
        Fout("ParameterdataOngeldig", "verwacht een getal", "parameters.p.waarden[0].waarde"),
    ),
    Geval(
        "datafile-parameters-fractie-boven-een",
        "datafile",
        "absurd bedrag",
        "fractie 1.5 (150%) als norm",
        Databestand("parameters", parameterbestand("1.5", eenheid="fractie")),
        Fout("ParameterdataOngeldig", "tussen 0 en 1", "parameters.p.waarden[0].waarde"),
    ),
    Geval(
        "datafile-parameters-onbekende-eenheid",
        "datafile",
        "onbekende keuze",
        "eenheid 'gulden'",
        Databestand("parameters", parameterbestand(eenheid="gulden")),
        Fout("ParameterdataOngeldig", "", "parameters.p.eenheid"),
    ),
    Geval(
        "datafile-parameters-onbekend-veld",
        "datafile",
        "onbekend veld",
        "veld 'eenheden' (tikfout voor 'eenheid')",
        Databestand("parameters", parameterbestand(extra='eenheden = "x"')),
        Fout("ParameterdataOngeldig", "onbekend veld", "parameters.p.eenheden"),
    ),
    Geval(
        "datafile-dekking-omgekeerd",
        "datafile",
        "onmogelijke datum",
        "dekkingsbestand dat eindigt vóór het begint",
        Databestand(
            "dekking",
            DEKKING.replace(b"dekking_tot = 2021-12-31", b"dekking_tot = 2019-12-31"),
        ),
        Fout("ParameterdataOngeldig", "dekking_tot ligt vóór dekking_van"),
    ),
    Geval(
        "datafile-beleid-zonder-naam",
        "datafile",
        "ontbrekend veld",
        "beleid zonder naam",
        Databestand("beleid", beleid(kop='art_54a = "passend"')),
        Fout("ParameterdataOngeldig", "verplicht (tekst)", "beleid.naam"),
    ),
    Geval(
        "datafile-beleid-art54a-onbekend",
        "datafile",
        "onbekende keuze",
        "art_54a = 'meetellen' (kies uit uitzonderen of passend)",
        Databestand("beleid", beleid(kop='naam = "X"\nart_54a = "meetellen"')),
        Fout("ParameterdataOngeldig", "kies uit uitzonderen, passend", "beleid.art_54a"),
    ),
    Geval(
        "datafile-beleid-onbekend-veld",
        "datafile",
        "onbekend veld",
        "beleid met een veld 'versie'",
        Databestand("beleid", beleid(kop='naam = "X"\nversie = 2')),
        Fout("ParameterdataOngeldig", "onbekend veld", "beleid.versie"),
    ),
    Geval(
        "datafile-beleid-onbekende-parameter",
        "datafile",
        "onbekend veld",
        "beleid overschrijft 'indexatiefactor_t01' (bestaat niet)",
        Databestand("beleid", uit_bestand("beleid-onbekende-parameter.toml")),
        Fout("ParameterdataOngeldig", "onbekende parameter", "parameters.indexatiefactor_t01"),
    ),
    Geval(
        "datafile-beleid-verkeerde-eenheid",
        "datafile",
        "typen",
        "indexatiefactor met eenheid 'euro' in plaats van 'factor'",
        Databestand(
            "beleid",
            beleid(rest=BELEID_PARAMETER.format(eigen='eenheid = "euro"', waarde="1.0")),
        ),
        Fout("ParameterdataOngeldig", "wijkt af van 'factor'", "parameters.indexatiefactor_t1"),
    ),
    Geval(
        "datafile-beleid-factor-nul",
        "datafile",
        "absurd bedrag",
        "indexatiefactor 0",
        Databestand("beleid", beleid(rest=BELEID_PARAMETER.format(eigen="", waarde="0"))),
        Fout("ParameterdataOngeldig", "groter dan 0", "parameters.indexatiefactor_t1"),
    ),
    Geval(
        "datafile-beleid-utf16",
        "datafile",
        "codering",
        "beleid opgeslagen als UTF-16",
        Databestand("beleid", beleid().decode().encode("utf-16")),
        Fout("ParameterdataOngeldig", "geen geldige UTF-8"),
    ),
    Geval(
        "datafile-tabel-leeg",
        "datafile",
        "leeg bestand",
        "lege huur-inkomenstabel",
        Databestand("tabel", b""),
        Fout("ParameterdataOngeldig", "verplicht veld ontbreekt", "huurbanden"),
    ),
    Geval(
        "datafile-tabel-binair",
        "datafile",
        "binair",
        "binaire inhoud in plaats van een tabel",
        Databestand("tabel", bytes(range(256)) * 4),
        Fout("ParameterdataOngeldig", "geen geldige UTF-8"),
    ),
    Geval(
        "datafile-tabel-gat-tussen-huurbanden",
        "datafile",
        "aansluiting",
        "huurband tot € 900, de volgende begint bij € 950 (gat)",
        Databestand("tabel", uit_bestand("tabel-gat-tussen-huurbanden.toml")),
        Fout("ParameterdataOngeldig", "gat of overlap tussen tot_900", "huurbanden"),
    ),
    Geval(
        "datafile-tabel-onbekend-symbool",
        "datafile",
        "onbekende keuze",
        "grens 'aftopingsgrens' (tikfout)",
        Databestand(
            "tabel",
            tabel_met('tot = "aftoppingsgrens"', 'tot = "aftopingsgrens"'),
        ),
        Fout("ParameterdataOngeldig", "onbekend symbool 'aftopingsgrens'", "huurbanden[0].tot"),
    ),
    Geval(
        "datafile-tabel-grens-drie-decimalen",
        "datafile",
        "geen exacte centen",
        "vaste grens 900.005",
        Databestand("tabel", tabel_met("tot = 900", "tot = 900.005")),
        Fout("ParameterdataOngeldig", "hoogstens twee decimalen", "huurbanden[1].tot"),
    ),
    Geval(
        "datafile-tabel-negatieve-grens",
        "datafile",
        "negatief bedrag",
        "vaste grens -900 (en de volgende band begint bij -900)",
        Databestand(
            "tabel",
            lambda: tabel_met("tot = 900", "tot = -900")().replace(b"van = 900", b"van = -900"),
        ),
        Fout("ParameterdataOngeldig", "een grens kan niet negatief zijn", "huurbanden[1].tot"),
    ),
    Geval(
        "datafile-tabel-cel-onbekend",
        "datafile",
        "onbekende keuze",
        "cel 'misschien' (kies voorrang, toegestaan of uitgesloten)",
        Databestand(
            "tabel",
            tabel_met('tot_aftoppingsgrens = "voorrang"', 'tot_aftoppingsgrens = "misschien"'),
        ),
        Fout("ParameterdataOngeldig", "onbekende waarde 'misschien'", "inkomensgroepen[0].cellen"),
    ),
    Geval(
        "datafile-tabel-geldig-tot-voor-vanaf",
        "datafile",
        "onmogelijke datum",
        "tabel geldig tot 2024-12-31 maar pas vanaf 2025-01-01",
        Databestand("tabel", tabel_met("geldig_tot = 2026-12-31", "geldig_tot = 2024-12-31")),
        Fout("ParameterdataOngeldig", "ligt vóór geldig_vanaf", "tabel.geldig_tot"),
    ),
]

OPDRACHTGEVALLEN = [
    Geval(
        "cli-parameters-30-februari",
        "cli",
        "onmogelijke datum",
        "parameters --datum 2024-02-30",
        Opdracht(("parameters", "--datum", "2024-02-30")),
        Fout("afsluitcode 2", "'2024-02-30' is geen bestaande datum"),
    ),
    Geval(
        "cli-parameters-nederlandse-notatie",
        "cli",
        "onmogelijke datum",
        "parameters --datum 31-04-2024",
        Opdracht(("parameters", "--datum", "31-04-2024")),
        Fout("afsluitcode 2", "'31-04-2024' is geen bestaande datum"),
    ),
    Geval(
        "cli-parameters-datum-met-tijd",
        "cli",
        "datum met tijd",
        "parameters --datum 2024-03-01T25:00 (een tijd mag, zoals in bestanden, maar 25 uur niet)",
        Opdracht(("parameters", "--datum", "2024-03-01T25:00")),
        Fout("afsluitcode 2", "'2024-03-01T25:00' heeft geen geldige tijd"),
    ),
    Geval(
        "cli-parameters-voor-2011",
        "cli",
        "datum buiten dekking",
        "parameters --datum 2010-12-31 (vóór de dekking)",
        Opdracht(("parameters", "--datum", "2010-12-31")),
        Fout("afsluitcode 2", "de bibliotheek dekt 2011-01-01 tot en met 2026-12-31"),
    ),
    Geval(
        "cli-parameters-na-2026",
        "cli",
        "datum buiten dekking",
        "parameters --datum 2027-01-01 (na de dekking)",
        Opdracht(("parameters", "--datum", "2027-01-01")),
        Fout("afsluitcode 2", "Geen parameters voor 2027-01-01"),
    ),
    Geval(
        "cli-onbekende-opdracht",
        "cli",
        "onbekende keuze",
        "opdracht 'verantwoord' (bestaat niet; wel: verantwoording)",
        Opdracht(("verantwoord", "a.csv")),
        Fout("afsluitcode 2", "ongeldige keuze: 'verantwoord'"),
    ),
    Geval(
        "cli-toets-nul-personen",
        "cli",
        "huishouden zonder personen",
        "toets --personen 0",
        Opdracht(toets(personen="0")),
        Fout("afsluitcode 2", "'0' is geen geldig aantal personen"),
    ),
    Geval(
        "cli-toets-99999999-personen",
        "cli",
        "meer dan 30 personen",
        "toets --personen 99999999 (maakte eerst 99.999.999 personen aan en bleef hangen)",
        Opdracht(toets(personen="99999999")),
        Fout(
            "afsluitcode 2", "'99999999' is geen geldig aantal personen (1 of meer, hoogstens 30)"
        ),
    ),
    Geval(
        "cli-toets-31-personen",
        "cli",
        "meer dan 30 personen",
        "toets --personen 31",
        Opdracht(toets(personen="31")),
        Fout("afsluitcode 2", "'31' is geen geldig aantal personen (1 of meer, hoogstens 30)"),
    ),
    Geval(
        "cli-toets-inkomen-punten-door-elkaar",
        "cli",
        "duizendtallen",
        "toets --inkomen 1.2.3,4 (werd eerst stil gelezen als € 123,40)",
        Opdracht(toets(inkomen="1.2.3,4")),
        Fout("afsluitcode 2", "duizendtallen staan in groepen van drie cijfers"),
    ),
    Geval(
        "cli-toets-inkomen-engelse-duizendtallen",
        "cli",
        "duizendtallen",
        "toets --inkomen 12,345,678",
        Opdracht(toets(inkomen="12,345,678")),
        Fout("afsluitcode 2", "--inkomen: dubbelzinnig", niet=("12,345,678",)),
    ),
    Geval(
        "cli-toets-huur-1.234",
        "cli",
        "dubbelzinnig bedrag",
        "toets --kale-huur 1.234",
        Opdracht(toets(kale_huur="1.234")),
        Fout("afsluitcode 2", "'1.234' is dubbelzinnig (duizendtallen of drie decimalen?)"),
    ),
    Geval(
        "cli-toets-huur-negatief",
        "cli",
        "negatief bedrag",
        "toets --kale-huur -650",
        Opdracht(toets(kale_huur="-650")),
        Fout("afsluitcode 2", "een bedrag kan niet negatief zijn"),
    ),
    Geval(
        "cli-toets-huur-absurd",
        "cli",
        "absurd bedrag",
        "toets --kale-huur 25000,01",
        Opdracht(toets(kale_huur="25000,01")),
        Fout("afsluitcode 2", "kale_huur: € 25.000,01 is onwaarschijnlijk hoog"),
    ),
    Geval(
        "cli-toets-inkomen-exponent",
        "cli",
        "typen",
        "toets --inkomen 1e5",
        Opdracht(toets(inkomen="1e5")),
        Fout("afsluitcode 2", "--inkomen: geen bedrag (voorbeeld", niet=("1e5",)),
    ),
    Geval(
        "cli-toets-datum-buiten-dekking",
        "cli",
        "datum buiten dekking",
        "toets met huuringangsdatum 2010-03-01",
        Opdracht(toets(datum="2010-03-01")),
        Fout("afsluitcode 2", "de bibliotheek dekt 2011-01-01"),
    ),
    Geval(
        "cli-toets-invoer-cp1252",
        "cli",
        "codering",
        "toets --invoer met JSON in Windows-1252 (gaf eerst een traceback)",
        Opdracht(
            ("toets", "--invoer", "{map}/toewijzing.json"),
            {
                "toewijzing.json": json.dumps(
                    toewijzing(woning=woning(gemeente="Súdwest-Fryslân")), ensure_ascii=False
                ).encode("cp1252")
            },
        ),
        Fout("afsluitcode 2", "de tekst is geen geldige UTF-8"),
    ),
    Geval(
        "cli-toets-invoer-getal-te-lang",
        "cli",
        "json",
        "toets --invoer met een getal van 5000 cijfers (gaf eerst een traceback)",
        Opdracht(
            ("toets", "--invoer", "{map}/t.json"),
            {"t.json": b'{"huishouden": ' + TE_VEEL_CIJFERS.encode() + b"}"},
        ),
        Fout("afsluitcode 2", "een getal heeft te veel cijfers"),
    ),
    Geval(
        "cli-toets-invoer-te-diep",
        "cli",
        "json",
        "toets --invoer met 100.000 geneste lijsten (gaf eerst een traceback)",
        Opdracht(("toets", "--invoer", "{map}/t.json"), {"t.json": DIEP}),
        Fout("afsluitcode 2", "te diep genest"),
    ),
    Geval(
        "cli-toets-invoer-inkomen-1e999999999",
        "cli",
        "absurd bedrag",
        "toets --invoer met inkomen 1e999999999 (gaf eerst decimal.Overflow)",
        Opdracht(
            ("toets", "--invoer", "{map}/t.json"),
            {
                "t.json": toewijzing_json(huishouden=huishouden(vastgesteld_inkomen="@")).replace(
                    b'"@"', b"1e999999999"
                )
            },
        ),
        Fout(
            "afsluitcode 2",
            "huishouden.vastgesteld_inkomen: het bedrag is onwaarschijnlijk hoog",
            niet=("1000000000 cijfers",),
        ),
    ),
    Geval(
        "cli-toets-invoer-twee-aanvragers",
        "cli",
        "twee aanvragers",
        "toets --invoer met een huishouden met twee aanvragers",
        Opdracht(("toets", "--invoer", "{bestanden}/toewijzing-twee-aanvragers.json")),
        Fout("afsluitcode 2", "huishouden.personen: precies één aanvrager vereist (nu 2)"),
    ),
    Geval(
        "cli-toets-invoer-vlag-als-tekst",
        "cli",
        "ja/nee als tekst",
        'toets --invoer met daeb "ja"',
        Opdracht(
            ("toets", "--invoer", "{map}/t.json"),
            {"t.json": toewijzing_json(woning=woning(daeb="ja"))},
        ),
        Fout("afsluitcode 2", "woning.daeb: verwacht true of false"),
    ),
    Geval(
        "cli-toets-invoer-leeg",
        "cli",
        "leeg bestand",
        "toets --invoer met een leeg bestand",
        Opdracht(("toets", "--invoer", "{map}/t.json"), {"t.json": b""}),
        Fout("afsluitcode 2", "geen geldige JSON"),
    ),
    Geval(
        "cli-tabel-onbekend",
        "cli",
        "onbekende keuze",
        "tabel --tabel woongaard (bedoeld: woongaard-2015)",
        Opdracht(("tabel", "--tabel", "woongaard")),
        Fout("afsluitcode 2", "geen meegeleverde tabel en geen bestaand bestand"),
    ),
    Geval(
        "cli-tabel-buiten-geldigheid",
        "cli",
        "datum buiten dekking",
        "tabel woongaard-2015 op 2010-01-01 (geldt 2016-2021)",
        Opdracht(("tabel", "--tabel", "woongaard-2015", "--datum", "2010-01-01")),
        Fout("afsluitcode 2", "geldt van 2016-01-01 tot en met 2021-12-31, niet op 2010-01-01"),
    ),
    Geval(
        "cli-tabel-binair",
        "cli",
        "binair",
        "tabel --tabel met een binair bestand",
        Opdracht(("tabel", "--tabel", "{map}/t.toml"), {"t.toml": bytes(range(256))}),
        Fout("afsluitcode 2", "t.toml: - geen geldige UTF-8"),
    ),
    Geval(
        "cli-rangschik-woning-cp1252",
        "cli",
        "codering",
        "rangschik --woning met JSON in Windows-1252 (gaf eerst een traceback)",
        Opdracht(
            ("rangschik", "--woning", "{map}/w.json", "--kandidaten", "{map}/k.json", *RANGSCHIK),
            {
                "w.json": json.dumps(woning(gemeente="Súdwest"), ensure_ascii=False).encode(
                    "cp1252"
                ),
                "k.json": b"[]",
            },
        ),
        Fout("afsluitcode 2", "w.json: Ongeldige invoer voor Woning: geen geldige JSON"),
    ),
    Geval(
        "cli-rangschik-kandidaten-geen-lijst",
        "cli",
        "json",
        "rangschik --kandidaten met één object in plaats van een lijst",
        Opdracht(
            (
                "rangschik",
                "--woning",
                "{map}/w.json",
                "--kandidaten",
                "{bestanden}/kandidaten-geen-lijst.json",
                *RANGSCHIK,
            ),
            {"w.json": WONING_JSON},
        ),
        Fout("afsluitcode 2", "verwacht een lijst van kandidaten"),
    ),
    Geval(
        "cli-rangschik-kandidaten-te-diep",
        "cli",
        "json",
        "rangschik --kandidaten met 100.000 geneste lijsten (gaf eerst een traceback)",
        Opdracht(
            ("rangschik", "--woning", "{map}/w.json", "--kandidaten", "{map}/k.json", *RANGSCHIK),
            {"w.json": WONING_JSON, "k.json": DIEP},
        ),
        Fout("afsluitcode 2", "k.json: Ongeldige invoer voor Kandidaat: geen geldige JSON"),
    ),
    Geval(
        "cli-rangschik-kandidaat-zonder-huishouden",
        "cli",
        "huishouden zonder personen",
        "rangschik met een kandidaat zonder personen",
        Opdracht(
            ("rangschik", "--woning", "{map}/w.json", "--kandidaten", "{map}/k.json", *RANGSCHIK),
            {
                "w.json": WONING_JSON,
                "k.json": b'[{"id": "K-1", "inschrijfdatum": "2010-01-01",'
                b' "huishouden": {"personen": []}}]',
            },
        ),
        Fout("afsluitcode 2", "kandidaat 1.huishouden.personen: moet minstens 1"),
    ),
    Geval(
        "cli-verantwoording-jaar-tekst",
        "cli",
        "typen",
        "verantwoording --jaar vorig (gaf eerst een Engelse melding)",
        Opdracht(("verantwoording", "{map}/a.csv", "--jaar", "vorig"), {"a.csv": csv_bytes(rij())}),
        Fout("afsluitcode 2", "'vorig' is geen jaartal (JJJJ"),
    ),
    Geval(
        "cli-verantwoording-jaar-99999",
        "cli",
        "datum buiten dekking",
        "verantwoording --jaar 99999 (gaf eerst 'year 99999 is out of range')",
        Opdracht(("verantwoording", "{map}/a.csv", "--jaar", "99999"), {"a.csv": csv_bytes(rij())}),
        Fout("afsluitcode 2", "'99999' is geen jaartal"),
    ),
    Geval(
        "cli-verantwoording-jaar-2010",
        "cli",
        "datum buiten dekking",
        "verantwoording --jaar 2010 (vóór de dekking)",
        Opdracht(("verantwoording", "{map}/a.csv", "--jaar", "2010"), {"a.csv": csv_bytes(rij())}),
        Fout("afsluitcode 2", "de bibliotheek dekt 2011-01-01"),
    ),
    Geval(
        "cli-verantwoording-scheidingsteken-twee-tekens",
        "cli",
        "aantal velden",
        "verantwoording --scheidingsteken ';;' (gaf eerst een TypeError-traceback)",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--scheidingsteken", ";;"),
            {"a.csv": csv_bytes(rij())},
        ),
        Fout("afsluitcode 2", "ongeldig scheidingsteken ';;'"),
    ),
    Geval(
        "cli-verantwoording-alleen-kopregel",
        "cli",
        "alleen kopregel",
        "verantwoording van een bestand met alleen de kopregel, zonder --jaar",
        Opdracht(("verantwoording", "{map}/a.csv"), {"a.csv": csv_bytes()}),
        Fout("afsluitcode 2", "geen enkele geldige toewijzing (0 rijen gelezen, 0 afgewezen)"),
    ),
    Geval(
        "cli-verantwoording-alles-afgewezen",
        "cli",
        "negatief bedrag",
        "verantwoording zonder --jaar van een bestand waarin elke rij een negatieve huur heeft",
        Opdracht(
            ("verantwoording", "{map}/a.csv"),
            {"a.csv": csv_bytes(rij(1, kale_huur="-1"), rij(2, kale_huur="-2"))},
        ),
        Fout(
            "afsluitcode 2",
            "(2 rijen gelezen, 2 afgewezen; eerste fout: a.csv: rij 2, kolom kale_huur: '-1'",
            niet=("jaar=",),
        ),
    ),
    Geval(
        "cli-verantwoording-utf16-zonder-bom",
        "cli",
        "codering",
        "verantwoording van een CSV in UTF-16 zonder BOM",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--jaar", "2024"),
            {"a.csv": csv_tekst(rij()).encode("utf-16-le")},
        ),
        Fout("afsluitcode 2", "a.csv: de kopregel bevat nul-tekens"),
    ),
    Geval(
        "cli-verantwoording-ods",
        "cli",
        "bestandstype",
        "verantwoording van een .ods-bestand",
        Opdracht(("verantwoording", "{map}/a.ods"), {"a.ods": b"PK\x03\x04"}),
        Fout("afsluitcode 2", "onbekend formaat '.ods'"),
    ),
    Geval(
        "cli-verantwoording-kolomkoppeling-zonder-is",
        "cli",
        "ontbrekende kolom",
        "verantwoording --kolom 'Netto huur' (zonder =SCHEMA)",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--kolom", "Netto huur"),
            {"a.csv": csv_bytes(rij())},
        ),
        Fout("afsluitcode 2", "gebruik EIGEN=SCHEMA"),
    ),
    Geval(
        "cli-verantwoording-vorig-jaar-geen-verslag",
        "cli",
        "json",
        "verantwoording --vorig-jaar met JSON die geen verslag is",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--jaar", "2024", "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(rij()), "v.json": b'{"jaar": 2023}'},
        ),
        Fout(
            "afsluitcode 2",
            "geen bruikbaar verslag van het vorige jaar: het veld 'schema' ontbreekt",
        ),
    ),
    Geval(
        "cli-verantwoording-xlsx-map-bestaat-niet",
        "cli",
        "schrijven",
        "verantwoording -o naar een map die niet bestaat (gaf eerst lxml-meldingen op stderr)",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--jaar", "2024", "-o", "{map}/weg/v.xlsx"),
            {"a.csv": csv_bytes(rij())},
        ),
        Fout("afsluitcode 2", "v.xlsx: niet te schrijven"),
    ),
    Geval(
        "cli-verantwoording-xlsx-meerdere-corporaties",
        "cli",
        "onbekende keuze",
        "verantwoording naar Excel van twee corporaties zonder --corporatie (lxml-meldingen)",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "--jaar", "2024", "-o", "{map}/v.xlsx"),
            {"a.csv": csv_bytes(rij(1, corporatie="A"), rij(2, corporatie="B"))},
        ),
        Fout("afsluitcode 2", "meerdere corporaties (A, B); kies er één"),
    ),
    Geval(
        "cli-sjabloon-map-bestaat-niet",
        "cli",
        "schrijven",
        "sjabloon -o naar een map die niet bestaat (gaf eerst een traceback)",
        Opdracht(("sjabloon", "-o", "{map}/weg/sjabloon.csv")),
        Fout("afsluitcode 2", "sjabloon.csv: niet te schrijven"),
    ),
    Geval(
        "cli-sjabloon-xlsx-map-bestaat-niet",
        "cli",
        "schrijven",
        "sjabloon -o .xlsx naar een map die niet bestaat (gaf eerst een traceback)",
        Opdracht(("sjabloon", "-o", "{map}/weg/sjabloon.xlsx")),
        Fout("afsluitcode 2", "sjabloon.xlsx: niet te schrijven"),
    ),
]

GOED = [rij(1), rij(2)]
"""Twee geldige rijen om slechte rijen tussen te zetten."""

BESTANDGEVALLEN = [
    Geval(
        "bestand-csv-cp1252-midden-in-het-bestand",
        "bestand",
        "codering",
        "3000 rijen UTF-8 (alleen ASCII) en dan een rij in Windows-1252: het hele bestand is "
        "geldige Windows-1252 (de herkenning kijkt naar het hele bestand, niet alleen naar het "
        "begin; eerst werd het hele bestand geweigerd)",
        Toewijzingsbestand("a.csv", cp1252_midden),
        Telling(3001, 3001, 0, waarden=(Waarde(3002, "gemeente", "Súdwest-Fryslân"),)),
    ),
    Geval(
        "bestand-csv-cp1252-opgegeven",
        "bestand",
        "codering",
        "hetzelfde bestand met de codering cp1252 opgegeven: elke rij gelezen",
        Toewijzingsbestand("a.csv", cp1252_midden, codering="cp1252"),
        Telling(3001, 3001, 0, waarden=(Waarde(3002, "gemeente", "Súdwest-Fryslân"),)),
    ),
    Geval(
        "bestand-csv-cp1252-herkend",
        "bestand",
        "codering",
        "CSV in Windows-1252 met een é in de eerste rij: herkend en goed gelezen",
        Toewijzingsbestand("a.csv", csv_tekst(rij(1, gemeente="Súdwest-Fryslân")).encode("cp1252")),
        Telling(1, 1, 0, waarden=(Waarde(2, "gemeente", "Súdwest-Fryslân"),)),
    ),
    Geval(
        "bestand-csv-utf16-met-bom",
        "bestand",
        "codering",
        "CSV in UTF-16 met BOM (Excel 'Unicode-tekst'): gaf eerst 'verplichte kolommen ontbreken'",
        Toewijzingsbestand("a.csv", csv_tekst(*GOED).encode("utf-16")),
        Telling(2, 2, 0),
    ),
    Geval(
        "bestand-csv-utf16-zonder-bom",
        "bestand",
        "codering",
        "CSV in UTF-16 zonder BOM",
        Toewijzingsbestand("a.csv", csv_tekst(*GOED).encode("utf-16-le")),
        Fout("InvoerFout", "de kopregel bevat nul-tekens"),
    ),
    Geval(
        "bestand-csv-binair",
        "bestand",
        "binair",
        "alle bytes 0-255 met de extensie .csv",
        Toewijzingsbestand("a.csv", bytes(range(256)) * 8),
        Fout("InvoerFout", "de kopregel bevat nul-tekens"),
    ),
    Geval(
        "bestand-csv-png",
        "bestand",
        "binair",
        "een PNG-afbeelding met de extensie .csv",
        Toewijzingsbestand("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
        Fout("InvoerFout", "verplichte kolom(men) ontbreken: toewijzing_id"),
    ),
    Geval(
        "bestand-csv-leeg",
        "bestand",
        "leeg bestand",
        "leeg bestand (0 bytes)",
        Toewijzingsbestand("a.csv", b""),
        Fout("InvoerFout", "het bestand is leeg"),
    ),
    Geval(
        "bestand-csv-alleen-bom",
        "bestand",
        "leeg bestand",
        "alleen een UTF-8-BOM",
        Toewijzingsbestand("a.csv", b"\xef\xbb\xbf"),
        Fout("InvoerFout", "het bestand is leeg"),
    ),
    Geval(
        "bestand-csv-alleen-kopregel",
        "bestand",
        "alleen kopregel",
        "alleen de kopregel: niets gelezen, niets verloren",
        Toewijzingsbestand("a.csv", csv_bytes()),
        Telling(0, 0, 0),
    ),
    Geval(
        "bestand-csv-ontbrekende-kolom",
        "bestand",
        "ontbrekende kolom",
        "de verplichte kolom kale_huur ontbreekt",
        Toewijzingsbestand(
            "a.csv", csv_bytes(*GOED, koppen=[k for k in KOPPEN if k != "kale_huur"])
        ),
        Fout("InvoerFout", "verplichte kolom(men) ontbreken: kale_huur"),
    ),
    Geval(
        "bestand-csv-dubbele-kolom",
        "bestand",
        "dubbele kolom",
        "de kolom kale_huur staat er twee keer in",
        Toewijzingsbestand("a.csv", csv_bytes(*GOED, koppen=[*KOPPEN, "kale_huur"])),
        Fout("InvoerFout", "de kolom 'kale_huur' komt meer dan eens voor"),
    ),
    Geval(
        "bestand-csv-dubbele-kolom-andere-schrijfwijze",
        "bestand",
        "dubbele kolom",
        "kolommen 'gemeente' en ' Gemeente ' (dezelfde kolom)",
        Toewijzingsbestand("a.csv", csv_bytes(*GOED, koppen=[*KOPPEN, " Gemeente "])),
        Fout("InvoerFout", "de kolom 'gemeente' komt meer dan eens voor"),
    ),
    Geval(
        "bestand-csv-te-veel-en-te-weinig-velden",
        "bestand",
        "aantal velden",
        "een rij met een waarde te veel en een rij met 2 waarden tussen geldige rijen",
        Toewijzingsbestand(
            "a.csv",
            (
                csv_tekst(rij(1))
                + csv_regel(rij(2)).replace("\r\n", ";extra\r\n")
                + "T-3;2024-03-01\r\n"
                + csv_regel(rij(4))
            ).encode(),
        ),
        Telling(
            4,
            2,
            2,
            (
                Afwijzing(3, None, f"{len(KOPPEN) + 1} waarden, maar {len(KOPPEN)} kolomkoppen"),
                Afwijzing(4, None, f"2 waarden, maar {len(KOPPEN)} kolomkoppen"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-open-aanhalingsteken",
        "bestand",
        "aantal velden",
        "een aanhalingsteken dat niet wordt gesloten (de rest van het bestand wordt één waarde)",
        Toewijzingsbestand(
            "a.csv", (csv_tekst(rij(1)) + '"T-2;2024-03-01\r\n' + csv_regel(rij(3))).encode()
        ),
        Fout("InvoerFout", "rij 3: onleesbare CSV (een aanhalingsteken wordt niet gesloten)"),
    ),
    Geval(
        "bestand-csv-scheidingsteken-twee-tekens",
        "bestand",
        "aantal velden",
        "scheidingsteken ';;' opgegeven (gaf eerst een TypeError)",
        Toewijzingsbestand("a.csv", csv_bytes(*GOED), scheidingsteken=";;"),
        Fout("InvoerFout", "ongeldig scheidingsteken ';;'"),
    ),
    Geval(
        "bestand-csv-bedragnotaties",
        "bestand",
        "decimale komma",
        "bedragen met decimale komma, duizendtallen, euroteken en dubbelzinnige notaties",
        Toewijzingsbestand("toewijzingen-bedragen.csv", uit_bestand("toewijzingen-bedragen.csv")),
        Telling(
            11,
            7,
            4,
            (
                Afwijzing(5, "huishoudinkomen", "dubbelzinnig (duizendtallen of drie decimalen?)"),
                Afwijzing(6, "kale_huur", "'1.234' is dubbelzinnig"),
                Afwijzing(10, "kale_huur", "duizendtallen staan in groepen van drie cijfers"),
                Afwijzing(11, "huishoudinkomen", "duizendtallen staan in groepen van drie"),
            ),
            (
                Waarde(2, "kale_huur", "648.75"),
                Waarde(3, "kale_huur", "1234.56"),
                Waarde(4, "huishoudinkomen", "31250.00"),
                Waarde(7, "kale_huur", "650.43"),
                Waarde(8, "kale_huur", "650.43"),
                Waarde(9, "huishoudinkomen", "31250.00"),
                Waarde(12, "kale_huur", "650.4"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-decimaalteken-komma-opgegeven",
        "bestand",
        "dubbelzinnig bedrag",
        "'31.250' en '1.234' met decimaalteken komma voor het bestand: duizendtallen",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(rij(1, huishoudinkomen="31.250"), rij(2, kale_huur="1.234")),
            decimaalteken="komma",
        ),
        Telling(
            2,
            2,
            0,
            waarden=(Waarde(2, "huishoudinkomen", "31250"), Waarde(3, "kale_huur", "1234")),
        ),
    ),
    Geval(
        "bestand-csv-decimaalteken-punt-28-decimalen",
        "bestand",
        "geen exacte centen",
        "decimaalteken punt en een huur met 31 cijfers en drie decimalen (gaf InvalidOperation)",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, kale_huur="600.00"), rij(2, kale_huur="1000000000000000000000000000000.001")
            ),
            decimaalteken="punt",
        ),
        Telling(2, 1, 1, (Afwijzing(3, "kale_huur", "hoogstens twee decimalen"),)),
    ),
    Geval(
        "bestand-csv-negatieve-bedragen",
        "bestand",
        "negatief bedrag",
        "negatieve huur, negatief inkomen en negatieve servicekosten",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, kale_huur="-600,00"),
                rij(2, huishoudinkomen="€ -25.000"),
                rij(3, servicekosten="-0,01"),
                rij(4),
            ),
        ),
        Telling(
            4,
            1,
            3,
            (
                Afwijzing(2, "kale_huur", "niet negatief"),
                Afwijzing(3, "huishoudinkomen", "niet negatief"),
                Afwijzing(4, "servicekosten", "niet negatief"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-absurde-bedragen",
        "bestand",
        "absurd bedrag",
        "huur in centen, inkomen boven € 100 mln, vermogen boven € 10 mld, huur van 500 cijfers",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, kale_huur="65043"),
                rij(2, huishoudinkomen="100.000.000,01"),
                rij(
                    3,
                    aow_huishouden="ja",
                    verzoek_art_54a="ja",
                    rendementsgrondslag_box3="10.000.000.000,01",
                ),
                rij(4, kale_huur="9" * 500),
                rij(5, kale_huur="25.000,00"),
            ),
        ),
        Telling(
            5,
            1,
            4,
            (
                Afwijzing(2, "kale_huur", "€ 65.043 is onwaarschijnlijk hoog"),
                Afwijzing(3, "huishoudinkomen", "onwaarschijnlijk hoog voor een inkomen"),
                Afwijzing(4, "rendementsgrondslag_box3", "onwaarschijnlijk hoog voor een vermogen"),
                Afwijzing(5, "kale_huur", "een bedrag van 500 cijfers is onwaarschijnlijk hoog"),
            ),
            (Waarde(6, "kale_huur", "25000.00"),),
        ),
    ),
    Geval(
        "bestand-csv-onmogelijke-datums",
        "bestand",
        "onmogelijke datum",
        "30 februari, 31 april, maand 13 en een datum die geen datum is",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, huuringangsdatum="2024-02-30"),
                rij(2, huuringangsdatum="31-04-2024"),
                rij(3, toewijzingsdatum="2024-13-01"),
                rij(4, toewijzingsdatum="gisteren"),
                rij(5, huuringangsdatum="2024-02-29", toewijzingsdatum="2024-02-28"),
            ),
        ),
        Telling(
            5,
            1,
            4,
            (
                Afwijzing(2, "huuringangsdatum", "'2024-02-30' is geen bestaande datum"),
                Afwijzing(3, "huuringangsdatum", "'31-04-2024' is geen bestaande datum"),
                Afwijzing(4, "toewijzingsdatum", "'2024-13-01' is geen bestaande datum"),
                Afwijzing(5, "toewijzingsdatum", "'gisteren' is geen datum"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-datum-met-tijd",
        "bestand",
        "datum met tijd",
        "tijdstempels zoals toewijzingssystemen ze uitvoeren ('2024-03-01 10:00', "
        "'01-03-2024T00:00:00'): die dag (eerst afgewezen); '2024-03-01 25:00' is geen tijd",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, huuringangsdatum="2024-03-01 10:00"),
                rij(2, huuringangsdatum="01-03-2024T00:00:00"),
                rij(3, huuringangsdatum="2024-03-01 25:00"),
            ),
        ),
        Telling(
            3,
            2,
            1,
            (Afwijzing(4, "huuringangsdatum", "'2024-03-01 25:00' heeft geen geldige tijd"),),
            (
                Waarde(2, "huuringangsdatum", "2024-03-01"),
                Waarde(3, "huuringangsdatum", "2024-03-01"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-datums-buiten-dekking",
        "bestand",
        "datum buiten dekking",
        "huur ingegaan op 2010-12-31 en 2027-01-01 (buiten 2011-2026), verslagjaar uit de invoer",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1),
                rij(2, huuringangsdatum="2010-12-31", toewijzingsdatum="2010-12-01"),
                rij(3, huuringangsdatum="2027-01-01", toewijzingsdatum="2026-12-01"),
            ),
            jaar=None,
        ),
        Telling(
            3,
            1,
            2,
            (
                Afwijzing(3, "huuringangsdatum", "Geen parameters voor 2010-12-31"),
                Afwijzing(4, "huuringangsdatum", "Geen parameters voor 2027-01-01"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-aantallen-personen",
        "bestand",
        "meer dan 30 personen",
        "0, 31, -1, 2,5 en geen personen",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, aantal_personen="0"),
                rij(2, aantal_personen="31"),
                rij(3, aantal_personen="-1"),
                rij(4, aantal_personen="2,5"),
                rij(5, aantal_personen=""),
                rij(6, aantal_personen="30"),
            ),
        ),
        Telling(
            6,
            1,
            5,
            (
                Afwijzing(2, "aantal_personen", "verwacht 1 tot en met 30 personen"),
                Afwijzing(3, "aantal_personen", "verwacht 1 tot en met 30 personen"),
                Afwijzing(4, "aantal_personen", "geen geheel aantal"),
                Afwijzing(5, "aantal_personen", "geen geheel aantal"),
                Afwijzing(6, "aantal_personen", "verplicht, maar leeg"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-onbekende-keuzes",
        "bestand",
        "onbekende keuze",
        "woningsoort 'villa', zorgindicatie 'wmo', bijzonderheid 'ruil', daeb 'misschien'",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, woningsoort="villa"),
                rij(2, zorgindicatie="wmo"),
                rij(3, bijzonderheid="woningruil, ruil"),
                rij(4, daeb="misschien", aow_huishouden="soms"),
                rij(5, daeb="JA", woningsoort="Zelfstandig"),
            ),
        ),
        Telling(
            5,
            1,
            4,
            (
                Afwijzing(2, "woningsoort", "'villa' is geen geldige keuze; kies uit zelfstandig"),
                Afwijzing(3, "zorgindicatie", "geen geldige keuze; kies uit wlz_verblijf"),
                Afwijzing(4, "bijzonderheid", "'ruil' is geen geldige keuze"),
                Afwijzing(5, "daeb", "'misschien' is geen ja/nee-waarde"),
                Afwijzing(5, "aow_huishouden", "geen ja/nee-waarde (ja, nee, 1, 0)"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-verplicht-leeg",
        "bestand",
        "ontbrekend veld",
        "lege gemeente, lege kale huur en geen inkomen (geen vergunninghouders of studenten)",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(rij(1, gemeente="  ", kale_huur=""), rij(2, huishoudinkomen="")),
        ),
        Telling(
            2,
            0,
            2,
            (
                Afwijzing(2, "gemeente", "verplicht, maar leeg"),
                Afwijzing(2, "kale_huur", "verplicht, maar leeg"),
                Afwijzing(3, "huishoudinkomen", "verplicht, behalve als alle bewoners"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-dubbel-toewijzing-id",
        "bestand",
        "dubbel kenmerk",
        "twee rijen met hetzelfde toewijzing_id",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1), rij(2, toewijzing_id="T-00001"), rij(3))),
        Telling(3, 2, 1, (Afwijzing(3, "toewijzing_id", "komt al voor in rij 2"),)),
    ),
    Geval(
        "bestand-csv-formules-als-gegevens",
        "bestand",
        "formule",
        "'=HYPERLINK(...)', '@SUM(A1)', '+1', '-1' als kenmerk, gemeente, wijk en kern: gegevens, "
        "en in Excel en het foutenbestand nooit een formule",
        Toewijzingsbestand("=formules.csv", uit_bestand("toewijzingen-formules.csv")),
        Telling(
            4,
            3,
            1,
            (Afwijzing(5, "kale_huur", "'=1+1' is geen bedrag"),),
            (
                Waarde(2, "toewijzing_id", "@SUM(A1)"),
                Waarde(2, "gemeente", '=HYPERLINK("http://voorbeeld.invalid","klik")'),
                Waarde(3, "toewijzing_id", "+1"),
                Waarde(3, "woning_id", "-1"),
                Waarde(3, "wijk", "=1+1"),
                Waarde(4, "toewijzing_id", "-1"),
                Waarde(4, "kern", "@x"),
                Waarde(4, "gemeente", "+31 Gemeente"),
            ),
            uitvoer_zonder_formules=True,
        ),
    ),
    Geval(
        "bestand-jsonl-kapotte-regels",
        "bestand",
        "json",
        "JSON Lines met een afgebroken regel, een lijst, een getal van 5000 cijfers, 100.000 "
        "geneste lijsten en een dubbele sleutel (gaven eerst Python-fouten of een stille keuze)",
        Toewijzingsbestand(
            "a.jsonl",
            lambda: jsonl(
                json_rij(1),
                '{"toewijzing_id": "T-2",',
                "[1, 2, 3]",
                json_rij(4, {"servicekosten": TE_VEEL_CIJFERS}),
                DIEP.decode(),
                json_rij(6)[:-1] + ', "kale_huur": "900"}',
                json_rij(7),
            ),
        ),
        Telling(
            7,
            2,
            5,
            (
                Afwijzing(2, None, "geen geldige JSON"),
                Afwijzing(3, None, "verwacht een JSON-object per regel"),
                Afwijzing(4, None, "een getal heeft te veel cijfers"),
                Afwijzing(5, None, "te diep genest"),
                Afwijzing(6, None, "de sleutel(s) 'kale_huur' komen meer dan eens voor"),
            ),
        ),
    ),
    Geval(
        "bestand-jsonl-typen",
        "bestand",
        "ja/nee als tekst",
        "ja/nee als getal 2, huur als true, huur 650.005 en 1e999999999, aantal 1e999999999",
        Toewijzingsbestand(
            "a.jsonl",
            jsonl(
                json_rij(1, daeb=2),
                json_rij(2, kale_huur=True),
                json_rij(3, {"kale_huur": "650.005"}),
                json_rij(4, {"kale_huur": "1e999999999"}),
                json_rij(5, {"aantal_personen": "1e999999999"}),
                json_rij(6, daeb="true", kale_huur=612.5, aantal_personen=1),
            ),
        ),
        Telling(
            6,
            1,
            5,
            (
                Afwijzing(1, "daeb", "verwacht ja of nee"),
                Afwijzing(2, "kale_huur", "verwacht een bedrag, geen ja/nee-waarde"),
                Afwijzing(3, "kale_huur", "hoogstens twee decimalen"),
                Afwijzing(4, "kale_huur", "een bedrag van 1000000000 cijfers"),
                Afwijzing(5, "aantal_personen", "geen geheel aantal"),
            ),
            (Waarde(6, "kale_huur", "612.5"),),
        ),
    ),
    Geval(
        "bestand-jsonl-bom",
        "bestand",
        "codering",
        "JSON Lines met een UTF-8-BOM (de eerste rij werd eerst afgewezen)",
        Toewijzingsbestand("a.jsonl", b"\xef\xbb\xbf" + jsonl(json_rij(1), json_rij(2))),
        Telling(2, 2, 0),
    ),
    Geval(
        "bestand-jsonl-cp1252",
        "bestand",
        "codering",
        "JSON Lines met een regel in Windows-1252: die cel met rij en kolom afgewezen (eerst werd "
        "het hele bestand geweigerd)",
        Toewijzingsbestand(
            "a.jsonl",
            jsonl(json_rij(1)) + (json_rij(2, gemeente="Súdwest") + "\n").encode("cp1252"),
        ),
        Telling(
            2, 1, 1, (Afwijzing(2, "gemeente", "bytes die niet te lezen zijn in de tekstcodering"),)
        ),
    ),
    Geval(
        "bestand-jsonl-leeg",
        "bestand",
        "leeg bestand",
        "leeg JSON Lines-bestand (eerst: 'verplichte kolommen ontbreken')",
        Toewijzingsbestand("a.jsonl", b"\n\n"),
        Fout("InvoerFout", "het bestand is leeg"),
    ),
    Geval(
        "bestand-xlsx-celtypen",
        "bestand",
        "geen exacte centen",
        "Excel-cellen: huur 650.005, huur WAAR, datum met tijd (die dag), 2,5 personen, #DEEL/0!, "
        "een tijd als datum en een getal als gemeente",
        Toewijzingsbestand(
            "a.xlsx",
            xlsx(
                cellen(1, kale_huur=650.005),
                cellen(2, kale_huur=True),
                cellen(3, huuringangsdatum=datetime(2024, 3, 1, 10, 30)),  # noqa: DTZ001
                cellen(4, aantal_personen=2.5),
                cellen(5, kale_huur="#DIV/0!"),
                cellen(6, huuringangsdatum=time(10, 0)),
                cellen(7, gemeente=1.5),
                cellen(8, huuringangsdatum=datetime(2024, 3, 1), kale_huur=612.5),  # noqa: DTZ001
            ),
        ),
        Telling(
            8,
            2,
            6,
            (
                Afwijzing(2, "kale_huur", "het getal 650.005 is geen exact bedrag in centen"),
                Afwijzing(3, "kale_huur", "verwacht een bedrag, geen ja/nee-waarde"),
                Afwijzing(5, "aantal_personen", "geen geheel aantal"),
                Afwijzing(6, "kale_huur", "'#DIV/0!' is geen bedrag"),
                Afwijzing(7, "huuringangsdatum", "verwacht een datum, geen tijd zonder datum"),
                Afwijzing(8, "gemeente", "verwacht tekst"),
            ),
            (Waarde(4, "huuringangsdatum", "2024-03-01"), Waarde(9, "kale_huur", "612.5")),
        ),
    ),
    Geval(
        "bestand-xlsx-leeg-werkblad",
        "bestand",
        "leeg bestand",
        "Excel-werkmap met een leeg werkblad",
        Toewijzingsbestand("a.xlsx", xlsx(koppen=None)),
        Fout("InvoerFout", "is leeg"),
    ),
    Geval(
        "bestand-xlsx-alleen-kopregel",
        "bestand",
        "alleen kopregel",
        "Excel-werkmap met alleen de kolomkoppen",
        Toewijzingsbestand("a.xlsx", xlsx()),
        Telling(0, 0, 0),
    ),
    Geval(
        "bestand-xlsx-waarden-zonder-kolomkop",
        "bestand",
        "aantal velden",
        "Excel-rij met een waarde rechts van de laatste kolomkop",
        Toewijzingsbestand("a.xlsx", xlsx(cellen(1), [*cellen(2), None, "extra"])),
        Telling(2, 1, 1, (Afwijzing(3, None, "waarden in kolommen zonder kolomkop"),)),
    ),
    Geval(
        "bestand-xlsx-dubbele-kolom",
        "bestand",
        "dubbele kolom",
        "Excel met de kolommen 'Kale huur' en 'kale_huur'",
        Toewijzingsbestand("a.xlsx", xlsx(cellen(1) + ["1"], koppen=[*KOPPEN, "Kale huur"])),
        Fout("InvoerFout", "de kolom 'kale_huur' komt meer dan eens voor"),
    ),
    Geval(
        "bestand-xlsx-geen-werkmap",
        "bestand",
        "binair",
        "een CSV-bestand met de extensie .xlsx",
        Toewijzingsbestand("a.xlsx", csv_bytes(*GOED)),
        Fout("InvoerFout", "geen leesbaar Excel-bestand"),
    ),
    Geval(
        "bestand-parquet-typen",
        "bestand",
        "datum met tijd",
        "Parquet met een decimale kolom met drie decimalen en een tijdstempel met tijd (die dag)",
        Toewijzingsbestand(
            "a.parquet",
            parquet(
                parquet_kolommen(
                    kale_huur=lambda pa: pa.array(
                        [Decimal("650.105"), Decimal("650.100")], type=pa.decimal128(10, 3)
                    ),
                    huuringangsdatum=lambda pa: pa.array(
                        [datetime(2024, 3, 1), datetime(2024, 3, 1, 10)],  # noqa: DTZ001
                        type=pa.timestamp("s"),
                    ),
                )
            ),
        ),
        Telling(
            2,
            1,
            1,
            (Afwijzing(1, "kale_huur", "hoogstens twee decimalen"),),
            (Waarde(2, "huuringangsdatum", "2024-03-01"),),
        ),
    ),
    Geval(
        "bestand-parquet-kapot",
        "bestand",
        "binair",
        "een afgebroken Parquet-bestand",
        Toewijzingsbestand("a.parquet", b"PAR1\x00\x00garbage"),
        Fout("InvoerFout", "geen leesbaar Parquet-bestand"),
    ),
    Geval(
        "bestand-csv-groot-200000-rijen",
        "bestand",
        "groot bestand",
        "200.000 rijen met 10 slechte rijen verspreid (ook op de grens van een stuk): elke rij "
        "geteld, elke slechte rij met haar rijnummer gemeld",
        Toewijzingsbestand("groot.csv", groot_bestand),
        Telling(
            GROOT_AANTAL,
            GROOT_AANTAL - len(GROOT_FOUTEN),
            len(GROOT_FOUTEN),
            tuple(Afwijzing(r, k, m) for r, (k, _, m) in sorted(GROOT_FOUTEN.items())),
        ),
    ),
]

GEVALLEN: tuple[Geval, ...] = (
    *MODELGEVALLEN,
    *DATAGEVALLEN,
    *OPDRACHTGEVALLEN,
    *BESTANDGEVALLEN,
)
"""Alle gevallen, per soort in de volgorde hierboven."""


# --- de gevallen van issue 11 (betrouwbaar in echt gebruik) ---------------------------------------

CATEGORIEEN_ISSUE_11 = frozenset(
    {
        "uitvoer is invoer",
        "extensie",
        "dezelfde bron",
        "verslag over niets",
        "vorig verslag",
        "gemengde codering",
        "stuurteken",
        "lege rij",
        "titelrij",
        "werkblad",
        "onbekende kolom",
        "tijdstempel",
        "geboortedatum",
        "persoonsgegeven",
        "systeemmelding",
    }
)
"""De soorten gebreken van issue 11; het corpus heeft van elk minstens één geval."""

MODELGEVALLEN_11 = [
    Geval(
        "model-toewijzing-geboortedatum-na-huuringang",
        "model",
        "geboortedatum",
        "een bewoner die na de huuringangsdatum geboren is (werd eerst aanvaard)",
        Modelinvoer(
            "Toewijzing",
            toewijzing(huishouden=huishouden(personen=[persoon(geboortedatum="2024-06-01")])),
        ),
        Fout(
            "OngeldigeInvoer",
            "ligt na de huuringangsdatum",
            "huishouden.personen[0].geboortedatum",
        ),
    ),
    Geval(
        "model-persoon-geboortedatum-1800",
        "model",
        "geboortedatum",
        "geboortedatum 1800-01-01 (gaf eerst een parameterfout over de AOW-leeftijd in 1865)",
        Modelinvoer("Persoon", persoon(geboortedatum="1800-01-01")),
        Fout("OngeldigeInvoer", "ligt vóór 1880", "geboortedatum", niet=("1800",)),
    ),
    Geval(
        "model-toewijzing-bewoner-ouder-dan-115",
        "model",
        "geboortedatum",
        "een bewoner van 124 jaar op de huuringangsdatum (geboren 1900)",
        Modelinvoer(
            "Toewijzing",
            toewijzing(
                huishouden=huishouden(
                    personen=[persoon(), persoon(rol="partner", geboortedatum="1900-01-01")]
                )
            ),
        ),
        Fout(
            "OngeldigeInvoer",
            "ouder zijn dan 115 jaar",
            "huishouden.personen[1].geboortedatum",
        ),
    ),
    Geval(
        "model-huishouden-inkomen-niet-geciteerd",
        "model",
        "persoonsgegeven",
        "een absurd inkomen: de melding noemt het veld en het maximum, niet het inkomen",
        Modelinvoer("Huishouden", huishouden(vastgesteld_inkomen="123456789.12")),
        Fout(
            "OngeldigeInvoer",
            "het bedrag is onwaarschijnlijk hoog voor een inkomen per jaar",
            "vastgesteld_inkomen",
            niet=("123.456.789", "123456789"),
        ),
    ),
    Geval(
        "model-woning-bedrag-als-lijst",
        "model",
        "systeemmelding",
        "kale huur als lijst [640]: de melding noemt het soort in het Nederlands ('geen list')",
        Modelinvoer("Woning", woning(kale_huur=[640])),
        Fout("OngeldigeInvoer", "verwacht een bedrag, geen lijst", "kale_huur", niet=("list",)),
    ),
]

DATAGEVALLEN_11 = [
    Geval(
        "datafile-beleid-toml-melding-in-het-nederlands",
        "datafile",
        "systeemmelding",
        "een beleidsbestand met een onafgesloten tabelkop (gaf eerst 'Expected ']' at the end of "
        "a table declaration')",
        Databestand("beleid", b"[beleid\nnaam = 1"),
        Fout(
            "ParameterdataOngeldig",
            "']' verwacht aan het eind van een tabelkop (regel 1, kolom 8)",
            niet=("Expected",),
        ),
    ),
    Geval(
        "datafile-tabel-toml-melding-in-het-nederlands",
        "datafile",
        "systeemmelding",
        "een huur-inkomenstabel met een lege waarde (gaf eerst 'Invalid value (at line 1, ...)')",
        Databestand("tabel", b"naam = \n"),
        Fout("ParameterdataOngeldig", "ongeldige waarde (regel 1, kolom 8)", niet=("Invalid",)),
    ),
    Geval(
        "datafile-parameters-utf8-melding-in-het-nederlands",
        "datafile",
        "systeemmelding",
        "een parameterbestand met een ongeldige UTF-8-byte (gaf eerst \"'utf-8' codec can't "
        'decode")',
        Databestand("parameters", parameterbestand().replace(b"Regeling", b"Regeling \xff")),
        Fout("ParameterdataOngeldig", "geen geldige UTF-8: ongeldige beginbyte", niet=("codec",)),
    ),
]

OPDRACHTGEVALLEN_11 = [
    Geval(
        "cli-fouten-is-de-invoer",
        "cli",
        "uitvoer is invoer",
        "verantwoording a.csv --fouten a.csv (kapte de invoer eerst af voordat zij gelezen werd)",
        Opdracht((*VERANTWOORDING_2024, "--fouten", "{map}/a.csv"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "--fouten is hetzelfde bestand als de invoer"),
    ),
    Geval(
        "cli-uitvoer-is-de-invoer",
        "cli",
        "uitvoer is invoer",
        "verantwoording a.txt -o a.txt (overschreef eerst de invoer met het verslag)",
        Opdracht(
            ("verantwoording", "{map}/a.txt", "--jaar", "2024", "-o", "{map}/a.txt"),
            {"a.txt": csv_bytes(*GOED)},
        ),
        Fout("afsluitcode 2", "-o is hetzelfde bestand als de invoer"),
    ),
    Geval(
        "cli-uitvoer-symbolische-koppeling-naar-invoer",
        "cli",
        "uitvoer is invoer",
        "-o v.md waar v.md een symbolische koppeling naar de invoer a.csv is",
        Opdracht(
            (*VERANTWOORDING_2024, "-o", "{map}/v.md"),
            {"a.csv": csv_bytes(*GOED)},
            koppelingen={"v.md": Koppeling("a.csv")},
        ),
        Fout("afsluitcode 2", "-o is hetzelfde bestand als de invoer"),
    ),
    Geval(
        "cli-uitvoer-harde-koppeling-naar-invoer",
        "cli",
        "uitvoer is invoer",
        "-o v.md waar v.md een harde koppeling naar de invoer a.csv is (zelfde bestand)",
        Opdracht(
            (*VERANTWOORDING_2024, "-o", "{map}/v.md"),
            {"a.csv": csv_bytes(*GOED)},
            koppelingen={"v.md": Koppeling("a.csv", "hard")},
        ),
        Fout("afsluitcode 2", "-o is hetzelfde bestand als de invoer"),
    ),
    Geval(
        "cli-uitvoer-invoer-andere-schrijfwijze",
        "cli",
        "uitvoer is invoer",
        "-o map/../a.txt terwijl a.txt de invoer is (zelfde bestand, ander pad)",
        Opdracht(
            ("verantwoording", "{map}/a.txt", "--jaar", "2024", "-o", "{map}/sub/../a.txt"),
            {"a.txt": csv_bytes(*GOED)},
            mappen=("sub",),
        ),
        Fout("afsluitcode 2", "-o is hetzelfde bestand als de invoer"),
    ),
    Geval(
        "cli-uitvoer-is-het-vorige-verslag",
        "cli",
        "uitvoer is invoer",
        "--vorig-jaar v.json -o v.json: het verslag van vorig jaar wordt niet overschreven",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json", "-o", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag()},
        ),
        Fout("afsluitcode 2", "-o is hetzelfde bestand als de invoer --vorig-jaar"),
    ),
    Geval(
        "cli-twee-uitvoerbestanden-zelfde-pad",
        "cli",
        "uitvoer is invoer",
        "-o f.txt --fouten f.txt: het ene uitvoerbestand zou het andere overschrijven",
        Opdracht(
            (*VERANTWOORDING_2024, "-o", "{map}/f.txt", "--fouten", "{map}/f.txt"),
            {"a.csv": csv_bytes(*GOED)},
        ),
        Fout("afsluitcode 2", "--fouten en -o zijn hetzelfde bestand"),
    ),
    Geval(
        "cli-uitvoer-is-een-map",
        "cli",
        "uitvoer is invoer",
        "-o naar een bestaande map (gaf eerst 'Is a directory')",
        Opdracht(
            (*VERANTWOORDING_2024, "-o", "{map}/sub"), {"a.csv": csv_bytes(*GOED)}, mappen=("sub",)
        ),
        Fout("afsluitcode 2", "-o is een map; geef een bestandsnaam", niet=("Is a directory",)),
    ),
    Geval(
        "cli-sjabloon-over-bestaand-bestand",
        "cli",
        "uitvoer is invoer",
        "sjabloon -o t.csv terwijl t.csv al bestaat (misschien al ingevuld): niet overschreven",
        Opdracht(("sjabloon", "-o", "{map}/t.csv"), {"t.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "bestaat al (misschien al ingevuld) en wordt niet overschreven"),
    ),
    Geval(
        "cli-uitvoer-extensie-pdf",
        "cli",
        "extensie",
        "-o verslag.pdf (schreef eerst Markdown in een bestand dat .pdf heet)",
        Opdracht((*VERANTWOORDING_2024, "-o", "{map}/v.pdf"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "onbekende extensie '.pdf' voor dit bestand; gebruik .md, .json"),
    ),
    Geval(
        "cli-uitvoer-extensie-tegen-formaat",
        "cli",
        "extensie",
        "--formaat json -o verslag.html: de extensie en het formaat spreken elkaar tegen",
        Opdracht(
            (*VERANTWOORDING_2024, "--formaat", "json", "-o", "{map}/v.html"),
            {"a.csv": csv_bytes(*GOED)},
        ),
        Fout("afsluitcode 2", "de extensie '.html' past niet bij het formaat 'json'"),
    ),
    Geval(
        "cli-sjabloon-parquet",
        "cli",
        "extensie",
        "sjabloon -o x.parquet (schreef eerst CSV in een bestand dat .parquet heet)",
        Opdracht(("sjabloon", "-o", "{map}/x.parquet")),
        Fout(
            "afsluitcode 2", "onbekende extensie '.parquet' voor dit bestand; gebruik .csv, .xlsx"
        ),
    ),
    Geval(
        "cli-foutenbestand-xlsx",
        "cli",
        "extensie",
        "--fouten f.xlsx (schreef eerst CSV in een bestand dat .xlsx heet)",
        Opdracht((*VERANTWOORDING_2024, "--fouten", "{map}/f.xlsx"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "onbekende extensie '.xlsx' voor dit bestand; gebruik .csv"),
    ),
    Geval(
        "cli-toets-inkomen-55.000",
        "cli",
        "dubbelzinnig bedrag",
        "toets --inkomen 55.000 (werd eerst gelezen als € 55: doelgroep en passend)",
        Opdracht(toets(inkomen="55.000")),
        Fout("afsluitcode 2", "--inkomen: dubbelzinnig", niet=("55.000",)),
    ),
    Geval(
        "cli-toets-inkomen-55,000",
        "cli",
        "dubbelzinnig bedrag",
        "toets --inkomen 55,000 (werd eerst gelezen als € 55)",
        Opdracht(toets(inkomen="55,000")),
        Fout("afsluitcode 2", "--inkomen: dubbelzinnig", niet=("55,000",)),
    ),
    Geval(
        "cli-toets-huur-leeg",
        "cli",
        "ontbrekend veld",
        "toets --kale-huur '' (een lege waarde)",
        Opdracht(toets(kale_huur="")),
        Fout("afsluitcode 2", "--kale-huur: een leeg bedrag"),
    ),
    Geval(
        "cli-verantwoording-zelfde-bestand-twee-keer",
        "cli",
        "dezelfde bron",
        "verantwoording a.csv a.csv (werd eerst twee keer geteld)",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "{map}/a.csv", "--jaar", "2024"),
            {"a.csv": csv_bytes(*GOED)},
        ),
        Fout("afsluitcode 2", "het is twee keer opgegeven"),
    ),
    Geval(
        "cli-verantwoording-zelfde-bestand-andere-schrijfwijze",
        "cli",
        "dezelfde bron",
        "verantwoording a.csv sub/../a.csv: hetzelfde bestand, anders geschreven",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "{map}/sub/../a.csv", "--jaar", "2024"),
            {"a.csv": csv_bytes(*GOED)},
            mappen=("sub",),
        ),
        Fout("afsluitcode 2", "het is twee keer opgegeven"),
    ),
    Geval(
        "cli-verantwoording-kopie-met-andere-naam",
        "cli",
        "dezelfde bron",
        "verantwoording a.csv b.csv waar b.csv een kopie van a.csv is",
        Opdracht(
            ("verantwoording", "{map}/a.csv", "{map}/b.csv", "--jaar", "2024"),
            {"a.csv": csv_bytes(*GOED), "b.csv": csv_bytes(*GOED)},
        ),
        Fout("afsluitcode 2", "precies dezelfde inhoud als a.csv"),
    ),
    Geval(
        "cli-verantwoording-alleen-kopregel-met-jaar",
        "cli",
        "verslag over niets",
        "verantwoording van alleen een kopregel met --jaar (zei eerst 'voldoet' met afsluitcode 0)",
        Opdracht(VERANTWOORDING_2024, {"a.csv": csv_bytes()}),
        Afsluiting(4, "Uitkomst: niet vast te stellen: de invoer bevat geen toewijzingen"),
    ),
    Geval(
        "cli-verantwoording-alles-afgewezen-met-jaar",
        "cli",
        "verslag over niets",
        "verantwoording --jaar 2024 waarin elke rij is afgewezen (zei eerst 'voldoet')",
        Opdracht(
            VERANTWOORDING_2024,
            {"a.csv": csv_bytes(rij(1, kale_huur="-1"), rij(2, kale_huur="-2"))},
        ),
        Afsluiting(4, "Uitkomst: niet vast te stellen"),
    ),
    Geval(
        "cli-verantwoording-geen-rij-in-het-jaar",
        "cli",
        "verslag over niets",
        "verantwoording --jaar 2024 van een bestand met alleen toewijzingen uit 2023",
        Opdracht(
            VERANTWOORDING_2024,
            {
                "a.csv": csv_bytes(
                    rij(1, huuringangsdatum="2023-03-01", toewijzingsdatum="2023-02-01")
                )
            },
        ),
        Afsluiting(4, "geen toewijzingen van Proef met huuringang in 2024"),
    ),
    Geval(
        "cli-vorig-jaar-andere-corporatie",
        "cli",
        "vorig verslag",
        "--vorig-jaar met het verslag van een andere corporatie (werd eerst gewoon meegeteld)",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(corporatie="Woonstichting Elders")},
        ),
        Fout("afsluitcode 2", "is van 'Woonstichting Elders', deze verantwoording van 'Proef'"),
    ),
    Geval(
        "cli-vorig-jaar-teller-boven-noemer",
        "cli",
        "vorig verslag",
        "--vorig-jaar met meer passende toewijzingen dan de noemer (gaf eerst 74,956% 'voldoet')",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(passendheid__teller=500)},
        ),
        Fout("afsluitcode 2", "meer passende toewijzingen (500) dan toewijzingen in de noemer"),
    ),
    Geval(
        "cli-vorig-jaar-verkeerd-jaar",
        "cli",
        "vorig verslag",
        "--vorig-jaar met het verslag van 2022 bij de verantwoording van 2024",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(jaar=2022)},
        ),
        Fout("afsluitcode 2", "gaat over 2022; voor de verantwoording van 2024 is 2023 nodig"),
    ),
    Geval(
        "cli-vorig-jaar-ander-schema",
        "cli",
        "vorig verslag",
        "--vorig-jaar met een JSON-document van een ander schema",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(schema="iets-anders/1")},
        ),
        Fout("afsluitcode 2", "het schema is 'iets-anders/1'"),
    ),
    Geval(
        "cli-vorig-jaar-teller-als-tekst",
        "cli",
        "vorig verslag",
        '--vorig-jaar met de teller als tekst "10"',
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(passendheid__teller="10")},
        ),
        Fout("afsluitcode 2", "het veld 'passendheid.teller' is geen geheel getal"),
    ),
    Geval(
        "cli-vorig-jaar-negatieve-noemer",
        "cli",
        "vorig verslag",
        "--vorig-jaar met een negatieve noemer",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {"a.csv": csv_bytes(*GOED), "v.json": vorig_verslag(passendheid__noemer=-3)},
        ),
        Fout("afsluitcode 2", "het veld 'passendheid.noemer' is negatief"),
    ),
    Geval(
        "cli-vorig-jaar-ook-in-de-invoer",
        "cli",
        "vorig verslag",
        "--vorig-jaar terwijl de invoer ook toewijzingen van 2023 bevat (koos eerst stil)",
        Opdracht(
            (*VERANTWOORDING_2024, "--vorig-jaar", "{map}/v.json"),
            {
                "a.csv": csv_bytes(
                    *GOED, rij(3, huuringangsdatum="2023-03-01", toewijzingsdatum="2023-02-01")
                ),
                "v.json": vorig_verslag(),
            },
        ),
        Fout("afsluitcode 2", "de cijfers van 2023 staan twee keer in de invoer"),
    ),
    Geval(
        "cli-verantwoording-map-als-invoer",
        "cli",
        "systeemmelding",
        "verantwoording van een map (zei eerst 'bestand niet gevonden')",
        Opdracht(("verantwoording", "{map}/sub", "--jaar", "2024"), mappen=("sub",)),
        Fout("afsluitcode 2", "is een map, geen bestand"),
    ),
    Geval(
        "cli-toets-invoer-is-een-map",
        "cli",
        "systeemmelding",
        "toets --invoer met een map (gaf eerst 'Is a directory')",
        Opdracht(("toets", "--invoer", "{map}/sub"), mappen=("sub",)),
        Fout("afsluitcode 2", "is een map, geen bestand", niet=("Is a directory",)),
    ),
    Geval(
        "cli-toets-invoer-bestaat-niet",
        "cli",
        "systeemmelding",
        "toets --invoer met een bestand dat niet bestaat (gaf eerst 'No such file or directory')",
        Opdracht(("toets", "--invoer", "{map}/weg.json")),
        Fout("afsluitcode 2", "bestand of map bestaat niet", niet=("No such file",)),
    ),
    Geval(
        "cli-rangschik-json-zonder-sluitteken",
        "cli",
        "systeemmelding",
        "rangschik --woning met '{' (gaf eerst 'Expecting property name enclosed in ...')",
        Opdracht(
            ("rangschik", "--woning", "{map}/w.json", "--kandidaten", "{map}/w.json", *RANGSCHIK),
            {"w.json": b"{"},
        ),
        Fout("afsluitcode 2", "sleutel tussen dubbele aanhalingstekens", niet=("Expecting",)),
    ),
    Geval(
        "cli-verantwoording-utf16-zonder-bom-opgegeven",
        "cli",
        "systeemmelding",
        "--codering utf-16 bij een bestand zonder BOM (gaf eerst 'UTF-16 stream does not start "
        "with BOM')",
        Opdracht((*VERANTWOORDING_2024, "--codering", "utf-16"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "begint niet met een bytevolgordemarkering", niet=("stream",)),
    ),
    Geval(
        "cli-verantwoording-onbekend-werkblad",
        "cli",
        "werkblad",
        "--blad Blad9 bij een werkmap zonder dat blad",
        Opdracht(
            ("verantwoording", "{map}/a.xlsx", "--jaar", "2024", "--blad", "Blad9"),
            {"a.xlsx": xlsx(cellen(1))},
        ),
        Fout("afsluitcode 2", "geen werkblad 'Blad9'; wel: Sheet (zie --blad)"),
    ),
    Geval(
        "cli-verantwoording-werkblad-bij-csv",
        "cli",
        "werkblad",
        "--blad bij een CSV-bestand (werd eerst stil genegeerd)",
        Opdracht((*VERANTWOORDING_2024, "--blad", "Blad1"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "een werkblad kiezen kan alleen bij Excel"),
    ),
    Geval(
        "cli-verantwoording-kopregel-nul",
        "cli",
        "titelrij",
        "--kopregel 0 (rijnummers beginnen bij 1)",
        Opdracht((*VERANTWOORDING_2024, "--kopregel", "0"), {"a.csv": csv_bytes(*GOED)}),
        Fout("afsluitcode 2", "'0' is geen rijnummer (1 of hoger)"),
    ),
    Geval(
        "cli-verantwoording-ontbrekende-kopregel-noemt-geen-inkomen",
        "cli",
        "persoonsgegeven",
        "een bestand zonder kopregel: de melding noemde eerst de eerste rij, met het inkomen",
        Opdracht(
            VERANTWOORDING_2024,
            {"a.csv": "".join(csv_regel(r) for r in GOED).encode("utf-8")},
        ),
        Fout("afsluitcode 2", "de kopregel lijkt een rij met gegevens", niet=("25000",)),
    ),
]

BESTANDGEVALLEN_11 = [
    Geval(
        "bestand-csv-utf8-en-cp1252-gemengd",
        "bestand",
        "gemengde codering",
        "een rij in UTF-8 en een rij in Windows-1252 met dezelfde gemeente (werd eerst als "
        "Windows-1252 gelezen: twee schrijfwijzen van één gemeente)",
        Toewijzingsbestand(
            "a.csv",
            lambda: (
                csv_bytes(rij(1, gemeente="Súdwest-Fryslân"))
                + csv_regel(rij(2, gemeente="Súdwest-Fryslân")).encode("cp1252")
            ),
        ),
        Telling(
            2,
            1,
            1,
            (Afwijzing(3, "gemeente", "misschien gemengde coderingen"),),
            (Waarde(2, "gemeente", "Súdwest-Fryslân"),),
            opmerkingen=("mengt tekstcoderingen: regel 2 is UTF-8, regel 3 niet",),
        ),
    ),
    Geval(
        "bestand-csv-cp1252-byte-zonder-teken",
        "bestand",
        "gemengde codering",
        "een Windows-1252-bestand met byte 0x81 (geen teken in Windows-1252) in een gemeente",
        Toewijzingsbestand(
            "a.csv",
            lambda: (
                csv_tekst(rij(1, gemeente="Súdwest"), rij(2))
                .encode("cp1252")
                .replace(b"Gorinchem", b"Gor\x81nchem", 1)
            ),
        ),
        Telling(2, 1, 1, (Afwijzing(3, "gemeente", "bytes die niet te lezen zijn"),)),
    ),
    Geval(
        "bestand-jsonl-ongeldige-utf8-in-een-waarde",
        "bestand",
        "gemengde codering",
        "JSON Lines met één ongeldige UTF-8-byte in een woning-id: die cel, met rij en kolom",
        Toewijzingsbestand(
            "a.jsonl",
            lambda: jsonl(json_rij(1), json_rij(2)).replace(b"W-00002", b"W-\xff0002"),
        ),
        Telling(2, 1, 1, (Afwijzing(2, "woning_id", "bytes die niet te lezen zijn"),)),
    ),
    Geval(
        "bestand-csv-nul-teken-in-een-gemeente",
        "bestand",
        "stuurteken",
        "een nul-teken midden in een gemeente (maakte eerst een nieuwe gemeente)",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, gemeente="Gorin\x00chem"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "gemeente", "bevat een nul-teken"),)),
    ),
    Geval(
        "bestand-csv-belteken-in-een-kenmerk",
        "bestand",
        "stuurteken",
        "een stuurteken (BEL, 0x07) in een woning-id",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, woning_id="W\x07-1"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "woning_id", "onzichtbaar teken U+0007"),)),
    ),
    Geval(
        "bestand-csv-zachte-afbreking-in-een-gemeente",
        "bestand",
        "stuurteken",
        "een onzichtbare zachte afbreking (U+00AD) in een gemeente: zou een tweede gemeente maken",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, gemeente="Gorin\u00adchem"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "gemeente", "onzichtbaar teken U+00AD"),)),
    ),
    Geval(
        "bestand-csv-richtingsteken-in-een-kenmerk",
        "bestand",
        "stuurteken",
        "een tekenrichtingsteken (U+202E) in een toewijzing-id: hij ziet er anders uit dan hij is",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, toewijzing_id="T-\u202e10"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "toewijzing_id", "onzichtbaar teken U+202E"),)),
    ),
    Geval(
        "bestand-csv-regeleinde-in-een-gemeente",
        "bestand",
        "stuurteken",
        "een regeleinde midden in een gemeente (tussen aanhalingstekens)",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, gemeente="Gorin\nchem"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "gemeente", "regeleinde of tab midden in de waarde"),)),
    ),
    Geval(
        "bestand-csv-gemeente-in-ontlede-vorm",
        "bestand",
        "gemengde codering",
        "'Súdwest-Fryslân' in ontlede Unicode-vorm (NFD, zoals macOS exporteert): één gemeente",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, gemeente=unicodedata.normalize("NFD", "Súdwest-Fryslân")),
                rij(2, gemeente="Súdwest-Fryslân"),
            ),
        ),
        Telling(
            2,
            2,
            0,
            waarden=(
                Waarde(2, "gemeente", "Súdwest-Fryslân"),
                Waarde(3, "gemeente", "Súdwest-Fryslân"),
            ),
        ),
    ),
    Geval(
        "bestand-csv-vaste-en-dubbele-spaties",
        "bestand",
        "stuurteken",
        "'Den\\u00a0Haag' en 'Den  Haag' (vaste spatie, twee spaties): één gemeente 'Den Haag'",
        Toewijzingsbestand(
            "a.csv", csv_bytes(rij(1, gemeente="Den\u00a0Haag"), rij(2, gemeente="Den  Haag"))
        ),
        Telling(
            2,
            2,
            0,
            waarden=(Waarde(2, "gemeente", "Den Haag"), Waarde(3, "gemeente", "Den Haag")),
        ),
    ),
    Geval(
        "bestand-csv-staart-van-scheidingstekens",
        "bestand",
        "lege rij",
        "twee rijen met alleen scheidingstekens onderaan (elk werd eerst afgewezen met 10 fouten)",
        Toewijzingsbestand("a.csv", bytes_met(csv_tekst(*GOED), STAART, STAART)),
        Telling(4, 2, 0, leeg=2),
    ),
    Geval(
        "bestand-csv-lege-en-witte-regels-midden-in",
        "bestand",
        "lege rij",
        "een lege regel en een rij met alleen spaties tussen de rijen: geteld als leeg; de "
        "rijnummers blijven die van het bestand",
        Toewijzingsbestand(
            "a.csv",
            bytes_met(
                csv_tekst(rij(1)),
                "\r\n",
                " ; ;" + ";" * (len(KOPPEN) - 3) + "\r\n",
                csv_regel(rij(2, kale_huur="-1")),
            ),
        ),
        Telling(4, 1, 1, (Afwijzing(5, "kale_huur", "niet negatief"),), leeg=2),
    ),
    Geval(
        "bestand-xlsx-lege-rijen-met-spaties",
        "bestand",
        "lege rij",
        "Excel-rijen met alleen spaties of lege tekst tussen de toewijzingen",
        Toewijzingsbestand("a.xlsx", xlsx(cellen(1), [" "] * len(KOPPEN), [""] * 3, cellen(2))),
        Telling(4, 2, 0, leeg=2),
    ),
    Geval(
        "bestand-jsonl-leeg-object",
        "bestand",
        "lege rij",
        "JSON Lines met {} en een object waarin elke waarde null is",
        Toewijzingsbestand(
            "a.jsonl",
            lambda: jsonl(json_rij(1), "{}", json.dumps(dict.fromkeys(KOPPEN)), json_rij(2)),
        ),
        Telling(4, 2, 0, leeg=2),
    ),
    Geval(
        "bestand-parquet-leeg-record",
        "bestand",
        "lege rij",
        "Parquet met een record waarvan elke waarde null is",
        Toewijzingsbestand("a.parquet", parquet_met_lege_rij()),
        Telling(3, 2, 0, leeg=1),
    ),
    Geval(
        "bestand-csv-herhaalde-kopregel",
        "bestand",
        "lege rij",
        "twee exports aan elkaar geplakt, met de tweede BOM: de herhaalde kopregel is één fout",
        Toewijzingsbestand(
            "a.csv",
            bytes_met(csv_tekst(rij(1)), b"\xef\xbb\xbf", csv_tekst(rij(2))),
        ),
        Telling(3, 2, 1, (Afwijzing(3, None, "herhaalt de kolomkoppen"),)),
    ),
    Geval(
        "bestand-csv-titelregels-boven-de-kopregel",
        "bestand",
        "titelrij",
        "een titel en een lege regel boven de kolomkoppen (eerst: 'verplichte kolommen ontbreken')",
        Toewijzingsbestand(
            "a.csv",
            bytes_met("Toewijzingen 2024;;;\r\nWoonstichting Proef\r\n\r\n", csv_tekst(*GOED)),
        ),
        Telling(2, 2, 0, waarden=(Waarde(5, "kale_huur", "600.00"),)),
    ),
    Geval(
        "bestand-xlsx-titelrijen-boven-de-kopregel",
        "bestand",
        "titelrij",
        "een Excel-export met een titel in A1 en de kolomkoppen in rij 3",
        Toewijzingsbestand(
            "a.xlsx",
            xlsx_rijen(["Toewijzingen 2024"], [], KOPPEN, cellen(1), cellen(2)),
        ),
        Telling(2, 2, 0, waarden=(Waarde(5, "kale_huur", "600"),)),
    ),
    Geval(
        "bestand-csv-opgegeven-kopregel-is-leeg",
        "bestand",
        "titelrij",
        "kopregel 2 opgegeven terwijl rij 2 leeg is",
        Toewijzingsbestand("a.csv", bytes_met("Titel\r\n\r\n", csv_tekst(*GOED)), kopregel=2),
        Fout("InvoerFout", "rij 2 (de opgegeven kopregel) is leeg"),
    ),
    Geval(
        "bestand-csv-opgegeven-kopregel",
        "bestand",
        "titelrij",
        "kopregel 2 opgegeven onder een titel die zelf op kolomkoppen lijkt",
        Toewijzingsbestand(
            "a.csv", bytes_met(";".join(KOPPEN) + " (oud)\r\n", csv_tekst(*GOED)), kopregel=2
        ),
        Telling(2, 2, 0),
    ),
    Geval(
        "bestand-xlsx-tweede-werkblad-gekozen",
        "bestand",
        "werkblad",
        "een werkmap met eerst een blad met notities; het blad Toewijzingen gekozen",
        Toewijzingsbestand(
            "a.xlsx",
            xlsx_rijen(KOPPEN, cellen(1), cellen(2), bladen=("Notities",)),
            blad="Toewijzingen",
        ),
        Telling(2, 2, 0),
    ),
    Geval(
        "bestand-xlsx-verkeerd-werkblad-noemt-de-andere",
        "bestand",
        "werkblad",
        "een werkmap waarvan het eerste blad geen toewijzingen heeft, zonder werkblad gekozen",
        Toewijzingsbestand("a.xlsx", xlsx_rijen(KOPPEN, cellen(1), bladen=("Notities",))),
        Fout("InvoerFout", "de werkmap heeft ook de werkbladen Toewijzingen"),
    ),
    Geval(
        "bestand-csv-kolom-met-tikfout",
        "bestand",
        "onbekende kolom",
        "een kolom 'vergunninghouder' (tikfout voor vergunninghouders) werd eerst stil genegeerd",
        Toewijzingsbestand("a.csv", csv_bytes(*GOED, koppen=[*KOPPEN, "vergunninghouder"])),
        Telling(
            2,
            2,
            0,
            opmerkingen=(
                "kolommen niet gebruikt",
                "vergunninghouder (bedoelt u vergunninghouders?)",
            ),
        ),
    ),
    Geval(
        "bestand-csv-koppeling-naar-ontbrekende-kolom",
        "bestand",
        "onbekende kolom",
        "een kolomkoppeling 'Servicekost=servicekosten' terwijl de kolom 'Servicekost' ontbreekt",
        Toewijzingsbestand("a.csv", csv_bytes(*GOED), koppeling={"Servicekost": "servicekosten"}),
        Telling(
            2,
            2,
            0,
            opmerkingen=("kolomkoppeling niet gebruikt", "servicekost"),
        ),
    ),
    Geval(
        "bestand-csv-tijdstempel-met-tijdzone",
        "bestand",
        "tijdstempel",
        "huuringangsdatum 2024-02-29T23:30:00Z: in Nederland is het dan 1 maart (de dag telt)",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(rij(1, huuringangsdatum="2024-02-29T23:30:00Z"), rij(2)),
        ),
        Telling(2, 2, 0, waarden=(Waarde(2, "huuringangsdatum", "2024-03-01"),)),
    ),
    Geval(
        "bestand-csv-datum-met-punten-en-tijd",
        "bestand",
        "tijdstempel",
        "'1.3.2024 08:15' en '2024/03/01' (andere scheidingstekens in een datum)",
        Toewijzingsbestand(
            "a.csv",
            csv_bytes(
                rij(1, huuringangsdatum="1.3.2024 08:15"), rij(2, huuringangsdatum="2024/03/01")
            ),
        ),
        Telling(
            2,
            2,
            0,
            waarden=(
                Waarde(2, "huuringangsdatum", "2024-03-01"),
                Waarde(3, "huuringangsdatum", "2024-03-01"),
            ),
        ),
    ),
    Geval(
        "bestand-xlsx-datum-als-getal",
        "bestand",
        "tijdstempel",
        "een Excel-datum die als getal (45352) is opgemaakt (gaf eerst 'geen int')",
        Toewijzingsbestand("a.xlsx", xlsx(cellen(1, huuringangsdatum=45352), cellen(2))),
        Telling(
            2,
            1,
            1,
            (Afwijzing(2, "huuringangsdatum", "staat de kolom in Excel als getal opgemaakt?"),),
        ),
    ),
    Geval(
        "bestand-csv-zelfde-naam-in-twee-mappen",
        "bestand",
        "dezelfde bron",
        "jan/export.csv en feb/export.csv met een dubbel toewijzing_id: beide bestanden in het "
        "ontvangstbewijs, de dubbele rij met de plek van de eerste (eerst één hash en 'rij 2')",
        Toewijzingsbestand(
            "jan/export.csv",
            csv_bytes(rij(1), rij(2)),
            meer=(("feb/export.csv", csv_bytes(rij(3), rij(1))),),
        ),
        Telling(4, 3, 1, (Afwijzing(3, "toewijzing_id", "komt al voor in jan/export.csv, rij 2"),)),
    ),
    Geval(
        "bestand-csv-kopie-in-een-andere-map",
        "bestand",
        "dezelfde bron",
        "jan/export.csv en kopie/export.csv met precies dezelfde inhoud",
        Toewijzingsbestand(
            "jan/export.csv",
            csv_bytes(*GOED),
            meer=(("kopie/export.csv", csv_bytes(*GOED)),),
        ),
        Fout("InvoerFout", "precies dezelfde inhoud als jan/export.csv"),
    ),
    Geval(
        "bestand-csv-dubbelzinnig-inkomen-niet-geciteerd",
        "bestand",
        "persoonsgegeven",
        "huishoudinkomen '55.000' (dubbelzinnig): de melding noemt de kolom, niet het inkomen",
        Toewijzingsbestand("a.csv", csv_bytes(rij(1, huishoudinkomen="55.000"), rij(2))),
        Telling(2, 1, 1, (Afwijzing(2, "huishoudinkomen", "dubbelzinnig"),)),
    ),
]

GEVALLEN = (
    *GEVALLEN,
    *MODELGEVALLEN_11,
    *DATAGEVALLEN_11,
    *OPDRACHTGEVALLEN_11,
    *BESTANDGEVALLEN_11,
)
