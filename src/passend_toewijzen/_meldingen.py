"""Meldingen van Python en het besturingssysteem in het Nederlands (intern).

Foutmeldingen die de gebruiker ziet zijn Nederlands, ook als de oorzaak een Engelstalige melding
van Python is (``No such file or directory``, ``Expecting value``, ``invalid start byte``). Deze
module vertaalt die meldingen op één plek; elke lezer en elke opdracht gebruikt haar.

De vertalingen noemen nooit de inhoud van een bestand: alleen het soort probleem.
"""

from __future__ import annotations

import errno
import json
import re
from datetime import date, datetime, time
from decimal import Decimal

__all__ = ["codering_melding", "json_melding", "os_melding", "soortnaam", "toml_melding"]

_OS: dict[int, str] = {
    errno.ENOENT: "bestand of map bestaat niet",
    errno.EISDIR: "is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EACCES: "geen toegang (rechten)",
    errno.EPERM: "niet toegestaan (rechten)",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EEXIST: "bestaat al",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EXDEV: "een ander bestandssysteem",
    errno.EMFILE: "te veel open bestanden",
    errno.EIO: "lees- of schrijffout van het apparaat",
    errno.EINVAL: "ongeldige naam of bewerking",
    errno.ELOOP: "te veel symbolische koppelingen",
}
if hasattr(errno, "EDQUOT"):  # pragma: no branch - niet op elk platform
    _OS[errno.EDQUOT] = "de opslaglimiet is bereikt"


def os_melding(fout: OSError) -> str:
    """``[Errno 2] No such file or directory`` → ``"bestand of map bestaat niet"``."""
    if isinstance(fout, PermissionError) and fout.errno not in _OS:
        return "geen toegang (rechten)"
    if fout.errno in _OS:
        return _OS[fout.errno]
    return f"fout van het besturingssysteem (nummer {fout.errno})" if fout.errno else "leesfout"


_JSON = (
    (
        "Expecting property name enclosed in double quotes",
        "sleutel tussen dubbele aanhalingstekens",
    ),
    ("Expecting value", "waarde verwacht"),
    ("Expecting ':' delimiter", "dubbele punt verwacht"),
    ("Expecting ',' delimiter", "komma verwacht"),
    ("Unterminated string starting at", "tekst zonder sluitend aanhalingsteken"),
    ("Invalid control character at", "stuurteken in tekst"),
    ("Invalid \\escape", "ongeldige escape met \\"),
    ("Invalid \\uXXXX escape", "ongeldige \\u-escape"),
    ("Extra data", "meer dan één JSON-waarde"),
)


def json_melding(fout: json.JSONDecodeError) -> str:
    """De melding van de JSON-lezer in het Nederlands: ``"waarde verwacht (regel 1, kolom 1)"``."""
    tekst = next((nl for en, nl in _JSON if fout.msg.startswith(en)), "ongeldige JSON")
    return f"{tekst} (regel {fout.lineno}, kolom {fout.colno})"


_TOML = (
    (
        "Expected ']' at the end of a table declaration",
        "']' verwacht aan het eind van een tabelkop",
    ),
    ("Expected ']]' at the end of an array declaration", "']]' verwacht aan het eind van een kop"),
    ("Expected '=' after a key", "'=' verwacht na een sleutel"),
    ("Invalid initial character for a key part", "ongeldig teken aan het begin van een sleutel"),
    ("Invalid value", "ongeldige waarde"),
    ("Invalid statement", "ongeldige regel"),
    ("Invalid date or datetime", "ongeldige datum of datum-tijd"),
    ("Invalid hex value", "ongeldige hexadecimale waarde"),
    ("Unterminated string", "tekst zonder sluitend aanhalingsteken"),
    ("Unclosed array", "lijst zonder sluitend ']'"),
    ("Unclosed inline table", "tabel zonder sluitend '}'"),
    ("Unescaped '\\' in a string", "losse '\\' in tekst"),
    ("Illegal character", "ongeldig teken"),
    ("Found invalid character", "ongeldig teken"),
    ("Escaped character is not a Unicode scalar value", "ongeldig escape-teken"),
    ("Cannot overwrite a value", "een waarde staat er twee keer"),
    ("Cannot declare", "een tabel staat er twee keer"),
    ("Cannot redefine namespace", "een tabel staat er twee keer"),
    ("Cannot mutate immutable namespace", "een vaste tabel wordt gewijzigd"),
    ("Duplicate inline table key", "een sleutel staat er twee keer"),
    ("Expected", "onverwacht teken"),
)
_TOML_PLEK = re.compile(r"\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


def toml_melding(fout: ValueError) -> str:
    """De melding van de TOML-lezer in het Nederlands: ``"ongeldige waarde (regel 1, kolom 5)"``.

    Ook een :class:`UnicodeDecodeError` (een TOML-bestand moet UTF-8 zijn) wordt vertaald.
    """
    if isinstance(fout, UnicodeDecodeError):
        return f"{codering_melding(fout)} (byte {fout.start})"
    tekst = str(fout)
    vertaald = next((nl for en, nl in _TOML if tekst.startswith(en)), "ongeldige TOML")
    plek = _TOML_PLEK.search(tekst)
    if plek is None:
        return vertaald
    if plek.group(1) is None:
        return f"{vertaald} (aan het eind)"
    return f"{vertaald} (regel {plek.group(1)}, kolom {plek.group(2)})"


_CODERING = (
    ("invalid start byte", "ongeldige beginbyte"),
    ("invalid continuation byte", "ongeldige vervolgbyte"),
    ("unexpected end of data", "afgebroken teken aan het eind"),
    ("character maps to <undefined>", "byte zonder teken in deze codering"),
    ("ordinal not in range", "byte buiten het bereik van deze codering"),
    ("truncated data", "afgebroken tekst"),
    ("illegal UTF-16 surrogate", "ongeldig UTF-16-teken"),
    ("illegal encoding", "ongeldige byte"),
    ("does not start with BOM", "begint niet met een bytevolgordemarkering (BOM)"),
    ("code point not in range", "teken buiten het bereik van Unicode"),
)


def codering_melding(fout: UnicodeError) -> str:
    """De reden van een coderingsfout in het Nederlands (``invalid start byte`` → ...)."""
    reden = getattr(fout, "reason", str(fout))
    return next((nl for en, nl in _CODERING if en in reden), "ongeldige bytes")


_SOORTEN: tuple[tuple[type, str], ...] = (
    (bool, "ja/nee-waarde"),
    (int, "geheel getal"),
    (float, "kommagetal"),
    (Decimal, "getal"),
    (str, "tekst"),
    (datetime, "datum met tijd"),
    (date, "datum"),
    (time, "tijd"),
    (bytes, "binaire waarde"),
    (list, "lijst"),
    (tuple, "lijst"),
    (dict, "object"),
)


def soortnaam(waarde: object) -> str:
    """Het soort van een waarde in gewone woorden (``3`` → ``"geheel getal"``)."""
    if waarde is None:
        return "lege waarde"
    return next((naam for soort, naam in _SOORTEN if isinstance(waarde, soort)), "onbekend soort")
