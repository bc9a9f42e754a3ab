"""passend_toewijzen: de Nederlandse toewijzingsregels voor sociale huur als Python-bibliotheek.

Alles wat een aanroeper nodig heeft om invoer te maken, te toetsen, een huur-inkomenstabel te
gebruiken en fouten af te vangen, importeert hij uit dit ene pakket (``from passend_toewijzen
import ...``); de jaarverantwoording (extra ``verantwoording``) komt uit
``passend_toewijzen.verantwoording``.

* parameters: :func:`parameters_op`, :func:`beschikbare_periode`, :class:`Parameterset`,
  :class:`Parameterwaarde`, :class:`Bron`, :class:`Status`, ...;
* invoer: :class:`Toewijzing`, :class:`Huishouden`, :class:`Persoon`, :class:`Inkomensbewijs`,
  :class:`Woning` en hun keuzes (:class:`Rol`, :class:`Woningsoort`, ...);
* toetsen: :func:`toets_toewijzing`, :func:`toets_stroom` (per toewijzing een uitkomst of een
  fout) en :func:`toets_toewijzingen`, met :class:`Toetsuitkomst` en :class:`Toetsfout`;
* lokaal beleid: :class:`Beleid`, :func:`laad_beleid`, :class:`Beleidswaarde`;
* huur-inkomenstabellen: :func:`laad_tabel`, :func:`tabel_op`, :func:`tabel_op_prijspeil`,
  :func:`beoordeel`, :func:`rangschik`;
* fouten: :class:`PassendToewijzenFout` en zijn subklassen, :class:`Veldfout`, en voor
  validatie in een eigen model of HTTP-dienst :func:`veldfouten`, :func:`nederlandse_fouten` en
  :data:`NederlandseFouten`.

Importeren verandert niets aan het proces van de aanroeper (geen decimal-context, locale,
waarschuwingsfilters of logging-instellingen).
"""

from passend_toewijzen._pydantic_nl import NederlandseFouten, nederlandse_fouten, veldfouten
from passend_toewijzen._versie import __version__
from passend_toewijzen.beleid import (
    Art54aTelling,
    Beleid,
    Beleidswaarde,
    Beleidswaardesoort,
    laad_beleid,
)
from passend_toewijzen.fouten import (
    DatumBuitenDekking,
    DatumBuitenTabel,
    OngeldigeInvoer,
    OnvoldoendeGegevens,
    ParameterdataOngeldig,
    ParameterFout,
    ParameterNietVanKracht,
    ParameterOnbekend,
    PassendToewijzenFout,
    Veldfout,
    VoorlopigeWaarde,
)
from passend_toewijzen.modellen import (
    ActueelInkomenReden,
    Bijzonderheid,
    Huishouden,
    Inkomensbewijs,
    Inkomensbewijssoort,
    Persoon,
    Rol,
    Toewijzing,
    Woning,
    Woningsoort,
    Zorgindicatie,
)
from passend_toewijzen.parameters import (
    Bron,
    Bronsoort,
    Eenheid,
    Leeftijd,
    Parameterset,
    Parameterwaarde,
    Status,
    beschikbare_periode,
    parameters_op,
)
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse
from passend_toewijzen.regels.inkomen import Inkomensmethode, Vrijstelling
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.tabellen import (
    Cel,
    Kandidaat,
    Prijspeiloverzicht,
    Rangschikking,
    Tabel,
    Tabeloordeel,
    Tabeloverzicht,
    beoordeel,
    beschikbare_tabellen,
    laad_tabel,
    lees_kandidaten,
    rangschik,
    tabel_op,
    tabel_op_prijspeil,
)
from passend_toewijzen.toets import toets_stroom, toets_toewijzing, toets_toewijzingen
from passend_toewijzen.uitkomst import Toetsfout, Toetsstatus, Toetsuitkomst
from passend_toewijzen.uitleg import Ontvangstbewijs, Uitlegregel

__all__ = [
    "ActueelInkomenReden",
    "Art54aTelling",
    "Beleid",
    "Beleidswaarde",
    "Beleidswaardesoort",
    "Bijzonderheid",
    "Bron",
    "Bronsoort",
    "Cel",
    "DatumBuitenDekking",
    "DatumBuitenTabel",
    "Eenheid",
    "Huishouden",
    "Huishoudtype",
    "Huurklasse",
    "Inkomensbewijs",
    "Inkomensbewijssoort",
    "Inkomensmethode",
    "Kandidaat",
    "Leeftijd",
    "NederlandseFouten",
    "OngeldigeInvoer",
    "Ontvangstbewijs",
    "OnvoldoendeGegevens",
    "ParameterFout",
    "ParameterNietVanKracht",
    "ParameterOnbekend",
    "ParameterdataOngeldig",
    "Parameterset",
    "Parameterwaarde",
    "PassendToewijzenFout",
    "Passendheid",
    "Persoon",
    "Prijspeiloverzicht",
    "Rangschikking",
    "Rol",
    "Status",
    "Tabel",
    "Tabeloordeel",
    "Tabeloverzicht",
    "Toetsfout",
    "Toetsstatus",
    "Toetsuitkomst",
    "Toewijzing",
    "Toewijzingssegment",
    "Uitlegregel",
    "Veldfout",
    "VoorlopigeWaarde",
    "Vrijstelling",
    "Woning",
    "Woningsoort",
    "Zorgindicatie",
    "__version__",
    "beoordeel",
    "bepaal_huurklasse",
    "beschikbare_periode",
    "beschikbare_tabellen",
    "laad_beleid",
    "laad_tabel",
    "lees_kandidaten",
    "nederlandse_fouten",
    "parameters_op",
    "rangschik",
    "tabel_op",
    "tabel_op_prijspeil",
    "toets_stroom",
    "toets_toewijzing",
    "toets_toewijzingen",
    "veldfouten",
]
