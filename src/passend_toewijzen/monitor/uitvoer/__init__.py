"""Het monitordocument als Markdown, HTML en Excel (alles uit het JSON-document)."""
