"""De bereikbaarheid op de kolom-motor: dezelfde uitkomst als de rij-motor, vectorieel.

Het voorraadbestand wordt in stukken gelezen (CSV zonder aanhalingstekens met
:func:`~passend_toewijzen.kolom.csvlezen.csv_stukken`, Parquet met
:func:`~passend_toewijzen.kolom.parquetlezen.parquet_stukken`) en per kolom omgezet
(:func:`~passend_toewijzen.kolom.voorraad.lees_voorraadcellen`). Verdachte rijen gaan door de
rij-lezer (:class:`~passend_toewijzen.invoer.voorraad.Voorraadlezer`): dezelfde aanvaarding en
dezelfde meldingen; wat die aanvaardt, rekent de rij-motor door
(:meth:`~passend_toewijzen.bereikbaarheid.aanbod.Aanbodregels.woning`). De dubbelcontrole van
``woning_id`` loopt over het hele bestand, met het rijnummer van de eerste keer. De maximale huur
bij punten komt per verschillend puntental uit dezelfde functie als bij de rij-motor
(:meth:`~passend_toewijzen.bereikbaarheid.aanbod.Aanbodregels.maximale_huren`), dus uit dezelfde
gedateerde tabel, met dezelfde fouten.

De referentie (de huidige kale huur, zonder streefhuur, aftoppen of verduurzaming) telt op
dezelfde manier, met de kolom ``kale_huur`` als huur.

De rest is per scenario één reeks kolomexpressies (:mod:`passend_toewijzen.kolom.bereikbaarheid`)
in hele centen en een telling per combinatie van gemeente, kern, huurklasse en bereikbaarheid; de
mutatiekansen worden opgeteld als gehele getallen (maal 10^9) met hun aantal decimalen, zodat het
mutatieaanbod dezelfde exacte ``Decimal`` is als bij de rij-motor. Alle grenzen komen uit de
:class:`~passend_toewijzen.bereikbaarheid.grenzen.Grenzen` van de peildatum.

Andere formaten (Excel, JSON-regels, CSV met aanhalingstekens) en scenario's met een percentage
van meer dan zes decimalen laat :func:`bereken_kolom` aan de rij-motor (``None``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl

from passend_toewijzen._rekenen import REKENCONTEXT
from passend_toewijzen.bereikbaarheid.aanbod import DOELGROEPEN, Aanbodregels
from passend_toewijzen.bereikbaarheid.scenario import Aftopping, Scenario
from passend_toewijzen.bereikbaarheid.telling import Cijfers, Teller
from passend_toewijzen.fouten import ParameterFout
from passend_toewijzen.invoer.cellen import Decimaalteken
from passend_toewijzen.invoer.lezen import Bronrij, Bronrijfout, Invoer, Legerij, Rij
from passend_toewijzen.invoer.rijen import Rijfout
from passend_toewijzen.invoer.voorraad import (
    MUTATIEKANS_STANDAARD,
    Voorraad,
    Voorraadlezer,
    Voorraadwoning,
    open_voorraad,
)
from passend_toewijzen.kolom.bereikbaarheid import (
    PERCENTAGESCHAAL,
    afgetopt,
    eerste_grens,
    streefhuur_centen,
)
from passend_toewijzen.kolom.csvlezen import csv_stukken, snel_leesbaar
from passend_toewijzen.kolom.parquetlezen import parquet_stukken
from passend_toewijzen.kolom.tabel import centen
from passend_toewijzen.kolom.voorraad import GETALSCHAAL, lees_voorraadcellen
from passend_toewijzen.modellen import Woningsoort
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.tabellen.model import Cel

__all__ = ["STUK", "Kolomuitkomst", "bereken_kolom"]

STUK = 65_536
"""Het aantal regels per gelezen stuk van een CSV-bestand."""

_c = pl.col
_Sleutel = tuple[str, str | None]


class Kolomuitkomst(NamedTuple):
    """Wat de kolom-motor teruggeeft (zie :class:`~.verslag.Bereikbaarheid`)."""

    voorraad: Voorraad
    afgewezen: list[Rijfout]
    kernen: list[dict[_Sleutel, Cijfers]]
    """Per scenario de telling per (gemeente, kern), in de volgorde van de rij-motor."""
    huidig: dict[_Sleutel, Cijfers]
    """De referentie: de telling per (gemeente, kern) met de huidige kale huur."""
    mutatiekans_standaard: int
    uit_punten: int


def _micro(percentage: Decimal) -> int | None:
    """Een percentage in miljoensten (``None`` als het meer decimalen heeft)."""
    waarde = percentage.scaleb(6)
    if waarde != waarde.to_integral_value():
        return None
    return int(waarde)


def _alle_percentages(scenario: Scenario) -> list[Decimal]:
    return [scenario.streefhuur_percentage, *scenario.segmenten.values(), *scenario.kernen.values()]


def _stukken(invoer: Invoer) -> Iterator[tuple[pl.DataFrame, Callable[[int], Bronrij], list[Rij]]]:
    if snel_leesbaar(invoer):
        for stuk in csv_stukken(invoer, STUK):
            waarden = stuk.cellen.select(invoer.kolommen)
            nummers: list[int] = stuk.cellen["_rijnummer"].to_list()

            def bronrij(
                i: int,
                per_regel: dict[int, Bronrij] = stuk.per_regel,
                waarden: pl.DataFrame = waarden,
                nummers: list[int] = nummers,
            ) -> Bronrij:
                eerder = per_regel.get(i)
                return eerder if eerder is not None else Bronrij(nummers[i], waarden.row(i))

            yield stuk.cellen, bronrij, stuk.overige
    else:
        for partij in parquet_stukken(invoer):
            yield partij.cellen, partij.bronrij, partij.overige


class _Gelezen(NamedTuple):
    frame: pl.DataFrame
    rijwoningen: list[Voorraadwoning]
    fouten: list[tuple[int, list[Rijfout]]]
    leeg: int


_KOLOMMEN = (
    "_rijnummer",
    "woning_id",
    "gemeente",
    "kern",
    "woningsoort",
    "daeb",
    "kale_huur",
    "maximale_huur",
    "punten",
    "mutatiekans",
    "mutatiekans_decimalen",
    "huurverhoging_verduurzaming",
    "streefhuur_percentage",
)


def _lees(invoer: Invoer, decimaalteken: Decimaalteken) -> _Gelezen:
    lezer = Voorraadlezer(invoer.naam, invoer.kolommen, decimaalteken=decimaalteken)
    frames: list[pl.DataFrame] = []
    rijwoningen: list[Voorraadwoning] = []
    fouten: list[tuple[int, list[Rijfout]]] = []
    leeg = 0
    for cellen, bronrij, overige in _stukken(invoer):
        for rij in overige:
            if isinstance(rij, Legerij):
                leeg += 1
            elif isinstance(rij, Bronrijfout):
                fouten.append(
                    (rij.rijnummer, [Rijfout(invoer.naam, rij.rijnummer, None, rij.melding)])
                )
        getypt = lees_voorraadcellen(
            cellen.with_row_index("_plaats"), decimaalteken=decimaalteken
        ).collect()
        for i in getypt.filter(_c("verdacht"))["_plaats"].to_list():
            rij_ = bronrij(i)
            resultaat = lezer(rij_)
            if isinstance(resultaat, list):
                fouten.append((rij_.rijnummer, resultaat))
            else:
                rijwoningen.append(resultaat)
        frames.append(getypt.filter(~_c("verdacht")).select(_KOLOMMEN))
    if not frames:
        leeg_frame = pl.DataFrame({"_rijnummer": pl.Series([], dtype=pl.Int64)})
        frames.append(lees_voorraadcellen(leeg_frame).select(_KOLOMMEN).collect())
    frame = pl.concat(frames)
    return _Gelezen(frame, rijwoningen, fouten, leeg)


def _dubbel(gelezen: _Gelezen, bron: str) -> tuple[pl.DataFrame, list[Voorraadwoning]]:
    """Wijs elke rij af waarvan het ``woning_id`` al eerder (aanvaard) in het bestand stond."""
    frame, rijwoningen = gelezen.frame, gelezen.rijwoningen
    ids = pl.concat(
        [
            frame.select("woning_id", "_rijnummer"),
            pl.DataFrame(
                {
                    "woning_id": pl.Series([w.woning_id for w in rijwoningen], dtype=pl.String),
                    "_rijnummer": pl.Series([w.rijnummer for w in rijwoningen], dtype=pl.Int64),
                }
            ),
        ]
    )
    dubbel = ids.with_columns(eerste=_c("_rijnummer").min().over("woning_id")).filter(
        _c("_rijnummer") != _c("eerste")
    )
    if dubbel.is_empty():
        return frame, rijwoningen
    weg: set[int] = set()
    for kenmerk, nummer, eerste in dubbel.iter_rows():
        melding = f"woning_id {kenmerk!r} komt al voor in rij {eerste}"
        gelezen.fouten.append((nummer, [Rijfout(bron, nummer, "woning_id", melding, kenmerk)]))
        weg.add(nummer)
    frame = frame.filter(~_c("_rijnummer").is_in(list(weg)))
    return frame, [w for w in rijwoningen if w.rijnummer not in weg]


def _punten(
    frame: pl.DataFrame, regels: Aanbodregels, bron: str
) -> tuple[pl.DataFrame, list[tuple[int, list[Rijfout]]]]:
    """De maximale huur in centen (kolom ``maximaal``), uit de punten met de tabel van de
    peildatum; rijen waarvan de punten niet in de tabel staan, worden afgewezen."""
    paren = frame.filter(_c("punten").is_not_null()).select("woningsoort", "punten").unique()
    opgezocht: list[tuple[str, str, int | None, str | None]] = []
    for soort, punten in sorted(paren.iter_rows()):
        voorbeeld = Voorraadwoning(
            bron, 0, "", "", None, None, Woningsoort(soort), True, Decimal(0), None,
            Decimal(punten), MUTATIEKANS_STANDAARD, False, None, None,
        )  # fmt: skip
        goed, fout = regels.maximale_huren([voorbeeld])
        if goed:
            opgezocht.append((soort, punten, centen(goed[0][1]), None))
        else:
            opgezocht.append((soort, punten, None, fout[0].melding))
    tabel = pl.DataFrame(
        opgezocht,
        schema={
            "woningsoort": pl.String,
            "punten": pl.String,
            "_uit_tabel": pl.Int64,
            "_puntfout": pl.String,
        },
        orient="row",
    )
    gekoppeld = frame.join(tabel, on=["woningsoort", "punten"], how="left", maintain_order="left")
    fouten = [
        (nummer, [Rijfout(bron, nummer, "punten", melding, kenmerk)])
        for nummer, kenmerk, melding in gekoppeld.filter(_c("_puntfout").is_not_null())
        .select("_rijnummer", "woning_id", "_puntfout")
        .iter_rows()
    ]
    aanvaard = gekoppeld.filter(_c("_puntfout").is_null()).with_columns(
        maximaal=pl.coalesce("maximale_huur", "_uit_tabel"),
        kans=_c("mutatiekans").fill_null(int(MUTATIEKANS_STANDAARD * GETALSCHAAL)),
        decimalen=_c("mutatiekans_decimalen").fill_null(0),
    )
    return aanvaard, fouten


def _percentage(scenario: Scenario) -> pl.Expr:
    """Het percentage per woning (miljoensten): woning, kern, segment, scenario."""

    def lit(waarde: Decimal) -> pl.Expr:
        return pl.lit(_micro(waarde), dtype=pl.Int64)

    uit = lit(scenario.streefhuur_percentage)
    if scenario.segmenten:
        daeb = scenario.segmenten.get("daeb", scenario.streefhuur_percentage)
        niet = scenario.segmenten.get("niet_daeb", scenario.streefhuur_percentage)
        uit = pl.when(_c("daeb")).then(lit(daeb)).otherwise(lit(niet))
    if scenario.kernen:
        per_kern = {k: _micro(v) for k, v in scenario.kernen.items()}
        uit = (
            pl.when(_c("kern").is_in(list(per_kern)))
            .then(_c("kern").replace_strict(per_kern, default=None, return_dtype=pl.Int64))
            .otherwise(uit)
        )
    if scenario.woningpercentage:
        eigen = _c("streefhuur_percentage") // (GETALSCHAAL // PERCENTAGESCHAAL)
        uit = pl.when(eigen.is_not_null()).then(eigen).otherwise(uit)
    return uit


_FOUT = "_fout"


def _klassengrenzen(
    regels: Aanbodregels,
) -> tuple[list[tuple[str, int | None]], ParameterFout | None]:
    grenzen: list[tuple[str, int | None]] = []
    for klasse, grens in regels.grenzen.huurklassen:
        if isinstance(grens, ParameterFout):
            # Een huur die deze grens nodig heeft, geeft bij de rij-motor deze fout.
            grenzen.append((_FOUT, None))
            return grenzen, grens
        assert isinstance(grens.waarde, Decimal)  # noqa: S101 - een grens is een bedrag
        grenzen.append((klasse.value, centen(grens.waarde)))
    return grenzen, None


def _scenario_frame(
    frame: pl.DataFrame, regels: Aanbodregels, scenario: Scenario
) -> tuple[pl.DataFrame, ParameterFout | None]:
    grenzen = regels.grenzen
    streef = streefhuur_centen(_c("maximaal"), _percentage(scenario))
    huur = (
        streef + _c("huurverhoging_verduurzaming").fill_null(0)
        if scenario.verduurzaming
        else streef
    )
    bedragen = {
        Aftopping.AFTOPPINGSGRENS_LAAG: grenzen.aftoppingsgrens_laag.bedrag,
        Aftopping.AFTOPPINGSGRENS_HOOG: grenzen.aftoppingsgrens_hoog.bedrag,
        Aftopping.MAXIMALE_HUURGRENS: grenzen.maximale_huurgrens.bedrag,
    }
    grens = None if scenario.aftoppen is None else centen(bedragen[scenario.aftoppen])
    geldt = _c("daeb") if scenario.aftoppen_alleen_daeb else pl.lit(True)
    return _telling(frame, regels, huur, grens, geldt)


def _telling(
    frame: pl.DataFrame, regels: Aanbodregels, huur: pl.Expr, grens: int | None, geldt: pl.Expr
) -> tuple[pl.DataFrame, ParameterFout | None]:
    """De telling per gemeente, kern, huurklasse, bereikbaarheid en cel bij een huur (centen)."""
    grenzen = regels.grenzen
    klassen, klassefout = _klassengrenzen(regels)
    eind = _c("_huur")
    kolommen = [
        eerste_grens(eind, klassen, Huurklasse.VRIJE_SECTOR.value).alias("_klasse"),
        (eind != _c("_ruw")).alias("_afgetopt"),
        *(
            (eind <= centen(grenzen.grens(d))).alias(f"_bereikbaar_{i}")
            for i, d in enumerate(DOELGROEPEN)
        ),
        *(
            eerste_grens(
                eind,
                [
                    (g.cellen[naam].value, None if tot is None else centen(tot))
                    for naam, tot in g.banden
                ],
            ).alias(f"_cel_{j}")
            for j, g in enumerate(regels.groepen)
        ),
    ]
    sleutel = ["gemeente", "kern", *(k.meta.output_name() for k in kolommen)]
    telling = (
        frame.lazy()
        .with_columns(_ruw=huur)
        .with_columns(_huur=afgetopt(_c("_ruw"), grens, geldt))
        .with_columns(kolommen)
        .group_by(sleutel)
        .agg(
            _aantal=pl.len(),
            _gewicht=_c("kans").sum(),
            _decimalen=_c("decimalen").max(),
        )
        .collect()
    )
    return telling, klassefout


def _tel(teller: Teller, aantal: int, gewicht: Decimal) -> None:
    teller.aantal += aantal
    teller.gewicht = REKENCONTEXT.add(teller.gewicht, gewicht)


def _gewicht(som: int, decimalen: int) -> Decimal:
    """De som van de mutatiekansen als exacte ``Decimal`` met de exponent van de rij-motor."""
    waarde = Decimal(som).scaleb(-9, context=REKENCONTEXT)
    return waarde.quantize(Decimal(1).scaleb(-decimalen), context=REKENCONTEXT)


def _volgorde(frame: pl.DataFrame, rijwoningen: Sequence[Voorraadwoning]) -> list[_Sleutel]:
    """De (gemeente, kern)-paren in de volgorde waarin de rij-motor ze tegenkomt."""
    eerste: dict[_Sleutel, int] = {}
    for gemeente, kern, nummer in (
        frame.group_by("gemeente", "kern").agg(_c("_rijnummer").min()).iter_rows()
    ):
        eerste[(gemeente, kern)] = nummer
    for w in rijwoningen:
        sleutel = (w.gemeente, w.kern)
        eerste[sleutel] = min(eerste.get(sleutel, w.rijnummer), w.rijnummer)
    return sorted(eerste, key=lambda s: eerste[s])


def kolommotor_past(scenarios: Sequence[Scenario]) -> bool:
    """Of de kolom-motor deze scenario's exact kan rekenen (percentages tot zes decimalen)."""
    return all(_micro(p) is not None for s in scenarios for p in _alle_percentages(s))


