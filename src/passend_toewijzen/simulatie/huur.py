"""De huur bij mutatie in een scenario: de woningen van de voorraad met de huur van het scenario.

Zonder ``[streefhuur]`` in het scenario houdt elke woning haar huidige kale huur uit de voorraad.
Met ``[streefhuur]`` rekent de bereikbaarheid de huur (:mod:`passend_toewijzen.bereikbaarheid`):
het percentage van de maximale huur (per woning, kern of segment), in hele centen met een halve
cent naar boven, eventueel met de verhoging na verduurzaming en afgetopt op een grens van de
peildatum. De rekenregel staat daar en wordt hier niet herhaald.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from passend_toewijzen.bereikbaarheid.aanbod import Aanbodregels
from passend_toewijzen.bereikbaarheid.grenzen import grenzen_op
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.simulatie.gegevens import Simwoning
from passend_toewijzen.simulatie.scenario import Scenario

__all__ = ["woningen_van"]


def woningen_van(
    scenario: Scenario, voorraad: Sequence[Voorraadwoning], datum: date
) -> tuple[tuple[Simwoning, ...], list[Rijfout]]:
    """De woningen met de huur die zij in ``scenario`` bij mutatie op ``datum`` krijgen.

    Zonder streefhuur blijft de kale huur uit de voorraad. Met streefhuur rekent
    :meth:`~passend_toewijzen.bereikbaarheid.aanbod.Aanbodregels.woning` de huur (de maximale huur
    uit de voorraad of uit de punten); een woning waarvan de maximale huur niet te bepalen is,
    valt af met een :class:`~passend_toewijzen.invoer.rijen.Rijfout`. De mutatiekans komt uit de
    voorraad als die daar is opgegeven; anders uit het scenario.
    """
    fouten: list[Rijfout] = []
    if scenario.streefhuur is None:
        paren = [(w, w.kale_huur) for w in voorraad]
    else:
        regels = Aanbodregels(grenzen_op(datum))
        huurscenario = scenario.streefhuur.als_bereikbaarheid(scenario.naam)
        maxima, fouten = regels.maximale_huren(voorraad)
        paren = [(w, regels.woning(w, m, huurscenario).huur) for w, m in maxima]
    woningen = tuple(
        Simwoning(
            woning_id=w.woning_id,
            gemeente=w.gemeente,
            woningsoort=w.woningsoort,
            daeb=w.daeb,
            kale_huur=huur,
            mutatiekans=w.mutatiekans if w.mutatiekans_opgegeven else None,
            kern=w.kern,
            wijk=w.wijk,
        )
        for w, huur in paren
    )
    return woningen, fouten
