"""Van één herhaling naar cijfers: slaagkansen, zoekduur, verdringing en de verantwoording.

Elk cijfer is een exacte breuk (:class:`~fractions.Fraction`) of ``None`` als het in deze
herhaling niet bestaat (geen zoekers in een doelgroep, geen verhuringen in een huurklasse). De
cijfers van de verantwoording komen uit de jaarverantwoording zelf: elke gesimuleerde verhuring
wordt een :class:`~passend_toewijzen.modellen.Toewijzing`, getoetst met
:func:`~passend_toewijzen.toets.toets_toewijzing` en geteld in een
:class:`~passend_toewijzen.verantwoording.Telling`, waarvan
:func:`~passend_toewijzen.verantwoording.maak_verslag` het verslag maakt.

De namen van de cijfers (zie :data:`CIJFERS` voor de omschrijvingen):

* ``vacatures``, ``verhuringen``, ``onverhuurd``, ``via.<rangorde|loting|direct>``;
* per doelgroep (``passende_groep``, ``doelgroep``, ``boven_doelgroep``, ``alle``):
  ``zoekers.<d>``, ``gehuisvest.<d>``, ``vertrokken.<d>``, ``slaagkans.<d>`` en
  ``zoekduur.<d>`` (de mediane zoekduur in jaren van wie een woning kreeg);
* ``verdringing.<huurklasse>.<d>``: het deel van de verhuringen in een huurklasse dat naar een
  doelgroep ging;
* per jaar ``verantwoording.<jaar>.passend`` en ``.daeb`` (het aandeel) en ``.passend_gehaald`` /
  ``.daeb_gehaald`` (1 als de norm is gehaald, 0 als niet; het gemiddelde is het deel van de
  herhalingen waarin de norm werd gehaald).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.modellen import Huishouden, Toewijzing, Woning
from passend_toewijzen.monitor.doelgroepen import huishouden_van_zoeker
from passend_toewijzen.monitor.meting import Verhuring, kerncijfers
from passend_toewijzen.simulatie.motor import HUURKLASSEN, VIA, Herhaling, Voorbereiding
from passend_toewijzen.simulatie.scenario import DOELGROEPEN, PASSENDE_GROEP
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.verantwoording.telling import Telling
from passend_toewijzen.verantwoording.verslag import maak_verslag

__all__ = ["ALLE", "INKOMENSGROEPEN", "Meting", "Verhuurrij", "inkomensgroep", "meet"]

ALLE = "alle"
INKOMENSGROEPEN: tuple[str, ...] = (
    PASSENDE_GROEP,
    *(d for d in DOELGROEPEN if not d.startswith("passend_")),
)
"""De inkomensgroepen van de verdringing: de passende groep, de DAEB-doelgroep daarboven, de
middeninkomens, de hogere inkomens en onbepaald."""


class Verhuurrij(NamedTuple):
    """Een gesimuleerde verhuring als rij van het toewijzingenbestand (kolomnaam, waarde)."""

    waarden: tuple[tuple[str, str], ...]


class Meting(NamedTuple):
    """De cijfers van één herhaling, en (desgewenst) haar verhuringen als rijen."""

    herhaling: int
    cijfers: dict[str, Fraction | None]
    rijen: tuple[Verhuurrij, ...] | None


def inkomensgroep(doelgroep: str) -> str:
    """De grove inkomensgroep van een doelgroep (voor de verdringing): de vier passende groepen
    samen als ``passende_groep``, de andere zoals zij zijn."""
    return PASSENDE_GROEP if doelgroep.startswith("passend_") else doelgroep


def _aandeel(teller: int, noemer: int) -> Fraction | None:
    return Fraction(teller, noemer) if noemer else None


def _bedrag(waarde: Decimal) -> str:
    return format(waarde, "f")


def meet(  # noqa: PLR0915
    v: Voorbereiding,
    h: Herhaling,
    *,
    corporatie: str,
    met_rijen: bool = False,
) -> Meting:
    """De cijfers van herhaling ``h`` van scenario ``v``; met ``met_rijen`` ook de verhuringen."""
    cijfers: dict[str, Fraction | None] = {}
    n = len(h.profiel)
    eerste_periode = [v.periode_van_maand[m] for m in h.eerste_maand]
    doelgroep = [v.doelgroep[eerste_periode[z]][h.profiel[z]] for z in range(n)]

    cijfers["vacatures"] = Fraction(h.vacatures)
    cijfers["verhuringen"] = Fraction(len(h.verhuringen))
    cijfers["onverhuurd"] = Fraction(h.vacatures - len(h.verhuringen))
    via = Counter(r.via for r in h.verhuringen)
    for naam in VIA:
        cijfers[f"via.{naam}"] = Fraction(via[naam])

    n0 = len(v.zoekers)
    monitorrijen: list[Verhuring] = []
    for r in h.verhuringen:
        datum = v.maanden[r.maand]
        w = v.woningen[r.woning]
        bron = h.profiel[r.zoeker]
        zoekdatum = (
            v.zoekers[bron].zoekdatum if r.zoeker < n0 else v.maanden[h.eerste_maand[r.zoeker]]
        )
        monitorrijen.append(
            Verhuring(
                id=str(r.zoeker),
                toewijzingsdatum=datum,
                huuringangsdatum=datum,
                gemeente=w.gemeente,
                doelgroep=DOELGROEPEN[doelgroep[r.zoeker]],
                wijk=w.wijk,
                kern=w.kern,
                inschrijfdatum=_inschrijfdatum(v, h, r.zoeker),
                zoekdatum=zoekdatum,
            )
        )
    zoekers = Counter(doelgroep)
    vertrokken = Counter(doelgroep[z] for z in range(n) if h.vertrokken[z] >= 0)
    for i, naam in enumerate((*DOELGROEPEN, ALLE)):
        if naam == ALLE:
            rijen_d = monitorrijen
            z_n, v_n = n, sum(vertrokken.values())
        else:
            rijen_d = [m for m in monitorrijen if m.doelgroep == naam]
            z_n, v_n = zoekers[i], vertrokken[i]
        kern = kerncijfers(rijen_d, z_n)
        cijfers[f"zoekers.{naam}"] = Fraction(z_n)
        cijfers[f"verhuringen.{naam}"] = Fraction(kern.verhuringen)
        cijfers[f"vertrokken.{naam}"] = Fraction(v_n)
        cijfers[f"slaagkans.{naam}"] = kern.slaagkans
        cijfers[f"zoekduur.{naam}"] = kern.zoekduur.mediaan
        cijfers[f"inschrijfduur.{naam}"] = kern.inschrijfduur.mediaan

    per_klasse: Counter[tuple[int, str]] = Counter()
    for r in h.verhuringen:
        hk_r = v.huurklasse[v.periode_van_maand[r.maand]][r.woning]
        per_klasse[(hk_r, inkomensgroep(DOELGROEPEN[doelgroep[r.zoeker]]))] += 1
    for hk_i, hk in enumerate(HUURKLASSEN):
        totaal = sum(per_klasse[(hk_i, g)] for g in INKOMENSGROEPEN)
        cijfers[f"verhuringen_in.{hk.value}"] = Fraction(totaal)
        for g in INKOMENSGROEPEN:
            cijfers[f"verdringing.{hk.value}.{g}"] = _aandeel(per_klasse[(hk_i, g)], totaal)

    toewijzingen, rijen = _toewijzingen(v, h, corporatie=corporatie, met_rijen=met_rijen)
    jaren = sorted({m.year for m in v.maanden})
    telling = Telling()
    for nummer, t in enumerate(toewijzingen, start=1):
        uitkomst = toets_toewijzing(t, strikt=False, uitleg=False)
        telling.tel("simulatie", nummer, corporatie, uitkomst)
    for jaar in jaren:
        verslag = maak_verslag(telling, jaar, corporatie=corporatie)
        passend = verslag.passend_toets
        daeb = verslag.daeb_toetsen[0] if verslag.daeb_toetsen else None
        for naam, toets in (("passend", passend), ("daeb", daeb)):
            sleutel = f"verantwoording.{jaar}.{naam}"
            cijfers[sleutel] = None if toets is None else toets.aandeel
            gehaald = None if toets is None else toets.voldoet
            cijfers[f"{sleutel}_gehaald"] = None if gehaald is None else Fraction(int(gehaald))
            cijfers[f"{sleutel}_onbepaald"] = None if toets is None else Fraction(toets.onbepaald)
    return Meting(h.herhaling, cijfers, rijen)


def _toewijzingen(
    v: Voorbereiding, h: Herhaling, *, corporatie: str, met_rijen: bool
) -> tuple[list[Toewijzing], tuple[Verhuurrij, ...] | None]:
    woningen: dict[int, Woning] = {}
    huishoudens: dict[int, Huishouden] = {}
    uit: list[Toewijzing] = []
    rijen: list[Verhuurrij] = []

    def maak_id(i: int) -> str:
        return f"{v.scenario}-{h.herhaling:04d}-{i:06d}"

    for i, r in enumerate(h.verhuringen, start=1):
        w = v.woningen[r.woning]
        woning = woningen.get(r.woning)
        if woning is None:
            woning = Woning(
                id=w.woning_id,
                kale_huur=w.kale_huur,
                soort=w.woningsoort,
                daeb=w.daeb,
                gemeente=w.gemeente,
                kern=w.kern,
                wijk=w.wijk,
            )
            woningen[r.woning] = woning
        bron = h.profiel[r.zoeker]
        zoeker = v.zoekers[bron]
        huishouden = huishoudens.get(bron)
        if huishouden is None:
            huishouden = huishouden_van_zoeker(zoeker)
            huishoudens[bron] = huishouden
        datum: date = v.maanden[r.maand]
        urgent = r.via == "direct"
        uit.append(
            Toewijzing(
                huishouden=huishouden,
                woning=woning,
                toewijzingsdatum=datum,
                huuringangsdatum=datum,
                id=maak_id(i),
                urgentie=urgent,
            )
        )
        if met_rijen:
            inkomen = zoeker.huishoudinkomen
            rijen.append(
                Verhuurrij(
                    (
                        ("toewijzing_id", maak_id(i)),
                        ("huuringangsdatum", datum.isoformat()),
                        ("toewijzingsdatum", datum.isoformat()),
                        ("corporatie", corporatie),
                        ("gemeente", w.gemeente),
                        ("kern", w.kern or ""),
                        ("wijk", w.wijk or ""),
                        ("woning_id", w.woning_id),
                        ("kale_huur", _bedrag(w.kale_huur)),
                        ("woningsoort", w.woningsoort.value),
                        ("daeb", "ja" if w.daeb else "nee"),
                        ("aantal_personen", str(zoeker.aantal_personen)),
                        ("huishoudinkomen", "" if inkomen is None else _bedrag(inkomen)),
                        ("aow_huishouden", "ja" if zoeker.aow_huishouden else "nee"),
                        ("urgentie", "ja" if urgent else "nee"),
                        ("vergunninghouders", _vlag(zoeker, BijzondereDoelgroep.STATUSHOUDERS)),
                        ("studenten", _vlag(zoeker, BijzondereDoelgroep.STUDENTEN)),
                        ("inschrijfdatum", _inschrijfdatum(v, h, r.zoeker).isoformat()),
                        ("zoekdatum", _zoekdatum(v, h, r.zoeker)),
                        ("bijzondere_doelgroep", _codes(zoeker, urgent)),
                    )
                )
            )
    return uit, (tuple(rijen) if met_rijen else None)


def _inschrijfdatum(v: Voorbereiding, h: Herhaling, zoeker: int) -> date:
    n0 = len(v.zoekers)
    if zoeker < n0:
        return v.zoekers[zoeker].inschrijfdatum
    return v.maanden[h.eerste_maand[zoeker]]


def _zoekdatum(v: Voorbereiding, h: Herhaling, zoeker: int) -> str:
    if zoeker < len(v.zoekers):
        datum = v.zoekers[zoeker].zoekdatum
        return "" if datum is None else datum.isoformat()
    return v.maanden[h.eerste_maand[zoeker]].isoformat()


def _codes(zoeker: Woningzoekende, urgent: bool) -> str:
    codes = {c.value for c in zoeker.bijzondere_doelgroepen}
    if urgent:
        codes.add(BijzondereDoelgroep.DIRECT_BEMIDDELD.value)
    return "|".join(sorted(codes))


def _vlag(zoeker: Woningzoekende, groep: BijzondereDoelgroep) -> str:
    return "ja" if groep in zoeker.bijzondere_doelgroepen else "nee"
