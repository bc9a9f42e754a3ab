"""De uitvoer van het bereikbaarheidsverslag: JSON eerst, Markdown, HTML en Excel daaruit."""
