"""De teksten van het verslag, één keer, voor elk formaat (Markdown, HTML, Excel).

Alles wat een lezer ziet en geen getal is, staat hier: de secties en hun titels, de namen van
segmenten, categorieën en huurklassen, de kopjes van de dVi-matrix met hun bedragen, de zinnen
over de vrije toewijzingsruimte en "buiten de norm", en datums in de Nederlandse lange vorm. Zo
zegt elk formaat hetzelfde, in de taal van de lezer en zonder interne namen
(``gedifferentieerd``, ``buiten_groep``). De redenen bij een genoemde toewijzing komen uit
:func:`~passend_toewijzen.verantwoording.verslag.reden_van`, de kop uit
:meth:`~passend_toewijzen.verantwoording.verslag.Verslag.samenvatting`.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from passend_toewijzen.parameters.waarden import Parameterwaarde, datum_lang, nl_bedrag
from passend_toewijzen.regels.huurklasse import Huurklasse
from passend_toewijzen.verantwoording.uitvoer.opmaak import aantal, procent
from passend_toewijzen.verantwoording.verslag import Normtoets, Verslag

__all__ = [
    "BANDEN",
    "CATEGORIEEN",
    "DAEB_BUITEN",
    "KOLOMNAMEN_FOUTEN",
    "PASSEND_BUITEN",
    "SECTIES",
    "SEGMENTEN",
    "Sectie",
    "bandkop",
    "bestand_tekst",
    "buiten_de_norm",
    "datum_lang",
    "grens_tekst",
    "huurklasse",
    "inkomenkop",
    "regime",
    "ruimte",
    "toetsnaam",
]


class Sectie(NamedTuple):
    """Een sectie van het verslag: het anker (``id``) en de titel."""

    anker: str
    titel: str


SECTIES: tuple[Sectie, ...] = (
    Sectie("invoer", "Invoer"),
    Sectie("daeb", "DAEB-toewijzingsnorm (Woningwet art. 48)"),
    Sectie("passendheid", "Passendheidsnorm (Woningwet art. 46 lid 2)"),
    Sectie("gemeenten", "Per gemeente"),
    Sectie("huurklassen", "Huurklassen"),
    Sectie("niet-passend", "Niet-passende toewijzingen"),
    Sectie("onbepaald", "Niet te beoordelen toewijzingen"),
    Sectie("afgewezen", "Afgewezen rijen"),
    Sectie("opmerkingen", "Opmerkingen"),
    Sectie("ontvangstbewijs", "Ontvangstbewijs"),
)
"""De secties van het verslag in vaste volgorde; Markdown en HTML hebben precies deze secties."""

SEGMENTEN = {
    "doelgroep": "doelgroep",
    "middeninkomens": "middeninkomens",
    "vrij": "vrije toewijzingsruimte (hogere inkomens)",
    "nvt": "buiten de norm",
    "onbepaald": "niet te beoordelen",
}
CATEGORIEEN = {
    "zorg": "met een zorgindicatie",
    "vergunninghouders": "vergunninghouders",
    "studenten": "studenten",
}
OMVANG = {"eenpersoons": "eenpersoonshuishoudens", "meerpersoons": "meerpersoonshuishoudens"}
DAEB_BUITEN = {
    "geen_daeb": "woongelegenheid niet in het DAEB-bezit",
    "boven_huurgrens": "kale huur boven de maximale huurgrens",
}
PASSEND_BUITEN = {
    "buiten_groep": "huishouden buiten de passende groep (inkomen boven de passende inkomensgrens)",
    "buiten_reikwijdte": "woongelegenheid zonder huurtoeslag of met een rekenhuur boven de "
    "maximale huurgrens (tot en met 2025)",
    "art_54a": "AOW-huishouden met vermogen dat om uitzondering vroeg (BTIV art. 54a)",
}
KOLOMNAMEN_FOUTEN = {"(rij)": "de rij als geheel"}

_REGIMES = {
    "enkele_grens": "één inkomensgrens; ten minste 90% aan de doelgroep (2011 tot 1 juli 2015)",
    "overgang_2015": "overgangsjaar 2015; twee inkomensgrenzen: ten minste 80% onder de lagere "
    "en 90% onder de hogere grens",
    "twee_grenzen": "twee inkomensgrenzen: ten minste 80% onder de lagere en 90% onder de "
    "hogere grens (1 juli 2015 tot en met 2021)",
    "gedifferentieerd": "ten minste 92,5% aan de doelgroep, met een inkomensgrens voor één "
    "persoon en een voor meer personen (vanaf 2022)",
}
_TOETSNAMEN = {
    "doelgroep": "DAEB: doelgroep",
    "lagere_grens": "DAEB: lagere grens",
    "hogere_grens": "DAEB: hogere grens",
}


def regime(naam: str) -> str:
    """De omschrijving van een DAEB-regime (``gedifferentieerd`` → ``"ten minste 92,5% ..."``)."""
    return _REGIMES.get(naam, naam.replace("_", " "))


def huurklasse(naam: str) -> str:
    """De naam van een huurklasse voor de lezer (``betaalbaar_laag`` → ``"betaalbaar, ..."``)."""
    return Huurklasse(naam).omschrijving


def toetsnaam(verslag: Verslag, toets: Normtoets) -> str:
    """De korte naam van een toets (``"DAEB: doelgroep"``, ``"passendheid 2024"``)."""
    if toets.sleutel == "passend":
        return f"passendheid {verslag.jaar}"
    if toets.sleutel == "passend_tweejarig" and verslag.passend_tweejarig is not None:
        eerste, laatste = verslag.passend_tweejarig.jaren
        return f"passendheid {eerste}–{laatste}"
    return _TOETSNAMEN.get(toets.sleutel, toets.sleutel)


def ruimte(toets: Normtoets, wat: str) -> str:
    """De ruimte naast de norm in een zin: ``"Vrije toewijzingsruimte gebruikt: 59
    toewijzingen = 6,15% van de noemer; toegestaan is 7,50%"``."""
    buiten, aandeel, toegestaan = toets.ruimte
    woord = "toewijzing" if buiten == 1 else "toewijzingen"
    tekst = f"{wat}: {aantal(buiten)} {woord}"
    if aandeel is not None:
        tekst += f" = {procent(aandeel)} van de noemer"
    tekst += f"; toegestaan is {procent(toegestaan)}"
    if toets.onbepaald:
        tekst += f" (en {aantal(toets.onbepaald)} niet te beoordelen)"
    return tekst


