"""Articles in other languages: detection, and dates from dateparser's word tables."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag
from timeline_app.core.temporal.languages import detect_language

WEDNESDAY = dt.date(2025, 12, 3)

ARTICLES = {
    "fr": "Le président a rencontré son homologue lundi à Paris. Le sommet du 2 décembre 2025 a été reporté, "
    "et la réunion s'est tenue il y a trois jours selon le ministère. Hier, les négociations ont repris.",
    "de": "Der Kanzler hat am Montag in Berlin gesprochen. Am 2. Dezember 2025 wurde das Abkommen "
    "unterzeichnet. Vor drei Tagen sei nichts passiert, sagte er gestern. Das ist nicht neu.",
    "es": "El presidente se reunió el lunes con su homólogo. El 2 de diciembre de 2025 se firmó el acuerdo. "
    "Hace tres días no pasó nada, dijo ayer el ministro de la región.",
    "ru": "Президент встретился с коллегой в понедельник в Москве. 2 декабря 2025 года было подписано "
    "соглашение. Три дня назад ничего не произошло, заявил он вчера. Это было также важно.",
    "uk": "Президент зустрівся з колегою у понеділок у Києві. 2 грудня 2025 року було підписано угоду. "
    "Три дні тому нічого не сталося, заявив він учора. Це було також важливо для України.",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_language_is_detected(lang):
    assert detect_language(ARTICLES[lang]) == lang


def test_english_is_detected():
    assert detect_language("The minister said on Monday that the talks had failed.") == "en"


@pytest.mark.parametrize(
    "text", ["He served 20 years. Old habits die hard.", "She will fly to Kyiv but they stay home."]
)
def test_short_english_with_a_word_german_shares_is_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_dates_in_other_languages(lang):
    found = {e.value for e in tag(ARTICLES[lang], WEDNESDAY)}
    assert "2025-12-01" in found  # Monday, the last one before the publication date
    assert "2025-12-02" in found  # the absolute date, and "yesterday"
    assert "2025-11-30" in found  # three days ago


def test_russian_month_in_the_prepositional_case():
    found = tag("Переговоры продолжатся в декабре 2025 года, сообщил он.", WEDNESDAY, language="ru")
    assert [e.value for e in found] == ["2025-12"]


def test_numeric_dates_are_day_first_outside_english():
    found = tag("La réunion du 03/04/2025 a été annulée par le ministère.", WEDNESDAY, language="fr")
    assert [e.value for e in found] == ["2025-04-03"]


def test_unknown_language_falls_back_to_english():
    assert [e.value for e in tag("Talks ended on Monday.", WEDNESDAY, language="xx")] == ["2025-12-01"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le ministre se rendra à Moscou mardi pour des entretiens.", "fr", "2025-12-09"),
        ("Le ministre a rencontré le président mardi dernier à Paris.", "fr", "2025-12-02"),
        ("Der Minister wird am Dienstag nach Moskau reisen.", "de", "2025-12-09"),
        ("El ministro viajará a Moscú el martes.", "es", "2025-12-09"),
        ("Министр будет в Москве во вторник.", "ru", "2025-12-09"),
        ("Міністр буде в Москві у вівторок.", "uk", "2025-12-09"),
        ("Der Minister war am Dienstag in Moskau.", "de", "2025-12-02"),
    ],
)
def test_weekdays_in_other_languages_follow_future_markers(text, lang, value):
    assert [e.value for e in tag(text, WEDNESDAY, language=lang)] == [value]
