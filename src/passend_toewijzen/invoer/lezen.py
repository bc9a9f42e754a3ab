"""Een bestand lezen volgens een schema: CSV, Excel (.xlsx), Parquet en JSON Lines.

:func:`open_invoer` herkent het formaat aan de extensie (of ``formaat=``), zoekt de kopregel,
past de kolomkoppeling toe en controleert dat alle verplichte kolommen van het schema er zijn.
Daarna levert :meth:`Invoer.rijen` elke rij onder de kopregel, zonder iets over te slaan:

* :class:`Bronrij`: het rijnummer en de waarden in de volgorde van :attr:`Invoer.kolommen`;
* :class:`Bronrijfout`: een rij die niet als rij te lezen is (te veel waarden, geen JSON-object,
  een herhaalde kopregel), met de reden;
* :class:`Legerij`: een rij waarvan elke cel leeg is (ook een rij met alleen scheidingstekens,
  de staart van veel Excel-exports, en een lege regel). Zij is geen gegeven en wordt geteld, niet
  gelezen.

Zo geldt voor elk bestand: *gelezen = geaccepteerd + afgewezen + lege rijen*.

* **CSV**: UTF-8 (met of zonder BOM), UTF-16 met BOM of Windows-1252 (herkend over het hele
  bestand, of opgegeven); scheidingsteken ``;``, ``,`` of tab (herkend aan de kopregel, of
  opgegeven). Een bestand dat UTF-8 en een andere codering mengt, wordt als UTF-8 gelezen; de
  cellen die dat niet zijn, worden met rij en kolom afgewezen (zie :func:`~passend_toewijzen.
  invoer.cellen.lees_tekst`). Rijnummer 1 is de eerste regel, zoals in een spreadsheet.
* **Excel**: het eerste werkblad (of ``blad=``); rijnummers zijn die van het werkblad. Vraagt het
  extra ``verantwoording`` (openpyxl).
* **Parquet**: kolommen met hun eigen typen; rijnummer 1 is het eerste record. Vraagt het extra
  ``verantwoording`` (pyarrow).
* **JSON Lines**: één JSON-object per regel (UTF-8, met of zonder BOM); rijnummer is het
  regelnummer. Een regel die geen object is, of een object met een sleutel die twee keer
  voorkomt, wordt als rij afgewezen.

**De kopregel.** In CSV en Excel mag de kopregel lager staan, onder titelregels (zoals
"Toewijzingen 2024" boven de export): zonder ``kopregel=`` is de kopregel de eerste niet-lege rij
binnen de eerste :data:`ZOEK_KOPREGEL` rijen die alle verplichte kolommen noemt (anders de eerste
niet-lege rij). De rijen erboven zijn geen gegevens; hun aantal staat in :attr:`Invoer.titelrijen`.

**Kolommen die niet gebruikt worden** (niet in het schema en niet gekoppeld, zoals een tikfout
``vergunninghouder``) staan in :attr:`Invoer.onbekende_kolommen`, met een suggestie in
:attr:`Invoer.waarschuwingen`; het verslag noemt ze.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple

from passend_toewijzen._meldingen import codering_melding, json_melding, os_melding
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.invoer.cellen import Waardefout, lees_bedrag, lees_datum
from passend_toewijzen.invoer.schema import Schema, normaliseer_kop

__all__ = [
    "EXTENSIES",
    "ZOEK_KOPREGEL",
    "Bronrij",
    "Bronrijfout",
    "CsvOpmaak",
    "Formaat",
    "Invoer",
    "InvoerFout",
    "Legerij",
    "csv_rij",
    "open_invoer",
]

Formaat = Literal["csv", "xlsx", "parquet", "jsonl"]
EXTENSIES: dict[str, Formaat] = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""De extensies die :func:`open_invoer` herkent, met hun formaat."""

ZOEK_KOPREGEL = 20
"""In zoveel rijen aan het begin wordt de kopregel gezocht (als ``kopregel=`` niet is gegeven)."""

_BLOK = 1 << 20


class InvoerFout(PassendToewijzenFout, ValueError):
    """Het bestand als geheel is niet te lezen (formaat, codering, kolommen).

    ``optie`` noemt de instelling waarmee de gebruiker het kan oplossen (``"kolom"``, ``"blad"``,
    ``"codering"``, ``"kopregel"``, ``"scheidingsteken"`` of ``"formaat"``), zodat de
    opdrachtregel haar eigen optie kan noemen.
    """

    def __init__(self, bestand: str, melding: str, *, optie: str | None = None) -> None:
        self.bestand = bestand
        self.melding = melding
        self.optie = optie
        super().__init__(f"{bestand}: {melding}")


