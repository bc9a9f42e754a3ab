"""De documentatiesite doet geen verzoeken aan derden (headless Chromium).

Een lezer die de site opent, laadt alleen bestanden van de site zelf: geen lettertypen van een
externe dienst, geen scripts of stijlbladen van elders. Links naar bronnen (wetten.overheid.nl)
zijn gewone links en worden pas gevolgd als de lezer erop klikt.

Twee controles:

* in elke gebouwde HTML-pagina en elk stijlblad: geen ``<link>``, ``<script>``, ``<img>``,
  ``<iframe>``, ``@import`` of ``url(...)`` die iets van een andere host laadt (ook geen
  ``preconnect``);
* in Chromium: een aantal pagina's wordt via een lokale webserver geopend, met een netwerklog en een
  resolver die elke andere host onbereikbaar maakt; elk verzoek dat de pagina's doen, gaat naar de
  lokale server. (Chromium zelf doet ook verzoeken, aan zijn eigen diensten; die horen niet bij de
  pagina en worden herkend aan hun initiator.)

De site komt uit ``PASSEND_SITE`` (een map met een gebouwde site, zoals CI die na
``mkdocs build`` meegeeft) of wordt hier gebouwd als mkdocs is geïnstalleerd.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import pytest

WORTEL = Path(__file__).parents[2]
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
PAGINAS = (
    "index.html",
    "handleidingen/inbouwen/index.html",
    "referentie/api/index.html",
    "parameters/per-jaar/index.html",
    "regels/passendheid/index.html",
    "handleidingen/jaarverantwoording/index.html",
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium niet gevonden (Debian: apt-get install -y chromium)"
    ),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    gegeven = os.environ.get("PASSEND_SITE")
    if gegeven:
        return Path(gegeven)
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    if mkdocs is None:
        pytest.skip("mkdocs niet geïnstalleerd (extra docs); CI draait deze test na het bouwen")
    doel = tmp_path_factory.mktemp("site")
    subprocess.run(
        [mkdocs, "build", "--strict", "--quiet", "--site-dir", str(doel)],
        cwd=WORTEL,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
    )
    return doel


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = partial(_StilleHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        draad = threading.Thread(target=httpd.serve_forever, daemon=True)
        draad.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        finally:
            httpd.shutdown()


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


_LADEN = re.compile(
    r"<(?:link|script|img|iframe|source|audio|video)\b[^>]*?\b(?:href|src|srcset)=[\"']"
    r"(?P<url>(?:https?:)?//[^\"']+)",
    re.I,
)
_LINK_REL = re.compile(r"<link\b[^>]*\brel=[\"'](?P<rel>[^\"']+)", re.I)
_CSS = re.compile(r"(?:@import\s+|url\(\s*)[\"']?(?P<url>(?:https?:)?//[^\"')\s]+)", re.I)


def test_geen_pagina_of_stijlblad_laadt_iets_van_elders(site: Path) -> None:
    paginas = sorted(site.rglob("*.html"))
    assert len(paginas) > 20
    gevonden: list[str] = []
    for pagina in paginas:
        tekst = pagina.read_text(encoding="utf-8")
        for m in _LADEN.finditer(tekst):
            tag = tekst[m.start() : m.end()]
            rel = _LINK_REL.match(tag)
            if tag.lower().startswith("<link") and rel and rel.group("rel") in ("canonical",):
                continue  # een verwijzing naar de eigen site, geen verzoek
            gevonden.append(f"{pagina.relative_to(site)}: {m.group('url')}")
    for blad in [*site.rglob("*.css"), *site.rglob("*.js")]:
        for m in _CSS.finditer(blad.read_text(encoding="utf-8", errors="replace")):
            if blad.suffix == ".css":
                gevonden.append(f"{blad.relative_to(site)}: {m.group('url')}")
    assert not gevonden, "de site laadt iets van een andere host:\n" + "\n".join(gevonden)


def test_de_hooks_staan_niet_op_de_site(site: Path) -> None:
    assert not list(site.rglob("*.py"))


def _verzoeken_van_paginas(netlog: Path, eigen_host: str) -> list[str]:
    tekst = netlog.read_text(encoding="utf-8")
    try:
        log = json.loads(tekst)
    except json.JSONDecodeError:  # een log die niet netjes is afgesloten
        log = json.loads(tekst.rstrip().rstrip(",") + "]}")
    soorten = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls: list[str] = []
    for gebeurtenis in log["events"]:
        params = gebeurtenis.get("params") or {}
        if soorten.get(gebeurtenis["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        # Een verzoek van een pagina heeft de site als initiator (de pagina zelf is het hoofdframe);
        # Chromiums eigen diensten hebben geen initiator ("not an origin").
        initiator = urlsplit(str(params.get("initiator", ""))).hostname
        if initiator == eigen_host or params.get("request_type") == "main frame":
            urls.append(params["url"])
    return urls


def test_paginas_in_chromium_doen_geen_verzoeken_aan_derden(server: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    eigen_host = urlsplit(server).hostname or "127.0.0.1"
    alle: list[str] = []
    for pagina in PAGINAS:
        netlog = tmp_path / f"{pagina.replace('/', '_')}.json"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profiel'}",
                f"--log-net-log={netlog}",
                f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {eigen_host}",
                "--virtual-time-budget=4000",
                "--dump-dom",
                server + pagina,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        urls = _verzoeken_van_paginas(netlog, eigen_host)
        assert any(u.endswith(pagina) for u in urls), f"{pagina} is niet geladen: {urls}"
        alle.extend(urls)
    derden = sorted(
        {u for u in alle if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
        - {u for u in alle if urlsplit(u).hostname == eigen_host}
    )
    assert not derden, "verzoeken aan derden: " + ", ".join(derden)
