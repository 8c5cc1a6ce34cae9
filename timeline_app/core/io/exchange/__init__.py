"""Exchange formats: CSV, TimelineJS3 JSON and iCalendar both ways; Markdown out.

Each format is a pair of plain functions over a :class:`~timeline_app.core.model.Timeline`
(``export_*`` returns text, bytes or a dict; ``import_*`` returns an
:class:`ImportResult`). Writing files is the caller's job (atomically, see
:mod:`timeline_app.core.io.atomic`).
"""

from __future__ import annotations

from timeline_app.core.io.exchange.csv_io import export_csv, import_csv
from timeline_app.core.io.exchange.ics import IcsExport, export_ics, import_ics
from timeline_app.core.io.exchange.markdown import export_markdown
from timeline_app.core.io.exchange.records import LANE_MODES, ImportResult, lane_of
from timeline_app.core.io.exchange.timelinejs import export_timelinejs, import_timelinejs

__all__ = [
    "LANE_MODES",
    "IcsExport",
    "ImportResult",
    "export_csv",
    "export_ics",
    "export_markdown",
    "export_timelinejs",
    "import_csv",
    "import_ics",
    "import_timelinejs",
    "lane_of",
]
