"""Tests in een echte browser (headless Chromium); markering ``browser``."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: test in headless Chromium (overgeslagen als chromium ontbreekt)"
    )
