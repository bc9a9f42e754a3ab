"""Van bestanden tot monitor: lezen, indelen en rekenen.

:func:`lees_verhuringen` leest een of meer toewijzingenbestanden met
:class:`~passend_toewijzen.invoer.monitorkolommen.Monitorlezer` (dezelfde lezer en controles als
de jaarverantwoording, plus de monitorkolommen) en deelt elke verhuring in.
:func:`actieve_zoekers` deelt de actieve woningzoekenden in. :func:`monitor` doet alles en geeft
het document. Gelezen rijen = geaccepteerd + afgewezen + leeg; een ``toewijzing_id`` dat al
eerder voorkwam, wordt afgewezen met de plek van de eerste rij.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen.beleid import Beleid
from passend_toewijzen.invoer.bronnen import bronnen, controleer_inhoud
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.doorlezen import Openopties, Rijtelling
from passend_toewijzen.invoer.monitorkolommen import TOEWIJZINGEN_MONITOR, Monitorlezer
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.woningzoekenden import (
    Woningzoekende,
    Woningzoekendenbestand,
    lees_woningzoekenden,
)
from passend_toewijzen.monitor.doelgroepen import Doelgroepindeling, bijzondere_groepen
from passend_toewijzen.monitor.meting import Instellingen, Verhuring, Zoeker, maak_monitor
from passend_toewijzen.tabellen.model import Tabel

__all__ = ["TELLINGEN", "Gelezen", "actieve_zoekers", "lees_verhuringen", "monitor"]

TELLINGEN = ("actief", "ingeschreven")
"""De manieren om woningzoekenden te tellen voor de slaagkans (zie :class:`.Instellingen`)."""


class Gelezen(NamedTuple):
    """De gelezen en ingedeelde verhuringen van alle bestanden, met de afgewezen rijen."""

    verhuringen: tuple[Verhuring, ...]
    fouten: tuple[Rijfout, ...]
    gelezen: int
    afgewezen: int
    lege_rijen: int
    bronnen: tuple[dict[str, Any], ...]


def lees_verhuringen(
    paden: Sequence[str | Path],
    indeling: Doelgroepindeling,
    *,
    decimaalteken: Decimaalteken = "auto",
    koppeling: Mapping[str, str] | None = None,
    corporatie: str | None = None,
    jaar: int | None = None,
) -> Gelezen:
    """Lees en deel in: elke geaccepteerde rij wordt een :class:`Verhuring`.

    Met ``jaar`` worden alleen de verhuringen met huuringang in dat jaar ingedeeld; de andere
    worden gelezen en gecontroleerd, maar krijgen geen doelgroep (``""``): zij vallen buiten de
    periode, en een huur-inkomenstabel hoeft voor hun datum niet te gelden.
    """
    verhuringen: list[Verhuring] = []
    telling = Rijtelling()
    kenmerken: list[dict[str, Any]] = []
    gezien: dict[str, tuple[str, int]] = {}
    invoeren = [
        Openopties(bron.naam, koppeling=koppeling).open(bron.pad, TOEWIJZINGEN_MONITOR)
        for bron in bronnen([Path(p) for p in paden])
    ]
    controleer_inhoud({invoer.naam: invoer.sha256() for invoer in invoeren})
    for invoer in invoeren:
        kenmerken.append(invoer.kenmerken())
        lezer = Monitorlezer(
            invoer.naam,
            invoer.kolommen,
            corporatie=corporatie or invoer.pad.stem,
            decimaalteken=decimaalteken,
        )
        for rij, uitkomst in telling.rijen(invoer, lezer.lees):
            toewijzing = uitkomst.rij.toewijzing
            tid = toewijzing.id or ""
            eerder = gezien.get(tid)
            if eerder is not None:
                waar = f"{eerder[0]}, rij {eerder[1]}"
                telling.wijs_af(
                    [
                        Rijfout(
                            invoer.naam,
                            rij.rijnummer,
                            "toewijzing_id",
                            f"komt al eerder voor ({waar})",
                            tid,
                        )
                    ]
                )
                continue
            gezien[tid] = (invoer.naam, rij.rijnummer)
            gegevens = uitkomst.gegevens
            in_periode = jaar is None or toewijzing.huuringangsdatum.year == jaar
            doelgroep = indeling.van_toewijzing(toewijzing).naam if in_periode else ""
            woning = toewijzing.woning
            verhuringen.append(
                Verhuring(
                    id=tid,
                    toewijzingsdatum=toewijzing.toewijzingsdatum,
                    huuringangsdatum=toewijzing.huuringangsdatum,
                    gemeente=woning.gemeente,
                    doelgroep=doelgroep,
                    bijzondere_groepen=bijzondere_groepen(
                        toewijzing, gegevens.bijzondere_doelgroepen
                    ),
                    wijk=woning.wijk,
                    kern=woning.kern,
                    inschrijfdatum=gegevens.inschrijfdatum,
                    zoekdatum=gegevens.zoekdatum,
                    aantal_reacties=gegevens.aantal_reacties,
                )
            )
    gelezen = len(verhuringen) + telling.afgewezen + telling.leeg
    return Gelezen(
        tuple(verhuringen),
        tuple(telling.fouten),
        gelezen,
        telling.afgewezen,
        telling.leeg,
        tuple(kenmerken),
    )


def actieve_zoekers(
    zoekers: Iterable[Woningzoekende],
    indeling: Doelgroepindeling,
    *,
    van: date,
    tot: date,
    peildatum: date | None = None,
    telling: str = "actief",
) -> tuple[Zoeker, ...]:
    """De woningzoekenden die actief waren van ``van`` tot en met ``tot``, ingedeeld op
    ``peildatum`` (standaard ``tot``). Met ``telling="ingeschreven"``: iedereen die uiterlijk op
    ``tot`` ingeschreven was, actief of niet."""
    if telling not in TELLINGEN:
        msg = f"onbekende telling van woningzoekenden {telling!r}; kies uit {', '.join(TELLINGEN)}"
        raise ValueError(msg)
    dag = peildatum or tot
    return tuple(
        Zoeker(
            id=z.zoeker_id,
            doelgroep=indeling.van_zoeker(z, dag).naam,
            gemeente=z.gemeente,
            bijzondere_groepen=z.bijzondere_doelgroepen,
        )
        for z in zoekers
        if (z.is_actief(van, tot) if telling == "actief" else z.inschrijfdatum <= tot)
    )


def _foutenlijst(fouten: Sequence[Rijfout]) -> list[dict[str, Any]]:
    return [
        {"bron": f.bron, "rij": f.rijnummer, "kolom": f.kolom, "melding": f.melding} for f in fouten
    ]


@eigen_context
def monitor(
    toewijzingen: Sequence[str | Path],
    *,
    jaar: int,
    woningzoekenden: str | Path | None = None,
    tabel: Tabel | None = None,
    beleid: Beleid | None = None,
    instellingen: Instellingen | None = None,
    decimaalteken: Decimaalteken = "auto",
    koppeling: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """De monitor over ``jaar`` als JSON-geschikt document (zie :func:`.maak_monitor`).

    ``instellingen`` (zonder: de standaard) krijgt het jaar en de indeling van deze aanroep.
    """
    indeling = Doelgroepindeling(tabel=tabel, beleid=beleid)
    van, tot = date(jaar, 1, 1), date(jaar, 12, 31)
    inst = (instellingen or Instellingen(jaar=jaar))._replace(
        jaar=jaar,
        indeling="landelijk" if tabel is None else tabel.naam,
        tabel_hash=None if tabel is None else tabel.inhoudshash,
        peildatum_woningzoekenden=None if woningzoekenden is None else tot,
    )
    gelezen = lees_verhuringen(
        toewijzingen, indeling, decimaalteken=decimaalteken, koppeling=koppeling, jaar=jaar
    )
    zoekersbestand: Woningzoekendenbestand | None = None
    actief: tuple[Zoeker, ...] | None = None
    if woningzoekenden is not None:
        zoekersbestand = lees_woningzoekenden(woningzoekenden, decimaalteken=decimaalteken)
        actief = actieve_zoekers(
            zoekersbestand.zoekers,
            indeling,
            van=van,
            tot=tot,
            telling=inst.woningzoekenden_telling,
        )
    invoer: dict[str, Any] = {
        "toewijzingen": {
            "bronnen": list(gelezen.bronnen),
            "gelezen": gelezen.gelezen,
            "geaccepteerd": len(gelezen.verhuringen),
            "afgewezen": gelezen.afgewezen,
            "lege_rijen": gelezen.lege_rijen,
            "fouten": _foutenlijst(gelezen.fouten),
        },
        "woningzoekenden": (
            None
            if zoekersbestand is None
            else {
                "bron": zoekersbestand.kenmerken,
                "gelezen": zoekersbestand.gelezen,
                "geaccepteerd": len(zoekersbestand.zoekers),
                "afgewezen": zoekersbestand.afgewezen,
                "lege_rijen": zoekersbestand.lege_rijen,
                "actief": 0 if actief is None else len(actief),
                "fouten": _foutenlijst(zoekersbestand.fouten),
            }
        ),
    }
    return maak_monitor(gelezen.verhuringen, actief, indeling.doelgroepen, inst, invoer=invoer)
