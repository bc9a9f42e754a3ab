"""Testhulp voor het beleidslab: kleine, gezaaide voorraden, woningzoekenden en scenario's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from passend_toewijzen.invoer.voorraad import Voorraadwoning
from passend_toewijzen.invoer.woningzoekenden import Woningzoekende
from passend_toewijzen.modellen import Woningsoort
from passend_toewijzen.simulatie.scenario import Scenario, laad_scenario


def woning(
    nummer: int, huur: str, *, kans: str | None = "0.1", daeb: bool = True, kern: str = "Almkerk"
) -> Voorraadwoning:
    return Voorraadwoning(
        bron="test",
        rijnummer=nummer + 1,
        woning_id=f"W{nummer:05d}",
        gemeente="Altena",
        kern=kern,
        wijk=None,
        woningsoort=Woningsoort.ZELFSTANDIG,
        daeb=daeb,
        kale_huur=Decimal(huur),
        maximale_huur=Decimal("900.00"),
        punten=None,
        mutatiekans=Decimal(kans) if kans is not None else Decimal(1),
        mutatiekans_opgegeven=kans is not None,
        huurverhoging_verduurzaming=None,
        streefhuur_percentage=None,
    )


def zoeker(
    nummer: int,
    inschrijfdatum: date,
    *,
    personen: int = 1,
    inkomen: str = "20000",
    aow: bool = False,
) -> Woningzoekende:
    return Woningzoekende(
        zoeker_id=f"Z{nummer:05d}",
        inschrijfdatum=inschrijfdatum,
        aantal_personen=personen,
        huishoudinkomen=Decimal(inkomen),
        aow_huishouden=aow,
        actief=True,
    )


def voorraad(aantal: int, zaad: int = 7) -> list[Voorraadwoning]:
    rng = random.Random(zaad)  # noqa: S311
    return [
        woning(i, str(Decimal(rng.randrange(45_000, 90_000)).scaleb(-2)), kans="0.1")
        for i in range(aantal)
    ]


def zoekers(aantal: int, zaad: int = 11) -> list[Woningzoekende]:
    rng = random.Random(zaad)  # noqa: S311
    uit = []
    for i in range(aantal):
        personen = rng.choice((1, 1, 1, 2, 2, 3, 4))
        uit.append(
            zoeker(
                i,
                date(2015, 1, 1) + timedelta(days=rng.randrange(3650)),
                personen=personen,
                inkomen=str(rng.randrange(12_000, 70_000)),
                aow=rng.random() < 0.2,
            )
        )
    return uit


def scenario(tekst: str) -> Scenario:
    return laad_scenario(tekst=tekst)


LANDELIJK = """
[scenario]
naam = "wet"
[toewijzing]
tabel = "landelijk"
"""
