"""Where the bundled resources (samples, gazetteer, icons, the .desktop file) live.

In a checkout and an editable install they are the ``resources/`` folder beside the package;
a wheel (``pip install .``, ``pipx install``, the built wheel) and the desktop bundle carry
them inside the package as ``timeline_app/resources/`` (setup.py maps the folder there), which
``importlib.resources`` finds wherever the package was installed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _installed_dir() -> Path | None:
    """``timeline_app/resources`` of the imported package, when it is a real folder."""
    packaged = files("timeline_app").joinpath("resources")
    return packaged if isinstance(packaged, Path) else None


def find_resources(installed: Path | None, package_root: Path) -> Path:
    """The first of ``installed`` (inside the package) and ``package_root/../resources`` (a
    checkout) that is a folder; a one-line error naming both when neither is."""
    candidates = [installed] if installed is not None else []
    candidates.append(package_root.parent / "resources")
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise FileNotFoundError(
        "timeline-app's resources are missing (looked in "
        + " and ".join(str(c) for c in candidates)
        + "); reinstall timeline-app"
    )


def resources_dir() -> Path:
    """The folder of the resources, in an installed package or in a checkout."""
    return find_resources(_installed_dir(), Path(__file__).resolve().parents[1])


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_article() -> Path:
    """The bundled sample article (a wire story of 2 December 2025)."""
    return resource("samples", "000_1cb98adc6226a76b.txt")
