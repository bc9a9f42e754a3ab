"""Van bestand tot verslag: lezen, valideren, toetsen en tellen, in stukken.

:func:`tel_invoer` leest een geopend bestand rij voor rij, valideert elke rij, toetst haar met
:func:`~passend_toewijzen.toets.toets_toewijzingen` (niet-strikt: ontbrekende gegevens geven een
oordeel *onbepaald*, nooit een gok) en telt het oordeel. De toets draait zonder uitleg; alleen
voor de toewijzingen die het verslag met uitleg toont (niet passend of onbepaald) draait hij
opnieuw mét uitleg. Het werk gebeurt in stukken van
:data:`STUK` rijen; elk stuk is een eigen :class:`~passend_toewijzen.verantwoording.telling.Telling`
die bij het totaal wordt opgeteld, zodat het geheugen vlak blijft en deeltellingen samen te voegen
zijn. :func:`verantwoord` doet alles voor een of meer bestanden en geeft het verslag.

Meer bestanden tegelijk: elk bestand telt één keer (hetzelfde bestand twee keer opgegeven, of
twee bestanden met dezelfde inhoud, is een fout) en heeft een unieke naam in het verslag
(:func:`~passend_toewijzen.invoer.bronnen.bronnen`); een ``toewijzing_id`` dat in twee bestanden
voorkomt, wordt bij het tweede bestand afgewezen met de plek van het eerste.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from contextlib import nullcontext
from pathlib import Path

from passend_toewijzen import motorkeuze
from passend_toewijzen._rekenen import eigen_context
from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.invoer.bronnen import bronnen, controleer_inhoud
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.doorlezen import Openopties, lees_rijen
from passend_toewijzen.invoer.lezen import Formaat, Invoer
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.toewijzingen import TOEWIJZINGEN, Rijtoewijzing
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.motorkeuze import MOTOREN
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsstatus, Toetsuitkomst, toets_toewijzing
from passend_toewijzen.verantwoording.begin import in_stukken, omzetter_en_telling
from passend_toewijzen.verantwoording.dubbel import Dubbelcontrole
from passend_toewijzen.verantwoording.telling import Telling
from passend_toewijzen.verantwoording.verslag import Passendcijfers, Verslag, maak_verslag

__all__ = ["MOTOREN", "STUK", "GeenVerslagjaar", "kies_motor", "tel_invoer", "verantwoord"]


def kies_motor(motor: str | None, *, per_oordeel: bool = False) -> str:
    """De motor (:func:`passend_toewijzen.motorkeuze.kies_motor`); met ``per_oordeel`` (een oordeel
    per toewijzing gevraagd) alleen de rij-motor."""
    return motorkeuze.kies_motor(motor, alleen_rij=_ALLEEN_RIJ if per_oordeel else None)


_ALLEEN_RIJ = "de kolom-motor geeft geen oordeel per toewijzing (bij_oordeel); gebruik motor rij"


STUK = 5_000
"""Het aantal rijen per deeltelling."""


class GeenVerslagjaar(PassendToewijzenFout, ValueError):
    """Zonder opgegeven verslagjaar en zonder één geldige toewijzing is er geen jaar om over te
    rapporteren."""

    def __init__(self, gelezen: int, afgewezen: int, eerste_fout: Rijfout | None) -> None:
        self.gelezen = gelezen
        self.afgewezen = afgewezen
        self.eerste_fout = eerste_fout
        eerste = f"; eerste fout: {eerste_fout}" if eerste_fout is not None else ""
        super().__init__(
            f"de invoer bevat geen enkele geldige toewijzing ({gelezen} rijen gelezen, "
            f"{afgewezen} afgewezen{eerste}); geef het verslagjaar op voor een verslag met de "
            "afgewezen rijen"
        )


def tel_invoer(
    invoer: Invoer,
    *,
    corporatie: str | None = None,
    decimaalteken: Decimaalteken = "auto",
    beleid: Beleid | None = None,
    jaren: Collection[int] | None = None,
    dubbelcontrole: bool = True,
    voortgang: Callable[[int], None] | None = None,
    bij_afwijzing: Callable[[Rijfout], None] | None = None,
    bij_oordeel: Callable[[Rijtoewijzing, Toetsuitkomst], None] | None = None,
    _dubbel: Dubbelcontrole | None = None,
) -> Telling:
    """Tel alle rijen van een geopend bestand.

    ``corporatie`` is de naam voor rijen zonder kolom ``corporatie`` (standaard de bestandsnaam
    zonder extensie). ``jaren``: alleen toewijzingen met huuringang in deze jaren worden getoetst
    en geteld; de andere worden wel gevalideerd en tellen als geaccepteerd, buiten de
    verantwoording. ``dubbelcontrole`` wijst een rij af waarvan het ``toewijzing_id`` al eerder
    voorkwam (exact, met begrensd geheugen: zie
    :mod:`~passend_toewijzen.verantwoording.dubbel`). ``voortgang`` krijgt na elk stuk het
    aantal gelezen rijen; ``bij_afwijzing`` krijgt elke fout van elke afgewezen rij (bijvoorbeeld
    om alle fouten naar een bestand te schrijven); ``bij_oordeel`` krijgt elke getoetste rij met
    haar oordeel (bijvoorbeeld voor een Excel-export per toewijzing).
    """
    omzetter, totaal = omzetter_en_telling(
        invoer, corporatie=corporatie, decimaalteken=decimaalteken
    )
    eigen = _dubbel is None and dubbelcontrole
    with Dubbelcontrole() if eigen else nullcontext(_dubbel) as dubbel:
        for stuk in in_stukken(invoer.rijen(), STUK):
            deel = Telling()

            def wijs_af(fouten: list[Rijfout], deel: Telling = deel) -> None:
                _wijs_af(deel, fouten, bij_afwijzing)

            geldig = lees_rijen(stuk, invoer.naam, omzetter, leeg=deel.tel_leeg, wijs_af=wijs_af)
            for _, resultaat in geldig:
                if dubbel is not None:
                    fout = dubbel.controleer(resultaat)
                    if fout is not None:
                        _wijs_af(deel, [fout], bij_afwijzing)
                        continue
                toewijzing = resultaat.toewijzing
                if jaren is not None and toewijzing.huuringangsdatum.year not in jaren:
                    deel.sla_over(resultaat.corporatie, toewijzing.huuringangsdatum.year)
                    continue
                try:
                    uitkomst = toets_toewijzing(
                        toewijzing, beleid=beleid, strikt=False, uitleg=False
                    )
                except PassendToewijzenFout as fout:
                    _wijs_af(deel, [_toetsfout(resultaat, toewijzing, fout)], bij_afwijzing)
                    continue
                if (
                    uitkomst.status is Toetsstatus.ONBEPAALD
                    or uitkomst.passendheid is Passendheid.NIE
                ):
                    # Het verslag toont deze toewijzingen met uitleg: dezelfde toets, mét uitleg.
                    uitkomst = toets_toewijzing(toewijzing, beleid=beleid, strikt=False)
                deel.tel(resultaat.bron, resultaat.rijnummer, resultaat.corporatie, uitkomst)
                if bij_oordeel is not None:
                    bij_oordeel(resultaat, uitkomst)
            totaal = totaal + deel
            if voortgang is not None:
                voortgang(totaal.gelezen)
        return totaal


def _toetsfout(rij: Rijtoewijzing, toewijzing: Toewijzing, fout: PassendToewijzenFout) -> Rijfout:
    return Rijfout(rij.bron, rij.rijnummer, "huuringangsdatum", str(fout), toewijzing.id)


def _wijs_af(
    telling: Telling, fouten: list[Rijfout], bij_afwijzing: Callable[[Rijfout], None] | None
) -> None:
    telling.wijs_af(fouten)
    if bij_afwijzing is not None:
        for fout in fouten:
            bij_afwijzing(fout)


@eigen_context
def verantwoord(
    bestanden: str | Path | Sequence[str | Path],
    jaar: int | None = None,
    *,
    corporatie: str | None = None,
    gemeenten_15: Collection[str] = (),
    vorig_jaar: Passendcijfers | None = None,
    beleid: Beleid | None = None,
    formaat: Formaat | None = None,
    koppeling: dict[str, str] | None = None,
    codering: str | None = None,
    scheidingsteken: str | None = None,
    blad: str | None = None,
    kopregel: int | None = None,
    decimaalteken: Decimaalteken = "auto",
    dubbelcontrole: bool = True,
    voortgang: Callable[[int], None] | None = None,
    bij_afwijzing: Callable[[Rijfout], None] | None = None,
    bij_oordeel: Callable[[Rijtoewijzing, Toetsuitkomst], None] | None = None,
    motor: str | None = None,
) -> Verslag:
    """De jaarverantwoording over ``jaar`` uit een of meer bestanden met toewijzingen.

    Zonder ``jaar`` is het verslagjaar het laatste jaar in de invoer. Toewijzingen van het vorige
    jaar in de invoer worden meegeteld voor de tweejarige meting van de passendheidsnorm (vanaf
    2022). ``blad`` en ``kopregel`` kiezen het werkblad en de rij met de kolomkoppen (zie
    :func:`~passend_toewijzen.invoer.lezen.open_invoer`). Zie :func:`tel_invoer` voor de overige
    opties en :func:`~passend_toewijzen.verantwoording.verslag.maak_verslag` voor het verslag.

    Alle bestanden worden eerst geopend en gecontroleerd (formaat, kolommen, elk bestand één
    keer), zodat een fout in het laatste bestand meteen blijkt.

    ``motor`` kiest de motor (zie :func:`kies_motor`): ``kolom`` beoordeelt de rijen in stukken
    vectorieel (:mod:`~passend_toewijzen.verantwoording.kolommotor`), ``rij`` één voor één; het
    verslag is hetzelfde, op het veld ``motor`` in het ontvangstbewijs na.
    """
    gekozen = kies_motor(motor, per_oordeel=bij_oordeel is not None)
    paden = [bestanden] if isinstance(bestanden, str | Path) else list(bestanden)
    if not paden:
        msg = "geen bestanden opgegeven"
        raise ValueError(msg)
    standaard = corporatie or Path(paden[0]).stem
    opties = Openopties(None, formaat, koppeling, codering, scheidingsteken, blad, kopregel)
    invoeren = [
        opties._replace(naam=bron.naam).open(bron.pad, TOEWIJZINGEN) for bron in bronnen(paden)
    ]
    controleer_inhoud({invoer.naam: invoer.sha256() for invoer in invoeren})
    totaal = Telling()
    with Dubbelcontrole() if dubbelcontrole else nullcontext() as dubbel:
        for invoer in invoeren:
            if gekozen == "kolom":
                from passend_toewijzen.verantwoording.kolommotor import tel_invoer_kolom

                totaal = totaal + tel_invoer_kolom(
                    invoer,
                    corporatie=standaard,
                    decimaalteken=decimaalteken,
                    beleid=beleid,
                    jaren=None if jaar is None else {jaar - 1, jaar},
                    dubbelcontrole=dubbelcontrole,
                    voortgang=voortgang,
                    bij_afwijzing=bij_afwijzing,
                    _dubbel=dubbel,
                )
                continue
            totaal = totaal + tel_invoer(
                invoer,
                corporatie=standaard,
                decimaalteken=decimaalteken,
                beleid=beleid,
                jaren=None if jaar is None else {jaar - 1, jaar},
                dubbelcontrole=dubbelcontrole,
                voortgang=voortgang,
                bij_afwijzing=bij_afwijzing,
                bij_oordeel=bij_oordeel,
                _dubbel=dubbel,
            )
    if jaar is None:
        jaren = sorted({c.jaar for c in totaal.kubus})  # zonder jaar is alles getoetst
        if not jaren:
            raise GeenVerslagjaar(
                totaal.gelezen, totaal.afgewezen, totaal.fouten[0] if totaal.fouten else None
            )
        jaar = jaren[-1]
    return maak_verslag(
        totaal,
        jaar,
        corporatie=corporatie
        if _heeft_meerdere(totaal)
        else None
        if _heeft_een(totaal)
        else standaard,
        gemeenten_15=gemeenten_15,
        vorig_jaar=vorig_jaar,
        beleid=beleid,
        motor=gekozen,
    )


def _corporaties(telling: Telling) -> set[str]:
    return {c.corporatie for c in telling.kubus} | {c for c, _ in telling.overgeslagen}


def _heeft_meerdere(telling: Telling) -> bool:
    return len(_corporaties(telling)) > 1


def _heeft_een(telling: Telling) -> bool:
    """Of de telling een corporatie kent (zonder geaccepteerde rij: de opgegeven naam)."""
    return bool(_corporaties(telling))
