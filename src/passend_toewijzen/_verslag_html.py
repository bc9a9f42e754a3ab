"""De gedeelde laag onder de HTML-verslagen van elke capaciteit: grafieken als inline SVG.

Elke capaciteit tekent haar eigen grafieken met matplotlib; deze module zet een figuur om in een
inline SVG die in een pagina met meer grafieken past (geen XML-kop, eigen id's per grafiek, een
titel voor schermlezers) en bevat de kleine hulpjes die elk verslag daarbij gebruikt. Alleen de
HTML-uitvoer importeert deze module (extra ``[html]``).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

__all__ = ["METADATA", "RC_VERSLAG", "Grafiek", "getal", "label", "svg"]

RC_VERSLAG: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "passend-toewijzen",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.color": "#ffffff",
    "hatch.linewidth": 1.5,
}
"""De matplotlib-instellingen van de verantwoording (en de bereikbaarheid)."""

METADATA: dict[str, Any] = {"Date": None, "Creator": None, "Format": None, "Type": None}
"""Geen datum of maker in de SVG: dezelfde invoer geeft dezelfde bytes."""


class Grafiek(NamedTuple):
    """Een grafiek als inline SVG, met het onderschrift en de tekst voor schermlezers."""

    sleutel: str
    svg: Markup
    onderschrift: str


def label(tekst: str) -> str:
    """Tekst voor matplotlib: een ``$`` mag geen formule beginnen."""
    return tekst.replace("$", r"\$")


def getal(tekst: str | None) -> float:
    """Een getal uit een JSON-document om te tekenen (nooit om mee te rekenen)."""
    return 0.0 if tekst is None else float(Decimal(tekst))


_ID = re.compile(r'(\bid="|url\(#|xlink:href="#)([^")]+)')
_AFMETING = re.compile(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"')
_XMLNS = re.compile(r'\s+xmlns(?::xlink)?="[^"]*"')


def svg(figuur: Figure, sleutel: str, beschrijving: str) -> Markup:
    """De figuur als inline SVG: zonder XML-kop en naamruimte-adressen, met eigen id's."""
    buffer = io.StringIO()
    figuur.savefig(buffer, format="svg", metadata=METADATA)
    tekst = buffer.getvalue()
    tekst = tekst[tekst.index("<svg") :]
    kop, _, rest = tekst.partition(">")
    kop = _XMLNS.sub("", kop) + ">"
    kop = _AFMETING.sub(
        lambda m: f'<svg{m.group(1)} width="100%" style="max-width: {m.group(2)}pt"', kop
    )
    tekst_label = escape(beschrijving)
    kop = kop.replace("<svg", f'<svg role="img" aria-label="{tekst_label}"', 1)
    tekst = f"{kop}\n <title>{tekst_label}</title>{rest}"
    # Meer grafieken in één pagina: elke id krijgt het voorvoegsel van de grafiek.
    tekst = _ID.sub(lambda m: f"{m.group(1)}{sleutel}-{m.group(2)}", tekst)
    return Markup(tekst.strip())  # noqa: S704 - SVG van matplotlib; tekst daarin is geëscapet
