"""Versie van de bibliotheek (los van de versie van de parameterdata)."""

__version__ = "0.1.0"
