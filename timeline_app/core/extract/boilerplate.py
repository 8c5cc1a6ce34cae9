"""Page furniture in a pasted or plain-text article: the lines that are not the story.

Bylines, editor's notes, copyright lines, photo credits and captions ("In this photo ..."),
credit lines ("X contributed to this report"), share and print buttons, navigation
lists, headings, list items without a verb and the reader comments under a story all come
along when an article is copied from a page. They are recognised by the shape of the line
(its length, whether it ends like a sentence, has a finite verb, is in capitals, starts with
a bullet or with "By", where it stands), never by the wording of one source.

:func:`drop_boilerplate` returns the text without them: the article keeps that text, so every
source offset the extractor makes points into what the article shows.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.vocabulary import FUNCTION_WORDS, ROLE_WORDS
from timeline_app.core.extract.wordclass import classes


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪►–—]|\d{1,2}[.)])\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|^\W*copyright\b|\ball rights reserved\b", re.IGNORECASE)
# "By Tim Smith", "By TIM SMITH, Associated Press Writer", "(Reporting by A; Editing by B)"
_BYLINE = re.compile(
    r"^\W{0,2}(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|written|posted|submitted|"
    r"photos?|text|words|interview)\s+)?by\s+(?P<names>[^,;|:(]{2,60})(?P<tail>.*)$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}|and|&)$")  # Smith, O'Neil, de, van, al, and
# "Posted by reader at 10:32 PM", "Posted on 3 May 2010 at 10:32"
_POSTED = re.compile(r"^\W{0,2}(?:posted|submitted|written|published)\s+(?:by|on|at)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
_COMMENTS_HEAD = re.compile(
    r"^\W{0,2}(?:\d+\s+)?(?:reader(?:s'?)?\s+)?(?:comments?|responses?|replies)\b[\W\d]{0,8}$"
    r"|^\W{0,2}(?:leave|add|post|write|show|view|read)\s+(?:a\s+|all\s+|the\s+)?"
    r"(?:\d+\s+)?(?:comments?|reply|replies|responses?)\b",
    re.IGNORECASE,
)
# "Photo: AFP", "(Photo by X/Getty Images)", "Picture credit - Reuters", "AFP PHOTO / ..."
_PHOTO = re.compile(
    r"^\W{0,2}(?:file\s+)?(?:photo(?:graph)?s?|pictures?|images?|credits?|graphics?|videos?|captions?|sources?)"
    r"(?:\s+(?:credit|courtesy|by))?\s*[:/|–—-]"
    r"|/\s*(?:getty|afp|reuters|ap|epa|xinhua)\b[\w ]{0,20}\)?\s*$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(r"\b[A-Z]{2,}\s+PHOTOS?\b")
# A caption that says what a picture shows: "In this May 26, 2010 photo, officials ...", "In this
# photo released by the ministry, the president ...", "In this image taken from video, ..."
_CAPTION = re.compile(
    r"^\W{0,2}(?:file\s*[-–—:]\s*)?in this\b[^.!?]{0,30}?\b(?:file\s+)?"
    r"(?:photos?|photographs?|pictures?|images?|video(?:\s+interview)?|handout)"
    r"(?:,|\s+(?:image\s+)?(?:released|taken|provided|made|shot|from|by|obtained|distributed|posted)\b)",
    re.IGNORECASE,
)
# The rules of a comment section: "Views expressed in the comments do not represent those of ...",
# "We welcome comments that ...", "Comments are moderated", and of a page's form for readers' comments:
# "Your comments may be published on ...", "We may edit your comments and not all emails will be
# published", "... using the form below".
_COMMENT_POLICY = re.compile(
    r"\bcomments?\b.{0,60}\b(?:do(?:es)? not|don't)\s+(?:represent|reflect)\b"
    r"|^\W{0,2}we welcome (?:your )?comments\b|\bcomments? (?:policy|guidelines)\b"
    r"|\bcomments? (?:are|is) (?:closed|moderated|pre-moderated)\b"
    r"|\byour (?:comments?|e-?mails?|views|experiences?) (?:may|will) be (?:published|edited|used)\b"
    r"|\bmay edit your (?:comments?|e-?mails?)\b"
    r"|\bnot all (?:e-?mails|comments) (?:will be|are) (?:published|used)\b"
    r"|\b(?:comments?|experiences?|views|stories|questions|pictures) using the form below\b",
    re.IGNORECASE,
)
# "The Associated Press contributed to this report.", "Jane Roe contributed reporting from Lagos."
_CREDIT_LINE = re.compile(
    r"^\W{0,2}[^.!?]{2,80}?\bcontributed(?:\s+(?:reporting|research|writing))?\s+"
    r"(?:to\s+this\s+(?:report|story|article)|from\s+[^.!?]{2,40})\W*$",
    re.IGNORECASE,
)
# "ATTENTION - ADDS quotes ///", "PLEASE NOTE: ...", "UPDATE 2-", "EDITORS: ..."
# What a page asks its reader to do: "Click on the cards below", "Watch the video", "Send us your
# views", "Have your say", "Link to video: ...", "Follow the latest updates"
_READER_CALL = re.compile(
    r"^\W{0,2}(?:(?:click|tap)\s+(?:here|on|the|below)|(?:watch|see|listen\s+to)\s+(?:the|our|this|a|more|live)\b"
    r"|follow\s+(?:us|our|the\s+latest|live)\b|(?:send|e-?mail|text|tweet)\s+(?:us|your|in)\b"
    r"|sign\s+up\b|subscribe\s+(?:to|now|here)\b|join\s+the\s+(?:debate|discussion|conversation)\b"
    r"|have\s+your\s+say\b|tell\s+us\b|read\s+more\b|find\s+out\s+more\b|test\s+your\s+knowledge\b"
    r"|link\s+to\s+(?:video|audio)\b)",
    re.IGNORECASE,
)
# "Call 0800 123 4567", "Calls cost 10p per minute from a landline", "Lines are open from 9am"
_PHONE_LINE = re.compile(
    r"(?:\b0\d{2,4}|\+\d{1,3})[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\bcalls?\s+(?:cost|are\s+charged|charged)\b"
    r"|\d+p\s+(?:per|a)\s+min(?:ute)?\b|\blines\s+(?:are|will\s+be)\s+open\b",
    re.IGNORECASE,
)
# "An earlier version of this story said ...": a correction, wherever it stands; "The article
# misspelled the name of ...": the same at the top of a page
_EARLIER_VERSION = re.compile(r"^\W{0,2}(?:an\s+)?earlier\s+versions?\s+of\s+this\s+[\w-]+\b", re.IGNORECASE)
_CORRECTION = re.compile(
    r"^\W{0,2}(?:the|this)\s+(?:article|story|report|column|editorial|op-ed|post|item)\s+"
    r"(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+\w+|misspell\w*|misstat\w*|misidentif\w*|misquot\w*)\b",
    re.IGNORECASE,
)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)

# Each of these rules' alternatives holds one of a few words (or a digit): a line without any is
# not searched. The words have no "i", "k" or "s", the letters a case-blind regex also matches
# in "İ", "ı", the Kelvin sign and "ſ", so a lower-cased line holds one whenever the rule matches.
_COMMENT_POLICY_WORDS = ("comment", "your", "not all", "form below")
_PHONE_LINE_WORDS = ("call", "open")
_CREDIT_LINE_WORD = "buted"  # (of "contributed")
_ANY_DIGIT = re.compile(r"\d")


def _comment_policy(s: str) -> bool:
    """Whether ``s`` states a comment section's rules (:data:`_COMMENT_POLICY`)."""
    low = s.lower()
    if not any(w in low for w in _COMMENT_POLICY_WORDS):
        return False
    return _COMMENT_POLICY.search(s) is not None


