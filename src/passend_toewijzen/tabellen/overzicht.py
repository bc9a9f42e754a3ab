"""Een huur-inkomenstabel met de bedragen van één datum: het rooster per huishoudtype.

Symbolische grenzen hangen af van de datum én van het huishouden (de passende inkomensgrens per
huishoudtype, de toepasselijke aftoppingsgrens per omvang, vanaf 2022 de DAEB-inkomensgrens voor
één of meer personen). :func:`tabel_op` lost daarom elke grens op voor elk huishoudtype dat de
tabel onderscheidt: één persoon, twee personen, ... tot en met de grootste omvang die ertoe doet,
elk onder en vanaf de AOW-leeftijd. Een grens waarvan de wettelijke waarde op die datum onbekend
is, blijft onbekend (``None``) met de reden; er wordt nooit iets ingevuld.

:func:`tabel_op_prijspeil` zet de tabel zoals zij is gepubliceerd, met de bedragen van haar
prijspeil (Woongaard 2015: aftoppingsgrenzen € 576,87 en € 618,24, maximale huurgrens € 710,68),
naast de bedragen van de gevraagde datum, met de wettelijke indexatie die ze verbindt en elke
jaarlijkse stap daartussen.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import (
    DatumBuitenDekking,
    DatumBuitenTabel,
    OnvoldoendeGegevens,
    ParameterNietVanKracht,
)
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import Parameterset, nl_bedrag
from passend_toewijzen.regels.huishoudtype import Huishoudtype, bepaal_huishoudtype
from passend_toewijzen.tabellen.beoordelen import grenswaarde, landelijk_parameters
from passend_toewijzen.tabellen.model import Cel, Grens, Tabel
from passend_toewijzen.tabellen.symbolen import label

__all__ = [
    "OpgelosteGrens",
    "Prijspeilgrens",
    "Prijspeiloverzicht",
    "Rij",
    "Rooster",
    "Tabeloverzicht",
    "tabel_op",
    "tabel_op_prijspeil",
]


class OpgelosteGrens(NamedTuple):
    """Een grens met het bedrag op de peildatum (``None`` als de wettelijke waarde onbekend is)."""

    grens: Grens
    parameter: str | None
    """De wettelijke parameter achter een symbool (``None`` bij een vast bedrag)."""
    bedrag: Decimal | None
    geldig_vanaf: date | None
    onbekend_reden: str | None

    @property
    def tekst(self) -> str:
        """Het bedrag als Nederlandse tekst, of 'onbekend'."""
        return "onbekend" if self.bedrag is None else nl_bedrag(self.bedrag)

    def als_dict(self) -> dict[str, Any]:
        """De grens als JSON-geschikt woordenboek."""
        return {
            "symbool": self.grens.symbool,
            "parameter": self.parameter,
            "vast_bedrag": None if self.grens.bedrag is None else str(self.grens.bedrag),
            "bedrag": None if self.bedrag is None else str(self.bedrag),
            "geldig_vanaf": None if self.geldig_vanaf is None else self.geldig_vanaf.isoformat(),
            "onbekend_reden": self.onbekend_reden,
        }


class Rij(NamedTuple):
    """Een huurband of inkomensgroep met opgeloste grenzen: (``van``, ``tot``]."""

    naam: str
    omschrijving: str
    van: OpgelosteGrens | None
    tot: OpgelosteGrens | None

    @property
    def bereik(self) -> str:
        """Het bereik als tekst, zoals ``"€ 592,55 - € 635,05"`` of ``"tot en met € 592,55"``."""
        if self.van is None and self.tot is None:
            return "alle"
        if self.van is None:
            assert self.tot is not None  # noqa: S101 - hierboven uitgesloten
            return f"t/m {self.tot.tekst}"
        if self.tot is None:
            return f"boven {self.van.tekst}"
        return f"boven {self.van.tekst} t/m {self.tot.tekst}"

    def als_dict(self) -> dict[str, Any]:
        """De rij als JSON-geschikt woordenboek."""
        return {
            "naam": self.naam,
            "omschrijving": self.omschrijving,
            "van": None if self.van is None else self.van.als_dict(),
            "tot": None if self.tot is None else self.tot.als_dict(),
        }


class Rooster(NamedTuple):
    """De tabel voor één huishoudtype: huurbanden, inkomensgroepen en cellen."""

    personen: int
    en_meer: bool
    """Of het rooster ook geldt voor grotere huishoudens (``personen`` of meer)."""
    aow: bool
    huishoudtype: Huishoudtype
    huurbanden: tuple[Rij, ...]
    inkomensgroepen: tuple[Rij, ...]
    cellen: tuple[tuple[Cel, ...], ...]
    """Per inkomensgroep de cel per huurband, in de volgorde van ``huurbanden``."""

    @property
    def titel(self) -> str:
        """Het huishoudtype als kop, zoals ``"3 of meer personen, vanaf de AOW-leeftijd"``."""
        omvang = "1 persoon" if self.personen == 1 else f"{self.personen} personen"
        if self.en_meer:
            omvang = f"{self.personen} of meer personen"
        leeftijd = "vanaf de AOW-leeftijd" if self.aow else "onder de AOW-leeftijd"
        return f"{omvang}, {leeftijd}"

    def als_dict(self) -> dict[str, Any]:
        """Het rooster als JSON-geschikt woordenboek."""
        return {
            "personen": self.personen,
            "en_meer": self.en_meer,
            "aow": self.aow,
            "huishoudtype": self.huishoudtype.value,
            "huurbanden": [b.als_dict() for b in self.huurbanden],
            "inkomensgroepen": [
                {
                    **g.als_dict(),
                    "cellen": {b.naam: c.value for b, c in zip(self.huurbanden, rij, strict=True)},
                }
                for g, rij in zip(self.inkomensgroepen, self.cellen, strict=True)
            ],
        }


class Tabeloverzicht(NamedTuple):
    """De hele tabel met de bedragen van één datum."""

    tabel: Tabel
    datum: date
    data_versie: str
    roosters: tuple[Rooster, ...]

    def als_dict(self) -> dict[str, Any]:
        """Het overzicht als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        t = self.tabel
        return {
            "tabel": t.naam,
            "titel": t.titel,
            "regio": t.regio,
            "geldig_vanaf": t.geldig_vanaf.isoformat(),
            "geldig_tot": None if t.geldig_tot is None else t.geldig_tot.isoformat(),
            "prijspeil": t.prijspeil,
            "bron": {"titel": t.bron.titel, "uitgever": t.bron.uitgever, "url": t.bron.url},
            "tabel_hash": t.inhoudshash,
            "datum": self.datum.isoformat(),
            "data_versie": self.data_versie,
            "keuzes": list(t.keuzes),
            "roosters": [r.als_dict() for r in self.roosters],
        }

    def als_tekst(self) -> str:
        """Het overzicht als leesbare tekst: per huishoudtype een rooster."""
        t = self.tabel
        regels = [
            f"{t.titel} — bedragen op {self.datum.isoformat()} (data {self.data_versie})",
            f"Regio: {t.regio}. Geldig {t.periode}.",
            f"Bron: {t.bron.titel} ({t.bron.uitgever}) <{t.bron.url}>",
        ]
        if t.heeft_vaste_bedragen:
            regels.append(f"Vaste bedragen: prijspeil {t.prijspeil}; zij worden niet geïndexeerd.")
        else:
            regels.append("Alle grenzen zijn landelijke grenzen en volgen de indexatie.")
        for rooster in self.roosters:
            regels.extend(["", rooster.titel, *_rooster_tekst(rooster)])
        onbekend = sorted(
            {
                f"{g.parameter}: {g.onbekend_reden}"
                for r in self.roosters
                for rij in (*r.huurbanden, *r.inkomensgroepen)
                for g in (rij.van, rij.tot)
                if g is not None and g.bedrag is None
            }
        )
        if onbekend:
            regels.extend(["", "Onbekende grenzen op deze datum:"])
            regels.extend(f"  {o}" for o in onbekend)
        regels.extend(["", "Cellen: voorrang / toegestaan / uitgesloten."])
        return "\n".join(regels) + "\n"


