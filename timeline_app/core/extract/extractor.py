"""extract_events: an article's sentences to dated, attributed, sourced events."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from timeline_app.core.dates import FuzzyDate, Precision, as_fuzzy
from timeline_app.core.extract.analysis import AnalysedText, analyse
from timeline_app.core.extract.clauses import ADVERBS, COPULAS, Predicate, same_tense_family
from timeline_app.core.extract.confidence import score_events
from timeline_app.core.extract.dating import (
    MOVES,
    NEWS_EXPLANATION,
    asides,
    at_the_time,
    before_news,
    carried_day,
    clause_spans,
    comes_after,
    continues_previous,
    dated_predicates,
    dateline_day,
    dateline_explanation,
    describes_thing,
    had_done,
    market_lead,
    opens_on_happening,
    past_perfect,
    plain_past,
    publication_day,
    quoted_days,
    refers_back,
    returns_to,
    scene_nouns,
    shares_words,
    since_then,
    stance_holds,
    stance_time,
    steps_back,
    tells,
    tells_a_move,
    told_before,
    told_day,
    told_explanation,
)
from timeline_app.core.extract.dupes import (
    attributions,
    clone_title,
    is_saying,
    main_clause_again,
    market_figures,
    merge_restated,
    restated_quotes,
    retold_acts,
    retold_statements,
    same_figures,
    same_telling,
    similar_titles,
    titled_apart,
    told_in_sentence,
)
from timeline_app.core.extract.fragments import demote_headless
from timeline_app.core.extract.frames import (
    ACTOR_KINDS,
    MATERIAL,
    EventFrame,
    actors_and_places,
    build_frame,
    complement,
    frame_kind,
    frame_status,
    prevented,
    told_to_subject,
    unsaid,
    wished,
)
from timeline_app.core.extract.kinds import predicate_kind
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.mainverb import (
    in_relative,
    main_predicate,
    relative_opening,
    same_frame,
    trailing_attribution,
)
from timeline_app.core.extract.mentions import Mention, shares_surname
from timeline_app.core.extract.nominal import dated_nouns, nominal_event
from timeline_app.core.extract.phrases import quoted_speech, surname
from timeline_app.core.extract.pronouns import PRONOUN_TITLES, PronounThread, impersonal_it, resolved_title
from timeline_app.core.extract.reading import QUOTE_TOKENS, SentenceReading, read_sentence, told_by_body
from timeline_app.core.extract.status import comment_update
from timeline_app.core.extract.text import Sentence
from timeline_app.core.extract.title_check import title_problems
from timeline_app.core.extract.titles import (
    MAX_TITLE,
    checked_title,
    make_title,
    one_of_a_people,
    people_speaker,
    plain_checked,
    planned_title,
    role_after,
    spoken_title,
    subject_of,
)
from timeline_app.core.extract.trimmed import cut_title, in_direct_speech, lower_first
from timeline_app.core.extract.vocabulary import FUNCTION_WORDS, ROLE_WORDS
from timeline_app.core.gazetteer import country_names, gazetteer
from timeline_app.core.model import UNCERTAIN_BELOW, Article, Event, Kind, Source, Status
from timeline_app.core.temporal import DatedSpan


def article_for_text(text: str, published: _dt.date | FuzzyDate | None = None) -> Article:
    """An article for a bare text; its id depends on the text only, so ids are stable."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    first = text.strip().splitlines()[0] if text.strip() else ""
    return Article(
        id=f"a-{digest[:12]}",
        title=first[:80],
        text=text,
        published=as_fuzzy(published) if published is not None else None,
        sha256=digest,
    )


def event_id(article_id: str, start: int, end: int, verb_index: int) -> str:
    """Deterministic: the same article text gives the same ids, so re-extraction can match them.

    The id reads "e-<article hash>-<sentence offset>-<verb>", so sorting by id keeps the
    events of one day in the order the article tells them.
    """
    digest = hashlib.sha1(f"{article_id}:{end}".encode(), usedforsecurity=False).hexdigest()[:4]
    return f"e-{_article_hash(article_id)}-{start:07d}-{verb_index:03d}{digest}"


@lru_cache(maxsize=64)
def _article_hash(article_id: str) -> str:
    """The article part of its events' ids (hashed once an article, not once an event)."""
    return hashlib.sha1(article_id.encode(), usedforsecurity=False).hexdigest()[:8]


VERBAL_ACTS = frozenset(
    {Kind.REJECT, Kind.THREATEN, Kind.AGREE, Kind.REQUEST, Kind.ACCUSE, Kind.SUPPORT, Kind.CONCEDE}
)
"""Kinds whose act is the saying itself: a closing attribution's date dates them even when
what they say is in the future."""


NO_ACTOR_OR_ACT = frozenset(
    [
        "pronoun as subject",
        "only a name",
        "saying without what was said",
        "no words",
        "lone function word as subject",
    ]
)
"""Title faults that mean a sentence names no actor or no act: not an event unless it is dated."""


@dataclass(slots=True)
class _Draft:
    event: Event
    paragraph: int
    tense: str
    own_date: bool
    people: set[str]
    subject: str = ""
    speaker: str = ""  # who said the sentence, for a quotation that goes on in the next one
    reporting: bool = False  # its sentence reports what someone said, with no date of its own
    said: bool = False  # ... by a verb of saying ("X said", "according to"), not an act done in words
    cue: bool = False  # its sentence says it continues the one before ("then", "later", "He ...")
    clause: tuple[int, int] | None = None  # its own clause's span, when its sentence tells others
    attributed: bool = False  # its clause leaves out who told it, at another time
    back: bool = False  # its clause steps back before the story's time ("had fled", "earlier")
    had: bool = False  # its own verb is in the past perfect ("Wei had been watched", "X had said")
    said_then: bool = False  # dated by the occasion its speaker was told speaking at just before
    said_on: bool = False  # its verb of saying has its own day beside it ("told lawmakers Wednesday")
    in_aside: bool = False  # its verb and date are in a "who"/"which" aside ("X, who arrived Monday, said")
    scene: bool = False  # its date is that of the scene the sentence right before told
    told: bool = False  # dated as what was told or done for the story's news (_date_news)
    over_past: bool = False  # its sentence tells of a stretch of the past ("in recent years")
    saying: bool = False  # its verb is the saying ("X said he will ..."), not what was said
    timed: bool = False  # its sentence dates a clause of its own ("... after he returned on Oct. 23")
    told_on: DatedSpan | None = None  # the date of the closing attribution that told it, not its own
    retold: bool = False  # titled by its sentence's main clause, which another event tells
    relative: bool = False  # retold, under a date its verb's "who"/"which" relative clause tells
    aside: bool = False  # its verb and date are in a comma-set "who"/"which" aside of its sentence
    nouns: frozenset[str] = frozenset()  # the words its sentence tells its happening with (scene_nouns)
    refers: bool = False  # its sentence names again the happening of the scene before (refers_back)
    refers_past: bool = False  # ... of the dated past time told right before it ("The summit decided")
    move: bool = False  # its sentence tells a market move with its figure (tells_a_move: "eased 10 sen")
    session_move: bool = False  # ... in a market report, with no figure ("The Second Section fell")
    next_on: bool = False  # its sentence opens by saying it comes next ("Later ...", "Then ...")
    says: bool = False  # its sentence tells what someone said (a later reaction, not the scene's)
    returns: bool = False  # its sentence names the scene's own happening again ("in his address")
    shares: bool = False  # its sentence names again something the scene was told with ("the bomb")
    main_past: bool = False  # its sentence's first finite verb is in the past ("X progressed ... with wins")
    plain: bool = False  # its sentence tells, in the plain past with no time of its own, what happened
    sentence: int = -1  # the index of its sentence
    verb: str = ""  # the lemma of the verb that tells it
    before_news: tuple[int, str] | None = (
        None  # "It comes a day after X": X's days before the news, the words
    )
    stance: tuple[str, str] | None = None  # "hopes", "this September": a stance told in the present
    told_now: str = ""  # "say": it is told by a saying in the present with no time ("officials say")


@dataclass(slots=True)
class _News:
    """What dates the news of a story: its publication day, the sentence of its lead, and the day
    the lead tells when that is the publication day or one of the two before it."""

    day: FuzzyDate | None
    lead_sentence: int | None = None
    lead_paragraph: int | None = None
    told: FuzzyDate | None = None
    told_by: str = ""
    told_in_lead: bool = False
    scene: tuple[FuzzyDate, str, int] | None = None  # the narrative's date, its words, its sentence
    scene_people: set[str] = field(default_factory=set)  # who and where the scene is about
    scene_nouns: frozenset[str] = frozenset()  # the words the scene's happening was told with
    scene_set: int = -1  # the sentence that set the scene (gave it its date)
    scene_lead: bool = False  # the scene is the lead's (its day is the sentence's, not a noun's: "Sunday's")
    scene_aside: bool = False  # the scene's day is that of a "who"/"which" aside of its sentence
    shift: int = -1  # the last sentence that left the scene's time (another date, "had", "earlier")
    move_shift: int = -1  # ... for a market's moves: a day after the story's (a plan, a forecast) does not
    market: bool = False  # its lead tells a market's session ("Tokyo stocks closed lower Friday")
    past: tuple[int, set[str]] = (-9, set())  # the last sentence telling of a time before the story's
    past_when: tuple[FuzzyDate, str] | None = None  # ... its date and the words that gave it
    last_told: int = -1  # the last sentence that told an event
    day_how: str = NEWS_EXPLANATION  # how ``day`` was found: the publication day, or the dateline's


_NEXT_ON = frozenset(["later", "then", "afterwards", "afterward", "subsequently"])
"""Words that open a sentence telling what came next ("Later Wen visited ...")."""

_LONG_PAST = re.compile(r"\b(?:past|recent|last|previous)\b", re.IGNORECASE)


def _over_a_long_past(e: DatedSpan) -> bool:
    """An expression of a stretch of the past that is not a calendar date ("in past months", "in
    recent years", "over the last decade"): what it dates happened over that stretch, not on the
    day of the story."""
    return e.date is None and bool(_LONG_PAST.search(e.text))


@dataclass(slots=True)
class _Thread:
    """What the sentences read so far leave for the next: the last speaker and person named, with
    their sentence, what the sentence before was about, and quotations titled by their pronoun
    still waiting for a speaker."""

    told: tuple[str, int] = ("", -99)
    about: tuple[str, int] = ("", -99)
    thing: tuple[tuple[str, str], int] = (("", ""), -99)
    named: tuple[frozenset[str], str, int, bool] = (frozenset(), "", -99, False)
    plain: SentenceReading | None = None
    unspoken: list[tuple[_Draft, int]] = field(default_factory=list)
    sex: dict[str, str] = field(default_factory=dict)  # "he" or "she": how the text called a person
    roles: dict[str, str] = field(default_factory=dict)  # "judge" -> the last person the text so titled
    # each person the text titled, the latest last, with the role words it gave them
    titles: dict[str, frozenset[str]] = field(default_factory=dict)


def extract_events(
    article: Article | str,
    published: _dt.date | FuzzyDate | None = None,
    *,
    expressions: Sequence[DatedSpan] | None = None,
    analysis: AnalysedText | None = None,
) -> list[Event]:
    """The events an article tells, in text order.

    Args:
        article: an :class:`Article`, or the text of one.
        published: the publication date (overrides the article's), the anchor for "Monday".
        expressions: time expressions to date events by instead of the tagger's (tests give
            hand-made ones).
        analysis: the article already read by :func:`~timeline_app.core.extract.analysis.analyse`
            (its sentences and time expressions are used, not made again); by default it is
            read here.
    """
    if isinstance(article, str):
        article = article_for_text(article, published)
    anchor = as_fuzzy(published) if published is not None else article.published
    text = article.text
    if analysis is None or analysis.text != text or analysis.anchor != anchor:
        analysis = analyse(text, anchor, language=article.language)
    language = analysis.language
    stretches, exprs = _dating_expressions(
        list(expressions) if expressions is not None else analysis.expressions
    )
    # where the stretches of the past start (not "a thing of the past"), sorted: a sentence with
    # one inside tells of that stretch (found by bisection, not by a scan for every event)
    past_at = sorted(e.start for e in stretches if text[max(0, e.start - 3) : e.start] != "of ")
    gaz, lex = gazetteer(), lexicon()
    drafts: list[_Draft] = []
    news = _News(publication_day(anchor))
    filed = dateline_day(exprs, analysis.sentences[0].start, news.day) if analysis.sentences else None
    if filed is not None and filed.date is not None:  # the story's "today" is the day its dateline gives
        news.day, news.day_how = replace(filed.date, approximate=True), dateline_explanation(filed.text)
    clauses: dict[str, tuple[int, int, int, int, bool]] = {}
    e_i = 0
    thread = _Thread()
    pronouns = PronounThread()
    called = _names_called(analysis)
    last: SentenceReading | None = None  # the sentence before
    for sentence, names in zip(analysis.sentences, analysis.names, strict=True):
        mine, e_i = _expressions_in(exprs, e_i, sentence)
        known = names.people
        r = read_sentence(sentence, gaz, lex, names.mentions, known, mine)
        quoted_days(r, anchor)  # '"... yesterday," he said on Monday': the day before Monday
        for m in r.mentions:
            if m.kind == "person" and "short" not in m.extras and m.name in called:
                m.extras["short"] = called[m.name]  # (the reading's own copy of the mention)
        dated_here = any(e.date is not None for e in mine)
        update = None if dated_here else comment_update(r)
        if update is not None:
            _apply_comment(drafts, r, update, gaz.country_name, text[sentence.start : sentence.end])
            news.last_told = sentence.index  # (a quote told of an event: no quiet sentence for a round-up)
            continue
        previous_person, recent = _people_before(thread, drafts, r, sentence.index)
        previous_person, recent = _same_sex(thread, r, previous_person, recent)
        people = set(known.values())  # the names read as persons so far
        teller = thread.told[0] if sentence.index - thread.told[1] <= 6 else ""
        gap = sentence.index - thread.told[1]
        # the speaker a quotation goes on with surely: of the sentence before, or of the one
        # before that when the sentence between names no one telling
        near = teller if gap == 1 or (gap == 2 and last is not None and not _told_here(last)) else ""
        nouns = scene_nouns(r)
        plain = plain_past(r)
        refers = plain and refers_back(r, news.scene_nouns)
        refers_past = (
            plain
            and news.past[0] == sentence.index - 1
            and last is not None
            and opens_on_happening(r, frozenset(last.lows))
        )
        returns = plain and returns_to(r, news.scene_nouns)
        if news.lead_sentence is None:
            news.market = market_lead(r)  # (the lead: the first sentence to tell an event)
        move = plain and tells_a_move(r)
        session_move = plain and news.market and not move and tells_a_move(r, session=True)
        next_on = bool(r.lows) and (r.lows[0] in _NEXT_ON or r.lows[:2] == ["after", "that"])
        shares = plain and shares_words(r, news.scene_nouns)
        speech = any(p.is_speech and p.finite and _tells_words(r, p) for p in r.preds)
        if speech or any(q in text[sentence.start : sentence.end] for q in '"“”'):
            news.last_told = sentence.index  # someone's words: no quiet sentence for a round-up
        main_past = next((p.tense == "past" for p in r.preds if p.finite), False)
        over_past: bool | None = None  # (the sentence's, worked out for its first event)
        for draft in _sentence_events(
            article,
            r,
            gaz.country_name,
            previous_person,
            teller,
            anchor,
            recent_person=recent,
            antecedent=_antecedent_thing(thread, r, sentence.index, gaz.country_name),
            called=called,
            titles=thread.titles,
            near_teller=near,
            sayer_before=_sayer_before(last, previous_person)
            if last is not None and _told_by_pronoun(r)
            else None,
        ):
            if draft.event.title.partition(" ")[0] in PRONOUN_TITLES and not _resolve_pronoun(
                draft, r, last, gaz.country_name, pronouns
            ):
                continue  # "It also cut ...": whom "it" is; "It was not clear whether ...": no happening
            if over_past is None:
                k = bisect_left(past_at, sentence.start)
                over_past = since_then(r) or (k < len(past_at) and past_at[k] < sentence.end)
            draft.over_past = over_past
            draft.nouns, draft.refers, draft.says = nouns, refers, speech or draft.reporting or draft.saying
            draft.refers_past, draft.move, draft.next_on = refers_past, move, next_on
            draft.session_move = session_move
            draft.returns, draft.shares, draft.main_past = returns, shares, main_past
            draft.plain, draft.sentence = plain, sentence.index
            if draft.clause is not None:
                clauses[draft.event.id] = (sentence.start, sentence.end, *draft.clause, draft.attributed)
            _follow(thread, draft, r, people)
            _place(drafts, draft, news, sentence.index)
            _set_scene(draft, news, sentence.index)
        if speech and thread.told[1] != sentence.index:
            # '"We are very happy ...," said the captain, Ana Moen.' with no event of its own: still
            # the speaker a next paragraph of quotation goes on with
            told_by = _teller(r, gaz.country_name, thread.titles, called)
            if told_by:
                thread.told = (told_by, sentence.index)
        if not (previous_person or recent) and thread.told[1] != sentence.index and _told_by_pronoun(r):
            thread.told = ("", sentence.index)  # '"...," she said' and no one she stands for: a new speaker
        _follow_thing(thread, r, gaz.country_name)
        thread.named = (
            _persons_named(r),
            _subject_person(r, thread.roles),
            sentence.index,
            _pronoun_subject(r),
        )
        _note_roles(thread, r)
        drafts.extend(_noun_drafts(article, r, anchor))
        last = r
    _lead_dated_below(drafts, news)
    _told_later(drafts, news)
    return _scored_events(drafts, article, language, clauses)


