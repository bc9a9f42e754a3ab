"""Het beleidslab: een of meer scenario's doorrekenen over dezelfde voorraad en woningzoekenden.

:func:`simuleer` bereidt elk scenario één keer voor (huur bij mutatie, klassen, rangen) en draait
dan ``herhalingen`` herhalingen. Herhaling *i* gebruikt in elk scenario dezelfde toevalsstromen
(dezelfde vacatures, dezelfde instroom), zodat het verschil tussen scenario's per herhaling het
effect van het beleid is en niet van het toeval. De herhalingen zijn onafhankelijk: met
``processen`` > 1 draaien ze verdeeld over processen (:mod:`concurrent.futures`), met precies
dezelfde uitkomst als na elkaar.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import NamedTuple

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen.beleid import Beleid
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.simulatie.huur import woningen_van
from passend_toewijzen.simulatie.meten import Meting, meet
from passend_toewijzen.simulatie.motor import Voorbereiding, bereid_voor, draai, maanden_van
from passend_toewijzen.simulatie.scenario import Scenario

__all__ = ["Labuitkomst", "beginzoekers", "simuleer"]

MAX_HERHALINGEN = 10_000


class Labuitkomst(NamedTuple):
    """De uitkomst van het lab: per scenario de metingen van alle herhalingen."""

    scenarios: tuple[Scenario, ...]
    jaren: tuple[int, ...]
    herhalingen: int
    zaad: int
    metingen: tuple[tuple[Meting, ...], ...]
    """Per scenario (in volgorde) de metingen, op volgorde van herhaling."""
    woningen: int
    zoekers: int
    """Het aantal woningzoekenden dat aan het begin zoekt."""
    zoekers_niet_actief: int
    """Woningzoekenden uit het bestand die in de peilperiode niet actief waren (niet gebruikt)."""
    peilperiode: tuple[date, date]
    woningfouten: tuple[tuple[Rijfout, ...], ...] = ()
    """Per scenario de woningen die afvielen omdat hun maximale huur niet te bepalen was."""


def beginzoekers(
    zoekers: Sequence[Woningzoekende], begin: date, peilperiode: tuple[date, date] | None = None
) -> tuple[tuple[Woningzoekende, ...], int, tuple[date, date]]:
    """De woningzoekenden die bij ``begin`` zoeken: ingeschreven vóór ``begin`` en actief in de
    peilperiode (standaard het kalenderjaar vóór ``begin``). Geeft ook het aantal niet-actieven."""
    if peilperiode is None:
        peilperiode = (date(begin.year - 1, 1, 1), date(begin.year - 1, 12, 31))
    van, tot = peilperiode
    actief = tuple(z for z in zoekers if z.inschrijfdatum < begin and z.is_actief(van, tot))
    return actief, len(zoekers) - len(actief), peilperiode


_WERK: tuple[tuple[Voorbereiding, ...], int, str, bool] | None = None


def _start(werk: tuple[tuple[Voorbereiding, ...], int, str, bool]) -> None:
    global _WERK  # noqa: PLW0603 - per werkproces één keer gezet
    _WERK = werk


@eigen_context
def _herhaling(index: int) -> tuple[Meting, ...]:
    assert _WERK is not None  # noqa: S101
    voorbereidingen, zaad, corporatie, met_rijen = _WERK
    return tuple(
        meet(v, draai(v, zaad, index), corporatie=corporatie, met_rijen=met_rijen and index == 1)
        for v in voorbereidingen
    )


@eigen_context
def simuleer(
    scenarios: Sequence[Scenario],
    voorraad: Sequence[Voorraadwoning],
    zoekers: Sequence[Woningzoekende],
    jaren: Sequence[int],
    *,
    herhalingen: int = 50,
    zaad: int = 1,
    processen: int = 1,
    corporatie: str = "simulatie",
    beleid: Beleid | None = None,
    met_toewijzingen: bool = False,
    peilperiode: tuple[date, date] | None = None,
) -> Labuitkomst:
    """Reken de scenario's door over ``jaren`` met ``herhalingen`` herhalingen.

    ``met_toewijzingen``: bewaar de verhuringen van herhaling 1 van elk scenario als rijen van
    het toewijzingenbestand (voor ``--toewijzingen-uit``). Zie :func:`beginzoekers` voor
    ``peilperiode``.
    """
    if not scenarios:
        msg = "geef ten minste één scenario"
        raise ValueError(msg)
    namen = [s.naam for s in scenarios]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    if dubbel:
        msg = f"scenario's hebben elk een eigen naam; dubbel: {', '.join(dubbel)}"
        raise ValueError(msg)
    if not 1 <= herhalingen <= MAX_HERHALINGEN:
        msg = f"herhalingen: kies 1 tot en met {MAX_HERHALINGEN}"
        raise ValueError(msg)
    if processen < 1:
        msg = "processen: ten minste 1"
        raise ValueError(msg)
    maanden = maanden_van(jaren)
    begin = maanden[0]
    actief, niet_actief, peil = beginzoekers(zoekers, begin, peilperiode)
    voorbereidingen: list[Voorbereiding] = []
    woningfouten: list[tuple[Rijfout, ...]] = []
    for s in scenarios:
        woningen, fouten = woningen_van(s, voorraad, begin)
        woningfouten.append(tuple(fouten))
        voorbereidingen.append(bereid_voor(s, woningen, actief, jaren, beleid=beleid))
    werk = (tuple(voorbereidingen), zaad, corporatie, met_toewijzingen)
    indices = range(1, herhalingen + 1)
    if processen == 1 or herhalingen == 1:
        _start(werk)
        try:
            per_herhaling = [_herhaling(i) for i in indices]
        finally:
            _start(None)  # type: ignore[arg-type]
    else:
        with ProcessPoolExecutor(
            max_workers=min(processen, herhalingen), initializer=_start, initargs=(werk,)
        ) as pool:
            per_herhaling = list(pool.map(_herhaling, indices, chunksize=1))
    metingen = tuple(tuple(h[i] for h in per_herhaling) for i in range(len(scenarios)))
    return Labuitkomst(
        scenarios=tuple(scenarios),
        jaren=tuple(sorted(jaren)),
        herhalingen=herhalingen,
        zaad=zaad,
        metingen=metingen,
        woningen=len(voorraad),
        zoekers=len(actief),
        zoekers_niet_actief=niet_actief,
        peilperiode=peil,
        woningfouten=tuple(woningfouten),
    )