def _copyright(s: str) -> bool:
    """Whether ``s`` holds a copyright notice (:data:`_COPYRIGHT`)."""
    low = s.lower()
    if not ("©" in low or "(c" in low or "copyr" in low or "erved" in low):
        return False
    return _COPYRIGHT.search(s) is not None


def _photo_credit(s: str) -> bool:
    """Whether ``s`` reads as a photo credit (:data:`_PHOTO`, :data:`_AGENCY_PHOTO`): the first
    rule's other half needs a "/", the second capitals "PHOTO"."""
    if (_PHOTO.search(s) if "/" in s else _PHOTO.match(s)) is not None:
        return True
    return "PHOTO" in s and _AGENCY_PHOTO.search(s) is not None


def _phone_line(s: str) -> bool:
    """Whether ``s`` gives a phone number or call charges (:data:`_PHONE_LINE`)."""
    low = s.lower()
    if not (_PHONE_LINE_WORDS[0] in low or _PHONE_LINE_WORDS[1] in low or _ANY_DIGIT.search(s)):
        return False
    return _PHONE_LINE.search(s) is not None


_NOTE_HEAD = re.compile(r"^\W{0,2}[A-Z]{3,}(?:\s+[A-Z]{2,})*\s*[-–—:]+")
_NAV_SEPARATORS = re.compile(r"\s[|»›>·•/]\s")
_INTERFACE = _words(
    "share shares print email e-mail mail tweet facebook twitter whatsapp linkedin reddit pinterest "
    "comment comments reply replies subscribe subscription newsletter advertisement advertising "
    "sponsored related stories story articles article more read also see next previous back top home "
    "menu log login sign in up save copy link font size this page to on the a our us follow like "
    "recommend report abuse flag permalink close skip content main navigation search trending "
    "popular most latest news video videos photos gallery watch listen audio print-friendly "
    "printer-friendly version text larger smaller of and ad ads"
)
_AUXILIARIES = _words(
    "is are was were be been am has have had will would can could may might must shall should do "
    "does did 's 're 've 'll 'd"
)
_LINKS = ("page furniture", "navigation list", "list under page furniture")


@dataclass(frozen=True, slots=True)
class Dropped:
    """One line taken out: its number (from 0), its text and why."""

    number: int
    line: str
    reason: str


def drop_boilerplate(text: str) -> tuple[str, list[Dropped]]:
    """``text`` without the lines that look like page furniture, and what was dropped.

    Blank lines are kept where they separate paragraphs; a run of them left by a dropped
    line shrinks to one, so that paragraphs stay paragraphs. When every line looks like furniture
    the text is kept whole (it is the story after all), except a programme listing, which is
    dropped whole: the text returned is then empty.
    """
    lines = text.split("\n")
    dropped: list[Dropped] = []
    keep = [True] * len(lines)
    content = [i for i, line in enumerate(lines) if line.strip()]
    if sum(1 for i in content if _PROGRAMME_CREDIT.search(lines[i])) >= 2:
        # a broadcaster's schedule ("Presenter/Jane Roe, Producer/Jon Doe" closing each
        # programme's blurb): there is no story to keep
        return "", [Dropped(i, lines[i], "programme listing") for i in content]
    for i in _trim_glued(lines, content, dropped):
        keep[i] = False
    content = [i for i in content if keep[i]]
    section = _comment_section(lines, content)
    comments_from, section_reason = section if section is not None else (None, "")
    wrapped = _hard_wrapped(lines, content)
    for rank, i in enumerate(content):
        if comments_from is not None and i >= comments_from:
            reason: str | None = section_reason
        else:
            prev = lines[content[rank - 1]] if rank else ""
            nxt = lines[content[rank + 1]] if rank + 1 < len(content) else ""
            alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
            reason = line_reason(lines[i], prev, nxt, shape=alone or not wrapped)
            after = dropped[-1] if dropped and rank and dropped[-1].number == content[rank - 1] else None
            if reason is None and rank < 2 and _CORRECTION.match(lines[i]) and len(lines[i].split()) <= 40:
                reason = "correction notice"  # at the top of the page, over the story it corrects
            if reason is None and after is not None and _BULLET.match(lines[i]) and after.reason in _LINKS:
                reason = "list under page furniture"  # "Related stories" and its links
        if reason is not None:
            keep[i] = False
            dropped.append(Dropped(i, lines[i], reason))
    dropped.sort(key=lambda d: d.number)
    if not dropped:
        return text, []
    if not content or all(
        not keep[i] for i in content
    ):  # all of it looks like furniture: it is the text after all
        return text, []
    out = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    out = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", out).strip("\n")
    return out, dropped