def _resolve_pronoun(
    draft: _Draft, r: SentenceReading, before: SentenceReading | None, country_name, pronouns: PronounThread
) -> bool:
    """The draft's title with its pronoun subject named, and that name its first actor, when
    :func:`~timeline_app.core.extract.pronouns.resolved_title` finds whom it stands for; a dummy
    "it" (:func:`~timeline_app.core.extract.pronouns.impersonal_it`) gives way to the clause it
    brings, or the draft is no event: False."""
    clause = impersonal_it(draft.event.title, r)
    if clause == "":
        return False
    if clause is not None:
        if not title_problems(clause):
            draft.event = replace(draft.event, title=clause)
        return True
    resolved = resolved_title(draft.event.title, r, before, country_name, pronouns)
    if resolved is None or title_problems(resolved[0]):
        return True
    title, names = resolved
    actors = (*names, *(a for a in draft.event.actors if a not in names))
    draft.event = replace(draft.event, title=title, actors=actors)
    return True


def _names_called(analysis: AnalysedText) -> dict[str, str]:
    """The people whom the article calls, alone, by one of their names other than the last
    ("Mobutu" for "Mobutu Sese Seko", "Kamal" for "Kamal Ahmed El-Ganzoury"): full name -> that
    name, for headlines; the name it uses most. A person who shares a surname with another
    person of the article is named in full ("Marco Antonio Pinochet")."""
    uses: dict[str, Counter[str]] = {}
    shared: dict[str, str] = {}
    for names in analysis.names:
        for m in names.mentions:
            parts = m.name.split()
            alone = m.text in parts or any(w.endswith("-" + m.text) for w in parts)  # "Hariri" of "al-Hariri"
            if m.kind == "person" and m.first + 1 == m.last and alone and m.text[:1].isupper():
                uses.setdefault(m.name, Counter())[m.text] += 1  # ("Webber" counts against "Bernie")
            if m.kind == "person" and shares_surname(m.name, names.people):
                shared[m.name] = m.name
    called = {
        name: count.most_common(1)[0][0]
        for name, count in uses.items()
        if count.most_common(1)[0][0] != surname(name)
    }
    return called | shared


def _people_before(thread: _Thread, drafts: list[_Draft], r: SentenceReading, index: int) -> tuple[str, str]:
    """(previous person, recent person) for a title's "he" or "we" in sentence ``index``: the
    person or speaker of the last sentences that named one."""
    previous_person = drafts[-1].subject if drafts else ""
    if not previous_person and index - thread.about[1] <= 1:
        previous_person = thread.about[0]
    recent = thread.about[0] if index - thread.about[1] <= 8 else ""
    named_before = thread.named if index - thread.named[2] == 1 else None
    if named_before is not None and (named_before[0] or named_before[1]) and THIRD_PERSON & set(r.lows):
        # the people the sentence before named: "he" is its subject, or the one person it
        # named; with two or more and none the subject, "he" stands for no one surely
        subject, persons = named_before[1], named_before[0]
        told = thread.told[0] if thread.told[1] == named_before[2] else ""
        speaker = next((p for p in persons if told and told.split()[-1] in (p.split()[-1], surname(p))), "")
        if subject or speaker:
            previous_person = subject or speaker  # "... Muddey told AFP. '...,' he said"
        elif len(persons) == 1 and not named_before[3] and _pronoun_leads(r):
            # "the architect of the budget, Ana Moen, will not be at the helm. He has been forced
            # to quit": the one person the sentence before named, though not as its subject
            (previous_person,) = persons
            recent = previous_person
        elif not named_before[3] and len(persons) > 1:
            # "Talks between Ana Moen and Piet Arnesen failed. He said ...": either of them;
            # but "He married Ana Moen. His degree ...": still the "he" of the sentence before
            previous_person, recent = "", ""
    return previous_person, recent


def _same_sex(thread: _Thread, r: SentenceReading, previous: str, recent: str) -> tuple[str, str]:
    """The people a sentence's "he" or "she" may stand for, less one the text called by the other
    pronoun before ('"I am home," he told reporters. His wife ... "When I saw the smoke, I
    thought I would never see him again," she said': she is not the man); the first pronoun that
    leads a sentence standing for a person is how the text calls that person."""
    word = _leading_pronoun(r)
    if not word:
        return previous, recent
    other = {"he": "she", "she": "he"}[word]
    if previous and thread.sex.get(previous) == other:
        previous = ""
    if recent and thread.sex.get(recent) == other:
        recent = ""
    person = previous or (recent if _told_by_pronoun(r) else "")
    if person:
        thread.sex.setdefault(person, word)
    return previous, recent


def _leading_pronoun(r: SentenceReading) -> str:
    """ "he" or "she" when the sentence is told of one of them (it leads the sentence or its first
    verb, or tells who said it: '"...," she said'), else ""."""
    if not (_pronoun_leads(r) or _told_by_pronoun(r)):
        return ""
    words = [w for w in r.lows if w in ("he", "she")]
    return words[0] if words and len(set(words)) == 1 else ""


def _pronoun_leads(r: SentenceReading) -> bool:
    """Whether the sentence's main clause is told of "he", "she", "his" or "her": its first word,
    or the subject of its first verb ("In an interview on Saturday she said"), not a sentence
    with a subject of its own ("The prime minister will resume his activities")."""
    from timeline_app.core.extract.titles import AUX

    if r.lows[:1] and r.lows[0] in THIRD_PERSON:
        return True
    main = next((p for p in r.preds if p.finite), None)
    if main is None:
        return False
    j = main.index - 1
    while j >= 0 and (r.lows[j] in AUX or r.lows[j] in ADVERBS):
        j -= 1
    return j >= 0 and r.lows[j] in ("he", "she")


def _scored_events(
    drafts: list[_Draft], article: Article, language: str, clauses: dict[str, tuple[int, int, int, int, bool]]
) -> list[Event]:
    """The drafts' events merged where the story tells one happening twice, scored, and those
    that tell again what another shown event tells scored uncertain."""
    drafts = _lone_copies_told_undated(drafts)
    events = [d.event for d in drafts]
    if events and language != "en":
        events = [e.with_changes(title=sentence_title(e.description)) for e in events]
    retold = {d.event.id: RETOLD for d in drafts if d.retold}
    told_by = attributions(events)
    events = _merged_keeping_asides(events, {d.event.id for d in drafts if d.aside}, set(retold))
    # a side-clause copy's date does not make its main clause's undated event the one told again
    # (the copy is, and gives way to it below)
    scored = demote_headless(score_events(events, article, set(retold)))  # titles that lost their subject
    shown = {e.id for e in scored if e.confidence >= UNCERTAIN_BELOW}
    shown -= _copies_giving_way(scored, shown, retold)
    # a saying gives way to the event it attributes only when that event is shown
    twins = {i: told for i, told in told_by.items() if told in shown}
    retold.update((i, ATTRIBUTION) for i in twins)
    quoted = restated_quotes(scored, UNCERTAIN_BELOW)
    retold.update((i, RESTATED) for i in quoted)
    twins.update(quoted)
    made = {i: t for i, t in retold_statements(scored, UNCERTAIN_BELOW).items() if i not in twins}
    retold.update((i, SAID_AGAIN) for i in made)
    twins.update(made)
    told = {i: article.text[c[2] : c[3]] for i, c in clauses.items()}
    figured = {i: t for i, t in same_figures(scored, UNCERTAIN_BELOW, told).items() if i not in twins}
    retold.update((i, SAME_FIGURE) for i in figured)
    twins.update(figured)
    market = {i: t for i, t in market_figures(scored, UNCERTAIN_BELOW, told).items() if i not in twins}
    retold.update((i, MARKET_FIGURE) for i in market)
    twins.update(market)
    acts = {i: t for i, t in retold_acts(scored, UNCERTAIN_BELOW, told).items() if i not in twins}
    retold.update((i, RETOLD_ACT) for i in acts)
    twins.update(acts)
    for saying, why in ((False, SAME_TITLE), (True, ATTRIBUTION)):
        apart = {i: t for i, t in titled_apart(scored, UNCERTAIN_BELOW, saying).items() if i not in twins}
        retold.update((i, why) for i in apart)
        twins.update(apart)
    told_apart = _uncertain(scored, retold, twins)
    # what is still shown twice in one sentence once the others are hidden
    again = told_in_sentence(told_apart, UNCERTAIN_BELOW)
    told_apart = _uncertain(told_apart, dict.fromkeys(again, IN_SENTENCE), again)
    return _clause_sources(told_apart, clauses, article)


