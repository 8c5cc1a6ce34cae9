"""Preferences and window state in QSettings (tests point QSettings at a temporary folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from timeline_app.core.key_events import DEFAULT_DATES, MAX_DATES, MIN_DATES

MAX_RECENT = 8
DATE_ORDERS = ("DMY", "MDY")
THEMES = ("system", "light", "dark")
LANE_MODES = ("none", "actor", "country", "kind", "article")


class Settings:
    """Typed access to the few values the app keeps between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def _choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = str(self._q.value(key, default))
        return value if value in choices else default

    @property
    def date_order(self) -> str:
        return self._choice("preferences/date_order", DATE_ORDERS, "DMY")

    @date_order.setter
    def date_order(self, value: str) -> None:
        if value not in DATE_ORDERS:
            raise ValueError(f"date order must be one of {DATE_ORDERS}")
        self._q.setValue("preferences/date_order", value)

    @property
    def theme(self) -> str:
        return self._choice("preferences/theme", THEMES, "system")

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}")
        self._q.setValue("preferences/theme", value)

    @property
    def default_lanes(self) -> str:
        return self._choice("preferences/default_lanes", LANE_MODES, "none")

    @default_lanes.setter
    def default_lanes(self, value: str) -> None:
        if value not in LANE_MODES:
            raise ValueError(f"lanes must be one of {LANE_MODES}")
        self._q.setValue("preferences/default_lanes", value)

    @property
    def show_uncertain(self) -> bool:
        """View > Show Uncertain Events: off unless the user turned it on."""
        value = self._q.value("view/show_uncertain", False)
        return value is True or str(value).lower() == "true"

    @show_uncertain.setter
    def show_uncertain(self, value: bool) -> None:
        self._q.setValue("view/show_uncertain", bool(value))

    @property
    def key_events(self) -> bool:
        """View > Key Events: off unless the user turned it on."""
        value = self._q.value("view/key_events", False)
        return value is True or str(value).lower() == "true"

    @key_events.setter
    def key_events(self, value: bool) -> None:
        self._q.setValue("view/key_events", bool(value))

    @property
    def key_dates(self) -> int:
        """How many key dates View > Key Events shows (MIN_DATES to MAX_DATES)."""
        try:
            value = int(self._q.value("view/key_dates", DEFAULT_DATES))
        except (TypeError, ValueError):
            return DEFAULT_DATES
        return min(max(value, MIN_DATES), MAX_DATES)

    @key_dates.setter
    def key_dates(self, value: int) -> None:
        if not MIN_DATES <= value <= MAX_DATES:
            raise ValueError(f"key dates must be between {MIN_DATES} and {MAX_DATES}")
        self._q.setValue("view/key_dates", int(value))

    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("recent/files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> list[str]:
        files = [path, *(f for f in self.recent_files if f != path)][:MAX_RECENT]
        self._q.setValue("recent/files", files)
        return files

    def clear_recent(self) -> None:
        self._q.setValue("recent/files", [])

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def sync(self) -> None:
        self._q.sync()
