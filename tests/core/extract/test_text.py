from timeline_app.core.extract.text import sentences
from timeline_app.core.text import paragraphs, tokenize


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


def test_a_wire_dateline_is_not_part_of_the_first_sentence():
    text = "VIENNA, May 4 (Reuters) - The envoys met.\n\nLater, BERLIN (AP) - is not a dateline here."
    first, second = sentences(text)
    assert text[first.start : first.end] == "The envoys met."
    assert text[second.start : second.end].startswith("Later, BERLIN")


def test_a_capitalised_first_word_is_not_mistaken_for_a_dateline():
    text = "NATO allies met in Riga. US - China talks resumed."
    assert text[sentences(text)[0].start :].startswith("NATO allies")
