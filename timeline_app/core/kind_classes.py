"""PLOVER's four classes of event kinds, and the marker that tells kinds apart inside one.

The timeline colours an event by its class (verbal or material, cooperation or conflict)
and draws the kind as the marker's shape: eleven colours cannot be told apart, four can,
even by colour-blind readers. The classes follow PLOVER's ontology (DEMAND, here REQUEST,
is verbal conflict there).
"""

from __future__ import annotations

from enum import StrEnum

from timeline_app.core.model import Kind


class KindClass(StrEnum):
    VERBAL_COOPERATION = "verbal cooperation"
    MATERIAL_COOPERATION = "material cooperation"
    VERBAL_CONFLICT = "verbal conflict"
    MATERIAL_CONFLICT = "material conflict"
    NEUTRAL = "statement or other"


class Marker(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"
    TRIANGLE_DOWN = "triangle down"


KIND_CLASSES: dict[KindClass, tuple[Kind, ...]] = {
    KindClass.VERBAL_COOPERATION: (Kind.CONSULT, Kind.AGREE, Kind.SUPPORT),
    KindClass.MATERIAL_COOPERATION: (Kind.COOPERATE, Kind.AID, Kind.CONCEDE, Kind.RETREAT),
    KindClass.VERBAL_CONFLICT: (Kind.ACCUSE, Kind.REQUEST, Kind.REJECT, Kind.THREATEN),
    KindClass.MATERIAL_CONFLICT: (Kind.ASSAULT, Kind.PROTEST, Kind.SANCTION, Kind.COERCE, Kind.MOBILIZE),
    KindClass.NEUTRAL: (Kind.STATEMENT, Kind.OTHER),
}
"""Each class's kinds, the most frequent in news first: it gets the plain circle."""

_ORDER = tuple(Marker)
_CLASS_OF = {kind: cls for cls, kinds in KIND_CLASSES.items() for kind in kinds}
_MARKER_OF = {kind: _ORDER[i] for kinds in KIND_CLASSES.values() for i, kind in enumerate(kinds)}


def kind_class(kind: Kind) -> KindClass:
    return _CLASS_OF[kind]


def kind_marker(kind: Kind) -> Marker:
    """The marker shape of ``kind``: unique among the kinds of its class."""
    return _MARKER_OF[kind]
