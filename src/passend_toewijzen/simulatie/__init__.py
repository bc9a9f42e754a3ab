"""Het beleidslab: een jaar toewijzen simuleren onder een beleid, voordat het wordt ingevoerd.

* :func:`laad_scenario` leest en controleert een scenariobestand (TOML) en geeft een
  :class:`Scenario` (streefhuur, huur-inkomenstabel of alleen de wet, rangorde, reacties,
  acceptatie, direct bemiddelen, instroom en uitstroom);
* :func:`lees_labinvoer` leest de woningvoorraad en de woningzoekenden (:class:`Labinvoer`);
* :func:`simuleer` rekent een of meer scenario's door op een woningvoorraad en een bestand met
  woningzoekenden, met herhalingen en een zaad, en geeft een :class:`Labuitkomst`;
* :func:`maak_document` maakt daar het JSON-document van (gemiddelde en 90%-interval per cijfer
  en per scenario, het verschil tussen scenario's); de uitvoer als Markdown en HTML staat in
  :mod:`passend_toewijzen.simulatie.uitvoer`;
* :class:`Opzoektabel` is de huur-inkomenstabel als opzoektabel (dezelfde cel als
  :func:`~passend_toewijzen.tabellen.beoordeel`).

Hetzelfde zaad en dezelfde invoer geven op elke machine hetzelfde document, byte voor byte, ook
met meer processen.
"""

from passend_toewijzen.simulatie.bestanden import Labinvoer, lees_labinvoer
from passend_toewijzen.simulatie.document import maak_document
from passend_toewijzen.simulatie.geschiktheid import Opzoektabel
from passend_toewijzen.simulatie.lab import Labuitkomst, beginzoekers, simuleer
from passend_toewijzen.simulatie.scenario import DOELGROEPEN, Scenario, laad_scenario

__all__ = [
    "DOELGROEPEN",
    "Labinvoer",
    "Labuitkomst",
    "Opzoektabel",
    "Scenario",
    "beginzoekers",
    "laad_scenario",
    "lees_labinvoer",
    "maak_document",
    "simuleer",
]
