"""De uitkomst van een toets: het oordeel per toewijzing, of de fout per toewijzing in een stroom.

* :class:`Toetsuitkomst` — de oordelen over één toewijzing, met uitleg en ontvangstbewijs;
  onveranderlijk, exact naar JSON (:meth:`Toetsuitkomst.als_json`) en terug
  (:meth:`Toetsuitkomst.uit_json`), met een gepubliceerd JSON Schema
  (:meth:`Toetsuitkomst.json_schema`);
* :class:`Toetsfout` — waarom één toewijzing in een stroom (:func:`~passend_toewijzen.toets_stroom`)
  geen uitkomst kreeg; de stroom gaat door met de volgende.

Bedragen staan in JSON als exacte decimale tekst met minstens twee decimalen (``"690.00"``,
``"33000.00"``); een bedrag met meer decimalen (een geïndexeerd inkomen) blijft exact
(``"24295.2345"``): er wordt nooit afgerond.
"""

from __future__ import annotations

import enum
import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from passend_toewijzen.beleid import Beleid, Beleidswaarde, Beleidswaardesoort
from passend_toewijzen.fouten import OngeldigeInvoer, PassendToewijzenFout, Veldfout
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.inkomen import Inkomensmethode, Vrijstelling
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.uitleg import Ontvangstbewijs, Uitlegregel

if TYPE_CHECKING:
    from passend_toewijzen.parameters.waarden import Parameterwaarde

__all__ = [
    "SCHEMA_TOETSFOUT",
    "SCHEMA_TOETSUITKOMST",
    "Toetsfout",
    "Toetsstatus",
    "Toetsuitkomst",
    "bedrag_als_tekst",
    "beleidswaarde_als_dict",
    "parameterwaarde_als_dict",
]

SCHEMA_TOETSUITKOMST = "passend-toewijzen/toetsuitkomst/1"
"""De naam en versie van het JSON-document van een :class:`Toetsuitkomst` (veld ``schema``)."""
SCHEMA_TOETSFOUT = "passend-toewijzen/toetsfout/1"
"""De naam en versie van het JSON-document van een :class:`Toetsfout` (veld ``schema``)."""


def bedrag_als_tekst(bedrag: Decimal) -> str:
    """Een bedrag als exacte decimale tekst met minstens twee decimalen, nooit afgerond.

    ``690`` → ``"690.00"``, ``33000.0000`` → ``"33000.00"``, ``24295.2345`` → ``"24295.2345"``.
    """
    geheel, _, fractie = format(bedrag, "f").partition(".")
    return f"{geheel}.{fractie.rstrip('0').ljust(2, '0')}"


class Toetsstatus(enum.StrEnum):
    """Of beide oordelen (segment en passendheid) konden worden bepaald."""

    BEPAALD = "bepaald"
    ONBEPAALD = "onbepaald"


