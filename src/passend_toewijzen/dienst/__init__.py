"""De lokale dienst: een HTTP-API en een webpagina over dezelfde functies (extra ``dienst``).

Start met ``passend-toewijzen dienst`` (zie :mod:`passend_toewijzen.cli.dienst`) of in Python::

    import uvicorn
    from passend_toewijzen.dienst import Instellingen, maak_app

    uvicorn.run(maak_app(Instellingen()), host="127.0.0.1", port=8000)

Vraagt FastAPI, uvicorn en python-multipart (``pip install "passend-toewijzen[dienst]"``); de rest
van de bibliotheek importeert zonder.
"""

from passend_toewijzen.dienst.app import maak_app
from passend_toewijzen.dienst.instellingen import Instellingen, is_loopback
from passend_toewijzen.dienst.starten import logconfiguratie, start

__all__ = ["Instellingen", "is_loopback", "logconfiguratie", "maak_app", "start"]
