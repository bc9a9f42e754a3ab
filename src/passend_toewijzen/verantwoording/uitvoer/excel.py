"""Het verslag als Excel-werkmap (.xlsx), en het Excel-sjabloon voor de invoer.

:class:`Excelschrijver` schrijft tijdens het toetsen: elke getoetste toewijzing gaat meteen naar
het blad *Toewijzingen* en elke fout van een afgewezen rij naar *Afgewezen* (openpyxl in
*write-only*-modus, dus het geheugen blijft vlak, ook bij miljoenen rijen). Bij het sluiten komen
de bladen *Samenvatting*, *Matrix* en *Gemeenten* erbij en wordt de werkmap bewaard. Een blad houdt
hoogstens 1.048.576 rijen; daarna gaat het verder in *Toewijzingen (2)*, *(3)*, ...

* Bedragen zijn getallen met een euro-opmaak (een exact bedrag in centen wordt het dichtstbijzijnde
  double, zoals Excel het opslaat); datums zijn datums.
* Percentages zijn naar beneden afgerond op twee decimalen (een getoond aandeel is nooit gunstiger
  dan het echte); de exacte breuk staat ernaast.
* Dezelfde invoer geeft byte voor byte dezelfde werkmap: de tijdstempels die openpyxl in het
  archief en in de documenteigenschappen zet, worden weggelaten.
* Het bestand wordt in één stap op zijn plaats gezet (eerst een tijdelijk bestand in dezelfde map):
  een onderbroken run laat geen half bestand achter.
* Tekst is altijd tekst, nooit een formule: elke tekstcel is expliciet een tekstcel, en tekst die
  met ``=``, ``+``, ``-``, ``@``, een tab of een regelterugloop begint krijgt bovendien het
  aanhalingsteken-voorvoegsel (*quotePrefix*), zodat ook bewerken in Excel er geen formule van
  maakt. De waarde zelf blijft ongewijzigd.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from passend_toewijzen._rekenen import deel_naar_beneden
from passend_toewijzen._schrijven import schrijf_veilig
from passend_toewijzen.invoer.cellen import lees_bedrag
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.schema import Kolom, Soort
from passend_toewijzen.invoer.toewijzingen import KOLOMMEN, Rijtoewijzing
from passend_toewijzen.toets import Toetsuitkomst
from passend_toewijzen.verantwoording.uitvoer import teksten
from passend_toewijzen.verantwoording.uitvoer.opmaak import uitkomst
from passend_toewijzen.verantwoording.verslag import (
    MATRIXBANDEN,
    SEGMENTSLEUTELS,
    Normtoets,
    Verslag,
)

__all__ = [
    "AFWIJZINGKOLOMMEN",
    "MAX_RIJEN",
    "TOEWIJZINGKOLOMMEN",
    "Bedrag",
    "Excelschrijver",
    "schrijf_sjabloon",
    "tekstcel",
]

MAX_RIJEN = 1_048_576
"""Het grootste aantal rijen van een werkblad in .xlsx (kopregel inbegrepen)."""

MAX_TEKST = 32_767
"""Het grootste aantal tekens in een cel."""

TOEWIJZINGKOLOMMEN = (
    "bron",
    "rij",
    "toewijzing_id",
    "huuringangsdatum",
    "gemeente",
    "toewijzingssegment",
    "segment_reden",
    "passendheid",
    "passendheid_reden",
    "huishoudtype",
    "aantal_personen",
    "aow_huishouden",
    "huishoudinkomen",
    "kale_huur",
    "huurklasse",
    "passende_inkomensgrens",
    "aftoppingsgrens",
    "status",
    "corporatie",
)
"""De kolommen van het blad *Toewijzingen*."""

AFWIJZINGKOLOMMEN = ("bron", "rij", "kolom", "toewijzing_id", "melding")
"""De kolommen van het blad *Afgewezen*."""

EURO = '"€" #,##0.00'
DATUM = "yyyy-mm-dd"
PROCENT = "0.00%"
_GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")
_VET = Font(bold=True)
_KOP = Font(bold=True, size=14)
_TERUGLOOP = Alignment(wrap_text=True, vertical="top")
_ONLEESBAAR = re.compile(ILLEGAL_CHARACTERS_RE.pattern)


class Bedrag(NamedTuple):
    """Een bedrag in euro voor een cel (getal met euro-opmaak)."""

    waarde: Decimal


class Percentage(NamedTuple):
    """Een aandeel voor een cel: naar beneden afgerond op 0,01%, met procentopmaak."""

    aandeel: Fraction


def _zichtbaar(tekst: str) -> str:
    """Tekst die Excel kan bewaren: stuurtekens zichtbaar gemaakt, hoogstens 32.767 tekens."""
    tekst = _ONLEESBAAR.sub(lambda m: f"\\x{ord(m.group()):02x}", tekst)
    return tekst if len(tekst) <= MAX_TEKST else tekst[: MAX_TEKST - 1] + "…"


def tekstcel(cel: Cell, tekst: str) -> None:
    """Zet ``tekst`` in de cel als tekst die Excel nooit als formule leest."""
    cel.value = _zichtbaar(tekst)
    cel.data_type = "s"
    if tekst.startswith(_GEVAARLIJK):
        cel.quotePrefix = True


def _naar_cel(blad: Any, waarde: object, vet: bool = False) -> Cell:
    cel = WriteOnlyCell(blad)
    if isinstance(waarde, str):
        tekstcel(cel, waarde)
    elif isinstance(waarde, bool):
        tekstcel(cel, "ja" if waarde else "nee")
    elif isinstance(waarde, Bedrag):
        cel.value = float(waarde.waarde)
        cel.number_format = EURO
    elif isinstance(waarde, Percentage):
        cel.value = float(_afgerond(waarde.aandeel))
        cel.number_format = PROCENT
    elif isinstance(waarde, date):
        cel.value = waarde
        cel.number_format = DATUM
    elif isinstance(waarde, int):
        cel.value = waarde
    elif waarde is not None:
        msg = f"geen celwaarde: {type(waarde).__name__}"
        raise TypeError(msg)
    if vet:
        cel.font = _VET
    return cel


def _afgerond(aandeel: Fraction) -> Decimal:
    """Het aandeel naar beneden afgerond op vier decimalen (0,01%)."""
    return deel_naar_beneden(aandeel.numerator, aandeel.denominator, 4)


def _bedrag(waarde: Decimal | None) -> Bedrag | None:
    return None if waarde is None else Bedrag(waarde)


def _aandeel(teller: int, noemer: int) -> Percentage | None:
    return Percentage(Fraction(teller, noemer)) if noemer else None


class _Blad:
    """Een werkblad met een kopregel dat na het maximum aantal rijen in een nieuw blad doorgaat."""

    def __init__(
        self,
        boek: Workbook,
        naam: str,
        koppen: Sequence[str],
        breedtes: Sequence[float] = (),
        max_rijen: int = MAX_RIJEN,
    ) -> None:
        if max_rijen < 2:
            msg = "een blad moet naast de kopregel ten minste één rij kunnen bevatten"
            raise ValueError(msg)
        self.boek = boek
        self.naam = naam
        self.koppen = tuple(koppen)
        self.breedtes = tuple(breedtes)
        self.max_rijen = max_rijen
        self.bladen: list[Any] = []
        self._rijen = 0
        self._nieuw()

    def _nieuw(self) -> None:
        titel = self.naam if not self.bladen else f"{self.naam} ({len(self.bladen) + 1})"
        blad = self.boek.create_sheet(titel)
        for i, breedte in enumerate(self.breedtes, start=1):
            blad.column_dimensions[get_column_letter(i)].width = breedte
        blad.freeze_panes = "A2"
        blad.append([_naar_cel(blad, k, vet=True) for k in self.koppen])
        self.bladen.append(blad)
        self._rijen = 1

    def schrijf(self, waarden: Sequence[object]) -> None:
        """Voeg één rij toe (in een nieuw blad als dit blad vol is)."""
        if self._rijen >= self.max_rijen:
            self._sluit_filter()
            self._nieuw()
        blad = self.bladen[-1]
        blad.append([_naar_cel(blad, w) for w in waarden])
        self._rijen += 1

    def _sluit_filter(self) -> None:
        laatste = get_column_letter(len(self.koppen))
        self.bladen[-1].auto_filter.ref = f"A1:{laatste}{self._rijen}"

    def sluit(self) -> None:
        """Zet het filter op het laatste blad."""
        self._sluit_filter()


def _toewijzingsrij(rij: Rijtoewijzing, u: Toetsuitkomst) -> list[object]:
    return [
        rij.bron,
        rij.rijnummer,
        u.toewijzing_id,
        u.huuringangsdatum,
        u.gemeente,
        None if u.toewijzingssegment is None else u.toewijzingssegment.value,
        u.segment_reden,
        None if u.passendheid is None else u.passendheid.value,
        u.passendheid_reden,
        None if u.huishoudtype is None else u.huishoudtype.value,
        u.aantal_personen,
        u.aow_huishouden,
        _bedrag(u.huishoudinkomen),
        Bedrag(u.kale_huur),
        None if u.huurklasse is None else u.huurklasse.value,
        _bedrag(u.passende_inkomensgrens),
        _bedrag(u.aftoppingsgrens),
        u.status.value,
        rij.corporatie,
    ]


class Excelschrijver:
    """Schrijft de verantwoording naar een .xlsx-bestand, rij voor rij tijdens het toetsen.

    Gebruik: ``oordeel`` voor elke getoetste toewijzing, ``afwijzing`` voor elke fout van een
    afgewezen rij, en tot slot ``sluit(verslag)``; pas dan wordt het bestand geschreven.
    ``max_rijen`` is het aantal rijen per blad (kopregel inbegrepen; alleen kleiner voor tests).
    """

    def __init__(self, pad: Path, *, max_rijen: int = MAX_RIJEN) -> None:
        self.pad = Path(pad)
        self._boek = Workbook(write_only=True)
        self._samenvatting = self._boek.create_sheet("Samenvatting")
        self._toewijzingen = _Blad(
            self._boek,
            "Toewijzingen",
            TOEWIJZINGKOLOMMEN,
            (28, 8, 16, 12, 18, 16, 40, 14, 40, 14, 8, 8, 14, 12, 18, 14, 14, 10, 28),
            max_rijen,
        )
        self._afgewezen = _Blad(
            self._boek, "Afgewezen", AFWIJZINGKOLOMMEN, (28, 8, 18, 16, 70), max_rijen
        )
        self._gesloten = False

    def oordeel(self, rij: Rijtoewijzing, uitkomst: Toetsuitkomst) -> None:
        """Schrijf één getoetste toewijzing naar het blad *Toewijzingen*."""
        self._toewijzingen.schrijf(_toewijzingsrij(rij, uitkomst))

    def afwijzing(self, fout: Rijfout) -> None:
        """Schrijf één fout van een afgewezen rij naar het blad *Afgewezen*."""
        self._afgewezen.schrijf(
            [fout.bron, fout.rijnummer, fout.kolom, fout.toewijzing_id, fout.melding]
        )

    def verwerp(self) -> None:
        """Sluit de werkmap zonder haar te bewaren (na een fout; mag vaker worden aangeroepen).

        Zonder dit laat openpyxl bij het opruimen van de half geschreven bladen meldingen van lxml
        op stderr achter. De tijdelijke bestanden waarin openpyxl de bladen schrijft (met de
        gegevens van elke toewijzing) worden meteen verwijderd, niet pas als het proces stopt.
        """
        self._gesloten = True
        for blad in self._boek.worksheets:
            if not getattr(blad, "closed", True):
                blad.close()
            schrijver = getattr(blad, "_writer", None)
            tijdelijk = getattr(schrijver, "out", None)
            if isinstance(tijdelijk, str) and Path(tijdelijk).exists():
                schrijver.cleanup()  # type: ignore[union-attr]

    def sluit(self, verslag: Verslag) -> None:
        """Voeg de samenvatting, de matrix en de gemeenten toe en schrijf het bestand."""
        if self._gesloten:
            msg = "de werkmap is al gesloten"
            raise RuntimeError(msg)
        self._gesloten = True
        self._toewijzingen.sluit()
        self._afgewezen.sluit()
        _samenvatting(self._samenvatting, verslag)
        _matrix(self._boek.create_sheet("Matrix"), verslag)
        _gemeenten(self._boek.create_sheet("Gemeenten"), verslag)
        volgorde: list[Any] = [
            self._samenvatting,
            *self._toewijzingen.bladen,
            *self._afgewezen.bladen,
        ]
        for plaats, blad in enumerate(volgorde):
            self._boek.move_sheet(blad.title, plaats - self._boek.worksheets.index(blad))
        bewaar_werkmap(self._boek, self.pad)


# --- bewaren -------------------------------------------------------------------------------------

_VASTE_TIJD = (1980, 1, 1, 0, 0, 0)
"""De tijd van elk bestand in het archief (de vroegste die zip kent): geen tijdstempel."""
_TIJDSTEMPEL = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
_GROOT = 1 << 31


def bewaar_werkmap(boek: Workbook, pad: Path) -> None:
    """Bewaar de werkmap reproduceerbaar (zonder tijdstempels) en veilig (alles of niets)."""
    with tempfile.SpooledTemporaryFile(max_size=64 << 20) as ruw:
        boek.save(ruw)
        ruw.seek(0)
        with (
            zipfile.ZipFile(ruw) as lezer,
            schrijf_veilig(pad, modus="binair") as doel,
            zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as schrijver,
        ):
            for info in lezer.infolist():
                nieuw = zipfile.ZipInfo(info.filename, date_time=_VASTE_TIJD)
                nieuw.compress_type = zipfile.ZIP_DEFLATED
                nieuw.external_attr = 0o600 << 16
                if info.filename == "docProps/core.xml":
                    schrijver.writestr(nieuw, _TIJDSTEMPEL.sub(b"", lezer.read(info)))
                    continue
                with (
                    lezer.open(info) as bron,
                    schrijver.open(nieuw, "w", force_zip64=info.file_size >= _GROOT) as uit,
                ):
                    shutil.copyfileobj(bron, uit, 1 << 20)


# --- de bladen van het verslag -------------------------------------------------------------------


def _rijen(blad: Any, rijen: Sequence[Sequence[object]], *, vet: bool = False) -> None:
    for rij in rijen:
        blad.append([_naar_cel(blad, w, vet=vet) for w in rij])


def _toetsrij(naam: str, t: Normtoets) -> list[object]:
    return [
        naam,
        t.teller,
        t.noemer,
        t.onbepaald,
        None if t.aandeel is None else Percentage(t.aandeel),
        Percentage(t.norm),
        uitkomst(t.voldoet),
        None if t.aandeel is None else f"{t.teller}/{t.noemer}",
        t.grondslag,
    ]


def _samenvatting(blad: Any, v: Verslag) -> None:
    for kolom, breedte in zip("ABCDEFGHI", (46, 12, 12, 12, 14, 12, 20, 14, 44), strict=True):
        blad.column_dimensions[kolom].width = breedte
    kop = _naar_cel(blad, f"Jaarverantwoording toewijzingen {v.jaar} — {v.corporatie}")
    kop.font = _KOP
    blad.append([kop])
    _rijen(blad, [[zin] for zin in v.samenvatting()], vet=True)
    invoer = v.invoer
    passend = uitkomst(v.passend_voldoet) if v.passend_van_toepassing else "nog niet van toepassing"
    _rijen(
        blad,
        [
            [],
            ["Corporatie", v.corporatie],
            ["Verslagjaar", v.jaar],
            ["Uitkomst", uitkomst(v.voldoet)],
            ["DAEB-toewijzingsnorm", uitkomst(v.daeb_voldoet)],
            ["Passendheidsnorm", passend],
            [],
        ],
    )
    _rijen(blad, [["Invoer", "Aantal"]], vet=True)
    _rijen(
        blad,
        [
            ["gelezen rijen", invoer["gelezen"]],
            ["geaccepteerd", invoer["geaccepteerd"]],
            ["afgewezen", invoer["afgewezen"]],
            ["leeg (rijen zonder gegevens)", invoer["leeg"]],
            ["in deze verantwoording", invoer["in_verantwoording"]],
            [
                "buiten deze verantwoording (ander jaar of andere corporatie)",
                invoer["buiten_verantwoording"],
            ],
            [],
        ],
    )
    koppen = ["Toets", "Teller", "Noemer", "Onbepaald", "Gerealiseerd", "Norm", "Uitkomst"]
    _rijen(blad, [[*koppen, "Exact", "Grondslag"]], vet=True)
    toetsen = [(f"DAEB: {t.omschrijving}", t) for t in v.daeb_toetsen]
    if v.passend_toets is not None:
        toetsen.append((f"passendheid {v.jaar}: {v.passend_toets.omschrijving}", v.passend_toets))
    if v.passend_tweejarig is not None:
        eerste, laatste = v.passend_tweejarig.jaren
        toetsen.append((f"passendheid over {eerste} en {laatste} samen", v.passend_tweejarig.toets))
    _rijen(blad, [_toetsrij(naam, t) for naam, t in toetsen])
    ruimte = [
        teksten.ruimte(
            toets,
            "DAEB: vrije toewijzingsruimte gebruikt"
            if len(v.daeb_toetsen) == 1
            else f"Buiten {teksten.toetsnaam(v, toets)}",
        )
        for toets in v.daeb_toetsen
    ]
    if v.passend_toets is not None:
        ruimte.append(teksten.ruimte(v.passend_toets, "Passendheid: niet passend"))
    _rijen(blad, [[], *([zin] for zin in ruimte)])
    _rijen(blad, [[], ["DAEB-regime", teksten.regime(v.daeb_regime)], []])
    _rijen(blad, [["Toewijzingssegment", "Aantal"]], vet=True)
    _rijen(blad, [[teksten.SEGMENTEN[k], n] for k, n in v.daeb_segmenten.items()])
    _rijen(
        blad,
        [
            [f"buiten de DAEB-norm: {teksten.DAEB_BUITEN[k]}", n]
            for k, n in v.daeb_buiten_norm.items()
        ],
    )
    _rijen(
        blad,
        [
            [f"doelgroep via categorie: {teksten.CATEGORIEEN[k]}", n]
            for k, n in v.daeb_bijzondere_categorieen.items()
        ],
    )
    _rijen(blad, [[f"doelgroep: {teksten.OMVANG[k]}", n] for k, n in v.daeb_naar_omvang.items()])
    _rijen(
        blad,
        [
            [f"buiten de passendheidsnorm: {teksten.PASSEND_BUITEN[k]}", n]
            for k, n in v.passend_buiten_norm.items()
        ],
    )
    _rijen(
        blad,
        [
            ["niet passend (totaal)", v.niet_passend_totaal],
            ["onbepaald (totaal)", v.onbepaald_totaal],
            [],
        ],
    )
    klassen = list(next(iter(v.huurklassen.values()), {}))
    _rijen(blad, [["Huurklasse", *(teksten.SEGMENTEN[s] for s in v.huurklassen)]], vet=True)
    _rijen(
        blad,
        [[teksten.huurklasse(k), *(per[k] for per in v.huurklassen.values())] for k in klassen],
    )
    if v.gemeenten_15:
        _rijen(blad, [[], ["Gemeenten met 15% vrije ruimte", ", ".join(v.gemeenten_15)]])
    if v.opmerkingen:
        _rijen(blad, [[], ["Opmerkingen"]], vet=True)
        _rijen(blad, [[o] for o in v.opmerkingen])
    bewijs = v.ontvangstbewijs
    _rijen(blad, [[], ["Ontvangstbewijs"]], vet=True)
    _rijen(
        blad,
        [
            ["bibliotheekversie", bewijs["bibliotheekversie"]],
            ["parameterdata", bewijs["data_versie"]],
            ["SHA-256 parameterdata", bewijs["data_hash"]],
            ["normen per", bewijs["peildatum_normen"]],
            ["beleid", bewijs["beleid"] or "geen"],
            *([f"SHA-256 {naam}", h] for naam, h in bewijs["invoer_sha256"].items()),
            [],
            [
                "Het blad Toewijzingen bevat elke getoetste toewijzing uit de invoer, ook die van "
                "het vorige jaar (voor de tweejarige passendheidsnorm) en van andere corporaties; "
                "filter op huuringangsdatum en corporatie."
            ],
            [
                "Percentages zijn naar beneden afgerond op 0,01%; de uitkomst is exact bepaald "
                "(zie de kolom Exact)."
            ],
            ["Aan deze uitkomsten kunnen geen rechten worden ontleend."],
        ],
    )


def _matrix(blad: Any, v: Verslag) -> None:
    koppen = ["huishouden", "aow", "inkomen", *MATRIXBANDEN, "totaal"]
    for i, breedte in enumerate((20, 8, 14, 26, 22, 24, 10), start=1):
        blad.column_dimensions[get_column_letter(i)].width = breedte
    _rijen(blad, [koppen], vet=True)
    _rijen(
        blad,
        [
            [
                r["huishouden"],
                r["aow"],
                r["inkomen"],
                *(r["banden"][b] for b in MATRIXBANDEN),
                r["totaal"],
            ]
            for r in v.matrix
        ],
    )
    _rijen(
        blad,
        [[], ["boven de maximale huurgrens", None, None, None, None, None, v.boven_huurgrens]],
    )


def _gemeenten(blad: Any, v: Verslag) -> None:
    koppen = [
        "gemeente",
        "toewijzingen",
        "daeb_noemer",
        "doelgroep",
        "middeninkomens",
        "vrij",
        "nvt",
        "onbepaald",
        "aandeel_doelgroep",
        "daeb_norm",
        "prestatieafspraken_15",
        "passend_noemer",
        "passend_teller",
        "passend_onbepaald",
        "aandeel_passend",
    ]
    blad.column_dimensions["A"].width = 24
    _rijen(blad, [koppen], vet=True)
    _rijen(
        blad,
        [
            [
                g.gemeente,
                g.toewijzingen,
                g.daeb_noemer,
                *(g.segmenten[k] for k in SEGMENTSLEUTELS),
                _aandeel(g.segmenten["doelgroep"], g.daeb_noemer),
                None if g.daeb_norm is None else Percentage(g.daeb_norm),
                g.prestatieafspraken_15,
                g.passend_noemer,
                g.passend_teller,
                g.passend_onbepaald,
                _aandeel(g.passend_teller, g.passend_noemer),
            ]
            for g in v.gemeenten
        ],
    )


# --- het sjabloon --------------------------------------------------------------------------------


def _voorbeeld(kolom: Kolom) -> str | date | float | int | None:
    if not kolom.voorbeeld:
        return None
    if kolom.soort is Soort.DATUM:
        return date.fromisoformat(kolom.voorbeeld)
    if kolom.soort is Soort.BEDRAG:
        bedrag = lees_bedrag(kolom.voorbeeld, "komma")
        return None if bedrag is None else float(bedrag)
    if kolom.soort is Soort.AANTAL:
        return int(kolom.voorbeeld)
    return kolom.voorbeeld


def _cel(blad: Worksheet, rij: int, kolom: int) -> Cell:
    cel = blad.cell(row=rij, column=kolom)
    assert isinstance(cel, Cell)  # noqa: S101 - geen samengevoegde cellen in het sjabloon
    return cel


_SJABLOONOPMAAK = {Soort.DATUM: DATUM, Soort.BEDRAG: EURO, Soort.AANTAL: "0"}


def schrijf_sjabloon(pad: Path) -> None:
    """Schrijf een Excel-sjabloon: de kolommen met één voorbeeldrij, en een blad met uitleg."""
    boek = Workbook()
    blad = boek.active
    assert isinstance(blad, Worksheet)  # noqa: S101 - een nieuwe werkmap heeft één blad
    blad.title = "Toewijzingen"
    blad.freeze_panes = "A2"
    for nummer, kolom in enumerate(KOLOMMEN, start=1):
        letter = get_column_letter(nummer)
        blad.column_dimensions[letter].width = max(12, len(kolom.naam) + 4)
        kop = _cel(blad, 1, nummer)
        tekstcel(kop, kolom.naam)
        kop.font = _VET
        cel = _cel(blad, 2, nummer)
        waarde = _voorbeeld(kolom)
        if isinstance(waarde, str):
            tekstcel(cel, waarde)
        else:
            cel.value = waarde
        cel.number_format = _SJABLOONOPMAAK.get(kolom.soort, "@")
        keuzes = kolom.keuzes if kolom.soort is Soort.KEUZE else ("ja", "nee")
        if kolom.soort in (Soort.KEUZE, Soort.VLAG) and kolom.naam != "bijzonderheid":
            validatie = DataValidation(
                type="list",
                formula1='"' + ",".join(keuzes) + '"',
                allow_blank=not kolom.verplicht,
                showErrorMessage=True,
                errorTitle=kolom.naam,
                error=f"Kies uit: {', '.join(keuzes)}",
            )
            validatie.add(f"{letter}2:{letter}{MAX_RIJEN}")
            blad.add_data_validation(validatie)
    uitleg = boek.create_sheet("Kolommen")
    koppen = ("kolom", "soort", "verplicht", "omschrijving", "keuzes", "voorbeeld")
    for nummer, (naam, breedte) in enumerate(zip(koppen, (26, 10, 10, 80, 50, 24), strict=True), 1):
        kop = _cel(uitleg, 1, nummer)
        tekstcel(kop, naam)
        kop.font = _VET
        uitleg.column_dimensions[get_column_letter(nummer)].width = breedte
    uitleg.freeze_panes = "A2"
    for rij, kolom in enumerate(KOLOMMEN, start=2):
        waarden = (
            kolom.naam,
            kolom.soort.value,
            "ja" if kolom.verplicht else "nee",
            kolom.omschrijving,
            ", ".join(kolom.keuzes),
            kolom.voorbeeld,
        )
        for nummer, waarde in enumerate(waarden, start=1):
            cel = _cel(uitleg, rij, nummer)
            tekstcel(cel, waarde)
            cel.alignment = _TERUGLOOP
    bewaar_werkmap(boek, pad)
