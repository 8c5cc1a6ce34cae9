"""A title made of the words of a quotation names who said them ("Moen: the new dam ..."): the
speaker the attribution names, or the speaker of the sentence before for a quotation that goes
on; never someone the words only quote, never a speaker of sentences further back (invented
sentences)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events

PUB = FuzzyDate.parse("2031-03-12")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUB)]


def test_a_long_quotation_is_titled_with_its_speaker_and_keeps_its_cut_mark() -> None:
    text = (
        '"The new dam on the upper river will flood three valleys and the old mining towns in the '
        'north," said Ana Moen, the head of the Vessland river board.'
    )
    titles = _titles(text)
    spoken = [t for t in titles if t.startswith("Moen: the new dam")]
    assert spoken, titles
    assert spoken[0].endswith("…"), spoken  # the words are cut: the title says so


def test_a_quotation_that_goes_on_after_an_inverted_said_takes_its_speaker() -> None:
    text = (
        "The festival will be bigger this year, said Piet Okoro, its new director.\n\n"
        "\"This year's festival will witness the return of the film market, which drew many buyers "
        'from abroad."'
    )
    titles = _titles(text)
    assert any(t.startswith("Okoro: ") and "film market" in t for t in titles), titles


def test_words_the_quotation_reports_of_another_are_not_the_speaker_s() -> None:
    text = (
        '"The director general said that access to markets was something the other members of the '
        'trade body would insist on," Moen said.'
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Moen: access") for t in titles), titles


def test_a_quotation_after_an_unnamed_telling_does_not_go_back_to_an_earlier_speaker() -> None:
    text = (
        '"The merger of the two banks makes the new group much stronger in every region of the '
        'country," Ana Moen said.\n\n'
        "The bid was fully priced, analysts said.\n\n"
        '"Tarvik Bank is a very attractive asset with a strong local franchise and low costs." '
        "Lars Bergqvist of Vess Securities said.\n\n"
        '"The deal strengthens the bank in the north where it has been the weakest of the big '
        'lenders."'
    )
    titles = _titles(text)
    assert any(t.startswith("Moen: the merger") for t in titles), titles
    assert [t for t in titles if t.startswith("Moen")] == [titles[0]], titles


def test_he_said_after_a_sentence_told_by_another_is_that_teller() -> None:
    text = (
        "If Ana Moen comes to the capital in May, Piet Okoro said she would be welcome at the palace.\n\n"
        '"We will greet her as we greeted the king of Vessland last year," he said.'
    )
    titles = _titles(text)
    assert not any(t.startswith("Moen: ") for t in titles), titles
    assert any(t.startswith("Okoro: ") for t in titles), titles


def test_he_said_after_a_sentence_told_by_an_unnamed_role_names_no_one() -> None:
    text = (
        "Lars Berg will pay a short visit to Tarvik on Wednesday, a presidential spokesman said.\n\n"
        "They are to discuss trade, border crossings and other issues of mutual interest, he said."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Berg: ") for t in titles), titles