def _lone_copies_told_undated(drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with, before each side clause's copy dated by its relative clause ("he slammed
    them as minimal, rather than fund the states which joined last year") that is its sentence's
    only event telling the main clause, that clause's own event: the copy's title, undated. The
    copy keeps the relative clause's date and gives way to it (:func:`_uncertain`)."""
    lone = [d for d in drafts if d.relative]
    if not lone:
        return drafts
    out: list[_Draft] = []
    for d in drafts:
        start = d.event.sources[0].start if d.event.sources else -1
        if d.relative and not any(
            not o.retold
            and o.event.sources
            and o.event.sources[0].start == start
            and _tells_clause_again(o.event.title, d.event.title)
            for o in drafts
        ):
            event = d.event.with_changes(id=d.event.id + "m", when=None, expression="", explanation="")
            out.append(replace(d, event=event, retold=False, relative=False, aside=False))
        out.append(d)
    return out


def _copies_giving_way(events: list[Event], shown: set[str], retold: dict[str, str]) -> set[str]:
    """The shown side-clause copies (``retold``) that give way to a shown event of their sentence
    telling the same main clause (:func:`_uncertain` hides them): no saying gives way to them, or
    the two would hide each other ("Zico says he had few worries" as the attribution of the copy,
    the copy as the main clause told again)."""
    beside: dict[tuple[int, int], list[str]] = {}
    for e in events:
        if e.id in shown and e.id not in retold and e.sources:
            beside.setdefault((e.sources[0].start, e.sources[0].end), []).append(e.title)
    return {
        e.id
        for e in events
        if e.id in shown
        and e.id in retold
        and e.sources
        and any(
            _tells_clause_again(t, e.title) for t in beside.get((e.sources[0].start, e.sources[0].end), ())
        )
    }


def _who_or_which(r: SentenceReading, k: int) -> bool:
    """Whether the aside that holds token ``k`` opens with "who", "whose" or "which" (not "where",
    which often sets the main clause's scene: "In Croatia, where voting ended Sunday, results ...")."""
    while k > 0 and r.lows[k - 1] != ",":
        k -= 1
    return r.lows[k] in ("who", "whose", "which")


def _merged_keeping_asides(events: list[Event], asides: set[str], retold: set[str]) -> list[Event]:
    """:func:`merge_restated` (the same happening told twice in the story), with each event
    ``retold`` (titled by its sentence's main clause under a side clause's date) kept apart from
    the undated event its sentence's main clause tells with the same words: folded into it, it
    would give the main verb the side clause's date ("Police issued a red alert, fearing a replay
    of the rampage last October"; "Nhek, who had to flee after a coup last year, appeared confident
    he would ..."). Kept apart, it stays with its date and is scored uncertain beside the main
    clause's event (:func:`_uncertain`). A "who"/"which" aside (``asides``) only when it tells a
    month, a year or longer: a day told in an aside is often the main clause's day too ("X, who did
    not attend the hearing Friday, was charged ...")."""
    held: list[Event] = []
    for e in events:
        if e.id not in retold or not e.sources or e.when is None:
            continue
        if e.id not in asides or e.when.precision not in _DAY_OR_FINER:
            start = e.sources[0].start
            if any(
                o.id not in retold
                and o.when is None
                and o.sources
                and o.sources[0].start == start
                and _tells_same(o.title, e.title)
                for o in events
            ):
                held.append(e)
    if not held:
        return merge_restated(events)
    kept = {e.id for e in held}
    merged = merge_restated([e for e in events if e.id not in kept])
    for e in held:
        start = e.sources[0].start
        at = next((k for k, o in enumerate(merged) if o.sources and o.sources[0].start > start), len(merged))
        merged.insert(at, e)
    return merged


RETOLD = "its sentence's main clause told again under a side clause's date"
ATTRIBUTION = "only the attribution of an event of its own told apart"
RESTATED = "a quotation restating the event a sentence before told"
SAID_AGAIN = "where or when a statement told before was made"
SAME_TITLE = "the same title as the clause before it"
SAME_FIGURE = "the same figure told again"
MARKET_FIGURE = "a figure of the market move told before it"
RETOLD_ACT = "the same act told again in other words"
IN_SENTENCE = "its sentence's happening told again by another reading of the sentence"
RETOLD_CONFIDENCE = 0.3
"""The confidence of an event that tells again what another event of the story tells (under the
default cut, so the reader sees the happening once; the event stays, with its clause and date)."""


def _uncertain(events: list[Event], why: dict[str, str], twins: dict[str, str] | None = None) -> list[Event]:
    """``events`` with those whose id ``why`` names scored as uncertain, for that reason, which
    names the event it repeats (its twin, by its number in the story and its title; ``twins``
    maps an id to its twin's). An event retold in its sentence gives way only to a shown event of
    that sentence, not retold itself, whose title tells the same (the same or a similar title),
    else to such an event hidden for a reason of its own. When
    the merge left it alone, or the main clause's event is hidden as its repeat, or the one shown
    tells a side clause ("..., though London trades were weighed down"), the retold one is the
    sentence's only shown copy of its happening and stays."""
    twins = dict(twins or {})
    shown: dict[tuple[int, int], list[Event]] = {}
    hidden: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        if e.sources and why.get(e.id) != RETOLD:
            seen = e.confidence >= UNCERTAIN_BELOW and e.id not in why
            (shown if seen else hidden).setdefault((e.sources[0].start, e.sources[0].end), []).append(e)
    number = {e.id: (n, e) for n, e in enumerate(events, 1)}
    out = []
    for e in events:
        reason = why.get(e.id)
        if reason == RETOLD and e.sources:
            beside = shown.get((e.sources[0].start, e.sources[0].end), [])
            twin = next((o for o in beside if _tells_same(o.title, e.title)), None)
            if twin is None:  # its title fell back to the main clause's words, which one shown tells
                twin = next((o for o in beside if main_clause_again(o.title, e.title)), None)
            if twin is None:
                # the main clause's own event is hidden (a state, a fragment, told elsewhere ...) for
                # a reason of its own, not as this copy's repeat: the copy, the same clause under a
                # side clause's date, is no more shown than it ("The one-time steel worker, who rose
                # to head the republic in 1989, enjoys solid support" is never an event of 1989)
                twin = next(
                    (
                        o
                        for o in hidden.get((e.sources[0].start, e.sources[0].end), [])
                        if f"“{e.title}”" not in o.confidence_reason and _tells_clause_again(o.title, e.title)
                    ),
                    None,
                )
            if twin is None:
                reason = None
            else:
                twins[e.id] = twin.id
        if reason is not None and not e.edited and e.confidence > RETOLD_CONFIDENCE:
            e = e.with_changes(
                confidence=min(e.confidence, RETOLD_CONFIDENCE),
                confidence_reason=_repeating(reason, number.get(twins.get(e.id, ""))),
            )
        out.append(e)
    return out


def _repeating(reason: str, twin: tuple[int, Event] | None) -> str:
    """A duplicate's reason with the event it repeats: "<reason>; repeats event 3: “Title”"."""
    return reason if twin is None else f"{reason}; repeats event {twin[0]}: “{twin[1].title}”"


def _dating_expressions(given: Sequence[DatedSpan]) -> tuple[list[DatedSpan], list[DatedSpan]]:
    """The stretches of the past among an article's expressions (durations count only there), and
    the dates and times that date events, sorted by where they start."""
    stretches = [e for e in given if e.type in ("DATE", "TIME", "DURATION") and _over_a_long_past(e)]
    exprs: list[DatedSpan] = [e for e in given if e.type in ("DATE", "TIME")]
    exprs.sort(key=lambda e: e.start)
    return stretches, exprs


def _expressions_in(exprs: list[DatedSpan], e_i: int, sentence: Sentence) -> tuple[list[DatedSpan], int]:
    """The expressions inside a sentence, and where the next sentence's search starts: the first
    expression not ending before this sentence."""
    while e_i < len(exprs) and exprs[e_i].end <= sentence.start:
        e_i += 1
    mine = []  # the expressions inside the sentence (sorted by start: stop past its end)
    x_i = e_i
    while x_i < len(exprs) and exprs[x_i].start <= sentence.end:
        if exprs[x_i].start >= sentence.start and exprs[x_i].end <= sentence.end:
            mine.append(exprs[x_i])
        x_i += 1
    return mine, e_i


def _follow(thread: _Thread, draft: _Draft, r: SentenceReading, people: set[str]) -> None:
    """Keeps the speaker and person a draft names for the sentences after; gives a quotation
    titled by its pronoun the speaker who comes after it ('"We must begin the airlift." ... the
    agency said'), and keeps this draft waiting for one if its title is such a quotation."""
    index = r.sentence.index
    if draft.speaker:
        thread.told = (draft.speaker, index)
        for waiting, at in thread.unspoken:
            if index - at <= 2 and waiting is not draft:
                # '"We must begin the airlift." ... the agency said': the speaker comes after
                title = _spoken(draft.speaker, waiting.event.title)
                if not title_problems(title):
                    waiting.event = waiting.event.with_changes(title=title)
        thread.unspoken.clear()
    if _quoted_pronoun(draft.event.title, r) and not (draft.speaker and _told_here(r)):
        thread.unspoken.append((draft, index))  # (not '"Our ...," General Moen told reporters')
    person = draft.subject or next((a for a in draft.event.actors if a in people), "")
    if person:
        thread.about = (person, index)


def _follow_thing(thread: _Thread, r: SentenceReading, country_name) -> None:
    """What a sentence is about, for the next sentence's "it" or "they": its subject thing, or the
    one before when it begins with "it" or "they"."""
    thing = thread.thing
    about_thing = _subject_thing(r, country_name)
    if (
        about_thing == ("", "")
        and r.lows[:1] in (["it"], ["its"], ["they"], ["their"])
        and thing[0] != ("", "")
    ):
        about_thing = thing[0]  # "The bank cut its forecast. It said ... It also lowered ...": still the bank
    thread.thing = (about_thing, r.sentence.index)
    thread.plain = r if about_thing == ("", "") else None


IT_THEY = frozenset(["it", "its", "they", "their"])


def _antecedent_thing(thread: _Thread, r: SentenceReading, index: int, country_name) -> tuple[str, str]:
    """What the sentence before was about, for this sentence's "it" or "they": the name it was
    about, else (read only when this sentence has such a pronoun) the plain noun phrase its main
    verb has for subject ("The resolution ... It also urged": the resolution)."""
    if index - thread.thing[1] != 1 or _impersonal_it(r):
        return "", ""
    if thread.thing[0] != ("", "") or thread.plain is None or not IT_THEY & set(r.lows):
        return thread.thing[0]
    from timeline_app.core.extract.titles import thing_subject

    before = thread.plain
    main = _main_finite(before)
    if main is None:
        return "", ""
    thing = thing_subject(before, main, country_name)
    if thing[1] and main.is_speech and _plural_said(before, main, country_name):
        thing = ("", "")  # "Sources said the two sides would meet. They will ...": the sides, maybe
    thread.thing = (thing, thread.thing[1])  # "It said ... It also lowered ...": still that thing
    return thing


def _plural_said(r: SentenceReading, said: Predicate, country_name) -> bool:
    """Whether what ``said`` reports has a plural subject of its own ("said the two sides would
    discuss"), which a next "they" may stand for as well as the speakers."""
    from timeline_app.core.extract.phrases import noun_phrase_before

    verb = next((p for p in r.preds if p.finite and p.index > said.index), None)
    if verb is None:
        return False
    phrase, plural = noun_phrase_before(r, verb, country_name, ACTOR_KINDS)
    return plural and bool(phrase)


_IMPERSONAL = frozenset(
    [
        "believed",
        "thought",
        "said",
        "reported",
        "understood",
        "expected",
        "feared",
        "known",
        "claimed",
        "alleged",
        "rumoured",
        "rumored",
        "estimated",
        "assumed",
        "hoped",
        "suspected",
    ]
)


def _impersonal_it(r: SentenceReading) -> bool:
    """A sentence opening on an "it" that stands for nothing ("It is believed the shroud is not
    the one ...", "It was reported that ..."): no thing of the sentence before says it."""
    words = [w for w in r.lows[:5] if w not in ("also", "now", "widely", "generally")]
    return words[:1] == ["it"] and (
        (len(words) > 2 and words[1] in ("is", "was") and words[2] in _IMPERSONAL)
        or (len(words) > 3 and words[1] in ("has", "had") and words[2] == "been" and words[3] in _IMPERSONAL)
    )


def _noun_drafts(article: Article, r: SentenceReading, anchor: FuzzyDate | None) -> list[_Draft]:
    """The events a sentence's dated nouns tell ("the summit on Friday"), planned or past."""
    sentence = r.sentence
    out = []
    for start, noun, expr in dated_nouns(r):
        ev = nominal_event(
            article,
            r,
            start,
            noun,
            expr,
            anchor,
            event_id(article.id, sentence.start, sentence.end, 2000 + noun),
        )
        ev = ev.with_changes(title=plain_checked(ev.title, r))
        tense = "future" if ev.status is Status.PLANNED else "past"
        out.append(_Draft(ev, sentence.paragraph, tense, True, set()))
    return out


def _clause_sources(
    events: list[Event], clauses: dict[str, tuple[int, int, int, int, bool]], article: Article
) -> list[Event]:
    """Where a sentence tells several events with different dates, each event's source becomes
    its own clause (the span the Article Text highlights and the quote a reader sees), so that
    "said on Tuesday that the talks will resume on Nov. 12" shows Tuesday's announcement and the
    November talks each with the words that tell it; the description keeps the sentence.
    Confidence has been scored on the whole sentence before this."""
    told: dict[tuple[int, int], set[str]] = {}
    for e in events:
        c = clauses.get(e.id)
        if c is not None and e.when is not None:
            told.setdefault((c[0], c[1]), set()).add(e.when.iso())
    # what happened on the publication day may well be told that day: its attribution stays
    today = article.published.iso()[:10] if article.published is not None else ""
    out = []
    for e in events:
        c = clauses.get(e.id)
        told_then = c is not None and c[4] and (e.when is None or e.when.iso()[:10] != today)
        if c is None or not (told_then or len(told.get((c[0], c[1]), ())) >= 2):
            out.append(e)
            continue
        sources = tuple(
            Source.from_article(article, c[2], c[3]) if (s.start, s.end) == (c[0], c[1]) else s
            for s in e.sources
        )
        out.append(e.with_changes(sources=sources))
    return out


def sentence_title(sentence: str) -> str:
    """The title of an event in an article the headline grammar does not read (it is written
    for English): the sentence itself, cut at a word near 80 characters. Dates, actors and
    places still come from the tagger and the gazetteer; a garbled headline would not."""
    words = " ".join(sentence.split())
    if len(words) <= 80:
        return words.rstrip(".")
    return words[:79].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _verbless_event(article: Article, r: SentenceReading, expr: DatedSpan, country_name) -> _Draft:
    """A dated sentence without a verb ("Monday, 1 December: talks in Geneva."): an event all
    the same, so that every calendar date in the text dates something."""
    s = r.sentence
    quote = article.text[s.start : s.end]
    actors, places, roles = actors_and_places(r, country_name)
    words = [
        t.text for i, t in enumerate(r.tokens) if i not in r.time_tokens() and t.text not in (":", ",", ".")
    ]
    title = " ".join(words)[:80].strip() or expr.text
    event = Event(
        id=event_id(article.id, s.start, s.end, 0),
        title=plain_checked(title[:1].upper() + title[1:], r),
        when=expr.date,
        description=quote,
        actors=tuple(actors),
        places=tuple(places),
        kind=Kind.OTHER,
        status=Status.REPORTED,
        sources=(Source(article.id, s.start, s.end, quote),),
        expression=expr.text,
        explanation=expr.explanation,
        roles=tuple(roles),
    )
    return _Draft(event, s.paragraph, "past", True, {a for a in actors if not country_name_is(a)})


@dataclass(slots=True)
class _Telling:
    """What a sentence gives each event it tells: its reading, its actors, places and roles, the
    people and speaker of the sentences before, and whether it reports what someone said."""

    article: Article
    r: SentenceReading
    country_name: Callable[[str], str]
    dated: list[tuple[Predicate, list[DatedSpan]]]
    actors: list[str]
    places: list[str]
    roles: list[tuple[str, str]]
    previous_person: str
    previous_speaker: str
    recent_person: str
    antecedent: tuple[str, str]
    pronoun: bool
    told_at: set[int]
    reporting: bool
    cue: bool
    quoted: tuple[Predicate, int] | None
    called: Mapping[str, str] = field(default_factory=dict)  # full name -> the name the article uses
    titled: Mapping[str, frozenset[str]] = field(default_factory=dict)  # person -> role words, latest last
    subject_person: str | None = None  # _subject_person(r), found once for all its events
    near_teller: str = ""  # the speaker of the sentence before (or of the one before a quotation's)
    sayer_before: str | None = None  # a person the sentence before names telling, not its subject


def _sentence_events(
    article: Article,
    r: SentenceReading,
    country_name,
    previous_person: str = "",
    previous_speaker: str = "",
    now: FuzzyDate | None = None,
    recent_person: str = "",
    antecedent: tuple[str, str] = ("", ""),
    called: Mapping[str, str] | None = None,
    titles: Mapping[str, frozenset[str]] | None = None,
    near_teller: str = "",
    sayer_before: str | None = None,
) -> list[_Draft]:
    """The events one sentence tells, as drafts: its main clause's first, then each dated verb's;
    a dated sentence without a verb gives one event, an undated one none."""
    dated, main, reported = _dated_verbs(r, now)
    if not dated:
        # a period that says what a thing or a person is ("he is a 20th century democrat")
        # dates nothing, not even a sentence without a verb of its own; nor does a noun's date
        # ("since its formation on Nov. 21"), which its own event tells
        owned = {id(e) for _s, _n, e in dated_nouns(r)}
        undated = [
            e
            for a, b, e in r.expressions
            if e.date is not None and not describes_thing(r, a, b, e) and id(e) not in owned
        ]
        return [_verbless_event(article, r, undated[0], country_name)] if undated else []
    # the main clause's event first, dated or not: a sentence's first event never depends on a date
    dated.sort(key=lambda d: (main is None or d[0].index != main.index, d[0].index))
    t = _telling(
        article, r, country_name, dated, previous_person, previous_speaker, recent_person, antecedent
    )
    t.called = called or {}
    t.titled = titles or {}
    t.near_teller = near_teller
    t.sayer_before = sayer_before
    out: list[_Draft] = []
    seen_preds: dict[int, int] = {}
    firsts: dict[int, tuple[DatedSpan, str]] = {}  # a dated verb's first expression and title
    anchors: list[tuple[int, int]] = []
    self_dated: list[bool] = []
    borrowed: list[bool] = []  # titled by the main clause's words though its verb is another's
    fallen: list[bool] = []  # titled by the trimmed main clause, not by its own verb
    verbs: list[str] = []  # each draft's verb as the sentence writes it
    used: list[tuple[Predicate, DatedSpan | None]] = []
    stance = any(stance_holds(r, p) for p in r.preds)
    for pred, exprs in dated:
        n_same = seen_preds.get(pred.index, 0)
        seen_preds[pred.index] = n_same + 1
        framed = _framed(t, pred, exprs)
        if framed is None:
            continue
        frame, kind, status = framed
        titled = _event_title(t, pred, exprs, frame, kind, status, n_same, firsts, out)
        if titled is None:
            continue
        title, speaker, fell_back = titled
        expr = exprs[0] if exprs else None
        if expr is not None and not n_same:
            firsts[pred.index] = (expr, title)
        told_on = expr if pred.index == reported and not n_same else None
        held = stance_time(r, pred, expr, title) if stance and not told_on else None
        own = None if told_on or held else expr
        out.append(_event_draft(t, pred, own, n_same, title, kind, status, speaker))
        out[-1].told_on, out[-1].stance = told_on, held
        anchors.append(_anchor(r, pred, expr, n_same > 0))
        self_dated.append(expr is not None and told_on is None and held is None)
        borrowed.append(
            fell_back and not pred.is_speech and (n_same > 0 or main is None or not same_frame(r, main, pred))
        )
        fallen.append(fell_back)
        verbs.append(r.tokens[pred.index].text)
        used.append((pred, expr))
    _mark_retold(out, borrowed, fallen, verbs)
    for draft, (pred, expr) in zip(out, used, strict=True):
        when = draft.event.when
        if draft.retold and expr is not None and when is not None and when.precision not in _DAY_OR_FINER:
            # (a day told in a relative clause is often the main clause's too: "said Ana, one of
            # the exiles who formed a chain outside the home Monday")
            k = relative_opening(r, pred)
            draft.relative = k is not None and expr.start >= r.tokens[k].start
    if any(d.retold for d in out) or (len(out) > 1 and any(d.own_date for d in out)):
        aside = asides(r)
        for draft, (first, last) in zip(out, anchors, strict=True):
            inside = first in aside and last in aside and _who_or_which(r, first)
            draft.aside, draft.in_aside = draft.retold and inside, draft.own_date and inside
    _at_the_time(r, out, anchors)
    if len(out) > 1:
        for draft, span in zip(out, clause_spans(r, anchors), strict=True):
            draft.clause = span
    _attributed_clauses(r, out, anchors, self_dated, {p.index for p, _ in dated})
    _statement_clauses(r, out, anchors)
    return out


def _mark_retold(out: list[_Draft], borrowed: list[bool], fallen: list[bool], verbs: list[str]) -> None:
    """Mark the drafts of one sentence that tell again what another of its drafts tells
    (``borrowed`` holds what the titling found; ``fallen``: titled by the trimmed main clause;
    ``verbs``: each draft's verb as the sentence writes it)."""
    for k, draft in enumerate(out):
        # "Delegates voted on Sunday to back Royal in the elections due in April": one happening,
        # told by the verb its first date governs; a later event of the sentence with a similar
        # title under another date of the sentence tells it again
        if (
            k
            and draft.own_date
            and any(
                o.own_date
                and o.event.when != draft.event.when
                and not _later(draft.event.when, o.event.when)  # a plan with a day of its own
                and similar_titles(o.event.title, draft.event.title)
                and not is_saying(o.event.title)  # a statement and what it tells: see attributions
                for o in out[:k]
            )
        ):
            borrowed[k] = True
        elif (
            fallen[k]
            and not draft.own_date
            and not _has_word(draft.event.title, verbs[k])
            and any(
                o.own_date
                and _has_word(draft.event.title, verbs[j])
                and _tells_same(o.event.title, draft.event.title)
                for j, o in enumerate(out)
                if j != k
            )
        ):
            # "Lebanon marked on Friday the anniversary of the shelling that killed 105": the side
            # verb's event, undated and titled by another verb's clause, tells again what that
            # verb's dated event tells
            borrowed[k] = True
    if any(borrowed) and not all(borrowed):
        # "Ecevit, whose term ended in 2002, was a close ally": the side clause's verb got no
        # headline of its own and fell back to the main clause's words, which the main clause's
        # event tells already: this one tells that happening again under the side clause's date
        for draft, b in zip(out, borrowed, strict=True):
            draft.retold = b


def _dates_before_relative(r: SentenceReading, main: Predicate, p: Predicate, exprs: list[Any]) -> bool:
    """Whether a relative clause's verb after the main verb took its dates from before the
    relative pronoun, in the main clause."""
    k = relative_opening(r, p)
    if k is None or main.index >= k or not exprs:
        return False
    for e in exprs:
        if e.start < r.tokens[main.index].start or e.start >= r.tokens[k].start:
            return False
        after = next((t.lower for t in r.tokens if t.start >= e.end), ".")
        if after.isalpha() and after not in _AFTER_ADVERBIAL:
            return False  # "a 1971 convention which gives ...": the date belongs to the noun
    return True


_AFTER_ADVERBIAL = frozenset(["of", "in", "at", "for", "to", "from", "with", "and", "by", "on", "near"])


def _dated_verbs(
    r: SentenceReading, now: FuzzyDate | None
) -> tuple[list[tuple[Predicate, list[Any]]], Predicate | None, int]:
    """The verbs of a sentence that tell an event, each with the expressions dating it: the dated
    verbs, the main verb in place of a closing attribution or of a verb coordinated with it, and
    the main verb undated when its clause tells an event of its own; the main verb; and the
    index of the main verb when the expressions it took from a closing attribution date only
    the telling of what it did (else -1)."""
    dated = dated_predicates(r, now)
    main = main_predicate(r)
    closing = trailing_attribution(r)
    reported = -1
    if (
        closing is not None
        and main is not None
        and main is not closing
        and (main.tense in ("past", "perfect") or frame_kind(r, build_frame(r, main)) in VERBAL_ACTS)
        and not main.is_speech
        and (predicate_kind(r, main) in MATERIAL or main.lemma not in COPULAS)
        and not any(p.index == main.index for p, _ in dated)
    ):
        # "Strikes killed 30 people, the agency said on Thursday": the killing is the event, told
        # by the closing attribution; a refusal or a threat made in the telling ("Putin will not
        # attend the talks, the Kremlin said on Thursday") is dated by it, but what the telling
        # reports as done (past or present perfect) happened before it, on a day it does not name
        said_at = r.tokens[closing.index].start
        if main.tense in ("past", "perfect") and any(
            p is closing and exprs and all(e.start > said_at for e in exprs) for p, exprs in dated
        ):
            reported = main.index  # (the date is the attribution's own: ", police said on Monday")
        dated = [(main if p is closing else p, exprs) for p, exprs in dated]
    if main is not None and main.finite and not any(p.index == main.index for p, _ in dated):
        # "An explosion killed four people and wounded 20 on Wednesday": one event, told by its
        # first verb, dated by the expression after the second; "marked the anniversary on
        # Friday of the shelling which killed 40": a date before the relative clause is the
        # main verb's
        dated = [
            (main if _coordinated(r, main, p) or _dates_before_relative(r, main, p, exprs) else p, exprs)
            for p, exprs in dated
        ]
    if main is not None and not any(same_frame(r, main, p) for p, _ in dated):
        # the main clause tells an event of its own besides the dated one(s)
        dated = sorted([*dated, (main, [])], key=lambda d: d[0].index)
    return dated, main, reported


def _telling(
    article: Article,
    r: SentenceReading,
    country_name,
    dated: list[tuple[Predicate, list[Any]]],
    previous_person: str,
    previous_speaker: str,
    recent_person: str,
    antecedent: tuple[str, str],
) -> _Telling:
    """What the sentence gives all its events: its actors (with the person of the sentence before
    for a leading "He"), and whether it reports what a source told for this story."""
    actors, places, roles = actors_and_places(r, country_name)
    pronoun = r.tokens[0].lower in ("he", "she") and previous_person
    if pronoun and previous_person not in actors:
        actors.insert(0, previous_person)  # "He demanded ...": the person of the sentence before
    # a verb of saying that no expression dates: what a source told for this story ("Kavan, who
    # lived in London until 1989, said ..."); a date elsewhere in the sentence dates its own clause
    told_at = {p.index for p, es in dated if es}
    reporting = any(
        p.is_speech
        and p.finite
        and p.index not in told_at
        and not (told_at and at_the_time(r, p.index))
        and not past_perfect(r, p.index)  # "Li had said bluntly ...": before the story's time
        and not told_before(r, p.index)  # "Guests initially complained ..."
        and not _perfect_saying(r, p)  # "the minister has said ...": on some day before, not named
        and not _says_nothing(r, p)  # "declared himself president", "a cost estimated at $2 million"
        and _tells_words(r, p)  # not "Ministers argued for hours": an act of the story's scene
        and not _in_time_clause(r, p)  # "one day after Israel announced the end ...": a happening
        for p in r.preds
    )
    cue = continues_previous(r)
    quoted = quoted_speech(r)
    return _Telling(
        article,
        r,
        country_name,
        dated,
        actors,
        places,
        roles,
        previous_person,
        previous_speaker,
        recent_person,
        antecedent,
        bool(pronoun),
        told_at,
        reporting,
        cue,
        quoted,
    )


_TIME_CLAUSE = frozenset(["after", "before", "since", "until", "till", "once"])


def _in_time_clause(r: SentenceReading, p: Predicate) -> bool:
    """Whether a verb of saying opens no report but a time clause ("Only one day after Israel
    announced the end of the operation, shells struck ..."): the saying is a happening the
    sentence times another by, not what a source told the story."""
    for k in range(p.index - 1, max(-1, p.index - 6), -1):
        if r.lows[k] in (",", ";", "--") or any(q.index == k and q.finite for q in r.preds):
            return False
        if r.lows[k] in _TIME_CLAUSE:
            return True
    return False


_WORDS_TOLD = frozenset(['"', "“", "”", "``", "''", ":", "that"])


def _tells_words(r: SentenceReading, p: Predicate) -> bool:
    """Whether a verb of saying reports words: a quotation or "that" in its sentence, a clause after
    it ("said the talks failed"), or one before it that it closes ("The talks failed, he said");
    not a saying told as an act of the story ("Ministers argued for hours", "She spoke at a rally")."""
    nxt = r.lows[p.index + 1] if p.index + 1 < len(r.lows) else "."
    if nxt not in _NO_OBJECT or any(q.finite and q.index != p.index for q in r.preds):
        return True
    if "," in r.lows[max(0, p.index - 8) : p.index]:
        return True  # "..., the newspaper said.": it closes what comes before
    return any(w in _WORDS_TOLD for w in r.lows)


_NO_OBJECT = frozenset(
    [
        *(".", "for", "over", "about", "with", "at", "in", "during", "until", "through", "into", "late"),
        *("loudly", "bitterly", "angrily", "heatedly", "briefly", "long", "again", "and", "but"),
    ]
)
"""Words after a verb of saying that leave it without anything said ("argued for hours")."""


_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves", "myself", "ourselves"])


def _says_nothing(r: SentenceReading, p: Predicate) -> bool:
    """A verb of saying that reports no words: one that makes its object something ("declared
    himself president-for-life", "proclaimed itself a republic") or puts a figure on a thing ("a
    cost estimated at 100 million dollars", "quoted at 1.2 dollars")."""
    nxt = r.lows[p.index + 1] if p.index + 1 < len(r.lows) else ""
    return nxt in _REFLEXIVES or (nxt == "at" and p.lemma in ("estimate", "quote", "put", "value"))


def _perfect_saying(r: SentenceReading, p: Predicate) -> bool:
    """A saying in the present perfect ("X has said", "have announced"), made on a day the story
    does not name; not one in a relative clause ("X, which has maintained ..., said"), which
    describes the speaker while the sentence's own telling may be read elsewhere."""
    return p.tense == "perfect" and not any(
        w in ("which", "who") for w in r.lows[max(0, p.index - 4) : p.index]
    )


def _framed(t: _Telling, pred: Predicate, exprs: list[Any]) -> tuple[EventFrame, Kind, Status] | None:
    """A verb's frame, kind and status, or None when it tells of no one, nowhere, at no time; an
    announcement of an event dated otherwise is a statement, reported."""
    r = t.r
    if prevented(r, pred.index):
        return None  # "rushed the vote through to avoid the merger being delayed": no delay
    if wished(r, pred.index):
        return None  # "wants the plant closed by 2030": nothing closed yet
    if unsaid(r, pred.index) or told_to_subject(r, pred.index):
        return None  # "would not confirm reports that the troops had left": neither done nor said
    frame: EventFrame = build_frame(r, pred)
    if frame.speech is None and t.quoted is not None and pred.index < t.quoted[1]:
        frame.speech = t.quoted[0]  # '"We will ...," said Kelly': Kelly's claim, one event
    kind = frame_kind(r, frame)
    if (
        kind in (Kind.OTHER, Kind.STATEMENT)
        and not t.actors
        and not t.places
        and not exprs
        and not told_by_body(r)
    ):
        return None  # "there's another party involved": no one, nowhere, no time
    status = frame_status(r, frame, kind)
    content = frame.content
    own = [
        es[0]
        for p, es in t.dated
        if p is not pred and content is not None and p.index == content.index and es
    ]
    said_day, own_day = (exprs[0].date if exprs else None), (own[0].date if own else None)
    if said_day is not None and own_day is not None and not _contains(own_day, said_day):
        # "said Tuesday that the talks will resume on Nov. 12": the talks are an event of
        # their own; Tuesday's is the announcement
        kind, status = Kind.STATEMENT, Status.REPORTED
    return frame, kind, status


def _event_title(
    t: _Telling,
    pred: Predicate,
    exprs: list[Any],
    frame: EventFrame,
    kind: Kind,
    status: Status,
    n_same: int,
    firsts: dict[int, tuple[DatedSpan, str]],
    out: list[_Draft],
) -> tuple[str, str, bool] | None:
    """A verb's event title, who said it and whether the title fell back to the trimmed extract of
    the sentence's main clause, or None when it is no event: a second date of one
    verb whose title names nothing that differs, an undated sentence where no one acts, or a title
    the sentence already gave."""
    r = t.r
    previous_person, recent_person = t.previous_person, t.recent_person
    hint = _coordinated_object(r, pred, exprs[0]) if n_same and exprs else ""
    title = make_title(r, frame, t.actors, t.places, t.country_name, ACTOR_KINDS, object_hint=hint)
    if exprs:
        title = _told_by_sayer(t, pred, title)
    if n_same and exprs and pred.index in firsts:
        # a second date of one verb: an event of its own only if its title names what differs
        first_expr, first_title = firsts[pred.index]
        title = clone_title(r, pred, first_expr, exprs[0], first_title) or (title if hint else "")
        if not title or title == first_title:
            return None
    first_word, _, rest = title.partition(" ")
    if t.pronoun and first_word in ("He", "She"):  # the title may be the pronoun alone
        title = _called(t.called, previous_person) + (" " + rest if rest else "")
    person = _called(t.called, previous_person or recent_person) if (previous_person or recent_person) else ""
    role = _role_teller(r)  # '"...," the minister said', '"...," admitted the captain'
    named = _titled_person(role[0], (previous_person, recent_person), t.titled) if role else ""
    by_pronoun = False  # the speaker is whom the sentence's "he said" stands for
    if named:
        speaker = _called(t.called, named)  # the person the text so titled last
    else:
        speaker = _speaker(r, frame, t.country_name, lone=role is None or role[1]) or _role_word(role)
        if not speaker and _told_by_pronoun(r):
            # '"... If he were still alive, he'd know it," he said': the "he" who goes on
            # telling a quotation opened before is its speaker, not someone it named
            goes_on = bool(t.previous_speaker) and r.lows[0] not in _QUOTE_MARKS
            goes_on = goes_on and _opened_before(r, t.article.text)
            if not goes_on and t.sayer_before is not None:
                # 'If Ana Moen comes, Piet Okoro said she would be welcome. "...," he said': he is
                # the one who told the sentence before, not the person it told of
                person = _called(t.called, t.sayer_before) if t.sayer_before else ""
            speaker, by_pronoun = (t.previous_speaker if goes_on else person), True
    quoting = role is None and not speaker and _goes_on_quoting(r)
    sure = not quoting  # a speaker the sentence names (or its quotation's closing attribution)
    if quoting:
        # the second sentence of a quotation: its attribution's speaker; a quotation that opens
        # here and closes later in its paragraph has its speaker named where it closes ('"We are
        # not ... But there is ...," a source told the paper': no one named); one closed by "he
        # said", or by no attribution, goes on quoting the speaker before
        later = _closing_attribution(r, t.article.text)
        if later:
            later = _called(t.called, later)  # "Chen Boliang the head of ... said": "Chen"
        speaker = t.previous_speaker if later is None else later
        sure = later is not None or speaker == t.near_teller
    title = planned_title(title, r, frame, status)  # "agreed to hold talks": "Sides to hold talks"
    built = title
    title = checked_title(title, r, frame, status, speaker, person, t.antecedent)
    fell_back = title != built and not title.startswith(built + " ")  # the main clause's words
    if speaker and _first_person(title) and _in_quotation(r, t.article.text) and (quoting or _told_here(r)):
        # 'Ogata said. "This is not good enough. We must have access ...': the speaker's words;
        # '"Our investigation found ...," General Ana Moen told reporters': hers
        spoken = _spoken(speaker, title)
        if not title_problems(spoken):
            title = spoken
    if not title:
        return None  # neither a headline nor an extract of the sentence: nothing to tell
    if not exprs and kind in (Kind.OTHER, Kind.STATEMENT) and NO_ACTOR_OR_ACT & set(title_problems(title)):
        return None  # "It was a day of reconciliation", "X said.": no one acts, nothing is told
    if speaker and sure and (kind == Kind.STATEMENT or fell_back) and (quoting or _told_here(r)):
        # '"The plan was drawn up long ago," Chen said', or a next sentence of his quotation:
        # the words are the speaker's ("Chen: the plan was drawn up long ago")
        title = _quoted_words_title(title, speaker, r, t.article.text, quoting)
    # '"This is the reason ...," Ivanov said': "Ivanov: this is the reason ..."
    title = spoken_title(title, r, speaker, by_pronoun or (speaker == person and _told_by_pronoun(r)))
    if n_same and any(d.event.title == title for d in out):
        return None  # never two events of one sentence with the same title
    return title, speaker, fell_back


_PRONOUN_SUBJECTS = frozenset(["it", "they", "he", "she"])
_PERSONAL_ROLES = frozenset(
    [
        *("president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy"),
        *("ambassador", "chancellor", "premier", "governor", "mayor", "king", "queen", "prince", "emir"),
        *("leader", "chairman", "chairwoman", "commander", "general", "official", "director", "judge"),
        *("lawyer", "prosecutor", "pope", "sheikh", "chief", "head"),
    ]
)
_SAYING_FORMS = frozenset(["says", "say", "claims", "claim", "tells", "tell", "announces", "announce"])


def _told_by_sayer(t: _Telling, pred: Predicate, title: str) -> str:
    """A dated event that a saying reports, headed by a pronoun that stands for the sayer ("The
    ministry said on Tuesday it had sent troops to the border last month": "It sends troops to
    border"): the sayer heads it ("Ministry sends troops to border"), so that what was done is told
    on its own day and not as a second copy of the saying ("The ministry said it had sent ...").
    Only when the pronoun agrees with the sayer: "he"/"she" for a person or a role, "it" for a
    body or a country, "they" for a plural; the title as it is otherwise."""
    first, _, rest = title.partition(" ")
    word = first.lower()
    if word not in _PRONOUN_SUBJECTS or not rest:
        return title
    r = t.r
    sayings = [s for s in r.preds if s.is_speech and s.finite and s.index < pred.index]
    speech = next((s for s in reversed(sayings) if pred in complement(r, s)), None)
    if speech is None or word not in r.lows[speech.index + 1 : pred.index]:
        return title
    if speech.index == 0 or r.lows[speech.index - 1] in ("who", "which", "that", ","):
        return title  # ("a successor to Freeman, who said he would step down": the sayer is not named here)
    said = make_title(r, build_frame(r, speech), t.actors, t.places, t.country_name, ACTOR_KINDS)
    words = said.split()
    at = next((k for k, w in enumerate(words) if k and w.lower() in _SAYING_FORMS), 0)
    sayer = words[:at]
    if not sayer or sayer[0].lower() in _PRONOUN_SUBJECTS or sayer[-1].lower() in _PRONOUN_SUBJECTS:
        return title
    last = sayer[-1].lower()
    named = any(m.kind == "person" and m.text.split()[-1] == sayer[-1] for m in r.mentions)
    person = last in _PERSONAL_ROLES or named
    plural = (last.endswith("s") and not person and not last.endswith("ss")) or last in ("police", "people")
    if (word in ("he", "she")) != person or (word == "they") != plural:
        return title
    told = " ".join([*sayer, rest])
    return title if title_problems(told) else told


def _called(called: Mapping[str, str], person: str) -> str:
    """What a headline calls a person: the one word the article calls them by alone (``called``:
    "Mobutu" for "Mobutu Sese Seko"), else the surname."""
    return called.get(person) or surname(person)


def _event_draft(
    t: _Telling,
    pred: Predicate,
    expr: DatedSpan | None,
    n_same: int,
    title: str,
    kind: Kind,
    status: Status,
    speaker: str,
) -> _Draft:
    """A verb's event with what dating it later needs: its tense (that of its finite clause),
    whether it reports, steps back or says."""
    r, article = t.r, t.article
    s = r.sentence
    quote = article.text[s.start : s.end]
    if t.subject_person is None:
        t.subject_person = _subject_person(r)
    subject = t.subject_person
    event = Event(
        id=event_id(article.id, s.start, s.end, pred.index + 1000 * n_same),
        title=title,
        when=expr.date if expr is not None else None,
        description=quote,
        actors=tuple(t.actors),
        places=tuple(t.places),
        kind=kind,
        status=status,
        sources=(Source(article.id, s.start, s.end, quote),),
        expression=expr.text if expr is not None else "",
        explanation=expr.explanation if expr is not None else "",
        roles=tuple(t.roles),
    )
    people = {a for a in t.actors if not country_name_is(a)}
    # a verb that is not finite takes the tense of its clause's finite verb: the one before it
    # ("lived up to its billing by defeating Egypt to lift the title", "was at the head, pushing
    # ..."), else the one after it ("Speaking in Oslo, he said ...")
    before = [q for q in r.preds if q.index < pred.index and q.finite]
    after = (q for q in r.preds if q.index > pred.index and q.finite)
    clause = pred if pred.finite else (before[-1] if before else next(after, pred))
    tense = "future" if status is Status.PLANNED else clause.tense
    return _Draft(
        event,
        s.paragraph,
        tense,
        expr is not None,
        people,
        subject or t.previous_person,
        speaker=speaker,
        reporting=expr is None and (t.reporting or (not t.told_at and _says(clause, tense, r))),
        said=expr is None and t.reporting,
        told_now=_told_now(r, clause) if expr is None and t.reporting else "",
        cue=t.cue,
        back=steps_back(r, clause.index),
        had=had_done(r, pred.index),
        said_on=expr is not None and pred.is_speech and _said_on(r, pred.index, expr),
        saying=pred.is_speech,
        verb=pred.lemma,
        timed=bool(t.told_at),
        before_news=None if _dates_a_day(t.dated) else _before_news(r, pred),
    )


_DAY_OR_FINER = frozenset([Precision.DAY, Precision.HOUR, Precision.MINUTE])


def _dates_a_day(dated: list[tuple[Predicate, list[DatedSpan]]]) -> bool:
    """Whether a sentence names a day of its own ("57 days after the April 20 explosion")."""
    return any(e.date is not None and e.date.precision in _DAY_OR_FINER for _, es in dated for e in es)


def _before_news(r: SentenceReading, pred: Predicate) -> tuple[int, str] | None:
    """How many days before the story's news a verb after "It comes a day after" happened."""
    after = comes_after(r)
    return (after[1], after[2]) if after is not None and pred.index > after[0] else None


def _at_the_time(r: SentenceReading, out: list[_Draft], anchors: list[tuple[int, int]]) -> None:
    """ "Tensions rose on Monday when the minister announced ...": an event of a "when" or "as"
    clause with no date of its own takes the one date its sentence gives."""
    dates = {d.event.when.iso(): d for d in out if d.own_date and d.event.when is not None}
    if len(dates) != 1:
        return
    (source,) = dates.values()
    k = next(k for k, d in enumerate(out) if d is source)
    if anchors[k][0] in asides(r):
        return  # "Nhek, who fled after a coup last year, appeared confident as he arrived": the aside's date
    dated = source.event
    when = dated.when
    assert when is not None
    for draft, (first, last) in zip(out, anchors, strict=True):
        if (
            draft.event.when is None
            and first == last
            and same_tense_family(draft.tense, source.tense)
            and at_the_time(r, first)
        ):
            draft.event = draft.event.with_changes(
                when=when,
                expression=dated.expression,
                explanation=f"no date of its own; it happens at the time of its sentence's "
                f"{dated.expression!r}: {when.iso()}",
            )
            draft.own_date = True


def _attributed_clauses(
    r: SentenceReading, out: list[_Draft], anchors: list[tuple[int, int]], own: list[bool], used: set[int]
) -> None:
    """ "Moskal said the two men showed up the day after his death": an event dated by an
    expression of its own clause is told by its own words; the attribution ("Moskal said", ", police
    said.") happened when it was told, not then, and is left out of the event's source."""
    speech = [(p.index, p.index) for p in r.preds if p.is_speech and p.finite and p.index not in used]
    if not speech or not any(own):
        return
    spans = clause_spans(r, anchors + speech)
    s = r.sentence
    for k, draft in enumerate(out):
        if own[k] and spans[k] != (s.start, s.end):
            draft.clause, draft.attributed = spans[k], True


def _statement_clauses(r: SentenceReading, out: list[_Draft], anchors: list[tuple[int, int]]) -> None:
    """A statement cut to a clause of its sentence keeps who made it: "Prices fell in February,
    the Bank of Korea (BOK) said Friday" gives the statement "the Bank of Korea (BOK) said Friday",
    not ") said Friday"; "Rubin, who ..., said the meeting was ..." gives Rubin with what he
    said, as a reader of the quote expects. Only the speaker and the verb of saying are added
    (from the same sentence): the clauses of the other events it tells stay theirs."""
    speech = [p for p in r.preds if p.is_speech and p.finite]
    for d in out:
        if d.clause is None or not (d.saying or d.told_on is not None or is_saying(d.event.title)):
            continue
        start, end = d.clause
        inside = [p for p in speech if start <= r.tokens[p.index].start < end]
        before = [p for p in speech if r.tokens[p.index].start < start]
        verb = inside[0] if inside else before[-1] if before else None
        opens = next((i for i, t in enumerate(r.tokens) if t.start >= start), len(r.tokens))
        if (
            not inside
            and verb is not None
            and any(p.finite and not p.is_speech and verb.index < p.index < opens for p in r.preds)
        ):
            continue  # the saying before tells another clause ("X says ..., Y refused to ...")
        if verb is None:
            continue
        first = _speaker_start(r, verb)
        at = r.tokens[first].start
        d.clause = (min(start, at), max(end, r.tokens[verb.index].end))
        k = first - 1
        while k > 0 and r.lows[k] in (",", ";", "--"):
            k -= 1
        for o, (_, last) in zip(out, anchors, strict=True):
            # the clause before gives up the attribution ("Prices fell in February, | the BOK said")
            if o.clause is not None and o is not d and o.clause[0] < at < o.clause[1] <= end and last <= k:
                o.clause = (o.clause[0], r.tokens[k].end)


_AUXILIARIES = frozenset(["did", "does", "do", "has", "have", "had", "will", "would", "is", "was"])


def _speaker_start(r: SentenceReading, verb: Predicate) -> int:
    """The first token of who a verb of saying names before it: its subject ("Foreign Minister
    Sergei Lavrov said"), the name right before it past an abbreviation in brackets ("the Bank of
    Korea (BOK) said"), or the words right before it ("But Shanghai police did say"), with their
    article; the verb itself when it names no one before."""
    m = subject_of(r, verb, ACTOR_KINDS)
    first = m.first if m is not None and m.last <= verb.index else verb.index
    if first == verb.index:
        j = verb.index
        while j > 0 and (r.lows[j - 1] in ADVERBS or r.lows[j - 1] in _AUXILIARIES):
            j -= 1
        if j > 2 and r.lows[j - 1] == ")" and "(" in r.lows[max(0, j - 4) : j - 1]:
            j = max(k for k in range(max(0, j - 4), j - 1) if r.lows[k] == "(")
        m = r.mention_at(j - 1) if j > 0 else None
        if m is not None:
            first = m.first
        else:
            k = j
            while k > max(0, j - 5) and r.tokens[k - 1].text.isalpha():
                if r.lows[k - 1] in FUNCTION_WORDS:
                    break
                k -= 1
            if k < j and not any(k <= p.index < j for p in r.preds):
                first = k
    while first > 1 and r.lows[first - 1] in ("of", "for") and r.tokens[first - 2].text[:1].isupper():
        first -= 2  # "the Bank of Korea": the whole name, not the country in it
        while first > 0 and r.tokens[first - 1].text[:1].isupper() and r.tokens[first - 1].text.isalpha():
            first -= 1
    if first > 0 and r.lows[first - 1] in ("the", "a", "an"):
        first -= 1
    return first


def _anchor(r: SentenceReading, pred: Predicate, expr: DatedSpan | None, shared: bool) -> tuple[int, int]:
    """The tokens an event's own clause must hold: its verb (unless another event of the
    sentence has it too) and the expression that dates it."""
    span = next(((a, b - 1) for a, b, e in r.expressions if e is expr), None) if expr is not None else None
    if span is None:
        return pred.index, pred.index
    return (span[0], span[1]) if shared else (min(pred.index, span[0]), max(pred.index, span[1]))


def _tells_same(a: str, b: str) -> bool:
    """Two titles of one sentence that tell one happening: the same, similar, or the same lemmas."""
    return a == b or similar_titles(a, b) or same_telling(a, b)


def _tells_clause_again(shown: str, retold: str) -> bool:
    """Whether a side clause's copy titled ``retold`` tells what its sentence's event titled
    ``shown`` tells: the same happening (:func:`_tells_same`) or its main clause again
    (:func:`~timeline_app.core.extract.dupes.main_clause_again`)."""
    return _tells_same(shown, retold) or main_clause_again(shown, retold)


def _has_word(title: str, word: str) -> bool:
    return _word_pattern(word).search(title) is not None


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The pattern of a whole word, compiled once (compiling it per call, past the re module's
    cache of 512 patterns, cost 3 % of extraction)."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _later(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    """Whether date ``a`` reaches past the end of date ``b`` ("in March" after "on Monday" the 10th
    of March: a plan for later that month; "Wednesday's close" beside Thursday's is not)."""
    return a is not None and b is not None and a.end_days > b.end_days


def _contains(outer: FuzzyDate, inner: FuzzyDate) -> bool:
    return outer.start_days <= inner.start_days and inner.end_days <= outer.end_days


def _coordinated_object(r: SentenceReading, pred: Predicate, expr: DatedSpan) -> str:
    """ "seized Goma in January and Bukavu in February": for the verb's second date, the object
    coordinated just before that date ("Bukavu")."""
    span = next(((a, b) for a, b, e in r.expressions if e is expr or e.start == expr.start), None)
    if span is None:
        return ""
    i = span[0] - 1
    while i > pred.index and r.lows[i] in ("in", "on", "at", "during", "late", "early", "by"):
        i -= 1
    m = r.mention_at(i)
    if m is None or m.first <= pred.index or r.lows[m.first - 1] != "and":
        return ""
    return m.name


def _coordinated(r: SentenceReading, first: Predicate, second: Predicate) -> bool:
    """ "killed four and wounded 20 on Wednesday": one event; "denied any role and closed its
    airspace on Thursday" is two (different kinds)."""
    kinds = (predicate_kind(r, first), predicate_kind(r, second))
    if kinds[1] not in (None, Kind.OTHER) and kinds[0] != kinds[1]:
        return False
    return (
        first.index < second.index
        and second.finite
        and second.tense == first.tense
        and r.segs[first.index] == r.segs[second.index]
        and "and" in r.lows[first.index + 1 : second.index]
    )


def _teller(
    r: SentenceReading, country_name, titled: Mapping[str, frozenset[str]], called: Mapping[str, str]
) -> str:
    """The short name of who tells a sentence of saying, read as for its events' titles."""
    role = _role_teller(r)
    named = _titled_person(role[0], (), titled) if role else ""
    if named:
        return _called(called, named)
    return _speaker(r, None, country_name, lone=role is None or role[1]) or _role_word(role)


def _titled_person(words: frozenset[str], near: Sequence[str], titled: Mapping[str, frozenset[str]]) -> str:
    """The person a role with no name stands for ("the former minister"): the person of the
    sentences before when the text gave them all its role words, else the latest person it so
    titled; "" when it titled no one so."""
    for person in near:
        if person and words <= titled.get(person, frozenset()):
            return person
    return next((p for p in reversed(list(titled)) if words <= titled[p]), "")


def _role_word(role: tuple[frozenset[str], bool, str] | None) -> str:
    """ "Captain" for an inverted '"...," admitted the captain' whose person is unknown."""
    return role[2].capitalize() if role is not None and role[1] else ""


def _speaker(r: SentenceReading, frame: EventFrame | None, country_name, lone: bool = True) -> str:
    """The short name of who tells the sentence (its subject, else its speaker) for a title; not,
    when ``lone`` is False (a role with no name tells the quotation), a lone name or the noun
    phrase after an inverted verb ('"...," the minister said, the agency Wam reported': not Wam)."""
    from timeline_app.core.extract.phrases import short_name
    from timeline_app.core.extract.titles import subject_of

    speech = [q for q in r.preds if q.finite and q.is_speech]
    marks = sum(1 for w in r.lows if w in _QUOTE_MARKS)
    all_quoted = marks == 1 and r.lows[0] in _QUOTE_MARKS  # a quotation that goes on past the sentence
    for p in (*((frame.speech, frame.pred) if frame is not None else ()), *speech):
        if p is not None and marks and (all_quoted or in_direct_speech(r, p.index)):
            continue  # '"Ernest Hemingway set up a camp here ...," he said': not Hemingway's words
        m = subject_of(r, p, ACTOR_KINDS) if p is not None else None
        if m is not None and role_after(r, m):
            return f"{m.text} {role_after(r, m)}"  # "the France coach said": the coach
        if m is not None and one_of_a_people(r, m):
            # '"...," said the Scot', 'said one British source': a person of that people, never
            # the state; the noun it qualifies when there is one
            return people_speaker(r, m)
        if m is not None and m.text.lower() not in ("i", "we", "he", "she", "they", "it"):
            return short_name(m, country_name)
    if not lone:
        return ""
    named = _lone_name_telling(r, speech)
    if named:
        return named
    lead = r.mention_at(0)
    if (
        lead is not None
        and lead.kind == "person"
        and lead.last < len(r.lows)
        and r.lows[lead.last] == ","
        and speech
        and not any(q.finite and lead.last < q.index < speech[0].index for q in r.preds)
    ):
        return short_name(lead, country_name)  # "Karaha, speaking in Goma, said ...": the name, set apart
    for q in speech[-1:]:
        # '"...," said a Western diplomat who ...': the speaker's noun phrase after an inverted
        # "said" (not the audience after "told": "he told a news conference")
        if q.lemma != "say" or q.index == 0 or r.lows[q.index - 1] not in (",", '"', "”", "''"):
            break
        words = []
        for t in r.tokens[q.index + 1 : q.index + 6]:
            if not t.lower.isalpha() or t.lower in ("who", "which", "that", "on", "in", "at", "after"):
                break
            words.append(t.text)
        while words and words[0].lower() in ("a", "an", "the", "one"):
            words.pop(0)
        if words and words[-1][:1].islower() and words[-1].lower() not in ("he", "she", "they", "it", "we"):
            return " ".join(words)[:1].upper() + " ".join(words)[1:]
    return ""


_QUOTE_MARKS = QUOTE_TOKENS
_CLOSING_MARKS = frozenset(['"', "”", "''"])
_AFTER_TELLER = frozenset([".", ",", ";", "on", "in", "at", "after", "who", "during", "to", "as", "when"])


def _role_teller(r: SentenceReading) -> tuple[frozenset[str], bool, str] | None:
    """The role word of a teller the sentence names by a role alone, for its quotation: a verb of
    saying after "the" and a role ('"...," the minister said'), or any verb right after the close
    of a quotation followed by one ('"...," admitted the captain'): its role words, whether it
    comes inverted, and its head. None when no such teller tells the sentence (a sentence without
    quote marks never has one)."""
    from timeline_app.core.extract.titles import AUX

    lows = r.lows
    if not _QUOTE_MARKS & set(lows):
        return None
    for p in r.preds:
        if not p.finite:
            continue
        i = p.index
        if i >= 2 and lows[i - 1] in _CLOSING_MARKS and lows[i - 2] in (",", "?", "!"):
            # an inverted attribution: "the" (an adjective or two) and a role, then nothing more
            if i + 2 < len(lows) and lows[i + 1] == "the":
                for k in range(i + 2, min(i + 5, len(lows))):
                    if r.tokens[k].text[:1].isupper() or not lows[k].isalpha():
                        break
                    if lows[k] in ROLE_WORDS and (k + 1 == len(lows) or lows[k + 1] in _AFTER_TELLER):
                        return frozenset(w for w in lows[i + 2 : k + 1] if w in ROLE_WORDS), True, lows[k]
            continue
        if p.is_speech:
            j = i - 1
            while j >= 0 and (lows[j] in AUX or lows[j] in ADVERBS):
                j -= 1
            if _definite_role(r, j):
                k = j
                while k > 0 and lows[k - 1] != "the":
                    k -= 1
                return frozenset(w for w in lows[k : j + 1] if w in ROLE_WORDS), False, lows[j]
    return None


def _opened_before(r: SentenceReading, text: str) -> bool:
    """Whether a quotation opened before the sentence is still open where it starts: in its
    paragraph, or, when it opens its line, on the line before (text with a sentence a line)."""
    start = r.sentence.start
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    if not before.strip() and line > 0:
        before = text[text.rfind("\n", 0, line - 1) + 1 : line]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _told_here(r: SentenceReading) -> bool:
    """Whether the sentence names who tells its quotation, by a verb of saying outside the quote
    marks ('"...," General Moen told reporters')."""
    return any(p.is_speech and p.finite and not in_direct_speech(r, p.index) for p in r.preds)


def _lone_name_telling(r: SentenceReading, speech: list[Predicate]) -> str:
    """A lone capitalised word that no list knows, right before a verb of saying ("Flintoff had
    said", "Mafokate says") or right after an inverted one ('", said Mafokate'): the speaker the
    sentence names, never one of a sentence before."""
    from timeline_app.core.extract.titles import AUX

    for p in speech:
        j = p.index - 1
        while j >= 0 and (r.lows[j] in AUX or r.lows[j] in ADVERBS):
            j -= 1
        inverted = p.index > 0 and r.lows[p.index - 1] in (",", '"', "”", "''")
        for k in (j, p.index + 1 if inverted else -1):
            m = r.mention_at(k) if 0 <= k < len(r.tokens) else None
            if (
                m is not None
                and m.kind == "unknown"
                and m.last - m.first == 1
                and len(m.text) > 2
                and m.text.isalpha()
                and m.text[:1].isupper()
                and m.text[1:].islower()
                and m.text.lower() not in FUNCTION_WORDS
                and not m.possessive  # "said Wei's colleague"
                and not (m.first > 0 and r.lows[m.first - 1] in ("the", "a", "an"))  # "the Socialist said"
                and not (m.first == 0 and _plural_noun(m.text))  # "Analysts said"
            ):
                return m.text
    return ""


def _common_words(name: str) -> bool:
    """A name taken for a person by its shape whose words are plain English words ("International
    Volunteer's Day") or that ends in a plural noun ("North Koreans"): surely no one."""
    from timeline_app.core.extract.wordclass import classes

    words = name.split()
    return _plural_noun(words[-1]) or all(classes(w) for w in words)


def _plural_noun(word: str) -> bool:
    """A plural common noun ("Analysts", "Officials"): capitalised only by its place."""
    from timeline_app.core.extract.wordclass import noun_lemmas

    return any(lemma != word.lower() for lemma in noun_lemmas(word))


def _goes_on_quoting(r: SentenceReading) -> bool:
    """A sentence with quote marks or in the first person, and no verb of saying: it goes on
    with the quotation of the sentence before."""
    if any(p.is_speech and p.finite and not _said_by_self(r, p) for p in r.preds):
        return False
    return any(w in ('"', "“", "”", "``", "''") for w in r.lows) or r.lows[:1] in (
        ["i"],
        ["we"],
        ["our"],
        ["my"],
    )


def _said_by_self(r: SentenceReading, p: Predicate) -> bool:
    """A verb of saying whose subject is "I" or "we" ('"We think they set him up."'): the
    speaker's own words, no attribution."""
    from timeline_app.core.extract.titles import AUX

    j = p.index - 1
    while j >= 0 and (r.lows[j] in AUX or r.lows[j] in ADVERBS):
        j -= 1
    return j >= 0 and r.lows[j].replace("’", "'").split("'", 1)[0] in ("i", "we")


_ATTRIBUTION = re.compile(
    r"^[\s,]*(?:(?P<verb>said|says|told|added|adds|explained|stressed|insisted)\s+(?P<after>[^.;\n]{1,90})"
    r"|(?P<before>[^.;\n\"”]{1,90}?)\s+(?:said|says|told|added|adds|explained|stressed|insisted)\b)"
)


def _closing_attribution(r: SentenceReading, text: str) -> str | None:
    """For a sentence that opens a quotation closed later in its paragraph, who the closing
    attribution names: a surname, or "" for someone unnamed ("a source told the paper"); None
    when the quotation is closed in the sentence, runs on to the next paragraph, or closes on
    "he said" or on no attribution (the speaker before goes on)."""
    if not r.lows or r.lows[0] not in ('"', "“", "``"):
        return None
    straight = sum(1 for w in r.lows if w == '"')
    closing = sum(1 for w in r.lows if w in ("”", "''"))
    if (straight % 2 == 0) if r.lows[0] == '"' else closing > 0:
        return None  # closed in the sentence itself
    end = text.find("\n", r.sentence.end)
    rest = text[r.sentence.end : end if end >= 0 else len(text)]
    if not rest.strip() and end >= 0:
        # the sentence ends its line: a quotation that goes on on the next line with no quote
        # mark of its own (text with a sentence a line) closes there
        after = text.find("\n", end + 1)
        rest = text[end + 1 : after if after >= 0 else len(text)]
        if rest.lstrip()[:1] in ('"', "“", "`", "'"):
            return None  # a new paragraph of quotation: the speaker before goes on
    close = min((k for k in (rest.find('"'), rest.find("”")) if k >= 0), default=-1)
    if close < 0:
        return None
    m = _ATTRIBUTION.match(rest[close + 1 :])
    if m is None:
        return None
    who = (m.group("after") or m.group("before") or "").strip()
    words = who.split(",", 1)[0].split()  # 'said Ando, who will skate in the Final': Ando
    if not words or words[0].lower() in ("he", "she", "they", "we", "i"):
        return None
    # the first name it gives, whole ("Chen Boliang the head of the Foreign Ministry said"),
    # not a body before a role ("Red Cross director Ana Berg said": Ana Berg)
    runs: list[tuple[list[str], bool]] = []  # (capitalised words, whether a role word follows)
    run: list[str] = []
    for w in words:
        if w[:1].isupper() and w.lower() not in ("the", "a", "an", "afp"):
            run.append(w.strip(","))
            if not w.endswith(","):
                continue
            w = ","
        if run:
            runs.append((run, w.lower() in ROLE_WORDS))
            run = []
    if run:
        runs.append((run, False))
    names = next((run for run, before_role in runs if not before_role), runs[-1][0] if runs else [])
    return " ".join(names)


def _told_by_pronoun(r: SentenceReading) -> bool:
    """'"...," he said.', '"...," said he': the speaker is the person of the sentence before. Not
    "Flintoff had said he hoped ...": a "he" after the verb is the subject of what was said,
    unless the verb comes inverted after the quotation."""
    from timeline_app.core.extract.titles import AUX

    for p in (q for q in r.preds if q.is_speech and q.finite):
        j = p.index - 1
        while j >= 0 and (r.lows[j] in AUX or r.lows[j] in ADVERBS):
            j -= 1  # "he had said", "he also said"
        if j >= 0 and r.lows[j] in ("he", "she"):
            return True
        inverted = p.index > 0 and r.lows[p.index - 1] in (",", '"', "”", "''")
        after = r.lows[p.index + 1] if p.index + 1 < len(r.lows) else ""
        if after in ("he", "she") and (inverted or _definite_role(r, j)):
            return True  # "The former minister said he hoped ...": the person before
    return False


_INDEFINITE = frozenset(["a", "an", "one"])
_BODIES = frozenset(["org", "country", "group"])


def _sayer_before(before: SentenceReading, person: str) -> str | None:
    """For a next sentence's '"...," he said': the person the sentence ``before`` names telling
    (its verb of saying's subject, outside quote marks) when that is not ``person``, whom "he"
    would stand for otherwise ("Gingrich is to visit Taiwan, a presidential spokesman said": ""
    for a teller with a role and no name, the "he" unsure); None when it names no such teller,
    or one that is no person ("police said"): "he" as before."""
    from timeline_app.core.extract.titles import AUX

    for p in before.preds:
        if not (p.is_speech and p.finite) or in_direct_speech(before, p.index):
            continue
        m = subject_of(before, p, ACTOR_KINDS)
        if m is not None and m.kind == "person":
            same = bool(person) and surname(person) in m.name.split()
            return None if same else m.name
        lows = before.lows
        j = p.index - 1
        while j >= 0 and (lows[j] in AUX or lows[j] in ADVERBS):
            j -= 1
        inverted = p.index > 0 and lows[p.index - 1] in (",", '"', "”", "''")
        span = range(p.index + 1, min(p.index + 6, len(lows))) if inverted else range(max(0, j - 4), j + 1)
        words = [lows[k] for k in span]
        if inverted:
            new_role = words[:1] in (["a"], ["an"], ["one"]) and not ROLE_WORDS.isdisjoint(words)
        else:
            new_role = j >= 0 and lows[j] in ROLE_WORDS and not _INDEFINITE.isdisjoint(words)
        if new_role:
            # "a Taiwan presidential spokesman said": the body he speaks for; "a spokesman said":
            # someone new, unnamed; another name in the phrase: "he" as before
            names = [m for k in span if (m := before.mention_at(k)) is not None]
            if not names:
                return ""
            return names[0].name if names[0].kind in _BODIES else None
    return None


def _definite_role(r: SentenceReading, j: int) -> bool:
    """Whether the words ending at ``j`` are a role with "the" and no name ("the former
    minister"): a person the text named before, not someone new ("a Chinese delegate")."""
    if j < 0 or r.lows[j] not in ROLE_WORDS or r.mention_at(j) is not None:
        return False
    k = j
    while k > 0 and k - j < 4 and r.lows[k - 1].isalpha() and r.lows[k - 1] not in ("the", "a", "an"):
        k -= 1
    return k > 0 and r.lows[k - 1] == "the" and not any(r.tokens[i].text[:1].isupper() for i in range(k, j))


SPOKEN_OPENERS = frozenset(["we", "i", "our", "my", "us", "me", "you", "your"])


def _quoted_pronoun(title: str, r: SentenceReading) -> bool:
    """A title that opens on the first person of a quotation whose speaker is not named yet."""
    first = title.split(" ", 1)[0]
    return (
        first.lower() in SPOKEN_OPENERS
        and first != "US"
        and any(w in ('"', "“", "”", "``", "''") for w in r.lows)
    )


def _in_quotation(r: SentenceReading, text: str) -> bool:
    """Whether the sentence has quote marks, or a quotation its paragraph opened before it is
    still open: words in the first person outside quote marks are the writer's own (an op-ed's
    "We mobilized ..."), never a speaker's."""
    if any(w in ('"', "“", "”", "``", "''") for w in r.lows):
        return True
    start = r.sentence.start
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _first_person(title: str) -> bool:
    """A title that opens on the first person ("We must ...", "Our stance ...", "We're not ...")."""
    first = title.split(" ", 1)[0].replace("’", "'").split("'", 1)[0]
    # not "US president: ...": a country, and a title that names its speaker already
    return first.lower() in SPOKEN_OPENERS and first != "US" and ": " not in title[:40]


def _quoted_words_title(title: str, speaker: str, r: SentenceReading, text: str, quoting: bool) -> str:
    """A title made of the words of a quotation, with its speaker before them ("Sucden: gains were
    limited ..."): when its first word is inside the quote marks (or the sentence goes on with a
    quotation opened before), and the speaker is named in the sentence or goes on from the
    sentence before; the title as it is otherwise, or when that adds a fault."""
    from timeline_app.core.extract.wordclass import classes

    if not title or ": " in title[:40] or not speaker or speaker.split()[0].lower() in _PRONOUN_SUBJECTS:
        return title
    first = title.split(" ", 1)[0].lower()
    k = next((i for i, w in enumerate(r.lows) if w == first), None)
    if k is None:
        return title
    marks = any(w in _QUOTE_MARKS for w in r.lows)
    if not (in_direct_speech(r, k) or (quoting and not marks and _in_quotation(r, text))):
        return title  # the writer's words around the quotation, not the speaker's
    if any(
        p.is_speech and p.finite and p.index < k and in_direct_speech(r, p.index) and not _said_by_self(r, p)
        for p in r.preds
    ):
        return title  # '"The director general said that ...," Rockwell said': another's words
    last = speaker.split()[-1]
    if not quoting and last not in {tok.text for tok in r.tokens}:
        return title  # a speaker the sentence does not name
    if last in title.split():
        return title  # '"...," said Dr. Hall': the title names its speaker already
    m = r.mention_at(k)
    word = title.split(" ", 1)[0]
    bare = word.replace("’", "'").split("'", 1)[0].lower()  # "They've"
    named = (m is not None and m.kind not in ("thing", "unknown")) or word in ("I", "I'm", "I’m")
    named = named or not classes(bare)  # "Westpac is ...": a name no list knows
    named = named and bare not in FUNCTION_WORDS and bare not in ("the", "a", "an")
    words = title if named else lower_first(title)  # "Greece makes ...", not "greece makes ..."
    spoken = f"{speaker}: {words}"
    if words.endswith("…"):  # a cut title stays cut, with its mark: the speaker may not hide the cut
        body = spoken.removesuffix("…")
        spoken = body + "…" if len(body) < MAX_TITLE else cut_title(body, MAX_TITLE - 1)
    elif len(spoken) > MAX_TITLE:
        spoken = cut_title(spoken, MAX_TITLE)
    return spoken if len(title_problems(spoken)) <= len(title_problems(title)) else title


def _spoken(speaker: str, title: str) -> str:
    first = title.split(" ", 1)[0].replace("’", "'").split("'", 1)[0]
    spoken = f"{speaker}: {title if first == 'I' else lower_first(title)}"  # "I'm", "we're"
    if len(spoken) <= MAX_TITLE:
        return spoken
    return cut_title(spoken.removesuffix("…"), MAX_TITLE)  # the speaker's name may not push it over


def _subject_thing(r: SentenceReading, country_name) -> tuple[str, str]:
    """The organisation, country or group the sentence's main clause is about, as (for a next
    "It ...", for a next "They ...")."""
    from timeline_app.core.extract.phrases import short_name
    from timeline_app.core.extract.titles import _coordinated, subject_of

    main = _main_finite(r)
    group = _demonym_group(r, main)
    if group:
        return "", group
    m = subject_of(r, main, ACTOR_KINDS) if main is not None else None
    if m is None and main is not None:
        m = _heading_body(r, main)
    closing = trailing_attribution(r)
    if m is None and closing is not None:
        # "Demand for oil will rise by 2 percent, the agency said. It has lowered ...": a body
        # that said it, when what it said has no actor for subject
        teller = _body_telling(r, closing)
        if teller is not None:
            main, m = closing, teller
    told = m is not None and main is closing
    if m is not None and main is not None and m.kind == "person" and not told and m.last <= main.index:
        return "", _meeting_pair(r, m, main, country_name)  # "Ruiz met Berg. They agreed ...": both
    if m is None or main is None or m.kind == "person" or (m.last > main.index and not told):
        return "", ""  # (a name after the verb is no subject: "X said the lifting of sanctions on Iraq ...")
    first = r.mention_at(m.first - 2) if m.first >= 2 and r.lows[m.first - 1] == "and" else None
    if first is not None and first.first == (1 if r.lows[:1] == ["the"] else 0) and first.kind != "person":
        m = first  # "Turkey and Israel ... boosted": the first of the two, and the other below
    listed = r.mention_at(m.first - 2) if m.first >= 2 and r.lows[m.first - 1] in (",", "and", "or") else None
    if listed is not None and listed.kind in ACTOR_KINDS:
        return "", ""  # "Bhutan, Brunei, Oman and the Palestinian territories went home": not one of them
    other = _coordinated(r, m, main, ACTOR_KINDS)
    if other is not None:
        # "Turkey and Israel, whose relations ..., boosted their ties. They signed ...": both
        return "", f"{short_name(m, country_name)} and {short_name(other, country_name)}"
    if r.lows[m.last : m.last + 1] in (["and"], ["or"]):
        return "", ""
    name = short_name(m, country_name)
    plural = m.kind == "group" or (name.endswith("s") and not name.endswith("ss"))
    if plural and m.kind in ("country", "org"):
        return name, name  # "The United States ... It ...", "... their efforts": one body, told either way
    return ("", name) if plural else (name, "")


def _meeting_pair(r: SentenceReading, m: Mention, main: Predicate, country_name) -> str:
    """ "Ruiz and Berg" when a person who is the subject of the main verb met, held talks or
    talked with another person named right after it ("Ruiz held talks with Vessland's prime
    minister Tomas Berg"), for a next "they"; else ""."""
    from timeline_app.core.extract.phrases import short_name

    k = main.index + 1
    if main.lemma == "hold" and r.lows[k : k + 1] == ["talks"]:
        k += 1
    elif main.lemma not in ("meet", "talk"):
        return ""
    other = next((o for o in r.mentions if o.first >= k and o.kind == "person"), None)  # (past "Vessland's")
    if other is None or other.first - k > 6:
        return ""
    if any(w in (",", "and", "or", ".", "(") for w in r.lows[k : other.first]):
        return ""
    if r.lows[other.last : other.last + 1] in (["and"], [","]) or other.possessive:
        return ""  # "met Berg and his ministers", "met Berg, who ...": not the two alone
    first, second = short_name(m, country_name), short_name(other, country_name)
    return f"{first} and {second}" if first and second and first != second else ""


def _body_telling(r: SentenceReading, said: Predicate) -> Mention | None:
    """The country or body named right before or after a closing verb of saying (", the IEA
    said", ", said the central bank"), never a person."""
    for m in r.mentions:
        before = m.last == said.index
        after = m.first - said.index in (1, 2) and r.lows[said.index + 1 : m.first] in ([], ["the"])
        body = m.kind in ("country", "org") or (m.kind == "unknown" and m.text.isupper() and len(m.text) > 1)
        if (before or after) and body and not m.possessive:
            return m
    return None


def _main_finite(r: SentenceReading) -> Predicate | None:
    """The sentence's first finite verb outside a relative clause ("The veterans, who included
    patients, set up ...": "set"), else its first finite verb."""
    finite = [p for p in r.preds if p.finite]
    return next((p for p in finite if not in_relative(r, p)), finite[0] if finite else None)


_VERB_GROUP = frozenset(["has", "have", "had", "is", "was", "are", "were", "been", "be", "will", "would"])


def _heading_body(r: SentenceReading, main: Predicate) -> Mention | None:
    """The country or body whose name opens the sentence and is the subject of its main verb,
    with nothing between them but auxiliaries, adverbs or an apposition between commas ("The
    United States has been distancing itself", "EDS, a provider of services, is ...")."""
    m = r.mention_at(1 if r.lows[:1] == ["the"] else 0)
    if m is None or m.kind not in ("country", "org", "group") or m.possessive or m.last > main.index:
        return None
    k = m.last
    other = r.mention_at(k + 1) if r.lows[k : k + 1] == ["and"] else None
    if other is not None and other.first == k + 1 and other.kind in ("country", "org", "group"):
        k = other.last  # "Turkey and Israel, whose relations ..., boosted"
    if r.lows[k : k + 1] == [","]:
        close = next((i for i in range(main.index - 1, k, -1) if r.lows[i] == ","), None)
        relative = r.lows[k + 1 : k + 2] in (["who"], ["whose"], ["which"])  # its own verb is no matter
        if close is None or (not relative and any(p.finite and k < p.index < close for p in r.preds)):
            return None
        k = close + 1
    if r.lows[k : k + 1] == ["("] and r.lows[k + 2 : k + 3] == [")"] and r.tokens[k + 1].text.isupper():
        k += 3  # "The Reserve Bank of Norland (RBN) cut ...": its initials
    timed = r.time_tokens()
    between = [w for i, w in enumerate(r.lows[k : main.index], k) if i not in timed and w != "on"]
    if not all(w in _VERB_GROUP or w in ADVERBS for w in between):
        return None  # (a time between them: "The OECD on Tuesday said")
    return m


def _demonym_group(r: SentenceReading, main: Predicate | None) -> str:
    """ "Russian prosecutors" when the main verb's subject is a demonym and a plural noun and
    nothing else ("Russian prosecutors have opened a probe. They want to know ..."): the
    people, for a next "they", never the country."""
    if main is None:
        return ""
    j = main.index - 1
    while j >= 0 and r.lows[j] in ("have", "had", "were", "are", "also"):
        j -= 1
    start = 1 if r.lows[:1] == ["the"] else 0
    if j != start + 1 or not _plural_noun(r.lows[j]) or not r.tokens[j].text.islower():
        return ""
    m = r.mention_at(start)
    if m is None or m.kind != "country" or m.text == m.name or m.last != j:
        return ""
    return f"{m.text} {r.tokens[j].text}"


THIRD_PERSON = frozenset(["he", "she", "his", "her", "him"])


def _pronoun_subject(r: SentenceReading) -> bool:
    """Whether the sentence tells of someone by "he", "his", "she" or "her" ("His degree was
    earned where he met Ana Moen"): the person it goes on about is the one before it."""
    return bool(THIRD_PERSON & set(r.lows))


def _persons_named(r: SentenceReading) -> frozenset[str]:
    """The people a sentence surely names: known people, or names of two words or more (not
    roles without a name, nor a lone capitalised word read as a name)."""
    return frozenset(
        m.name
        for m in r.mentions
        if m.kind == "person"
        and (m.canonical or len(m.name.split()) > 1)
        and not (
            "guessed" in m.extras and _common_words(m.name)
        )  # "North Koreans", "International Volunteer"
    )


def _subject_person(r: SentenceReading, roles: Mapping[str, str] | None = None) -> str:
    """The person the sentence's main clause is about (for a following "He ..."): a name, or a
    role with "the" that the text gave a person before ("Judge Ana Moen ruled ... The judge also
    barred ... But she allowed": Moen)."""
    from timeline_app.core.extract.titles import subject_of

    main = next((p for p in r.preds if p.finite), None)
    m = subject_of(r, main, ACTOR_KINDS) if main is not None else None
    if m is not None or main is None:
        return m.name if m is not None and m.kind == "person" else ""
    roles = roles or {}
    before = [w for w in r.lows[: main.index] if w not in ADVERBS and w not in _AUXILIARIES]
    if 2 <= len(before) <= 3 and before[0] == "the" and before[-1] in roles:
        return roles[before[-1]]
    if (
        len(before) == 1
        and r.tokens[0].text[:1].isupper()
        and r.tokens[0].text.isalpha()
        and len(before[0]) > 2
    ):
        from timeline_app.core.extract.wordclass import classes

        if not classes(before[0]) and before[0] not in FUNCTION_WORDS:
            # "Ruiz conceded that Marco Tellini had died. '...,' he said": a name no list knows,
            # the subject, not the person it talks of
            return r.tokens[0].text
    return ""


def _note_roles(thread: _Thread, r: SentenceReading) -> None:
    """The role words of the people the sentence titles ("Superior Court Judge Ana Moen":
    judge), for a later "the judge"."""
    for m in r.mentions:
        if m.kind == "person" and m.role:
            for word in m.role.lower().split():
                if word in ROLE_WORDS:
                    thread.roles[word] = m.name
            words = frozenset(w for w in m.role.lower().split() if w in ROLE_WORDS)
            if words:
                thread.titles[m.name] = thread.titles.pop(m.name, frozenset()) | words


def country_name_is(name: str) -> bool:
    return name in country_names()


def _place(drafts: list[_Draft], draft: _Draft, news: _News, sentence: int = 0) -> None:
    """Add a sentence's event: it takes the date of the previous event of its paragraph when
    the text continues that event (same tense and a cue: "then", "later", the same people, a
    pronoun for them), and an undated-in-text sentence about the same people as the previous
    event (an elaboration: "Gerasimov informed Putin ...") joins that event. An event still
    undated may be the story's news, dated by the publication day (:func:`_date_news`)."""
    if news.lead_sentence is None:
        news.lead_sentence, news.lead_paragraph = sentence, draft.paragraph
    told_on = draft.told_on.date if draft.told_on is not None else None
    if (draft.own_date or told_on) and draft.tense != "future" and sentence <= news.lead_sentence + 2:
        # the day the story's top tells ("Castro said Friday ..." in Saturday's paper): the lead's
        # own day, else the latest day the next sentences tell (the lead may leave the day to
        # them, as wire copy often does; a story's news is its newest development)
        day = told_day(told_on or draft.event.when, news.day)
        if day is not None and (
            news.told is None or (not news.told_in_lead and day.start_days > news.told.start_days)
        ):
            news.told = day
            news.told_by = draft.told_on.text if draft.told_on is not None else draft.event.expression
            news.told_in_lead = sentence == news.lead_sentence
    if draft.before_news is not None and draft.event.when is None and news.day is not None:
        _before_news_day(drafts, draft, news, sentence)
        return
    prev = drafts[-1] if drafts else None
    if prev is not None and prev.paragraph != draft.paragraph and _said_then(prev, draft, news, sentence):
        # (within a paragraph, a sentence that goes on with the one before takes its date below)
        drafts.append(draft)
        return
    if draft.stance is not None and draft.event.when is None:
        _date_news(draft, news, sentence)  # a stance told in the present: as of the story's telling
        drafts.append(draft)
        return
    if prev is None or prev.paragraph != draft.paragraph:
        if not _continue_scene(draft, news, sentence, prev) and not _follows_on(draft, news, prev):
            _date_news(draft, news, sentence)
        drafts.append(draft)
        return
    if draft.own_date:
        if not prev.own_date and prev.people & draft.people and _same_when(prev.event, draft.event):
            # the sentence before set the scene for this one ("... while Zelensky held talks in
            # Paris" then "After meeting Macron Monday, Zelensky said"): one event, this one's words
            joined = _join(prev.event, draft.event)
            draft.event = draft.event.with_changes(
                sources=joined.sources,
                actors=tuple(dict.fromkeys(draft.event.actors + prev.event.actors)),
                places=tuple(dict.fromkeys(draft.event.places + prev.event.places)),
                roles=joined.roles,
                description=joined.description,
            )
            draft.people |= prev.people
            drafts[-1] = draft
            return
        drafts.append(draft)
        return
    ev = draft.event
    same_sentence = prev.event.sources[-1].start == ev.sources[0].start
    continues = draft.cue or bool(prev.people & draft.people) or same_sentence
    if prev.event.when is not None and same_tense_family(prev.tense, draft.tense) and continues:
        ev = ev.with_changes(
            when=carried_day(prev.event.when),
            expression="",
            explanation=f"no date in the sentence; it continues the previous one, dated "
            f"{carried_day(prev.event.when).iso()} by {prev.event.expression or 'its context'!r}",
        )
        if prev.people & draft.people:
            prev.event = _join(prev.event, ev)
            prev.people |= draft.people
            return
    draft.event = ev
    if ev.when is None and not _continue_scene(draft, news, sentence, prev):
        _date_news(draft, news, sentence)
    drafts.append(draft)


_SAID_THEN_REACH = 2
"""How many sentences on a speaker's words may still be those of the dated occasion told before."""


def _said_on(r: SentenceReading, verb: int, expr: DatedSpan) -> bool:
    """Whether a time expression dates a verb of saying: no other verb and no quotation between
    them ("said Friday", "told lawmakers Wednesday", "said Vice-Premier Zeng, of the State Council,
    here Friday", "On Tuesday, the minister said"), not what was said ("said the plane had returned
    on Saturday") nor a thing of that day ("Monday's talks")."""
    toks = r.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= expr.start), len(toks))
    if at < len(toks) - 1 and toks[at].end <= expr.end and toks[at + 1].lower in ("'s", "’s"):
        return False
    after = next((k for k in range(at, len(toks)) if toks[k].end >= expr.end), at)
    if after + 1 < len(toks) and toks[after + 1].lower in ("'s", "’s"):
        return False
    lo, hi = (verb, at) if at > verb else (after, verb)
    if any(toks[k].text in QUOTE_TOKENS for k in range(lo + 1, hi)):
        return False
    return not any(lo < p.index < hi and p.finite for p in r.preds)


