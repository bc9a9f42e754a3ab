"""Een rij uit een toewijzingenbestand omzetten (verhuisd naar :mod:`passend_toewijzen.invoer`).

Deze module blijft voor bestaande code: :class:`Omzetter` is
:class:`~passend_toewijzen.invoer.toewijzingen.Toewijzingslezer`.
"""

from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.toewijzingen import MAX_PERSONEN, Rijtoewijzing
from passend_toewijzen.invoer.toewijzingen import Toewijzingslezer as Omzetter

__all__ = ["MAX_PERSONEN", "Omzetter", "Rijfout", "Rijtoewijzing"]
