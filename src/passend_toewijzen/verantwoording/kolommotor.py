"""De jaarverantwoording op de kolom-motor: dezelfde telling als de rij-motor, per stuk van
:data:`STUK_KOLOM` rijen in één keer beoordeeld.

Per stuk: de cellen worden vectorieel gelezen (:func:`~passend_toewijzen.kolom.lezen.lees_cellen`);
verdachte rijen gaan door de rij-omzetter (dezelfde aanvaarding en meldingen); de dubbelcontrole
loopt in bestandsvolgorde; de onverdachte rijen worden beoordeeld met
:func:`~passend_toewijzen.kolom.regels.beoordeel` en per cel geteld. De toewijzingen die het verslag
met uitleg toont (niet passend of onbepaald) en de rijen die de kolom-motor aan de rij-motor laat,
gaan door :func:`~passend_toewijzen.toets.toets_toewijzing`, zoals in
:func:`~passend_toewijzen.verantwoording.verwerken.tel_invoer`. Het resultaat is dezelfde
:class:`~passend_toewijzen.verantwoording.telling.Telling`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import nullcontext
from typing import Any, Protocol

import polars as pl

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.fouten import PassendToewijzenFout
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.lezen import Bronrij, Bronrijfout, Invoer, Legerij, Rij
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.toewijzingen import Rijtoewijzing, Toewijzingslezer
from passend_toewijzen.kolom.csvlezen import CsvStuk, csv_stukken, snel_leesbaar
from passend_toewijzen.kolom.lezen import cellen_frame, lees_cellen
from passend_toewijzen.kolom.parquetlezen import ParquetStuk, parquet_stukken
from passend_toewijzen.kolom.regels import beoordeel
from passend_toewijzen.regels.doelgroep import Toewijzingssegment
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.passendheid import Passendheid
from passend_toewijzen.toets import Toetsstatus, toets_toewijzing
from passend_toewijzen.verantwoording.begin import in_stukken, omzetter_en_telling
from passend_toewijzen.verantwoording.dubbel import Dubbelcontrole
from passend_toewijzen.verantwoording.telling import MAX_PERSONEN_CEL, Cel, Telling

__all__ = ["STUK_KOLOM", "tel_invoer_kolom"]

STUK_KOLOM = 65_536
"""Het aantal rijen per stuk (en per deeltelling) op de kolom-motor."""

_CELKOLOMMEN = (
    "corporatie",
    "jaar",
    "gemeente",
    "segment",
    "categorie",
    "passendheid",
    "nvt_reden",
    "in_passende_groep",
    "personen",
    "aow_huishouden",
    "huurklasse",
    "daeb_buiten",
)


def _cel(rij: tuple[Any, ...]) -> Cel:
    (corp, jaar, gemeente, seg, cat, pas, nvt, groep, personen, aow, klasse, buiten) = rij
    return Cel(
        corp,
        jaar,
        gemeente,
        None if seg is None else Toewijzingssegment(seg),
        cat,
        None if pas is None else Passendheid(pas),
        nvt,
        groep,
        personen,
        aow,
        None if klasse is None else Huurklasse(klasse),
        buiten,
    )


class _Bronrijen(Protocol):
    def __getitem__(self, i: int, /) -> Bronrij: ...


class _Stuk:
    """Eén stuk rijen van één bestand: lezen, dubbelcontrole, beoordelen en tellen."""

    def __init__(  # noqa: PLR0917 - intern, één aanroep
        self,
        invoer: Invoer,
        omzetter: Toewijzingslezer,
        beleid: Beleid | None,
        jaren: Collection[int] | None,
        dubbel: Dubbelcontrole | None,
        bij_afwijzing: Callable[[Rijfout], None] | None,
        decimaalteken: Decimaalteken,
    ) -> None:
        self.decimaalteken: Decimaalteken = decimaalteken
        self.invoer = invoer
        self.omzetter = omzetter
        self.beleid = beleid
        self.jaren = jaren
        self.dubbel = dubbel
        self.bij_afwijzing = bij_afwijzing

    def wijs_af(self, telling: Telling, fouten: list[Rijfout]) -> None:
        telling.wijs_af(fouten)
        if self.bij_afwijzing is not None:
            for fout in fouten:
                self.bij_afwijzing(fout)

    def rijmotor(self, deel: Telling, resultaat: Rijtoewijzing) -> None:
        """Toets één aanvaarde rij met de rij-motor en tel haar (zoals ``tel_invoer``)."""
        toewijzing = resultaat.toewijzing
        try:
            uitkomst = toets_toewijzing(toewijzing, beleid=self.beleid, strikt=False, uitleg=False)
        except PassendToewijzenFout as fout:
            melding = Rijfout(
                resultaat.bron, resultaat.rijnummer, "huuringangsdatum", str(fout), toewijzing.id
            )
            self.wijs_af(deel, [melding])
            return
        if uitkomst.status is Toetsstatus.ONBEPAALD or uitkomst.passendheid is Passendheid.NIE:
            uitkomst = toets_toewijzing(toewijzing, beleid=self.beleid, strikt=False)
        deel.tel(resultaat.bron, resultaat.rijnummer, resultaat.corporatie, uitkomst)

    def tel(self, stuk: list[Rij]) -> Telling:
        """De deeltelling van één stuk rijen (in bestandsvolgorde)."""
        deel = Telling()
        bronrijen: list[Bronrij] = []
        for rij in stuk:
            if isinstance(rij, Legerij):
                deel.tel_leeg()
            elif isinstance(rij, Bronrijfout):
                melding = Rijfout(self.invoer.naam, rij.rijnummer, None, rij.melding)
                self.wijs_af(deel, [melding])
            else:
                bronrijen.append(rij)
        if bronrijen:
            rijnummers = [r.rijnummer for r in bronrijen]
            self.tel_bronrijen(deel, bronrijen, rijnummers, self.lees(bronrijen))
        return deel

    def lees(self, bronrijen: list[Bronrij]) -> pl.DataFrame:
        """De getypte cellen van deze rijen (kolom ``_rij``: de plaats in ``bronrijen``)."""
        try:
            cellen = cellen_frame(self.invoer.kolommen, [r.waarden for r in bronrijen])
        except (TypeError, ValueError):
            # Geen tekstcellen (Excel, Parquet, JSON-regels): elke rij door de rij-omzetter.
            kolommen = self.invoer.kolommen
            cellen = cellen_frame(kolommen, [(None,) * len(kolommen)])
            leeg = lees_cellen(cellen, corporatie="", schema=self.invoer.schema).collect()
            return pl.DataFrame(
                {
                    "_rij": pl.Series(range(len(bronrijen)), dtype=pl.Int64),
                    "verdacht": [True] * len(bronrijen),
                }
            ).join(leeg.drop("verdacht"), how="cross")
        return (
            lees_cellen(
                cellen.with_row_index("_rij"),
                corporatie=self.omzetter.corporatie,
                decimaalteken=self.decimaalteken,
                schema=self.invoer.schema,
            )
            .with_columns(pl.col("_rij").cast(pl.Int64))
            .collect()
        )

    def tel_csv(self, stuk: CsvStuk) -> Telling:
        """De deeltelling van een stuk dat :func:`~passend_toewijzen.kolom.csvlezen.csv_stukken`
        las."""
        waarden = stuk.cellen.select(self.invoer.kolommen)
        nummers: list[int] = stuk.cellen["_rijnummer"].to_list()

        def bronrij(i: int) -> Bronrij:
            eerder = stuk.per_regel.get(i)
            if eerder is not None:
                return eerder
            return Bronrij(nummers[i], waarden.row(i))

        return self.tel_cellen(stuk.cellen, bronrij, stuk.overige)

    def tel_parquet(self, stuk: ParquetStuk) -> Telling:
        """De deeltelling van een partij die :func:`~.parquet_stukken` las."""
        return self.tel_cellen(stuk.cellen, stuk.bronrij, stuk.overige)

    def tel_cellen(
        self, cellen: pl.DataFrame, bronrij: Callable[[int], Bronrij], overige: list[Rij]
    ) -> Telling:
        """De deeltelling van een frame tekstcellen (met ``_rijnummer``); ``bronrij`` geeft de
        rij zoals de rij-lezer haar geeft, ``overige`` de lege rijen en rijfouten."""
        deel = Telling()
        vooraf: dict[int, list[Rijfout]] = {}
        for rij in overige:
            if isinstance(rij, Legerij):
                deel.tel_leeg()
            elif isinstance(rij, Bronrijfout):
                vooraf[rij.rijnummer] = [
                    Rijfout(self.invoer.naam, rij.rijnummer, None, rij.melding)
                ]
        rijnummers: list[int] = cellen["_rijnummer"].to_list()

        class _Rijen:
            def __getitem__(self, i: int) -> Bronrij:
                return bronrij(i)

        frame = (
            lees_cellen(
                cellen.with_row_index("_rij"),
                corporatie=self.omzetter.corporatie,
                decimaalteken=self.decimaalteken,
                schema=self.invoer.schema,
            )
            .with_columns(pl.col("_rij").cast(pl.Int64))
            .collect()
        )
        self.tel_bronrijen(deel, _Rijen(), rijnummers, frame, vooraf)
        return deel

    def tel_bronrijen(
        self,
        deel: Telling,
        bronrijen: _Bronrijen,
        rijnummers: list[int],
        frame: pl.DataFrame,
        vooraf: dict[int, list[Rijfout]] | None = None,
    ) -> None:
        """Tel de rijen van een stuk: verdachte door de rij-omzetter, de rest vectorieel.

        ``vooraf`` zijn de rijfouten (per rijnummer) van regels die geen rij waren."""
        naam = self.invoer.naam
        kenmerken: list[str | None] = frame["toewijzing_id"].to_list()
        fouten: dict[int, list[Rijfout]] = {}
        omgezet: dict[int, Rijtoewijzing] = {}
        for i in frame.filter(pl.col("verdacht"))["_rij"].to_list():
            resultaat = self.omzetter(bronrijen[i])
            if isinstance(resultaat, list):
                fouten[i] = resultaat
                kenmerken[i] = None
            else:
                omgezet[i] = resultaat
                kenmerken[i] = resultaat.toewijzing.id
        if self.dubbel is not None:
            for i, fout in self.dubbel.controleer_reeks(kenmerken, naam, rijnummers):
                fouten[i] = [fout]
                omgezet.pop(i, None)
        naar_rijmotor: dict[int, Rijtoewijzing] = {}
        for i, resultaat in omgezet.items():
            jaar = resultaat.toewijzing.huuringangsdatum.year
            if self.jaren is not None and jaar not in self.jaren:
                deel.sla_over(resultaat.corporatie, jaar)
            else:
                naar_rijmotor[i] = resultaat
        schoon = frame.lazy().filter(~pl.col("verdacht"))
        if fouten:
            schoon = schoon.filter(~pl.col("_rij").is_in(list(fouten)))
        schoon = schoon.with_columns(jaar=pl.col("huuringangsdatum").dt.year())
        if self.jaren is not None:
            binnen = pl.col("jaar").is_in(list(self.jaren))
            buiten = schoon.filter(~binnen).group_by("corporatie", "jaar").len().collect()
            for corporatie, jaar, aantal in buiten.iter_rows():
                deel.gelezen += aantal
                deel.overgeslagen[(corporatie, jaar)] += aantal
            schoon = schoon.filter(binnen)
        oordelen = (
            beoordeel(schoon, self.beleid)
            .with_columns(
                personen=pl.col("aantal_personen").clip(upper_bound=MAX_PERSONEN_CEL),
                uitleg=pl.col("motor_rij")
                | pl.col("onbepaald")
                | (pl.col("passendheid") == Passendheid.NIE.value).fill_null(False),
            )
            .collect()
        )
        tellingen = oordelen.filter(~pl.col("uitleg")).group_by(_CELKOLOMMEN).len()
        for *sleutel, aantal in tellingen.iter_rows():
            deel.kubus[_cel(tuple(sleutel))] += aantal
            deel.gelezen += aantal
        for i in oordelen.filter(pl.col("uitleg"))["_rij"].to_list():
            resultaat = self.omzetter(bronrijen[i])
            if isinstance(resultaat, list):  # pragma: no cover - onverdachte rijen passen
                fouten[i] = resultaat
            else:
                naar_rijmotor[i] = resultaat
        # In bestandsvolgorde, zoals de rij-motor (de lijsten zijn begrensd).
        volgorde = [(rijnummers[i], i) for i in fouten.keys() | naar_rijmotor.keys()]
        volgorde += [(n, -1) for n in vooraf or {}]
        for nummer, i in sorted(volgorde):
            if i < 0:
                self.wijs_af(deel, (vooraf or {})[nummer])
            elif i in fouten:
                self.wijs_af(deel, fouten[i])
            else:
                self.rijmotor(deel, naar_rijmotor[i])


def tel_invoer_kolom(
    invoer: Invoer,
    *,
    corporatie: str | None = None,
    decimaalteken: Decimaalteken = "auto",
    beleid: Beleid | None = None,
    jaren: Collection[int] | None = None,
    dubbelcontrole: bool = True,
    voortgang: Callable[[int], None] | None = None,
    bij_afwijzing: Callable[[Rijfout], None] | None = None,
    _dubbel: Dubbelcontrole | None = None,
) -> Telling:
    """:func:`~passend_toewijzen.verantwoording.verwerken.tel_invoer` op de kolom-motor: dezelfde
    telling (zonder ``bij_oordeel``: wie per toewijzing een oordeel wil, gebruikt de rij-motor)."""
    omzetter, totaal = omzetter_en_telling(
        invoer, corporatie=corporatie, decimaalteken=decimaalteken
    )
    eigen = _dubbel is None and dubbelcontrole
    with Dubbelcontrole() if eigen else nullcontext(_dubbel) as dubbel:
        verwerker = _Stuk(invoer, omzetter, beleid, jaren, dubbel, bij_afwijzing, decimaalteken)
        stukken: Iterator[Telling]
        if snel_leesbaar(invoer):
            stukken = map(verwerker.tel_csv, csv_stukken(invoer, STUK_KOLOM))
        elif invoer.formaat == "parquet" and invoer.bronkolommen is not None:
            stukken = map(verwerker.tel_parquet, parquet_stukken(invoer))
        else:
            stukken = map(verwerker.tel, in_stukken(invoer.rijen(), STUK_KOLOM))
        for deel in stukken:
            totaal = totaal + deel
            if voortgang is not None:
                voortgang(totaal.gelezen)
        return totaal
