"""Colours of the timeline, light and dark, taken from the system palette.

An event's colour is its PLOVER class (verbal or material cooperation or conflict), from
the Okabe-Ito palette, which stays distinct for the common forms of colour blindness; its
kind is the marker's shape. Status is never shown by colour alone (it is the mark's
outline and fill), so the palette only has to carry the class.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from timeline_app.core.kind_classes import KindClass, kind_class
from timeline_app.core.model import Kind

CLASS_COLOURS: dict[KindClass, str] = {
    KindClass.VERBAL_COOPERATION: "#56B4E9",  # Okabe-Ito sky blue
    KindClass.MATERIAL_COOPERATION: "#0072B2",  # Okabe-Ito blue
    KindClass.VERBAL_CONFLICT: "#E69F00",  # Okabe-Ito orange
    KindClass.MATERIAL_CONFLICT: "#D55E00",  # Okabe-Ito vermillion
    KindClass.NEUTRAL: "#8C8C8C",
}
"""Cooperation blue, conflict orange (the pair colour-blind readers tell apart best); words
light, deeds dark. Kinds inside a class differ by their marker (core.kind_classes)."""

KIND_COLOURS: dict[Kind, str] = {kind: CLASS_COLOURS[kind_class(kind)] for kind in Kind}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


@dataclass(slots=True)
class Theme:
    """Every colour the painter uses. Build with :meth:`light`, :meth:`dark` or :meth:`from_palette`."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    lane_alt: QColor
    header: QColor
    rule: QColor
    grid: QColor
    grid_major: QColor
    highlight: QColor
    cluster: QColor
    density: QColor
    publication: QColor
    tray: QColor
    kinds: dict[Kind, QColor] = field(default_factory=dict)

    def kind_colour(self, kind: Kind) -> QColor:
        return self.kinds.get(kind, self.kinds[Kind.OTHER])

    def tint(self, colour: QColor, amount: float) -> QColor:
        """``colour`` laid over the background at ``amount`` (0..1) opacity, as an opaque colour."""
        return _mix(self.background, colour, amount)

    @classmethod
    def build(cls, background: QColor, text: QColor, highlight: QColor) -> Theme:
        """A theme from three colours; dark or light is read from the background."""
        dark = background.lightnessF() < 0.5
        kinds = {}
        for kind, hexa in KIND_COLOURS.items():
            c = QColor(hexa)
            if dark and c.lightnessF() < 0.45:
                c = _mix(c, QColor("white"), 0.35)
            kinds[kind] = c
        return cls(
            dark=dark,
            background=background,
            text=text,
            muted=_mix(text, background, 0.45),
            lane_alt=_mix(background, text, 0.035),
            header=_mix(background, text, 0.06),
            rule=_mix(background, text, 0.18),
            grid=_mix(background, text, 0.07),
            grid_major=_mix(background, text, 0.16),
            highlight=highlight,
            cluster=_mix(background, text, 0.11),
            density=_mix(text, background, 0.55),
            publication=QColor("#E69F00") if not dark else QColor("#F0C05A"),
            tray=_mix(background, text, 0.05),
            kinds=kinds,
        )

    @classmethod
    def light(cls) -> Theme:
        return cls.build(QColor("#FFFFFF"), QColor("#1F2328"), QColor("#0969DA"))

    @classmethod
    def dark_theme(cls) -> Theme:
        return cls.build(QColor("#1E1F22"), QColor("#E6E6E6"), QColor("#4C9AFF"))

    @classmethod
    def from_palette(cls, palette: QPalette | None = None) -> Theme:
        """Follow the system palette (the application's, when none is given)."""
        if palette is None:
            palette = QGuiApplication.palette()
        return cls.build(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
        )
