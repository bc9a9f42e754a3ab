"""Bereikbaarheid: wat een streefhuur doet met het aanbod dat elke doelgroep kan bereiken.

Een corporatie stuurt met één knop: de streefhuur, een percentage van de maximale (redelijke) huur
volgens het woningwaarderingsstelsel. Bij een mutatie gaat de huur in één keer naar de streefhuur;
daarmee ligt vast in welke huurklasse de woning valt en voor wie zij bereikbaar is. Deze
capaciteit rekent dat voor de hele woningvoorraad door, voor meer scenario's naast elkaar, op de
grenzen van een peildatum::

    from datetime import date
    from passend_toewijzen.bereikbaarheid import bereken_bereikbaarheid

    uitkomst = bereken_bereikbaarheid("voorraad.csv", date(2016, 1, 1), [72, "67.5"])
    document = uitkomst.document()          # het JSON-document (schema bereikbaarheid-1)
    document["scenarios"][0]["bereikbaar"]["een_twee_personen"]["percentage"]
    document["huidige_huur"]["bereikbaar"]["een_twee_personen"]["percentage"]  # vandaag

``huidige_huur`` is de referentie naast de scenario's: dezelfde tellingen met de huidige kale huur
(:attr:`Bereikbaarheid.huidig`), geen scenario.

**Publieke API**

:func:`bereken_bereikbaarheid`, :class:`Bereikbaarheid`, :class:`Scenario`,
:func:`scenario_van_percentage`, :func:`laad_scenarios`, :class:`Aftopping`, :class:`Doelgroep`,
de regels :func:`streefhuur`, :func:`huur_bij_mutatie`, :func:`afgetopt` en :func:`bereikbaar`,
en de uitvoer :func:`als_json`, :func:`als_markdown` (en, met het extra ``verantwoording``,
:func:`~passend_toewijzen.bereikbaarheid.uitvoer.html.als_html` en
:func:`~passend_toewijzen.bereikbaarheid.uitvoer.excel.schrijf_excel`). Het voorraadbestand staat
in :mod:`passend_toewijzen.invoer.voorraad`.
"""

from passend_toewijzen.bereikbaarheid.grenzen import Doelgroep, Grenzen, grenzen_op
from passend_toewijzen.bereikbaarheid.regels import (
    afgetopt,
    bereikbaar,
    huur_bij_mutatie,
    streefhuur,
)
from passend_toewijzen.bereikbaarheid.scenario import (
    Aftopping,
    Scenario,
    laad_scenarios,
    scenario_van_percentage,
)
from passend_toewijzen.bereikbaarheid.uitvoer.json import als_json
from passend_toewijzen.bereikbaarheid.uitvoer.markdown import als_markdown
from passend_toewijzen.bereikbaarheid.verslag import SCHEMA, Bereikbaarheid, bereken_bereikbaarheid

__all__ = [
    "SCHEMA",
    "Aftopping",
    "Bereikbaarheid",
    "Doelgroep",
    "Grenzen",
    "Scenario",
    "afgetopt",
    "als_json",
    "als_markdown",
    "bereikbaar",
    "bereken_bereikbaarheid",
    "grenzen_op",
    "huur_bij_mutatie",
    "laad_scenarios",
    "scenario_van_percentage",
    "streefhuur",
]
