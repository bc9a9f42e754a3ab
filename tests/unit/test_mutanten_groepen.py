"""De passende groep van BTIV art. 54 lid 2 onder a (studenten), zoals de mutatietoetsing vroeg.

De mutatietoetsing (``scripts/mutatietest.py``) liet zien dat de grens van het aantal personen
van een studentenhuishouden niet aan beide kanten vastlag, en ook niet wat geldt als de data
geen maximum noemt.
"""

from __future__ import annotations

from passend_toewijzen.modellen import Huishouden
from passend_toewijzen.regels.groepen import Categorie, Groepsregels, bepaal_categorie


def _studenten(aantal: int) -> Huishouden:
    rollen = ["aanvrager", "partner", "medebewoner", "medebewoner"][:aantal]
    return Huishouden.model_validate(
        {
            "personen": [{"rol": rol, "voltijds_student": True} for rol in rollen],
            "vastgesteld_inkomen": "20000",
            "aow_huishouden": False,
        }
    )


def test_een_studentenhuishouden_tot_en_met_het_maximum_hoort_tot_de_groep() -> None:
    """Art. 54 lid 2 onder a: een- of tweepersoonshuishoudens; drie studenten niet."""
    regels = Groepsregels("zorg_en_art54_lid2", wtos=False, max_personen=2)
    assert bepaal_categorie(_studenten(1), regels) is Categorie.STUDENTEN
    assert bepaal_categorie(_studenten(2), regels) is Categorie.STUDENTEN
    assert bepaal_categorie(_studenten(3), regels) is None


def test_zonder_maximum_in_de_data_hoort_geen_studentenhuishouden_tot_de_groep() -> None:
    """Noemt de data op de peildatum geen maximum, dan wordt niet gegokt: geen groep."""
    regels = Groepsregels("zorg_en_art54_lid2", wtos=False, max_personen=None)
    assert bepaal_categorie(_studenten(1), regels) is None