def line_reason(line: str, prev: str = "", nxt: str = "", *, shape: bool = True) -> str | None:
    """Why one line is page furniture (a short phrase), or None when it reads as story text.

    Args:
        line: the line.
        prev, nxt: the non-blank lines around it (a line that continues a hard-wrapped
            sentence is story text whatever its shape).
        shape: whether a short line without a verb or in capitals may be called a heading
            (not inside a hard-wrapped paragraph, where a short line is a sentence's end).
    """
    s = line.strip()
    if not s:
        return None
    if s[0].islower():
        return None  # the rest of a wrapped sentence
    words = _WORD.findall(s)
    sentence_like = bool(_ENDS_SENTENCE.search(s))
    if len(words) <= 25 and _copyright(s):
        return "copyright line"
    if _POSTED.match(s) and (_CLOCK.search(s) or len(words) <= 8):
        return "posting line"
    if _is_byline(s, words):
        return "byline"
    if len(words) <= 25 and _photo_credit(s) and not _finite_clause(words[3:]):
        return "photo credit"
    if len(words) <= 60 and _CAPTION.match(s):
        return "photo caption"
    if len(words) <= 16 and _CREDIT_LINE_WORD in s.lower() and _CREDIT_LINE.match(s):
        return "credit line"
    if len(words) <= 40 and _comment_policy(s):
        return "comment policy"
    if "/" in s and _PROGRAMME_CREDIT.search(s):
        return "programme listing"
    if len(words) <= 40 and _READER_CALL.match(s):
        return "call to the reader"
    if len(words) <= 40 and _phone_line(s) and not _ATTRIBUTED.search(s):
        return "phone line or call charges"  # (a number a source gave, "..., he said", is story)
    if s.endswith(("///", "==")):
        return "editor's note"
    if _EARLIER_VERSION.match(s) and len(words) <= 40:
        return "correction notice"
    if _COMMENTS_HEAD.match(s):
        return "comments heading"
    if _is_navigation(s):
        return "navigation list"
    lows = [w.lower().strip(".'’") for w in words]
    if lows and len(lows) <= 8 and all(w in _INTERFACE for w in lows):
        return "page furniture"
    if _BULLET.match(s) and not _finite_clause(words):
        return "list item without a verb"
    if not shape:
        return None
    if not sentence_like and len(words) <= 12 and _is_caps(words):
        return "line in capitals"
    if _NOTE_HEAD.match(s) and not sentence_like and len(words) <= 15:
        return "editor's note"
    if not sentence_like and len(words) <= 8 and not _finite_clause(words):
        if nxt.strip()[:1].islower():
            return None  # the first part of a wrapped sentence
        return "heading or label"
    if not nxt and prev and not sentence_like and len(words) <= 40 and not _finite_clause(words):
        return "heading or label"  # the page's last line: a list of links or an advertisement
    return None


def _is_byline(s: str, words: list[str]) -> bool:
    m = _BYLINE.match(s)
    if m is None or len(words) > 16:
        return False
    names = m.group("names").split()
    if not names or len(names) > 6 or not names[0][:1].isupper():
        return False
    if not all(_NAME_WORD.match(n.strip(".,")) for n in names):
        return False
    tail = m.group("tail")
    # "By Monday, the talks had collapsed." is a sentence; a byline's tail names a job or a desk
    return not _finite_clause(_WORD.findall(tail))


def _is_navigation(s: str) -> bool:
    if len(_NAV_SEPARATORS.findall(s)) < 2:
        return False
    parts = [p for p in _NAV_SEPARATORS.split(s) if p.strip()]
    if len(parts) < 3:
        return False
    return all(len(p.split()) <= 4 for p in parts)


def _is_caps(words: list[str]) -> bool:
    letters = [w for w in words if len(w) > 1]
    return len(letters) >= 1 and all(w.upper() == w for w in letters)


def _finite_clause(words: list[str]) -> bool:
    """Whether some word after the first is a finite verb or an auxiliary: "Talks resumed",
    "the minister says"; not "Related stories", "Advertisement", "Washington and Moscow"."""
    lex = lexicon()
    for w in words[1:]:
        low = w.lower()
        if low in _AUXILIARIES:
            return True
        verb = lex.verb(low)
        if verb is not None and verb.form in ("s", "past") and w[:1].islower():
            return True
    return False


def _comment_section(lines: list[str], content: list[int]) -> tuple[int, str] | None:
    """The line where the story is over: the readers' comments (a comments heading, the rules of
    a comment section, a "Posted by ... at 10:32 PM" or "Name writes:" line in the second half of
    the text; at the top, the same line is a byline), or what a page prints under the story (its
    print-edition note, a bracketed reporting credit with more text run on it)."""
    if len(content) < 4:
        return None
    half = len(content) // 2
    for rank, i in enumerate(content):
        if rank < 3:
            continue
        s = lines[i].strip()
        if _PRINT_NOTE.search(s) or ((m := _END_CREDIT.match(s)) is not None and s[m.end() :].strip()):
            return i, "below the story"
        if _COMMENT_STAMP.search(s):  # never a byline, wherever it stands
            return i, "reader comments"
        if rank < half:
            continue
        if (
            _COMMENTS_HEAD.match(s)
            or (_POSTED.match(s) and _CLOCK.search(s))
            or _WRITES.match(s)
            or (_comment_policy(s) and len(s.split()) <= 40)
        ):
            return i, "reader comments"
    return None


# "Posted by: reader | May 27, 2009 2:29 PM | Report abuse": the stamp of a reader's comment, which a
# page runs on to the text before it
_COMMENT_STAMP = re.compile(
    r"\|\s*report (?:as )?abuse\b|\bposted by:\s*[^|:]{1,40}\|\s*\S[^|]{0,40}\d[^|]{0,20}\|", re.IGNORECASE
)
# "A version appeared on p19 of the Main section of ... on ...": the print-edition note under a story
# "A version appeared in the Guardian on 12.46 BST on Sunday 30 May 2010": the same note with a
# paper's name and a stamp instead of a page
_PRINT_NOTE = re.compile(
    r"^\W{0,2}(?:a version of this (?:article|story) |this (?:article|story) )?(?:a version )?"
    r"(?:appeared|was published) (?:on|in) (?:(?:p|page )\d+\b"
    r"|(?-i:the [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) on \d{1,2}[.:]\d{2}\b)",
    re.IGNORECASE,
)
# "(additional reporting by A in B; Editing by C) ..." with the page's next text run on it
_END_CREDIT = re.compile(
    r"^\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]{2,200}\)", re.IGNORECASE
)
# "Jane Roe writes:", "Jane Roe, Harbourton, wrote at 10:32:": a reader's comment header
_WRITES = re.compile(
    r"^\W{0,2}[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}(?:,\s*[\w .'’-]{2,40})?,?\s+(?:writes|wrote)\b"
    r"(?:\s+(?:at|on)\s+[^:]{2,30})?\s*:\s*$"
)


