"""Rangschikken van kandidaten die op een woning reageerden, volgens een huur-inkomenstabel.

De volgorde:

1. kandidaten die de tabel uitsluit, staan apart met de reden;
2. kandidaten waarvan het oordeel niet te bepalen is (bijvoorbeeld zonder inkomensgegevens),
   staan apart met de reden — niemand verdwijnt stil;
3. de overige: eerst **voorrang**, dan **toegestaan**; binnen elke groep de vroegste
   **inschrijfdatum** eerst (de langste wachttijd); bij gelijke inschrijfdatum beslist het
   kandidaat-id (oplopend, als tekst) — een vaste, herhaalbare volgorde zonder toeval.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import (
    DatumBuitenTabel,
    OngeldigeInvoer,
    OnvoldoendeGegevens,
    ParameterFout,
    Veldfout,
)
from passend_toewijzen.modellen import Huishouden, Woning
from passend_toewijzen.modellen.basis import Datum, Model, Tekst, lees_json
from passend_toewijzen.tabellen.beoordelen import Tabeloordeel, beoordeel, landelijk_parameters
from passend_toewijzen.tabellen.model import Cel, Tabel

__all__ = [
    "Geplaatst",
    "Kandidaat",
    "NietBeoordeeld",
    "Rangschikking",
    "Uitgesloten",
    "lees_kandidaten",
    "rangschik",
]


class Kandidaat(Model):
    """Een woningzoekende die op de woning reageerde."""

    id: Tekst
    """Het kenmerk van de woningzoekende in het eigen systeem."""
    inschrijfdatum: Datum
    """De inschrijfdatum: in dezelfde cel van de tabel gaat de langste inschrijving voor."""
    huishouden: Huishouden
    """Het huishouden van de woningzoekende, zoals bij een toewijzing."""


class Geplaatst(NamedTuple):
    """Een kandidaat op een plaats in de rangorde."""

    plaats: int
    kandidaat: str
    cel: Cel
    inschrijfdatum: date
    oordeel: Tabeloordeel


class Uitgesloten(NamedTuple):
    """Een kandidaat die de tabel uitsluit."""

    kandidaat: str
    reden: str
    oordeel: Tabeloordeel


class NietBeoordeeld(NamedTuple):
    """Een kandidaat waarvan het oordeel niet te bepalen was."""

    kandidaat: str
    reden: str


class Rangschikking(NamedTuple):
    """De rangorde van de kandidaten voor één woning."""

    woning: str
    tabel: str
    datum: date
    volgorde: tuple[Geplaatst, ...]
    uitgesloten: tuple[Uitgesloten, ...]
    niet_beoordeeld: tuple[NietBeoordeeld, ...]

    @property
    def aantal(self) -> int:
        """Het aantal kandidaten: geplaatst + uitgesloten + niet beoordeeld."""
        return len(self.volgorde) + len(self.uitgesloten) + len(self.niet_beoordeeld)

    def als_dict(self) -> dict[str, Any]:
        """De rangschikking als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        return {
            "woning": self.woning,
            "tabel": self.tabel,
            "datum": self.datum.isoformat(),
            "aantal_kandidaten": self.aantal,
            "volgorde": [
                {
                    "plaats": g.plaats,
                    "kandidaat": g.kandidaat,
                    "cel": g.cel.value,
                    "inschrijfdatum": g.inschrijfdatum.isoformat(),
                    "oordeel": g.oordeel.als_dict(),
                }
                for g in self.volgorde
            ],
            "uitgesloten": [
                {"kandidaat": u.kandidaat, "reden": u.reden, "oordeel": u.oordeel.als_dict()}
                for u in self.uitgesloten
            ],
            "niet_beoordeeld": [
                {"kandidaat": n.kandidaat, "reden": n.reden} for n in self.niet_beoordeeld
            ],
        }

    def als_tekst(self) -> str:
        """De rangschikking als leesbare Nederlandse tekst."""
        regels = [
            f"Rangschikking voor woning {self.woning} volgens tabel {self.tabel} op "
            f"{self.datum.isoformat()}: {self.aantal} kandidaten, {len(self.volgorde)} geplaatst, "
            f"{len(self.uitgesloten)} uitgesloten, {len(self.niet_beoordeeld)} niet beoordeeld",
            "",
            "Volgorde (voorrang eerst, dan de vroegste inschrijfdatum, dan het kandidaat-id):",
        ]
        if not self.volgorde:
            regels.append("  (geen kandidaat mag reageren)")
        for g in self.volgorde:
            regels.append(
                f"  {g.plaats:>3}. {g.kandidaat}  {g.cel.value:<10}  ingeschreven "
                f"{g.inschrijfdatum.isoformat()}  {g.oordeel.reden}"
            )
            regels.extend(f"         let op: {w}" for w in g.oordeel.waarschuwingen)
        if self.uitgesloten:
            regels.extend(["", "Uitgesloten:"])
            regels.extend(f"  {u.kandidaat}: {u.reden}" for u in self.uitgesloten)
        if self.niet_beoordeeld:
            regels.extend(["", "Niet beoordeeld (gegevens ontbreken):"])
            regels.extend(f"  {n.kandidaat}: {n.reden}" for n in self.niet_beoordeeld)
        return "\n".join(regels) + "\n"


