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
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning
from passend_toewijzen.simulatie.motor import HUURKLASSEN, VIA, Herhaling, Voorbereiding
from passend_toewijzen.simulatie.scenario import DOELGROEPEN
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.verantwoording.telling import Telling
from passend_toewijzen.verantwoording.verslag import maak_verslag

__all__ = ["DAGEN_PER_JAAR", "Meting", "Verhuurrij", "meet"]

DAGEN_PER_JAAR = Fraction(36525, 100)
"""De gemiddelde lengte van een jaar in dagen (voor de zoekduur in jaren)."""

ALLE = "alle"


class Verhuurrij(NamedTuple):
    """Een gesimuleerde verhuring als rij van het toewijzingenbestand (kolomnaam, waarde)."""

    waarden: tuple[tuple[str, str], ...]


class Meting(NamedTuple):
    """De cijfers van één herhaling, en (desgewenst) haar verhuringen als rijen."""

    herhaling: int
    cijfers: dict[str, Fraction | None]
    rijen: tuple[Verhuurrij, ...] | None


def _mediaan(waarden: list[int]) -> Fraction | None:
    """De mediaan (bij een even aantal het gemiddelde van de middelste twee), exact."""
    if not waarden:
        return None
    waarden = sorted(waarden)
    n = len(waarden)
    if n % 2:
        return Fraction(waarden[n // 2])
    return Fraction(waarden[n // 2 - 1] + waarden[n // 2], 2)


def _aandeel(teller: int, noemer: int) -> Fraction | None:
    return Fraction(teller, noemer) if noemer else None


_PERSONEN: dict[int, tuple[Persoon, ...]] = {}


def _personen(aantal: int) -> tuple[Persoon, ...]:
    gevonden = _PERSONEN.get(aantal)
    if gevonden is None:
        eerste = Persoon(rol=Rol.AANVRAGER)
        gevonden = (eerste,) + (Persoon(rol=Rol.MEDEBEWONER),) * (aantal - 1)
        _PERSONEN[aantal] = gevonden
    return gevonden


def _bedrag(waarde: Decimal) -> str:
    return format(waarde, "f")


def meet(
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
    gehuisvest: dict[int, int] = {r.zoeker: r.maand for r in h.verhuringen}

    cijfers["vacatures"] = Fraction(h.vacatures)
    cijfers["verhuringen"] = Fraction(len(h.verhuringen))
    cijfers["onverhuurd"] = Fraction(h.vacatures - len(h.verhuringen))
    via = Counter(r.via for r in h.verhuringen)
    for naam in VIA:
        cijfers[f"via.{naam}"] = Fraction(via[naam])

    zoekers = Counter(doelgroep)
    huisvest = Counter(doelgroep[z] for z in gehuisvest)
    vertrokken = Counter(doelgroep[z] for z in range(n) if h.vertrokken[z] >= 0)
    duur: dict[int, list[int]] = {i: [] for i in range(len(DOELGROEPEN))}
    for r in h.verhuringen:
        dagen = (v.maanden[r.maand] - h.startdatum[r.zoeker]).days
        duur[doelgroep[r.zoeker]].append(max(dagen, 0))
    for i, naam in enumerate((*DOELGROEPEN, ALLE)):
        if naam == ALLE:
            z_n, g_n, v_n = n, len(gehuisvest), sum(vertrokken.values())
            d = [x for lijst in duur.values() for x in lijst]
        else:
            z_n, g_n, v_n, d = zoekers[i], huisvest[i], vertrokken[i], duur[i]
        cijfers[f"zoekers.{naam}"] = Fraction(z_n)
        cijfers[f"gehuisvest.{naam}"] = Fraction(g_n)
        cijfers[f"vertrokken.{naam}"] = Fraction(v_n)
        cijfers[f"slaagkans.{naam}"] = _aandeel(g_n, z_n)
        mediaan = _mediaan(d)
        cijfers[f"zoekduur.{naam}"] = None if mediaan is None else mediaan / DAGEN_PER_JAAR

    per_klasse: Counter[tuple[int, int]] = Counter()
    for r in h.verhuringen:
        hk = v.huurklasse[v.periode_van_maand[r.maand]][r.woning]
        per_klasse[(hk, doelgroep[r.zoeker])] += 1
    for hk_i, hk in enumerate(HUURKLASSEN):
        totaal = sum(per_klasse[(hk_i, d)] for d in range(len(DOELGROEPEN)))
        for d_i, naam in enumerate(DOELGROEPEN):
            cijfers[f"verdringing.{hk.value}.{naam}"] = _aandeel(per_klasse[(hk_i, d_i)], totaal)

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
    return Meting(h.herhaling, cijfers, rijen)


def _toewijzingen(
    v: Voorbereiding, h: Herhaling, *, corporatie: str, met_rijen: bool
) -> tuple[list[Toewijzing], tuple[Verhuurrij, ...] | None]:
    woningen: dict[int, Woning] = {}
    huishoudens: dict[int, Huishouden] = {}
    n0 = len(v.zoekers)
    uit: list[Toewijzing] = []
    rijen: list[Verhuurrij] = []
    maak_id: Callable[[int], str] = lambda i: f"{v.scenario}-{h.herhaling:04d}-{i:06d}"  # noqa: E731
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
            huishouden = Huishouden(
                personen=_personen(zoeker.aantal_personen),
                vastgesteld_inkomen=zoeker.huishoudinkomen,
                aow_huishouden=zoeker.aow_huishouden,
            )
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
            zid = zoeker.zoeker_id if r.zoeker < n0 else h.nieuwe_ids[r.zoeker - n0]
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
                        ("zoeker_id", zid),
                        ("inschrijfdatum", _inschrijfdatum(v, h, r.zoeker).isoformat()),
                        ("toewijzingswijze", r.via),
                    )
                )
            )
    return uit, (tuple(rijen) if met_rijen else None)


def _inschrijfdatum(v: Voorbereiding, h: Herhaling, zoeker: int) -> date:
    n0 = len(v.zoekers)
    if zoeker < n0:
        return v.zoekers[zoeker].inschrijfdatum
    return v.maanden[h.eerste_maand[zoeker]]