def _hard_wrapped(lines: list[str], content: list[int]) -> bool:
    """Whether the text is wrapped at a fixed width: many long lines that stop mid-sentence."""
    long_open = sum(1 for i in content if len(lines[i]) >= 50 and not _ENDS_SENTENCE.search(lines[i]))
    return long_open >= 3 and long_open * 4 >= len(content)


# Web pages scraped into one sentence a line glue the page's header to the story: the headline,
# the standfirst, a time stamp, a photo caption and its credit run into the lead sentence with no
# full stop between them ("Dome lowered at spill site ROBERT, Louisiana | Fri May 7, 2010 7:40 pm
# EDT ROBERT, Louisiana (Reuters) - Engineers ..."). These take the glued furniture off the front
# of such a line; the story sentence stays.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"  # May, Sept., December
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
# ", Wednesday, 24 August 2011 14:13 UK": the day a "Last updated at 13:13 GMT" line goes on to give
_DAY_AFTER = (
    r"(?:,?\s+(?:" + _WEEKDAY + r",?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}"
    r"(?:\s+\d{1,2}[:.]\d{2}(?:\s+(?:UK|GMT|BST|[A-Z]{2,4}))?\b)?)"
)
_WEEKDAY_DATE = _DAY_AFTER + "?"
# "Tuesday 28 April 2009 16.35 BST", "| Fri May 7, 2010 7:40 pm EDT", "9 November 2011 Last updated
# at 10:48 GMT": a date with a clock time and a time zone, as page headers print them
_STAMP = re.compile(
    r"(?:\|\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4},?\s+"
    r"(?:(?i:(?:last\s+)?updated(?:\s+at)?)\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z]{2,4}\b"
    r"|(?i:(?:last\s+)?updated(?:\s+at)?)\s*:?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z]{2,4}\b"
    + _WEEKDAY_DATE
    + r"|(?i:first\s+(?:broadcast|shown|aired))\s+(?:\d{1,2}\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2},?)\s+\d{4}\b"
    # "Friday, December 19, 2008; 10:02 AM": a date, a semicolon and a clock time
    + r"|(?:"
    + _WEEKDAY
    + r",?\s+)?"
    + _MONTH
    + r"\s+\d{1,2},\s+\d{4};\s+\d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)"
    # "2009 06 13 00:11 JST": year, month, day and a clock time in numbers
    + r"|\b(?:19|20)\d\d\s+[01]\d\s+[0-3]\d\s+\d{1,2}:\d{2}\s+[A-Z]{2,4}\b"
    # "10:35 UK time, Monday, 18 January 2010", "09:53 AM, Thursday, 21 May 2009": a blog entry's
    # clock time, then its day
    + r"|\d{1,2}[:.]\d{2}\s+(?:(?:UK|GMT|BST|local|[A-Z]{2,4})\s+time|[AP]M(?=,))"
    + _DAY_AFTER
    # "Last updated: 29 June 2010": an update or publication line with a day and no clock time
    + r"|(?i:(?:last\s+)?updated|published)(?:\s+(?i:on))?\s*:?\s+(?:"
    + _WEEKDAY
    + r",?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}\b"
)
# what a page prints next to its time stamp: "Help", "Share", "Print", "Email"
_STAMP_TAIL = re.compile(
    r"^(?:\s*(?:(?:help|share|print|e-?mail|comments?)\b|--?(?=\s)|[–—]))+(?=\s+[\"“‘`A-Z])", re.IGNORECASE
)
# "Photograph: Sang Tan/AP Boris Johnson said ...", "Credit: Reuters/Handout LOS ANGELES ..."
_CREDIT_HEAD = re.compile(r"^\W{0,2}(?:photo(?:graph)?s?|pictures?|images?|credits?)\s*:\s*", re.IGNORECASE)
# "(Manuel Ceneta/Associated Press) The two chairmen ...", "(Jane Roe - AP) BERLIN, March 25 --",
# "(By Jon Doe -- Bloomberg News) NEW YORK ...": a bracketed credit, its agency after a slash or a dash
_CREDIT_BRACKET = re.compile(
    r"^\s*\((?:[^()/]{2,40}/[^()]{2,40}|(?:By\s+)?[A-Z][^()\-]{2,40}?\s+--?\s+[A-Z][^()]{1,30})\)"
    r"\s+(?=[\"“A-Z])"
)
# "(AP) Despite BP's vow ...", "(AP Photo) President Obama warned ...": an agency's name in brackets
# on the second line of a page, the credit of the photo whose caption is the line above
_AGENCY_BRACKET = re.compile(r"^\s*\([A-Z][A-Za-z]{1,12}(?:\s+Photos?)?\)\s+(?=[\"“A-Z])")
# "AP NEW ORLEANS -- ...", "AP2010 President Obama ...": the credit that ended the caption above
_AGENCY_HEAD = re.compile(
    r"^\s*(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Xinhua)"
    r"(?:\d{4}|/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s+(?=[\"“A-Z])"
)
# "June 24: Police tape guards the beach ...": a caption headed by the picture's date
_DATED_CAPTION = re.compile(
    r"^\s*(?:" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\s*:\s+[A-Z]|(?:photo|picture|image)\s+shows\b)",
    re.IGNORECASE,
)
# "Presenter/Jane Roe, Producer/Jon Doe for the BBC": the credits of a programme listing
_PROGRAMME_CREDIT = re.compile(r"\b(?:Presenters?|Producers?|Directors?|Readers?|Writers?)/[A-Z]")
_PLAYER_NOTICE = re.compile(
    r"\bjavascript\b[^.]{0,80}\b(?:enabled|turned on|switched on|flash)\b|\bflash player\b", re.IGNORECASE
)
# A sentence start glued to what came before: "... in London The judge said", "... if convicted
# What happened ...", "... a media "circus" Instead, Judge ...". A determiner or a pronoun starts a
# sentence only before a word in small letters ("The Hague", "A Bola", "Zheng He and" are names).
_OPENER = re.compile(
    r"(?:(?P<det>The|An|This|These|Those|Its|His|Her|Their|More|Some|Many|Most|Several|Hundreds|"
    r"Thousands|Dozens|There|What)|(?P<head>A|In|On|At|After)|(?P<pron>It|He|She|They|We))\s+[a-z]"
    r"|(?P<adv>Instead|However|Meanwhile),\s"
)
# a word that never ends a headline or a caption: "in The Hague", "told The Times", "the"
_NO_END = _words(
    "a an the of in on at to for from by with as into onto about over under after before than and or "
    "but nor that which who whom whose said says told tells say tell is are was were be been has "
    "have had will would can could may might must shall should do does did not no its his her their "
    "our your my this these those vs v via per named called surnamed dubbed titled daily weekly"
)


