"""De dienst starten met uvicorn, met een logconfiguratie zonder persoonsgegevens.

De toegangslog van uvicorn staat uit (die schrijft de querystring); de dienst schrijft zelf één
regel per verzoek (zie :mod:`.beveiliging`). Logregels gaan naar stderr.
"""

from __future__ import annotations

from typing import Any

from passend_toewijzen.dienst.app import maak_app
from passend_toewijzen.dienst.instellingen import Instellingen

__all__ = ["logconfiguratie", "start"]


def logconfiguratie(niveau: str = "INFO") -> dict[str, Any]:
    """De logconfiguratie (``logging.config.dictConfig``) van uvicorn en de dienst."""
    opmaak = {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"gewoon": opmaak},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "gewoon",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": niveau, "propagate": False},
            "uvicorn.error": {"level": niveau},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "passend_toewijzen.dienst": {
                "handlers": ["stderr"],
                "level": niveau,
                "propagate": False,
            },
        },
    }


def start(instellingen: Instellingen) -> None:
    """Start de dienst en blijf draaien tot Ctrl-C."""
    import uvicorn

    uvicorn.run(
        maak_app(instellingen),
        host=instellingen.host,
        port=instellingen.poort,
        access_log=False,
        log_config=logconfiguratie(),
        server_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=5,
    )