def _rooster_tekst(rooster: Rooster) -> list[str]:
    kop = ["inkomen \\ huur", *(b.bereik for b in rooster.huurbanden)]
    rijen = [
        [f"{g.naam}: {g.bereik}", *(c.value for c in cellen)]
        for g, cellen in zip(rooster.inkomensgroepen, rooster.cellen, strict=True)
    ]
    breedtes = [max(len(r[i]) for r in (kop, *rijen)) for i in range(len(kop))]
    return [
        "  " + "  ".join(cel.ljust(b) for cel, b in zip(rij, breedtes, strict=True)).rstrip()
        for rij in (kop, *rijen)
    ]


def _omvangen(tabel: Tabel, vanaf_hoog: int) -> list[int]:
    """Alle omvangen waarop de tabel of de wet een verschil maakt, plus één daarboven."""
    grenzen = {1, 2, vanaf_hoog}
    for groep in tabel.inkomensgroepen:
        grenzen.add(groep.personen_min)
        if groep.personen_max is not None:
            grenzen.add(groep.personen_max + 1)
    return list(range(1, max(grenzen) + 1))


def _los_op(
    grens: Grens | None, parameters: Parameterset, huishoudtype: Huishoudtype, personen: int
) -> OpgelosteGrens | None:
    if grens is None:
        return None
    try:
        bedrag, pw = grenswaarde(grens, parameters, huishoudtype, personen)
    except ParameterNietVanKracht as fout:
        return OpgelosteGrens(grens, fout.naam, None, None, fout.reden)
    if pw is None:
        return OpgelosteGrens(grens, None, bedrag, None, None)
    return OpgelosteGrens(grens, pw.naam, bedrag, pw.geldig_vanaf, None)


