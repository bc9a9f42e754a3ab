"""Lokaal beleid: keuzes die de wet aan de corporatie laat, en eigen parameterwaarden.

Een :class:`Beleid` wordt naast de meegeleverde data gelegd zonder die te wijzigen. Het scheidt
twee soorten inhoud:

* **keuzes die de wet aan de corporatie laat** (``[keuzes]``): ``art_54a``, hoe een toewijzing
  telt waarbij de aftoppingsgrens op grond van BTIV art. 54a op verzoek buiten toepassing is
  gelaten (standaard: buiten de passendheidsnorm). Een keuze vervangt geen wettelijk bedrag;
* **parameterwaarden** (``[parameters]``): gedateerde waarden voor bestaande parameters, elk met
  een eigen bron, in hetzelfde formaat als de pakketdata. Zo'n waarde *vult aan* wat de pakketdata
  niet kent (bijvoorbeeld een indexatiefactor die als onbekend in de data staat) of *vervangt* een
  wettelijke waarde die de pakketdata wel kent. Vervangen mag alleen als het beleid dat per
  parameter uitdrukkelijk zegt (``vervangt_wettelijke_waarde = true``); anders weigert het laden.

Elke toets en elk verslag dat met een beleid is gemaakt, noemt de waarden die het beleid op de
peildatum levert (:class:`Beleidswaarde`), en zegt in gewone woorden welke wettelijke waarden het
beleid vervangt.

Een beleid staat in een TOML-bestand::

    [beleid]
    naam = "Woonstichting Voorbeeld 2024"

    [keuzes]
    art_54a = "uitzonderen"

    [bronnen.regeling-2024]
    titel = "FICTIEF voorbeeld: noem hier de regeling met vindplaats"
    uitgever = "Staatscourant"
    url = "https://zoek.officielebekendmakingen.nl/"
    soort = "officieel"

    [[parameters.indexatiefactor_t1.waarden]]
    geldig_vanaf = 2024-01-01
    waarde = 1.0000  # FICTIEF: neem de factor uit de regeling over
    bron = "regeling-2024"
    status = "definitief"

Elke overschreven parameter moet bestaan; eenheid, omschrijving en grondslag komen uit de
pakketdata. Het ontvangstbewijs van elke uitkomst noemt naam en inhoudshash van het beleid.
``art_54a`` mag (zoals in eerdere bestanden) ook onder ``[beleid]`` staan.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from passend_toewijzen._toml_bron import lees_toml, toml_inhoud
from passend_toewijzen.fouten import ParameterdataOngeldig
from passend_toewijzen.parameters.laden import laad_parameterbestand
from passend_toewijzen.parameters.opvragen import register
from passend_toewijzen.parameters.waarden import (
    Parameterdefinitie,
    Parameterset,
    Parameterwaarde,
    Reekswaarde,
    Status,
)

__all__ = ["Art54aTelling", "Beleid", "Beleidswaarde", "Beleidswaardesoort", "laad_beleid"]

MARKERING = "vervangt_wettelijke_waarde"
"""De sleutel in ``[parameters.<naam>]`` waarmee een beleid zegt dat het een wettelijke waarde
uit de pakketdata vervangt."""


def _alleen_lezen(
    waarden: Mapping[str, Parameterdefinitie],
) -> Mapping[str, Parameterdefinitie]:
    return MappingProxyType(dict(waarden))


def _namen(namen: Iterable[str]) -> frozenset[str]:
    if isinstance(namen, str):
        return frozenset((namen,))
    return frozenset(namen)


class Beleidswaardesoort(enum.StrEnum):
    """Wat een waarde uit het beleid doet met de pakketdata op een peildatum."""

    VERVANGT = "vervangt"
    """De pakketdata kent op die datum een wettelijke waarde; het beleid vervangt haar."""
    VULT_AAN = "vult_aan"
    """De pakketdata kent op die datum geen waarde (onbekend of niet van kracht); het beleid levert
    haar."""


class Beleidswaarde(NamedTuple):
    """Een parameterwaarde die op een peildatum uit het beleid komt in plaats van uit de pakketdata.

    ``waarde`` is de waarde van het beleid (``None`` als het beleid de parameter op die datum
    buiten werking stelt); ``wettelijk`` de waarde die de pakketdata op die datum heeft (alleen bij
    :attr:`Beleidswaardesoort.VERVANGT`).
    """

    parameter: str
    soort: Beleidswaardesoort
    beleid: str
    waarde: Parameterwaarde | None
    wettelijk: Parameterwaarde | None

    @property
    def zin(self) -> str:
        """De waarde in gewone Nederlandse woorden."""
        if self.waarde is not None:
            nieuw = (
                f"{self.waarde.als_tekst()} (vanaf {self.waarde.geldig_vanaf.isoformat()}, bron: "
                f"{self.waarde.bron.titel})"
            )
        else:
            nieuw = "geen waarde (het beleid stelt de parameter buiten werking)"
        if self.soort is Beleidswaardesoort.VERVANGT and self.wettelijk is not None:
            return (
                f"Het lokale beleid {self.beleid!r} vervangt de wettelijke waarde van "
                f"{self.parameter} ({self.wettelijk.als_tekst()}, vanaf "
                f"{self.wettelijk.geldig_vanaf.isoformat()}) door {nieuw}. Waar deze waarde "
                "meetelt, volgt de uitkomst het beleid en niet de wet."
            )
        return (
            f"Het lokale beleid {self.beleid!r} levert de waarde van {self.parameter}, die de "
            f"meegeleverde data op deze datum niet kent: {nieuw}."
        )


class Art54aTelling(enum.StrEnum):
    """Hoe een toewijzing met toepassing van BTIV art. 54a telt voor de passendheidsnorm."""

    UITZONDEREN = "uitzonderen"
    """Buiten de passendheidsnorm (passendheid NVT): de aftoppingsgrens is buiten toepassing."""
    PASSEND = "passend"
    """Als passend (PAS), zoals sommige corporaties het in hun verantwoording opnemen."""


@attrs.frozen(slots=True, eq=False)
class Beleid:
    """Lokaal beleid van een corporatie of regio; wijzigt de meegeleverde data niet.

    ``overschrijvingen`` zijn de parameterwaarden van het beleid; ``vervangt`` de namen van de
    parameters waarvan het beleid uitdrukkelijk wettelijke waarden uit de pakketdata mag vervangen.
    Een overschrijving die een waarde vervangt die de pakketdata kent zonder dat haar naam in
    ``vervangt`` staat, geeft :class:`~passend_toewijzen.fouten.ParameterdataOngeldig`.
    ``art_54a`` is een keuze die de wet aan de corporatie laat.

    Twee beleidsobjecten zijn gelijk als hun inhoud (naam, keuzes, waarden en bronnen) gelijk is.
    """

    naam: str
    overschrijvingen: Mapping[str, Parameterdefinitie] = attrs.field(
        factory=dict, converter=_alleen_lezen
    )
    art_54a: Art54aTelling = attrs.field(default=Art54aTelling.UITZONDEREN, converter=Art54aTelling)
    vervangt: frozenset[str] = attrs.field(factory=frozenset, converter=_namen)
    inhoudshash: str = attrs.field(init=False)
    """SHA-256 over naam, keuzes en alle overschreven waarden met hun bronnen."""

    def __attrs_post_init__(self) -> None:
        meldingen = _controleer_vervangingen(self.overschrijvingen, self.vervangt)
        if meldingen:
            raise ParameterdataOngeldig(f"beleid {self.naam!r}", meldingen)
        inhoud = repr((self.naam, self.art_54a.value, sorted(self.overschrijvingen.items())))
        if self.vervangt:  # zo blijft de hash van een beleid zonder vervangingen gelijk
            inhoud += repr(sorted(self.vervangt))
        object.__setattr__(self, "inhoudshash", hashlib.sha256(inhoud.encode()).hexdigest())

    def __eq__(self, ander: object) -> bool:
        if not isinstance(ander, Beleid):
            return NotImplemented
        return self.inhoudshash == ander.inhoudshash

    def __hash__(self) -> int:
        return hash(self.inhoudshash)

    @property
    def kenmerk(self) -> str:
        """Naam en verkorte inhoudshash, voor het ontvangstbewijs."""
        return f"{self.naam} ({self.inhoudshash[:12]})"

    def beleidswaarden(self, pakket: Parameterset) -> tuple[Beleidswaarde, ...]:
        """De waarden die het beleid levert op de peildatum van ``pakket`` (de parameterset van de
        pakketdata, vóór :meth:`pas_toe`), op volgorde van parameternaam."""
        uitkomst: list[Beleidswaarde] = []
        for naam in sorted(self.overschrijvingen):
            definitie = self.overschrijvingen[naam]
            rw = definitie.reekswaarde_op(pakket.peildatum)
            if rw is None:
                continue
            waarde = (
                definitie.parameterwaarde(rw)
                if not rw.vervallen and rw.waarde is not None and rw.bron is not None
                else None
            )
            wettelijk = pakket.waarden.get(naam)
            soort = Beleidswaardesoort.VERVANGT if wettelijk else Beleidswaardesoort.VULT_AAN
            uitkomst.append(Beleidswaarde(naam, soort, self.naam, waarde, wettelijk))
        return tuple(uitkomst)

    def beleidswaarden_in_periode(self, van: date, tot: date) -> tuple[Beleidswaarde, ...]:
        """Alle waarden die het beleid op een dag van ``van`` tot en met ``tot`` levert (voor een
        verslag over die periode), elk één keer, in volgorde van ingang."""
        from passend_toewijzen.parameters.opvragen import parameters_op

        data = {van}
        definities = register().definities
        for naam, eigen in self.overschrijvingen.items():
            reeksen = [eigen.reeks, definities[naam].reeks if naam in definities else ()]
            data.update(
                r.geldig_vanaf for reeks in reeksen for r in reeks if van < r.geldig_vanaf <= tot
            )
        uitkomst: list[Beleidswaarde] = []
        for datum in sorted(data):
            for waarde in self.beleidswaarden(parameters_op(datum)):
                if waarde not in uitkomst:
                    uitkomst.append(waarde)
        return tuple(uitkomst)

    def pas_toe(self, parameters: Parameterset) -> Parameterset:
        """Een nieuwe parameterset waarin de overschrijvingen gelden die op de peildatum gelden."""
        if not self.overschrijvingen:
            return parameters
        waarden = dict(parameters.waarden)
        ontbrekend = dict(parameters.ontbrekend)
        onbekend = set(parameters.onbekend)
        for naam, definitie in self.overschrijvingen.items():
            rw = definitie.reekswaarde_op(parameters.peildatum)
            if rw is None:
                continue
            if rw.vervallen or rw.waarde is None or rw.bron is None:
                waarden.pop(naam, None)
                ontbrekend[naam] = f"niet van kracht volgens beleid {self.naam!r}"
                if rw.status is Status.ONBEKEND:
                    onbekend.add(naam)
                continue
            waarden[naam] = definitie.parameterwaarde(rw)
            ontbrekend.pop(naam, None)
            onbekend.discard(naam)
        return attrs.evolve(
            parameters,
            waarden=waarden,
            ontbrekend=ontbrekend,
            onbekend=frozenset(onbekend),
            data_hash=hashlib.sha256(
                f"{parameters.data_hash}:{self.inhoudshash}".encode()
            ).hexdigest(),
        )


def _eind(reeks: tuple[Reekswaarde, ...], index: int) -> date | None:
    """De eerste dag na reekswaarde ``index`` (``None``: geen opvolger)."""
    return reeks[index + 1].geldig_vanaf if index + 1 < len(reeks) else None


def _controleer_vervangingen(
    overschrijvingen: Mapping[str, Parameterdefinitie], vervangt: frozenset[str]
) -> list[str]:
    """Meldingen voor elke beleidswaarde die een wettelijke waarde vervangt zonder markering."""
    meldingen = [
        f"parameters.{naam}.{MARKERING}: het beleid heeft geen waarden voor deze parameter"
        for naam in sorted(vervangt - set(overschrijvingen))
    ]
    definities = register().definities
    for naam, eigen in sorted(overschrijvingen.items()):
        pakket = definities.get(naam)
        if naam in vervangt or pakket is None:
            continue
        for i, rw in enumerate(eigen.reeks):
            begin, eind = rw.geldig_vanaf, _eind(eigen.reeks, i)
            for j, wettelijk in enumerate(pakket.reeks):
                na = _eind(pakket.reeks, j)
                overlapt = (eind is None or wettelijk.geldig_vanaf < eind) and (
                    na is None or begin < na
                )
                if overlapt and wettelijk.waarde is not None:
                    meldingen.append(
                        f"parameters.{naam}.waarden[{i}] (vanaf {begin.isoformat()}): vervangt de "
                        "wettelijke waarde uit de meegeleverde data "
                        f"({pakket.parameterwaarde(wettelijk).als_tekst()} vanaf "
                        f"{wettelijk.geldig_vanaf.isoformat()}); een beleid dat een wettelijke "
                        f"waarde vervangt, zegt dat met {MARKERING} = true in "
                        f"[parameters.{naam}]"
                    )
                    break
    return meldingen


def _art_54a(kop: dict[str, Any], keuzes: Any, bestandsnaam: str) -> Art54aTelling:
    """De keuze voor art. 54a uit ``[keuzes]`` (of, zoals in eerdere bestanden, ``[beleid]``)."""
    if not isinstance(keuzes, dict):
        raise ParameterdataOngeldig(bestandsnaam, ["keuzes: verwacht een tabel [keuzes]"])
    onbekende_keuzes = sorted(set(keuzes) - {"art_54a"})
    if onbekende_keuzes:
        raise ParameterdataOngeldig(
            bestandsnaam,
            [
                f"keuzes.{k}: onbekende keuze (de wet laat hier aan de corporatie: art_54a)"
                for k in onbekende_keuzes
            ],
        )
    if "art_54a" in kop and "art_54a" in keuzes:
        raise ParameterdataOngeldig(
            bestandsnaam, ["beleid.art_54a: staat ook onder [keuzes]; geef de keuze één keer"]
        )
    plek = "keuzes.art_54a" if "art_54a" in keuzes else "beleid.art_54a"
    try:
        telling = Art54aTelling(
            keuzes.get("art_54a", kop.get("art_54a", Art54aTelling.UITZONDEREN.value))
        )
    except ValueError:
        raise ParameterdataOngeldig(
            bestandsnaam,
            [f"{plek}: kies uit {', '.join(t.value for t in Art54aTelling)}"],
        ) from None
    return telling


def laad_beleid(
    pad: Path | str | bytes | None = None,
    *,
    tekst: str | bytes | None = None,
    naam_bestand: str | None = None,
) -> Beleid:
    """Lees een beleid uit een TOML-bestand (``pad``) of uit de inhoud (``tekst=``).

    ``pad`` is een ``Path`` of tekst met het pad; ``tekst`` de inhoud van het bestand (``str``
    of ``bytes``). ``bytes`` als ``pad`` geldt ook als inhoud. ``naam_bestand`` is de naam in
    meldingen (standaard de bestandsnaam, of ``"beleidsbestand (tekst)"``). Een pad dat niet
    bestaat, een map, inhoud die als pad is meegegeven en elke fout in de inhoud geven
    :class:`~passend_toewijzen.fouten.ParameterdataOngeldig` met bestand en veld.
    """
    inhoud, bestandsnaam = toml_inhoud(
        pad, tekst, naam_bestand=naam_bestand, wat="beleidsbestand", functie="laad_beleid"
    )
    gegevens = lees_toml(inhoud, bestandsnaam)
    kop = gegevens.pop("beleid", None)
    if not isinstance(kop, dict) or not isinstance(kop.get("naam"), str) or not kop["naam"]:
        raise ParameterdataOngeldig(bestandsnaam, ["beleid.naam: verplicht (tekst)"])
    onbekende_velden = sorted(set(kop) - {"naam", "art_54a", "omschrijving"})
    if onbekende_velden:
        raise ParameterdataOngeldig(
            bestandsnaam, [f"beleid.{v}: onbekend veld" for v in onbekende_velden]
        )
    telling = _art_54a(kop, gegevens.pop("keuzes", {}), bestandsnaam)
    overschrijvingen: dict[str, Parameterdefinitie] = {}
    vervangt: set[str] = set()
    if gegevens.get("parameters"):
        reg = register()
        gegevens.setdefault("bestand", {"omschrijving": f"beleid {kop['naam']}"})
        meldingen: list[str] = []
        for pnaam, p in gegevens["parameters"].items():
            basis = reg.definities.get(pnaam)
            if basis is None:
                meldingen.append(f"parameters.{pnaam}: onbekende parameter")
                continue
            if not isinstance(p, dict):
                meldingen.append(f"parameters.{pnaam}: verwacht een tabel met waarden")
                continue
            markering = p.pop(MARKERING, False)
            if not isinstance(markering, bool):
                meldingen.append(f"parameters.{pnaam}.{MARKERING}: verwacht true of false")
            elif markering:
                vervangt.add(pnaam)
            p.setdefault("omschrijving", basis.omschrijving)
            p.setdefault("eenheid", basis.eenheid.value)
            p.setdefault("grondslag", basis.grondslag)
            p.setdefault("herziening", "bij wetswijziging")
            if basis.toegestane_waarden:
                p.setdefault("toegestane_waarden", list(basis.toegestane_waarden))
            if p["eenheid"] != basis.eenheid.value:
                meldingen.append(
                    f"parameters.{pnaam}.eenheid: {p['eenheid']!r} wijkt af van "
                    f"{basis.eenheid.value!r}"
                )
        if meldingen:
            raise ParameterdataOngeldig(bestandsnaam, meldingen)
        overschrijvingen = laad_parameterbestand(
            bestandsnaam, gegevens, reg.dekking_van, reg.dekking_tot
        )
    try:
        return Beleid(
            naam=kop["naam"], overschrijvingen=overschrijvingen, art_54a=telling, vervangt=vervangt
        )
    except ParameterdataOngeldig as fout:  # een wettelijke waarde vervangen zonder markering
        raise ParameterdataOngeldig(bestandsnaam, fout.meldingen) from None
