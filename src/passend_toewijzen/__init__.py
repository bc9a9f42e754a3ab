"""passend_toewijzen: de Nederlandse toewijzingsregels voor sociale huur als Python-bibliotheek.

De publieke API is klein:

* :func:`parameters_op` — alle wettelijke parameters die op een datum gelden, met bron;
* de invoermodellen :class:`Huishouden`, :class:`Persoon`, :class:`Inkomensbewijs`,
  :class:`Woning` en :class:`Toewijzing`;
* :func:`bepaal_huurklasse` — de huurklasse van een kale huur;
* :func:`toets_toewijzing` en :func:`toets_toewijzingen` — toewijzingssegment (DAEB) en
  passendheid van een toewijzing, met uitleg en ontvangstbewijs;
* :class:`Beleid` en :func:`laad_beleid` — lokaal beleid en eigen parameterwaarden.

Importeren verandert niets aan het proces van de aanroeper (geen decimal-context, locale,
waarschuwingsfilters of logging-instellingen).
"""

from passend_toewijzen._versie import __version__
from passend_toewijzen.beleid import Art54aTelling, Beleid, laad_beleid
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
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst, toets_toewijzing, toets_toewijzingen
from passend_toewijzen.uitleg import Ontvangstbewijs, Uitlegregel

__all__ = [
    "Art54aTelling",
    "Beleid",
    "DatumBuitenDekking",
    "Huishouden",
    "Huishoudtype",
    "Huurklasse",
    "Inkomensbewijs",
    "OngeldigeInvoer",
    "Ontvangstbewijs",
    "OnvoldoendeGegevens",
    "ParameterNietVanKracht",
    "ParameterOnbekend",
    "Parameterset",
    "PassendToewijzenFout",
    "Passendheid",
    "Persoon",
    "Toetsstatus",
    "Toetsuitkomst",
    "Toewijzing",
    "Toewijzingssegment",
    "Uitlegregel",
    "Woning",
    "__version__",
    "bepaal_huurklasse",
    "beschikbare_periode",
    "laad_beleid",
    "parameters_op",
    "toets_toewijzing",
    "toets_toewijzingen",
]