class Bronrij(NamedTuple):
    """Eén rij uit het bestand: rijnummer en waarden in de volgorde van ``Invoer.kolommen``."""

    rijnummer: int
    waarden: tuple[Any, ...]


class Bronrijfout(NamedTuple):
    """Een rij die niet als rij te lezen is (bijvoorbeeld te veel waarden)."""

    rijnummer: int
    melding: str


class Legerij(NamedTuple):
    """Een rij waarvan elke cel leeg is: geen gegeven, wel geteld."""

    rijnummer: int


Rij = Bronrij | Bronrijfout | Legerij


class Invoer:
    """Een geopend bestand: kenmerken, kolommen en de rijen (lui gelezen, steeds opnieuw)."""

    def __init__(
        self,
        pad: Path,
        formaat: Formaat,
        schema: Schema,
        kolommen: tuple[str, ...],
        *,
        onbekende_kolommen: tuple[str, ...],
        rijen: Callable[[], Iterator[Rij]],
        naam: str | None = None,
        codering: str | None = None,
        scheidingsteken: str | None = None,
        blad: str | None = None,
        kopregel: int | None = None,
        titelrijen: int = 0,
        waarschuwingen: Sequence[str] = (),
        sha256: str | None = None,
        csv_opmaak: CsvOpmaak | None = None,
        bronkolommen: tuple[str, ...] | None = None,
    ) -> None:
        self.csv_opmaak = csv_opmaak
        self.bronkolommen = bronkolommen
        """Bij Parquet: de namen in het bestand van de schemakolommen (zoals ``kolommen``)."""
        """Bij een CSV-bestand: de kopregel (koppen, plaats van de schemakolommen, rijnummer)."""
        self.pad = pad
        self.naam = naam or pad.name
        """De naam van de bron in meldingen en in het verslag (standaard de bestandsnaam)."""
        self.formaat: Formaat = formaat
        self.schema = schema
        self.kolommen = kolommen
        """De schemakolommen die in het bestand staan, in de volgorde van de waarden per rij."""
        self.onbekende_kolommen = onbekende_kolommen
        """Kolommen die niet in het schema staan en niet gekoppeld zijn (worden niet gebruikt)."""
        self.codering = codering
        self.scheidingsteken = scheidingsteken
        self.blad = blad
        """Het gelezen werkblad (Excel)."""
        self.kopregel = kopregel
        """Het rijnummer van de kopregel (CSV en Excel)."""
        self.titelrijen = titelrijen
        """Het aantal rijen boven de kopregel (titels, geen gegevens)."""
        self.waarschuwingen: tuple[str, ...] = tuple(waarschuwingen)
        """Opmerkingen over het bestand als geheel (ongebruikte kolommen, gemengde codering)."""
        self._rijen = rijen
        self._sha256 = sha256

    def rijen(self) -> Iterator[Rij]:
        """Alle rijen onder de kopregel, in bestandsvolgorde."""
        return _met_leesfouten(self.naam, self._rijen())

    def sha256(self) -> str:
        """De SHA-256 van de bestandsinhoud (voor het ontvangstbewijs van het verslag)."""
        if self._sha256 is None:
            try:
                with self.pad.open("rb") as bestand:
                    self._sha256 = hashlib.file_digest(bestand, "sha256").hexdigest()
            except OSError as fout:
                raise InvoerFout(self.naam, f"niet te lezen: {os_melding(fout)}") from None
        return self._sha256

    def kenmerken(self) -> dict[str, Any]:
        """De kenmerken van het bestand als JSON-geschikt woordenboek (voor het verslag)."""
        return {
            "naam": self.naam,
            "sha256": self.sha256(),
            "formaat": self.formaat,
            "codering": self.codering,
            "scheidingsteken": self.scheidingsteken,
            "blad": self.blad,
            "kopregel": self.kopregel,
            "titelrijen": self.titelrijen,
            "ongebruikte_kolommen": list(self.onbekende_kolommen),
        }


def _met_leesfouten(naam: str, rijen: Iterator[Rij]) -> Iterator[Rij]:
    """Een leesfout van het systeem halverwege (rechten, schijf) wordt een :class:`InvoerFout`."""
    try:
        yield from rijen
    except OSError as fout:
        raise InvoerFout(naam, f"niet te lezen: {os_melding(fout)}") from None


