"""De instellingen van de dienst: adres, grenzen en tijdslimiet.

Alles heeft een veilige standaard: de dienst luistert alleen op deze computer (127.0.0.1), een
verzoek mag niet groter zijn dan :data:`MAX_UPLOAD` (bestanden) of :data:`MAX_JSON` (JSON) en
niet langer duren dan :data:`TIJDSLIMIET` seconden.
"""

from __future__ import annotations

import ipaddress

import attrs

from passend_toewijzen.beleid import Beleid

__all__ = [
    "LOOPBACK_NAMEN",
    "MAX_JSON",
    "MAX_UPLOAD",
    "MB",
    "TIJDSLIMIET",
    "Instellingen",
    "is_loopback",
]

MB = 1024 * 1024
MAX_UPLOAD = 100 * MB
"""Standaardgrens voor een verzoek met bestanden (de verantwoording): 100 MB."""
MAX_JSON = 10 * MB
"""Standaardgrens voor een JSON-verzoek (toets, toetsen, tabellen): 10 MB."""
TIJDSLIMIET = 300.0
"""Standaardtijdslimiet per verzoek, in seconden."""

LOOPBACK_NAMEN = ("127.0.0.1", "localhost", "[::1]")
"""De namen waarmee een browser op deze computer de dienst aanspreekt (kop ``Host``)."""


def is_loopback(host: str) -> bool:
    """Of ``host`` een adres (of de naam ``localhost``) van alleen deze computer is."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen(kw_only=True)
class Instellingen:
    """De instellingen van één dienst (onveranderlijk)."""

    host: str = "127.0.0.1"
    """Het adres waarop de dienst luistert; standaard alleen deze computer."""
    poort: int = 8000
    max_upload: int = MAX_UPLOAD
    """Het grootste verzoek met bestanden, in bytes (de verantwoording)."""
    max_json: int = MAX_JSON
    """Het grootste JSON-verzoek, in bytes."""
    tijdslimiet: float = TIJDSLIMIET
    """De langste duur van één verzoek (of één verantwoording op de pagina), in seconden."""
    beleid: Beleid | None = None
    """Lokaal beleid voor elke toets van deze dienst (van de beheerder, niet van een client)."""
    toegestane_hosts: tuple[str, ...] = ()
    """Extra namen in de kop ``Host`` (naast de loopback-namen en ``host``), bijvoorbeeld de
    servernaam in het netwerk van de corporatie."""
    max_taken: int = 4
    """Het aantal verantwoordingen van de pagina dat tegelijk in het geheugen blijft, en het
    aantal verslagen van de API dat tegelijk wordt gemaakt."""
    bewaartijd: float = 1800.0
    """Hoe lang (seconden) een verslag van de pagina in het geheugen blijft om te downloaden."""

    def __attrs_post_init__(self) -> None:
        for naam in ("max_upload", "max_json", "max_taken"):
            if getattr(self, naam) < 1:
                msg = f"{naam} moet minstens 1 zijn"
                raise ValueError(msg)
        if not self.tijdslimiet > 0 or not self.bewaartijd > 0:
            msg = "de tijdslimiet en de bewaartijd moeten groter dan 0 zijn"
            raise ValueError(msg)

    @property
    def hosts(self) -> tuple[str, ...]:
        """Alle namen die in de kop ``Host`` mogen staan (tegen DNS-rebinding)."""
        namen = [*LOOPBACK_NAMEN, *self.toegestane_hosts]
        if self.host not in ("0.0.0.0", "::"):  # noqa: S104 - alleen een vergelijking
            kaal = self.host.strip("[]")
            namen.append(f"[{kaal}]" if ":" in kaal else kaal)
        return tuple(dict.fromkeys(n.lower() for n in namen))
