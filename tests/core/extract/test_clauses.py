"""The clause reading's choices that must not depend on the order of a set."""


def test_the_modal_of_a_verb_is_the_one_nearest_to_it_whatever_the_set_order() -> None:
    from timeline_app.core.extract.clauses import _nearest_modal

    lows = ["the", "talks", "could", "or", "might", "be", "avoided"]
    verb = lows.index("avoided")
    assert _nearest_modal(lows, verb, {"could", "or", "might", "be"}) == "might"
    assert _nearest_modal(lows, verb, {"be"}) == ""


def test_every_future_frame_ends_in_one_of_the_ends_tested_before_the_search():
    from timeline_app.core.extract.clauses import FRAME_ENDS, FUTURE_FRAMES

    assert all(any((frame + " ").endswith(end) for end in FRAME_ENDS) for frame in FUTURE_FRAMES)