def _said_then(prev: _Draft, draft: _Draft, news: _News, sentence: int) -> bool:
    """A saying with no time of its own right after its speaker was told speaking on a day of the
    story's week ("Cimoli told lawmakers Wednesday that ..." then '"The only strategic direction
    ...," he told a parliamentary commission', '"...," Cimoli added'): the same occasion, that
    day, not the publication day. Only when nothing but that speaker's words lies between, the
    saying before was dated by its own verb of saying (not by a time of what was said), and this
    one does not step back ("had said")."""
    ev = draft.event
    if ev.when is not None or not draft.speaker or not draft.said or draft.back or draft.had:
        return False
    if ev.status is Status.PLANNED and not _statement(draft):
        return False  # ("The aim will be achieved by ..., Aziz said": a plan, later than its telling)
    if prev.speaker != draft.speaker or not 0 < sentence - prev.sentence <= _SAID_THEN_REACH:
        return False
    when = prev.event.when
    if when is None or not (prev.said_then or (prev.said_on and prev.tense == "past")):
        return False
    if prev.back or not _recent_day(when, news.day):
        return False
    day = carried_day(when)
    if news.day is not None and day.iso() == news.day.iso():
        return False  # (the publication day: the story's news gives it that day anyway)
    words = prev.event.expression or "its context"
    how = (
        f"no date in the sentence; words of {draft.speaker} on the occasion told in sentence "
        f"{prev.sentence + 1}, dated {day.iso()} by {words!r}"
    )
    draft.event = ev.with_changes(when=day, expression="", explanation=how)
    draft.said_then = True
    return True


