"""The desktop bundle's program: PyInstaller freezes this file (packaging/timeline-app.spec)."""

import multiprocessing
import sys

from timeline_app.cli import main

if __name__ == "__main__":
    # The window extracts in a spawned process; in a frozen program that process is this same
    # executable, which must recognise it is a child and run the worker instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