def tabel_op(tabel: Tabel, datum: date, *, beleid: Beleid | None = None) -> Tabeloverzicht:
    """De tabel met alle grenzen opgelost voor ``datum``, per huishoudtype.

    Een datum buiten de geldigheid van de tabel geeft
    :class:`~passend_toewijzen.fouten.DatumBuitenTabel` met de geldigheidsperiode; een datum
    buiten de dekking van de parameters geeft
    :class:`~passend_toewijzen.fouten.DatumBuitenDekking`.
    """
    if not tabel.geldt_op(datum):
        raise DatumBuitenTabel(tabel.naam, datum, tabel.geldig_vanaf, tabel.geldig_tot)
    parameters = landelijk_parameters(datum, beleid)
    vanaf_hoog = parameters.aantal("aftoppingsgrens_hoog_vanaf_personen")
    omvangen = _omvangen(tabel, vanaf_hoog)
    roosters: list[Rooster] = []
    for aow in (False, True):
        for personen in omvangen:
            huishoudtype = bepaal_huishoudtype(personen, aow)
            groepen = tabel.groepen_voor(personen, aow)
            roosters.append(
                Rooster(
                    personen=personen,
                    en_meer=personen == omvangen[-1],
                    aow=aow,
                    huishoudtype=huishoudtype,
                    huurbanden=tuple(
                        Rij(
                            b.naam,
                            b.omschrijving,
                            _los_op(b.van, parameters, huishoudtype, personen),
                            _los_op(b.tot, parameters, huishoudtype, personen),
                        )
                        for b in tabel.huurbanden
                    ),
                    inkomensgroepen=tuple(
                        Rij(
                            g.naam,
                            g.omschrijving,
                            _los_op(g.van, parameters, huishoudtype, personen),
                            _los_op(g.tot, parameters, huishoudtype, personen),
                        )
                        for g in groepen
                    ),
                    cellen=tuple(
                        tuple(g.cellen[b.naam] for b in tabel.huurbanden) for g in groepen
                    ),
                )
            )
    return Tabeloverzicht(tabel, datum, parameters.data_versie, tuple(roosters))


# --- de tabel op haar prijspeil ------------------------------------------------------------------

_HUURPRIJSONTWIKKELING = (
    "Wet op de huurtoeslag art. 27: elk jaar per 1 januari gewijzigd met de verwachte "
    "huurprijsontwikkeling (art. 27 lid 3 in de tekst van 2025), naar boven afgerond op hele "
    "eurocenten (art. 27 lid 6)"
)
_INDEXATIE = {
    "kwaliteitskortingsgrens": _HUURPRIJSONTWIKKELING,
    "aftoppingsgrens_laag": _HUURPRIJSONTWIKKELING,
    "aftoppingsgrens_hoog": _HUURPRIJSONTWIKKELING,
    "daeb_huurgrens": (
        "Wet op de huurtoeslag art. 27 lid 1: de maximale huurgrens elk jaar per 1 januari "
        "gewijzigd met de factor van art. 10.2 Wet inkomstenbelasting 2001 (tekst van 2025), "
        "naar boven afgerond op hele eurocenten (art. 27 lid 6)"
    ),
    "liberalisatiegrens": (
        "Besluit huurprijzen woonruimte: de huurprijs bij 186 punten van de puntentabel, die "
        "elk jaar wordt aangepast (naar boven afgerond op hele eurocenten, art. 12 lid 2)"
    ),
    "daeb_inkomensgrens": (
        "BTIV 2015 art. 16 lid 2 (vanaf 1 juli 2015; daarvoor de Tijdelijke regeling DAEB): elk "
        "jaar per 1 januari gewijzigd met de procentuele wijziging van een bedrag uit de Wet op "
        "de huurtoeslag"
    ),
}
_PASSEND = (
    "Wet op de huurtoeslag art. 14 en 27 lid 1: de norminkomens elk jaar per 1 januari "
    "gewijzigd met de factor van art. 10.2 Wet inkomstenbelasting 2001; de inkomensgrens naar "
    "boven afgerond op € 25 (art. 27 lid 6 in de tekst van 2025, lid 5 in die van 2026)"
)
_VIER = Decimal("0.0001")
_REKENEN = REKENCONTEXT