def _follows_on(draft: _Draft, news: _News, prev: _Draft | None) -> bool:
    """A sentence that opens by saying it comes next ("Later Wen visited the institute", "Then
    ...") and tells, in the past with no time of its own, what the people of the event right
    before did, on a day of the story's week: that day, roughly, though a paragraph lies
    between. Dates ``draft`` and says whether it did."""
    if not (draft.next_on and prev is not None and prev.event.when is not None):
        return False
    if draft.event.when is not None or draft.tense != "past" or draft.back or draft.timed:
        return False
    if draft.event.status is Status.PLANNED or not (prev.people & draft.people):
        return False
    when = carried_day(prev.event.when)
    if not _recent_day(when, news.day):
        return False
    how = f"no date in the sentence; it says it comes after the event before, dated {when.iso()}"
    how += f" by {prev.event.expression or 'its context'!r} (the same day or shortly after)"
    draft.event = draft.event.with_changes(
        when=replace(when, approximate=True), expression="", explanation=how
    )
    return True


def _before_news_day(drafts: list[_Draft], draft: _Draft, news: _News, sentence: int) -> None:
    """ "It comes a day after BP agreed ...": the agreement a day before the story's news (the day
    its lead tells, else the publication day), or before what the sentence right before dated
    ("Ministers signed a treaty on Sunday. The move came two days after ..."), roughly; joined to
    the event before it when that tells of the same people on that day."""
    assert draft.before_news is not None and news.day is not None
    what = "the story's news"
    if news.scene is not None and news.scene_set == sentence - 1:
        # "Ministers signed a treaty on Sunday. The move came two days after ...": that signing
        anchor, by, what = news.scene[0], f"dated by {news.scene[1]!r}", "what the sentence before tells"
    elif news.told is not None:
        anchor, by = news.told, f"dated by {news.told_by!r}"
    else:
        anchor, by = news.day, "the publication day"
    when, how = before_news(*draft.before_news, anchor, f"{what} ({{}}, {by})")
    draft.event = draft.event.with_changes(when=when, expression="", explanation=how)
    prev = drafts[-1] if drafts else None
    if (
        prev is not None
        and prev.paragraph == draft.paragraph
        and prev.event.when is not None
        and prev.people & draft.people
        and carried_day(prev.event.when).iso() == when.iso()
    ):
        prev.event = _join(prev.event, draft.event.with_changes(when=prev.event.when))
        prev.people |= draft.people
        return
    drafts.append(draft)


