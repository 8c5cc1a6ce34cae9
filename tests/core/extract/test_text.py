from timeline_app.core.extract.text import paragraphs, sentences, tokenize


def test_tokens_keep_offsets_and_split_possessives():
    text = "Moscow's forces met U.S. envoys."
    tokens = tokenize(text)
    assert [t.text for t in tokens][:3] == ["Moscow", "'s", "forces"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert "U.S." in [t.text for t in tokens]


def test_sentences_respect_abbreviations_and_paragraphs():
    text = "Mr. Smith met U.S. officials on Monday. They agreed.\n\nA new paragraph starts here."
    found = sentences(text)
    assert [text[s.start : s.end] for s in found] == [
        "Mr. Smith met U.S. officials on Monday.",
        "They agreed.",
        "A new paragraph starts here.",
    ]
    assert [s.paragraph for s in found] == [0, 0, 1]
    assert len(paragraphs(text)) == 2
