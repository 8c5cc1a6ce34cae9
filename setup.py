"""Packaging beside pyproject.toml (which holds the metadata and the one version number).

The run-time files live in ``resources/`` at the top of the checkout (samples, gazetteer,
icons, the .desktop file), where the tools and other contributors edit them. A wheel carries
them inside the package as ``timeline_app/resources/``: the ``package_dir`` mapping below takes
them from where they are, and ``timeline_app.core.resources`` finds them there in an installed
package and beside the sources in a checkout or an editable install.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"


def resource_packages() -> dict[str, list[str]]:
    """``timeline_app.resources[.sub]`` -> the files of that folder of resources/, for every folder
    (setuptools treats each folder as a package; new gazetteer files travel without an edit here)."""
    packages: dict[str, list[str]] = {}
    for folder in sorted([RESOURCES, *(p for p in RESOURCES.rglob("*") if p.is_dir())]):
        if "__pycache__" in folder.parts:
            continue
        name = ".".join(["timeline_app", "resources", *folder.relative_to(RESOURCES).parts])
        files = [p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
        packages[name] = sorted(files)
    return packages


RESOURCE_PACKAGES = resource_packages()

setup(
    packages=[*find_packages(include=["timeline_app", "timeline_app.*"]), *RESOURCE_PACKAGES],
    package_dir={"timeline_app.resources": "resources"},
    package_data=RESOURCE_PACKAGES,
)