def _glue_points(line: str, head: bool) -> Iterator[int]:
    """Where a sentence start follows a word that may end a headline or caption (``head``: in
    the page's first line, where the headline and its standfirst stand), the last one first."""
    for m in reversed(list(_CAPITAL_AFTER_SPACE.finditer(line))):
        o = _OPENER.match(line, m.end())
        if o is None or (o["head"] and not head):
            continue
        word_start = line.rfind(" ", 0, m.start()) + 1
        word = line[word_start : m.start()]
        if o["head"] and word[:1].isupper():  # "Group A team", "Made In"
            continue
        last = word.strip("\"'”’`)")
        if not re.search(r"[^\W\d_]", last) or last.lower() in _NO_END or last.endswith((",", ":", ";")):
            continue
        if not head:
            if line.count(" ", 0, word_start) < 3 or last[:1].isupper():  # "Long An", "Zheng He": a name
                continue
            verb = lexicon().verb(last.lower())
            if o["pron"] and verb is not None and verb.form in ("past", "ing"):
                continue
        yield m.end()


_CAPITAL_AFTER_SPACE = re.compile(r"(?<=\S) (?=[A-Z])")
# "Article | The talks ...", "June 10, 2010 - 5:41 PM | by: Jane Roe The talks ...": the kind of an
# item in a list of a site's items, or an item's stamp and author (a first and a last name), before it
_LABEL_HEAD = re.compile(
    r"^\W{0,2}(?:(?:Article|Video|Blog|Blog post|Gallery|Photo gallery|Audio|Interactive)\s*\|"
    r"|" + _MONTH + r"\s+\d{1,2},\s+\d{4}\s+[-–—|]\s+\d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)\s*\|\s*(?i:by):?"
    r"\s+[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+)\s+(?=[\"“A-Z])"
)
# "By Jane Roe Business reporter, Northern News, Harbourton The talks ...": a byline (a name, a job,
# a news desk, a place) run into the line that follows it
_NEWS_BYLINE = re.compile(
    r"^\W{0,2}By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+"
    r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}News\b(?P<comma>,)?\s+"
)


def _byline_end(line: str, m: re.Match[str]) -> int | None:
    """Where the story starts after a byline ``m`` that ends with its news desk and may name a
    place after a comma: before the writer's name again ("..., Texas Jane Roe looks at ..."), else
    after the place: a run of capitalised words has the place in its first one or two ("..., Los
    Angeles Jackson was due", "..., Los Angeles Michael Jackson died"), a run after words in small
    letters is the subject ("..., annual conference Bob Doe said"); or None when no sentence
    follows."""
    at = m.end()
    if m["comma"] is not None:
        first = m["name"].split()[0]
        again = re.search(r"\b" + re.escape(first) + r"\b", line[at : at + 80])
        if again is not None:
            at += again.start()
        else:
            tokens = list(re.finditer(r"\S+", line[at : at + 200]))
            run: list[re.Match[str]] = []
            small = False
            for t in tokens:
                word = t.group()
                if word[:1].isupper():
                    run.append(t)
                    continue
                if run and (small or len(run) >= 2):
                    # a place has one or two words: "Texas", "Los Angeles"
                    at += run[0].start() if small else run[min(len(run) - 1, 2)].start()
                    break
                if not run and not tokens.index(t):
                    return None  # no place after the comma
                small = True
                run = []
            else:
                return None
    return at if _sentence_after(line[at:]) else None


# "19 JANUARY, 1130 GMT, BANI At a service station ...", "NEW CAP FOR THE WELL When engineers ...": a
# live report's entry header or a subheading in capitals (a day, a clock time, a place, a few words)
# run into the entry's first sentence, which opens with a word that starts sentences and small letters
# after it. (A header ends without a comma: not "OK, I know", "IF HE WINS, We will"; nor is a name
# in capitals before a name a header: "NATO Secretary General".)
_CAPS_HEAD = re.compile(
    r"^\W{0,2}(?:[A-Z0-9][A-Z0-9.:/&'’-]*,? ){0,8}[A-Z][A-Z'’-]+ "
    r"(?=(?:The|An|A|This|These|Those|Its|His|Her|Their|Our|My|There|Here|What|In|On|At|After|During|"
    r"For|With|By|From|Since|While|When|Once|If|As|Even|But|And|So|Now|Then|Yet|Still|Such|Although|"
    r"Though|Some|Many|Most|One|Two|Three|It|He|She|They|We|I) [a-z])"
)


def _sentence_after(rest: str) -> bool:
    """Whether the text after a glue point reads as a sentence: a few words, a finite verb."""
    words = _WORD.findall(rest)
    if len(words) < 4:
        return False
    if _finite_clause(words) or (len(words) >= 8 and _ENDS_SENTENCE.search(rest)):
        return True
    lex = lexicon()
    return any(w[:1].islower() and (v := lex.verb(w)) is not None and v.form == "base" for w in words[1:])