def _set_scene(draft: _Draft, news: _News, sentence: int) -> None:
    """A told event in the simple past with a date sets the time the narrative goes on in
    ("Troops entered the town on Friday." then "They arrested six men."); a step back ("had
    fled", "earlier", "in recent years") or a past told with another date leaves the scene's time
    (a shift: later sentences no longer take its day unless they follow right on)."""
    when = draft.event.when
    news.last_told = sentence
    long_ago = when is not None and news.day is not None and when.end_days < news.day.start_days - 7
    if draft.own_date and long_ago and draft.tense in ("past", "perfect"):
        news.past = (sentence, _about(draft))  # "In 1998, the mayor flew to the capital."
        news.past_when = (carried_day(when), draft.event.expression) if when is not None else None
    # "Earlier Sunday, police and protesters clashed": a step back within the scene's own day
    # does not leave it; it tells more of that day
    same_day = (
        draft.back
        and draft.own_date
        and when is not None
        and news.scene is not None
        and carried_day(when).iso() == news.scene[0].iso()
    )
    back = draft.back and not same_day
    if (back or draft.over_past) or (
        draft.own_date
        and when is not None
        and draft.tense in ("past", "perfect", "present")
        and (news.scene is None or carried_day(when).iso() != news.scene[0].iso())
    ):
        news.shift = sentence  # "In 1973, ...": the story leaves the scene's day
        if not (when is not None and news.day is not None and when.start_days >= news.day.end_days):
            news.move_shift = sentence  # (a day after the story's, a plan's: the session's moves go on)
        if sentence != news.scene_set:  # "the riots" told of another day are no longer the scene's
            news.scene_nouns -= draft.nouns
    if draft.told and when is not None and news.scene is not None and when.iso() == news.scene[0].iso():
        news.scene_nouns |= draft.nouns  # "Singh said in an address ...": what the scene's day was
    told_past = draft.tense == "past" or (draft.own_date and draft.tense == "present" and draft.main_past)
    if when is None or not told_past or back or not _recent_day(when, news.day):
        return
    about = _about(draft)
    if draft.own_date:
        news.scene = (carried_day(when), draft.event.expression, sentence)
        news.scene_people, news.scene_nouns, news.scene_set = about, draft.nouns, sentence
        news.scene_aside = draft.in_aside
        words = draft.event.expression
        quotes = "".join(s.quote for s in draft.event.sources)
        news.scene_lead = (
            news.lead_sentence is not None
            and sentence == news.lead_sentence
            and bool(words)
            and f"{words}'s" not in quotes  # "killed in Sunday's attack": the day of the attack only
        )
    elif news.scene is not None and (draft.scene or _told_in_scene(draft, news, sentence)):
        news.scene = (news.scene[0], news.scene[1], sentence)
        news.scene_people |= about
        news.scene_nouns |= draft.nouns


