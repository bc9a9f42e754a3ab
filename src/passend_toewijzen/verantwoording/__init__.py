"""De jaarverantwoording: van een bestand met toewijzingen tot het verslag over een jaar.

* :func:`verantwoord` leest een of meer bestanden (CSV, Excel, Parquet, JSON Lines), valideert en
  toetst elke rij en geeft het :class:`Verslag`;
* :func:`open_invoer` en :func:`tel_invoer` zijn de stappen daarvan, voor wie zelf wil tellen;
* :class:`Telling` is de samenvoegbare tussenstand (``a + b``); :func:`maak_verslag` maakt er het
  verslag van;
* :data:`KOLOMMEN` is het kolommenschema; :func:`sjabloon_csv` het sjabloon (het schema zelf staat
  in :mod:`passend_toewijzen.invoer`, die alle bestanden leest);
* :func:`lees_vorig_verslag` leest het JSON-verslag van het vorige jaar (tweejarige norm).

De uitvoer (JSON, Markdown, HTML, Excel) staat in :mod:`passend_toewijzen.verantwoording.uitvoer`.
"""

from passend_toewijzen.verantwoording.invoer import InvoerFout, open_invoer
from passend_toewijzen.verantwoording.kolommen import KOLOMMEN, Kolom, sjabloon_csv
from passend_toewijzen.verantwoording.rijen import Rijfout
from passend_toewijzen.verantwoording.telling import Telling
from passend_toewijzen.verantwoording.verslag import (
    Normtoets,
    Passendcijfers,
    Verslag,
    VerslagFout,
    beoordeel_norm,
    maak_verslag,
    reden_van,
)
from passend_toewijzen.verantwoording.verwerken import GeenVerslagjaar, tel_invoer, verantwoord
from passend_toewijzen.verantwoording.vorig import lees_vorig_verslag

__all__ = [
    "KOLOMMEN",
    "GeenVerslagjaar",
    "InvoerFout",
    "Kolom",
    "Normtoets",
    "Passendcijfers",
    "Rijfout",
    "Telling",
    "Verslag",
    "VerslagFout",
    "beoordeel_norm",
    "lees_vorig_verslag",
    "maak_verslag",
    "open_invoer",
    "reden_van",
    "sjabloon_csv",
    "tel_invoer",
    "verantwoord",
]