def bereken_kolom(
    pad: str | Path,
    regels: Aanbodregels,
    scenarios: Sequence[Scenario],
    *,
    koppeling: Mapping[str, str] | None = None,
    decimaalteken: Decimaalteken = "auto",
) -> Kolomuitkomst | None:
    """Lees en reken de voorraad door op de kolom-motor; ``None``: dit laat zij aan de rij-motor."""
    if not kolommotor_past(scenarios):
        return None
    invoer = open_voorraad(pad, koppeling=koppeling)
    if not snel_leesbaar(invoer) and not (
        invoer.formaat == "parquet" and invoer.bronkolommen is not None
    ):
        return None
    bronkenmerken = {invoer.naam: invoer.kenmerken()}
    gelezen = _lees(invoer, decimaalteken)
    frame, rijwoningen = _dubbel(gelezen, invoer.naam)
    fouten = sorted(gelezen.fouten, key=lambda f: f[0])
    afgewezen = len(fouten)
    aanvaard = frame.height + len(rijwoningen)
    voorraad = Voorraad(
        fouten=[f for _, lijst in fouten for f in lijst],
        gelezen=aanvaard + afgewezen + gelezen.leeg,
        afgewezen=afgewezen,
        leeg=gelezen.leeg,
        bronkenmerken=bronkenmerken,
        waarschuwingen=list(invoer.waarschuwingen),
    )
    frame, puntfouten = _punten(frame, regels, invoer.naam)
    rijgoed, rijpuntfouten = regels.maximale_huren(rijwoningen)
    puntfouten += [(f.rijnummer, [f]) for f in rijpuntfouten]
    puntfouten.sort(key=lambda f: f[0])
    volgorde = _volgorde(frame, [w for w, _ in rijgoed])
    klassen = (*(k for k, _ in regels.grenzen.huurklassen), Huurklasse.VRIJE_SECTOR)
    groepen = tuple(g.groep for g in regels.groepen)
    per_scenario: list[dict[_Sleutel, Cijfers]] = []
    leeg = Cijfers(klassen, len(DOELGROEPEN), groepen)
    for scenario in scenarios:
        kernen = {sleutel: leeg.leeg() for sleutel in volgorde}
        telling, klassefout = _scenario_frame(frame, regels, scenario)
        for rij in telling.iter_rows(named=True):
            _tel_groep(kernen[(rij["gemeente"], rij["kern"])], rij, klassefout, len(groepen))
        for woning, maximale_huur in rijgoed:
            kernen[(woning.gemeente, woning.kern)].tel(
                regels.woning(woning, maximale_huur, scenario)
            )
        per_scenario.append(kernen)
    # De referentie: de huidige kale huur, zonder streefhuur, aftoppen of verduurzaming.
    huidig = {sleutel: leeg.leeg() for sleutel in volgorde}
    telling, klassefout = _telling(frame, regels, _c("kale_huur"), None, pl.lit(True))
    for rij in telling.iter_rows(named=True):
        _tel_groep(huidig[(rij["gemeente"], rij["kern"])], rij, klassefout, len(groepen))
    for woning, _ in rijgoed:
        huidig[(woning.gemeente, woning.kern)].tel(regels.huidig(woning))
    standaard = frame.filter(_c("mutatiekans").is_null()).height + sum(
        1 for w, _ in rijgoed if not w.mutatiekans_opgegeven
    )
    uit_punten = frame.filter(_c("punten").is_not_null()).height + sum(
        1 for w, _ in rijgoed if w.maximale_huur is None
    )
    return Kolomuitkomst(
        voorraad=voorraad,
        afgewezen=[*voorraad.fouten, *(f for _, lijst in puntfouten for f in lijst)],
        kernen=per_scenario,
        huidig=huidig,
        mutatiekans_standaard=standaard,
        uit_punten=uit_punten,
    )


def _tel_groep(
    cijfers: Cijfers, rij: dict[str, Any], klassefout: ParameterFout | None, groepen: int
) -> None:
    if rij["_klasse"] == _FOUT and klassefout is not None:
        raise klassefout.with_traceback(None)
    aantal: int = rij["_aantal"]
    gewicht = _gewicht(rij["_gewicht"], rij["_decimalen"])
    _tel(cijfers.totaal, aantal, gewicht)
    if rij["_afgetopt"]:
        _tel(cijfers.afgetopt, aantal, gewicht)
    _tel(cijfers.per_klasse[Huurklasse(rij["_klasse"])], aantal, gewicht)
    for i, teller in enumerate(cijfers.bereikbaar):
        if rij[f"_bereikbaar_{i}"]:
            _tel(teller, aantal, gewicht)
    for j in range(groepen):
        _tel(cijfers.cellen[j][Cel(rij[f"_cel_{j}"])], aantal, gewicht)