class Toetsuitkomst(NamedTuple):
    """De uitkomst van de toets van één toewijzing (onveranderlijk; exact naar JSON en terug).

    ``beleidswaarden`` zijn de waarden die een lokaal beleid op de huuringangsdatum levert in
    plaats van de meegeleverde data: wettelijke waarden die het beleid vervangt
    (:attr:`~passend_toewijzen.Beleidswaardesoort.VERVANGT`) of waarden die de data niet kent
    (:attr:`~passend_toewijzen.Beleidswaardesoort.VULT_AAN`). Leeg zonder beleid.
    """

    toewijzing_id: str | None
    """Het kenmerk van de toewijzing, als de invoer er een had."""
    huuringangsdatum: date
    """De huuringangsdatum van de toewijzing: de peildatum van alle grenzen en normen."""
    gemeente: str
    """De gemeente van de woongelegenheid."""
    status: Toetsstatus
    """Of beide oordelen (segment en passendheid) konden worden bepaald."""
    toewijzingssegment: Toewijzingssegment | None
    """Het DAEB-toewijzingssegment; ``None`` als het niet te bepalen was."""
    segment_reden: str
    """Waarom de toewijzing in dit segment valt, in één zin."""
    passendheid: Passendheid | None
    """Passend, niet passend of niet van toepassing; ``None``: niet te bepalen."""
    passendheid_reden: str
    """Waarom de toewijzing passend, niet passend of niet van toepassing is, in één zin."""
    in_passende_groep: bool | None
    """Of het huishouden tot de passende groep hoort (BTIV 2015 art. 54)."""
    huishoudtype: Huishoudtype | None
    """Het huishoudtype van passend toewijzen (een- of meerpersoons, met of zonder AOW-leeftijd)."""
    aantal_personen: int
    """De bewoners die meetellen voor de omvang (Wet op de huurtoeslag art. 20 lid 2)."""
    aow_huishouden: bool | None
    """Of het huishouden een ouderenhuishouden is in de zin van passend toewijzen."""
    huishoudinkomen: Decimal | None
    """Het huishoudinkomen waarmee is getoetst, exact (``None``: niet nodig of onbekend)."""
    inkomensmethode: Inkomensmethode | None
    """Hoe het huishoudinkomen is vastgesteld: opgegeven, uit bewijzen of vrijgesteld."""
    vrijstelling: Vrijstelling | None
    """De vrijstelling van de inkomenstoets, als die gold."""
    zorgindicatie: bool
    """Of het huishouden een zorgindicatie heeft (zoals opgegeven bij het huishouden)."""
    urgentie: bool
    """Of het huishouden met urgentie is toegewezen."""
    kale_huur: Decimal
    """De kale huur per maand bij aanvang van de huur."""
    huurklasse: Huurklasse | None
    """De huurklasse van de kale huur op de huuringangsdatum."""
    passende_inkomensgrens: Decimal | None
    """De passende inkomensgrens voor dit huishoudtype op de huuringangsdatum."""
    aftoppingsgrens: Decimal | None
    """De aftoppingsgrens die voor dit huishouden geldt (laag of hoog)."""
    daeb_inkomensgrenzen: tuple[Decimal, ...]
    """De DAEB-inkomensgrenzen op de huuringangsdatum (vanaf 2022 naar omvang)."""
    art_54a: bool
    """Of de toewijzing is beoordeeld als verzoek op grond van BTIV 2015 art. 54a."""
    redenen_onbepaald: tuple[str, ...]
    """Waarom een oordeel niet kon worden bepaald (leeg als beide oordelen bepaald zijn)."""
    opmerkingen: tuple[str, ...]
    """Opmerkingen bij de toets die het oordeel niet veranderen."""
    uitleg: tuple[Uitlegregel, ...]
    """De uitleg per toegepaste regel: regel-id, artikel, bedrag, geldigheid en bron."""
    ontvangstbewijs: Ontvangstbewijs
    """Waarmee de uitkomst is bepaald: bibliotheek- en dataversie, inhoudshash en peildatum."""
    beleidswaarden: tuple[Beleidswaarde, ...] = ()
    """De waarden die een lokaal beleid leverde in plaats van de meegeleverde data."""

    @property
    def vervangt_wettelijke_waarden(self) -> bool:
        """Of een lokaal beleid bij deze toets wettelijke waarden verving."""
        return any(b.soort is Beleidswaardesoort.VERVANGT for b in self.beleidswaarden)

    def als_dict(self) -> dict[str, Any]:
        """De uitkomst als JSON-geschikt woordenboek; bedragen als exacte decimale tekst."""
        return {
            "schema": SCHEMA_TOETSUITKOMST,
            "toewijzing_id": self.toewijzing_id,
            "huuringangsdatum": self.huuringangsdatum.isoformat(),
            "gemeente": self.gemeente,
            "status": self.status.value,
            "toewijzingssegment": _waarde(self.toewijzingssegment),
            "segment_reden": self.segment_reden,
            "passendheid": _waarde(self.passendheid),
            "passendheid_reden": self.passendheid_reden,
            "in_passende_groep": self.in_passende_groep,
            "huishoudtype": _waarde(self.huishoudtype),
            "aantal_personen": self.aantal_personen,
            "aow_huishouden": self.aow_huishouden,
            "huishoudinkomen": _bedrag(self.huishoudinkomen),
            "inkomensmethode": _waarde(self.inkomensmethode),
            "vrijstelling": _waarde(self.vrijstelling),
            "zorgindicatie": self.zorgindicatie,
            "urgentie": self.urgentie,
            "kale_huur": bedrag_als_tekst(self.kale_huur),
            "huurklasse": _waarde(self.huurklasse),
            "huurklasse_vera": self.huurklasse.vera_code if self.huurklasse else None,
            "passende_inkomensgrens": _bedrag(self.passende_inkomensgrens),
            "aftoppingsgrens": _bedrag(self.aftoppingsgrens),
            "daeb_inkomensgrenzen": [bedrag_als_tekst(g) for g in self.daeb_inkomensgrenzen],
            "art_54a": self.art_54a,
            "redenen_onbepaald": list(self.redenen_onbepaald),
            "opmerkingen": list(self.opmerkingen),
            "beleidswaarden": [beleidswaarde_als_dict(b) for b in self.beleidswaarden],
            "uitleg": [regel.als_dict() for regel in self.uitleg],
            "ontvangstbewijs": self.ontvangstbewijs.als_dict(),
        }

    def als_json(self, *, inspringen: int | None = 2) -> str:
        """De uitkomst als JSON-tekst (:meth:`uit_json` leest haar terug)."""
        return json.dumps(self.als_dict(), ensure_ascii=False, indent=inspringen)

    @classmethod
    def uit_dict(cls, document: Any, *, beleid: Beleid | None = None) -> Toetsuitkomst:
        """Lees een uitkomst terug uit haar woordenboek (:meth:`als_dict`).

        Het document wordt eerst tegen het schema gecontroleerd; een fout geeft
        :class:`~passend_toewijzen.fouten.OngeldigeInvoer` met het veld. De parameterwaarden in
        de uitleg worden opgezocht in de meegeleverde data en in ``beleid`` (geef het beleid mee
        waarmee de uitkomst is gemaakt); komt een waarde daar niet voor (een andere dataversie),
        dan wordt zij uit het document zelf opgebouwd. Met dezelfde data en hetzelfde beleid
        geldt ``Toetsuitkomst.uit_dict(u.als_dict(), beleid=b) == u``.
        """
        from passend_toewijzen._uitkomst_document import toetsuitkomst_uit_dict

        return toetsuitkomst_uit_dict(document, beleid)

    @classmethod
    def uit_json(
        cls, tekst: str | bytes | bytearray, *, beleid: Beleid | None = None
    ) -> Toetsuitkomst:
        """Lees een uitkomst terug uit haar JSON-tekst (:meth:`als_json`); zie :meth:`uit_dict`."""
        from passend_toewijzen.modellen.basis import lees_json

        return cls.uit_dict(lees_json(tekst, "Toetsuitkomst"), beleid=beleid)

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """Het JSON Schema (draft 2020-12) van het document dat :meth:`als_dict` geeft."""
        from passend_toewijzen._uitkomst_document import schema_toetsuitkomst

        return schema_toetsuitkomst()

    def als_tekst(self) -> str:
        """De uitkomst en de uitleg als leesbare Nederlandse tekst."""
        segment = self.toewijzingssegment.value if self.toewijzingssegment else "onbepaald"
        passend = self.passendheid.value if self.passendheid else "onbepaald"
        regels = [
            f"Toets van toewijzing {self.toewijzing_id or '(zonder id)'} met huuringang "
            f"{self.huuringangsdatum.isoformat()}",
            f"  Toewijzingssegment: {segment} ({self.segment_reden})",
            f"  Passendheid:        {passend} ({self.passendheid_reden})",
        ]
        regels.extend(
            f"  {'Let op' if b.soort is Beleidswaardesoort.VERVANGT else 'Beleid'}: {b.zin}"
            for b in self.beleidswaarden
        )
        regels.extend(f"  Onbepaald: {r}" for r in self.redenen_onbepaald)
        regels.extend(f"  Opmerking: {o}" for o in self.opmerkingen)
        regels.append("")
        regels.append("Uitleg:")
        for stap in self.uitleg:
            regels.append(f"  [{stap.regel_id}] {stap.zin}")
            if stap.parameter is not None:
                pw = stap.parameter
                regels.append(
                    f"      {stap.artikel} | {pw.naam} = {pw.als_tekst()} sinds "
                    f"{pw.geldig_vanaf.isoformat()} ({pw.status.value}) | bron: {pw.bron.titel} "
                    f"<{pw.bron.url}>"
                )
            else:
                regels.append(f"      {stap.artikel}")
        bewijs = self.ontvangstbewijs
        regels.append("")
        regels.append(
            f"Ontvangstbewijs: passend-toewijzen {bewijs.bibliotheekversie}, data "
            f"{bewijs.data_versie} ({bewijs.data_hash[:12]}), peildatum "
            f"{bewijs.peildatum.isoformat()}"
            + (f", beleid {bewijs.beleid}" if bewijs.beleid else "")
        )
        return "\n".join(regels) + "\n"


