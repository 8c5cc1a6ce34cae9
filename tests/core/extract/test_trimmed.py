"""The trimmed extract of a sentence's main clause (the fallback title): asides between dashes
and commas, relative clauses after a preposition, the audience of "told", and where a long
clause is cut (invented sentences)."""

import pytest

from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.reading import read_sentence
from timeline_app.core.extract.title_check import title_problems
from timeline_app.core.extract.trimmed import trimmed_extract
from timeline_app.core.gazetteer import gazetteer


def _reading(text: str):
    analysis = analyse(text, None)
    names = analysis.names[0]
    return read_sentence(analysis.sentences[0], gazetteer(), lexicon(), names.mentions, names.people, [])


def _trimmed(text: str) -> str:
    return trimmed_extract(_reading(text))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (  # a list between dashes is an aside, commas and all
            "The mediators -- a bishop, an ambassador and a Red Cross envoy -- withdrew without "
            "talking to reporters.",
            "The mediators withdrew without talking to reporters",
        ),
        (  # a relative clause that opens on its preposition
            "The accident, in which one miner is missing, occurred at the Dahlen colliery in the north.",
            "The accident occurred at the Dahlen colliery in the north",
        ),
        (  # the apposition holds a relative clause; "told" has its audience before "that"
            "Ana Moen, a member of parliament for the Green party who is of Dutch origin, told the "
            "weekly Vrije Stem that the ruling would damage relations.",
            "The ruling would damage relations",
        ),
        (  # a fronted place phrase goes; "at least" after its comma starts the subject
            "In the Vell valley, at least 40 farmers were left without water last year, the report said.",
            "At least 40 farmers were left without water last year",
        ),
        (  # the main clause after a condition: its verb of answering is no attribution
            "If Kordan is behind the raid, Vessland will respond, the minister said.",
            "Vessland will respond if Kordan is behind the raid",
        ),
        (  # a closing attribution is still cut
            "Vessland will respond to the raid, the minister replied.",
            "Vessland will respond to the raid",
        ),
    ],
)
def test_asides_and_attributions_are_left_out(sentence, title):
    assert _trimmed(sentence) == title


def test_a_long_clause_is_never_cut_before_its_verb():
    title = _trimmed(
        "The rate committee, of which Moen is a voting member, moved to raise the lending rate to "
        "5.5 percent from 5.25 percent, sparking a sell-off on the stock market."
    )
    assert title.startswith("The rate committee moved to raise the lending rate"), title
    assert not title_problems(title), title


def test_a_cut_title_never_ends_on_a_preposition():
    title = _trimmed(
        "The party still harbours faint hopes of forming a coalition of its own despite the "
        "announcement made by the president."
    )
    assert title.startswith("The party still harbours faint hopes"), title
    assert not title.removesuffix("…").endswith("despite"), title


def test_a_quotation_after_told_is_not_an_audience():
    title = _trimmed('The minister told reporters: "The results that have been announced are wrong."')
    assert not title.startswith("Have been announced"), title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (  # the main clause's verb is "have" or "is", which holds no event: the phrase still goes
            "Despite their gains in the cities, small farmers have difficulties finding land in the hills.",
            "Small farmers have difficulties finding land in the hills",
        ),
        (
            "With the champions running away with the title again, the real race is for second place.",
            "The real race is for second place",
        ),
    ],
)
def test_a_fronted_phrase_goes_before_a_verb_of_being_or_having(sentence: str, title: str) -> None:
    assert _trimmed(sentence) == title


def test_a_fronted_condition_after_but_is_kept_after_its_clause() -> None:
    # never "The rebels will have to take responsibility": the "if" is what makes it hypothetical
    title = _trimmed("But if the talks fail, the rebels will have to take responsibility for the war.")
    assert "if the talks fail" in title.lower(), title


def test_only_a_plain_first_word_goes_to_lower_case_after_a_speaker() -> None:
    from timeline_app.core.extract.trimmed import lower_first

    assert lower_first("The talks will resume") == "the talks will resume"
    assert lower_first("US officials met") == "US officials met"
    assert lower_first("U.S. economy grows") == "U.S. economy grows"


def test_she_is_not_the_speaker_a_he_said_names() -> None:
    text = "She also asked that the ministry reopen the border within a week, he said."
    analysis = analyse(text, None)
    names = analysis.names[0]
    r = read_sentence(analysis.sentences[0], gazetteer(), lexicon(), names.mentions, names.people, [])
    assert not trimmed_extract(r, "Berg").startswith("Berg")
    said_by_her = "She also asked that the ministry reopen the border within a week, she said."
    analysis = analyse(said_by_her, None)
    names = analysis.names[0]
    r = read_sentence(analysis.sentences[0], gazetteer(), lexicon(), names.mentions, names.people, [])
    assert trimmed_extract(r, "Lind").startswith("Lind also asked")


def test_the_title_of_a_saying_keeps_who_says_it():
    text = "The trade ministry said the two sides had agreed on the price of the gas."
    r = _reading(text)
    assert trimmed_extract(r).startswith("The two sides had agreed"), trimmed_extract(r)
    title = trimmed_extract(r, telling=True)
    assert title.startswith("Trade ministry says the two sides had agreed"), title
    title = trimmed_extract(_reading("Officials said the two sides had agreed on the price."), telling=True)
    assert title.startswith("Officials say the two sides"), title
