"""De ASGI-toepassing van de dienst: API, pagina, foutafhandeling en veiligheid samen.

Van buiten naar binnen: :class:`~.beveiliging.Toegangslog` (logregel, vangnet),
:class:`~.grenzen.Tijdslimiet`, :class:`~.beveiliging.Koppen` (veiligheidskoppen, geen verzoeken
van andere sites), ``TrustedHostMiddleware`` van Starlette (alleen de eigen hostnamen: tegen
DNS-rebinding) en dan de routes van :mod:`.api` en :mod:`.pagina`.
"""

from __future__ import annotations

from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.middleware.trustedhost import TrustedHostMiddleware

from passend_toewijzen._versie import __version__
from passend_toewijzen.dienst import api, foutafhandeling, pagina
from passend_toewijzen.dienst.beveiliging import Koppen, Toegangslog
from passend_toewijzen.dienst.grenzen import Tijdslimiet
from passend_toewijzen.dienst.instellingen import Instellingen
from passend_toewijzen.dienst.schemas import componenten
from passend_toewijzen.dienst.taken import Takenlijst

__all__ = ["maak_app"]

BESCHRIJVING = """\
De Nederlandse toewijzingsregels voor sociale huur (DAEB-norm, passend toewijzen,
huur-inkomenstabellen) als lokale dienst. Elk antwoord is hetzelfde document als de
opdrachtregel `passend-toewijzen` geeft. Fouten zijn een JSON-document met `fout` (code),
`melding` (Nederlands) en `fouten` (per veld, met het volledige veldpad).
"""


def maak_app(instellingen: Instellingen | None = None) -> FastAPI:
    """De toepassing met deze instellingen (standaard: :class:`Instellingen` zelf)."""
    inst = instellingen or Instellingen()
    app = FastAPI(
        title="passend-toewijzen",
        version=__version__,
        description=BESCHRIJVING,
        docs_url=None,  # Swagger UI en ReDoc laden bestanden van buiten: niet aanbieden
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.instellingen = inst
    app.state.taken = Takenlijst(inst.max_taken, inst.bewaartijd)
    app.state.verslaglimiet = anyio.CapacityLimiter(inst.max_taken)
    foutafhandeling.registreer(app)
    app.include_router(api.router)
    app.include_router(pagina.router)
    # add_middleware: de laatste is de buitenste.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(inst.hosts))
    app.add_middleware(Koppen, hosts=inst.hosts)
    app.add_middleware(Tijdslimiet, limiet=inst.tijdslimiet)
    app.add_middleware(Toegangslog)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schema.setdefault("components", {}).setdefault("schemas", {}).update(componenten())
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