def _trim_glued(lines: list[str], content: list[int], dropped: list[Dropped]) -> set[int]:
    """Take page furniture glued to the front of a line off it (in place), noting what went;
    the lines that went whole."""
    gone: set[int] = set()

    def cut(i: int, at: int, reason: str) -> None:
        piece = lines[i][:at].strip()
        if piece:
            dropped.append(Dropped(i, piece, reason))
        lines[i] = lines[i][at:].lstrip()
        if not lines[i]:
            gone.add(i)

    def drop_line(i: int, reason: str) -> None:
        if i not in gone:
            dropped.append(Dropped(i, lines[i], reason))
            gone.add(i)

    for rank, i in enumerate(content):
        line = lines[i]
        if i in gone:
            continue
        if _PLAYER_NOTICE.search(line) and len(line.split()) <= 40:
            drop_line(i, "media player notice")
            continue
        m = _STAMP.search(line, 0, 400) if rank <= 3 else _STAMP.match(line)
        if m is not None:
            at = m.end()
            if (t := _STAMP_TAIL.match(line[at:])) is not None:
                at += t.end()
            nxt = lines[content[rank + 1]] if rank + 1 < len(content) else ""
            # (a clock stamp starting the second line has the caption of the page's photo above it)
            clock_first = rank == 1 and _CLOCK.search(m.group()) is not None
            header_above = content[:rank] if rank <= 3 and (m.start() > 0 or clock_first) else []
            for j in header_above:  # the headline and caption above a page header run into the story
                if len(lines[j].split()) <= 40:
                    drop_line(j, "page header")
            if _CREDIT_HEAD.match(nxt) or not _ENDS_SENTENCE.search(line):
                # the caption stands under the stamp (a story's sentence ends with a full stop)
                drop_line(i, "page header and photo caption")
                continue
            place = _dateline_place(line, m)
            if place is not None:  # "Headline PLACE | Fri May 7, 2010 7:40 pm EDT PLACE (Reuters) - ..."
                # the stamp is the story's dateline (the extractor reads its day as the story's
                # "today"): only the headline before it goes
                cut(i, place, "page header")
            else:
                cut(i, at, "page header")
        head = _CREDIT_HEAD.match(lines[i])
        bracket = _CREDIT_BRACKET.match(lines[i]) or (
            _AGENCY_BRACKET.match(lines[i]) if rank in (1, 2) else None
        )
        agency = _AGENCY_PHOTO_HEAD.match(lines[i]) if head is None and bracket is None else None
        credit = (
            bracket.end()
            if bracket is not None
            else head.end() + _credit_length(lines[i][head.end() :])
            if head is not None
            else agency.end() + _source_length(lines[i][agency.end() :])
            if agency is not None
            else None
        )
        if credit is not None:
            at = credit
            if _sentence_after(lines[i][at:]):
                cut(i, at, "photo credit")
                # the caption the credit closes; on the page's first line it has the headline and
                # standfirst run on before it
                if rank and len(lines[content[rank - 1]].split()) <= (60 if rank == 1 else 40):
                    drop_line(content[rank - 1], "photo caption")
        elif (a := _AGENCY_HEAD.match(lines[i])) is not None and rank:
            above = lines[content[rank - 1]]
            if _DATED_CAPTION.match(above) or _CAPTION.match(above):
                cut(i, a.end(), "photo credit")
                drop_line(content[rank - 1], "photo caption")
        w = _WIRE_DATELINE.search(lines[i], 0, 800) if rank <= 2 and "* " in lines[i][:700] else None
        if w is not None and "* " in lines[i][: w.start()] and len(_WORD.findall(lines[i], w.end())) >= 3:
            # a wire story's summary in bullets (and its byline) run into its dateline: the story
            # starts at the dateline, whose day the extractor reads as the story's
            cut(i, w.start("place"), "summary in bullets")
        if rank <= 3 and (b := _NEWS_BYLINE.match(lines[i])) is not None:
            story_at = _byline_end(lines[i], b)
            if story_at is not None:
                cut(i, story_at, "byline")
        if (lab := _LABEL_HEAD.match(lines[i])) is not None and _sentence_after(lines[i][lab.end() :]):
            cut(i, lab.end(), "page header")
        if (h := _CAPS_HEAD.match(lines[i])) is not None and _sentence_after(lines[i][h.end() :]):
            cut(i, h.end(), "entry header in capitals")
        glued = _glue_points(lines[i], head=all(j in gone for j in content[:rank]))
        last_point = next((p for p in glued if p <= 400 and _sentence_after(lines[i][p:])), None)
        if last_point is not None:
            at = last_point
            before = lines[i][:at]
            if re.search(r"[.!?][\"'”’)]*\s", before) is None and len(_WORD.findall(before)) <= 45:
                cut(i, at, "headline or caption glued to a sentence")
        lead_at = _lead_glue_point(lines[i]) if all(j in gone for j in content[:rank]) else None
        if lead_at is not None:
            cut(i, lead_at, "headline or caption glued to the lead")
        elif (group_at := _group_glue_point(lines[i])) is not None:
            cut(i, group_at, "headline or caption glued to a sentence")
    return gone


# A headline or a photo caption run into the page's lead with no full stop of its own ("Fleet
# returns after storms Harbourton quay was closed for days Norland's fleet has returned ..."). The
# glue point follows a noun that closes a phrase; these words go on into a name or an amount instead
_NOT_LAST = (
    _NO_END
    | FUNCTION_WORDS
    | ROLE_WORDS
    | _words(
        "am pm downtown rival actor actress singer star off courtesy mainland northern southern eastern "
        "western central north south east west northeast northwest southeast southwest young old new "
        "former hundred thousand million billion trillion dozen"
    )
)
# a word before that noun that makes it part of a name's phrase ("its client Michael Jackson",
# "what role Twitter played", "and veteran physicist Jon Roe")
_NAME_LEAD = _words("the a an its his her their our your my this that these those former late fellow")
_NOT_PRIOR = _words("what which whose and or new")
_DATELINE_DASH = re.compile(r"\)\s*[-–—]|\s(?:--|[-–—|])\s")


def _subject_then_verb(rest: str) -> bool:
    """Whether ``rest`` opens with a subject and its verb: capitalised words, at most three in small
    letters, then a finite verb ("Harbour officials say", "The Norland government has said", "NW
    has"); not a name in apposition ("Jon Roe, a ..."), nor an amount ("Estmark crowns (2.7 ...")."""
    tokens = rest.split()[:9]
    i = 0
    while i < len(tokens) and tokens[i][:1].isupper() and re.fullmatch(r"[\w'’.&-]+", tokens[i]):
        i += 1
    if i == 0:
        return False
    lex = lexicon()
    for token in tokens[i : i + 4]:
        if not re.fullmatch(r"[a-z0-9][\w'’-]*", token):
            return False
        v = lex.verb(token)
        if token in _AUXILIARIES or (v is not None and v.form in ("s", "past", "base")):
            return True
    return False


