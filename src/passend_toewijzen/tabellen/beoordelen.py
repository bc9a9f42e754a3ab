"""Beoordelen van één huishouden voor één woning met een huur-inkomenstabel.

Het inkomen, de AOW-status en het huishoudtype komen uit de toets van een toewijzing (dezelfde
regels, geen tweede kopie). Daarna kiest de tabel de inkomensgroep en de huurband en geeft de cel:
voorrang, toegestaan of uitgesloten, met de reden.

Vangnet: staat de tabel een toewijzing toe die landelijk niet passend (NIE) zou zijn, dan zegt
het oordeel dat die toewijzing de ruimte van 5% gebruikt, in plaats van haar stil toe te staan.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import DatumBuitenTabel, OnvoldoendeGegevens, ParameterFout
from passend_toewijzen.modellen import Huishouden, Toewijzing, Woning
from passend_toewijzen.parameters.opvragen import parameters_op
from passend_toewijzen.parameters.waarden import Parameterset, Parameterwaarde
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.inkomen import Vrijstelling, bepaal_huishoudinkomen, kies_inkomen
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.tabellen.model import Cel, Grens, Huurband, Inkomensgroep, Tabel
from passend_toewijzen.tabellen.symbolen import label, zoek_op
from passend_toewijzen.toets import Toetsuitkomst, toets_toewijzing
from passend_toewijzen.uitkomst import bedrag_als_tekst
from passend_toewijzen.uitleg import Regel, Uitlegregel

__all__ = ["Tabeloordeel", "beoordeel"]

REGEL_GROEP = Regel("HIT-01", "Huur-inkomenstabel (lokaal beleid)", "Inkomensgroep")
REGEL_BAND = Regel("HIT-02", "Huur-inkomenstabel (lokaal beleid)", "Huurband")
REGEL_CEL = Regel("HIT-03", "Huur-inkomenstabel (lokaal beleid)", "Cel van de tabel")
REGEL_VANGNET = Regel(
    "HIT-04", "Woningwet art. 46 lid 2; BTIV 2015 art. 54 lid 1", "Vangnet passend toewijzen"
)


class Tabeloordeel(NamedTuple):
    """Het oordeel van de tabel over één huishouden en één woning op een datum."""

    cel: Cel
    reden: str
    inkomensgroep: str
    huurband: str
    huishoudtype: Huishoudtype
    inkomen: Decimal | None
    kale_huur: Decimal
    waarschuwingen: tuple[str, ...]
    uitleg: tuple[Uitlegregel, ...]
    landelijk: Toetsuitkomst
    tabel: str
    tabel_hash: str
    datum: date

    @property
    def mag_reageren(self) -> bool:
        """Of het huishouden op de woning mag reageren (voorrang of toegestaan)."""
        return self.cel is not Cel.UITGESLOTEN

    def als_dict(self) -> dict[str, Any]:
        """Het oordeel als JSON-geschikt woordenboek (bedragen als exacte tekst)."""
        return {
            "tabel": self.tabel,
            "tabel_hash": self.tabel_hash,
            "datum": self.datum.isoformat(),
            "cel": self.cel.value,
            "mag_reageren": self.mag_reageren,
            "reden": self.reden,
            "inkomensgroep": self.inkomensgroep,
            "huurband": self.huurband,
            "huishoudtype": self.huishoudtype.value,
            "inkomen": None if self.inkomen is None else bedrag_als_tekst(self.inkomen),
            "kale_huur": bedrag_als_tekst(self.kale_huur),
            "waarschuwingen": list(self.waarschuwingen),
            "landelijk": {
                "toewijzingssegment": _waarde(self.landelijk.toewijzingssegment),
                "passendheid": _waarde(self.landelijk.passendheid),
                "ontvangstbewijs": self.landelijk.ontvangstbewijs.als_dict(),
            },
            "uitleg": [stap.als_dict() for stap in self.uitleg],
        }

    def als_tekst(self) -> str:
        """Het oordeel met uitleg als leesbare Nederlandse tekst."""
        regels = [
            f"Oordeel van tabel {self.tabel} op {self.datum.isoformat()}: {self.cel.value}",
            f"  {self.reden}",
        ]
        regels.extend(f"  Let op: {w}" for w in self.waarschuwingen)
        regels.append("Uitleg:")
        regels.extend(f"  [{stap.regel_id}] {stap.zin}" for stap in self.uitleg)
        return "\n".join(regels) + "\n"


def _waarde(waarde: Toewijzingssegment | Passendheid | None) -> str | None:
    return None if waarde is None else waarde.value


def beoordeel(
    woning: Woning,
    huishouden: Huishouden,
    tabel: Tabel,
    datum: date,
    *,
    beleid: Beleid | None = None,
) -> Tabeloordeel:
    """Beoordeel een huishouden voor een woning met de tabel, op ``datum``.

    ``datum`` is de datum waarop de huur zou ingaan; de landelijke grenzen en symbolische grenzen
    van de tabel gelden op die datum. Een datum buiten de geldigheid van de tabel, of ontbrekende
    gegevens, geven een fout die zegt wat er ontbreekt.
    """
    if not tabel.geldt_op(datum):
        raise DatumBuitenTabel(tabel.naam, datum, tabel.geldig_vanaf, tabel.geldig_tot)
    toewijzing = Toewijzing(
        huishouden=huishouden, woning=woning, toewijzingsdatum=datum, huuringangsdatum=datum
    )
    landelijk = toets_toewijzing(toewijzing, beleid=beleid, strikt=False)
    if landelijk.huishoudtype is None:
        redenen = "; ".join(landelijk.redenen_onbepaald) or "AOW-status onbekend"
        raise OnvoldoendeGegevens("HIT-01", f"huishoudtype niet te bepalen: {redenen}")
    parameters = landelijk_parameters(datum, beleid)
    personen = huishouden.aantal_personen
    huishoudtype = landelijk.huishoudtype
    aow = huishoudtype in (Huishoudtype.EENPERSOONS_AOW, Huishoudtype.MEERPERSOONS_AOW)
    inkomen, vrijstelling, inkomensuitleg = _tabelinkomen(
        landelijk, huishouden, datum, parameters, huishoudtype
    )

    groepen = tabel.groepen_voor(personen, aow)
    if vrijstelling is not None:
        groep = groepen[0]
        groepregel = Uitlegregel(
            REGEL_GROEP,
            groep.naam,
            "Het huishouden is vrijgesteld van de inkomenstoets ({}) en hoort tot de passende "
            "groep: het valt in de laagste inkomensgroep van zijn huishoudtype, {}.",
            (vrijstelling.value, groep.omschrijving),
        )
    else:
        assert inkomen is not None  # noqa: S101 - zonder vrijstelling is er een inkomen
        groep, groepregel = _kies(
            groepen,
            inkomen,
            parameters,
            huishoudtype=huishoudtype,
            personen=personen,
            wat="inkomensgroep",
            zin="Het huishoudinkomen",
            prijspeil=tabel.prijspeil,
        )
    band, bandregel = _kies(
        tabel.huurbanden,
        woning.kale_huur,
        parameters,
        huishoudtype=huishoudtype,
        personen=personen,
        wat="huurband",
        zin="De kale huur",
        prijspeil=tabel.prijspeil,
    )
    cel = groep.cellen[band.naam]
    reden = f"{groep.omschrijving}; {band.omschrijving}: {cel.value}"
    uitleg = [
        *landelijk.uitleg,
        *inkomensuitleg,
        groepregel,
        bandregel,
        Uitlegregel(REGEL_CEL, cel.value, "Volgens de tabel: {}.", (reden,)),
    ]
    waarschuwingen: list[str] = []
    if cel is not Cel.UITGESLOTEN and landelijk.passendheid is Passendheid.NIE:
        tekst = (
            "de tabel staat deze toewijzing toe, maar landelijk is zij niet passend: zij gebruikt "
            "de ruimte van ten hoogste 5% niet-passende toewijzingen"
        )
        waarschuwingen.append(tekst)
        uitleg.append(Uitlegregel(REGEL_VANGNET, "NIE", "Let op: {}.", (tekst,)))
    if cel is not Cel.UITGESLOTEN and landelijk.toewijzingssegment in (
        Toewijzingssegment.VRIJ,
        Toewijzingssegment.MIDDENINKOMENS,
    ):
        segment = landelijk.toewijzingssegment.value
        waarschuwingen.append(
            f"de toewijzing valt voor de DAEB-norm in het segment {segment} (buiten de doelgroep)"
        )
    waarschuwingen.extend(
        f"de landelijke toets is onbepaald: {r}" for r in landelijk.redenen_onbepaald
    )
    return Tabeloordeel(
        cel=cel,
        reden=reden,
        inkomensgroep=groep.naam,
        huurband=band.naam,
        huishoudtype=huishoudtype,
        inkomen=inkomen,
        kale_huur=woning.kale_huur,
        waarschuwingen=tuple(waarschuwingen),
        uitleg=tuple(uitleg),
        landelijk=landelijk,
        tabel=tabel.naam,
        tabel_hash=tabel.inhoudshash,
        datum=datum,
    )


def _tabelinkomen(
    landelijk: Toetsuitkomst,
    huishouden: Huishouden,
    datum: date,
    parameters: Parameterset,
    huishoudtype: Huishoudtype,
) -> tuple[Decimal | None, Vrijstelling | None, tuple[Uitlegregel, ...]]:
    """Het inkomen waarmee de tabel de inkomensgroep kiest: dat van passend toewijzen.

    Binnen het bereik van passend toewijzen is dat het inkomen dat de toets gebruikte. Valt de
    woning erbuiten (bijvoorbeeld boven de maximale huurgrens), dan vroeg de toets geen inkomen; het
    wordt dan met dezelfde regels bepaald (INK-01 tot en met INK-07), met de uitleg erbij.
    """
    if landelijk.vrijstelling is not None:
        return None, landelijk.vrijstelling, ()
    if landelijk.huishoudinkomen is not None:
        return landelijk.huishoudinkomen, None, ()
    try:
        bepaald = bepaal_huishoudinkomen(huishouden, datum, parameters)
    except (OnvoldoendeGegevens, ParameterFout) as fout:
        raise OnvoldoendeGegevens("HIT-01", f"inkomen niet te bepalen: {fout}") from fout
    if bepaald.vrijstelling is not None:
        return None, bepaald.vrijstelling, bepaald.uitleg
    assert bepaald.bedrag is not None  # noqa: S101 - zonder vrijstelling is er een bedrag
    if bepaald.actueel is None or not parameters.geldt(huishoudtype.parameter):
        return bepaald.bedrag, None, bepaald.uitleg
    regime = (
        parameters["actueel_inkomen_passend"]
        if parameters.geldt("actueel_inkomen_passend")
        else None
    )
    gebruikt, regel = kies_inkomen(bepaald, parameters[huishoudtype.parameter], regime)
    return gebruikt, None, (*bepaald.uitleg, *(() if regel is None else (regel,)))


def landelijk_parameters(datum: date, beleid: Beleid | None) -> Parameterset:
    """De landelijke parameters op ``datum``, met het beleid erop gelegd."""
    parameters = parameters_op(datum)
    return beleid.pas_toe(parameters) if beleid is not None else parameters


def grenswaarde(
    grens: Grens, parameters: Parameterset, huishoudtype: Huishoudtype, personen: int
) -> tuple[Decimal, Parameterwaarde | None]:
    """Het bedrag van een grens voor dit huishouden, met de parameter als het een symbool is."""
    if grens.bedrag is not None:
        return grens.bedrag, None
    assert grens.symbool is not None  # noqa: S101
    pw = zoek_op(grens.symbool, parameters, huishoudtype, personen)
    return pw.bedrag, pw


_Item = TypeVar("_Item", Inkomensgroep, Huurband)


def _kies(
    reeks: tuple[_Item, ...],
    bedrag: Decimal,
    parameters: Parameterset,
    *,
    huishoudtype: Huishoudtype,
    personen: int,
    wat: str,
    zin: str,
    prijspeil: int | None,
) -> tuple[_Item, Uitlegregel]:
    regel = REGEL_GROEP if wat == "inkomensgroep" else REGEL_BAND
    for item in reeks:
        if item.tot is None:
            return item, Uitlegregel(
                regel,
                item.naam,
                "{} ({}) valt in de hoogste {}: {}.",
                (zin, bedrag, wat, item.omschrijving),
            )
        grens, pw = grenswaarde(item.tot, parameters, huishoudtype, personen)
        if bedrag <= grens:
            return item, Uitlegregel(
                regel,
                item.naam,
                "{} ({}) is niet hoger dan {} ({}): {} {}.",
                (zin, bedrag, _grensnaam(item.tot, prijspeil), grens, wat, item.omschrijving),
                pw,
            )
    msg = f"geen {wat} gevonden"  # pragma: no cover - de laatste heeft geen bovengrens
    raise OnvoldoendeGegevens("HIT-01", msg)


def _grensnaam(grens: Grens, prijspeil: int | None) -> str:
    if grens.symbool is not None:
        return label(grens.symbool)
    return f"de vaste grens van de tabel (prijspeil {prijspeil}, niet geïndexeerd)"
