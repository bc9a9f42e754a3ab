"""Uitvoer van het verslag: JSON, Markdown, HTML (met grafieken) en Excel."""