def _finite(word: str) -> bool:
    v = lexicon().verb(word)
    return word in _AUXILIARIES or (v is not None and v.form in ("s", "past"))


def _closes(word: str) -> bool:
    return word in _NO_END or word in FUNCTION_WORDS


def _lead_glue_point(line: str) -> int | None:
    """Where the lead starts on the page's first line after a headline or caption run into it: the
    last point, before the line's first full stop and any dateline, where a noun in small letters
    closing a clause is followed by a subject in capitals and its verb; or None. A noun that a
    determiner, a possessive, a word in small letters or a name qualifies ("its client Jon Roe
    said", "service giant NW has", "Public school Eton will"), or a verb's singular object ("said
    storm Ada has"), goes on into the name after it."""
    end = re.search(r"[.!?][\"'”’)]*(?:\s|$)", line)
    stop = end.start() if end is not None else len(line)
    best = None
    for m in _CAPITAL_AFTER_SPACE.finditer(line, 0, min(stop, 400)):
        word_start = line.rfind(" ", 0, m.start()) + 1
        last, opened, rest = line[word_start : m.start()], line[:word_start], line[m.end() :]
        if (
            not re.fullmatch(r"[a-z]+", last)
            or last in _NOT_LAST
            or last in _CONJUNCTIONS
            or last.endswith(("ing", "ed"))
        ):
            continue
        if lexicon().verb(last) is not None or _DATELINE_DASH.search(opened):
            continue
        before = _WORD.findall(opened)
        if len(before) < 3 or before[-1].lower() in _NAME_LEAD or before[-1].endswith(("'s", "’s")):
            continue
        prior, small = before[-1], before[-2].lower()
        finite = _finite(prior)
        if prior.islower() and (prior in _NOT_PRIOR or not (_closes(prior) or finite)):
            continue
        if not prior.islower() and not (prior.isupper() and _closes(small)):  # "in US history"
            continue
        kinds = classes(last)  # a noun; an adjective only after a verb ("tested positive")
        if "NOUN" not in kinds or ("ADJ" in kinds and not (prior in _AUXILIARIES or prior.endswith("ed"))):
            continue
        if (finite and not last.endswith("s") and "ADJ" not in kinds) or re.search(r"\d", small):
            continue  # "said storm Ada", "four times NW's estimate"
        if opened.count('"') % 2 or opened.count("“") > opened.count("”"):
            continue  # inside a quotation
        if re.match(r"(?:" + _MONTH + r"|" + _WEEKDAY + r")\b|\S+,", rest) or not _subject_then_verb(rest):
            continue  # "until at least Wednesday", "in journal Science, researchers say"
        if "VERB" in kinds and (prior == "to" or prior in _AUXILIARIES):
            continue  # "will seek to bolster European support"
        if _finite_clause([*before, last]) and _finite_clause(_WORD.findall(rest[:120])[:8]):
            best = m.end()
    return best


# A caption or headline (a clause of its own) run into a sentence whose subject is a group of
# people: "Many countries already have flu precautions in place UN health officials are expected
# ...", "... concert in Cardiff Organisers said ...", "... its containment efforts Mexican authorities
# have taken ...". A capitalised word, at most two in small letters and a plural noun, then a
# finite verb, right after a word with no punctuation: prose puts a comma or a full stop there.
_GROUP_SUBJECT = re.compile(r" [A-Z][\w'’-]*(?: [a-z][\w'’-]*){1,3}")
_GROUP_VERBS = _words("say said have had are were will would could can may might must do did")
# people named by what they do ("organisers", "scientists", "officials"): a glued sentence's subject
_PEOPLE_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ive)s$")
_PEOPLE = _words("officials authorities police experts people leaders troops forces staff crews families")
_CONJUNCTIONS = _words("whether if because though although unless whereas once since")
_PLACE_PREPOSITIONS = _words("in at near from")
_TIME_WORDS = _words(
    "week weeks month months year years day days morning afternoon evening night weekend time ago "
    "today yesterday tonight tomorrow hour hours decade quarter season"
)


def _group_glue_point(line: str) -> int | None:
    """Where a sentence starts after a headline or caption run into it, found by its subject (a
    group of people, see :data:`_GROUP_SUBJECT`), in the line's first sentence; or None. The
    words before must hold a finite verb (a caption or headline is a clause; an opening phrase
    without a comma, "Last week Iraqi officials said", is none) and end on a noun or a name
    after a preposition ("in Cardiff"), never on a title or a time word."""
    end = re.search(r"[.!?][\"'”’)]*(?:\s|$)", line)
    stop = min(end.start() if end is not None else len(line), 400)
    for m in _GROUP_SUBJECT.finditer(line, 0, stop):
        tokens = m.group().split()
        size = next((k for k in range(1, len(tokens)) if _group_subject(tokens[:k], tokens[k])), 0)
        if not size:
            continue
        opened = line[: m.start()]
        before = _WORD.findall(opened)
        if not 4 <= len(before) <= 25 or re.search(r"[,;:(`]", opened) or opened.count('"') % 2:
            continue  # a caption is short; a comma or an open quotation: a sentence's own parts
        last = before[-1]
        if not opened[-1:].isalpha():
            continue  # a comma, a quote or a bracket ends the words before: prose
        lowlast = last.lower()
        if (
            lowlast in _NOT_LAST
            or lowlast in _TIME_WORDS
            or lowlast in _CONJUNCTIONS
            or lowlast.endswith(("ed", "ing"))
        ):
            continue
        if last[:1].isupper():
            # a one-word name after a preposition ("in Cardiff"), not a run of names ("Petroleum
            # Exporting Countries said", "Prime Minister")
            if before[-2].lower() not in _PLACE_PREPOSITIONS or last.isupper():
                continue
            if re.fullmatch(_MONTH + "|" + _WEEKDAY, last):
                continue
        else:
            # a noun closing the caption: not a verb's ("officials believe Iraqi forces are"),
            # an adjective's ("fellow Democrats"), nor one a relative clause goes on from ("the
            # amount Americans use", "a plan Louisiana officials made")
            kinds = classes(lowlast)
            if "NOUN" not in kinds or "ADJ" in kinds or before[-2].lower() in _NAME_LEAD | {"to"}:
                continue
            if (v := lexicon().verb(lowlast)) is not None and v.form == "past":
                continue  # "said he thought"
            if size > 1 and not (lowlast.endswith("s") or before[-2].lower() in _NO_END):
                continue  # "to recoup money US taxpayers are expected to lose": a clause on "money"
        if not _clause(before) or not _sentence_after(line[m.start() + 1 :]):
            continue
        return m.start() + 1
    return None