def indexatie_van(parameter: str) -> str:
    """De wettelijke indexatie van een grens (de regel die de bedragen van jaar tot jaar
    verbindt); voor een parameter zonder vaste omschrijving de grondslag uit de data."""
    if parameter.startswith("passend_inkomensgrens"):
        return _PASSEND
    if parameter.startswith("daeb_inkomensgrens"):
        return _INDEXATIE["daeb_inkomensgrens"]
    if parameter in _INDEXATIE:
        return _INDEXATIE[parameter]
    return register().definities[parameter].grondslag


class Prijspeilgrens(NamedTuple):
    """Eén grens van de tabel: het bedrag op het prijspeil en op de gevraagde datum."""

    symbool: str | None
    """Het symbool uit de tabel (``None`` bij een vast bedrag)."""
    parameter: str | None
    """De wettelijke parameter achter het symbool op de gevraagde datum."""
    op_prijspeil: Decimal | None
    prijspeil_vanaf: date | None
    """De ingangsdatum van het bedrag op het prijspeil (1 januari, of later in dat jaar als de
    grens pas in de loop van het jaar ging gelden)."""
    op_datum: Decimal | None
    indexatie: str
    stappen: tuple[tuple[date, Decimal | None], ...]
    """Elke wijziging na het prijspeil tot en met de gevraagde datum: (ingang, bedrag)."""
    reden: str | None
    """Waarom een bedrag ontbreekt (de grens bestond nog niet, of de waarde is onbekend)."""

    @property
    def verhouding(self) -> Decimal | None:
        """Bedrag op de datum gedeeld door het bedrag op het prijspeil, op vier decimalen."""
        if self.op_prijspeil is None or self.op_datum is None or not self.op_prijspeil:
            return None
        return _REKENEN.divide(self.op_datum, self.op_prijspeil).quantize(
            _VIER, rounding=ROUND_HALF_UP, context=_REKENEN
        )

    def als_dict(self) -> dict[str, Any]:
        """De grens als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        verhouding = self.verhouding
        return {
            "symbool": self.symbool,
            "parameter": self.parameter,
            "op_prijspeil": None if self.op_prijspeil is None else str(self.op_prijspeil),
            "prijspeil_vanaf": None
            if self.prijspeil_vanaf is None
            else self.prijspeil_vanaf.isoformat(),
            "op_datum": None if self.op_datum is None else str(self.op_datum),
            "verhouding": None if verhouding is None else str(verhouding),
            "indexatie": self.indexatie,
            "stappen": [
                {"geldig_vanaf": d.isoformat(), "bedrag": None if b is None else str(b)}
                for d, b in self.stappen
            ],
            "reden": self.reden,
        }


class Prijspeiloverzicht(NamedTuple):
    """Een tabel zoals gepubliceerd op haar prijspeil, naast de bedragen van een datum."""

    tabel: Tabel
    prijspeil: int
    datum: date
    grenzen: tuple[Prijspeilgrens, ...]

    def als_dict(self) -> dict[str, Any]:
        """Het overzicht als JSON-geschikt woordenboek."""
        return {
            "tabel": self.tabel.naam,
            "prijspeil": self.prijspeil,
            "datum": self.datum.isoformat(),
            "grenzen": [g.als_dict() for g in self.grenzen],
        }

    def als_tekst(self) -> str:
        """Het overzicht als leesbare tekst: per grens prijspeil, datum, verhouding en indexatie."""
        regels = [
            f"Prijspeil {self.prijspeil} van {self.tabel.titel} en de bedragen op "
            f"{self.datum.isoformat()}:"
        ]
        for g in self.grenzen:
            naam = "vast bedrag"
            if g.parameter is not None:
                naam = f"{label(g.symbool or g.parameter)} ({g.parameter})"
            peil = "—" if g.op_prijspeil is None else nl_bedrag(g.op_prijspeil)
            if g.prijspeil_vanaf is not None and g.prijspeil_vanaf.month != 1:
                peil += f" (vanaf {g.prijspeil_vanaf.isoformat()})"
            nu = "onbekend" if g.op_datum is None else nl_bedrag(g.op_datum)
            verhouding = g.verhouding
            factor = "" if verhouding is None else f" (× {str(verhouding).replace('.', ',')})"
            regels.append(f"  {naam}: {peil} → {nu}{factor}")
            regels.append(f"      indexatie: {g.indexatie}")
            if g.stappen:
                regels.append(
                    "      stappen: "
                    + "; ".join(
                        f"{d.isoformat()} {'onbekend' if b is None else nl_bedrag(b)}"
                        for d, b in g.stappen
                    )
                )
            if g.reden:
                regels.append(f"      {g.reden}")
        regels.append(
            "De verhouding is het bedrag op de datum gedeeld door dat op het prijspeil; de wet "
            "indexeert elk jaar afzonderlijk (zie de stappen)."
        )
        return "\n".join(regels) + "\n"


def _waarde_op(parameter: str, datum: date, beleid: Beleid | None) -> Decimal | None:
    try:
        return landelijk_parameters(datum, beleid).bedrag(parameter)
    except (ParameterNietVanKracht, DatumBuitenDekking):
        return None


def _op_prijspeil(
    parameter: str, prijspeil: int, beleid: Beleid | None
) -> tuple[Decimal | None, date | None, str | None]:
    """Het bedrag dat in het prijspeiljaar gold: op 1 januari, of de eerste waarde in dat jaar."""
    begin = date(prijspeil, 1, 1)
    data = [begin] + [
        rw.geldig_vanaf
        for rw in register().definities[parameter].reeks
        if begin < rw.geldig_vanaf <= date(prijspeil, 12, 31)
    ]
    for dag in data:
        try:
            return landelijk_parameters(dag, beleid).bedrag(parameter), dag, None
        except (ParameterNietVanKracht, DatumBuitenDekking) as fout:
            reden = str(fout)
    return None, None, f"op het prijspeil ({prijspeil}) geen bedrag: {reden}"


def _prijspeilgrens(
    grens: OpgelosteGrens, prijspeil: int, datum: date, beleid: Beleid | None
) -> Prijspeilgrens:
    if grens.parameter is None:
        return Prijspeilgrens(
            None,
            None,
            grens.bedrag,
            None,
            grens.bedrag,
            "vast bedrag uit de tabel: niet geïndexeerd",
            (),
            None,
        )
    parameter = grens.parameter
    bedrag, vanaf, reden = _op_prijspeil(parameter, prijspeil, beleid)
    begin = vanaf or date(prijspeil, 12, 31)
    stappen = tuple(
        (rw.geldig_vanaf, _waarde_op(parameter, rw.geldig_vanaf, beleid))
        for rw in register().definities[parameter].reeks
        if begin < rw.geldig_vanaf <= datum and not rw.vervallen
    )
    if grens.bedrag is None:
        reden = f"op {datum.isoformat()} onbekend: {grens.onbekend_reden}"
    return Prijspeilgrens(
        grens.grens.symbool,
        parameter,
        bedrag,
        vanaf,
        grens.bedrag,
        indexatie_van(parameter),
        stappen,
        reden,
    )


def tabel_op_prijspeil(
    tabel: Tabel, datum: date, *, beleid: Beleid | None = None
) -> Prijspeiloverzicht:
    """De grenzen van de tabel op haar prijspeil naast die op ``datum``, met de indexatie.

    Per wettelijke grens (per parameter, dus de passende inkomensgrens per huishoudtype) het
    bedrag dat in het prijspeiljaar gold, het bedrag op ``datum``, elke jaarlijkse stap
    daartussen en de wettelijke regel die de stappen bepaalt. Een tabel zonder prijspeil geeft
    :class:`~passend_toewijzen.fouten.OnvoldoendeGegevens`; verder dezelfde fouten als
    :func:`tabel_op`.
    """
    if tabel.prijspeil is None:
        raise OnvoldoendeGegevens("HIT-01", f"de tabel {tabel.naam!r} noemt geen prijspeil")
    overzicht = tabel_op(tabel, datum, beleid=beleid)
    gezien: dict[object, Prijspeilgrens] = {}
    for rooster in overzicht.roosters:
        for rij in (*rooster.huurbanden, *rooster.inkomensgroepen):
            for grens in (rij.van, rij.tot):
                if grens is None:
                    continue
                sleutel = grens.parameter or ("vast", grens.grens.bedrag)
                if sleutel not in gezien:
                    gezien[sleutel] = _prijspeilgrens(grens, tabel.prijspeil, datum, beleid)
    return Prijspeiloverzicht(tabel, tabel.prijspeil, datum, tuple(gezien.values()))
