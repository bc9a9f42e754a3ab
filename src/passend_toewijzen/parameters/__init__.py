"""Wettelijke parameters als gedateerde, herleidbare data.

Gebruik :func:`parameters_op` om alle waarden op te vragen die op een datum gelden::

    from datetime import date
    from passend_toewijzen.parameters import parameters_op

    ps = parameters_op(date(2024, 3, 1))
    ps["aftoppingsgrens_laag"].waarde        # Decimal
    ps["aftoppingsgrens_laag"].bron.url      # waar het bedrag vandaan komt
"""

from passend_toewijzen.parameters.laden import Register, laad_register
from passend_toewijzen.parameters.opvragen import beschikbare_periode, parameters_op, register
from passend_toewijzen.parameters.waarden import (
    Bron,
    Bronsoort,
    Eenheid,
    Herziening,
    Leeftijd,
    Parameterdefinitie,
    Parameterset,
    Parameterwaarde,
    Reekswaarde,
    Status,
    Waarde,
)

__all__ = [
    "Bron",
    "Bronsoort",
    "Eenheid",
    "Herziening",
    "Leeftijd",
    "Parameterdefinitie",
    "Parameterset",
    "Parameterwaarde",
    "Reekswaarde",
    "Register",
    "Status",
    "Waarde",
    "beschikbare_periode",
    "laad_register",
    "parameters_op",
    "register",
]
