"""Foutklassen van passend_toewijzen.

Elke fout is getypeerd en zegt in het Nederlands wat er bekend is en wat de gebruiker kan doen.
Alle fouten erven van :class:`PassendToewijzenFout`, zodat een aanroeper ze in één keer kan
afvangen. Meldingen bevatten nooit persoonsgegevens (inkomens, geboortedata): alleen veldnamen,
parameternamen en data die de wet of de parameterdata betreffen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

__all__ = [
    "DatumBuitenDekking",
    "DatumBuitenTabel",
    "OngeldigeInvoer",
    "OnvoldoendeGegevens",
    "ParameterFout",
    "ParameterNietVanKracht",
    "ParameterOnbekend",
    "ParameterdataOngeldig",
    "PassendToewijzenFout",
    "Veldfout",
    "VoorlopigeWaarde",
]


class PassendToewijzenFout(Exception):
    """Basisklasse van alle fouten van deze bibliotheek."""


class ParameterFout(PassendToewijzenFout):
    """Basisklasse voor fouten rond de wettelijke parameters."""


class DatumBuitenDekking(ParameterFout, ValueError):
    """De gevraagde datum valt buiten de periode waarvoor de bibliotheek parameters bevat."""

    def __init__(self, datum: date, dekking_van: date, dekking_tot: date) -> None:
        self.datum = datum
        self.dekking_van = dekking_van
        self.dekking_tot = dekking_tot
        super().__init__(
            f"Geen parameters voor {datum.isoformat()}: de bibliotheek dekt "
            f"{dekking_van.isoformat()} tot en met {dekking_tot.isoformat()}. "
            "Werk passend-toewijzen bij; in de Python-API kunt u ook expliciet om de laatst "
            "bekende waarden vragen (buiten_dekking_toestaan=True)."
        )


class DatumBuitenTabel(PassendToewijzenFout, ValueError):
    """De datum valt buiten de geldigheid van een huur-inkomenstabel (regionaal beleid).

    ``geldig_tot`` is ``None`` als de tabel geen einddatum heeft.
    """

    def __init__(
        self, tabel: str, datum: date, geldig_vanaf: date, geldig_tot: date | None
    ) -> None:
        self.tabel = tabel
        self.datum = datum
        self.geldig_vanaf = geldig_vanaf
        self.geldig_tot = geldig_tot
        periode = (
            f"van {geldig_vanaf.isoformat()} tot en met {geldig_tot.isoformat()}"
            if geldig_tot is not None
            else f"vanaf {geldig_vanaf.isoformat()} (zonder einddatum)"
        )
        super().__init__(
            f"De huur-inkomenstabel {tabel!r} geldt {periode}, niet op {datum.isoformat()}. "
            "Kies een tabel die op die datum geldt."
        )


class ParameterOnbekend(ParameterFout, KeyError):
    """De gevraagde parameternaam bestaat niet in de parameterdata."""

    def __init__(self, naam: str, bekende_namen: Sequence[str]) -> None:
        self.naam = naam
        self.bekende_namen = tuple(bekende_namen)
        super().__init__(naam)

    def __str__(self) -> str:
        return (
            f"Onbekende parameter {self.naam!r}. Bekende parameters: "
            f"{', '.join(sorted(self.bekende_namen))}."
        )


class ParameterNietVanKracht(ParameterFout, LookupError):
    """De parameter bestaat, maar heeft op de gevraagde datum geen (bekende) waarde."""

    def __init__(self, naam: str, datum: date, reden: str) -> None:
        self.naam = naam
        self.datum = datum
        self.reden = reden
        super().__init__(f"Parameter {naam!r} heeft op {datum.isoformat()} geen waarde: {reden}")


class VoorlopigeWaarde(ParameterFout, LookupError):
    """De waarde op deze datum is nog voorlopig en de aanroeper heeft die niet toegestaan."""

    def __init__(self, naam: str, datum: date, geldig_vanaf: date) -> None:
        self.naam = naam
        self.datum = datum
        self.geldig_vanaf = geldig_vanaf
        super().__init__(
            f"De waarde van {naam!r} die op {datum.isoformat()} geldt (vanaf "
            f"{geldig_vanaf.isoformat()}) is nog voorlopig. Geef sta_voorlopig_toe=True "
            "als u voorlopige waarden bewust wilt gebruiken."
        )


class ParameterdataOngeldig(ParameterFout):
    """Een gegevensbestand met parameters is ongeldig; het wordt nooit half geladen."""

    def __init__(self, bestand: str, meldingen: Sequence[str]) -> None:
        self.bestand = bestand
        self.meldingen = tuple(meldingen)
        regels = "\n".join(f"  - {m}" for m in self.meldingen)
        super().__init__(f"Ongeldige parameterdata in {bestand}:\n{regels}")


class Veldfout:
    """Eén fout in de invoer: het pad naar het veld en de Nederlandse melding."""

    __slots__ = ("melding", "veld")

    def __init__(self, veld: str, melding: str) -> None:
        self.veld = veld
        self.melding = melding

    def __repr__(self) -> str:
        return f"Veldfout(veld={self.veld!r}, melding={self.melding!r})"

    def __str__(self) -> str:
        return f"{self.veld}: {self.melding}" if self.veld else self.melding

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Veldfout):
            return NotImplemented
        return (self.veld, self.melding) == (other.veld, other.melding)

    def __hash__(self) -> int:
        return hash((self.veld, self.melding))


class OngeldigeInvoer(PassendToewijzenFout, ValueError):
    """Invoer voldoet niet aan het model; elke fout noemt het veld."""

    def __init__(self, model: str, fouten: Sequence[Veldfout]) -> None:
        self.model = model
        self.fouten = tuple(fouten)
        regels = "; ".join(str(f) for f in self.fouten)
        super().__init__(f"Ongeldige invoer voor {model}: {regels}")


class OnvoldoendeGegevens(PassendToewijzenFout, ValueError):
    """Er ontbreken gegevens om een regel toe te passen (bijvoorbeeld een inkomensbewijs)."""

    def __init__(self, regel: str, melding: str) -> None:
        self.regel = regel
        self.melding = melding
        super().__init__(f"{regel}: {melding}")
