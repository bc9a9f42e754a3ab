"""Een huur-inkomenstabel met de bedragen van één datum: het rooster per huishoudtype.

Symbolische grenzen hangen af van de datum én van het huishouden (de passende inkomensgrens per
huishoudtype, de toepasselijke aftoppingsgrens per omvang, vanaf 2022 de DAEB-inkomensgrens voor
één of meer personen). :func:`tabel_op` lost daarom elke grens op voor elk huishoudtype dat de
tabel onderscheidt: één persoon, twee personen, ... tot en met de grootste omvang die ertoe doet,
elk onder en vanaf de AOW-leeftijd. Een grens waarvan de wettelijke waarde op die datum onbekend
is, blijft onbekend (``None``) met de reden; er wordt nooit iets ingevuld.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import DatumBuitenTabel, ParameterNietVanKracht
from passend_toewijzen.parameters.waarden import Parameterset, nl_bedrag
from passend_toewijzen.regels.huishoudtype import Huishoudtype, bepaal_huishoudtype
from passend_toewijzen.tabellen.beoordelen import grenswaarde, landelijk_parameters
from passend_toewijzen.tabellen.model import Cel, Grens, Tabel

__all__ = ["OpgelosteGrens", "Rij", "Rooster", "Tabeloverzicht", "tabel_op"]


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
