"""Bestanden met toewijzingen lezen: CSV, Excel (.xlsx), Parquet en JSON Lines.

:func:`open_invoer` herkent het formaat aan de extensie (of ``formaat=``), leest de kolomkoppen,
past de kolomkoppeling toe en controleert dat alle verplichte kolommen er zijn. Daarna levert
:meth:`Invoer.rijen` per rij het rijnummer en de waarden in de volgorde van
:attr:`Invoer.kolommen`, zonder iets over te slaan: een rij met te veel of te weinig waarden komt
als :class:`Bronrijfout` terug.

* **CSV**: UTF-8 (met of zonder BOM), UTF-16 met BOM of Windows-1252, scheidingsteken ``;``,
  ``,`` of tab (herkend aan de kopregel, of opgegeven). Lege regels zijn geen rijen. Rijnummer 1
  is de kopregel, zoals in een spreadsheet. Een coderingsfout noemt de regel waarin hij zit.
* **Excel**: het eerste werkblad (of ``blad=``), kopregel in de eerste niet-lege rij; rijnummers
  zijn die van het werkblad. Vraagt het extra ``bestanden`` (openpyxl).
* **Parquet**: kolommen met hun eigen typen; rijnummer 1 is het eerste record. Vraagt het extra
  ``verantwoording`` (pyarrow).
* **JSON Lines**: één JSON-object per regel (UTF-8, met of zonder BOM); rijnummer is het
  regelnummer. Een regel die geen object is, of een object met een sleutel die twee keer
  voorkomt, wordt als rij afgewezen.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple

from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.verantwoording.kolommen import KOLOMMEN, normaliseer_kop

__all__ = [
    "Bronrij",
    "Bronrijfout",
    "Formaat",
    "Invoer",
    "InvoerFout",
    "open_invoer",
]

Formaat = Literal["csv", "xlsx", "parquet", "jsonl"]
_EXTENSIES: dict[str, Formaat] = {
    ".csv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_SCHEMA = {k.naam for k in KOLOMMEN}


class InvoerFout(PassendToewijzenFout, ValueError):
    """Het bestand als geheel is niet te lezen (formaat, codering, kolommen)."""

    def __init__(self, bestand: str, melding: str) -> None:
        self.bestand = bestand
        self.melding = melding
        super().__init__(f"{bestand}: {melding}")


class Bronrij(NamedTuple):
    """Eén rij uit het bestand: rijnummer en waarden in de volgorde van ``Invoer.kolommen``."""

    rijnummer: int
    waarden: tuple[Any, ...]


class Bronrijfout(NamedTuple):
    """Een rij die niet als rij te lezen is (bijvoorbeeld te veel waarden)."""

    rijnummer: int
    melding: str


class Invoer:
    """Een geopend bestand met toewijzingen: kenmerken, kolommen en de rijen."""

    def __init__(
        self,
        pad: Path,
        formaat: Formaat,
        kolommen: tuple[str, ...],
        onbekende_kolommen: tuple[str, ...],
        rijen: Callable[[], Iterator[Bronrij | Bronrijfout]],
        *,
        codering: str | None = None,
        scheidingsteken: str | None = None,
    ) -> None:
        self.pad = pad
        self.formaat: Formaat = formaat
        self.kolommen = kolommen
        """De schemakolommen die in het bestand staan, in de volgorde van de waarden per rij."""
        self.onbekende_kolommen = onbekende_kolommen
        """Kolommen die niet in het schema staan en niet gekoppeld zijn (worden niet gebruikt)."""
        self.codering = codering
        self.scheidingsteken = scheidingsteken
        self._rijen = rijen

    @property
    def naam(self) -> str:
        """De bestandsnaam."""
        return self.pad.name

    def rijen(self) -> Iterator[Bronrij | Bronrijfout]:
        """Alle rijen, in bestandsvolgorde."""
        return self._rijen()

    def sha256(self) -> str:
        """De SHA-256 van de bestandsinhoud (voor het ontvangstbewijs van het verslag)."""
        with self.pad.open("rb") as bestand:
            return hashlib.file_digest(bestand, "sha256").hexdigest()


def open_invoer(
    pad: str | Path,
    *,
    formaat: Formaat | None = None,
    koppeling: Mapping[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
) -> Invoer:
    """Open een bestand met toewijzingen en controleer de kolommen.

    ``koppeling`` koppelt eigen kolomnamen aan schemanamen (``{"Netto huur": "kale_huur"}``).
    Een ontbrekende verplichte kolom, een onbekend formaat of een onleesbaar bestand geeft
    :class:`InvoerFout` met de bestandsnaam.
    """
    pad = Path(pad)
    if not pad.is_file():
        raise InvoerFout(str(pad), "bestand niet gevonden")
    gekozen = formaat or _EXTENSIES.get(pad.suffix.lower())
    if gekozen is None:
        raise InvoerFout(
            pad.name,
            f"onbekend formaat {pad.suffix!r}; gebruik .csv, .xlsx, .parquet of .jsonl "
            "(of geef het formaat op)",
        )
    koppel = {normaliseer_kop(k): normaliseer_kop(v) for k, v in (koppeling or {}).items()}
    onbekend_doel = sorted(v for v in koppel.values() if v not in _SCHEMA)
    if onbekend_doel:
        raise InvoerFout(
            pad.name, f"kolomkoppeling naar onbekende schemakolom(men): {', '.join(onbekend_doel)}"
        )
    if gekozen == "csv":
        return _open_csv(pad, koppel, codering, scheidingsteken)
    if gekozen == "xlsx":
        return _open_xlsx(pad, koppel, blad)
    if gekozen == "parquet":
        return _open_parquet(pad, koppel)
    return _open_jsonl(pad, koppel)


def _koppen(
    pad: Path, koppen: list[str], koppel: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    """Schemakolommen met hun positie in het bestand, en de onbekende koppen."""
    gevonden: dict[str, int] = {}
    onbekend: list[str] = []
    for positie, ruw in enumerate(koppen):
        kop = normaliseer_kop(ruw or "")
        naam = koppel.get(kop, kop)
        if not kop:
            onbekend.append(f"(lege kop in kolom {positie + 1})")
        elif naam in _SCHEMA:
            if naam in gevonden:
                raise InvoerFout(pad.name, f"de kolom {naam!r} komt meer dan eens voor")
            gevonden[naam] = positie
        else:
            onbekend.append(ruw.strip())
    ontbrekend = [k.naam for k in KOLOMMEN if k.verplicht and k.naam not in gevonden]
    if ontbrekend:
        raise InvoerFout(
            pad.name,
            f"verplichte kolom(men) ontbreken: {', '.join(ontbrekend)}; gevonden kolommen: "
            f"{', '.join(k.strip() for k in koppen if k) or '(geen)'}; koppel eigen kolomnamen "
            "met --kolom EIGEN=SCHEMA",
        )
    namen = tuple(k.naam for k in KOLOMMEN if k.naam in gevonden)
    return namen, tuple(gevonden[n] for n in namen), tuple(onbekend)


# --- CSV ----------------------------------------------------------------------------------------


def _herken_codering(pad: Path) -> str:
    with pad.open("rb") as bestand:
        begin = bestand.read(1 << 16)
    if begin.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if begin.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # zoals Excel "Unicode-tekst" opslaat
    try:
        begin.decode("utf-8")
    except UnicodeDecodeError as fout:
        # Een UTF-8-teken kan op de grens van het gelezen stuk zijn afgebroken.
        if fout.start < len(begin) - 3:
            return "cp1252"
    return "utf-8"


def _open_csv(
    pad: Path, koppel: Mapping[str, str], codering: str | None, scheidingsteken: str | None
) -> Invoer:
    if scheidingsteken is not None and (
        len(scheidingsteken) != 1 or scheidingsteken in _GEEN_SCHEIDINGSTEKEN
    ):
        raise InvoerFout(
            pad.name,
            f"ongeldig scheidingsteken {scheidingsteken!r}; gebruik één teken, zoals ; , of tab",
        )
    gekozen_codering = codering or _herken_codering(pad)
    try:
        codecs.lookup(gekozen_codering)
    except LookupError:
        raise InvoerFout(pad.name, f"onbekende codering {gekozen_codering!r}") from None
    try:
        with pad.open(encoding=gekozen_codering, newline="") as bestand:
            kopregel = bestand.readline()
    except UnicodeDecodeError as fout:
        regel = _regel_met_coderingsfout(pad, gekozen_codering)
        waar = "de kopregel is" if regel in (None, 1) else f"regel {regel} is"
        raise InvoerFout(
            pad.name, f"{waar} geen geldige {gekozen_codering}-tekst ({fout.reason})"
        ) from None
    if not kopregel.strip():
        raise InvoerFout(pad.name, "het bestand is leeg of begint met een lege regel")
    if "\0" in kopregel:
        raise InvoerFout(
            pad.name,
            f"de kopregel bevat nul-tekens: dit is geen {gekozen_codering}-tekst (misschien "
            "UTF-16 zonder BOM, of geen tekstbestand); sla het op als CSV in UTF-8 of geef de "
            "codering op",
        )
    teken = scheidingsteken or max((";", ",", "\t"), key=kopregel.count)
    koppen = next(csv.reader([kopregel], delimiter=teken))
    namen, posities, onbekend = _koppen(pad, koppen, koppel)
    aantal = len(koppen)

    def rijen() -> Iterator[Bronrij | Bronrijfout]:
        kies = _kiezer(posities)
        with pad.open(encoding=gekozen_codering, newline="") as bestand:
            lezer = csv.reader(bestand, delimiter=teken, strict=True)
            rijnummer = 1
            try:
                next(lezer)
                for velden in lezer:
                    rijnummer += 1
                    if len(velden) == aantal:
                        yield Bronrij(rijnummer, kies(velden))
                    elif not velden or (len(velden) == 1 and not velden[0].strip()):
                        rijnummer -= 1  # een lege regel is geen rij
                    else:
                        yield Bronrijfout(
                            rijnummer, f"{len(velden)} waarden, maar {aantal} kolomkoppen"
                        )
            except UnicodeDecodeError as fout:
                # De fout valt bij het inlezen van een blok, vaak rijen vóór de rij zelf: zoek de
                # regel met de ongeldige tekst op.
                regel = _regel_met_coderingsfout(pad, gekozen_codering)
                waar = f"regel {regel}" if regel is not None else f"na rij {rijnummer}"
                raise InvoerFout(
                    pad.name,
                    f"{waar}: geen geldige {gekozen_codering}-tekst ({fout.reason}); "
                    "geef de codering op (utf-8 of cp1252)",
                ) from None
            except csv.Error as fout:
                raise InvoerFout(
                    pad.name, f"rij {rijnummer + 1}: onleesbare CSV ({_csv_melding(fout)})"
                ) from None

    return Invoer(
        pad,
        "csv",
        namen,
        onbekend,
        rijen,
        codering=gekozen_codering,
        scheidingsteken=teken,
    )


_GEEN_SCHEIDINGSTEKEN = frozenset('"\r\n\0')


def _regel_met_coderingsfout(pad: Path, codering: str) -> int | None:
    """Het nummer van de eerste regel die niet in ``codering`` te lezen is (1 is de kopregel)."""
    decoder = codecs.getincrementaldecoder(codering)()
    regel = 1
    with pad.open("rb") as bestand:
        for ruw in bestand:
            try:
                regel += decoder.decode(ruw).count("\n")
            except UnicodeDecodeError:
                return regel
    return None


def _csv_melding(fout: csv.Error) -> str:
    """De melding van de csv-module in het Nederlands (voor zover bekend)."""
    tekst = str(fout)
    if "unexpected end of data" in tekst:
        return "een aanhalingsteken wordt niet gesloten"
    if "expected after" in tekst:
        return "na een sluitend aanhalingsteken volgt geen scheidingsteken"
    if "field larger than field limit" in tekst:
        return f"een waarde is langer dan {csv.field_size_limit()} tekens"
    return tekst


def _kiezer(posities: tuple[int, ...]) -> Callable[[list[Any]], tuple[Any, ...]]:
    if len(posities) == 1:
        positie = posities[0]
        return lambda velden: (velden[positie],)
    return itemgetter(*posities)


# --- Excel --------------------------------------------------------------------------------------


def _vraag_extra(module: str, pad: Path) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise InvoerFout(
            pad.name,
            f"voor dit formaat is {module} nodig: pip install 'passend-toewijzen[verantwoording]'",
        ) from None


def _open_xlsx(pad: Path, koppel: Mapping[str, str], blad: str | None) -> Invoer:
    openpyxl = _vraag_extra("openpyxl", pad)

    def werkblad(boek: Any) -> Any:
        if blad is None:
            return boek.worksheets[0]
        if blad not in boek.sheetnames:
            raise InvoerFout(pad.name, f"geen werkblad {blad!r}; wel: {', '.join(boek.sheetnames)}")
        return boek[blad]

    try:
        boek = openpyxl.load_workbook(pad, read_only=True, data_only=True)
    except Exception as fout:  # openpyxl geeft veel soorten fouten
        raise InvoerFout(pad.name, f"geen leesbaar Excel-bestand ({fout})") from None
    try:
        kopnummer, koppen = 0, []
        for nummer, rij in enumerate(werkblad(boek).iter_rows(values_only=True), start=1):
            if any(v is not None and str(v).strip() for v in rij):
                kopnummer, koppen = nummer, ["" if v is None else str(v) for v in rij]
                while koppen and not koppen[-1].strip():
                    koppen.pop()  # lege cellen rechts van de laatste kolomkop
                break
    finally:
        boek.close()
    if not koppen:
        raise InvoerFout(pad.name, "het werkblad is leeg")
    namen, posities, onbekend = _koppen(pad, koppen, koppel)
    zonder_kop = {i for i, kop in enumerate(koppen) if not kop.strip()}

    def rijen() -> Iterator[Bronrij | Bronrijfout]:
        boek = openpyxl.load_workbook(pad, read_only=True, data_only=True)
        try:
            for nummer, rij in enumerate(werkblad(boek).iter_rows(values_only=True), start=1):
                if nummer <= kopnummer or all(v is None or v == "" for v in rij):
                    continue
                velden = list(rij) + [None] * (len(koppen) - len(rij))
                extra = [v for i, v in enumerate(velden) if i in zonder_kop and v not in (None, "")]
                extra += [v for v in velden[len(koppen) :] if v not in (None, "")]
                if extra:
                    yield Bronrijfout(nummer, "waarden in kolommen zonder kolomkop")
                    continue
                yield Bronrij(nummer, tuple(velden[i] for i in posities))
        finally:
            boek.close()

    return Invoer(pad, "xlsx", namen, onbekend, rijen)


# --- Parquet ------------------------------------------------------------------------------------


def _open_parquet(pad: Path, koppel: Mapping[str, str]) -> Invoer:
    _vraag_extra("pyarrow", pad)
    import pyarrow.parquet as pq  # optioneel extra

    try:
        bestand = pq.ParquetFile(pad)
    except Exception as fout:  # pyarrow geeft veel soorten fouten
        raise InvoerFout(pad.name, f"geen leesbaar Parquet-bestand ({fout})") from None
    koppen = list(bestand.schema_arrow.names)
    namen, posities, onbekend = _koppen(pad, koppen, koppel)
    kolomnamen = [koppen[i] for i in posities]

    def rijen() -> Iterator[Bronrij | Bronrijfout]:
        rijnummer = 0
        for partij in pq.ParquetFile(pad).iter_batches(batch_size=65536, columns=kolomnamen):
            kolommen = [partij.column(i).to_pylist() for i in range(partij.num_columns)]
            for waarden in zip(*kolommen, strict=True):
                rijnummer += 1
                yield Bronrij(rijnummer, waarden)

    return Invoer(pad, "parquet", namen, onbekend, rijen)


# --- JSON Lines ---------------------------------------------------------------------------------


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


def _json_melding(fout: ValueError) -> str:
    if isinstance(fout, _DubbeleSleutel):
        return f"de sleutel(s) {fout} komen meer dan eens voor in het object"
    if isinstance(fout, json.JSONDecodeError):
        return f"geen geldige JSON ({fout.msg})"
    if isinstance(fout, _TeDiep):
        return "geen geldige JSON (te diep genest)"
    return "geen geldige JSON (een getal heeft te veel cijfers)"


def _open_jsonl(pad: Path, koppel: Mapping[str, str]) -> Invoer:
    sleutels: list[str] = []
    gezien: set[str] = set()
    regels = 0
    try:
        with pad.open(encoding="utf-8-sig") as bestand:
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
    except UnicodeDecodeError as fout:
        regel_nummer = _regel_met_coderingsfout(pad, "utf-8-sig")
        waar = f" (regel {regel_nummer}: {fout.reason})" if regel_nummer is not None else ""
        raise InvoerFout(pad.name, f"JSON Lines moet UTF-8 zijn{waar}") from None
    if not regels:
        raise InvoerFout(pad.name, "het bestand is leeg")
    namen, posities, onbekend = _koppen(pad, sleutels, koppel)
    bronnamen = [sleutels[i] for i in posities]

    def rijen() -> Iterator[Bronrij | Bronrijfout]:
        with pad.open(encoding="utf-8-sig") as bestand:
            for nummer, regel in enumerate(bestand, start=1):
                if not regel.strip():
                    continue
                try:
                    object_ = _json_regel(regel)
                except ValueError as fout:
                    yield Bronrijfout(nummer, _json_melding(fout))
                    continue
                if not isinstance(object_, dict):
                    yield Bronrijfout(nummer, "verwacht een JSON-object per regel")
                    continue
                yield Bronrij(nummer, tuple(object_.get(s) for s in bronnamen))

    return Invoer(pad, "jsonl", namen, onbekend, rijen)
