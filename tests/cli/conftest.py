"""The command-line tests run in the test process, beside the window's tests.

An image export makes a QGuiApplication when no application exists; a later window test
then finds a QGuiApplication where it needs a QApplication. So every test here starts
with pytest-qt's QApplication, whatever order the tests run in.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _a_qapplication_first(qapp: object) -> None:
    return None
