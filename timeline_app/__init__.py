"""timeline-app: turn news articles into a zoomable, editable timeline of diplomatic events."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def package_version() -> str:
    """The version in pyproject.toml (the one source): from the installed package's metadata,
    or read from pyproject.toml beside the package in a checkout that was never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline-app")
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        import tomllib

        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "unknown"


def __getattr__(name: str) -> str:
    # `from timeline_app import __version__` asks the metadata only when someone wants it
    if name == "__version__":
        return package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
