"""Bestanden lezen: één lezer en één set celomzetters voor elke ingang.

Elke capaciteit die een bestand leest (de jaarverantwoording, en straks bereikbaarheid en de
monitor) en elke opdrachtregeloptie met een bedrag of datum gebruikt deze laag. Een soort bestand
is een :class:`Schema` (gegevens: kolommen, soorten, verplicht); de lezer en de omzetters zijn
voor elk schema dezelfde.

**Publieke API**

Schema's (:mod:`.schema`)
    :class:`Schema` (``naam``, ``kolommen``, ``kenmerk``; :meth:`Schema.met` breidt uit met extra
    kolommen, :meth:`Schema.sjabloon_csv` geeft een sjabloon), :class:`Kolom` (``naam``,
    ``soort``, ``verplicht``, ``omschrijving``, ``voorbeeld``, ``keuzes``, ``persoonsgegeven``,
    ``meervoudig``), :class:`Soort` en :func:`normaliseer_kop`.

Lezen (:mod:`.lezen`)
    :func:`open_invoer` (``pad``, ``schema=``, ``naam=``, ``formaat=``, ``koppeling=``,
    ``codering=``, ``scheidingsteken=``, ``blad=``, ``kopregel=``) geeft een :class:`Invoer`
    (``kolommen``, ``onbekende_kolommen``, ``kopregel``, ``titelrijen``, ``blad``,
    ``codering``, ``waarschuwingen``, ``sha256()``, ``kenmerken()``) waarvan
    :meth:`Invoer.rijen` elke rij geeft als :class:`Bronrij`, :class:`Bronrijfout` of
    :class:`Legerij`. Een bestand dat als geheel niet te lezen is, geeft :class:`InvoerFout`.

Rijen (:mod:`.rijen`)
    :class:`Rijlezer` zet een :class:`Bronrij` om in getypte waarden per kolom, of in een lijst
    :class:`Rijfout` (bron, rijnummer, kolom, melding, kenmerk).

Celwaarden (:mod:`.cellen`)
    :func:`lees_bedrag`, :func:`lees_getal`, :func:`lees_datum`, :func:`lees_vlag`,
    :func:`lees_aantal`, :func:`lees_keuze` en :func:`lees_tekst`; een onleesbare waarde geeft
    :class:`Waardefout` (``str()`` zonder de waarde, ``met_waarde`` met).

Meer bestanden (:mod:`.bronnen`)
    :func:`bronnen` geeft elk bestand één keer, met een unieke naam; :func:`controleer_inhoud`
    weigert twee bestanden met dezelfde inhoud.

Het toewijzingenbestand (:mod:`.toewijzingen`)
    :data:`TOEWIJZINGEN` (het schema) en :class:`Toewijzingslezer`, die een rij omzet in een
    gevalideerde :class:`~passend_toewijzen.modellen.Toewijzing` (:class:`Rijtoewijzing`).

Een nieuw soort bestand vraagt alleen een schema::

    from passend_toewijzen.invoer import Kolom, Rijlezer, Schema, Soort, open_invoer

    VOORRAAD = Schema("woningvoorraad", (
        Kolom("woning_id", Soort.TEKST, True, "Kenmerk van de woning.", "W-1"),
        Kolom("kale_huur", Soort.BEDRAG, True, "Kale huur per maand.", "650,00"),
    ), kenmerk="woning_id")
    invoer = open_invoer("voorraad.xlsx", schema=VOORRAAD)
    lezer = Rijlezer(VOORRAAD, invoer.kolommen, bron=invoer.naam)
    for rij in invoer.rijen():
        ...
"""

from passend_toewijzen.invoer.bronnen import Bron, bronnen, controleer_inhoud, zelfde_bestand
from passend_toewijzen.invoer.cellen import (
    Decimaalteken,
    Waardefout,
    lees_aantal,
    lees_bedrag,
    lees_datum,
    lees_getal,
    lees_keuze,
    lees_tekst,
    lees_vlag,
)
from passend_toewijzen.invoer.lezen import (
    EXTENSIES,
    Bronrij,
    Bronrijfout,
    Formaat,
    Invoer,
    InvoerFout,
    Legerij,
    open_invoer,
)
from passend_toewijzen.invoer.rijen import Rijfout, Rijlezer
from passend_toewijzen.invoer.schema import Kolom, Schema, Soort, normaliseer_kop
from passend_toewijzen.invoer.toewijzingen import (
    TOEWIJZINGEN,
    Rijtoewijzing,
    Toewijzingslezer,
)

__all__ = [
    "EXTENSIES",
    "TOEWIJZINGEN",
    "Bron",
    "Bronrij",
    "Bronrijfout",
    "Decimaalteken",
    "Formaat",
    "Invoer",
    "InvoerFout",
    "Kolom",
    "Legerij",
    "Rijfout",
    "Rijlezer",
    "Rijtoewijzing",
    "Schema",
    "Soort",
    "Toewijzingslezer",
    "Waardefout",
    "bronnen",
    "controleer_inhoud",
    "lees_aantal",
    "lees_bedrag",
    "lees_datum",
    "lees_getal",
    "lees_keuze",
    "lees_tekst",
    "lees_vlag",
    "normaliseer_kop",
    "open_invoer",
    "zelfde_bestand",
]
