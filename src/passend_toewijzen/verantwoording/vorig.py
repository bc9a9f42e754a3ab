"""Het verslag van het vorige jaar lezen, voor de tweejarige passendheidsnorm (vanaf 2022).

:func:`lees_vorig_verslag` leest een JSON-verslag van passend-toewijzen en geeft de
passendheidscijfers van dat jaar als :class:`~passend_toewijzen.verantwoording.verslag.
Passendcijfers`, met de corporatie, de versie van de parameterdata en het aantal afgewezen rijen.
Het weigert alles wat geen verslag van dit schema is, en cijfers die niet kunnen (een teller boven
de noemer, negatieve aantallen, tekst in plaats van getallen). Of het verslag bij deze
verantwoording past (hetzelfde corporatie, het jaar ervoor), controleert
:func:`~passend_toewijzen.verantwoording.verslag.maak_verslag`.
"""

from __future__ import annotations

from typing import Any

from passend_toewijzen.fouten import OngeldigeInvoer
from passend_toewijzen.modellen.basis import lees_json
from passend_toewijzen.verantwoording.verslag import SCHEMA, Passendcijfers, VerslagFout

__all__ = ["lees_vorig_verslag"]


def _fout(bron: str, melding: str) -> VerslagFout:
    return VerslagFout(
        f"{bron}: geen bruikbaar verslag van het vorige jaar: {melding}", optie="vorig-jaar"
    )


def _veld(document: dict[str, Any], pad: str, bron: str) -> Any:
    waarde: Any = document
    for deel in pad.split("."):
        if not isinstance(waarde, dict) or deel not in waarde:
            raise _fout(bron, f"het veld {pad!r} ontbreekt")
        waarde = waarde[deel]
    return waarde


def _aantal(document: dict[str, Any], pad: str, bron: str) -> int:
    waarde = _veld(document, pad, bron)
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise _fout(bron, f"het veld {pad!r} is geen geheel getal")
    if waarde < 0:
        raise _fout(bron, f"het veld {pad!r} is negatief")
    return waarde


def _tekst(document: dict[str, Any], pad: str, bron: str) -> str:
    waarde = _veld(document, pad, bron)
    if not isinstance(waarde, str) or not waarde.strip():
        raise _fout(bron, f"het veld {pad!r} is geen tekst")
    return waarde


def lees_vorig_verslag(inhoud: str | bytes, bron: str = "verslag") -> Passendcijfers:
    """De passendheidscijfers uit een JSON-verslag van het vorige jaar (zie de module)."""
    try:
        document = lees_json(inhoud, "verslag")
    except OngeldigeInvoer as exc:
        raise _fout(bron, str(exc.fouten[0])) from None
    if not isinstance(document, dict):
        raise _fout(bron, "verwacht een JSON-object (een verslag van passend-toewijzen)")
    schema = document.get("schema")
    if schema != SCHEMA:
        raise _fout(
            bron,
            f"het schema is {schema!r}, verwacht {SCHEMA!r} (maak het verslag met --formaat json)"
            if schema is not None
            else f"het veld 'schema' ontbreekt (verwacht {SCHEMA!r}; maak het verslag met "
            "--formaat json)",
        )
    jaar = _aantal(document, "jaar", bron)
    corporatie = _tekst(document, "corporatie", bron)
    if _veld(document, "passendheid.van_toepassing", bron) is not True:
        raise _fout(bron, f"in {jaar} gold de passendheidsnorm nog niet")
    teller = _aantal(document, "passendheid.teller", bron)
    noemer = _aantal(document, "passendheid.noemer", bron)
    onbepaald = _aantal(document, "passendheid.onbepaald", bron)
    if teller > noemer:
        raise _fout(
            bron, f"meer passende toewijzingen ({teller}) dan toewijzingen in de noemer ({noemer})"
        )
    return Passendcijfers(
        jaar,
        teller,
        noemer,
        onbepaald,
        corporatie=corporatie,
        data_versie=_tekst(document, "ontvangstbewijs.data_versie", bron),
        afgewezen=_aantal(document, "invoer.afgewezen", bron),
        bron=bron,
    )
