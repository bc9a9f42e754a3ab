"""Huur-inkomenstabellen: regionaal beleid dat elke inkomensgroep een eigen huursegment geeft.

* :func:`laad_tabel` laadt een meegeleverde tabel (``woongaard-2015``, ``landelijk``,
  ``woonkeus-stedendriehoek-2021``, ``intermaris-2024``) of een eigen TOML-bestand en controleert
  hem volledig;
* :func:`tabel_op` geeft de tabel met de bedragen van een datum, per huishoudtype;
* :func:`tabel_op_prijspeil` zet de bedragen van het prijspeil van de tabel naast die van een
  datum, met de wettelijke indexatie die ze verbindt;
* :func:`beoordeel` zegt voor een woning en een huishouden op een datum: voorrang, toegestaan of
  uitgesloten, met de reden en het vangnet van passend toewijzen;
* :func:`rangschik` rangschikt de kandidaten die op een woning reageerden.
"""

from passend_toewijzen.tabellen.beoordelen import Tabeloordeel, beoordeel
from passend_toewijzen.tabellen.laden import beschikbare_tabellen, laad_tabel, lees_tabel
from passend_toewijzen.tabellen.model import (
    AowFilter,
    Cel,
    Grens,
    Huurband,
    Inkomensgroep,
    Tabel,
    Tabelbron,
)
from passend_toewijzen.tabellen.overzicht import (
    OpgelosteGrens,
    Prijspeilgrens,
    Prijspeiloverzicht,
    Rij,
    Rooster,
    Tabeloverzicht,
    tabel_op,
    tabel_op_prijspeil,
)
from passend_toewijzen.tabellen.rangschikken import (
    Geplaatst,
    Kandidaat,
    NietBeoordeeld,
    Rangschikking,
    Uitgesloten,
    lees_kandidaten,
    rangschik,
)

__all__ = [
    "AowFilter",
    "Cel",
    "Geplaatst",
    "Grens",
    "Huurband",
    "Inkomensgroep",
    "Kandidaat",
    "NietBeoordeeld",
    "OpgelosteGrens",
    "Prijspeilgrens",
    "Prijspeiloverzicht",
    "Rangschikking",
    "Rij",
    "Rooster",
    "Tabel",
    "Tabelbron",
    "Tabeloordeel",
    "Tabeloverzicht",
    "Uitgesloten",
    "beoordeel",
    "beschikbare_tabellen",
    "laad_tabel",
    "lees_kandidaten",
    "lees_tabel",
    "rangschik",
    "tabel_op",
    "tabel_op_prijspeil",
]