def _waarde(waarde: enum.Enum | None) -> str | None:
    return None if waarde is None else str(waarde.value)


def _bedrag(bedrag: Decimal | None) -> str | None:
    return None if bedrag is None else bedrag_als_tekst(bedrag)


def parameterwaarde_als_dict(pw: Parameterwaarde | None) -> dict[str, Any] | None:
    """Een gebruikte parameterwaarde zoals in de uitleg: naam, waarde, eenheid, datum, bron."""
    from passend_toewijzen.parameters.export import bron_als_dict, waarde_als_json

    if pw is None:
        return None
    return {
        "parameter": pw.naam,
        "waarde": waarde_als_json(pw.waarde),
        "eenheid": pw.eenheid.value,
        "geldig_vanaf": pw.geldig_vanaf.isoformat(),
        "status": pw.status.value,
        "bron": bron_als_dict(pw.bron),
    }


def beleidswaarde_als_dict(b: Beleidswaarde) -> dict[str, Any]:
    """Een waarde uit lokaal beleid als JSON-geschikt woordenboek, met de zin in gewone woorden."""
    return {
        "parameter": b.parameter,
        "soort": b.soort.value,
        "beleid": b.beleid,
        "waarde": parameterwaarde_als_dict(b.waarde),
        "wettelijk": parameterwaarde_als_dict(b.wettelijk),
        "zin": b.zin,
    }


