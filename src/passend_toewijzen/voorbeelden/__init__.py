"""De voorbeeldbestanden van de documentatie, meegeleverd in het pakket.

Wie de bibliotheek met ``pip`` installeert, heeft de map ``examples/data`` van de broncode niet.
``passend-toewijzen voorbeeld [MAP]`` (of :func:`schrijf_voorbeelden`) zet dezelfde bestanden in
een map naar keuze, zodat elke stap van *Aan de slag* en de handleidingen ook zonder de broncode
te volgen is. De bestanden in het pakket zijn byte voor byte gelijk aan ``examples/data``
(``tests/unit/test_cli_voorbeeld.py`` bewaakt dat).

Een bestand dat al bestaat, wordt nooit overschreven: dan schrijft de opdracht niets en noemt de
melding het bestand.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from passend_toewijzen._schrijven import UitvoerFout, controleer_uitvoer, schrijf_veilig

__all__ = ["BESTANDEN", "schrijf_voorbeelden"]

BESTANDEN: dict[str, str] = {
    "toewijzingen-2023-2024.csv": "toewijzingen van een verzonnen corporatie, voor de "
    "jaarverantwoording 2024 (met enkele rijen die bewust fout zijn)",
    "toewijzing.json": "één toewijzing, voor `toets --invoer` en de Python-voorbeelden",
    "woning.json": "één woning, voor `rangschik`",
    "kandidaten.json": "de kandidaten die op die woning reageerden, voor `rangschik`",
    "eigen-tabel.toml": "een eigen huur-inkomenstabel (lokaal beleid), voor `tabel --tabel` "
    "en `rangschik`",
    "beleid-2024.toml": "een lokaal beleid (fictieve waarden) dat twee indexatiefactoren "
    "vervangt, voor `--beleid`",
    "toewijzingen-monitor-2025.csv": "toewijzingen 2025 met de kolommen van de monitor "
    "(inschrijf- en zoekdatum, reacties, bijzondere doelgroep, wijk en kern), voor `monitor`",
    "woningzoekenden-2025.csv": "de woningzoekenden bij die toewijzingen, voor "
    "`monitor --woningzoekenden`",
    "voorraad.csv": "de woningvoorraad van een verzonnen plattelandscorporatie met zeven kernen "
    "(WWS-punten, 1 januari 2016), voor `bereikbaarheid` en `simuleer`",
    "woningzoekenden-kernen.csv": "de woningzoekenden bij die voorraad, voor "
    "`bereikbaarheid --woningzoekenden` en `simuleer`",
    "beleid-huidig.toml": "een scenario voor het beleidslab: streefhuur 72%, alleen de "
    "landelijke regels, voor `simuleer --beleid`",
    "beleid-voorstel.toml": "een scenario voor het beleidslab: streefhuur 67,5% voor DAEB en de "
    "huur-inkomenstabel van Woongaard, voor `simuleer --beleid`",
}
"""De voorbeeldbestanden met wat ze laten zien."""


def inhoud(naam: str) -> bytes:
    """De inhoud van een voorbeeldbestand uit het pakket."""
    return files(__name__).joinpath("data", naam).read_bytes()


def schrijf_voorbeelden(map_: Path | str) -> list[Path]:
    """Schrijf de voorbeeldbestanden in ``map_`` (die zo nodig wordt gemaakt).

    Bestaat een van de bestanden al, dan wordt niets geschreven en volgt een
    :class:`~passend_toewijzen._schrijven.UitvoerFout` die het bestand noemt. Geeft de paden van de
    geschreven bestanden.
    """
    doelmap = Path(map_)
    if doelmap.exists() and not doelmap.is_dir():
        raise UitvoerFout(doelmap, "bestaat al en is geen map; kies een andere map")
    doelen = [doelmap / naam for naam in BESTANDEN]
    bestaand = [doel for doel in doelen if doel.exists() or doel.is_symlink()]
    if bestaand:
        namen = ", ".join(str(d) for d in bestaand)
        raise UitvoerFout(
            bestaand[0],
            f"bestaat al en wordt niet overschreven ({namen}); kies een andere map of "
            "verwijder de bestanden eerst",
        )
    try:
        doelmap.mkdir(parents=True, exist_ok=True)
    except OSError as fout:
        raise UitvoerFout(doelmap, f"map niet te maken: {fout.strerror or fout}") from None
    controleer_uitvoer(dict(zip(BESTANDEN, doelen, strict=True)))
    for naam, doel in zip(BESTANDEN, doelen, strict=True):
        with schrijf_veilig(doel, modus="binair") as bestand:
            bestand.write(inhoud(naam))
    return doelen
