"""De dubbelcontrole op toewijzing_id: exact, ook als de id's naar schijf verhuizen."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend_toewijzen.verantwoording import verantwoord, verwerken
from passend_toewijzen.verantwoording.dubbel import Dubbelcontrole, DubbelcontroleFout
from passend_toewijzen.verantwoording.rijen import Rijfout, Rijtoewijzing
from tests.verantwoording_hulp import rij, schrijf_csv


def _rij(kenmerk: str, rijnummer: int, bron: str = "a.csv") -> Rijtoewijzing:
    toewijzing = cast(Any, SimpleNamespace(id=kenmerk))
    return Rijtoewijzing(bron, rijnummer, "Proef", toewijzing)


def _meldingen(controle: Dubbelcontrole, rijen: list[Rijtoewijzing]) -> list[Rijfout | None]:
    return [controle.controleer(r) for r in rijen]


def _verwacht(rijen: list[Rijtoewijzing]) -> list[Rijfout | None]:
    """De eenvoudigst denkbare controle: een dict zonder grens."""
    eerst: dict[str, tuple[str, int]] = {}
    uitkomst: list[Rijfout | None] = []
    for r in rijen:
        kenmerk = r.toewijzing.id
        assert kenmerk is not None
        if kenmerk not in eerst:
            eerst[kenmerk] = (r.bron, r.rijnummer)
            uitkomst.append(None)
            continue
        bron, rijnummer = eerst[kenmerk]
        waar = f"rij {rijnummer}" if bron == r.bron else f"{bron}, rij {rijnummer}"
        uitkomst.append(
            Rijfout(r.bron, r.rijnummer, "toewijzing_id", f"komt al voor in {waar}", kenmerk)
        )
    return uitkomst


def test_tweede_rij_met_hetzelfde_id_noemt_de_eerste() -> None:
    with Dubbelcontrole() as controle:
        uitkomst = _meldingen(controle, [_rij("T1", 2), _rij("T2", 3), _rij("T1", 4)])
    assert uitkomst[:2] == [None, None]
    assert uitkomst[2] == Rijfout("a.csv", 4, "toewijzing_id", "komt al voor in rij 2", "T1")


def test_dubbel_over_bestanden_noemt_het_andere_bestand() -> None:
    with Dubbelcontrole() as controle:
        assert controle.controleer(_rij("T1", 2, "a.csv")) is None
        fout = controle.controleer(_rij("T1", 7, "b.csv"))
    assert fout is not None
    assert fout.melding == "komt al voor in a.csv, rij 2"
    assert (fout.bron, fout.rijnummer) == ("b.csv", 7)


def test_boven_de_geheugengrens_gaan_de_ids_naar_schijf_en_blijven_ze_bekend() -> None:
    controle = Dubbelcontrole(geheugengrens=3)
    rijen = [_rij(f"T{i}", i + 2) for i in range(3)]
    assert _meldingen(controle, rijen) == [None, None, None]
    assert not controle.op_schijf
    assert controle.controleer(_rij("T3", 5)) is None
    assert controle.op_schijf
    # Een id van vóór de verhuizing, een van erna en een nieuw id.
    assert controle.controleer(_rij("T0", 6)) == Rijfout(
        "a.csv", 6, "toewijzing_id", "komt al voor in rij 2", "T0"
    )
    assert controle.controleer(_rij("T3", 7, "b.csv")) == Rijfout(
        "b.csv", 7, "toewijzing_id", "komt al voor in a.csv, rij 5", "T3"
    )
    assert controle.controleer(_rij("T9", 8)) is None
    controle.sluit()
    assert not controle.op_schijf


def test_dezelfde_rij_nogmaals_is_geen_dubbel() -> None:
    for grens in (1, 10):
        controle = Dubbelcontrole(geheugengrens=grens)
        assert controle.controleer(_rij("T1", 2)) is None
        assert controle.controleer(_rij("T2", 3)) is None
        assert controle.controleer(_rij("T1", 2)) is None
        controle.sluit()


def test_geheugengrens_moet_positief_zijn() -> None:
    with pytest.raises(ValueError, match="geheugengrens moet ten minste 1 zijn, niet 0"):
        Dubbelcontrole(geheugengrens=0)


@given(
    kenmerken=st.lists(st.sampled_from(["T1", "T2", "T3", "T4", "é", "a b", "0"]), max_size=40),
    bronnen=st.lists(st.sampled_from(["a.csv", "b.xlsx"]), min_size=40, max_size=40),
    grens=st.integers(min_value=1, max_value=6),
)
def test_met_of_zonder_schijf_dezelfde_uitkomst(
    kenmerken: list[str], bronnen: list[str], grens: int
) -> None:
    """Eigenschap: of de id's in het geheugen blijven of naar schijf gaan, elke rij krijgt
    precies dezelfde uitkomst als bij een eenvoudige controle zonder grens; geen enkele rij
    wordt ten onrechte afgewezen of ten onrechte doorgelaten."""
    rijen = [_rij(k, i + 2, bronnen[i]) for i, k in enumerate(kenmerken)]
    with Dubbelcontrole(geheugengrens=grens) as controle:
        assert _meldingen(controle, rijen) == _verwacht(rijen)


class _KapotteVerbinding:
    """Een SQLite-verbinding die bij het schrijven faalt, zoals bij een volle schijf."""

    def __init__(self) -> None:
        self.gesloten = False

    def execute(self, *_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        self.gesloten = True


def test_een_volle_schijf_geeft_een_duidelijke_fout(monkeypatch: pytest.MonkeyPatch) -> None:
    verbinding = _KapotteVerbinding()
    monkeypatch.setattr(sqlite3, "connect", lambda *_, **__: verbinding)
    controle = Dubbelcontrole(geheugengrens=1)
    assert controle.controleer(_rij("T1", 2)) is None
    with pytest.raises(DubbelcontroleFout) as info:
        controle.controleer(_rij("T2", 3))
    assert "database or disk is full" in str(info.value)
    assert "--geen-dubbelcontrole" in str(info.value)
    assert "TMPDIR" in str(info.value)
    assert verbinding.gesloten
    assert not controle.op_schijf


def test_een_fout_tijdens_het_controleren_op_schijf_sluit_de_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controle = Dubbelcontrole(geheugengrens=1)
    controle.controleer(_rij("T1", 2))
    controle.controleer(_rij("T2", 3))
    assert controle.op_schijf
    verbinding = _KapotteVerbinding()
    monkeypatch.setattr(controle, "_db", verbinding)
    with pytest.raises(DubbelcontroleFout, match="database or disk is full"):
        controle.controleer(_rij("T3", 4))
    assert verbinding.gesloten
    assert not controle.op_schijf


def test_de_fout_is_een_valueerror_voor_de_opdrachtregel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """De opdrachtregel toont een ValueError als melding met afsluitcode 2 (geen traceback)."""
    pad = schrijf_csv(tmp_path / "a.csv", [rij(i) for i in range(1, 4)])
    monkeypatch.setattr(verwerken, "Dubbelcontrole", lambda: Dubbelcontrole(geheugengrens=1))
    monkeypatch.setattr(sqlite3, "connect", lambda *_, **__: _KapotteVerbinding())
    with pytest.raises(ValueError, match="tijdelijke bestand"):
        verantwoord(pad, 2024, corporatie="Proef")
