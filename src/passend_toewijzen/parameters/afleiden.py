"""Afgeleide waarden narekenen: elke waarde met status ``afgeleid`` opnieuw uit haar invoer.

Een afgeleide waarde noemt een formule uit :data:`~passend_toewijzen.parameters.formules.FORMULES`
en per invoer een andere parameter op een datum. Het laden controleert voor elke afgeleide waarde:

* elke invoer bestaat, heeft op die datum een waarde en is zelf ``definitief`` of ``afgeleid``
  (nooit secundair, voorlopig of onbekend), en ligt niet na de ingangsdatum van de afgeleide
  waarde;
* de formule met die invoer geeft precies de opgeschreven waarde;
* een opgegeven afwijkend gepubliceerd bedrag wijkt ook echt af (anders hoort de bron bij
  ``bevestigd_door``);
* geen afgeleide waarde hangt via haar invoer van zichzelf af.

Zo kan een afgeleide waarde nooit stil uit de pas lopen met de wet of met haar invoer.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

import attrs

from passend_toewijzen.parameters.formules import FORMULES
from passend_toewijzen.parameters.waarden import (
    Afleiding,
    Parameterdefinitie,
    Reekswaarde,
    Status,
    formatteer_waarde,
)

__all__ = ["beschrijf_invoer", "reken_afleidingen_na"]

_BRUIKBAAR = (Status.DEFINITIEF, Status.AFGELEID)


def _invoerwaarde(
    definities: Mapping[str, Parameterdefinitie], parameter: str, op: date
) -> tuple[Reekswaarde | None, str | None]:
    """De reekswaarde van een invoer, of een melding waarom die niet bruikbaar is."""
    definitie = definities.get(parameter)
    if definitie is None:
        return None, f"onbekende parameter {parameter!r}"
    rw = definitie.reekswaarde_op(op)
    if rw is None or rw.waarde is None:
        return None, f"{parameter!r} heeft op {op.isoformat()} geen waarde"
    if rw.status not in _BRUIKBAAR:
        return None, (
            f"{parameter!r} op {op.isoformat()} heeft status {rw.status.value!r}; een afgeleide "
            "waarde rekent alleen met definitieve of afgeleide invoer"
        )
    if not isinstance(rw.waarde, Decimal | int) or isinstance(rw.waarde, bool):
        return None, f"{parameter!r} is geen getal"
    return rw, None


def reken_afleidingen_na(
    definities: Mapping[str, Parameterdefinitie],
) -> tuple[dict[str, Parameterdefinitie], list[str]]:
    """Reken elke afgeleide waarde na; geef de definities met de berekening erbij en de meldingen.

    De teruggegeven definities zijn gelijk aan de gegeven, behalve dat elke afgeleide reekswaarde
    de berekening met de ingevulde invoer draagt (voor uitleg en documentatie).
    """
    meldingen: list[str] = []
    nieuw: dict[str, Parameterdefinitie] = dict(definities)
    afhankelijk: dict[tuple[str, date], list[tuple[str, date]]] = {}
    for naam, definitie in definities.items():
        reeks = list(definitie.reeks)
        gewijzigd = False
        for index, rw in enumerate(definitie.reeks):
            afleiding = rw.afleiding
            if afleiding is None:
                continue
            pad = f"{definitie.bestand}: parameters.{naam}.waarden[{index}]"
            formule = FORMULES[afleiding.formule]  # gecontroleerd bij het laden van het bestand
            waarden: dict[str, Decimal] = {}
            knoop = (naam, rw.geldig_vanaf)
            for invoer in afleiding.invoer:
                op = invoer.op or rw.geldig_vanaf
                if op > rw.geldig_vanaf:
                    meldingen.append(
                        f"{pad}.invoer.{invoer.naam}: de invoer op {op.isoformat()} ligt na de "
                        f"ingangsdatum {rw.geldig_vanaf.isoformat()} van de afgeleide waarde"
                    )
                    continue
                bron_rw, fout = _invoerwaarde(definities, invoer.parameter, op)
                if fout is not None or bron_rw is None:
                    meldingen.append(f"{pad}.invoer.{invoer.naam}: {fout}")
                    continue
                waarden[invoer.naam] = Decimal(bron_rw.waarde)  # type: ignore[arg-type]
                if bron_rw.afleiding is not None:
                    afhankelijk.setdefault(knoop, []).append(
                        (invoer.parameter, bron_rw.geldig_vanaf)
                    )
            if len(waarden) != len(afleiding.invoer):
                continue
            try:
                uitkomst = formule.bereken(waarden)
            except ValueError as fout:
                meldingen.append(f"{pad}: de formule {formule.naam!r} faalt: {fout}")
                continue
            if rw.waarde != uitkomst:
                meldingen.append(
                    f"{pad}.waarde: de formule {formule.naam!r} ({formule.grondslag}) geeft "
                    f"{formatteer_waarde(uitkomst, definitie.eenheid)}, niet "
                    f"{formatteer_waarde(rw.waarde, definitie.eenheid)} "  # type: ignore[arg-type]
                    f"({formule.toon(waarden, uitkomst)})"
                )
                continue
            if afleiding.afwijking is not None and afleiding.afwijking.waarde == uitkomst:
                meldingen.append(
                    f"{pad}.afwijking: het bedrag van {afleiding.afwijking.bron.sleutel!r} is "
                    "gelijk aan de afgeleide waarde; zet die bron bij bevestigd_door"
                )
                continue
            reeks[index] = attrs.evolve(
                rw,
                afleiding=attrs.evolve(afleiding, berekening=formule.toon(waarden, uitkomst)),
            )
            gewijzigd = True
        if gewijzigd:
            nieuw[naam] = attrs.evolve(definitie, reeks=tuple(reeks))
    meldingen.extend(_kringen(afhankelijk))
    return nieuw, meldingen


def _kringen(afhankelijk: Mapping[tuple[str, date], list[tuple[str, date]]]) -> list[str]:
    """Meldingen voor afgeleide waarden die via hun invoer van zichzelf afhangen."""
    meldingen: list[str] = []
    klaar: set[tuple[str, date]] = set()

    def bezoek(knoop: tuple[str, date], pad: tuple[tuple[str, date], ...]) -> None:
        if knoop in pad:
            kring = " -> ".join(f"{n}@{d.isoformat()}" for n, d in (*pad, knoop))
            meldingen.append(f"afgeleide waarden hangen in een kring van elkaar af: {kring}")
            return
        if knoop in klaar:
            return
        for volgende in afhankelijk.get(knoop, ()):
            bezoek(volgende, (*pad, knoop))
        klaar.add(knoop)

    for knoop in sorted(afhankelijk):
        bezoek(knoop, ())
    return meldingen


def beschrijf_invoer(
    afleiding: Afleiding, geldig_vanaf: date, definities: Mapping[str, Parameterdefinitie]
) -> list[str]:
    """Per invoer een regel: naam, parameter, datum, waarde en status (voor de documentatie)."""
    regels: list[str] = []
    for invoer in afleiding.invoer:
        op = invoer.op or geldig_vanaf
        definitie = definities[invoer.parameter]
        rw = definitie.reekswaarde_op(op)
        assert rw is not None  # noqa: S101 - nagerekend bij het laden
        assert rw.waarde is not None  # noqa: S101 - idem
        regels.append(
            f"{invoer.naam} = {invoer.parameter} op {op.isoformat()}: "
            f"{formatteer_waarde(rw.waarde, definitie.eenheid)} ({rw.status.value})"
        )
    return regels
