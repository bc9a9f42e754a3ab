"""De kolom-motor: dezelfde gedateerde regels als :mod:`passend_toewijzen.toets`, over miljoenen
rijen tegelijk (optionele extra ``[kolom]``, op polars).

* :func:`parametertabel` en :func:`koppel_parameters`: de parameters als tabel van
  geldigheidsperioden, met een as-of join op de huuringangsdatum aan elke rij gekoppeld;
* :func:`beoordeel`: het oordeel van de toets (segment, passendheid, redenen, huurklasse) voor
  elke rij van een frame met de kolommen van het toewijzingenbestand (:data:`INVOERSCHEMA`);
* :func:`huurklasse`, :func:`huishoudtype` en :func:`passende_inkomensgrens`: losse expressies
  voor hergebruik (bijvoorbeeld over een woningvoorraad);
* :func:`lees_cellen`: tekstcellen vectorieel omzetten, met de aanvaarding van de rij-lezer (de
  gewone vorm per soort cel staat in :mod:`passend_toewijzen.kolom.cellen`, gedeeld met het
  voorraadbestand);
* :mod:`passend_toewijzen.kolom.voorraad` en :mod:`passend_toewijzen.kolom.bereikbaarheid`: het
  woningvoorraadbestand per kolom lezen en de huur bij mutatie in gehele centen (voor de
  bereikbaarheid op de kolom-motor, :mod:`passend_toewijzen.bereikbaarheid.kolommotor`).

Dat de kolom-motor hetzelfde oordeel geeft als de rij-motor, bewijzen de verschiltests
(``tests/unit/test_kolommotor_verschil.py``) en het script ``scripts/kolom_verschil.py``.
"""

from passend_toewijzen.kolom.lezen import lees_cellen
from passend_toewijzen.kolom.regels import (
    INVOERSCHEMA,
    UITVOERKOLOMMEN,
    beoordeel,
    huishoudtype,
    huurklasse,
    passende_inkomensgrens,
)
from passend_toewijzen.kolom.tabel import koppel_parameters, parametertabel

__all__ = [
    "INVOERSCHEMA",
    "UITVOERKOLOMMEN",
    "beoordeel",
    "huishoudtype",
    "huurklasse",
    "koppel_parameters",
    "lees_cellen",
    "parametertabel",
    "passende_inkomensgrens",
]