def lees_kandidaten(inhoud: bytes | str) -> tuple[Kandidaat, ...]:
    """Lees kandidaten uit JSON: een lijst van kandidaten of ``{"kandidaten": [...]}``.

    Getallen worden exact gelezen. Een fout noemt de kandidaat (volgnummer vanaf 1) en het veld;
    alle fouten worden samen gemeld, geen kandidaat valt stil weg.
    """
    gegevens = lees_json(inhoud, "Kandidaat")
    if isinstance(gegevens, dict) and set(gegevens) == {"kandidaten"}:
        gegevens = gegevens["kandidaten"]
    if not isinstance(gegevens, list):
        raise OngeldigeInvoer(
            "Kandidaat",
            (Veldfout("", 'verwacht een lijst van kandidaten of {"kandidaten": [...]}'),),
        )
    kandidaten: list[Kandidaat] = []
    fouten: list[Veldfout] = []
    for nummer, item in enumerate(gegevens, start=1):
        try:
            kandidaten.append(Kandidaat.model_validate(item))
        except OngeldigeInvoer as exc:
            fouten.extend(
                Veldfout(f"kandidaat {nummer}" + (f".{f.veld}" if f.veld else ""), f.melding)
                for f in exc.fouten
            )
    if fouten:
        raise OngeldigeInvoer("Kandidaat", fouten)
    return tuple(kandidaten)


def rangschik(
    woning: Woning,
    kandidaten: Iterable[Kandidaat],
    tabel: Tabel,
    datum: date,
    *,
    beleid: Beleid | None = None,
) -> Rangschikking:
    """Rangschik de kandidaten voor ``woning`` volgens ``tabel`` op ``datum``.

    Elke kandidaat komt precies één keer terug: in de volgorde, bij de uitgeslotenen of bij de
    niet beoordeelden. Een datum buiten de geldigheid van de tabel of buiten de dekking van de
    parameters geldt voor alle kandidaten en is daarom een fout; dubbele kandidaat-id's ook.
    """
    if not tabel.geldt_op(datum):
        raise DatumBuitenTabel(tabel.naam, datum, tabel.geldig_vanaf, tabel.geldig_tot)
    landelijk_parameters(datum, beleid)  # een datum buiten de dekking is een fout voor iedereen
    lijst = list(kandidaten)
    dubbel = sorted(i for i, n in Counter(k.id for k in lijst).items() if n > 1)
    if dubbel:
        raise OngeldigeInvoer(
            "Kandidaat", (Veldfout("id", f"komt meer dan eens voor: {', '.join(dubbel)}"),)
        )
    toegelaten: list[tuple[tuple[int, date, str], Kandidaat, Tabeloordeel]] = []
    uitgesloten: list[Uitgesloten] = []
    niet_beoordeeld: list[NietBeoordeeld] = []
    for kandidaat in lijst:
        try:
            oordeel = beoordeel(woning, kandidaat.huishouden, tabel, datum, beleid=beleid)
        except (OnvoldoendeGegevens, ParameterFout) as fout:
            niet_beoordeeld.append(NietBeoordeeld(kandidaat.id, str(fout)))
            continue
        if oordeel.cel is Cel.UITGESLOTEN:
            uitgesloten.append(Uitgesloten(kandidaat.id, oordeel.reden, oordeel))
            continue
        sleutel = (0 if oordeel.cel is Cel.VOORRANG else 1, kandidaat.inschrijfdatum, kandidaat.id)
        toegelaten.append((sleutel, kandidaat, oordeel))
    toegelaten.sort(key=lambda item: item[0])
    volgorde = tuple(
        Geplaatst(plaats, k.id, o.cel, k.inschrijfdatum, o)
        for plaats, (_, k, o) in enumerate(toegelaten, start=1)
    )
    return Rangschikking(
        woning.id, tabel.naam, datum, volgorde, tuple(uitgesloten), tuple(niet_beoordeeld)
    )
