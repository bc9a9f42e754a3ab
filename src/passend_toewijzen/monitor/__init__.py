"""De monitor: slaagkansen, zoekduur en spreiding per doelgroep, gemeente en wijk.

Op hetzelfde toewijzingenbestand als de jaarverantwoording (met de optionele monitorkolommen van
:data:`~passend_toewijzen.invoer.monitorkolommen.TOEWIJZINGEN_MONITOR`) en optioneel een
woningzoekendenbestand (:data:`~passend_toewijzen.invoer.woningzoekenden.WONINGZOEKENDEN`).
De definities van elk cijfer staan in ``docs/regels/monitor-definities.md``.

**Publieke API**

* :func:`monitor`: bestanden → het monitordocument (JSON-geschikt ``dict``);
* invoer: :data:`TOEWIJZINGEN_MONITOR`, :data:`WONINGZOEKENDEN`, :class:`Woningzoekende`,
  :func:`lees_woningzoekenden`, :class:`BijzondereDoelgroep`;
* :class:`Doelgroepindeling` (landelijk of met een huur-inkomenstabel), :class:`Doelgroep`,
  :func:`bijzondere_groepen`, :func:`huishouden_van_zoeker`;
* records en cijfers in het geheugen: :class:`Verhuring`, :class:`Zoeker`, :func:`kerncijfers`
  (:class:`Kerncijfers`), :func:`zoekduur_maanden`, :func:`inschrijfduur_maanden`,
  :func:`maak_monitor`, :class:`Instellingen`, :class:`Wijkmaximum`;
* rekenregels: :func:`volle_maanden`, :func:`mediaan`, :func:`percentiel`, :func:`verdeling`,
  :func:`slaagkans`, :func:`marktdruk`, :func:`aandeel_binnen`, :func:`locatiequotient`,
  :func:`dissimilariteitsindex`.
"""

from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.monitorkolommen import TOEWIJZINGEN_MONITOR
from passend_toewijzen.invoer.woningzoekenden import (
    WONINGZOEKENDEN,
    Woningzoekende,
    lees_woningzoekenden,
)
from passend_toewijzen.monitor.doelgroepen import (
    LANDELIJKE_DOELGROEPEN,
    ONBEPAALD,
    Doelgroep,
    Doelgroepindeling,
    bijzondere_groepen,
    huishouden_van_zoeker,
)
from passend_toewijzen.monitor.lezen import Gelezen, actieve_zoekers, lees_verhuringen, monitor
from passend_toewijzen.monitor.meting import (
    SCHEMA_MONITOR,
    Instellingen,
    Kerncijfers,
    Verhuring,
    Wijkmaximum,
    Zoeker,
    getal,
    inschrijfduur_maanden,
    kerncijfers,
    kwartaal,
    maak_monitor,
    zoekduur_maanden,
)
from passend_toewijzen.monitor.statistiek import (
    Verdeling,
    aandeel_binnen,
    dissimilariteitsindex,
    locatiequotient,
    marktdruk,
    mediaan,
    percentiel,
    slaagkans,
    verdeling,
    volle_maanden,
)

__all__ = [
    "LANDELIJKE_DOELGROEPEN",
    "ONBEPAALD",
    "SCHEMA_MONITOR",
    "TOEWIJZINGEN_MONITOR",
    "WONINGZOEKENDEN",
    "BijzondereDoelgroep",
    "Doelgroep",
    "Doelgroepindeling",
    "Gelezen",
    "Instellingen",
    "Kerncijfers",
    "Verdeling",
    "Verhuring",
    "Wijkmaximum",
    "Woningzoekende",
    "Zoeker",
    "aandeel_binnen",
    "actieve_zoekers",
    "bijzondere_groepen",
    "dissimilariteitsindex",
    "getal",
    "huishouden_van_zoeker",
    "inschrijfduur_maanden",
    "kerncijfers",
    "kwartaal",
    "lees_verhuringen",
    "lees_woningzoekenden",
    "locatiequotient",
    "maak_monitor",
    "marktdruk",
    "mediaan",
    "monitor",
    "percentiel",
    "slaagkans",
    "verdeling",
    "volle_maanden",
    "zoekduur_maanden",
]
