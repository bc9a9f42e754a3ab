"""De keuze tussen rij- en kolom-motor, gedeeld door de verantwoording en de bereikbaarheid."""

from __future__ import annotations

import pytest

from passend_toewijzen import motorkeuze
from passend_toewijzen.bereikbaarheid import verslag as bereikbaarheid
from passend_toewijzen.verantwoording import verwerken as verantwoording


def test_zonder_keuze_de_kolom_motor_als_polars_er_is() -> None:
    assert motorkeuze.kies_motor(None) == "kolom"
    assert bereikbaarheid.kies_motor(None) == "kolom"
    assert verantwoording.kies_motor(None) == "kolom"


def test_zonder_polars_de_rij_motor_en_een_gevraagde_kolom_motor_is_een_fout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(motorkeuze, "kolommotor_beschikbaar", lambda: False)
    assert bereikbaarheid.kies_motor(None) == "rij"
    assert verantwoording.kies_motor(None) == "rij"
    for kies in (bereikbaarheid.kies_motor, verantwoording.kies_motor):
        with pytest.raises(ValueError, match=r"pip install 'passend-toewijzen\[kolom\]'"):
            kies("kolom")
        assert kies("rij") == "rij"


def test_een_oordeel_per_toewijzing_vraagt_de_rij_motor() -> None:
    assert verantwoording.kies_motor(None, per_oordeel=True) == "rij"
    assert verantwoording.kies_motor("rij", per_oordeel=True) == "rij"
    with pytest.raises(ValueError, match="geen oordeel per toewijzing"):
        verantwoording.kies_motor("kolom", per_oordeel=True)
    assert verantwoording.kies_motor("kolom") == "kolom"


@pytest.mark.parametrize("motor", ["snel", "Kolom", ""])
def test_een_onbekende_motor_noemt_de_keuzes(motor: str) -> None:
    with pytest.raises(ValueError, match=f"onbekende motor {motor!r}; kies kolom of rij"):
        motorkeuze.kies_motor(motor)