@attrs.frozen(slots=True)
class Toetsfout:
    """Waarom één toewijzing in een stroom geen uitkomst kreeg (zie
    :func:`~passend_toewijzen.toets_stroom`).

    ``index`` is de plaats in de invoer (vanaf 0); ``soort`` de naam van de foutklasse
    (``OngeldigeInvoer``, ``OnvoldoendeGegevens``, ``ParameterNietVanKracht``,
    ``VoorlopigeWaarde``, ``DatumBuitenDekking``); ``melding`` de Nederlandse melding;
    ``veldfouten`` de fouten per veld bij ongeldige invoer. ``fout`` is de oorspronkelijke
    uitzondering (alleen in het proces dat toetste: niet in JSON en niet in de vergelijking).
    """

    index: int
    toewijzing_id: str | None
    soort: str
    melding: str
    veldfouten: tuple[Veldfout, ...] = ()
    fout: PassendToewijzenFout | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def van(cls, index: int, toewijzing_id: str | None, fout: PassendToewijzenFout) -> Toetsfout:
        """De toetsfout bij een uitzondering van deze bibliotheek."""
        veldfouten = fout.fouten if isinstance(fout, OngeldigeInvoer) else ()
        return cls(index, toewijzing_id, type(fout).__name__, str(fout), veldfouten, fout)

    def als_dict(self) -> dict[str, Any]:
        """De fout als JSON-geschikt woordenboek."""
        return {
            "schema": SCHEMA_TOETSFOUT,
            "index": self.index,
            "toewijzing_id": self.toewijzing_id,
            "soort": self.soort,
            "melding": self.melding,
            "veldfouten": [{"veld": f.veld, "melding": f.melding} for f in self.veldfouten],
        }

    def als_json(self, *, inspringen: int | None = 2) -> str:
        """De fout als JSON-tekst."""
        return json.dumps(self.als_dict(), ensure_ascii=False, indent=inspringen)

    @classmethod
    def uit_dict(cls, document: Any) -> Toetsfout:
        """Lees een fout terug uit haar woordenboek (:meth:`als_dict`)."""
        from passend_toewijzen._uitkomst_document import toetsfout_uit_dict

        return toetsfout_uit_dict(document)

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """Het JSON Schema (draft 2020-12) van het document dat :meth:`als_dict` geeft."""
        from passend_toewijzen._uitkomst_document import schema_toetsfout

        return schema_toetsfout()
