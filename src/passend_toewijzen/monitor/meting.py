"""De cijfers van de monitor, op records in het geheugen.

:class:`Verhuring` en :class:`Zoeker` zijn de ingedeelde records (doelgroep al bepaald);
:func:`kerncijfers` rekent alle cijfers van één groep (een doelgroep, een gemeente, het totaal),
:func:`maak_monitor` het hele document. Een andere capaciteit (het beleidslab) roept
:func:`kerncijfers`, :func:`zoekduur_maanden` en de functies van :mod:`.statistiek` rechtstreeks
aan op eigen records en krijgt dezelfde definities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, NamedTuple

from passend_toewijzen._rekenen import deel_naar_beneden
from passend_toewijzen.invoer.doelgroepcodes import OMSCHRIJVINGEN, BijzondereDoelgroep
from passend_toewijzen.monitor.doelgroepen import Doelgroep
from passend_toewijzen.monitor.statistiek import (
    Verdeling,
    aandeel_binnen,
    dissimilariteitsindex,
    locatiequotient,
    marktdruk,
    slaagkans,
    verdeling,
    volle_maanden,
)

__all__ = [
    "DECIMALEN",
    "SCHEMA_MONITOR",
    "Instellingen",
    "Kerncijfers",
    "Verhuring",
    "Wijkmaximum",
    "Zoeker",
    "getal",
    "inschrijfduur_maanden",
    "kerncijfers",
    "kwartaal",
    "maak_monitor",
    "zoekduur_maanden",
]

SCHEMA_MONITOR = "passend-toewijzen/monitor/1"
DECIMALEN = 4
"""Decimalen van een breuk in het document (afgekapt naar nul toe; exact gerekend)."""
ZONDER_WIJK = "(geen wijk)"
ZONDER_KERN = "(geen kern)"


class Verhuring(NamedTuple):
    """Eén verhuring zoals de monitor haar telt (doelgroep al bepaald)."""

    id: str
    toewijzingsdatum: date
    huuringangsdatum: date
    gemeente: str
    doelgroep: str
    bijzondere_groepen: frozenset[BijzondereDoelgroep] = frozenset()
    wijk: str | None = None
    kern: str | None = None
    inschrijfdatum: date | None = None
    zoekdatum: date | None = None
    aantal_reacties: int | None = None


class Zoeker(NamedTuple):
    """Eén actieve woningzoekende zoals de monitor haar telt (doelgroep al bepaald)."""

    id: str
    doelgroep: str
    gemeente: str | None = None
    bijzondere_groepen: frozenset[BijzondereDoelgroep] = frozenset()


def inschrijfduur_maanden(verhuring: Verhuring) -> int | None:
    """Volle maanden van de inschrijfdatum tot de toewijzingsdatum (``None`` zonder
    inschrijfdatum)."""
    if verhuring.inschrijfdatum is None:
        return None
    return volle_maanden(verhuring.inschrijfdatum, verhuring.toewijzingsdatum)


def zoekduur_maanden(verhuring: Verhuring) -> tuple[int, bool] | None:
    """Volle maanden van de zoekdatum tot de toewijzingsdatum, en of daarbij is teruggevallen op
    de inschrijfdatum (zoekdatum leeg). ``None`` als beide leeg zijn."""
    if verhuring.zoekdatum is not None:
        return volle_maanden(verhuring.zoekdatum, verhuring.toewijzingsdatum), False
    duur = inschrijfduur_maanden(verhuring)
    return None if duur is None else (duur, True)


def kwartaal(datum: date) -> str:
    """Het kwartaal van een datum: ``2025-K1`` (januari tot en met maart) tot ``2025-K4``."""
    return f"{datum.year}-K{(datum.month - 1) // 3 + 1}"


def getal(waarde: Fraction | int | None, decimalen: int = DECIMALEN) -> str | None:
    """Een exacte breuk als decimale tekst, afgekapt naar nul toe (``None`` blijft ``None``)."""
    if waarde is None:
        return None
    breuk = Fraction(waarde)
    if breuk < 0:
        return "-" + str(deel_naar_beneden(-breuk.numerator, breuk.denominator, decimalen))
    return str(deel_naar_beneden(breuk.numerator, breuk.denominator, decimalen))


class Kerncijfers(NamedTuple):
    """Alle cijfers van één groep verhuringen (en, met woningzoekenden, de actieven)."""

    verhuringen: int
    woningzoekenden: int | None
    slaagkans: Fraction | None
    marktdruk: Fraction | None
    marktdruk_verhuringen: int
    inschrijfduur: Verdeling
    zoekduur: Verdeling
    zoekduur_teruggevallen: int
    aandeel_zoekduur_binnen_doel: Fraction | None
    gemiddelde_zoekduur_binnen_doel: bool | None
    """Of de gemiddelde zoekduur ten hoogste het doel is (een doel als "de gemiddelde zoekduur is
    maximaal 18 maanden"); ``None`` zonder zoekduren."""
    klein: bool

    def als_dict(self) -> dict[str, Any]:
        """De cijfers als JSON-object; bij een kleine groep zijn de afgeleide cijfers ``null``."""
        verborgen = self.klein
        return {
            "verhuringen": self.verhuringen,
            "woningzoekenden": self.woningzoekenden,
            "slaagkans": None if verborgen else getal(self.slaagkans),
            "marktdruk": None if verborgen else getal(self.marktdruk),
            "marktdruk_verhuringen": self.marktdruk_verhuringen,
            "inschrijfduur_maanden": _verdeling(self.inschrijfduur, verborgen),
            "zoekduur_maanden": {
                **_verdeling(self.zoekduur, verborgen),
                "teruggevallen_op_inschrijfdatum": self.zoekduur_teruggevallen,
            },
            "aandeel_zoekduur_binnen_doel": (
                None if verborgen else getal(self.aandeel_zoekduur_binnen_doel)
            ),
            "gemiddelde_zoekduur_binnen_doel": (
                None if verborgen else self.gemiddelde_zoekduur_binnen_doel
            ),
            "klein": self.klein,
        }


def _verdeling(v: Verdeling, verborgen: bool) -> dict[str, Any]:
    return {
        "aantal": v.aantal,
        "mediaan": None if verborgen else getal(v.mediaan),
        "gemiddelde": None if verborgen else getal(v.gemiddelde),
        "p25": None if verborgen else getal(v.p25),
        "p75": None if verborgen else getal(v.p75),
        "p90": None if verborgen else getal(v.p90),
    }


def kerncijfers(
    verhuringen: Sequence[Verhuring],
    actieve_woningzoekenden: int | None = None,
    *,
    zoekduur_doel: int = 18,
    minimum: int = 10,
) -> Kerncijfers:
    """De cijfers van één groep verhuringen.

    ``actieve_woningzoekenden``: het aantal actieve woningzoekenden van dezelfde groep (``None``
    zonder woningzoekendenbestand: dan geen slaagkans). ``zoekduur_doel``: het doel in volle
    maanden (zoekduur ten hoogste het doel telt als binnen het doel). ``minimum``: een groep met
    minder verhuringen heet klein (de afgeleide cijfers worden in het document weggelaten).
    """
    inschrijf = [d for v in verhuringen if (d := inschrijfduur_maanden(v)) is not None]
    zoek = [z for v in verhuringen if (z := zoekduur_maanden(v)) is not None]
    zoekduren = [d for d, _ in zoek]
    reacties = [v.aantal_reacties for v in verhuringen if v.aantal_reacties is not None]
    zoekverdeling = verdeling(zoekduren)
    gemiddelde = zoekverdeling.gemiddelde
    return Kerncijfers(
        verhuringen=len(verhuringen),
        woningzoekenden=actieve_woningzoekenden,
        slaagkans=(
            None
            if actieve_woningzoekenden is None
            else slaagkans(len(verhuringen), actieve_woningzoekenden)
        ),
        marktdruk=marktdruk(sum(reacties), len(reacties)) if reacties else None,
        marktdruk_verhuringen=len(reacties),
        inschrijfduur=verdeling(inschrijf),
        zoekduur=zoekverdeling,
        zoekduur_teruggevallen=sum(1 for _, terug in zoek if terug),
        aandeel_zoekduur_binnen_doel=aandeel_binnen(zoekduren, zoekduur_doel),
        gemiddelde_zoekduur_binnen_doel=None if gemiddelde is None else gemiddelde <= zoekduur_doel,
        klein=len(verhuringen) < minimum,
    )


class Wijkmaximum(NamedTuple):
    """Een beleidsmaximum: het aandeel verhuringen aan ``groep`` in ``wijk`` (``None``: elke
    wijk) is ten hoogste ``aandeel``."""

    groep: BijzondereDoelgroep
    aandeel: Fraction
    wijk: str | None = None


class Instellingen(NamedTuple):
    """De keuzes van een monitor (elk staat in het document)."""

    jaar: int
    zoekduur_doel: int = 18
    minimum: int = 10
    drempel_slaagkans: Fraction = Fraction(1, 4)
    """Signaal als de slaagkans van een doelgroep meer dan dit deel afwijkt van het totaal."""
    drempel_zoekduur: Fraction = Fraction(1, 4)
    """Signaal als de mediane zoekduur meer dan dit deel afwijkt van die van het totaal."""
    maxima: tuple[Wijkmaximum, ...] = ()
    indeling: str = "landelijk"
    tabel_hash: str | None = None
    peildatum_woningzoekenden: date | None = None
    woningzoekenden_telling: str = "actief"
    """Welke woningzoekenden de slaagkans noemt: ``actief`` (standaard: wie in de periode
    reageerde of actief is gemarkeerd) of ``ingeschreven`` (iedereen die op het einde van de
    periode ingeschreven stond), zoals sommige portalen rekenen."""


def _groepen(
    verhuringen: Sequence[Verhuring],
    zoekers: Sequence[Zoeker] | None,
    doelgroepen: Sequence[Doelgroep],
) -> list[tuple[str, str, str, Callable[[Verhuring], bool], Callable[[Zoeker], bool]]]:
    """(naam, omschrijving, soort, filter verhuringen, filter zoekers) per doelgroep."""
    uit: list[tuple[str, str, str, Callable[[Verhuring], bool], Callable[[Zoeker], bool]]] = []
    for d in doelgroepen:
        # Een doelgroep zonder verhuringen en zonder actieve woningzoekenden (zoals de
        # middeninkomens in een jaar zonder dat segment) staat niet in het document.
        if not any(v.doelgroep == d.naam for v in verhuringen) and not any(
            z.doelgroep == d.naam for z in zoekers or ()
        ):
            continue
        uit.append(
            (
                d.naam,
                d.omschrijving,
                "inkomen",
                lambda v, n=d.naam: v.doelgroep == n,  # type: ignore[misc]
                lambda z, n=d.naam: z.doelgroep == n,  # type: ignore[misc]
            )
        )
    aanwezig = {g for v in verhuringen for g in v.bijzondere_groepen}
    aanwezig |= {g for z in zoekers or () for g in z.bijzondere_groepen}
    for g in BijzondereDoelgroep:
        if g in aanwezig:
            uit.append(
                (
                    g.value,
                    OMSCHRIJVINGEN[g],
                    "bijzonder",
                    lambda v, g=g: g in v.bijzondere_groepen,  # type: ignore[misc]
                    lambda z, g=g: g in z.bijzondere_groepen,  # type: ignore[misc]
                )
            )
    return uit


def _signalen(
    naam: str, c: Kerncijfers, totaal: Kerncijfers, inst: Instellingen
) -> list[dict[str, Any]]:
    if c.klein:
        return []
    uit: list[dict[str, Any]] = []
    if c.slaagkans is not None and totaal.slaagkans:
        afwijking = c.slaagkans / totaal.slaagkans - 1
        if abs(afwijking) > inst.drempel_slaagkans:
            uit.append(
                {
                    "doelgroep": naam,
                    "cijfer": "slaagkans",
                    "richting": "lager" if afwijking < 0 else "hoger",
                    "waarde": getal(c.slaagkans),
                    "totaal": getal(totaal.slaagkans),
                    "afwijking": getal(afwijking),
                    "drempel": getal(inst.drempel_slaagkans),
                }
            )
    if c.zoekduur.mediaan is not None and totaal.zoekduur.mediaan:
        afwijking = c.zoekduur.mediaan / totaal.zoekduur.mediaan - 1
        if abs(afwijking) > inst.drempel_zoekduur:
            uit.append(
                {
                    "doelgroep": naam,
                    "cijfer": "zoekduur_mediaan",
                    "richting": "langer" if afwijking > 0 else "korter",
                    "waarde": getal(c.zoekduur.mediaan),
                    "totaal": getal(totaal.zoekduur.mediaan),
                    "afwijking": getal(afwijking),
                    "drempel": getal(inst.drempel_zoekduur),
                }
            )
    return uit


def _per_groep(
    verhuringen: Sequence[Verhuring],
    zoekers: Sequence[Zoeker] | None,
    groepen: Sequence[tuple[str, str, str, Callable[[Verhuring], bool], Callable[[Zoeker], bool]]],
    inst: Instellingen,
    totaal: Kerncijfers,
    *,
    signalen: list[dict[str, Any]] | None,
) -> list[dict[str, Any]]:
    uit: list[dict[str, Any]] = []
    for naam, omschrijving, soort, in_v, in_z in groepen:
        eigen = [v for v in verhuringen if in_v(v)]
        actief = None if zoekers is None else sum(1 for z in zoekers if in_z(z))
        c = kerncijfers(eigen, actief, zoekduur_doel=inst.zoekduur_doel, minimum=inst.minimum)
        eigen_signalen = _signalen(naam, c, totaal, inst)
        if signalen is not None:
            signalen.extend(eigen_signalen)
        uit.append(
            {
                "naam": naam,
                "omschrijving": omschrijving,
                "soort": soort,
                **c.als_dict(),
                "signaal": bool(eigen_signalen),
            }
        )
    return uit


def _trend(
    verhuringen: Sequence[Verhuring],
    groepen: Sequence[tuple[str, str, str, Callable[[Verhuring], bool], Callable[[Zoeker], bool]]],
    inst: Instellingen,
) -> list[dict[str, Any]]:
    uit: list[dict[str, Any]] = []
    for k in range(1, 5):
        naam = f"{inst.jaar}-K{k}"
        in_kwartaal = [v for v in verhuringen if kwartaal(v.huuringangsdatum) == naam]
        tot = kerncijfers(in_kwartaal, zoekduur_doel=inst.zoekduur_doel, minimum=inst.minimum)
        per: list[dict[str, Any]] = []
        for gnaam, _, _, in_v, _ in groepen:
            c = kerncijfers(
                [v for v in in_kwartaal if in_v(v)],
                zoekduur_doel=inst.zoekduur_doel,
                minimum=inst.minimum,
            )
            per.append(
                {
                    "naam": gnaam,
                    "verhuringen": c.verhuringen,
                    "zoekduur_mediaan": None if c.klein else getal(c.zoekduur.mediaan),
                    "klein": c.klein,
                }
            )
        uit.append(
            {
                "kwartaal": naam,
                "verhuringen": tot.verhuringen,
                "zoekduur_mediaan": None if tot.klein else getal(tot.zoekduur.mediaan),
                "aandeel_zoekduur_binnen_doel": (
                    None if tot.klein else getal(tot.aandeel_zoekduur_binnen_doel)
                ),
                "klein": tot.klein,
                "doelgroepen": per,
            }
        )
    return uit


def _spreiding(
    verhuringen: Sequence[Verhuring], doelgroepen: Sequence[Doelgroep], inst: Instellingen
) -> dict[str, Any]:
    per_wijk: dict[str, list[Verhuring]] = {}
    for v in verhuringen:
        per_wijk.setdefault(v.wijk or ZONDER_WIJK, []).append(v)
    bijzonder = [
        g for g in BijzondereDoelgroep if any(g in v.bijzondere_groepen for v in verhuringen)
    ]
    totaal = len(verhuringen)
    groep_totaal = {g: sum(1 for v in verhuringen if g in v.bijzondere_groepen) for g in bijzonder}
    index: dict[str, str | None] = {}
    for g in bijzonder:
        ab = {
            w: (
                sum(1 for v in vs if g in v.bijzondere_groepen),
                sum(1 for v in vs if g not in v.bijzondere_groepen),
            )
            for w, vs in per_wijk.items()
        }
        index[g.value] = getal(dissimilariteitsindex(ab))
    wijken: list[dict[str, Any]] = []
    for wijk in sorted(per_wijk):
        vs = per_wijk[wijk]
        kernen = sorted({v.kern for v in vs if v.kern})
        aantallen = {g.value: sum(1 for v in vs if g in v.bijzondere_groepen) for g in bijzonder}
        lq = {
            g.value: getal(locatiequotient(aantallen[g.value], len(vs), groep_totaal[g], totaal))
            for g in bijzonder
        }
        aandelen = {g.value: getal(Fraction(aantallen[g.value], len(vs))) for g in bijzonder}
        boven: list[dict[str, Any]] = []
        for m in inst.maxima:
            if m.wijk is not None and m.wijk != wijk:
                continue
            aandeel = Fraction(sum(1 for v in vs if m.groep in v.bijzondere_groepen), len(vs))
            if aandeel > m.aandeel:
                boven.append(
                    {"groep": m.groep.value, "aandeel": getal(aandeel), "maximum": getal(m.aandeel)}
                )
        wijken.append(
            {
                "wijk": wijk,
                "kernen": kernen,
                "verhuringen": len(vs),
                "bijzondere_groepen": aantallen,
                "aandeel": aandelen,
                "locatiequotient": lq,
                "boven_maximum": boven,
                "klein": len(vs) < inst.minimum,
            }
        )
    per_kern: dict[str, list[Verhuring]] = {}
    for v in verhuringen:
        per_kern.setdefault(v.kern or ZONDER_KERN, []).append(v)
    kernen_uit: list[dict[str, Any]] = []
    for kern in sorted(per_kern):
        vs = per_kern[kern]
        telling = Counter(v.doelgroep for v in vs)
        kernen_uit.append(
            {
                "kern": kern,
                "verhuringen": len(vs),
                "inkomensmix": {
                    d.naam: getal(Fraction(telling[d.naam], len(vs))) for d in doelgroepen
                },
                "bijzondere_groepen": {
                    g.value: sum(1 for v in vs if g in v.bijzondere_groepen) for g in bijzonder
                },
                "klein": len(vs) < inst.minimum,
            }
        )
    return {
        "bijzondere_groepen": [g.value for g in bijzonder],
        "dissimilariteitsindex": index,
        "wijken": wijken,
        "kernen": kernen_uit,
        "maxima": [
            {"groep": m.groep.value, "wijk": m.wijk, "maximum": getal(m.aandeel)}
            for m in inst.maxima
        ],
    }


def maak_monitor(
    verhuringen: Iterable[Verhuring],
    zoekers: Iterable[Zoeker] | None,
    doelgroepen: Sequence[Doelgroep],
    instellingen: Instellingen,
    *,
    invoer: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Het monitordocument (JSON-geschikt, vaste volgorde) over de verhuringen van het jaar.

    ``verhuringen``: alleen die met huuringang in ``instellingen.jaar`` tellen (de andere worden
    als buiten de periode geteld). ``zoekers``: de *actieve* woningzoekenden van de periode
    (``None``: geen woningzoekendenbestand, geen slaagkans).
    """
    inst = instellingen
    alle = list(verhuringen)
    in_jaar = sorted(
        (v for v in alle if v.huuringangsdatum.year == inst.jaar),
        key=lambda v: (v.huuringangsdatum, v.id),
    )
    actief = None if zoekers is None else list(zoekers)
    groepen = _groepen(in_jaar, actief, doelgroepen)
    tot = kerncijfers(
        in_jaar,
        None if actief is None else len(actief),
        zoekduur_doel=inst.zoekduur_doel,
        minimum=inst.minimum,
    )
    signalen: list[dict[str, Any]] = []
    per_doelgroep = _per_groep(in_jaar, actief, groepen, inst, tot, signalen=signalen)
    gemeenten: list[dict[str, Any]] = []
    for gemeente in sorted({v.gemeente for v in in_jaar}):
        eigen = [v for v in in_jaar if v.gemeente == gemeente]
        eigen_zoekers = (
            None
            if actief is None or any(z.gemeente is None for z in actief)
            else [z for z in actief if z.gemeente == gemeente]
        )
        g_tot = kerncijfers(
            eigen,
            None if eigen_zoekers is None else len(eigen_zoekers),
            zoekduur_doel=inst.zoekduur_doel,
            minimum=inst.minimum,
        )
        gemeenten.append(
            {
                "gemeente": gemeente,
                "totaal": g_tot.als_dict(),
                "doelgroepen": _per_groep(
                    eigen, eigen_zoekers, groepen, inst, g_tot, signalen=None
                ),
            }
        )
    return {
        "schema": SCHEMA_MONITOR,
        "periode": {
            "jaar": inst.jaar,
            "van": date(inst.jaar, 1, 1).isoformat(),
            "tot_en_met": date(inst.jaar, 12, 31).isoformat(),
        },
        "instellingen": {
            "indeling": inst.indeling,
            "tabel_hash": inst.tabel_hash,
            "zoekduur_doel_maanden": inst.zoekduur_doel,
            "minimum_aantal": inst.minimum,
            "drempel_slaagkans": getal(inst.drempel_slaagkans),
            "drempel_zoekduur": getal(inst.drempel_zoekduur),
            "peildatum_woningzoekenden": (
                None
                if inst.peildatum_woningzoekenden is None
                else inst.peildatum_woningzoekenden.isoformat()
            ),
            "met_woningzoekenden": actief is not None,
            "woningzoekenden_telling": inst.woningzoekenden_telling,
        },
        "invoer": dict(invoer or {}),
        "verhuringen_buiten_periode": len(alle) - len(in_jaar),
        "totaal": tot.als_dict(),
        "doelgroepen": per_doelgroep,
        "gemeenten": gemeenten,
        "trend": _trend(in_jaar, groepen, inst),
        "spreiding": _spreiding(
            in_jaar, [d for d in doelgroepen if d.naam in {g[0] for g in groepen}], inst
        ),
        "signalen": signalen,
    }
