"""passend_toewijzen: de Nederlandse toewijzingsregels voor sociale huur als Python-bibliotheek.

De publieke API is klein:

* :func:`parameters_op` — alle wettelijke parameters die op een datum gelden, met bron;
* de invoermodellen :class:`Huishouden`, :class:`Persoon`, :class:`Inkomensbewijs`,
  :class:`Woning` en :class:`Toewijzing`;
* :func:`bepaal_huurklasse` — de huurklasse van een kale huur.

Importeren verandert niets aan het proces van de aanroeper (geen decimal-context, locale,
waarschuwingsfilters of logging-instellingen).
"""

from passend_toewijzen._versie import __version__
from passend_toewijzen.fouten import (
    DatumBuitenDekking,
    OngeldigeInvoer,
    OnvoldoendeGegevens,
    ParameterNietVanKracht,
    ParameterOnbekend,
    PassendToewijzenFout,
)
from passend_toewijzen.modellen import (
    Huishouden,
    Inkomensbewijs,
    Persoon,
    Toewijzing,
    Woning,
)
from passend_toewijzen.parameters import Parameterset, beschikbare_periode, parameters_op
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse

__all__ = [
    "DatumBuitenDekking",
    "Huishouden",
    "Huurklasse",
    "Inkomensbewijs",
    "OngeldigeInvoer",
    "OnvoldoendeGegevens",
    "ParameterNietVanKracht",
    "ParameterOnbekend",
    "Parameterset",
    "PassendToewijzenFout",
    "Persoon",
    "Toewijzing",
    "Woning",
    "__version__",
    "bepaal_huurklasse",
    "beschikbare_periode",
    "parameters_op",
]