def _told_in_scene(draft: _Draft, news: _News, sentence: int) -> bool:
    """Whether a sentence right after the lead's scene, dated as the story's news on the lead's
    day, tells more of it in the plain past ("Judges handed down the sentence ..." after "X was
    sentenced on Wednesday"): the scene goes on through it."""
    scene = news.scene
    return (
        scene is not None
        and news.scene_lead
        and draft.told
        and draft.plain
        and sentence - scene[2] == 1
        and draft.event.when is not None
        and carried_day(draft.event.when).iso() == scene[0].iso()
    )


def _about(draft: _Draft) -> set[str]:
    """The people and the places (towns, not countries) an event is about."""
    return draft.people | {p for p in draft.event.places if not country_name_is(p)}


def _recent_day(when: FuzzyDate, day: FuzzyDate | None) -> bool:
    """A day of the story's week: the days a news story tells as a scene."""
    when = carried_day(when)
    return (
        day is not None
        and when.precision is Precision.DAY
        and when.end is None
        and 0 <= day.start_days - when.start_days <= 7
    )


_SCENE_REACH = 3
"""How many sentences on a scene may still be told without naming its day again, when the
sentence names its happening again ("the vote", "at the meeting") and nothing in between left
its time."""


_SAME_ACT_REACH = 3
"""How many sentences on the scene's act may be told again of others (the same verb)."""
_LIGHT_VERBS = frozenset(
    [*("be", "have", "do", "make", "take", "give", "get", "go", "come", "hold", "put", "set", "keep"),
     *("say", "tell", "see", "find", "leave", "show", "become", "remain", "seem", "begin", "start")]
)  # fmt: skip
_AGAIN_REACH = 6
"""How many sentences on the scene's person may act again in it when only what was said lies
between (no other time, no step back)."""


