"""De uitleg van de toets, woordelijk: elke stap noemt regel, uitkomst, zin en parameter.

De uitleg is het deel van de uitkomst dat een accountant of huurder leest: welke regel is
toegepast, met welke grens en met welke conclusie ("niet hoger dan", "ouderenhuishouden", ...).
Per soort geval staat hier de volledige uitleg zoals die moet luiden. De gevallen zijn zo gekozen
dat elke zin uit de regels (inkomen, AOW, DAEB-segment, passendheid, art. 54a) minstens één keer
voorkomt, met de bedragen in Nederlandse notatie.

Elke stap staat als ``"<regel-id> <uitkomst>: <zin> [<parameter>]"``; de parameter ontbreekt als
de stap er geen gebruikt. Gevallen met inkomensbewijzen vanaf 2016 gebruiken het testbeleid met
fictieve indexatiefactoren (1,01 en 1,02), omdat de officiële factoren daar onbekend zijn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from passend_toewijzen.beleid import Beleid
from passend_toewijzen.modellen import Toewijzing
from passend_toewijzen.toets import toets_toewijzing
from passend_toewijzen.uitleg import Uitlegregel


def persoon(
    rol: str = "aanvrager",
    geboortedatum: str | None = "1980-05-17",
    *bewijzen: dict[str, Any],
    **velden: Any,
) -> dict[str, Any]:
    """Een persoon als invoer; zonder geboortedatum als ``geboortedatum`` ``None`` is."""
    gegevens: dict[str, Any] = {"rol": rol, **velden}
    if geboortedatum is not None:
        gegevens["geboortedatum"] = geboortedatum
    if bewijzen:
        gegevens["inkomensbewijzen"] = list(bewijzen)
    return gegevens


def ibri(jaar: int, bedrag: str, soort: str = "inkomensverklaring") -> dict[str, Any]:
    """Een inkomensbewijs over een belastingjaar."""
    return {"soort": soort, "belastingjaar": jaar, "bedrag": bedrag}


def actueel(bedrag: str, reden: str = "afwijkend", datum: str = "2024-01-15") -> dict[str, Any]:
    """Een verklaring over het actuele inkomen."""
    return {"soort": "actueel_inkomen", "bedrag": bedrag, "datum": datum, "reden": reden}


def toewijzing(ingang: str, personen: list[dict[str, Any]], **opties: Any) -> Toewijzing:
    """Een toewijzing met huuringang ``ingang``; woning- en huishoudvelden als opties."""
    woning: dict[str, Any] = {
        "id": "W-1",
        "kale_huur": opties.pop("huur", "600.00"),
        "soort": opties.pop("soort", "zelfstandig"),
        "daeb": opties.pop("daeb", True),
        "gemeente": "Gorinchem",
    }
    if "huurtoeslag_mogelijk" in opties:
        woning["huurtoeslag_mogelijk"] = opties.pop("huurtoeslag_mogelijk")
    urgentie = opties.pop("urgentie", False)
    return Toewijzing.model_validate(
        {
            "huishouden": {"personen": personen, **opties},
            "woning": woning,
            "toewijzingsdatum": ingang,
            "huuringangsdatum": ingang,
            "urgentie": urgentie,
        }
    )


def stap(regel: Uitlegregel) -> str:
    """Eén stap van de uitleg als regel tekst."""
    parameter = f" [{regel.parameter_naam}]" if regel.parameter_naam else ""
    return f"{regel.regel_id} {regel.uitkomst}: {regel.zin}{parameter}"


@dataclass(frozen=True)
class Geval:
    """Een toewijzing met de volledige uitleg die de toets moet geven."""

    naam: str
    omschrijving: str
    toewijzing: Toewijzing
    uitleg: list[str]
    met_testbeleid: bool = field(default=False)


GEVALLEN = [
    Geval(
        "eenpersoons_passend_2024",
        (
            "Eén persoon onder de AOW-leeftijd met een laag inkomen en een huur onder de lage "
            "aftoppingsgrens: doelgroep en passend."
        ),
        toewijzing("2024-03-01", [persoon()], vastgesteld_inkomen="25000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 25.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 25.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 47.699): toewijzingssegment "
                "doelgroep. [daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 27.725. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 25.000) is niet hoger dan de "
                "inkomensgrens (€ 27.725): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 650,43 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "650,43): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "gezin_met_bewijzen_2024",
        (
            "Vijf personen met inkomensbewijzen over t-1 en t-2 (inkomensverklaring, aanslag, "
            "voorlopige aanslag); het inkomen van de twee kinderen telt niet mee, ook niet als een "
            "kind vóór de partner staat; de hoge aftoppingsgrens geldt."
        ),
        toewijzing(
            "2024-03-01",
            [
                persoon("aanvrager", "1980-05-17", ibri(2023, "10000")),
                persoon("kind", "2010-01-01", ibri(2023, "9000")),
                persoon("partner", "1982-02-02", ibri(2022, "5000", "voorlopige_aanslag")),
                persoon("kind", "2012-01-01"),
                persoon("medebewoner", "1990-03-03", ibri(2023, "3000", "aanslag")),
            ],
            huur="800.00",
        ),
        [
            (
                "INK-03 t-1: Verzamelinkomen 2023 van de aanvrager (inkomensverklaring, € "
                "10.000) maal indexatiefactor I1 (1,01) = € 10.100. [indexatiefactor_t1]"
            ),
            (
                "INK-03 t-2: Verzamelinkomen 2022 van de partner (voorlopige aanslag, € "
                "5.000) maal indexatiefactor I2 (1,02) = € 5.100. [indexatiefactor_t2]"
            ),
            (
                "INK-03 t-1: Verzamelinkomen 2023 van de medebewoner (aanslag, € 3.000) maal "
                "indexatiefactor I1 (1,01) = € 3.030. [indexatiefactor_t1]"
            ),
            (
                "INK-05 uitgesloten: Het inkomen van 2 kinderen van de aanvrager of partner telt "
                "niet mee."
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 18.230.",
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De medebewoner heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: Geen van aanvrager, partner en medebewoners heeft op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is geen ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 800) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 18.230) is niet hoger dan de "
                "DAEB-inkomensgrens voor twee of meer personen (€ 52.671): "
                "toewijzingssegment doelgroep. [daeb_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 848 (kale huur € 800 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons: Het huishouden is een meerpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 37.625. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 18.230) is niet hoger dan de "
                "inkomensgrens (€ 37.625): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "HHT-02 hoog: Het huishouden telt 5 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de hoge aftoppingsgrens van € 697,07 is van "
                "toepassing. [aftoppingsgrens_hoog]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 800) is hoger dan de aftoppingsgrens (€ 697,07): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_hoog]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "inkomensaandeel_meer_dan_de_helft_2016",
        (
            "Tot 2017 is een meerpersoonshuishouden een ouderenhuishouden als meer dan de helft "
            "van het inkomen komt van bewoners met de AOW-leeftijd."
        ),
        toewijzing(
            "2016-06-01",
            [
                persoon("aanvrager", "1940-01-01", ibri(2015, "30000")),
                persoon("partner", "1960-01-01", ibri(2015, "10000")),
            ],
        ),
        [
            (
                "INK-03 t-1: Verzamelinkomen 2015 van de aanvrager (inkomensverklaring, € "
                "30.000) maal indexatiefactor I1 (1,01) = € 30.300. [indexatiefactor_t1]"
            ),
            (
                "INK-03 t-1: Verzamelinkomen 2015 van de partner (inkomensverklaring, € "
                "10.000) maal indexatiefactor I1 (1,01) = € 10.100. [indexatiefactor_t1]"
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 40.400.",
            (
                "AOW-02 bereikt: De aanvrager heeft op 2016-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2016-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 aow: Het inkomen van bewoners met de AOW-leeftijd (€ 30.300) is meer "
                "dan de helft van het inkomen van het huishouden (€ 40.400); het huishouden "
                "is een ouderenhuishouden. [aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 vrij: Het huishoudinkomen (€ 40.400) is hoger dan de hogere "
                "DAEB-inkomensgrens (€ 39.874): toewijzingssegment vrij. "
                "[daeb_inkomensgrens_hoog]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons_aow: Het huishouden is een meerpersoonshuishouden met "
                "de AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 30.050. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 40.400) is hoger dan de "
                "inkomensgrens (€ 30.050): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "inkomensaandeel_precies_de_helft_2016",
        (
            "Precies de helft van het inkomen van de AOW-gerechtigde is niet 'meer dan de helft': "
            "geen ouderenhuishouden."
        ),
        toewijzing(
            "2016-06-01",
            [
                persoon("aanvrager", "1940-01-01", ibri(2015, "10000")),
                persoon("partner", "1960-01-01", ibri(2015, "10000")),
            ],
        ),
        [
            (
                "INK-03 t-1: Verzamelinkomen 2015 van de aanvrager (inkomensverklaring, € "
                "10.000) maal indexatiefactor I1 (1,01) = € 10.100. [indexatiefactor_t1]"
            ),
            (
                "INK-03 t-1: Verzamelinkomen 2015 van de partner (inkomensverklaring, € "
                "10.000) maal indexatiefactor I1 (1,01) = € 10.100. [indexatiefactor_t1]"
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 20.200.",
            (
                "AOW-02 bereikt: De aanvrager heeft op 2016-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2016-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: Het inkomen van bewoners met de AOW-leeftijd (€ 10.100) is "
                "niet meer dan de helft van het inkomen van het huishouden (€ 20.200); het "
                "huishouden is geen ouderenhuishouden. [aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.200) is niet hoger dan de "
                "lagere DAEB-grens (€ 35.739): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons: Het huishouden is een meerpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 30.000. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.200) is niet hoger dan de "
                "inkomensgrens (€ 30.000): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 586,68 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 600) is hoger dan de aftoppingsgrens (€ 586,68): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "eenpersoons_aow_2018",
        (
            "Eén persoon die op 1 januari de AOW-leeftijd had: eenpersoonshuishouden met de "
            "AOW-leeftijd, met de eigen inkomensgrens."
        ),
        toewijzing("2018-06-01", [persoon("aanvrager", "1940-01-01")], vastgesteld_inkomen="20000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2018-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-03 aow: De aanvrager heeft op 1 januari de AOW-leeftijd bereikt; het "
                "huishouden is een ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 36.798): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons_aow: Het huishouden is een eenpersoonshuishouden met de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 22.375. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 22.375): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 597,30 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 600) is hoger dan de aftoppingsgrens (€ 597,30): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "een_bewoner_met_aow_2019",
        (
            "Vanaf 2017 is een meerpersoonshuishouden een ouderenhuishouden als één bewoner de "
            "AOW-leeftijd heeft."
        ),
        toewijzing(
            "2019-06-01",
            [persoon("aanvrager", "1940-01-01"), persoon("medebewoner", "1990-01-01")],
            vastgesteld_inkomen="20000",
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2019-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De medebewoner heeft op 2019-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 aow: Een of meer van aanvrager, partner en medebewoners hebben op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is een ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 720,42): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 38.035): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 720,42): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons_aow: Het huishouden is een meerpersoonshuishouden met "
                "de AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 30.800. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 30.800): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 607,46 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "607,46): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "geen_bewoner_met_aow_2019",
        "Zonder bewoner met de AOW-leeftijd is het geen ouderenhuishouden.",
        toewijzing(
            "2019-06-01",
            [persoon("aanvrager", "1980-01-01"), persoon("partner", "1990-01-01")],
            vastgesteld_inkomen="20000",
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2019-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2019-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: Geen van aanvrager, partner en medebewoners heeft op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is geen ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 720,42): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 38.035): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 720,42): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons: Het huishouden is een meerpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 30.825. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 30.825): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 607,46 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "607,46): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "vergunninghouders_2024",
        "Vergunninghouders uit een COA-opvang: geen inkomenstoets, doelgroep en passende groep.",
        toewijzing(
            "2024-03-01",
            [persoon(vergunninghouder=True), persoon("partner", vergunninghouder=True)],
        ),
        [
            (
                "INK-01 vergunninghouders: Alle bewoners zijn vergunninghouders die vanuit "
                "een COA-opvang worden gehuisvest: geen inkomenstoets; zij tellen als "
                "huishouden met een laag inkomen."
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-02 doelgroep: Vergunninghouders uit een COA-opvang: de toewijzing telt "
                "als toewijzing aan de doelgroep, ongeacht het inkomen. "
                "[daeb_bijzondere_categorieen]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "PT-03 in_groep: Het huishouden hoort tot de passende groep "
                "(vergunninghouders), ongeacht het inkomen."
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 650,43 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "650,43): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "studenten_2024",
        "Twee studenten met studiefinanciering: geen inkomenstoets, doelgroep en passende groep.",
        toewijzing(
            "2024-03-01",
            [persoon(studiefinanciering=True), persoon("medebewoner", studiefinanciering=True)],
        ),
        [
            (
                "INK-01 studenten: Het huishouden bestaat uitsluitend uit 2 personen met "
                "studiefinanciering of een tegemoetkoming WTOS: geen inkomenstoets; zij "
                "tellen als huishouden met een laag inkomen."
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-02 doelgroep: Studenten met studiefinanciering: de toewijzing telt als "
                "toewijzing aan de doelgroep, ongeacht het inkomen. "
                "[daeb_bijzondere_categorieen]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "PT-03 in_groep: Het huishouden hoort tot de passende groep (studenten), "
                "ongeacht het inkomen."
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 650,43 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "650,43): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "zorg_boven_de_grens_2023",
        "Een zorgindicatie telt als doelgroep, maar is geen uitzondering op passend toewijzen.",
        toewijzing(
            "2023-03-01", [persoon()], vastgesteld_inkomen="60000", zorgindicatie="wlz_verblijf"
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 60.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2023-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 808,06): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-02 doelgroep: Zorgindicatie (wlz_verblijf): de toewijzing telt als "
                "toewijzing aan de doelgroep, ongeacht het inkomen. "
                "[daeb_bijzondere_categorieen]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 808,06): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "PT-03 geen_uitzondering: Een zorgindicatie is geen uitzondering op passend "
                "toewijzen: de inkomenstoets en de aftoppingsgrens gelden gewoon."
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 25.475. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 60.000) is hoger dan de "
                "inkomensgrens (€ 25.475): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
    ),
    Geval(
        "niet_daeb_2024",
        (
            "Een woning buiten het DAEB-bezit valt buiten de toewijzingsnorm, maar wel onder "
            "passend toewijzen."
        ),
        toewijzing("2024-03-01", [persoon()], daeb=False, vastgesteld_inkomen="25000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 25.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 nvt: De woongelegenheid hoort niet tot het DAEB-bezit: de "
                "toewijzingsnorm geldt niet."
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 27.725. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 25.000) is niet hoger dan de "
                "inkomensgrens (€ 27.725): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 650,43 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "650,43): passend. [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "huur_boven_de_grens_2024",
        "Een zelfstandige woning met een huur boven de maximale huurgrens valt buiten beide "
        "normen.",
        toewijzing("2024-03-01", [persoon()], huur="1000.00", vastgesteld_inkomen="25000"),
        [
            (
                "DAEB-01 nvt: De kale huur (€ 1.000) is hoger dan de maximale huurgrens (€ "
                "879,66) en de woongelegenheid is niet onzelfstandig: buiten de "
                "toewijzingsnorm. [daeb_huurgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 nvt: De rekenhuur (ten minste de kale huur, € 1.000) is hoger dan de "
                "maximale huurgrens (€ 879,66): geen huurtoeslag mogelijk, buiten de "
                "passendheidsnorm. [daeb_huurgrens]"
            ),
        ],
    ),
    Geval(
        "onzelfstandig_zonder_huurtoeslag_2024",
        (
            "Een onzelfstandige eenheid valt altijd onder de toewijzingsnorm; zonder recht op "
            "huurtoeslag niet onder passend toewijzen."
        ),
        toewijzing(
            "2024-03-01",
            [persoon()],
            huur="500.00",
            huurtoeslag_mogelijk=False,
            soort="onzelfstandig",
            vastgesteld_inkomen="25000",
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 25.000."
            ),
            (
                "DAEB-01 binnen: Onzelfstandige DAEB-woongelegenheid: de toewijzingsnorm "
                "geldt ongeacht de huur. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 25.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 47.699): toewijzingssegment "
                "doelgroep. [daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 548 (kale huur € 500 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "PT-02 nvt: Voor deze woongelegenheid kan geen huurtoeslag worden ontvangen: "
                "buiten de passendheidsnorm."
            ),
        ],
    ),
    Geval(
        "urgent_boven_de_grens_2024",
        "Urgentie is geen vrijstelling van de inkomensgrens.",
        toewijzing("2024-03-01", [persoon()], urgentie=True, vastgesteld_inkomen="60000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 60.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-04 geen_vrijstelling: Urgentie geeft voorrang, maar is geen "
                "vrijstelling van de inkomensgrens."
            ),
            (
                "DAEB-03 vrij: Het huishoudinkomen (€ 60.000) is hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 47.699): toewijzingssegment vrij. "
                "[daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 27.725. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 60.000) is hoger dan de "
                "inkomensgrens (€ 27.725): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
    ),
    Geval(
        "enkele_grens_2013",
        "2013: één DAEB-inkomensgrens (90%-norm); passend toewijzen gold nog niet.",
        toewijzing("2013-03-01", [persoon()], vastgesteld_inkomen="40000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 40.000."
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 681,02): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 vrij: Het huishoudinkomen (€ 40.000) is hoger dan de "
                "DAEB-inkomensgrens (€ 34.229): toewijzingssegment vrij. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 nvt: Passend toewijzen gold nog niet op 2013-03-01: de "
                "passendheidsnorm geldt vanaf 2016-01-01."
            ),
        ],
    ),
    Geval(
        "twee_grenzen_doelgroep_2018",
        "2018: niet hoger dan de lagere DAEB-grens is doelgroep.",
        toewijzing("2018-03-01", [persoon()], vastgesteld_inkomen="30000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 30.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2018-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 30.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 36.798): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 22.400. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 30.000) is hoger dan de "
                "inkomensgrens (€ 22.400): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
    ),
    Geval(
        "twee_grenzen_middeninkomens_2018",
        "2018: tussen de lagere en de hogere DAEB-grens is middeninkomens.",
        toewijzing("2018-03-01", [persoon()], vastgesteld_inkomen="38000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 38.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2018-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 middeninkomens: Het huishoudinkomen (€ 38.000) is hoger dan de "
                "lagere grens, maar niet hoger dan de hogere DAEB-inkomensgrens (€ 41.056): "
                "toewijzingssegment middeninkomens. [daeb_inkomensgrens_hoog]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 22.400. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 38.000) is hoger dan de "
                "inkomensgrens (€ 22.400): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
    ),
    Geval(
        "twee_grenzen_vrij_2018",
        "2018: boven de hogere DAEB-grens is vrij.",
        toewijzing("2018-03-01", [persoon()], vastgesteld_inkomen="50000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 50.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2018-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 vrij: Het huishoudinkomen (€ 50.000) is hoger dan de hogere "
                "DAEB-inkomensgrens (€ 41.056): toewijzingssegment vrij. "
                "[daeb_inkomensgrens_hoog]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 22.400. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 50.000) is hoger dan de "
                "inkomensgrens (€ 22.400): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
    ),
    Geval(
        "meerpersoons_vrij_2024",
        "2024: een meerpersoonshuishouden boven de meerpersoonsgrens is vrij.",
        toewijzing("2024-03-01", [persoon(), persoon("partner")], vastgesteld_inkomen="70000"),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 70.000."
            ),
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: Geen van aanvrager, partner en medebewoners heeft op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is geen ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 vrij: Het huishoudinkomen (€ 70.000) is hoger dan de "
                "DAEB-inkomensgrens voor twee of meer personen (€ 52.671): "
                "toewijzingssegment vrij. [daeb_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons: Het huishouden is een meerpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 37.625. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 70.000) is hoger dan de "
                "inkomensgrens (€ 37.625): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons]"
            ),
        ],
    ),
    Geval(
        "actueel_lager_2018",
        (
            "Een lager actueel inkomen telt als het in een lager segment valt en, voor passend "
            "toewijzen, onder de grens."
        ),
        toewijzing(
            "2018-03-01",
            [
                persoon(
                    "aanvrager",
                    "1980-05-17",
                    ibri(2017, "45000"),
                    actueel("20000", "afwijkend", "2018-01-15"),
                )
            ],
        ),
        [
            (
                "INK-03 t-1: Verzamelinkomen 2017 van de aanvrager (inkomensverklaring, € "
                "45.000) maal indexatiefactor I1 (1,01) = € 45.450. [indexatiefactor_t1]"
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 45.450.",
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2018-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 710,68): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-05 actueel: Het actuele inkomen (€ 20.000) is lager dan het inkomen "
                "uit t-1/t-2 (€ 45.450) en valt in een lager segment: het actuele inkomen "
                "telt. [actueel_inkomen_daeb]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 36.798): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 710,68): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 22.400. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "INK-07 actueel: Het inkomen uit t-1/t-2 (€ 45.450) ligt boven de grens, het "
                "actuele inkomen (€ 20.000) niet: het actuele inkomen telt. "
                "[actueel_inkomen_passend]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 22.400): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 597,30 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 600) is hoger dan de aftoppingsgrens (€ 597,30): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "actueel_hoger_2024",
        (
            "Vanaf 2022 telt voor passend toewijzen ook een hoger actueel inkomen; voor de "
            "DAEB-toets niet."
        ),
        toewijzing(
            "2024-03-01",
            [persoon("aanvrager", "1980-05-17", ibri(2023, "20000"), actueel("45000"))],
        ),
        [
            (
                "INK-03 t-1: Verzamelinkomen 2023 van de aanvrager (inkomensverklaring, € "
                "20.000) maal indexatiefactor I1 (1,01) = € 20.200. [indexatiefactor_t1]"
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 20.200.",
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.200) is niet hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 47.699): toewijzingssegment "
                "doelgroep. [daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 27.725. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "INK-07 actueel: Het inkomen uit t-1/t-2 (€ 20.200) ligt op of onder de "
                "grens, het actuele inkomen (€ 45.000) wel erboven: het actuele inkomen "
                "telt. [actueel_inkomen_passend]"
            ),
            (
                "PT-03 buiten_groep: Het huishoudinkomen (€ 45.000) is hoger dan de "
                "inkomensgrens (€ 27.725): het huishouden hoort niet tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "geen_gegevens_belastingdienst_2024",
        "Heeft de Belastingdienst geen gegevens, dan telt het actuele inkomen.",
        toewijzing(
            "2024-03-01",
            [persoon("aanvrager", "1980-05-17", actueel("22000", "geen_gegevens_belastingdienst"))],
        ),
        [
            (
                "INK-04 actueel: De Belastingdienst heeft geen inkomensgegevens van de "
                "aanvrager; het actuele inkomen telt: € 22.000."
            ),
            "INK-06 bepaald: Het huishoudinkomen is € 22.000.",
            (
                "AOW-02 niet_bereikt: De aanvrager heeft op 2024-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 geen_aow: De aanvrager heeft op 1 januari de AOW-leeftijd nog niet "
                "bereikt; het huishouden is geen ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 600) is niet hoger dan de maximale "
                "huurgrens (€ 879,66): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 22.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 47.699): toewijzingssegment "
                "doelgroep. [daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 648 (kale huur € 600 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 879,66): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons: Het huishouden is een eenpersoonshuishouden onder de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 27.725. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 22.000) is niet hoger dan de "
                "inkomensgrens (€ 27.725): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 650,43 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 PAS: De kale huur (€ 600) is niet hoger dan de aftoppingsgrens (€ "
                "650,43): passend. [aftoppingsgrens_laag]"
            ),
        ],
        met_testbeleid=True,
    ),
    Geval(
        "art_54a_niet_van_kracht_2021",
        "Een verzoek op grond van art. 54a vóór 2022 wordt niet toegepast.",
        toewijzing(
            "2021-03-01",
            [persoon("aanvrager", "1940-01-01")],
            huur="700.00",
            rendementsgrondslag_box3="200000",
            vastgesteld_inkomen="20000",
            verzoek_art_54a=True,
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2021-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-03 aow: De aanvrager heeft op 1 januari de AOW-leeftijd bereikt; het "
                "huishouden is een ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 700) is niet hoger dan de maximale "
                "huurgrens (€ 752,33): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "lagere DAEB-grens (€ 40.024): toewijzingssegment doelgroep. "
                "[daeb_inkomensgrens]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 748 (kale huur € 700 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 752,33): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons_aow: Het huishouden is een eenpersoonshuishouden met de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 23.650. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 23.650): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "PT-04 niet_van_kracht: Het verzoek op grond van art. 54a is niet toegepast: "
                "de uitzondering bestaat pas sinds 2022-01-01."
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 633,25 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 700) is hoger dan de aftoppingsgrens (€ 633,25): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "art_54a_niet_alleen_aow_2023",
        "Art. 54a geldt alleen als alle bewoners de AOW-leeftijd hebben.",
        toewijzing(
            "2023-03-01",
            [persoon("aanvrager", "1940-01-01"), persoon("partner", "1970-01-01")],
            huur="700.00",
            rendementsgrondslag_box3="200000",
            vastgesteld_inkomen="20000",
            verzoek_art_54a=True,
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2023-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-02 niet_bereikt: De partner heeft op 2023-01-01 de AOW-leeftijd nog "
                "niet bereikt. [aow_leeftijd]"
            ),
            (
                "AOW-03 aow: Een of meer van aanvrager, partner en medebewoners hebben op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is een ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 700) is niet hoger dan de maximale "
                "huurgrens (€ 808,06): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor twee of meer personen (€ 48.625): "
                "toewijzingssegment doelgroep. [daeb_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 748 (kale huur € 700 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 808,06): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons_aow: Het huishouden is een meerpersoonshuishouden met "
                "de AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 33.800. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 33.800): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-04 afgewezen: Het verzoek op grond van art. 54a is niet toegepast: het "
                "huishouden bestaat niet uitsluitend uit personen die op 2023-01-01 de "
                "AOW-leeftijd hadden bereikt (volgens de geboortedata). "
                "[passend_uitzondering_vermogen]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 2 personen en de hoge aftoppingsgrens "
                "geldt vanaf 3 personen: de lage aftoppingsgrens van € 647,19 is van "
                "toepassing. [aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 700) is hoger dan de aftoppingsgrens (€ 647,19): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "art_54a_vermogen_niet_hoger_2023",
        "Art. 54a vraagt een rendementsgrondslag boven de vermogensgrens van de zorgtoeslag.",
        toewijzing(
            "2023-03-01",
            [persoon("aanvrager", "1940-01-01")],
            huur="700.00",
            rendementsgrondslag_box3="1000",
            vastgesteld_inkomen="20000",
            verzoek_art_54a=True,
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2023-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-03 aow: De aanvrager heeft op 1 januari de AOW-leeftijd bereikt; het "
                "huishouden is een ouderenhuishouden. [aow_leeftijd]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 700) is niet hoger dan de maximale "
                "huurgrens (€ 808,06): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor één persoon (€ 44.035): toewijzingssegment "
                "doelgroep. [daeb_inkomensgrens_eenpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 748 (kale huur € 700 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 808,06): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 eenpersoons_aow: Het huishouden is een eenpersoonshuishouden met de "
                "AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 25.075. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 25.075): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_eenpersoons_aow]"
            ),
            (
                "PT-04 afgewezen: Het verzoek op grond van art. 54a is niet toegepast: de "
                "rendementsgrondslag (€ 1.000) is niet hoger dan de vermogensgrens van de "
                "zorgtoeslag (€ 127.582). [zorgtoeslag_vermogensgrens_alleenstaande]"
            ),
            (
                "HHT-02 laag: Het huishouden telt 1 persoon en de hoge aftoppingsgrens geldt "
                "vanaf 3 personen: de lage aftoppingsgrens van € 647,19 is van toepassing. "
                "[aftoppingsgrens_laag]"
            ),
            (
                "PT-05 NIE: De kale huur (€ 700) is hoger dan de aftoppingsgrens (€ 647,19): "
                "niet passend (telt mee in de ruimte van 5%). [aftoppingsgrens_laag]"
            ),
        ],
    ),
    Geval(
        "art_54a_toegepast_met_partner_2023",
        "Art. 54a toegepast: twee AOW-gerechtigden met vermogen boven de grens voor partners.",
        toewijzing(
            "2023-03-01",
            [persoon("aanvrager", "1940-01-01"), persoon("partner", "1941-01-01")],
            huur="700.00",
            rendementsgrondslag_box3="300000",
            vastgesteld_inkomen="20000",
            verzoek_art_54a=True,
        ),
        [
            (
                "INK-02 vastgesteld: Het huishoudinkomen is opgegeven als al vastgesteld "
                "voor het jaar van de huuringang: € 20.000."
            ),
            (
                "AOW-02 bereikt: De aanvrager heeft op 2023-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-02 bereikt: De partner heeft op 2023-01-01 de AOW-leeftijd bereikt. "
                "[aow_leeftijd]"
            ),
            (
                "AOW-03 aow: Een of meer van aanvrager, partner en medebewoners hebben op 1 "
                "januari de AOW-leeftijd bereikt; het huishouden is een ouderenhuishouden. "
                "[aow_toets_meerpersoons]"
            ),
            (
                "DAEB-01 binnen: De kale huur (€ 700) is niet hoger dan de maximale "
                "huurgrens (€ 808,06): binnen de norm. [daeb_huurgrens]"
            ),
            (
                "DAEB-03 doelgroep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "DAEB-inkomensgrens voor twee of meer personen (€ 48.625): "
                "toewijzingssegment doelgroep. [daeb_inkomensgrens_meerpersoons]"
            ),
            (
                "PT-01 van_kracht: Passend toewijzen geldt: ten minste 95% van de "
                "toewijzingen aan de passende groep moet passend zijn. [passendheidsnorm]"
            ),
            (
                "PT-02 binnen: De rekenhuur is ten hoogste € 748 (kale huur € 700 plus ten "
                "hoogste € 48 subsidiabele servicekosten) en dus niet hoger dan de maximale "
                "huurgrens (€ 808,06): huurtoeslag is mogelijk, binnen de passendheidsnorm. "
                "[daeb_huurgrens]"
            ),
            (
                "HHT-01 meerpersoons_aow: Het huishouden is een meerpersoonshuishouden met "
                "de AOW-leeftijd; de inkomensgrens voor passend toewijzen is € 33.800. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-03 in_groep: Het huishoudinkomen (€ 20.000) is niet hoger dan de "
                "inkomensgrens (€ 33.800): het huishouden hoort tot de passende groep. "
                "[passend_inkomensgrens_meerpersoons_aow]"
            ),
            (
                "PT-04 toegepast: Op verzoek van het AOW-huishouden met een "
                "rendementsgrondslag (€ 300.000) boven de vermogensgrens van de zorgtoeslag "
                "(€ 161.329) is de aftoppingsgrens buiten toepassing gelaten. "
                "[zorgtoeslag_vermogensgrens_met_partner]"
            ),
        ],
    ),
]


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_de_uitleg_luidt_woordelijk_zoals_de_regels_het_zeggen(
    geval: Geval, testbeleid: Beleid
) -> None:
    """De uitleg van elk soort toewijzing bestaat precies uit de stappen die de regels zetten, in
    die volgorde, met de juiste conclusie, de bedragen in Nederlandse notatie en de parameter
    waarop de stap berust; er ontbreekt geen stap en er staat er geen te veel. (De stappen die
    een waarde uit het testbeleid aankondigen, BEL-01, staan in test_toets_beleid.py.)"""
    uitkomst = toets_toewijzing(
        geval.toewijzing, beleid=testbeleid if geval.met_testbeleid else None
    )
    regels = [r for r in uitkomst.uitleg if r.regel_id != "BEL-01"]
    assert [stap(regel) for regel in regels] == geval.uitleg, geval.omschrijving


def test_elke_zin_van_de_regels_komt_in_de_gevallen_voor() -> None:
    """De gevallen dekken elke combinatie van regel en uitkomst die de uitleg kan geven (behalve
    de opgegeven AOW-status, die elders is getoetst): zo blijft geen zin ongetoetst."""
    gedekt = {regel.split(":")[0] for geval in GEVALLEN for regel in geval.uitleg}
    assert {
        "INK-01 vergunninghouders",
        "INK-01 studenten",
        "INK-02 vastgesteld",
        "INK-03 t-1",
        "INK-03 t-2",
        "INK-04 actueel",
        "INK-05 uitgesloten",
        "INK-06 bepaald",
        "INK-07 actueel",
        "AOW-02 bereikt",
        "AOW-02 niet_bereikt",
        "AOW-03 aow",
        "AOW-03 geen_aow",
        "DAEB-01 binnen",
        "DAEB-01 nvt",
        "DAEB-02 doelgroep",
        "DAEB-03 doelgroep",
        "DAEB-03 middeninkomens",
        "DAEB-03 vrij",
        "DAEB-04 geen_vrijstelling",
        "DAEB-05 actueel",
        "PT-01 van_kracht",
        "PT-01 nvt",
        "PT-02 nvt",
        "PT-03 in_groep",
        "PT-03 buiten_groep",
        "PT-03 geen_uitzondering",
        "PT-04 niet_van_kracht",
        "PT-04 afgewezen",
        "PT-04 toegepast",
        "PT-05 PAS",
        "PT-05 NIE",
        "HHT-01 eenpersoons",
        "HHT-01 eenpersoons_aow",
        "HHT-01 meerpersoons",
        "HHT-01 meerpersoons_aow",
        "HHT-02 laag",
        "HHT-02 hoog",
    } <= gedekt
