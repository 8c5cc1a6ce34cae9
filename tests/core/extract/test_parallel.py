from timeline_app.core.extract import extract_events, extract_many


def test_extract_many_matches_one_by_one_in_order():
    texts = [f"Rebels attacked a convoy near Goma, killing {n} soldiers." for n in range(2, 8)]
    many = extract_many(texts, workers=2)
    assert [[e.id for e in events] for events in many] == [[e.id for e in extract_events(t)] for t in texts]
    assert all(events and events[0].kind.value == "ASSAULT" for events in many)
