"""De rekenkern van het beleidslab: één herhaling van een periode van toewijzen onder een scenario.

Het model, maand voor maand (elke maand begint op de eerste dag; alle datums van die maand zijn die
eerste dag):

1. **Instroom.** Er schrijven zich ``nieuwe_inschrijvingen_per_maand`` zoekers in; elk neemt het
   profiel (omvang, inkomen, AOW) van een willekeurige zoeker uit het bestand over.
2. **Vacatures.** Elke woning komt per jaar vrij met haar mutatiekans, in een willekeurige maand,
   hoogstens één keer per jaar (de nieuwe huurder blijft). De trekkingen hangen niet af van het
   beleid: in herhaling *i* komen in elk scenario dezelfde woningen in dezelfde maand vrij, in
   dezelfde volgorde (gepaarde vergelijking).
3. **Toewijzen.** Elke vacature krijgt de huur van het scenario. Met kans ``aandeel_direct`` gaat
   zij buiten de rangorde naar een willekeurige zoeker die mag reageren (urgent of direct
   bemiddeld; altijd aanvaard). Anders ontstaat de rangorde van de huur-inkomenstabel: eerst de
   zoekers met voorrang, dan de toegestane; binnen elke groep de vroegste inschrijfdatum (of
   zoekdatum) eerst, bij gelijke datum het zoeker-id — bij loting (kans ``aandeel_loting``)
   binnen elke groep een willekeurige volgorde. Langs die rangorde reageert elke zoeker met kans
   ``reactiekans`` (tenzij hij deze maand al ``max_reacties_per_maand`` keer reageerde); wie
   reageert, krijgt de woning aangeboden en aanvaardt haar met de acceptatiekans. De eerste die
   aanvaardt, krijgt de woning. Aanvaardt niemand, dan blijft de woning deze periode onverhuurd.
4. **Uitstroom.** Aan het eind van elke maand vertrekt elke zoeker zonder woning met kans
   ``vertrekkans_per_maand``.

Toevalsgetallen komen uit :class:`random.Random` (Mersenne Twister, op elke machine gelijk),
per herhaling en per stroom (vacatures, bevolking, toewijzing) gezaaid met een SHA-256 van
(zaad, herhaling, stroom). Er hangt niets af van de volgorde van een ``set`` of ``dict``-hash.
"""

from __future__ import annotations

import hashlib
import random
from bisect import bisect_right, insort
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from heapq import heapify, heappop, heapreplace
from itertools import accumulate
from typing import NamedTuple

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.invoer.doelgroepcodes import BijzondereDoelgroep
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.modellen import Woning, Woningsoort
from passend_toewijzen.monitor.doelgroepen import Doelgroepindeling, huishouden_van_zoeker
from passend_toewijzen.regels.huurklasse import Huurklasse, bepaal_huurklasse
from passend_toewijzen.simulatie.gegevens import Simwoning
from passend_toewijzen.simulatie.geschiktheid import Opzoektabel
from passend_toewijzen.simulatie.scenario import DOELGROEPEN, PASSENDE_GROEP, Scenario
from passend_toewijzen.tabellen.beoordelen import beoordeel
from passend_toewijzen.tabellen.model import Cel

__all__ = [
    "HUURKLASSEN",
    "VIA",
    "Herhaling",
    "Verhuring",
    "Voorbereiding",
    "bereid_voor",
    "draai",
    "maanden_van",
    "zaad_van",
]

HUURKLASSEN: tuple[Huurklasse, ...] = tuple(Huurklasse)
VIA = ("rangorde", "loting", "direct")
"""Hoe een woning is verhuurd: langs de rangorde, door loting, of direct (buiten de rangorde)."""

_MAX_MISSERS = 32
"""Na zoveel missers op rij trekt de loting de overgebleven zoekers in één keer."""
_VOORRANG = Cel.VOORRANG
_UITGESLOTEN = Cel.UITGESLOTEN


