"""Where the bundled resources (samples, gazetteer, icons) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout or editable install,
    or under ``<prefix>/share/timeline-app`` in a wheel install."""
    here = Path(__file__).resolve().parents[2] / "resources"
    if here.is_dir():
        return here
    return Path(sys.prefix) / "share" / "timeline-app" / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_article() -> Path:
    """The bundled sample article (a wire story of 2 December 2025)."""
    return resource("samples", "000_1cb98adc6226a76b.txt")
