"""De keuze tussen de rij-motor en de kolom-motor, gedeeld door elke capaciteit met twee motoren.

De ``rij``-motor rekent rij voor rij in zuiver Python; de ``kolom``-motor rekent dezelfde gedateerde
regels vectorieel (extra ``[kolom]``, polars). Zonder keuze is de standaard ``kolom`` als polars
er is, anders ``rij``; een capaciteit kan de kolom-motor voor een bepaalde vraag uitsluiten (de
verantwoording met een oordeel per toewijzing) met een eigen reden.
"""

from __future__ import annotations

import importlib.util

__all__ = ["MOTOREN", "kies_motor", "kolommotor_beschikbaar"]

MOTOREN = ("kolom", "rij")
"""De motoren: ``kolom`` (vectorieel, extra ``[kolom]``) en ``rij``."""


def kolommotor_beschikbaar() -> bool:
    """Of de kolom-motor te gebruiken is (polars geïnstalleerd, extra ``[kolom]``)."""
    return importlib.util.find_spec("polars") is not None


def kies_motor(motor: str | None, *, alleen_rij: str | None = None) -> str:
    """De motor: de gevraagde, of zonder keuze ``kolom`` als die beschikbaar is, anders ``rij``.

    ``alleen_rij`` is de reden waarom deze vraag alleen op de rij-motor kan (``None``: beide
    kunnen); zonder keuze wordt het dan ``rij``, en een gevraagde ``kolom`` is een fout met die
    reden.
    """
    if motor is None:
        return "kolom" if alleen_rij is None and kolommotor_beschikbaar() else "rij"
    if motor not in MOTOREN:
        msg = f"onbekende motor {motor!r}; kies kolom of rij"
        raise ValueError(msg)
    if motor == "kolom" and alleen_rij is not None:
        raise ValueError(alleen_rij)
    if motor == "kolom" and not kolommotor_beschikbaar():
        msg = "de kolom-motor vraagt polars: pip install 'passend-toewijzen[kolom]'"
        raise ValueError(msg)
    return motor
