from timeline_app.core.kind_classes import KIND_CLASSES, KindClass, kind_class, kind_marker
from timeline_app.core.model import Kind


def test_every_kind_has_one_class_and_a_marker_unique_in_it():
    listed = [k for kinds in KIND_CLASSES.values() for k in kinds]
    assert sorted(listed) == sorted(Kind) and len(listed) == len(set(listed))
    for cls, kinds in KIND_CLASSES.items():
        assert all(kind_class(k) is cls for k in kinds)
        assert len({kind_marker(k) for k in kinds}) == len(kinds)


def test_plover_quad_classes():
    assert kind_class(Kind.ASSAULT) is KindClass.MATERIAL_CONFLICT
    assert kind_class(Kind.ACCUSE) is KindClass.VERBAL_CONFLICT
    assert kind_class(Kind.AID) is KindClass.MATERIAL_COOPERATION
    assert kind_class(Kind.CONSULT) is KindClass.VERBAL_COOPERATION
    assert kind_class(Kind.OTHER) is KindClass.NEUTRAL
