"""De verantwoordingen van de webpagina: één taak per upload, in het geheugen.

Een taak draait in een eigen thread; de pagina vraagt de voortgang op tot de taak klaar is en
toont dan het verslag. De privé map met de upload verdwijnt zodra de taak klaar is (ook na een
fout). De verslagen blijven alleen in het geheugen van de dienst, hoogstens
``Instellingen.bewaartijd`` seconden en hoogstens ``Instellingen.max_taken`` tegelijk; een taak
is alleen te vinden met haar willekeurige sleutel (128 bits).
"""

from __future__ import annotations

import enum
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from passend_toewijzen.dienst.antwoorden import Dienstfout, foutdocument
from passend_toewijzen.dienst.beveiliging import LOGGER
from passend_toewijzen.dienst.foutafhandeling import als_document
from passend_toewijzen.dienst.grenzen import Tijdop
from passend_toewijzen.dienst.tijdelijk import ruim_op
from passend_toewijzen.dienst.verantwoording import Uitslag, uitkomst
from passend_toewijzen.fouten import PassendToewijzenFout

__all__ = ["Taak", "Taakstatus", "Takenlijst"]


class Taakstatus(enum.StrEnum):
    """Waar een taak is."""

    BEZIG = "bezig"
    KLAAR = "klaar"
    FOUT = "fout"


@attrs.define
class Taak:
    """Eén verantwoording van de pagina."""

    sleutel: str
    begonnen: float
    status: Taakstatus = Taakstatus.BEZIG
    gelezen: int = 0
    beeindigd: float | None = None
    fout: dict[str, Any] | None = None
    inhoud: dict[str, bytes] = attrs.field(factory=dict)
    samenvatting: dict[str, Any] = attrs.field(factory=dict)

    def als_dict(self) -> dict[str, Any]:
        """De status voor de pagina (zonder de verslagen zelf)."""
        return {
            "status": self.status.value,
            "gelezen": self.gelezen,
            "seconden": round((self.beeindigd or time.monotonic()) - self.begonnen, 1),
            "fout": self.fout,
            "samenvatting": self.samenvatting or None,
        }


class Takenlijst:
    """De taken van de pagina (veilig voor threads)."""

    def __init__(self, max_taken: int, bewaartijd: float) -> None:
        self.max_taken = max_taken
        self.bewaartijd = bewaartijd
        self._taken: dict[str, Taak] = {}
        self._slot = threading.Lock()

    def _ruim_op(self, nu: float) -> None:
        verlopen = [
            s
            for s, t in self._taken.items()
            if t.beeindigd is not None and nu - t.beeindigd > self.bewaartijd
        ]
        for sleutel in verlopen:
            del self._taken[sleutel]

    def nieuw(self) -> Taak:
        """Een nieuwe taak; bij te veel taken verdwijnt eerst de oudste afgeronde."""
        nu = time.monotonic()
        with self._slot:
            self._ruim_op(nu)
            if len(self._taken) >= self.max_taken:
                afgerond = sorted(
                    (t for t in self._taken.values() if t.beeindigd is not None),
                    key=lambda t: t.begonnen,
                )
                if not afgerond:
                    raise Dienstfout(
                        503,
                        "bezet",
                        f"Er lopen al {self.max_taken} verantwoordingen; probeer het over een "
                        "minuut opnieuw.",
                        headers={"retry-after": "30"},
                    )
                del self._taken[afgerond[0].sleutel]
            taak = Taak(secrets.token_urlsafe(16), nu)
            self._taken[taak.sleutel] = taak
            return taak

    def zoek(self, sleutel: str) -> Taak | None:
        """De taak met deze sleutel, als die er (nog) is."""
        with self._slot:
            self._ruim_op(time.monotonic())
            return self._taken.get(sleutel)

    def verwijder(self, sleutel: str) -> None:
        """Vergeet een taak en haar verslagen."""
        with self._slot:
            self._taken.pop(sleutel, None)

    def __len__(self) -> int:
        with self._slot:
            return len(self._taken)


def samenvatting(uitslag: Uitslag) -> dict[str, Any]:
    """De kerncijfers die de pagina boven het verslag toont."""
    v = uitslag.verslag
    return {
        "jaar": v.jaar,
        "corporatie": v.corporatie,
        "uitkomst": uitkomst(v),
        "voldoet": v.voldoet,
        "gelezen": v.invoer["gelezen"],
        "geaccepteerd": v.invoer["geaccepteerd"],
        "afgewezen": v.invoer["afgewezen"],
        "fouten": list(v.invoer["fouten"]),
        "fouten_niet_getoond": v.invoer.get("fouten_niet_getoond", 0),
    }


def voer_uit(taak: Taak, map_: Path, werk: Callable[[Callable[[int], None]], Uitslag]) -> None:
    """Voer ``werk`` uit in een nieuwe thread; ruim ``map_`` daarna altijd op."""

    def bij(gelezen: int) -> None:
        taak.gelezen = gelezen

    def draai() -> None:
        status, fout = Taakstatus.FOUT, None
        uitslag: Uitslag | None = None
        try:
            uitslag = werk(bij)
            status = Taakstatus.KLAAR
        except PassendToewijzenFout as exc:
            fout = als_document(exc)[1]
        except Dienstfout as exc:
            fout = foutdocument(exc.soort, exc.melding, exc.fouten)
        except Tijdop as exc:
            verstreken = exc.fout()
            fout = foutdocument(verstreken.soort, verstreken.melding)
        except Exception as exc:
            LOGGER.error(
                "onverwachte fout %s in een verantwoording van de pagina", type(exc).__name__
            )
            fout = foutdocument(
                "interne_fout",
                "Er ging iets mis bij het maken van het verslag; de fout is gelogd (zonder uw "
                "gegevens).",
            )
        finally:
            # Eerst opruimen, dan pas "klaar": wie de status ziet, ziet ook de map weg.
            ruim_op(map_)
            if uitslag is not None:
                taak.inhoud = uitslag.inhoud
                taak.samenvatting = samenvatting(uitslag)
                taak.gelezen = int(uitslag.verslag.invoer["gelezen"])
            taak.fout = fout
            taak.beeindigd = time.monotonic()
            taak.status = status

    threading.Thread(target=draai, name=f"verantwoording-{taak.sleutel[:6]}", daemon=True).start()
