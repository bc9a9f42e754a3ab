"""De codes van bijzondere doelgroepen in het toewijzingen- en het woningzoekendenbestand.

Waar de VERA-standaard van Aedes (referentiedata *Aanvullende doelgroep*) een code heeft, gebruikt
de bibliotheek die code (in kleine letters; hoofdletters in een bestand mogen: ``STH`` is
``sth``). Gecontroleerd aan de VERA-referentiedata zoals de open bron ``woningwaardering`` van
Woonstad Rotterdam ze meelevert (``vera/referentiedata/aanvullendedoelgroep.py``). Voor
groepen waarvoor VERA geen aanvullende-doelgroepcode kent (uitstroom uit maatschappelijke opvang
of beschermd wonen, urgentie, directe bemiddeling) gebruikt de bibliotheek eigen codes; die staan
in :data:`EIGEN_CODES` en zijn zo gedocumenteerd.

Eén cel mag meer codes bevatten, gescheiden door ``,`` of ``|`` (``sth|urg``).
"""

from __future__ import annotations

import enum

__all__ = ["EIGEN_CODES", "OMSCHRIJVINGEN", "VERA_CODES", "BijzondereDoelgroep"]


class BijzondereDoelgroep(enum.StrEnum):
    """Een bijzondere doelgroep (code zoals in de kolom ``bijzondere_doelgroep``)."""

    STATUSHOUDERS = "sth"
    """VERA STH: statushouder (vergunninghouder), als vluchteling erkende asielzoeker."""
    STUDENTEN = "stu"
    """VERA STU: studenten."""
    BUITENLANDSE_STUDENTEN = "bstu"
    """VERA BSTU: uit het buitenland afkomstige student in het hoger onderwijs."""
    EX_DAK_EN_THUISLOZEN = "dak"
    """VERA DAK: ex-dak- of thuisloze."""
    EX_GEDETINEERDEN = "ged"
    """VERA GED: ex-gedetineerde."""
    GGZ = "ggz"
    """VERA GGZ: in behandeling bij of begeleid door een GGZ-instelling."""
    PSYCHIATRISCH = "psy"
    """VERA PSY: (ex-)psychiatrische patiënt."""
    VERSLAAFDEN = "ver"
    """VERA VER: (ex-)verslaafde."""
    LICHAMELIJK_BEPERKT = "lic"
    """VERA LIC: lichamelijke beperking."""
    VERSTANDELIJK_BEPERKT = "vbe"
    """VERA VBE: verstandelijke beperking."""
    GERINGE_ERGONOMISCHE_BEPERKING = "geb"
    """VERA GEB: geringe ergonomische beperking."""
    ZORGINDICATIE = "zin"
    """VERA ZIN: zorgindicatie."""
    KUNSTENAARS = "kun"
    """VERA KUN: kunstenaar."""
    SKAEVE_HUSE = "ska"
    """VERA SKA: skaeve huse."""
    UITSTROOM_OPVANG = "umo"
    """Eigen code: uitstroom uit maatschappelijke opvang of beschermd wonen."""
    URGENT = "urg"
    """Eigen code: toewijzing of inschrijving met een urgentieverklaring."""
    DIRECT_BEMIDDELD = "dbm"
    """Eigen code: direct bemiddeld (buiten het aanbodmodel om)."""


EIGEN_CODES = frozenset(
    {
        BijzondereDoelgroep.UITSTROOM_OPVANG,
        BijzondereDoelgroep.URGENT,
        BijzondereDoelgroep.DIRECT_BEMIDDELD,
    }
)
"""De codes die de bibliotheek zelf invoert (VERA kent er geen aanvullende-doelgroepcode voor)."""

VERA_CODES = frozenset(BijzondereDoelgroep) - EIGEN_CODES
"""De codes uit de VERA-referentiedata *Aanvullende doelgroep*."""

OMSCHRIJVINGEN: dict[BijzondereDoelgroep, str] = {
    BijzondereDoelgroep.STATUSHOUDERS: "Statushouders (vergunninghouders)",
    BijzondereDoelgroep.STUDENTEN: "Studenten",
    BijzondereDoelgroep.BUITENLANDSE_STUDENTEN: "Buitenlandse studenten",
    BijzondereDoelgroep.EX_DAK_EN_THUISLOZEN: "Ex-dak- en thuislozen",
    BijzondereDoelgroep.EX_GEDETINEERDEN: "Ex-gedetineerden",
    BijzondereDoelgroep.GGZ: "GGZ-cliënten",
    BijzondereDoelgroep.PSYCHIATRISCH: "(Ex-)psychiatrische patiënten",
    BijzondereDoelgroep.VERSLAAFDEN: "(Ex-)verslaafden",
    BijzondereDoelgroep.LICHAMELIJK_BEPERKT: "Lichamelijk beperkten",
    BijzondereDoelgroep.VERSTANDELIJK_BEPERKT: "Verstandelijk beperkten",
    BijzondereDoelgroep.GERINGE_ERGONOMISCHE_BEPERKING: "Geringe ergonomische beperking",
    BijzondereDoelgroep.ZORGINDICATIE: "Zorgindicatie",
    BijzondereDoelgroep.KUNSTENAARS: "Kunstenaars",
    BijzondereDoelgroep.SKAEVE_HUSE: "Skaeve huse",
    BijzondereDoelgroep.UITSTROOM_OPVANG: "Uitstroom maatschappelijke opvang / beschermd wonen",
    BijzondereDoelgroep.URGENT: "Urgenten",
    BijzondereDoelgroep.DIRECT_BEMIDDELD: "Direct bemiddeld",
}
"""De naam van elke bijzondere doelgroep in een verslag."""
