"""De regels van de toets als kolomexpressies: het oordeel van de rij-motor, voor miljoenen rijen.

:func:`beoordeel` voegt aan een frame met de kolommen van het toewijzingenbestand (getypt, bedragen
in hele centen; zie :data:`INVOERSCHEMA`) het oordeel toe dat
:func:`~passend_toewijzen.toets.toets_toewijzing` (niet-strikt) voor elke rij geeft: status,
toewijzingssegment met reden, passendheid met reden, passende groep, huishoudtype, AOW,
huurklasse en de kenmerken waarop de verantwoording telt. De grenzen komen per rij uit de
parametertabel (:mod:`.tabel`, as-of join op de huuringangsdatum); het regime zit in de data
(het aantal grenzen en hun segmenten, of passend toewijzen en art. 54a gelden, hoe de huur de
reikwijdte begrenst). Er staat geen enkel wettelijk bedrag in deze module.

De kleinere functies (:func:`huurklasse`, :func:`huishoudtype`, :func:`passende_inkomensgrens`)
werken op elke kolom en zijn bedoeld voor hergebruik (bereikbaarheid over een woningvoorraad,
simulaties).

Rijen die de kolom-motor niet beslist (een huuringangsdatum buiten de dekking, of een datum
waarop de parameters zelf een fout geven) krijgen ``motor_rij = true``: die gaan door de
rij-motor, die de fout of het oordeel geeft.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.kolom.tabel import HUURKLASSEN, MAX_PERSONEN, koppel_parameters
from passend_toewijzen.regels.doelgroep import _REDEN as _SEGMENTREDEN
from passend_toewijzen.regels.doelgroep import _VRIJSTELLING_NAMEN, Toewijzingssegment
from passend_toewijzen.regels.groepen import Vrijstelling
from passend_toewijzen.regels.huishoudtype import Huishoudtype
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.regels.passendheid import Passendheid

__all__ = [
    "INVOERSCHEMA",
    "UITVOERKOLOMMEN",
    "beoordeel",
    "huishoudtype",
    "huurklasse",
    "passende_inkomensgrens",
]

INVOERSCHEMA: dict[str, Any] = {
    "huuringangsdatum": pl.Date,
    "gemeente": pl.String,
    "kale_huur": pl.Int64,
    "woningsoort": pl.String,
    "daeb": pl.Boolean,
    "aantal_personen": pl.Int64,
    "huishoudinkomen": pl.Int64,
    "aow_huishouden": pl.Boolean,
    "vergunninghouders": pl.Boolean,
    "studenten": pl.Boolean,
    "zorgindicatie": pl.String,
    "huurtoeslag_mogelijk": pl.Boolean,
    "servicekosten": pl.Int64,
    "subsidiabele_servicekosten": pl.Int64,
    "verzoek_art_54a": pl.Boolean,
    "alle_bewoners_aow": pl.Boolean,
    "rendementsgrondslag_box3": pl.Int64,
}
"""De kolommen die :func:`beoordeel` leest; bedragen in hele centen, lege vlaggen zijn ``null``."""

UITVOERKOLOMMEN = (
    "motor_rij",
    "onbepaald",
    "segment",
    "segment_reden",
    "categorie",
    "daeb_buiten",
    "passendheid",
    "passend_reden",
    "nvt_reden",
    "in_passende_groep",
    "art_54a",
    "huishoudtype",
    "huurklasse",
)
"""De kolommen die :func:`beoordeel` toevoegt (``segment``/``passendheid`` leeg: onbepaald)."""

_c = pl.col


def _lit(waarde: str | None) -> pl.Expr:
    return pl.lit(waarde, dtype=pl.String)


def huishoudtype(aantal_personen: pl.Expr, aow: pl.Expr) -> pl.Expr:
    """Het huishoudtype (waarde van :class:`~passend_toewijzen.regels.huishoudtype.Huishoudtype`)
    uit het aantal personen en de AOW-status: één persoon of meer, onder of vanaf de AOW-leeftijd.
    """
    een = aantal_personen == 1
    return (
        pl.when(een & aow)
        .then(_lit(Huishoudtype.EENPERSOONS_AOW.value))
        .when(een)
        .then(_lit(Huishoudtype.EENPERSOONS.value))
        .when(aow)
        .then(_lit(Huishoudtype.MEERPERSOONS_AOW.value))
        .otherwise(_lit(Huishoudtype.MEERPERSOONS.value))
    )


def passende_inkomensgrens(huishoudtype_kolom: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """De passende inkomensgrens (centen) en of die onbekend is, per huishoudtype.

    Vraagt de kolommen van de parametertabel (na :func:`~.tabel.koppel_parameters`).
    """
    grens: Any = pl
    fout: Any = pl
    for h in Huishoudtype:
        gelijk = huishoudtype_kolom == h.value
        grens = grens.when(gelijk).then(_c(f"passend_{h.value}"))
        fout = fout.when(gelijk).then(_c(f"passend_{h.value}_fout"))
    return grens.otherwise(None), fout.otherwise(True)


def huurklasse(kale_huur: pl.Expr) -> pl.Expr:
    """De huurklasse (waarde van :class:`~passend_toewijzen.regels.huurklasse.Huurklasse`) van een
    kale huur in centen, met de grenzen die op de gekoppelde datum gelden; leeg als een benodigde
    grens onbekend is (zoals :func:`~passend_toewijzen.regels.huurklasse.bepaal_huurklasse`).

    Vraagt de kolommen van de parametertabel (na :func:`~.tabel.koppel_parameters`). Elke grens
    is "ten hoogste": een huur gelijk aan een grens valt in de lagere klasse.
    """
    uitkomst: Any = pl
    for klasse in HUURKLASSEN:
        grens = _c(f"klasse_{klasse.value}")
        uitkomst = (
            uitkomst.when(_c(f"klasse_{klasse.value}_fout"))
            .then(_lit(None))
            .when(grens.is_not_null() & (kale_huur <= grens))
            .then(_lit(klasse.value))
        )
    klasse_expr: pl.Expr = uitkomst.otherwise(_lit(Huurklasse.VRIJE_SECTOR.value))
    return klasse_expr


Takken = list[tuple[pl.Expr, ...]]


def _uit_takken(
    voorvoegsel: str, takken: Takken, namen: tuple[str, ...], standaard: tuple[pl.Expr, ...]
) -> tuple[list[pl.Expr], pl.Expr, list[pl.Expr]]:
    """Een keten ``als ... dan ...`` in drie stappen die polars elk één keer uitrekent: elke
    voorwaarde als kolom, het nummer van de eerste die geldt, dan per uitkomstkolom de waarde van
    die tak (de eerste geldende tak beslist, zoals in de rij-regel)."""
    voorwaarden = [
        tak[0].fill_null(False).alias(f"_{voorvoegsel}{k}") for k, tak in enumerate(takken)
    ]
    nummer: Any = pl
    for k in range(len(takken)):
        nummer = nummer.when(_c(f"_{voorvoegsel}{k}")).then(pl.lit(k, pl.Int8))
    tak_kolom = f"_{voorvoegsel}_tak"
    tak_expr: pl.Expr = nummer.otherwise(pl.lit(len(takken), pl.Int8)).alias(tak_kolom)
    uitkomsten: list[pl.Expr] = []
    for positie, naam in enumerate(namen):
        expr: Any = pl
        for k, tak in enumerate(takken):
            expr = expr.when(_c(tak_kolom) == k).then(tak[positie + 1])
        uitkomsten.append(expr.otherwise(standaard[positie]).alias(naam))
    return voorwaarden, tak_expr, uitkomsten


def _segment() -> tuple[list[pl.Expr], list[pl.Expr], pl.Expr, list[pl.Expr]]:
    """Toewijzingssegment (Woningwet art. 47-48; zie :mod:`~passend_toewijzen.regels.doelgroep`)."""
    zorg = _c("zorgindicatie")
    bijzonder = zorg.is_not_null() | _c("vergunninghouders") | _c("studenten")
    categorie_telt = bijzonder & (_c("categorieen") != "geen")
    een = _c("aantal_personen") == 1
    hulp = [
        pl.when(een).then(_c(f"een{d}")).otherwise(_c(f"meer{d}")).alias(f"_s_{d}")
        for d in ("1", "1_fout", "2", "2_fout", "1_segment", "2_segment")
    ]
    g1, g1_fout, g2, g2_fout, s1, s2 = (
        _c(f"_s_{d}") for d in ("1", "1_fout", "2", "2_fout", "1_segment", "2_segment")
    )
    inkomen = _c("_inkomen")
    vrij = _c("_vrijstelling")
    vrij_seg = _lit(Toewijzingssegment.VRIJ.value)
    nvt = _lit(Toewijzingssegment.NVT.value)
    doelgroep = _lit(Toewijzingssegment.DOELGROEP.value)
    # (segment, reden, categorie, daeb_buiten); segment leeg = onbepaald.
    takken: Takken = [
        (~_c("daeb"), nvt, _lit("geen DAEB-woongelegenheid"), _lit(None), _lit("geen_daeb")),
        (
            (_c("woningsoort") != "onzelfstandig") & (_c("kale_huur") > _c("daeb_huurgrens")),
            nvt,
            _lit("huur boven de maximale huurgrens"),
            _lit(None),
            _lit("boven_huurgrens"),
        ),
        (bijzonder & _c("categorieen").is_null(), _lit(None), _lit(None), _lit(None), _lit(None)),
        (
            categorie_telt & zorg.is_not_null(),
            doelgroep,
            pl.format("Zorgindicatie ({})", zorg),
            _lit("zorg"),
            _lit(None),
        ),
        (categorie_telt & _c("_inkomen_fout"), _lit(None), _lit(None), _lit(None), _lit(None)),
        (
            categorie_telt & vrij.is_not_null(),
            doelgroep,
            pl.when(vrij == Vrijstelling.VERGUNNINGHOUDERS.value)
            .then(_lit(_VRIJSTELLING_NAMEN[Vrijstelling.VERGUNNINGHOUDERS]))
            .otherwise(_lit(_VRIJSTELLING_NAMEN[Vrijstelling.STUDENTEN])),
            vrij,
            _lit(None),
        ),
        (_c("_inkomen_fout") | inkomen.is_null() | g1_fout, *(_lit(None),) * 4),
        (inkomen <= g1, s1, _lit(None), _lit(None), _lit(None)),
        (s2.is_null(), vrij_seg, _lit(None), _lit(None), _lit(None)),
        (g2_fout, *(_lit(None),) * 4),
        (inkomen <= g2, s2, _lit(None), _lit(None), _lit(None)),
    ]
    namen = ("segment", "_segment_reden", "categorie", "daeb_buiten")
    standaard = (vrij_seg, _lit(None), _lit(None), _lit(None))
    return (hulp, *_uit_takken("s", takken, namen, standaard))


def _segment_reden() -> pl.Expr:
    segment = _c("segment")
    reden: Any = pl.when(_c("_segment_reden").is_not_null()).then(_c("_segment_reden"))
    for soort, tekst in _SEGMENTREDEN.items():
        reden = reden.when(segment == soort.value).then(_lit(tekst))
    uitkomst: pl.Expr = reden.otherwise(_lit("onbepaald")).alias("segment_reden")
    return uitkomst


def _passendheid() -> tuple[list[pl.Expr], list[pl.Expr], pl.Expr, list[pl.Expr]]:
    """Passendheid (Woningwet art. 46 lid 2; BTIV art. 54, 54a; zie ``regels.passendheid``)."""
    kale = _c("kale_huur")
    subsidiabel = _c("subsidiabele_servicekosten")
    maximum = _c("servicekosten_maximum")
    ruimte = (
        pl.when(subsidiabel.is_not_null())
        .then(subsidiabel)
        .when(_c("servicekosten").is_not_null())
        .then(pl.min_horizontal(_c("servicekosten"), maximum))
        .otherwise(maximum)
    )
    rekenhuur = _c("reikwijdte_huurgrens")
    inkomen = _c("_inkomen")
    grens_expr, grens_fout_expr = passende_inkomensgrens(_c("huishoudtype"))
    vrijgesteld = _c("_vrijstelling").is_not_null()
    hulp = [
        (kale + ruimte).alias("_p_hoogste"),
        (kale + subsidiabel.fill_null(0)).alias("_p_laagste"),
        _c("huurtoeslag_mogelijk")
        .fill_null(pl.when(_c("woningsoort").is_in(["zelfstandig", "woonwagen"])).then(True))
        .alias("_p_huurtoeslag"),
        grens_expr.alias("_p_grens"),
        grens_fout_expr.alias("_p_grens_fout"),
        _c("alle_bewoners_aow")
        .fill_null(pl.when(_c("aantal_personen") == 1).then(_c("aow_huishouden")))
        .alias("_p_alle_aow"),
        _c("aftopping").alias("_p_aftopping"),
    ]
    hoogste, laagste, huurtoeslag, grens, grens_fout, alle_aow, aftopping = (
        _c(f"_p_{n}")
        for n in (
            "hoogste",
            "laagste",
            "huurtoeslag",
            "grens",
            "grens_fout",
            "alle_aow",
            "aftopping",
        )
    )
    vermogen = _c("rendementsgrondslag_box3")
    verzoek = _c("verzoek_art_54a")
    art54a = (
        verzoek
        & _c("art_54a_geldt")
        & alle_aow.fill_null(True)
        & ~_c("vermogensgrens_fout")
        & vermogen.is_not_null()
    )
    art54a_onbepaald = (
        verzoek
        & _c("art_54a_geldt")
        & (alle_aow.is_null() | (alle_aow & (_c("vermogensgrens_fout") | vermogen.is_null())))
    )
    art54a_toegepast = art54a & (vermogen > _c("vermogensgrens"))
    pas, nie, nvt = (_lit(p.value) for p in (Passendheid.PAS, Passendheid.NIE, Passendheid.NVT))
    geen = _lit(None)
    onbepaald = (geen, _lit("onbepaald"), pl.lit(None, dtype=pl.Boolean), geen)
    buiten_54a = "art. 54a: aftoppingsgrens op verzoek buiten toepassing"
    # (voorwaarde, passendheid, reden, in_passende_groep, nvt_reden); passendheid leeg = onbepaald
    takken: Takken = [
        (
            ~_c("passend_geldt"),
            nvt,
            _lit("passend toewijzen gold nog niet"),
            pl.lit(None, dtype=pl.Boolean),
            _lit("buiten_reikwijdte"),
        ),
        (rekenhuur & subsidiabel.is_not_null() & (subsidiabel > maximum), *onbepaald),
        (
            rekenhuur & (hoogste > _c("daeb_huurgrens")) & (laagste > _c("daeb_huurgrens")),
            nvt,
            _lit("rekenhuur boven de maximale huurgrens"),
            pl.lit(None, dtype=pl.Boolean),
            _lit("buiten_reikwijdte"),
        ),
        (rekenhuur & (hoogste > _c("daeb_huurgrens")), *onbepaald),
        (huurtoeslag.is_null(), *onbepaald),
        (
            ~huurtoeslag,
            nvt,
            _lit("geen huurtoeslag mogelijk voor deze woongelegenheid"),
            pl.lit(None, dtype=pl.Boolean),
            _lit("buiten_reikwijdte"),
        ),
        (_c("_inkomen_fout"), *onbepaald),
        (~vrijgesteld & (grens_fout | inkomen.is_null()), *onbepaald),
        (
            ~vrijgesteld & (inkomen > grens),
            nvt,
            _lit("inkomen boven de passende inkomensgrens"),
            pl.lit(False),
            _lit("buiten_groep"),
        ),
        (art54a_onbepaald, *onbepaald),
        (
            art54a_toegepast,
            pl.when(_c("art_54a_passend")).then(pas).otherwise(nvt),
            pl.when(_c("art_54a_passend"))
            .then(_lit(buiten_54a + " (beleid: telt als passend)"))
            .otherwise(_lit(buiten_54a)),
            pl.lit(True),
            pl.when(_c("art_54a_passend")).then(geen).otherwise(_lit("art_54a")),
        ),
        (aftopping.is_null(), *onbepaald),
        (
            kale <= aftopping,
            pas,
            _lit("huur niet hoger dan de aftoppingsgrens"),
            pl.lit(True),
            geen,
        ),
    ]
    namen = ("passendheid", "passend_reden", "in_passende_groep", "nvt_reden")
    standaard = (nie, _lit("huur boven de aftoppingsgrens"), pl.lit(True), geen)
    return (hulp, *_uit_takken("p", takken, namen, standaard))


def _inkomen() -> list[pl.Expr]:
    """Het vastgestelde inkomen of de vrijstelling van de inkomenstoets (BTIV art. 56 lid 3-4)."""
    vergunning = _c("vergunninghouders")
    student = ~vergunning & _c("studenten")
    student_status = _c("vrij_studenten")
    status = (
        pl.when(vergunning)
        .then(_c("vrij_vergunninghouders"))
        .when(student)
        .then(student_status)
        .otherwise(_lit("nee"))
    )
    vrijstelling = (
        pl.when((status == "ja") & vergunning)
        .then(_lit(Vrijstelling.VERGUNNINGHOUDERS.value))
        .when(status == "ja")
        .then(_lit(Vrijstelling.STUDENTEN.value))
        .otherwise(_lit(None))
    )
    return [
        vrijstelling.alias("_vrijstelling"),
        # Zonder vrijstelling en zonder inkomen vraagt de rij-motor inkomensbewijzen (die een
        # bestand niet heeft): het inkomen is dan niet te bepalen.
        ((status == "fout") | ((status != "ja") & _c("huishoudinkomen").is_null())).alias(
            "_inkomen_fout"
        ),
        pl.when(status == "ja").then(None).otherwise(_c("huishoudinkomen")).alias("_inkomen"),
    ]


def beoordeel(frame: pl.LazyFrame | pl.DataFrame, beleid: Beleid | None = None) -> pl.LazyFrame:
    """Het oordeel van de toets voor elke rij van ``frame`` (kolommen: :data:`INVOERSCHEMA`).

    Geeft een LazyFrame met de kolommen van ``frame`` plus :data:`UITVOERKOLOMMEN`, in een
    andere volgorde van de rijen (gesorteerd op huuringangsdatum; neem een eigen rijnummer mee
    als de volgorde ertoe doet). ``beleid`` legt lokale parameterwaarden en keuzes ernaast, zoals
    bij :func:`~passend_toewijzen.toets.toets_toewijzing`.
    """
    lazy = frame.lazy()
    invoer = lazy.collect_schema().names()
    gekoppeld = koppel_parameters(lazy, beleid)
    hulp = gekoppeld.with_columns(
        *_inkomen(),
        huishoudtype=huishoudtype(_c("aantal_personen"), _c("aow_huishouden")),
        huurklasse=huurklasse(_c("kale_huur")),
        motor_rij=_c("buiten_dekking") | _c("context_fout").fill_null(True),
    )
    s_hulp, s_voorwaarden, s_tak, s_uitkomsten = _segment()
    p_hulp, p_voorwaarden, p_tak, p_uitkomsten = _passendheid()
    met_segment = (
        hulp.with_columns(*s_hulp, *p_hulp)
        .with_columns(*s_voorwaarden, *p_voorwaarden)
        .with_columns(s_tak, p_tak)
        .with_columns(*s_uitkomsten, *p_uitkomsten)
    )
    uitkomst = met_segment.with_columns(
        _segment_reden(),
        onbepaald=_c("segment").is_null() | _c("passendheid").is_null(),
        art_54a=_c("passend_reden").str.starts_with("art. 54a"),
    )
    return uitkomst.select(*invoer, *UITVOERKOLOMMEN)


def aantal_personen_geldig(kolom: pl.Expr) -> pl.Expr:
    """Of het aantal personen binnen 1 tot en met het maximum van een bestand ligt."""
    return kolom.is_between(1, MAX_PERSONEN)
