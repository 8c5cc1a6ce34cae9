"""Page furniture in pasted and plain-text articles: which lines go, which stay."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.boilerplate import drop_boilerplate, line_reason, page_stamp

STORY = [
    "The foreign ministers of Norland and Estmark met in Harbourton on Monday to discuss the truce.",
    "The ministers agreed on a timetable for further talks, a spokesman said on Tuesday.",
    "By Monday, the talks had collapsed.",
]

PAGE = f"""By ANNA BRENNER, Northern Wire Writer
HARBOURTON, Mar 2 (NW) -

Home | World | Europe | Politics
PLEASE NOTE: embargoed until 0600 GMT
Share this article
Print
Email

{STORY[0]}

Advertisement

- Truce in the east
{STORY[1]}

Photo: Northern Wire/Jon Doe
Related stories
- Ministers met again in spring
ATTENTION - ADDS quotes from minister ///
{STORY[2]}
Copyright 2031 Northern Wire. All rights reserved.

Comments (3)
Posted by reader22 at 10:32 PM
I think the ministers are hiding something.
Report abuse
Reply
"""


def test_a_copied_page_keeps_its_story_and_nothing_else() -> None:
    text, dropped = drop_boilerplate(PAGE)
    kept = [line for line in text.split("\n") if line.strip()]
    assert kept == STORY
    reasons = {d.line.strip(): d.reason for d in dropped}
    assert reasons["By ANNA BRENNER, Northern Wire Writer"] == "byline"
    assert reasons["Copyright 2031 Northern Wire. All rights reserved."] == "copyright line"
    assert reasons["Home | World | Europe | Politics"] == "navigation list"
    assert reasons["I think the ministers are hiding something."] == "reader comments"
    assert reasons["- Ministers met again in spring"] == "list under page furniture"
    assert reasons["- Truce in the east"] == "list item without a verb"
    assert reasons["ATTENTION - ADDS quotes from minister ///"] == "editor's note"


def test_paragraphs_stay_paragraphs() -> None:
    text, _dropped = drop_boilerplate(f"{STORY[0]}\n\nAdvertisement\n\n{STORY[1]}")
    assert text == f"{STORY[0]}\n\n{STORY[1]}"


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the talks had collapsed.",
        "Talks were held in Harbourton on Monday",  # no full stop, but a clause
        "- The ministers agreed on a timetable.",  # a list item with a verb
        "HARBOURTON, Mar 2 (NW) - The ministers met again on Monday and agreed on a timetable.",
        "Posted troops will stay in the region until the truce holds, the ministry said.",
        "In this case, the court ruled against the picture agency's owner.",
        "In this week's talks, photos of the border were shown to both sides.",
        "The donors contributed 40 million dollars to the reconstruction fund.",
        "The minister said the comments did not represent government policy.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Tim Smith", "byline"),
        ("By TIM SMITH, Associated Press Writer", "byline"),
        ("(Reporting by Ann Lee; Editing by Bo Kim)", "byline"),
        ("Posted by Greta at 10:32 PM", "posting line"),
        ("© 2031 Harbourton Daily", "copyright line"),
        ("Picture: Jane Roe/Getty Images", "photo credit"),
        ("PLEASE NOTE", "line in capitals"),
        ("Related stories", "page furniture"),
        ("Share on Facebook", "page furniture"),
        ("Norland and Estmark", "heading or label"),
        ("In this March 2, 2031 photo, ministers walk to the talks in Harbourton.", "photo caption"),
        ("In this image released by the ministry, a ferry docks at dawn.", "photo caption"),
        ("Northern Wire contributed to this report.", "credit line"),
        ("Anna Brenner contributed reporting from Harbourton.", "credit line"),
        ("Views expressed in the comments do not represent those of Northern Wire.", "comment policy"),
        ("We welcome comments that stay on the topic of the story.", "comment policy"),
    ],
)
def test_furniture_lines_are_named(line: str, reason: str) -> None:
    assert line_reason(line) == reason


def test_a_hard_wrapped_paragraph_keeps_its_short_lines() -> None:
    wrapped = (
        "The foreign ministers of Norland and Estmark met in\n"
        "Harbourton on Monday to discuss the truce that both\n"
        "sides signed last year, and agreed to meet again in\n"
        "Foreign Minister Lind\n"
        "Oskarsholm before the end of the month, officials said.\n"
    )
    text, dropped = drop_boilerplate(wrapped)
    assert dropped == []
    assert text == wrapped


def test_a_text_that_is_all_furniture_is_left_alone() -> None:
    text = "Related stories\nAdvertisement\n"
    assert drop_boilerplate(text) == (text, [])


# Pages scraped one sentence a line glue their header to the story's first sentence.
GLUED = [
    (
        "Ferry talks stall in Harbourton HARBOURTON | Mon Mar 3, 2031 7:40 pm EDT HARBOURTON (NW) - "
        "Norland and Estmark broke off talks on the ferry line on Monday.",
        # the stamp with its place stays: it is the story's dateline, whose day the extractor reads
        "HARBOURTON | Mon Mar 3, 2031 7:40 pm EDT HARBOURTON (NW) - "
        "Norland and Estmark broke off talks on the ferry line on Monday.",
    ),
    (
        "3 March 2031 Last updated at 10:48 GMT Help The foreign minister of Norland resigned on Monday.",
        "The foreign minister of Norland resigned on Monday.",
    ),
    (
        "Norland minister quits over ferry deal The foreign minister of Norland resigned on Monday.",
        "The foreign minister of Norland resigned on Monday.",
    ),
    (
        "Photograph: Jon Doe/Northern Wire The foreign minister of Norland resigned on Monday.",
        "The foreign minister of Norland resigned on Monday.",
    ),
]


@pytest.mark.parametrize(("line", "kept"), GLUED)
def test_furniture_glued_to_the_first_sentence_goes_and_the_sentence_stays(line: str, kept: str) -> None:
    text, dropped = drop_boilerplate("\n".join([line, STORY[1], STORY[2]]))
    assert text.split("\n") == [kept, STORY[1], STORY[2]]
    assert dropped and all(d.number == 0 and d.line in line for d in dropped)


def test_a_caption_glued_into_the_story_goes_and_names_do_not() -> None:
    caption = "The minister spoke to reporters outside the embassy What happened next is disputed."
    names = [
        "The ferry line was opened by Prime Minister Ana Long An said the line would pay.",
        "Crowds gathered at the port, the harbour daily The Northern Gazette reported on Tuesday.",
        "Estmark's second Group A team won on Sunday, officials said.",
    ]
    text, dropped = drop_boilerplate("\n".join([STORY[0], caption, *names]))
    assert text.split("\n") == [STORY[0], "What happened next is disputed.", *names]
    assert [d.reason for d in dropped] == ["headline or caption glued to a sentence"]


def test_a_caption_above_its_photo_credit_goes_with_it() -> None:
    page = "\n".join(
        [
            STORY[0],
            "Fishermen unload their catch at the Harbourton quay.",
            "Photograph: Jon Doe/NW The ministers agreed on a timetable for further talks on Tuesday.",
            STORY[2],
        ]
    )
    text, dropped = drop_boilerplate(page)
    assert text.split("\n") == [
        STORY[0],
        "The ministers agreed on a timetable for further talks on Tuesday.",
        STORY[2],
    ]
    assert sorted(d.reason for d in dropped) == ["photo caption", "photo credit"]


def test_a_media_player_notice_goes() -> None:
    notice = "Ferry talks To play this content JavaScript must be turned on and a Flash player installed."
    text, dropped = drop_boilerplate("\n".join([notice, *STORY]))
    assert text.split("\n") == STORY
    assert [d.reason for d in dropped] == ["media player notice"]


def test_what_a_page_prints_under_the_story_goes() -> None:
    page = "\n".join(
        [
            *STORY,
            "The talks are to resume in Harbourton next month, the spokesman said.",
            "(Reporting by Ana Moen; Editing by Jon Doe) A faster trading platform for your desk",
            "Views expressed in the comments are the readers' own.",
            "I think the ministers are hiding something.",
        ]
    )
    text, dropped = drop_boilerplate(page)
    assert text.split("\n") == [
        *STORY,
        "The talks are to resume in Harbourton next month, the spokesman said.",
    ]
    assert {d.reason for d in dropped} == {"below the story"}


def test_reader_comments_start_at_a_writes_header() -> None:
    comments = ["Jane Roe writes:", "I watched the talks and I was not impressed."]
    text, dropped = drop_boilerplate("\n".join([*STORY, STORY[0], *comments]))
    assert text.split("\n") == [*STORY, STORY[0]]
    assert [d.reason for d in dropped] == ["reader comments", "reader comments"]


@pytest.mark.parametrize(
    "line",
    [
        "Click on the map below to see where the ministers met.",
        "Send us your views on the ferry talks.",
        "Calls cost 10p per minute from a landline.",
        "The ferry information line is 0800 123 4567.",
    ],
)
def test_calls_to_the_reader_and_phone_lines_go(line: str) -> None:
    assert line_reason(line) is not None


def test_a_phone_number_a_source_gave_stays() -> None:
    assert line_reason("The hot line number is 0531-8855770, the spokesman said.") is None
    assert line_reason("Share prices fell sharply in Harbourton on Monday.") is None


def test_a_caption_and_its_agency_credit_go_and_the_next_sentence_stays() -> None:
    page = "\n".join(
        [
            STORY[0],
            "Photo shows a protester holding a banner outside the ministry in Harbourton May 3, 2031.",
            "REUTERS/Jon Doe The ministers agreed on a timetable for further talks on Tuesday.",
        ]
    )
    text, dropped = drop_boilerplate(page)
    assert text.split("\n") == [STORY[0], "The ministers agreed on a timetable for further talks on Tuesday."]
    assert [d.reason for d in dropped] == ["photo caption", "photo credit"]


def test_programme_listing_credits_go() -> None:
    assert line_reason("Presenter/Jane Roe, Producer/Jon Doe for the BBC A new drama opens the week.") == (
        "programme listing"
    )
    assert line_reason("The presenter, Jane Roe, said the programme would return in May.") is None


def test_a_broadcast_stamp_and_its_caption_go_below_the_story_too() -> None:
    stamp = "First broadcast 3 March 2031 Ferry crews wait at the Harbourton quay"
    text, dropped = drop_boilerplate("\n".join([*STORY, stamp]))
    assert text.split("\n") == STORY
    assert [d.reason for d in dropped] == ["page header and photo caption"]


def test_an_agency_name_after_the_credit_slash_goes_with_the_credit() -> None:
    line = (
        "Photograph: Jon Doe/AFP/Getty Images Norland is facing a bill of up to $3bn from the ferry collapse."
    )
    text, dropped = drop_boilerplate("\n".join([line, STORY[1]]))
    assert text.split("\n") == ["Norland is facing a bill of up to $3bn from the ferry collapse.", STORY[1]]
    assert [d.line for d in dropped] == ["Photograph: Jon Doe/AFP/Getty Images"]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Page last updated at 13:13 GMT, Wednesday, 24 August 2011 14:13 UK ", (2011, 8, 24)),
        ("Sunday, November 28, 2010; 6:43 PM ", (2010, 11, 28)),
        ("Rosa Lind | 10:35 UK time, Monday, 18 January 2010 ", (2010, 1, 18)),
        ("Ceasefire holds in the north Tuesday 28 April 2009 16.35 BST ", (2009, 4, 28)),
        ("Rosa Lind | 09:53 AM, Thursday, 21 May 2009 ", (2009, 5, 21)),
        ("Last updated: 29 June 2010 ", (2010, 6, 29)),
        ("2009 06 13 00:11 JST ", (2009, 6, 13)),
        ("Friday, December 19, 2008; 10:02 AM -- ", (2008, 12, 19)),
    ],
)
def test_a_page_stamp_glued_to_the_lead_gives_its_day_and_goes(head: str, day: tuple[int, int, int]) -> None:
    lead = "The foreign ministers of Norland and Estmark met in Harbourton to discuss the truce."
    text = "\n".join([head + lead, *STORY[1:], "The truce has held since then, officials said."])
    stamp = page_stamp(text)
    assert stamp is not None and stamp[0] == FuzzyDate(*day)
    kept, _dropped = drop_boilerplate(text)
    assert kept.split("\n")[0] == lead
    assert kept.split("\n")[1:] == [*STORY[1:], "The truce has held since then, officials said."]


def test_a_stamp_without_a_day_or_a_date_in_the_story_is_no_page_stamp() -> None:
    assert page_stamp("Last updated at 14:32 GMT\n" + "\n".join(STORY)) is None
    assert page_stamp("\n".join(STORY) + "\nThe envoys met again on 3 May 2010.") is None
    posts = "Truce - 16:10 UK time, Wednesday, 8 July 2009 Talks - 08:55 UK time, Thursday, 2 July 2009"
    assert page_stamp(posts + "\n" + "\n".join(STORY)) is None


def test_a_programme_listing_is_dropped_whole_and_a_story_that_names_a_producer_is_not() -> None:
    listing = "\n".join(
        [
            "Schedule details are not updated after publication.",
            "Rosa Lind sits in for Tom Vale this week and welcomes two bands to the studio.",
            "Presenter/Rosa Lind, Producer/Ben Carr for the network The comedy show returns with guests.",
            "This third episode of six features live music from a local band.",
            "Presenter/Ann Moor, Producers/Jo Pike and Lee Fox for the network",
        ]
    )
    kept, dropped = drop_boilerplate(listing)
    assert kept == "" and {d.reason for d in dropped} == {"programme listing"} and len(dropped) == 5
    story = "\n".join([*STORY, "Presenter/Rosa Lind, Producer/Ben Carr for the network"])
    kept, dropped = drop_boilerplate(story)
    assert kept.split("\n") == STORY and [d.reason for d in dropped] == ["programme listing"]


def test_a_caption_above_an_agency_credit_goes_with_the_credit() -> None:
    text = "\n".join(
        [
            "The foreign minister speaks to reporters in Harbourton, Tuesday, May 25, 2010.",
            "(NW) " + STORY[0],
            *STORY[1:],
        ]
    )
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == STORY
    assert [d.reason for d in dropped] == ["photo caption", "photo credit"]
    bracketed = "\n".join(["Delegates arrive for the talks.", "(Rosa Lind - NW) " + STORY[0], *STORY[1:]])
    assert drop_boilerplate(bracketed)[0].split("\n") == STORY
    # the same bracket lower in a story is a wire story's agency, not a photo's credit
    lower = "\n".join([*STORY, "(NW) Envoys met again on Friday.", "The ministers later left Harbourton."])
    assert drop_boilerplate(lower)[0] == lower


@pytest.mark.parametrize(
    "line",
    [
        "FILE - In this April 27, 2010 file photo, a sign for a petrol station is seen in Harbourton.",
        "SOURCES: Harbourton port authority, coast guard | Northern Wire - May 30, 2010",
    ],
)
def test_file_photo_captions_and_source_lines_of_a_graphic_go(line: str) -> None:
    kept, dropped = drop_boilerplate("\n".join([STORY[0], line, *STORY[1:]]))
    assert kept.split("\n") == STORY and [d.line for d in dropped] == [line]


def test_a_sentence_about_sources_stays() -> None:
    assert line_reason("Sources say the talks collapsed on Monday.") is None


def test_a_clock_time_in_a_story_sentence_is_no_stamp() -> None:
    line = "The census started earlier Wednesday at 10:00 local time (0415 GMT) in the first camp."
    text = "\n".join([STORY[0], line, *STORY[1:]])
    assert drop_boilerplate(text) == (text, [])
    assert page_stamp(text) is None


def test_a_print_edition_note_with_a_stamp_ends_the_story() -> None:
    note = "A version appeared in the Northern Courier on 12.46 BST on Sunday 30 May 2010 The latest news."
    text = "\n".join([*STORY, "The envoys left Harbourton on Tuesday.", note, "Follow us on the web."])
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == [*STORY, "The envoys left Harbourton on Tuesday."]
    assert [d.reason for d in dropped] == ["below the story", "below the story"]


def test_a_pages_first_line_of_headline_standfirst_and_caption_goes_with_the_credit_under_it() -> None:
    first = " ".join(["Truce holds in the north as envoys meet"] + ["and the talks go on in the capital"] * 6)
    assert 40 < len(first.split()) <= 60
    text = "\n".join([first, "Photograph: Rosa Lind/NW " + STORY[0], *STORY[1:]])
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == STORY
    assert [d.reason for d in dropped] == ["photo caption", "photo credit"]


def test_reader_comments_start_at_a_comment_stamp_without_a_comments_heading() -> None:
    comment = "Talks never work. Posted by: reader12 | May 27, 2009 2:29 PM | Report abuse Excellent piece."
    text = "\n".join(
        [*STORY, "The envoys left Harbourton on Tuesday.", comment, "I disagree with the last post."]
    )
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == [*STORY, "The envoys left Harbourton on Tuesday."]
    assert [d.reason for d in dropped] == ["reader comments", "reader comments"]
    told = "\n".join([*STORY, "The envoy said she would report the abuse to the court on Monday."])
    assert drop_boilerplate(told) == (told, [])


@pytest.mark.parametrize(
    "line",
    [
        "Your comments may be published on any Northern Wire media worldwide.",
        "The Northern Wire may edit your comments and not all emails will be published.",
        "You can send us your experiences using the form below.",
    ],
)
def test_the_notices_of_a_comment_form_go(line: str) -> None:
    assert line_reason(line) == "comment policy"


def test_a_story_about_published_comments_stays() -> None:
    line = "The minister said his comments had been published without his consent on Monday."
    assert line_reason(line) is None


@pytest.mark.parametrize(
    ("header", "entry"),
    [
        ("12 MARCH, 0930 GMT, HARBOURTON QUAY", "We have reached the harbour after a night on the road."),
        ("TRUCE TALKS RESUME IN THE NORTH", "When the envoys met, the ministers agreed on a timetable."),
        ("ESTMARK", "At the border the guards waved the convoy through on Monday."),
    ],
)
def test_an_entry_header_in_capitals_glued_to_its_first_sentence_goes(header: str, entry: str) -> None:
    text = "\n".join([*STORY, f"{header} {entry}"])
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == [*STORY, entry]
    assert [(d.line, d.reason) for d in dropped] == [(header, "entry header in capitals")]


@pytest.mark.parametrize(
    "line",
    [
        "NATO Secretary General Jon Doe said the alliance would send envoys.",
        "OK, I know the talks failed, he said.",
        "IF THE TALKS FAIL, We will go home, the envoy said.",
        "US envoys met the ministers in Harbourton on Monday.",
    ],
)
def test_a_sentence_opening_in_capitals_keeps_them(line: str) -> None:
    text = "\n".join([*STORY, line])
    assert drop_boilerplate(text) == (text, [])


@pytest.mark.parametrize(
    ("byline", "story"),
    [
        ("By Jane Roe Business reporter, Northern News", "Harbourton Mayor Jon Doe has asked for talks."),
        ("By Jane Roe Northern News, Port Estmark", "Jane Roe looks at the envoys' efforts to end the war."),
        ("By Jane Roe Northern News, Port Estmark", "Envoys said on Monday that the talks had failed."),
        ("By Jane Roe Northern News, Harbourton summit", "Jon Doe said the talks would go on."),
    ],
)
def test_a_news_desks_byline_glued_to_the_story_goes(byline: str, story: str) -> None:
    text = "\n".join([f"{byline} {story}", *STORY])
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == [story, *STORY]
    assert [(d.line, d.reason) for d in dropped] == [(byline, "byline")]


def test_a_sentence_starting_with_by_and_news_stays() -> None:
    line = "By Monday Northern News, the state broadcaster, had reported the talks."
    text = "\n".join([line, *STORY])
    assert drop_boilerplate(text) == (text, [])


@pytest.mark.parametrize(
    "head",
    ["Article |", "Video |", "June 10, 2010 - 5:41 PM | by: Jane Roe"],
)
def test_an_items_label_or_its_stamp_and_author_glued_to_the_story_goes(head: str) -> None:
    text = "\n".join([*STORY, f"{head} {STORY[0]}"])
    kept, dropped = drop_boilerplate(text)
    assert kept.split("\n") == [*STORY, STORY[0]]
    assert [(d.line, d.reason) for d in dropped] == [(head, "page header")]


def test_a_sentence_about_an_article_stays() -> None:
    line = "Article 5 of the treaty binds the allies, the minister said."
    text = "\n".join([*STORY, line])
    assert drop_boilerplate(text) == (text, [])


def test_a_correction_notice_goes_at_the_top_and_an_earlier_version_note_anywhere() -> None:
    top = "The article misspelled the name of Jon Doe, the envoy of Estmark."
    note = "An earlier version of this story gave the wrong day for the talks."
    kept, dropped = drop_boilerplate("\n".join([top, *STORY, note, "The envoys left on Tuesday."]))
    assert kept.split("\n") == [*STORY, "The envoys left on Tuesday."]
    assert [d.reason for d in dropped] == ["correction notice", "correction notice"]
    media = "\n".join([*STORY, "The report incorrectly said that the envoys had left, the ministry said."])
    assert drop_boilerplate(media) == (media, [])


LEAD = "Norland's fishing fleet has returned to port after a week of storms, the coastguard said."


@pytest.mark.parametrize(
    "head",
    [
        "Storms keep fleet in harbour Crews have waited in port for days",  # a headline and a caption
        "Fleet returns after storms Harbourton quay was closed to traffic for days",
        "Ferry crews warned the storm threatened jobs at sea",
    ],
)
def test_a_headline_or_caption_run_into_the_lead_without_a_full_stop_goes(head: str) -> None:
    text, dropped = drop_boilerplate("\n".join([f"{head} {LEAD}", STORY[1]]))
    assert text.split("\n") == [LEAD, STORY[1]]
    assert [(d.line, d.reason) for d in dropped] == [(head, "headline or caption glued to the lead")]


@pytest.mark.parametrize(
    "line",
    [
        # a wire lead goes on past a noun into a name, an amount or an apposition
        "The ferry company has set up a fund to handle two billion Estmark crowns in claims, a paper said.",
        "A shipowner has bought a yacht formerly owned by disgraced politician Jon Roe, a paper reported.",
        "The weather office said storm Ada has reached the coast and is bringing rain to the islands.",
        "Officials praised the crews of newcomers Estmark and the Norland Line drawn into the rescue.",
        "The prime minister of Norland will seek to bolster Estmark support for the ferry deal this week.",
        "Crews from the Northern Wire (NW) - Talks on the ferry deal resumed on Monday in Harbourton.",
        "The minister said he had never seen such courage among the sailors Harbourton has sent to sea.",
        'The captain said "the storm was worse than anything Norland has seen in decades."',
    ],
)
def test_a_lead_that_goes_on_into_a_name_is_kept_whole(line: str) -> None:
    text, dropped = drop_boilerplate("\n".join([line, STORY[1]]))
    assert text.split("\n") == [line, STORY[1]] and not dropped


def test_word_tests_before_the_furniture_rules_agree_with_the_rules() -> None:
    # the cheap word tests before a rule's search never skip a line the rule matches (case-blind
    # matching also takes "ſ" for "s" and the dotted capital I for "i": no test word has either)
    from timeline_app.core.extract import boilerplate as b

    lines = [
        "Comments are moderated and may be edited.",
        "Your views may be published on our website.",
        "NOT ALL E-MAILS WILL BE PUBLISHED",
        "Send us your pictures using the form below",
        "Calls cost 10p per minute from a landline.",
        "LINES ARE OPEN from 9am, call 0800 123 4567",
        "Lines are open until midnight",
        "Copyright 2009 The Daily Bugle. All rights reſerved.",
        "(C) 2011 Example News",
        "© Example Media",
        "Photo: Jane Roe",
        "The minister spoke / AFP",
        "Firefighters at the scene. REUTERS PHOTO",
        "Jane Roe contributed reporting from Lagos.",
        "The minister said talks would resume on Monday.",
        "Home | News | World | Sport",
    ]
    rules = [
        (b._comment_policy, b._COMMENT_POLICY.search),
        (b._phone_line, b._PHONE_LINE.search),
        (b._copyright, b._COPYRIGHT.search),
    ]
    for line in lines:
        for quick, rule in rules:
            assert quick(line) == (rule(line) is not None), line
        photo = b._PHOTO.search(line) is not None or b._AGENCY_PHOTO.search(line) is not None
        assert b._photo_credit(line) == photo, line
    assert sum(b._comment_policy(line) for line in lines) == 4
    assert sum(b._phone_line(line) for line in lines) == 3
    assert sum(b._copyright(line) for line in lines) == 3
    assert sum(b._photo_credit(line) for line in lines) == 3