def open_invoer(
    pad: str | Path,
    *,
    schema: Schema,
    naam: str | None = None,
    formaat: Formaat | None = None,
    koppeling: Mapping[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
    kopregel: int | None = None,
) -> Invoer:
    """Open een bestand volgens ``schema`` en controleer de kolommen.

    ``koppeling`` koppelt eigen kolomnamen aan schemanamen (``{"Netto huur": "kale_huur"}``);
    ``naam`` is de naam van de bron in meldingen (standaard de bestandsnaam); ``blad`` kiest het
    werkblad van een Excel-bestand; ``kopregel`` is het rijnummer van de kopregel (standaard
    gezocht). Een ontbrekende verplichte kolom, een onbekend formaat of een onleesbaar bestand
    geeft :class:`InvoerFout` met de naam van de bron.
    """
    pad = Path(pad)
    label = naam or pad.name
    if not pad.exists():
        raise InvoerFout(str(pad), "bestand niet gevonden")
    if pad.is_dir():
        raise InvoerFout(str(pad), "is een map, geen bestand")
    gekozen = formaat or EXTENSIES.get(pad.suffix.lower())
    if gekozen is None:
        raise InvoerFout(
            label,
            f"onbekend formaat {pad.suffix or '(geen extensie)'!r}; gebruik .csv, .xlsx, "
            ".parquet of .jsonl (of geef het formaat op)",
            optie="formaat",
        )
    if kopregel is not None and kopregel < 1:
        raise InvoerFout(label, f"kopregel {kopregel}: een rijnummer begint bij 1")
    koppel = {normaliseer_kop(k): normaliseer_kop(v) for k, v in (koppeling or {}).items()}
    onbekend_doel = sorted(v for v in koppel.values() if v not in schema)
    if onbekend_doel:
        raise InvoerFout(
            label,
            f"kolomkoppeling naar onbekende schemakolom(men): {', '.join(onbekend_doel)}",
            optie="kolom",
        )
    kop = _Koppen(label, schema, koppel)
    if blad is not None and gekozen != "xlsx":
        raise InvoerFout(label, "een werkblad kiezen kan alleen bij Excel (.xlsx)", optie="blad")
    try:
        if gekozen == "csv":
            return _open_csv(pad, label, kop, _Csv(codering, scheidingsteken, kopregel))
        if gekozen == "xlsx":
            return _open_xlsx(pad, label, kop, blad, kopregel)
        if kopregel is not None:
            raise InvoerFout(label, "een kopregel kiezen kan alleen bij CSV en Excel")
        if gekozen == "parquet":
            return _open_parquet(pad, label, kop)
        return _open_jsonl(pad, label, kop)
    except OSError as fout:
        raise InvoerFout(label, f"niet te lezen: {os_melding(fout)}") from None


# --- kolomkoppen ----------------------------------------------------------------------------------


class _Kopregel(NamedTuple):
    namen: tuple[str, ...]
    posities: tuple[int, ...]
    onbekend: tuple[str, ...]
    waarschuwingen: tuple[str, ...]


def _ziet_eruit_als_gegeven(cel: str) -> bool:
    """Of een cel van een kopregel een bedrag of datum lijkt (en dus niet geciteerd mag worden)."""
    tekst = cel.strip()
    if not tekst or not any(c.isdigit() for c in tekst):
        return False
    for lees in (lees_bedrag, lees_datum):
        try:
            lees(tekst)
        except Waardefout:
            continue
        return True
    return False


class _Koppen:
    """Kolomkoppen van een bestand vergelijken met het schema."""

    def __init__(self, bron: str, schema: Schema, koppel: Mapping[str, str]) -> None:
        self.bron = bron
        self.schema = schema
        self.koppel = koppel

    def gevonden(self, koppen: Sequence[object]) -> set[str]:
        """De schemakolommen die deze rij als kop zou geven (om de kopregel te zoeken)."""
        uit = set()
        for ruw in koppen:
            kop = normaliseer_kop(str(ruw or ""))
            naam = self.koppel.get(kop, kop)
            if naam in self.schema:
                uit.add(naam)
        return uit

    def is_kopregel(self, koppen: Sequence[object]) -> bool:
        return set(self.schema.verplichte()) <= self.gevonden(koppen)

    def lees(self, koppen: Sequence[str], *, meer: str = "") -> _Kopregel:
        """Schemakolommen met hun positie in het bestand, de onbekende koppen en waarschuwingen."""
        gevonden: dict[str, int] = {}
        onbekend: list[str] = []
        gebruikte_koppeling: set[str] = set()
        for positie, ruw in enumerate(koppen):
            kop = normaliseer_kop(ruw or "")
            naam = self.koppel.get(kop, kop)
            if kop in self.koppel:
                gebruikte_koppeling.add(kop)
            if not kop:
                onbekend.append(f"(lege kop in kolom {positie + 1})")
            elif naam in self.schema:
                if naam in gevonden:
                    raise InvoerFout(
                        self.bron, f"de kolom {naam!r} komt meer dan eens voor", optie="kolom"
                    )
                gevonden[naam] = positie
            else:
                onbekend.append(ruw.strip())
        ontbrekend = [n for n in self.schema.verplichte() if n not in gevonden]
        if ontbrekend:
            melding, optie = self._ontbrekend(ontbrekend, koppen)
            raise InvoerFout(self.bron, melding + meer, optie=optie)
        namen = tuple(n for n in self.schema.namen if n in gevonden)
        waarschuwingen = []
        echt_onbekend = [k for k in onbekend if not k.startswith("(lege kop")]
        if echt_onbekend:
            delen = []
            for kop in echt_onbekend:
                lijkt = self.schema.gelijkend(kop)
                delen.append(f"{kop} (bedoelt u {lijkt}?)" if lijkt else kop)
            waarschuwingen.append(
                f"{self.bron}: kolommen niet gebruikt (niet in het schema en niet gekoppeld): "
                + ", ".join(delen)
            )
        ongebruikt = sorted(set(self.koppel) - gebruikte_koppeling)
        if ongebruikt:
            waarschuwingen.append(
                f"{self.bron}: kolomkoppeling niet gebruikt, want de kolom staat niet in het "
                f"bestand: {', '.join(ongebruikt)}"
            )
        return _Kopregel(
            namen, tuple(gevonden[n] for n in namen), tuple(onbekend), tuple(waarschuwingen)
        )

    def _ontbrekend(self, ontbrekend: list[str], koppen: Sequence[str]) -> tuple[str, str]:
        getoond = []
        gegevens = 0
        for kop in koppen:
            if not kop or not kop.strip():
                continue
            if _ziet_eruit_als_gegeven(kop):
                gegevens += 1
                getoond.append("(waarde)")
            else:
                tekst = kop.strip()
                getoond.append(tekst if len(tekst) <= 40 else tekst[:39] + "…")
        melding = f"verplichte kolom(men) ontbreken: {', '.join(ontbrekend)}"
        if gegevens and gegevens * 3 >= len(getoond):
            return (
                melding + "; de kopregel lijkt een rij met gegevens: zet de kolomkoppen boven de "
                "gegevens (of geef aan in welke rij ze staan)",
                "kopregel",
            )
        return (
            f"{melding}; gevonden kolommen: {', '.join(getoond) or '(geen)'}; koppel eigen "
            "kolomnamen aan de kolommen van het schema",
            "kolom",
        )


# --- CSV ------------------------------------------------------------------------------------------


class _Codering(NamedTuple):
    codering: str
    sha256: str
    waarschuwing: str | None


_ONGELDIG = re.compile("[\udc80-\udcff]")
_NIET_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _herken_codering(pad: Path, label: str) -> _Codering:
    """De codering van het hele bestand (en de SHA-256, in dezelfde leesbeurt)."""
    hasher = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    regels = 1
    eerste_ongeldig: int | None = None
    eerste_utf8: int | None = None
    with pad.open("rb") as bestand:
        begin = bestand.read(_BLOK)
        hasher.update(begin)
        if begin.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # Zoals Excel "Unicode-tekst" opslaat.
            hasher.update(bestand.read())
            return _Codering("utf-16", hasher.hexdigest(), None)
        bom = begin.startswith(codecs.BOM_UTF8)
        blok = begin
        while blok:
            tekst = decoder.decode(blok)
            if not tekst.isascii() and (eerste_ongeldig is None or eerste_utf8 is None):
                if eerste_ongeldig is None and (m := _ONGELDIG.search(tekst)):
                    eerste_ongeldig = regels + tekst.count("\n", 0, m.start())
                if eerste_utf8 is None and (m := _NIET_ASCII.search(tekst)):
                    eerste_utf8 = regels + tekst.count("\n", 0, m.start())
            regels += blok.count(b"\n")
            blok = bestand.read(_BLOK)
            hasher.update(blok)
    if bom or eerste_ongeldig is None:
        return _Codering("utf-8-sig" if bom else "utf-8", hasher.hexdigest(), None)
    if eerste_utf8 is None:
        return _Codering("cp1252", hasher.hexdigest(), None)
    return _Codering(
        "utf-8",
        hasher.hexdigest(),
        f"{label} mengt tekstcoderingen: regel {eerste_utf8} is UTF-8, regel {eerste_ongeldig} "
        "niet (bijvoorbeeld Windows-1252); de cellen die geen UTF-8 zijn, zijn afgewezen. Sla het "
        "bestand op in één codering (UTF-8).",
    )


_GEEN_SCHEIDINGSTEKEN = frozenset('"\r\n\0')


def _scheidingsteken(regel: str, opgegeven: str | None) -> str:
    return opgegeven or max((";", ",", "\t"), key=regel.count)


def _csv_melding(fout: csv.Error) -> str:
    """De melding van de csv-module in het Nederlands (voor zover bekend)."""
    tekst = str(fout)
    if "unexpected end of data" in tekst:
        return "een aanhalingsteken wordt niet gesloten"
    if "expected after" in tekst:
        return "na een sluitend aanhalingsteken volgt geen scheidingsteken"
    if "field larger than field limit" in tekst:
        return f"een waarde is langer dan {csv.field_size_limit()} tekens"
    if "line contains NUL" in tekst:
        return "een regel bevat een nul-teken"
    return "onleesbare regel"


def _kiezer(posities: tuple[int, ...]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    if len(posities) == 1:
        positie = posities[0]
        return lambda velden: (velden[positie],)
    return itemgetter(*posities)


def _leeg(velden: Iterable[object]) -> bool:
    """Of elke cel leeg is (niets, of alleen witruimte)."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in velden)


class _Csv(NamedTuple):
    """De leesinstellingen van een CSV-bestand (opgegeven; ``None``: herkennen)."""

    codering: str | None
    scheidingsteken: str | None
    kopregel: int | None


def _kies_codering(pad: Path, label: str, codering: str | None) -> _Codering:
    if codering is None:
        return _herken_codering(pad, label)
    try:
        codecs.lookup(codering)
    except LookupError:
        raise InvoerFout(
            label, f"onbekende codering {codering!r}; gebruik utf-8 of cp1252", optie="codering"
        ) from None
    return _Codering(codering, "", None)


def _eerste_regels(pad: Path, label: str, codering: str, kopregel: int | None) -> list[str]:
    """De eerste regels van het bestand (waarin de kopregel staat)."""
    eerste: list[str] = []
    try:
        with pad.open(encoding=codering, errors="surrogateescape", newline="") as bestand:
            for regel in bestand:
                eerste.append(regel)
                if len(eerste) >= max(ZOEK_KOPREGEL, kopregel or 0):
                    break
    except UnicodeError as fout:
        raise InvoerFout(
            label,
            f"het bestand is geen geldige {codering}-tekst ({codering_melding(fout)})",
            optie="codering",
        ) from None
    if not any(r.strip() for r in eerste):
        raise InvoerFout(label, "het bestand is leeg")
    return eerste


def _controleer_kopregel(label: str, tekst: str, codering: str) -> None:
    if _ONGELDIG.search(tekst):
        raise InvoerFout(
            label,
            f"de kopregel is geen geldige {codering}-tekst; geef de codering op (utf-8 of cp1252)",
            optie="codering",
        )
    if "\0" in tekst:
        raise InvoerFout(
            label,
            f"de kopregel bevat nul-tekens: dit is geen {codering}-tekst (misschien UTF-16 zonder "
            "BOM, of geen tekstbestand); sla het op als CSV in UTF-8 of geef de codering op",
            optie="codering",
        )


def _open_csv(pad: Path, label: str, kop: _Koppen, opties: _Csv) -> Invoer:
    if opties.scheidingsteken is not None and (
        len(opties.scheidingsteken) != 1 or opties.scheidingsteken in _GEEN_SCHEIDINGSTEKEN
    ):
        raise InvoerFout(
            label,
            f"ongeldig scheidingsteken {opties.scheidingsteken!r}; gebruik één teken, zoals ; , "
            "of tab",
            optie="scheidingsteken",
        )
    codering = _kies_codering(pad, label, opties.codering)
    eerste = _eerste_regels(pad, label, codering.codering, opties.kopregel)
    index = _zoek_kopregel(label, kop, eerste, opties.scheidingsteken, opties.kopregel)
    _controleer_kopregel(label, eerste[index], codering.codering)
    teken = _scheidingsteken(eerste[index], opties.scheidingsteken)
    koppen = next(csv.reader([eerste[index].lstrip("\ufeff")], delimiter=teken))
    regel = kop.lees(koppen)

    def rijen() -> Iterator[Rij]:
        return _csv_rijen(
            pad,
            label,
            codering=codering.codering,
            teken=teken,
            koppen=koppen,
            posities=regel.posities,
            kopnummer=index + 1,
        )

    return Invoer(
        pad,
        "csv",
        kop.schema,
        regel.namen,
        onbekende_kolommen=regel.onbekend,
        rijen=rijen,
        naam=label,
        codering=codering.codering,
        scheidingsteken=teken,
        kopregel=index + 1,
        titelrijen=sum(1 for r in eerste[:index] if r.strip()),
        waarschuwingen=[*filter(None, [codering.waarschuwing]), *regel.waarschuwingen],
        sha256=codering.sha256 or None,
        csv_opmaak=CsvOpmaak(tuple(koppen), regel.posities, index + 1),
    )


class CsvOpmaak(NamedTuple):
    """De kopregel van een CSV-bestand: de koppen, de plaats van elke schemakolom en het
    rijnummer van de kopregel (voor wie de regels zelf leest, zoals de kolom-motor)."""

    koppen: tuple[str, ...]
    posities: tuple[int, ...]
    kopnummer: int


def csv_rij(
    velden: list[str],
    rijnummer: int,
    opmaak: CsvOpmaak,
    kies: Callable[[Sequence[Any]], tuple[Any, ...]] | None = None,
) -> Rij:
    """Eén gelezen CSV-regel (de velden) als rij, lege rij of rijfout (``kies``: de kiezer van
    de schemakolommen, als die al gemaakt is)."""
    koppen = opmaak.koppen
    aantal = len(koppen)
    if len(velden) == aantal and (velden[0].strip() or not _leeg(velden)):
        if velden[0].lstrip("\ufeff") == koppen[0] and _herhaalde_kop(velden, koppen):
            return Bronrijfout(rijnummer, _HERHAALDE_KOP)
        return Bronrij(rijnummer, (kies or _kiezer(opmaak.posities))(velden))
    if _leeg(velden):
        return Legerij(rijnummer)
    return Bronrijfout(rijnummer, f"{len(velden)} waarden, maar {aantal} kolomkoppen")


def _csv_rijen(
    pad: Path,
    label: str,
    *,
    codering: str,
    teken: str,
    koppen: list[str],
    posities: tuple[int, ...],
    kopnummer: int,
) -> Iterator[Rij]:
    """De rijen onder de kopregel van een CSV-bestand."""
    opmaak = CsvOpmaak(tuple(koppen), posities, kopnummer)
    kies = _kiezer(posities)
    with pad.open(encoding=codering, errors="surrogateescape", newline="") as bestand:
        lezer = csv.reader(bestand, delimiter=teken, strict=True)
        rijnummer = 0
        try:
            for velden in lezer:
                rijnummer += 1
                if rijnummer <= kopnummer:
                    continue
                yield csv_rij(velden, rijnummer, opmaak, kies)
        except csv.Error as fout:
            raise InvoerFout(
                label, f"rij {rijnummer + 1}: onleesbare CSV ({_csv_melding(fout)})"
            ) from None
        except UnicodeError as fout:
            raise InvoerFout(
                label,
                f"na rij {rijnummer}: geen geldige {codering}-tekst ({codering_melding(fout)})",
                optie="codering",
            ) from None


_HERHAALDE_KOP = "deze rij herhaalt de kolomkoppen (zijn twee bestanden aan elkaar geplakt?)"


def _herhaalde_kop(velden: Sequence[object], koppen: Sequence[str]) -> bool:
    if len(velden) < len(koppen):
        return False
    return all(
        normaliseer_kop(str(v or "").lstrip("\ufeff")) == normaliseer_kop(k)
        for v, k in zip(velden, koppen, strict=False)
        if k
    )


def _zoek_kopregel(
    label: str,
    kop: _Koppen,
    regels: Sequence[str],
    scheidingsteken: str | None,
    kopregel: int | None,
) -> int:
    """De index van de kopregel in ``regels`` (de eerste regels van het bestand)."""
    if kopregel is not None:
        if kopregel > len(regels) or not regels[kopregel - 1].strip():
            raise InvoerFout(
                label, f"rij {kopregel} (de opgegeven kopregel) is leeg of bestaat niet"
            )
        return kopregel - 1
    niet_leeg = [i for i, r in enumerate(regels) if r.strip()]
    for i in niet_leeg:
        teken = _scheidingsteken(regels[i], scheidingsteken)
        try:
            cellen = next(csv.reader([regels[i].lstrip("\ufeff")], delimiter=teken))
        except (csv.Error, StopIteration):
            continue
        if kop.is_kopregel(cellen):
            return i
    if niet_leeg[0] != 0:
        raise InvoerFout(
            label, "het bestand begint met een lege regel; zet de kolomkoppen in rij 1"
        )
    return 0


# --- Excel ----------------------------------------------------------------------------------------


def _vraag_extra(module: str, label: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise InvoerFout(
            label,
            f"voor dit formaat is {module} nodig: pip install 'passend-toewijzen[verantwoording]'",
        ) from None


def _werkblad(boek: Any, label: str, blad: str | None) -> Any:
    if blad is None:
        return boek.worksheets[0]
    if blad not in boek.sheetnames:
        raise InvoerFout(
            label, f"geen werkblad {blad!r}; wel: {', '.join(boek.sheetnames)}", optie="blad"
        )
    return boek[blad]


def _kandidaten(werkblad: Any, kopregel: int | None) -> list[tuple[int, list[str]]]:
    """De niet-lege rijen waarin de kopregel kan staan (of alleen de opgegeven rij)."""
    kandidaten: list[tuple[int, list[str]]] = []
    for nummer, rij in enumerate(werkblad.iter_rows(values_only=True), start=1):
        if kopregel is not None and nummer != kopregel:
            if nummer > kopregel:
                break
            continue
        if any(v is not None and str(v).strip() for v in rij):
            kandidaten.append((nummer, ["" if v is None else str(v) for v in rij]))
        if kopregel is not None or len(kandidaten) >= ZOEK_KOPREGEL:
            break
    return kandidaten


def _open_xlsx(
    pad: Path, label: str, kop: _Koppen, blad: str | None, kopregel: int | None
) -> Invoer:
    openpyxl = _vraag_extra("openpyxl", label)
    try:
        boek = openpyxl.load_workbook(pad, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception:  # openpyxl geeft veel soorten fouten, in het Engels
        raise InvoerFout(
            label, "geen leesbaar Excel-bestand (.xlsx); is het een ander formaat of beschadigd?"
        ) from None
    try:
        gekozen = _werkblad(boek, label, blad)
        bladnaam: str = gekozen.title
        andere = [n for n in boek.sheetnames if n != bladnaam]
        kandidaten = _kandidaten(gekozen, kopregel)
    finally:
        boek.close()
    if not kandidaten:
        if kopregel is not None:
            raise InvoerFout(
                label, f"rij {kopregel} (de opgegeven kopregel) is leeg of bestaat niet"
            )
        raise InvoerFout(label, f"het werkblad {bladnaam!r} is leeg", optie="blad")
    kopnummer, koppen = next(((n, k) for n, k in kandidaten if kop.is_kopregel(k)), kandidaten[0])
    while koppen and not koppen[-1].strip():
        koppen.pop()  # lege cellen rechts van de laatste kolomkop
    meer = ""
    if andere and blad is None:
        meer = f"; de werkmap heeft ook de werkbladen {', '.join(andere)} (kies het werkblad)"
    regel = kop.lees(koppen, meer=meer)

    def rijen() -> Iterator[Rij]:
        boek = openpyxl.load_workbook(pad, read_only=True, data_only=True)
        try:
            yield from _xlsx_rijen(_werkblad(boek, label, blad), koppen, regel.posities, kopnummer)
        finally:
            boek.close()

    return Invoer(
        pad,
        "xlsx",
        kop.schema,
        regel.namen,
        onbekende_kolommen=regel.onbekend,
        rijen=rijen,
        naam=label,
        blad=bladnaam,
        kopregel=kopnummer,
        titelrijen=sum(1 for n, _ in kandidaten if n < kopnummer),
        waarschuwingen=regel.waarschuwingen,
    )


def _xlsx_rijen(
    werkblad: Any, koppen: list[str], posities: tuple[int, ...], kopnummer: int
) -> Iterator[Rij]:
    """De rijen onder de kopregel van een werkblad."""
    kies = _kiezer(posities)
    aantal = len(koppen)
    zonder_kop = {i for i, k in enumerate(koppen) if not k.strip()}
    for nummer, rij in enumerate(werkblad.iter_rows(values_only=True), start=1):
        if nummer <= kopnummer:
            continue
        if _leeg(rij):
            yield Legerij(nummer)
            continue
        velden = list(rij) + [None] * (aantal - len(rij))
        extra = [v for i, v in enumerate(velden) if i in zonder_kop and v not in (None, "")]
        extra += [v for v in velden[aantal:] if v not in (None, "")]
        if extra:
            yield Bronrijfout(nummer, "waarden in kolommen zonder kolomkop")
            continue
        if _herhaalde_kop(velden, koppen):
            yield Bronrijfout(nummer, _HERHAALDE_KOP)
            continue
        yield Bronrij(nummer, kies(velden))


# --- Parquet --------------------------------------------------------------------------------------


def _open_parquet(pad: Path, label: str, kop: _Koppen) -> Invoer:
    _vraag_extra("pyarrow", label)
    import pyarrow.parquet as pq  # optioneel extra

    try:
        bestand = pq.ParquetFile(pad)
    except OSError as fout:
        if fout.errno is not None:
            raise
        raise InvoerFout(
            label, "geen leesbaar Parquet-bestand (beschadigd of ander formaat)"
        ) from None
    except Exception:  # pyarrow geeft veel soorten fouten, in het Engels
        raise InvoerFout(
            label, "geen leesbaar Parquet-bestand (beschadigd of ander formaat)"
        ) from None
    koppen = list(bestand.schema_arrow.names)
    regel = kop.lees(koppen)
    kolomnamen = [koppen[i] for i in regel.posities]

    def rijen() -> Iterator[Rij]:
        rijnummer = 0
        for partij in pq.ParquetFile(pad).iter_batches(batch_size=65536, columns=kolomnamen):
            kolommen = [partij.column(i).to_pylist() for i in range(partij.num_columns)]
            for waarden in zip(*kolommen, strict=True):
                rijnummer += 1
                if _leeg(waarden):
                    yield Legerij(rijnummer)
                else:
                    yield Bronrij(rijnummer, waarden)

    return Invoer(
        pad,
        "parquet",
        kop.schema,
        regel.namen,
        onbekende_kolommen=regel.onbekend,
        rijen=rijen,
        naam=label,
        waarschuwingen=regel.waarschuwingen,
        bronkolommen=tuple(kolomnamen),
    )


# --- JSON Lines -----------------------------------------------------------------------------------


class _DubbeleSleutel(ValueError):
    """Een JSON-object met twee keer dezelfde sleutel."""


class _TeDiep(ValueError):
    """JSON die dieper genest is dan Python kan lezen."""


def _object_zonder_dubbele_sleutels(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    object_ = dict(paren)
    if len(object_) != len(paren):
        dubbel = sorted({s for s, _ in paren if sum(1 for t, _ in paren if t == s) > 1})
        raise _DubbeleSleutel(", ".join(repr(s) for s in dubbel))
    return object_


def _json_regel(regel: str) -> Any:
    """Eén regel JSON (exacte getallen, geen dubbele sleutels), of een ``ValueError``."""
    try:
        return json.loads(
            regel, parse_float=Decimal, object_pairs_hook=_object_zonder_dubbele_sleutels
        )
    except RecursionError:
        raise _TeDiep from None


def _json_fout(fout: ValueError) -> str:
    if isinstance(fout, _DubbeleSleutel):
        return f"de sleutel(s) {fout} komen meer dan eens voor in het object"
    if isinstance(fout, json.JSONDecodeError):
        return f"geen geldige JSON: {json_melding(fout)}"
    if isinstance(fout, _TeDiep):
        return "geen geldige JSON (te diep genest)"
    return "geen geldige JSON (een getal heeft te veel cijfers)"


def _open_jsonl(pad: Path, label: str, kop: _Koppen) -> Invoer:
    sleutels: list[str] = []
    gezien: set[str] = set()
    regels = 0
    with pad.open(encoding="utf-8-sig", errors="surrogateescape") as bestand:
        for regel in bestand:
            if not regel.strip():
                continue
            regels += 1
            try:
                object_ = _json_regel(regel)
            except ValueError:
                continue  # de fout volgt bij het lezen van de rijen, met het regelnummer
            if isinstance(object_, dict):
                for sleutel in object_:
                    if sleutel not in gezien:
                        gezien.add(sleutel)
                        sleutels.append(sleutel)
    if not regels:
        raise InvoerFout(label, "het bestand is leeg")
    kopregel = kop.lees(sleutels)
    bronnamen = [sleutels[i] for i in kopregel.posities]

    def rijen() -> Iterator[Rij]:
        with pad.open(encoding="utf-8-sig", errors="surrogateescape") as bestand:
            for nummer, tekst in enumerate(bestand, start=1):
                if not tekst.strip():
                    yield Legerij(nummer)
                    continue
                try:
                    object_ = _json_regel(tekst)
                except ValueError as fout:
                    yield Bronrijfout(nummer, _json_fout(fout))
                    continue
                if not isinstance(object_, dict):
                    yield Bronrijfout(nummer, "verwacht een JSON-object per regel")
                    continue
                waarden = tuple(object_.get(s) for s in bronnamen)
                if _leeg(object_.values()):
                    yield Legerij(nummer)
                else:
                    yield Bronrij(nummer, waarden)

    return Invoer(
        pad,
        "jsonl",
        kop.schema,
        kopregel.namen,
        onbekende_kolommen=kopregel.onbekend,
        rijen=rijen,
        naam=label,
        codering="utf-8",
        waarschuwingen=kopregel.waarschuwingen,
    )
