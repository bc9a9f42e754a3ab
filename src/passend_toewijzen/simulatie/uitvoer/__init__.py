"""Uitvoer van het beleidslab: het JSON-document als Markdown of HTML, en de gesimuleerde
verhuringen als toewijzingenbestand."""
