"""De meegeleverde tabel van Intermaris (Woonmatch), prijspeil 2024: elke grens aan beide kanten.

Bron (gecontroleerd): Intermaris, "Passend toewijzen", Veel gevraagd: "Wat houdt passend toewijzen
in?": "Eenpersoonshuishoudens met een verzamelinkomen tot en met € 27.725 mogen een woning huren
met een kale huurprijs tot en met € 650,43 (prijspeil 2024)"; twee personen € 37.625 en € 650,43;
drie of meer € 37.625 en € 697,07; vanaf de AOW-leeftijd één persoon € 27.225 en € 650,43.
"Dan mogen wij u alleen nog een woning toewijzen met een huurprijs die onder de
aftoppingsgrenzen van de huurtoeslag ligt": boven de aftoppingsgrens is uitgesloten.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from passend_toewijzen import (
    Cel,
    DatumBuitenTabel,
    Huishouden,
    Persoon,
    Rol,
    Tabel,
    Woning,
    Woningsoort,
    beoordeel,
    laad_tabel,
)

D2024 = date(2024, 3, 1)


@pytest.fixture(scope="module")
def intermaris() -> Tabel:
    return laad_tabel("intermaris-2024")


def huishouden(personen: int, inkomen: str, *, aow: bool = False) -> Huishouden:
    leden = [Persoon(rol=Rol.AANVRAGER)]
    leden += [Persoon(rol=Rol.MEDEBEWONER) for _ in range(personen - 1)]
    return Huishouden(
        personen=tuple(leden), vastgesteld_inkomen=Decimal(inkomen), aow_huishouden=aow
    )


def woning(huur: str) -> Woning:
    return Woning(
        id="W", kale_huur=Decimal(huur), soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="Hoorn"
    )


@pytest.mark.parametrize(
    ("personen", "aow", "inkomensgrens", "huurgrens"),
    [
        (1, False, "27725", "650.43"),
        (2, False, "37625", "650.43"),
        (3, False, "37625", "697.07"),
        (1, True, "27225", "650.43"),
    ],
)
def test_de_grenzen_van_de_pagina_aan_beide_kanten(
    intermaris: Tabel, personen: int, aow: bool, inkomensgrens: str, huurgrens: str
) -> None:
    erboven = str(Decimal(huurgrens) + Decimal("0.01"))
    meer = str(Decimal(inkomensgrens) + 1)

    def cel(inkomen: str, huur: str) -> Cel:
        return beoordeel(
            woning(huur), huishouden(personen, inkomen, aow=aow), intermaris, D2024
        ).cel

    # In de passende groep ("tot en met" het inkomen): tot en met de huurgrens, niet daarboven.
    assert cel(inkomensgrens, huurgrens) is Cel.TOEGESTAAN
    assert cel(inkomensgrens, erboven) is Cel.UITGESLOTEN
    # Eén euro meer inkomen: geen beperking meer.
    assert cel(meer, huurgrens) is Cel.TOEGESTAAN
    assert cel(meer, erboven) is Cel.TOEGESTAAN


def test_alleen_geldig_in_2024(intermaris: Tabel) -> None:
    hh = huishouden(1, "20000")
    assert beoordeel(woning("600.00"), hh, intermaris, date(2024, 1, 1)).cel is Cel.TOEGESTAAN
    assert beoordeel(woning("600.00"), hh, intermaris, date(2024, 12, 31)).cel is Cel.TOEGESTAAN
    for buiten in (date(2023, 12, 31), date(2025, 1, 1)):
        with pytest.raises(DatumBuitenTabel, match="geldt van 2024-01-01 tot en met 2024-12-31"):
            beoordeel(woning("600.00"), hh, intermaris, buiten)


def test_de_bron_is_de_pagina_van_intermaris(intermaris: Tabel) -> None:
    assert intermaris.bron.uitgever == "Intermaris"
    assert intermaris.bron.url.startswith("https://website-prod.intermaris.nl/")
    assert intermaris.keuzes, "de tabel zegt hoe de tekst van de pagina is gelezen"