def _clause(words: list[str]) -> bool:
    """Whether ``words`` hold a finite verb: :func:`_finite_clause`'s, or a plural's present
    ("brothers speak about ...")."""
    if _finite_clause(words):
        return True
    lex = lexicon()
    for prev, w in itertools.pairwise(words):
        if w.islower() and prev.lower().endswith("s") and (v := lex.verb(w)) is not None and v.form == "base":
            return True
    return False


def _group_subject(words: list[str], verb: str) -> bool:
    """Whether ``words`` (a capitalised word, then words in small letters) name a group of
    people by a plural noun and ``verb`` is their finite verb: "UN health officials are"."""
    low = words[-1].lower()
    if not (low in _PEOPLE or (_PEOPLE_NOUN.search(low) and "NOUN" in classes(low))):
        return False
    if verb in _GROUP_VERBS:
        return True
    v = lexicon().verb(verb)
    return v is not None and v.form in ("past", "base")


_MONTHS = {
    m: i + 1 for i, m in enumerate(re.findall(r"\w+", "jan feb mar apr may jun jul aug sep oct nov dec"))
}
_STAMP_DAY = re.compile(
    r"\b(?P<d>\d{1,2})\s+(?P<m>" + _MONTH + r")\s+(?P<y>\d{4})\b"
    r"|\b(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b"
    r"|\b(?P<y3>\d{4})\s+(?P<m3>\d{2})\s+(?P<d3>\d{2})\b"
)


def page_stamp(text: str) -> tuple[FuzzyDate, str] | None:
    """The day a page's own time stamp gives and the stamp's words, or None: the stamp at the
    head of the page ("Thursday 15 July 2010 15.04 BST", "Fri May 7, 2010 7:40 pm EDT", "Last
    updated at 14:32 GMT, Monday, 3 May 2010", "Friday, December 19, 2008; 10:02 AM"), in the
    first four lines with words, where :func:`drop_boilerplate` takes it out of the text. A stamp
    without a day ("Last updated at 14:32 GMT") gives none, nor a line of several stamps (a blog's
    list of its posts)."""
    lines = [line for line in text[:3000].split("\n") if line.strip()][:4]
    for rank, line in enumerate(lines):
        m = _STAMP.search(line, 0, 400) if rank <= 3 else None
        if m is None or _STAMP.search(line, m.end()) is not None:
            continue  # (a list of posts, each with its stamp, is not the page's)
        d = _STAMP_DAY.search(m.group())
        if d is None:
            continue
        month = int(d["m3"]) if d["m3"] else _MONTHS[(d["m"] or d["m2"])[:3].lower()]
        try:
            day = FuzzyDate(int(d["y"] or d["y2"] or d["y3"]), month, int(d["d"] or d["d2"] or d["d3"]))
        except ValueError:  # "31 February": not a day
            continue
        return day, " ".join(m.group().strip("| ").split())
    return None


def _dateline_place(line: str, stamp: re.Match[str]) -> int | None:
    """Where the place of a wire dateline begins before a "PLACE | stamp PLACE (Agency) -"
    header, or None when the stamp is not such a dateline's."""
    if not stamp.group().startswith("|"):
        return None
    after = re.match(r"\s*([A-Z][^()|]{1,60}?)\s*\([A-Za-z .&-]{2,30}\)\s*[-–—]", line[stamp.end() :])
    if after is None:
        return None
    at = line.rfind(after.group(1), 0, stamp.start())
    return at if at >= 0 else None


def _credit_length(rest: str) -> int:
    """How many characters of ``rest`` a photo credit takes: up to its last "Name/Agency" word,
    else its first word ("Reuters The gusher ...")."""
    tokens = list(re.finditer(r"\S+", rest))
    end = 0
    for t in tokens[:7]:
        if "/" in t.group():
            end = t.end()
    if end == 0 and tokens:
        end = tokens[0].end()
    for t in tokens:  # "Name/AFP/Getty Images": an agency's name goes on after its slash
        if t.start() >= end and t.start() - end <= 1 and t.group() in _CREDIT_TAIL:
            end = t.end()
    return end


# "AP Photo/Dave Martin The spill ...", "AP Photo/Transocean BP has begun ...": an agency's photo
# credit and the photographer or source after its slash, run into the line after a caption
_AGENCY_PHOTO_HEAD = re.compile(r"^\s*(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Xinhua)\s+Photos?/(?=[A-Z])")
_SENTENCE_OPENERS = _words(
    "The A An As According In On At It This These He She They There But When While After For"
)


def _source_length(rest: str) -> int:
    """How many characters of ``rest`` the photographer's or source's name after an agency's
    "Photo/" takes: capitalised words (three at most, or four with an initial), up to a word that
    opens a sentence, a possessive, or the subject of the verb in small letters after it
    ("Transocean BP has begun": the name is "Transocean")."""
    tokens = list(re.finditer(r"\S+", rest))
    end = tokens[0].end() if tokens else 0
    for k, t in enumerate(tokens[1:5], 1):
        word = t.group()
        nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if not word[:1].isupper() or word in _SENTENCE_OPENERS or word.endswith(("'s", "’s")):
            break
        if nxt[:1].islower() or (k >= 3 and not re.fullmatch(r"[A-Z]\.", tokens[k - 1].group())):
            break
        end = t.end()
    return end


# "... By Ann Lee and Bo Kim HARBOURTON, April 24 (Reuters) - ", "NEW YORK/PARIS (Reuters) -",
# "SAINT-PIERRE, Estmark, May 12 (Reuters) -": a wire dateline (and the byline before it)
_WIRE_DATELINE = re.compile(
    r"(?P<by>By (?:[A-Z](?:[a-z][\w'’-]*|\.),? (?:and )?){1,8}(?:[\w,]+ ){0,6}?(?=[A-Z]{2}))?"
    r"(?P<place>(?<![\w-])[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+){0,3}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r",? (?:" + _MONTH + r" \d{1,2} )?)\((?:Reuters|AP|AFP)\) [-–—]+ "
)


_CREDIT_TAIL = _words("Images Photo Photos Pictures Press Handout Agency")