_MOVE_REACH = 6
"""How many sentences on from a scene a market's moves may still be told without naming the day."""
_SESSION_VERBS = frozenset(["be", "go", "end", "open", "trade", "stand"])
"""Verbs besides those of moving that tell a stock's session ("went down", "were mixed")."""


def _continue_scene(draft: _Draft, news: _News, sentence: int, prev: _Draft | None = None) -> bool:
    """A sentence in the simple past with no date of its own goes on with the scene a sentence
    before told (a dated event of the story's days in the simple past, or one that went on with
    it): right after it when it says so ("Then", "He ...") or tells of the same people or town;
    up to three sentences on when it names the happening again ("at the meeting", "the vote",
    "both sides", a noun the scene was told with) and no sentence in between left the scene's
    time (another date, a step back). News tells what happened next without naming the day
    again. A step back ("had", "earlier") does not, nor anything that is not told in the simple
    past (a plan, a present perfect, what is so), nor a sentence about others."""
    scene = news.scene
    if scene is None or draft.event.when is not None or draft.tense != "past" or draft.back or draft.timed:
        return False  # a sentence with a date of its own sets its own time
    if draft.event.status is Status.PLANNED or draft.over_past:
        return False
    if news.scene_aside and draft.says:
        # ("Ciampi, who arrived in Ankara on Monday, told a news conference ..." then "He noted
        # that ..."): his words go on with what the sentence's main clause tells, not its aside
        return False
    gap = sentence - scene[2]
    ours = bool(_about(draft) & news.scene_people)
    near = 0 <= gap <= 1 and (draft.cue or ours or (draft.shares and not draft.says))
    far = 0 <= gap <= _SCENE_REACH and news.shift <= news.scene_set and draft.refers
    far = (far or draft.returns) and (ours or not draft.says)  # a saying of others: often a later reaction
    # a round-up: the next sentence tells, in the plain past with no time of its own and nothing
    # in between, another result of the scene's day ("Mita set the fastest time", "The other eight
    # were jailed"): news goes on with its day until it names another time or steps back
    quiet = gap == 2 and news.last_told == scene[2]  # (the sentence between told no happening)
    round_up = (gap == 1 or quiet) and news.scene_lead and draft.plain and not draft.says
    round_up = round_up and news.shift <= max(news.scene_set, scene[2] - 1)
    # told in the plain past with no time of its own, no saying, the story not having left the
    # scene's time since it was set: what the two rules below ask before their own tests
    plain_in_scene = news.shift <= news.scene_set and draft.plain and not draft.says
    # the scene's person acts again a few sentences on, after only what was said there ("Michel
    # visited the institute on Tuesday ... he said ... Michel visited the breeding base"): the
    # same visit
    again = (
        0 < gap <= _AGAIN_REACH
        and plain_in_scene
        and draft.subject in news.scene_people
        and draft.subject in draft.people  # named in the sentence, not only the person before
        and prev is not None
        and prev.event.when is not None
        and carried_day(prev.event.when).iso() == scene[0].iso()  # nothing else told in between
    )
    # the scene's own act told again of others, right after it or a few sentences on ("tens of
    # thousands of Cubans marched through Havana" then "In Old Havana, hundreds of children marched
    # around the park"): the same verb, in the plain past with no time of its own
    same_act = (
        0 < gap <= _SAME_ACT_REACH
        and plain_in_scene
        and draft.verb in news.scene_nouns
        and draft.verb not in _LIGHT_VERBS
    )
    # a market's moves told one after another ("Tenaga eased 10 sen to 12.00 ringgit", "the index
    # climbed 4.2 points"), in the plain past with no time of their own: the trading day of the
    # scene, a few sentences on while nothing in between left its time
    move = 0 < gap <= _MOVE_REACH and plain_in_scene and draft.move
    # a market report's moves of single stocks and sectors, all of the lead's session, however far
    # on, while nothing but a plan or a forecast for a later day was told with a day of its own
    session = news.market and news.scene_lead and news.move_shift <= news.scene_set == news.lead_sentence
    # (with no figure, its own verb tells the move: not "after broker comment encouraged buying")
    verb_moves = draft.verb in MOVES or draft.verb in _SESSION_VERBS
    session_move = draft.move or (draft.session_move and verb_moves)
    move = move or (session and gap > 0 and session_move and draft.plain and not draft.says)
    if not (near or far or round_up or again or same_act or move):
        return False
    when, words, _ = scene
    if move and not (near or far or round_up or again or same_act):
        how = (
            f"a market move told in the plain past with no time of its own, {gap} sentence(s) after "
            f"the scene of sentence {news.scene_set + 1}, dated {when.iso()} by {words!r} (its trading day)"
        )
        when = replace(when, approximate=True)
    elif same_act and not (near or far or round_up or again):
        how = (
            f"it tells again the act ({draft.verb!r}) of the scene of sentence {news.scene_set + 1}, "
            f"dated {when.iso()} by {words!r}, in the plain past with no time of its own (the same "
            "day or shortly after)"
        )
        when = replace(when, approximate=True)
    elif again and not (near or far or round_up):
        how = (
            f"{draft.subject} acts again in the scene of sentence {news.scene_set + 1}, dated "
            f"{when.iso()} by {words!r}, told in the plain past with no time of its own (the same "
            "day or shortly after)"
        )
        when = replace(when, approximate=True)
    elif round_up and not (near or far):
        how = (
            f"it is told right after the scene of sentence {scene[2] + 1}, dated {when.iso()} by "
            f"{words!r}, in the plain past with no time of its own (the same day or shortly after)"
        )
        when = replace(when, approximate=True)
    elif near:
        how = f"it goes on with the scene of the sentence before, dated {when.iso()} by {words!r}"
    else:
        how = (
            f"it tells more of the happening of sentence {news.scene_set + 1}, dated {when.iso()} "
            f"by {words!r} (the same day or shortly after)"
        )
        when = replace(when, approximate=True)
    how = f"no date in the sentence; {how}"
    draft.event = draft.event.with_changes(when=when, expression="", explanation=how)
    draft.scene = near or round_up  # (what a sentence far on tells carries the scene no further)
    return True


def _date_news(draft: _Draft, news: _News, sentence: int) -> None:
    """An undated event that is the story's news takes the publication day, marked approximate
    and explained: the lead ("An earthquake has struck Haiti"), a report with no date of its own
    ("the ministry said ...": what a source told the reporter for this story), and what the story
    says is so (present). What was told or done (the lead, a report) takes the day the lead itself
    tells when that is the publication day or one of the two before ("... on Tuesday, the army
    said" in Wednesday's paper), what is so takes the publication day. A plan keeps no date: it
    happens later than the day it is told; nor does a present perfect after the lead ("X has
    filed"), done on a day the story does not name, nor what a dated attribution reports as done
    ("X has died, officials said Wednesday"): it happened before that telling."""
    ev = draft.event
    if ev.when is not None or news.day is None:
        return
    if draft.stance is not None:
        # "The party hopes to win its first seats this September": the hope holds now; the time
        # inside dates what it holds
        verb, words = draft.stance
        how = f"no date of its own: a stance told in the present ({verb!r}) holds as of the story's"
        how += f" telling, {news.day.iso()} (approximate); {words!r} dates what it holds"
        draft.event = ev.with_changes(when=news.day, expression="", explanation=how)
        return
    if ev.status is Status.PLANNED and not (draft.saying and draft.reporting):
        return  # a plan happens later than the day it is told (a statement of it was made then)
    retold = draft.said and not draft.saying and not _statement(draft)  # titled by what was told
    if draft.over_past and (not draft.reporting or retold):
        # "In past months campaigners have demanded ...": a stretch before the story; so is what
        # a source told of it when the title tells that ("In recent years the two countries
        # boosted their exchanges, Hu said": the boosting, not the saying)
        return
    told = _statement(draft)  # told for the story, though about people of a past time told just before
    # "The first summit was held in December 1994." then "The meeting endorsed the plan": the
    # sentence names again the happening the past time was told of, so tells more of it
    again = draft.refers_past and not told
    if news.past[0] == sentence - 1 and (draft.cue or again or (_about(draft) & news.past[1] and not told)):
        # ('... arrested in May last year.' then '"...," said Steiner': a saying that does not say
        # it goes on with that time ("then", "also", "He ...") is the story's own)
        quote = " ".join(x.quote for x in draft.event.sources).lower()
        ours = bool(_about(draft) & news.past[1]) and not re.search(r"\b(?:before|first|once)\b", quote)
        ours = (ours and not draft.says) or again
        if ours and draft.plain and draft.tense == "past" and news.past_when is not None:
            # told in the plain past right after it, of its people or its happening: the same
            # time, roughly
            when, words = news.past_when
            how = f"it goes on with the sentence before, dated {when.iso()} by {words!r}"
            how = f"no date in the sentence; {how}"
            when = replace(when, approximate=True)
            draft.event = ev.with_changes(when=when, expression="", explanation=how)
        return  # it goes on with a time long before the story ("In 1998 ... He also asked ...")
    if draft.told_on is not None:
        return  # "X has died, officials said Wednesday": before that telling, on a day not named
    if draft.had and sentence != news.lead_sentence:
        # "The paper said Wei had been under close watch", "Li had said the money was ...": done
        # before the telling, on a day the story does not name
        return
    if draft.told_now and _statement(draft):
        # "U.S. officials say hundreds of wells may have been set afire": told in the present, as of
        # the story's telling, whatever the tense of what is told (the story's news, like a present)
        draft.event = ev.with_changes(when=news.day, expression="", explanation=news.day_how)
        return
    lead = sentence == news.lead_sentence and draft.tense in ("past", "present", "perfect")
    if draft.tense == "perfect" and not lead:
        return  # "X has admitted ...", "has filed": done before the story, on a day it does not name
    if draft.tense == "present" and not (lead and news.told is not None):
        draft.event = ev.with_changes(when=news.day, expression="", explanation=news.day_how)
    elif lead or draft.reporting:
        # what was told or done: on the day the lead tells, when it names one
        when = news.told or news.day
        how = told_explanation(news.told_by) if news.told is not None else news.day_how
        draft.event = ev.with_changes(when=when, expression="", explanation=how)
        draft.told = True


def _told_now(r: SentenceReading, clause: Predicate) -> str:
    """The verb of saying in the present that tells an event whose finite clause is ``clause``
    ("officials say ...", "..., analysts say"): that clause's own verb, or the sentence's closing
    attribution; "" when there is none, or it is negated or has a modal ("may say")."""
    closing = trailing_attribution(r)
    for p in (clause, closing):
        if p is None or not (p.is_speech and p.finite and p.tense == "present") or p.negated or p.modal:
            continue
        word = r.tokens[p.index].text
        if word.lower() in ("say", "says"):
            return word
    return ""


def _statement(draft: _Draft) -> bool:
    """Whether an event is a statement told for the story: a verb of saying with no date of its own
    ("X said ...", "according to X") and a title that tells the saying ("X says ...")."""
    return draft.said and (is_saying(draft.event.title) or _QUOTED.match(draft.event.title) is not None)


_QUOTED = re.compile(r"[^:\"“”]{2,60}: ")
"""A title that gives a speaker's words ("Steiner: “This trial ...”")."""


def _says(pred: Predicate, tense: str, r: SentenceReading) -> bool:
    """An act done in words, told in the simple past ("Religious leaders condemned the
    shooting", "The governor asked the president to send troops"): like a "said", what a source
    said for the story, unless the sentence steps back before the story's time."""
    return (
        tells(r, pred.index)
        and not pred.passive
        and tense == "past"
        and not steps_back(r, pred.index)
        and not _says_nothing(r, pred)
        and (not pred.is_speech or _tells_words(r, pred))
    )


_NAMES_A_DAY = re.compile(r"\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b[Yy]esterday\b")
"""A time expression that names its day (a weekday, a date, "yesterday"), not only a part of one."""
_ANOTHER = re.compile(r"\b(?:[Oo]ther|[Aa]nother|[Ee]arlier|[Pp]revious(?:ly)?|[Ss]eparate(?:ly)?)\b")
_LEAD_DETAIL_REACH = 2
"""How many sentences after the lead may tell its happening again with its day."""


def _lead_dated_below(drafts: list[_Draft], news: _News) -> None:
    """A lead that gives no day ("21 pilgrims were killed ..., the agency said Tuesday", "X has
    been sentenced to four years, an official said") when one of the next two sentences tells the
    same happening again with a day of the story's week ("... among those killed in Monday night's
    collision", "X was sentenced Friday"): the lead takes that day, approximate. The same verb
    (or its noun: "opened an inquiry", "the opening of this inquiry") tells that it is the same
    happening; "other", "another" or "earlier" that it is not."""
    lead = next((d for d in drafts if d.sentence == news.lead_sentence), None)
    if (
        lead is None
        or lead.event.when is not None
        or lead.tense not in ("past", "perfect")
        or lead.event.status is Status.PLANNED
        or lead.over_past
        or lead.back
    ):
        return
    for d in drafts:
        if not 0 < d.sentence - lead.sentence <= _LEAD_DETAIL_REACH:
            continue
        when = d.event.when
        if not d.own_date or when is None or d.tense != "past" or d.back or told_day(when, news.day) is None:
            continue  # (a day of the two before the story's, as a lead tells)
        if not _NAMES_A_DAY.search(d.event.expression):
            continue  # ("late evening": a part of some day, not the day itself)
        if _ANOTHER.search(" ".join(x.quote for x in d.event.sources)):
            continue  # "The other 13 people were released on Nov. 24": another of the kind
        if lead.verb in d.nouns or d.verb in lead.nouns:
            day = replace(carried_day(when), approximate=True)
            how = (
                f"no date in the sentence; the story's news, told again with its day in sentence "
                f"{d.sentence + 1}: {day.iso()} by {d.event.expression!r}"
            )
            lead.event = lead.event.with_changes(when=day, expression="", explanation=how)
            return


def _told_later(drafts: list[_Draft], news: _News) -> None:
    """What was told or done for the story's news before its top named the day ("The grandmother
    said she is willing ..." then "Alarcon said Friday ..."): the day the top tells, not the
    publication day."""
    if news.told is None:
        return
    how = told_explanation(news.told_by)
    for d in drafts:
        if d.told and d.event.when is not None and d.event.when == news.day:
            d.event = d.event.with_changes(when=news.told, explanation=how)


def _same_when(a: Event, b: Event) -> bool:
    return (
        a.when is not None
        and b.when is not None
        and a.when.precision == b.when.precision
        and (a.when.iso() == b.when.iso())
    )


def _join(a: Event, b: Event) -> Event:
    return a.with_changes(
        description=(a.description + " " + b.description).strip(),
        actors=tuple(dict.fromkeys(a.actors + b.actors)),
        places=tuple(dict.fromkeys(a.places + b.places)),
        roles=tuple(dict.fromkeys(a.roles + b.roles)),
        sources=a.sources + b.sources,
    )


def _apply_comment(
    drafts: list[_Draft], r: SentenceReading, status: Status, country_name, quote: str
) -> None:
    """A sentence that only says whether something is confirmed changes that event's status
    (the nearest recent event sharing a place with it, else the previous one)."""
    if not drafts:
        return
    _actors, places, _ = actors_and_places(r, country_name)
    target = drafts[-1]
    for d in reversed(drafts[-4:]):
        if set(places) & set(d.event.places):
            target = d
            break
    ev = target.event
    target.event = ev.with_changes(status=status, notes=(ev.notes + " " + quote).strip())