def buiten_de_norm(aantallen: dict[str, int], namen: dict[str, str]) -> str:
    """``{"geen_daeb": 3, ...}`` → ``"woongelegenheid niet in het DAEB-bezit 3, ..."``."""
    delen = [f"{namen[k]}: {aantal(n)}" for k, n in aantallen.items()]
    return "; ".join(delen)


def grens_tekst(verslag: Verslag, naam: str) -> str:
    """Het bedrag van een grens van de matrix (twee als zij in het jaar wijzigde)."""
    waarden: tuple[Parameterwaarde, ...] = verslag.grenzen.get(naam, ())
    if not waarden:
        return "onbekend"
    if len(waarden) == 1:
        return _bedrag(waarden[0])
    eerste, *rest = waarden
    return _bedrag(eerste) + "".join(
        f", vanaf {datum_lang(w.geldig_vanaf)} {_bedrag(w)}" for w in rest
    )


def _bedrag(pw: Parameterwaarde) -> str:
    waarde: Any = pw.waarde
    return nl_bedrag(waarde).replace(" ", "\u00a0")


BANDEN = ("tot_kwaliteitskortingsgrens", "tot_aftoppingsgrens", "boven_aftoppingsgrens")


def bandkop(verslag: Verslag, band: str) -> tuple[str, str]:
    """Het kopje van een huurband van de matrix: naam en grens met bedrag."""
    if band == "tot_kwaliteitskortingsgrens":
        return (
            "tot de kwaliteitskortingsgrens",
            f"≤ {grens_tekst(verslag, 'kwaliteitskortingsgrens')}",
        )
    if band == "tot_aftoppingsgrens":
        return (
            "tot de aftoppingsgrens",
            f"≤ {grens_tekst(verslag, 'aftoppingsgrens_laag')} (1–2 personen), "
            f"≤ {grens_tekst(verslag, 'aftoppingsgrens_hoog')} (3 of meer)",
        )
    grens = grens_tekst(verslag, "daeb_huurgrens")
    return "boven de aftoppingsgrens", f"≤ maximale huurgrens {grens}"


def inkomenkop(verslag: Verslag, rij: dict[str, Any]) -> str:
    """De inkomenscel van een matrixrij: de passende inkomensgrens met haar bedrag."""
    grens = grens_tekst(verslag, rij["inkomensgrens"])
    teken = "≤" if rij["inkomen"] == "binnen_grens" else ">"
    return f"{teken} {grens}"


def bestand_tekst(b: dict[str, Any]) -> str:
    """De kenmerken van een invoerbestand in één zin (formaat, werkblad, kopregel, ongebruikte
    kolommen)."""
    delen = [str(b.get("formaat") or "").upper() or "bestand"]
    if b.get("blad"):
        delen.append(f"werkblad {b['blad']}")
    if b.get("kopregel") and b["kopregel"] != 1:
        titels = b.get("titelrijen") or 0
        delen.append(
            f"kolomkoppen in rij {b['kopregel']}"
            + (f" ({titels} titelrij{'en' if titels != 1 else ''} erboven)" if titels else "")
        )
    ongebruikt = b.get("ongebruikte_kolommen") or []
    echt = [str(k) for k in ongebruikt if not str(k).startswith("(lege kop")]
    if echt:
        delen.append("niet gebruikte kolommen: " + ", ".join(echt))
    return "; ".join(delen)
