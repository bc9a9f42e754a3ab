"""Bouwstenen voor tests: geldige invoer met alleen de velden die een test wil variëren."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from passend_toewijzen.beleid import Beleid, laad_beleid
from passend_toewijzen.modellen import Huishouden, Persoon, Rol, Toewijzing, Woning, Woningsoort
from passend_toewijzen.parameters.waarden import Parameterset


def persoon(**velden: Any) -> dict[str, Any]:
    basis: dict[str, Any] = {"rol": "aanvrager", "geboortedatum": "1980-05-17"}
    basis.update(velden)
    return basis


def woning(**velden: Any) -> dict[str, Any]:
    basis: dict[str, Any] = {
        "id": "W-1",
        "kale_huur": "650.00",
        "soort": "zelfstandig",
        "daeb": True,
        "gemeente": "Gorinchem",
    }
    basis.update(velden)
    return basis


def huishouden(**velden: Any) -> dict[str, Any]:
    basis: dict[str, Any] = {"personen": [persoon()], "vastgesteld_inkomen": "25000"}
    basis.update(velden)
    return basis


def toewijzing(**velden: Any) -> dict[str, Any]:
    basis: dict[str, Any] = {
        "huishouden": huishouden(),
        "woning": woning(),
        "toewijzingsdatum": "2024-02-10",
        "huuringangsdatum": "2024-03-01",
    }
    basis.update(velden)
    return basis


def maak_toewijzing(
    *,
    inkomen: Decimal | None = Decimal(25000),
    kale_huur: Decimal = Decimal("650.00"),
    personen: int = 1,
    ingang: date = date(2024, 3, 1),
    aow: bool | None = None,
    **velden: Any,
) -> Toewijzing:
    leden = [Persoon(rol=Rol.AANVRAGER, geboortedatum=None)]
    leden += [Persoon(rol=Rol.MEDEBEWONER, geboortedatum=None) for _ in range(personen - 1)]
    return Toewijzing(
        huishouden=Huishouden(
            personen=tuple(leden), vastgesteld_inkomen=inkomen, aow_huishouden=aow
        ),
        woning=Woning(
            id="W-1", kale_huur=kale_huur, soort=Woningsoort.ZELFSTANDIG, daeb=True, gemeente="G"
        ),
        toewijzingsdatum=ingang,
        huuringangsdatum=ingang,
        **velden,
    )


BELEID_KOP = """[beleid]
naam = "{naam}"

[bronnen.fictief]
titel = "Fictieve waarde voor de testsuite"
uitgever = "passend_toewijzen testsuite"
url = "https://example.org/fictief"
soort = "secundair"
"""


def fictief_beleid(naam: str, parameters: str, *, vervangt: bool = True) -> Beleid:
    """Een beleid met fictieve waarden (TOML-tekst van de parameters, bron ``fictief``).

    Met ``vervangt`` (standaard) mag het beleid wettelijke waarden vervangen: elke parameter in
    de tekst krijgt ``vervangt_wettelijke_waarde = true``.
    """
    markeringen = ""
    if vervangt:
        namen = sorted(set(re.findall(r"\[\[parameters\.([a-z0-9_]+)\.waarden\]\]", parameters)))
        markeringen = "".join(
            f"[parameters.{n}]\nvervangt_wettelijke_waarde = true\n\n" for n in namen
        )
    return laad_beleid(tekst=BELEID_KOP.format(naam=naam) + markeringen + parameters)


def met_onbekend(parameters: Parameterset, *namen: str) -> Parameterset:
    """Dezelfde parameterset, met ``namen`` als bestaand maar onbekend (status ``onbekend``).

    Zo blijven de regels voor een onbekende waarde getoetst, ook als de meegeleverde data op elke
    datum een onderbouwde waarde heeft.
    """
    return Parameterset(
        peildatum=parameters.peildatum,
        waarden={n: w for n, w in parameters.waarden.items() if n not in namen},
        ontbrekend={
            **parameters.ontbrekend,
            **{
                n: f"voor de periode vanaf {parameters.peildatum.isoformat()} is geen "
                "onderbouwde waarde opgenomen (testgeval)"
                for n in namen
            },
        },
        definities=parameters.definities,
        data_versie=parameters.data_versie,
        data_hash=parameters.data_hash,
        onbekend=parameters.onbekend | frozenset(namen),
        buiten_dekking=parameters.buiten_dekking,
        sta_voorlopig_toe=parameters.sta_voorlopig_toe,
    )
