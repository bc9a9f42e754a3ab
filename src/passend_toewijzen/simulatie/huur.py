"""De huur bij mutatie in een scenario: de woningen van de voorraad met de huur van het scenario.

Zonder ``[streefhuur]`` in het scenario houdt elke woning haar huidige kale huur uit de voorraad.
Met ``[streefhuur]`` rekent de streefhuurregel van de bereikbaarheid (issue 14) de huur: het
percentage van de maximale huur, per kern, met de plafonds van het scenario. De rekenregel staat
daar en wordt hier niet herhaald.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.simulatie.gegevens import Simwoning
from passend_toewijzen.simulatie.scenario import Scenario

__all__ = ["woningen_van"]


def woningen_van(
    scenario: Scenario, voorraad: Sequence[Voorraadwoning], datum: date
) -> tuple[Simwoning, ...]:
    """De woningen met de huur die zij in ``scenario`` bij mutatie op ``datum`` krijgen.

    De mutatiekans komt uit de voorraad als die daar is opgegeven; anders uit het scenario.
    """
    if scenario.streefhuur is not None:
        msg = (
            f"scenario {scenario.naam!r}: [streefhuur] vraagt de streefhuurregel van de "
            "bereikbaarheid, die in deze versie nog ontbreekt"
        )
        raise NotImplementedError(msg)
    return tuple(
        Simwoning(
            woning_id=w.woning_id,
            gemeente=w.gemeente,
            woningsoort=w.woningsoort,
            daeb=w.daeb,
            kale_huur=w.kale_huur,
            mutatiekans=w.mutatiekans if w.mutatiekans_opgegeven else None,
            kern=w.kern,
            wijk=w.wijk,
        )
        for w in voorraad
    )