def zaad_van(zaad: int, herhaling: int, stroom: str) -> int:
    """Het zaad van één stroom toevalsgetallen in één herhaling (onafhankelijk van het platform)."""
    digest = hashlib.sha256(f"{zaad}/{herhaling}/{stroom}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def maanden_van(jaren: Sequence[int]) -> tuple[date, ...]:
    """De eerste dag van elke maand van de opeenvolgende ``jaren``."""
    lijst = sorted(jaren)
    if not lijst or lijst != list(range(lijst[0], lijst[0] + len(lijst))):
        msg = "jaren: geef een of meer opeenvolgende jaren"
        raise ValueError(msg)
    return tuple(date(j, m, 1) for j in lijst for m in range(1, 13))


class Voorbereiding(NamedTuple):
    """Alles wat een herhaling nodig heeft, één keer per scenario berekend (te pickelen)."""

    scenario: str
    maanden: tuple[date, ...]
    periode_van_maand: tuple[int, ...]
    woningen: tuple[Simwoning, ...]
    mutatiekansen: tuple[float, ...]
    zoekers: tuple[Woningzoekende, ...]
    klasse: tuple[tuple[int, ...], ...]
    """Per periode, per zoeker (profiel): de klasse (inkomensgroep en omvang)."""
    doelgroep: tuple[tuple[int, ...], ...]
    """Per periode, per zoeker: de index in :data:`~.scenario.DOELGROEPEN`."""
    klassen: tuple[int, ...]
    """Per periode het aantal klassen."""
    rangen: tuple[tuple[tuple[tuple[int, ...], tuple[int, ...]], ...], ...]
    """Per periode, per woning: de klassen met voorrang en de toegestane klassen."""
    huurklasse: tuple[tuple[int, ...], ...]
    """Per periode, per woning: de index in :data:`HUURKLASSEN`."""
    acceptatie: tuple[tuple[float, ...], ...]
    """Per huurklasse, per doelgroep: de kans dat een aanbieding wordt aanvaard."""
    reactiekans: float
    loting: float
    direct: float
    max_reacties: int | None
    instroom: int
    vertrek: tuple[float, ...]
    """``vertrek[k-1]``: de kans dat een zoeker binnen ``k`` maanden vertrekt."""
    op_zoekdatum: bool


def _kans(waarde: object) -> Fraction:
    return Fraction(str(waarde))


def _acceptatiekans(scenario: Scenario, huurklasse: Huurklasse, doelgroep: str) -> float:
    """De kans dat een aanbieding wordt aanvaard (zie :class:`~.scenario.Acceptatie`)."""
    acc = scenario.acceptatie
    basis = _kans(acc.kans)
    per_dg = acc.per_doelgroep
    k_hk = _kans(acc.per_huurklasse.get(huurklasse, acc.kans))
    if doelgroep in per_dg:
        k_dg = _kans(per_dg[doelgroep])
    elif doelgroep.startswith("passend_") and PASSENDE_GROEP in per_dg:
        k_dg = _kans(per_dg[PASSENDE_GROEP])
    else:
        k_dg = basis
    kans = k_hk * k_dg / basis if basis else Fraction(0)
    return float(min(kans, Fraction(1)))


def _vrijstelling_mogelijk(zoeker: Woningzoekende) -> bool:
    groepen = zoeker.bijzondere_doelgroepen
    return BijzondereDoelgroep.STATUSHOUDERS in groepen or BijzondereDoelgroep.STUDENTEN in groepen


def bereid_voor(  # noqa: PLR0915
    scenario: Scenario,
    woningen: Sequence[Simwoning],
    zoekers: Sequence[Woningzoekende],
    jaren: Sequence[int],
    *,
    beleid: Beleid | None = None,
) -> Voorbereiding:
    """Bereken alles wat per scenario vastligt: klassen, rangen per woning, kansen.

    ``woningen`` hebben al de huur van het scenario (zie :mod:`.huur`); ``zoekers`` zijn de
    woningzoekenden die aan het begin van de periode zoeken. Een datum buiten de geldigheid van
    de tabel of de dekking van de parameters is een fout met de periode.
    """
    maanden = maanden_van(jaren)
    if not zoekers:
        msg = "woningzoekenden: er is geen enkele actieve woningzoekende om mee te rekenen"
        raise ValueError(msg)
    indeling = Doelgroepindeling(beleid=beleid)
    doelgroepindex = {naam: i for i, naam in enumerate(DOELGROEPEN)}
    perioden: list[Opzoektabel] = []
    sleutels: list[str] = []
    periode_van_maand: list[int] = []
    for maand in maanden:
        opzoek = Opzoektabel(scenario.tabel, maand, beleid=beleid)
        sleutel = opzoek.parameters.data_hash
        if sleutel not in sleutels:
            sleutels.append(sleutel)
            perioden.append(opzoek)
        periode_van_maand.append(sleutels.index(sleutel))

    klasse: list[tuple[int, ...]] = []
    doelgroep: list[tuple[int, ...]] = []
    klassen: list[int] = []
    rangen: list[tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]] = []
    huurklasse: list[tuple[int, ...]] = []
    groepindex = {g.naam: i for i, g in enumerate(scenario.tabel.inkomensgroepen)}
    for opzoek in perioden:
        ids: dict[tuple[int, int], int] = {}
        per_zoeker: list[int] = []
        per_doelgroep: list[int] = []
        referentie: Woning | None = None
        for z in zoekers:
            huishouden = huishouden_van_zoeker(z)
            if _vrijstelling_mogelijk(z):
                # een vrijstelling van de inkomenstoets hangt af van het hele huishouden: de
                # tabel zelf beslist (dezelfde uitkomst, langzamer, voor weinig zoekers)
                if referentie is None:
                    referentie = _referentiewoning(opzoek)
                oordeel = beoordeel(
                    referentie, huishouden, scenario.tabel, opzoek.datum, beleid=beleid
                )
                groep = groepindex[oordeel.inkomensgroep]
            else:
                groep = opzoek.groep(z.aantal_personen, z.aow_huishouden, z.huishoudinkomen)
            per_zoeker.append(ids.setdefault((groep, z.aantal_personen), len(ids)))
            naam = indeling.van_huishouden(huishouden, opzoek.datum).naam
            per_doelgroep.append(doelgroepindex[naam])
        klasse.append(tuple(per_zoeker))
        doelgroep.append(tuple(per_doelgroep))
        klassen.append(len(ids))
        lijst = sorted(ids.items(), key=lambda item: item[1])
        cache: dict[Decimal, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        per_woning: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        per_woning_klasse: list[int] = []
        for w in woningen:
            rang = cache.get(w.kale_huur)
            if rang is None:
                voor: list[int] = []
                toe: list[int] = []
                for (groep, personen), kid in lijst:
                    cel = opzoek.cel(groep, opzoek.band(w.kale_huur, personen))
                    if cel is _VOORRANG:
                        voor.append(kid)
                    elif cel is not _UITGESLOTEN:
                        toe.append(kid)
                rang = (tuple(voor), tuple(toe))
                cache[w.kale_huur] = rang
            per_woning.append(rang)
            indeling_hk = bepaal_huurklasse(w.kale_huur, opzoek.parameters)
            per_woning_klasse.append(HUURKLASSEN.index(indeling_hk.klasse))
        rangen.append(tuple(per_woning))
        huurklasse.append(tuple(per_woning_klasse))

    acceptatie = tuple(
        tuple(_acceptatiekans(scenario, hk, dg) for dg in DOELGROEPEN) for hk in HUURKLASSEN
    )
    standaard = scenario.mutatiekans
    kansen: list[float] = []
    for w in woningen:
        kans_w = w.mutatiekans if w.mutatiekans is not None else standaard
        if kans_w is None:
            msg = (
                f"mutatiekans: woning {w.woning_id} heeft geen mutatiekans in de voorraad en het "
                f"scenario {scenario.naam!r} geeft er geen ([mutatie] mutatiekans)"
            )
            raise ValueError(msg)
        kansen.append(float(min(_kans(kans_w), Fraction(1))))

    blijf = 1 - _kans(scenario.bevolking.vertrekkans_per_maand)
    vertrek = tuple(float(1 - blijf**k) for k in range(1, len(maanden) + 1))
    regels = scenario.toewijzing
    return Voorbereiding(
        scenario=scenario.naam,
        maanden=maanden,
        periode_van_maand=tuple(periode_van_maand),
        woningen=tuple(woningen),
        mutatiekansen=tuple(kansen),
        zoekers=tuple(zoekers),
        klasse=tuple(klasse),
        doelgroep=tuple(doelgroep),
        klassen=tuple(klassen),
        rangen=tuple(rangen),
        huurklasse=tuple(huurklasse),
        acceptatie=acceptatie,
        reactiekans=float(_kans(regels.reactiekans)),
        loting=float(_kans(regels.aandeel_loting)),
        direct=float(_kans(regels.aandeel_direct)),
        max_reacties=regels.max_reacties_per_maand,
        instroom=scenario.bevolking.nieuwe_inschrijvingen_per_maand,
        vertrek=vertrek,
        op_zoekdatum=regels.volgorde == "zoekduur",
    )


def _referentiewoning(opzoek: Opzoektabel) -> Woning:
    """Een woning om alleen de inkomensgroep te laten bepalen (de huurband doet er niet toe)."""
    return Woning(
        id="referentie",
        kale_huur=opzoek.parameters.bedrag("aftoppingsgrens_laag"),
        soort=Woningsoort.ZELFSTANDIG,
        daeb=True,
        gemeente="referentie",
    )


class Verhuring(NamedTuple):
    """Eén gesimuleerde verhuring."""

    maand: int
    """Index in ``Voorbereiding.maanden``."""
    woning: int
    zoeker: int
    """Index van de zoeker in de herhaling (eerst die uit het bestand, dan de nieuwe)."""
    via: str


class Herhaling(NamedTuple):
    """De ruwe uitkomst van één herhaling."""

    herhaling: int
    vacatures: int
    verhuringen: tuple[Verhuring, ...]
    profiel: tuple[int, ...]
    """Per zoeker het profiel (de index van de zoeker uit het bestand waarvan hij de gegevens
    heeft)."""
    eerste_maand: tuple[int, ...]
    """Per zoeker de eerste maand waarin hij zocht."""
    vertrokken: tuple[int, ...]
    """Per zoeker de maand waarin hij vertrok zonder woning (-1: niet vertrokken)."""
    nieuwe_ids: tuple[str, ...]
    """De kenmerken van de nieuwe zoekers (index ``len(zoekers) + i``)."""
    startdatum: tuple[date, ...]
    """Per zoeker de datum vanaf waar de zoekduur telt (zoekdatum, anders inschrijfdatum)."""


def _trek_vacatures(v: Voorbereiding, rng: random.Random) -> list[list[int]]:
    """Per maand de woningen die vrijkomen, in de volgorde waarin zij worden verhuurd.

    Voor elke woning en elk jaar worden altijd drie getallen getrokken (vrijkomen, maand,
    volgorde), zodat een hogere mutatiekans een overzet van dezelfde vacatures geeft.
    """
    per_maand: list[list[tuple[float, int]]] = [[] for _ in v.maanden]
    jaren = len(v.maanden) // 12
    for jaar in range(jaren):
        for w, kans in enumerate(v.mutatiekansen):
            u = rng.random()
            maand = rng.randrange(12)
            volgorde = rng.random()
            if u < kans:
                per_maand[jaar * 12 + maand].append((volgorde, w))
    return [[w for _, w in sorted(lijst)] for lijst in per_maand]


def draai(v: Voorbereiding, zaad: int, herhaling: int) -> Herhaling:  # noqa: PLR0915 - één lus, voor de snelheid
    """Eén herhaling van de periode; dezelfde invoer en hetzelfde zaad geven dezelfde uitkomst."""
    # simulatie, geen cryptografie: Mersenne Twister is herhaalbaar op elke machine
    rng_vac = random.Random(zaad_van(zaad, herhaling, "vacatures"))  # noqa: S311
    rng_bev = random.Random(zaad_van(zaad, herhaling, "bevolking"))  # noqa: S311
    rng = random.Random(zaad_van(zaad, herhaling, "toewijzing"))  # noqa: S311
    vacatures = _trek_vacatures(v, rng_vac)

    zoekers = v.zoekers
    n0 = len(zoekers)
    profiel: list[int] = list(range(n0))
    sleutel: list[tuple[int, str]] = []
    startdatum: list[date] = []
    for zk in zoekers:
        begin = zk.zoekdatum or zk.inschrijfdatum
        datum = begin if v.op_zoekdatum else zk.inschrijfdatum
        sleutel.append((datum.toordinal(), zk.zoeker_id))
        startdatum.append(begin)
    eerste_maand: list[int] = [0] * n0
    actief: list[bool] = [True] * n0
    vertrokken: list[int] = [-1] * n0
    reacties: list[int] = [0] * n0
    reactiemaand: list[int] = [-1] * n0
    nieuwe_ids: list[str] = []
    vertrek_in: dict[int, list[int]] = {}
    vertrek = v.vertrek
    laatste = len(v.maanden) - 1

    def plan_vertrek(z: int, maand: int) -> None:
        u = rng_bev.random()
        k = bisect_right(vertrek, u)  # vertrekt aan het eind van maand `maand + k` (k vanaf 0)
        if maand + k <= laatste:
            vertrek_in.setdefault(maand + k, []).append(z)

    for z in range(n0):
        plan_vertrek(z, 0)

    verhuringen: list[Verhuring] = []
    periode = -1
    lijsten: list[list[int]] = []
    kop: list[int] = []
    klasse_p: tuple[int, ...] = ()
    reactiekans, loting, direct = v.reactiekans, v.loting, v.direct
    max_reacties = v.max_reacties
    aantal_vacatures = 0

    def kandidaten(klassen: tuple[int, ...]) -> Iterator[int]:
        """De actieve zoekers in de klassen, in rangorde (een samenvoeging van de lijsten)."""
        hoop: list[tuple[tuple[int, str], int, int]] = []
        for k in klassen:
            lijst = lijsten[k]
            i = kop[k]
            while i < len(lijst) and not actief[lijst[i]]:
                i += 1
            kop[k] = i
            if i < len(lijst):
                hoop.append((sleutel[lijst[i]], k, i))
        heapify(hoop)
        while hoop:
            _, k, i = hoop[0]
            lijst = lijsten[k]
            z = lijst[i]
            if actief[z]:
                yield z
            i += 1
            while i < len(lijst) and not actief[lijst[i]]:
                i += 1
            if i < len(lijst):
                heapreplace(hoop, (sleutel[lijst[i]], k, i))
            else:
                heappop(hoop)

    def willekeurig(klassen: tuple[int, ...]) -> Iterator[int]:
        """De actieve zoekers in de klassen in willekeurige volgorde (loting, direct).

        Trekt lui: een willekeurige plaats in de lijsten, overgeslagen als de zoeker al aan de
        beurt was of niet meer zoekt. Na veel missers volgt de rest in één keer, geschud.
        """
        grenzen = list(accumulate(len(lijsten[k]) - kop[k] for k in klassen))
        totaal = grenzen[-1] if grenzen else 0
        gezien: set[int] = set()
        missers = 0
        while totaal and missers < _MAX_MISSERS:
            r = rng.randrange(totaal)
            i = bisect_right(grenzen, r)
            k = klassen[i]
            z = lijsten[k][kop[k] + r - (grenzen[i - 1] if i else 0)]
            if z in gezien or not actief[z]:
                missers += 1
                continue
            missers = 0
            gezien.add(z)
            yield z
        rest = sorted(
            z for k in klassen for z in lijsten[k][kop[k] :] if actief[z] and z not in gezien
        )
        rng.shuffle(rest)
        for z in rest:
            if actief[z]:
                yield z

    for m, maand in enumerate(v.maanden):
        p = v.periode_van_maand[m]
        if p != periode:
            periode = p
            klasse_p = v.klasse[p]
            lijsten = [[] for _ in range(v.klassen[p])]
            for z in sorted((z for z in range(len(actief)) if actief[z]), key=sleutel.__getitem__):
                lijsten[klasse_p[profiel[z]]].append(z)
            kop = [0] * len(lijsten)
        for _ in range(v.instroom):
            bron = rng_bev.randrange(n0)
            z = len(actief)
            zid = f"nieuw-{maand.isoformat()}-{len(nieuwe_ids) + 1:06d}"
            nieuwe_ids.append(zid)
            profiel.append(bron)
            sleutel.append((maand.toordinal(), zid))
            startdatum.append(maand)
            eerste_maand.append(m)
            actief.append(True)
            vertrokken.append(-1)
            reacties.append(0)
            reactiemaand.append(-1)
            insort(lijsten[klasse_p[bron]], z, key=sleutel.__getitem__)
            plan_vertrek(z, m)
        doelgroep_p = v.doelgroep[p]
        rangen_p = v.rangen[p]
        huurklasse_p = v.huurklasse[p]
        for w in vacatures[m]:
            aantal_vacatures += 1
            voor, toe = rangen_p[w]
            acceptatie = v.acceptatie[huurklasse_p[w]]
            u = rng.random()
            gekozen = -1
            if u < direct:
                via = "direct"
                for z in willekeurig(voor + toe):
                    gekozen = z
                    break
            else:
                via = "loting" if u < direct + loting else "rangorde"
                volgorde = willekeurig if via == "loting" else kandidaten
                for groep in (voor, toe):
                    for z in volgorde(groep):
                        if max_reacties is not None:
                            if reactiemaand[z] != m:
                                reactiemaand[z] = m
                                reacties[z] = 0
                            if reacties[z] >= max_reacties:
                                continue
                        if reactiekans < 1 and not (reactiekans > 0 and rng.random() < reactiekans):
                            continue
                        reacties[z] += 1
                        kans = acceptatie[doelgroep_p[profiel[z]]]
                        if kans >= 1 or (kans > 0 and rng.random() < kans):
                            gekozen = z
                            break
                    if gekozen >= 0:
                        break
            if gekozen >= 0:
                actief[gekozen] = False
                verhuringen.append(Verhuring(m, w, gekozen, via))
        for z in vertrek_in.pop(m, ()):
            if actief[z]:
                actief[z] = False
                vertrokken[z] = m
    return Herhaling(
        herhaling=herhaling,
        vacatures=aantal_vacatures,
        verhuringen=tuple(verhuringen),
        profiel=tuple(profiel),
        eerste_maand=tuple(eerste_maand),
        vertrokken=tuple(vertrokken),
        nieuwe_ids=tuple(nieuwe_ids),
        startdatum=tuple(startdatum),
    )
