"""Who a title says spoke: the person the sentence names as the speaker, never the listener of
"told" nor a country whose decision the words are about (invented sentences)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events

PUB = FuzzyDate.parse("2031-03-12")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUB)]


def test_who_is_told_is_the_listener_not_the_speaker() -> None:
    text = (
        '"After 2030, it would not be possible to keep output if we are not opening new areas," '
        "Ana Moen, Norvik's head of exploration in Vessland, told Reuters on Thursday."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Reuters") for t in titles), titles
    assert any(t.startswith("Moen: ") for t in titles), titles


def test_a_country_owning_the_object_of_a_gerund_is_no_speaker() -> None:
    text = (
        "The Swedish foreign ministry on Wednesday said it would not comment before "
        '"verifying" Norway\'s decision to expel the envoys.'
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Norway") for t in titles), titles


def test_a_name_set_apart_before_the_verb_of_saying_is_the_speaker() -> None:
    text = (
        '"It has to be done quickly," the head of the relief mission to Vessland, Ana Moen, '
        "said after talks in Tarvik with the foreign minister, Piet Okoro."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Okoro") for t in titles), titles


def test_who_said_it_is_not_the_subject_of_what_was_said() -> None:
    text = (
        "Piet Okoro, vice-president of Vessland Telecom, said the firm and its partner, "
        "a US company, may reach a deal this month on lower rates."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Okoro may") for t in titles), titles


def test_the_speaker_is_the_name_the_apposition_follows_not_a_name_inside_it() -> None:
    text = (
        '"We expect little from this visit," Piet Okoro, chairman of the Vessland Rights Monitor, '
        "told reporters on Monday."
    )
    titles = _titles(text)
    assert any(t.startswith("Okoro") for t in titles), titles
    assert not any(t.startswith(("Monitor", "Reporters")) for t in titles), titles


def test_she_is_never_the_man_the_text_called_he() -> None:
    text = (
        "Piet Okoro said he had broken his ankle when troops stormed the embassy.\n\n"
        '"I am home, free at last," he told a news conference.\n\n'
        "His wife travelled to the capital in January for the long vigil.\n\n"
        '"When I saw the smoke, I thought I would never see him again," she said.\n\n'
        '"I was really glad to learn that my husband was safe."'
    )
    titles = _titles(text)
    glad = [t for t in titles if "glad" in t]
    assert glad, titles
    assert not any(t.startswith("Okoro:") for t in glad), titles


def test_a_body_named_before_its_officer_after_said_is_not_the_speaker() -> None:
    text = '"This is a wake-up call," said Vessland Rights Watch Executive Director Ana Moen.'
    titles = _titles(text)
    assert any(t.startswith("Moen: ") for t in titles), titles
    assert not any(t.startswith(("Vessland", "Rights", "Watch")) for t in titles), titles


def test_a_body_named_in_apposition_before_said_is_the_speaker_not_a_name_in_what_it_said() -> None:
    text = (
        "The EU's executive body, the European Commission, said it has received new offers from "
        "the Vessland Football League which make it possible to resolve the dispute by spring."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith(("Vessland", "League")) for t in titles), titles
    assert not any("resolves" in t for t in titles), titles


def test_a_name_in_an_opening_phrase_is_not_the_speaker_set_apart_after_it() -> None:
    text = (
        "Speaking after talks with Prime Minister Piet Okoro, Japan's ambassador to Vessland, "
        "Taro Sato, said the visit had been a success."
    )
    events = extract_events(text, PUB)
    assert events, text
    assert all(not e.title.startswith("Okoro") for e in events), [e.title for e in events]
    assert events[0].actors[0] == "Taro Sato", events[0].actors


def test_who_was_quoted_as_saying_it_is_the_speaker_of_what_was_said() -> None:
    text = (
        "Vessland's police chief Ana Moen was quoted by local papers as saying on Tuesday that "
        "the country had spent a lot of money on the inquiry."
    )
    titles = [e.title for e in extract_events(text, FuzzyDate.parse("2031-03-11"))]
    assert any(t.startswith("Moen says") for t in titles), titles


def test_a_chinese_family_name_that_is_also_a_city_s_other_name_names_the_person() -> None:
    # "Chen" is another name of the city of Chenzhou: beside a given name it is a person's
    # family name, and alone later it is that person, who spoke, not the city nor the man he
    # talked of
    text = (
        "The state news agency on Thursday denied that its former bureau chief had tried to defect.\n"
        '"Their story is baseless," Chen Liwei, the head of the agency\'s foreign desk, said.\n'
        "Journalists are not allowed to leave the country with their children.\n"
        "Chen conceded that Wei Tianyu had killed himself but insisted the death had nothing to do "
        "with politics.\n"
        '"He had come back home before going on to a new post," he said.\n'
        '"He was preparing the paperwork for the move."'
    )
    titles = _titles(text)
    assert not any("Chenzhou" in t for t in titles), titles
    assert any(t.startswith("Chen concedes Wei") for t in titles), titles
    assert any(t.startswith("Chen: he") for t in titles), titles
    assert not any(t.startswith("Wei: ") for t in titles), titles


def test_a_family_name_given_first_is_the_person_named_in_full_before() -> None:
    found = {}
    _mentions_of("Agency chief Wei Guolin quit on Monday.", found)
    (wei,) = [m for m in _mentions_of("Officials said Wei was tired.", found) if m.text == "Wei"]
    assert (wei.kind, wei.name) == ("person", "Wei Guolin")


def test_a_closing_attribution_names_the_person_not_the_body_before_the_role() -> None:
    text = (
        '"We sent the trucks to the camps on Sunday. The roads are open again," Ana Berg, the director '
        "of the Vessland Aid Office, said."
    )
    titles = _titles(text)
    assert any(t.startswith("Berg: we sent") for t in titles), titles
    assert not any(t.startswith("Office:") for t in titles), titles
    text = text.replace("Ana Berg, the director of the Vessland Aid Office,", "Aid Office director Ana Berg")
    titles = _titles(text)
    assert any(t.startswith("Berg: we sent") for t in titles), titles


def test_the_speaker_named_after_what_was_said_is_not_its_subject() -> None:
    text = (
        "Senior official Peter Lindqvist visited the port city on Sunday. Foreigners who had lived in "
        "the city before could claim residence within a year of the handover, Lindqvist said."
    )
    titles = _titles(text)
    assert len(titles) == 2, titles
    assert not titles[1].startswith("Lindqvist could"), titles


def _mentions_of(text: str, known: dict[str, str]):
    from timeline_app.core.extract.mentions import find_mentions
    from timeline_app.core.gazetteer import gazetteer
    from timeline_app.core.text import tokenize

    return find_mentions(tokenize(text), gazetteer(), known)


def test_a_station_named_after_its_country_is_the_speaker_not_the_country() -> None:
    # (a country's own organs, "Kenya Army", are still filed as the country)
    titles = _titles(
        "Earlier, the Israel Radio reported on Friday that intelligence showed a group was planning "
        "an attack at the border crossing."
    )
    assert titles and titles[0].startswith("Israel Radio"), titles
    found = _mentions_of("the Kenya Television reported", {})
    assert [(m.kind, m.name) for m in found if m.kind != "unknown"] == [("org", "Kenya Television")]
    titles = _titles("Kenya Airways vice-president TK Obura said on Saturday that the airline remained keen.")
    assert not any(t.startswith("Kenya Airways says") for t in titles), titles


def test_a_surname_with_a_particle_capitalised_at_the_sentence_start_is_the_person() -> None:
    known: dict[str, str] = {}
    _mentions_of("Party official Omar al-Haddad spoke on Monday.", known)
    (m,) = [m for m in _mentions_of("Al-Haddad denied the reports.", known) if m.text == "Al-Haddad"]
    assert (m.kind, m.name) == ("person", "Omar al-Haddad")


def test_a_place_after_a_bracketed_body_is_not_the_speaker() -> None:
    titles = _titles(
        "A leader of the Vessland Liberation Front (VLF) in Osk said on Thursday that there was some "
        "progress on the release of the prisoners."
    )
    assert titles, titles
    assert not titles[0].startswith("Osk"), titles


def test_an_impersonal_it_says_nothing_for_the_thing_before() -> None:
    titles = _titles("The statue was stolen in 1990. It is thought that the statue was taken abroad.")
    assert not any(t.startswith("Statue says") for t in titles), titles


def test_the_listener_of_told_is_no_part_of_what_was_said() -> None:
    for text in (
        "Dean Holm, president of Vessland Aid, told a news conference here that unless food reaches the "
        'country\'s children within 30 days "the future of the country is very grim."',
        "Vessland officials, including President Ana Moen, have warned people that although it is not "
        "illegal to stay away from the vote, inciting others to do so is punishable.",
    ):
        titles = _titles(text)
        assert titles, text
        assert not any(t.lower().startswith(("a news conference", "people that")) for t in titles), titles


def test_she_after_the_judge_is_the_judge_named_before_not_the_lawyer_named_last() -> None:
    text = (
        "But Superior Court Judge Ana Pastorek ruled on Monday that the surgeon would not be called to "
        "testify. Prosecution lawyer David Walberg also said the autopsy found no traces of the drug. "
        "The judge also barred the defense from calling five other doctors to give evidence. But she "
        "allowed them to call the family doctor."
    )
    titles = _titles(text)
    assert any(t.startswith("Pastorek allowed") or t.startswith("Pastorek allows") for t in titles), titles
    assert not any(t.startswith("Walberg allow") for t in titles), titles


def test_he_after_a_name_no_list_knows_is_that_subject_not_the_person_it_talks_of() -> None:
    text = (
        "The agency denied on Thursday that its former bureau chief had defected. Ruizar conceded that "
        "Marco Tellini had killed himself but said the death had nothing to do with politics. "
        '"He had come back to Rome before going to a new post," he said.'
    )
    titles = _titles(text)
    assert any(t.startswith("Ruizar: he had come back") for t in titles), titles
    assert not any(t.startswith("Tellini: ") for t in titles), titles


def test_a_surname_without_its_arabic_article_is_the_person_named_with_it() -> None:
    known: dict[str, str] = {}
    _mentions_of("Prime Minister Rafiq al-Harawi arrived on Monday.", known)
    (m,) = [m for m in _mentions_of("Officials said Harawi was tired.", known) if m.text == "Harawi"]
    assert (m.kind, m.name) == ("person", "Rafiq al-Harawi")


def test_the_country_of_a_place_the_sentence_names_is_not_its_subject() -> None:
    titles = _titles(
        "The 80,000 refugees near Kisangani are emaciated and ill after fleeing the rebel advance, "
        "usually without access to food."
    )
    assert not any(t.startswith(("Democratic Republic of the Congo", "Congo")) for t in titles), titles


def test_the_noun_before_a_gerund_after_with_is_its_subject() -> None:
    titles = _titles(
        "A series of climate meetings opened in Nairobi, Kenya on Monday with participants warning that "
        "climate change is one of the greatest challenges."
    )
    assert not any(t.startswith("Kenya warns") for t in titles), titles
    assert any(t.startswith("Participants warn") for t in titles), titles


def test_a_demonym_for_people_in_a_title_stays_a_demonym() -> None:
    titles = _titles("The ship was welcomed on Sunday by hundreds of French from the harbour town.")
    assert titles and "of French" in titles[0] and "France" not in titles[0], titles


def test_an_abbreviated_rank_after_a_role_is_no_speaker() -> None:
    text = (
        "Vessland Defence Forces Chief of Staff Lt.-Gen. Piet Okoro said on Monday that the army was "
        'not "giving up" on the border. Navy Col. Ana Moen, who trained 300 cadets in Tarvik, '
        "praised the recruits on Tuesday."
    )
    titles = _titles(text)
    assert any(t.startswith("Okoro says") for t in titles), titles
    assert any(t.startswith("Moen ") for t in titles), titles
    assert not any(t.startswith(("Lt", "Gen", "Col")) for t in titles), titles


def test_a_rank_written_before_a_name_is_no_part_of_the_name() -> None:
    text = (
        "Lt Col Piet Okoro inspected the border posts in Tarvik on Monday. Okoro said the posts were ready."
    )
    actors = {a for e in extract_events(text, PUB) for a in e.actors}
    assert "Piet Okoro" in actors, actors
    assert not any(a.startswith("Lt") for a in actors), actors


def test_a_chinese_family_name_is_how_a_headline_calls_the_person() -> None:
    text = "Hao Gang, deputy head of the bank's Tarvik office, said on Monday that loans would go to farmers."
    titles = _titles(text)
    assert any(t.startswith("Hao ") for t in titles), titles
    assert not any(t.startswith("Gang") for t in titles), titles


def test_a_demonym_before_an_ing_noun_is_no_subject_of_its_own() -> None:
    titles = _titles(
        "Two Vesslandic fishing boats entered Tarvik waters on Monday. "
        "A Chinese fishing boat collided with a patrol vessel on Tuesday. "
        "Israeli shelling killed two people on Wednesday."
    )
    assert any(t.startswith("Chinese fishing boat collides") for t in titles), titles
    assert any(t.startswith("Israeli shelling kills") for t in titles), titles
    assert not any(t.startswith(("Chinese collides", "Israeli kills")) for t in titles), titles


def test_a_body_named_by_its_last_word_keeps_its_name() -> None:
    titles = _titles(
        "Norvik Software reported revenue of 40 million dollars on Monday. "
        '"We are sorry," said Ana Moen on Tuesday when told by the Tarvik Control Center '
        "that the launch had failed."
    )
    assert any(t.startswith("Norvik Software reports") for t in titles), titles
    assert not any(t.startswith(("Software", "Center")) for t in titles), titles


def test_a_quotation_opening_on_a_pronoun_is_titled_with_its_speaker() -> None:
    # the words are the speaker's: "our" and "we" are theirs, named before them, not left alone
    text = (
        '"Our troops reached the border on Monday and seized the depots," said Ana Moen, '
        "the army spokeswoman."
    )
    assert _titles(text) == ["Moen: our troops reached the border and seized the depots"]
    text = 'Ana Moen arrived in Tarvik on Monday. "Our convoy crossed the border on Sunday," she said.'
    assert "Moen: our convoy crossed the border" in _titles(text)


def test_a_quotation_gets_no_speaker_the_sentence_does_not_name() -> None:
    # "the former Brazilian minister" is no "Brazil": the pronoun stays unexplained, not misnamed
    text = '"They crossed the border on Sunday," the former Brazilian minister said.'
    assert not any(t.startswith("Brazil") for t in _titles(text)), _titles(text)


def test_the_name_right_after_an_inverted_said_is_the_speaker_not_who_told_them() -> None:
    text = (
        "State prosecutor Ana Moen said on Friday she had decided. The file will be passed on to "
        'attorney general Piet Okoro. The results "will speak for themselves," said Moen, while Okoro '
        'said he agreed. She said earlier the same day that there were "different opinions" in her office.'
    )
    titles = _titles(text)
    assert any(t.startswith("Moen says") and "opinions" in t for t in titles), titles
    assert not any(t.startswith("Okoro says") and "opinions" in t for t in titles), titles


def test_a_bank_named_by_its_country_is_the_bank_not_the_country() -> None:
    events = extract_events("The Bank of France said on Monday that it had raised its main rate.", PUB)
    assert not any(e.title.startswith("France") for e in events), [e.title for e in events]
    assert any("Bank of France" in e.actors for e in events), [e.actors for e in events]


def test_a_people_named_in_the_plural_keeps_its_name_and_its_plural() -> None:
    titles = _titles("Hundreds of Palestinians clashed with soldiers in Tarvik on Monday.")
    assert any(t.startswith("Palestinians clash") for t in titles), titles
    assert not any(t.startswith("Palestinian Territory") for t in titles), titles


def test_a_second_clause_after_and_with_a_subject_of_its_own_is_not_the_first_subject_s() -> None:
    titles = _titles("Ana Moen arrived in Tarvik on Monday and Piet Okoro would join her on Friday.")
    assert any(t.startswith("Okoro") for t in titles), titles


def test_a_quotation_told_by_its_own_sentence_keeps_its_teller_not_the_next_one() -> None:
    text = (
        '"Our inquiry found there was no intent to desecrate the remains, but only to dispose of them '
        'for reasons of hygiene," operational commander of the Norland forces General Ana Moen told '
        "reporters in Tarvik on Saturday.\n\nBut she added that four soldiers would be disciplined.\n\n"
        '"This abuse will push people towards the rebels," Piet Okoro added.'
    )
    titles = _titles(text)
    assert any(t.startswith("Moen: ") and "inquiry" in t for t in titles), titles
    assert not any(t.startswith("Okoro: ") and "inquiry" in t for t in titles), titles


def test_a_quotation_paragraph_goes_on_with_the_speaker_of_the_one_before() -> None:
    text = (
        "Vessland won its first medal in 20 years on Sunday, beating Norland in three sets.\n\n"
        "\"We are very happy, because after 20 years we received this medal. It doesn't matter (whether "
        "it's gold or silver), it's the bronze, but it's very important for us,\" said Vessland captain "
        'Ana Moen.\n\n"Life is strange, because yesterday it was the saddest day. We found the strength to '
        'win this game after the defeat of Saturday."'
    )
    titles = _titles(text)
    assert any(t.startswith("Moen: we found") for t in titles), titles
    assert not any(t.startswith("Vessland: we found") for t in titles), titles


def test_a_teller_named_by_a_role_after_the_quotation_is_the_person_so_titled() -> None:
    text = (
        "Norland's team lost on Sunday, the last match for Karl Lund, whose brother, team captain "
        "Piet Lund, retired.\n\n"
        '"I wanted to win this one for him," said Norland coach Ana Moen.\n\n'
        '"This was his last match for the national team," admitted the captain. "I will think about '
        'it, because I will become a father in a month."'
    )
    titles = _titles(text)
    assert not any(t.startswith("Moen: I will") or t.startswith("Moen: this was") for t in titles), titles


def test_the_role_that_says_a_quotation_is_its_teller_not_the_agency_that_reported_it() -> None:
    text = (
        "Vessland Interior Minister Ana Moen has criticised the training of police recruits abroad.\n\n"
        '"We aren\'t convinced by the level of training of the police officers by the Norland experts" '
        "the minister said Tuesday during a press conference here, the news agency Wam reported."
    )
    titles = _titles(text)
    assert any(t.startswith("Moen: ") and "convinced" in t for t in titles), titles
    assert not any(t.startswith("Wam") for t in titles), titles


def test_the_former_minister_is_the_former_minister_the_text_spoke_of_not_another_minister() -> None:
    text = (
        "Former development minister Ana Moen said the president was out of touch.\n\n"
        'Meanwhile Norland deputy foreign minister Piet Okoro said on Thursday that "despotic rule" '
        "was no longer possible.\n\n"
        "Moen expressed doubts about the rebels' support.\n\n"
        "The former minister said she hoped the rebel leader would take part in talks."
    )
    titles = _titles(text)
    assert not any(t.startswith("Okoro hoped") for t in titles), titles


def test_a_quotation_on_lines_of_its_own_closes_with_its_teller_on_the_next_line() -> None:
    text = (
        "The United States and Vessland have been at odds for decades, officials said.\n"
        "At a conference this week in Tarvik, oil experts said it was time to allow cooperation.\n"
        '"We are not talking about a transfer of technology.\n'
        'All we are asking is that the experts can pick up the phone," said oil expert Ana Moen.'
    )
    titles = _titles(text)
    assert any(t.startswith("Moen: we are not talking") for t in titles), titles


def test_he_who_closes_a_quotation_is_its_speaker_not_a_man_it_named() -> None:
    text = (
        '"Many keys along this coast have been left alone," said Ana Moen, an attorney at the '
        "Coastal Fund.\n"
        '"Piet Okoro set up a fish camp on one of them in the 1940s and it has not changed.\n'
        'If he were still alive, he would still recognise it today," she said of the writer.'
    )
    titles = _titles(text)
    assert not any(t.startswith("Okoro: he would") for t in titles), titles


def test_a_force_is_a_body_never_a_person() -> None:
    events = extract_events("The Rapid Reaction Force says it will deploy 500 troops to the border.", PUB)
    assert any("Rapid Reaction Force" in e.actors for e in events), [e.actors for e in events]
    assert not any(e.title.startswith("Force") for e in events), [e.title for e in events]


def test_the_teller_of_an_inverted_says_is_the_name_after_it_not_a_body_named_before() -> None:
    text = (
        "United Nations envoy Piet Okoro began a new mission to Vessland on Tuesday.\n\n"
        '"If there could be a settlement of this dispute, there could be not just economic gains for '
        'the region but political gains as well," says Okoro.'
    )
    titles = _titles(text)
    assert not any(t.startswith("United Nations: ") for t in titles), titles


def test_one_of_a_people_who_speaks_is_that_person_never_the_state() -> None:
    text = (
        "Piet Okoro won the Vessland Open on Sunday after a play-off.\n\n"
        '"I was expecting to congratulate the winner when he came in," said the Scot, 42.\n\n'
        '"It is looking difficult but not impossible," said the British source.'
    )
    titles = _titles(text)
    assert not any(t.startswith("United Kingdom") for t in titles), titles
    assert any(t.startswith("British source: ") for t in titles), titles


def test_an_acronym_the_gazetteer_files_as_a_town_is_a_body() -> None:
    events = extract_events(
        "The USIS said on Friday that a grant of 25 million dollars would be used to help farmers.", PUB
    )
    assert not any("Wuxi" in e.actors or e.title.startswith("Wuxi") for e in events), [
        (e.title, e.actors) for e in events
    ]


def test_the_speaker_before_an_apposition_and_a_day_is_the_one_who_said_it() -> None:
    text = (
        "Piet Okoro, the son of the late founder of Vessland's republic, on Thursday said there was "
        "nothing wrong with foreign help to rebels seeking to oust President Ana Moen."
    )
    titles = _titles(text)
    assert any(t.startswith("Okoro says") for t in titles), titles
    assert not any(t.startswith("Moen says") for t in titles), titles


def test_a_leader_s_name_between_a_role_and_an_unknown_name_is_a_first_name() -> None:
    events = extract_events(
        "Maronite Cardinal Nasrallah Moen, head of the church, said on Friday he hopes the visit "
        "will help the country's recovery.",
        PUB,
    )
    assert not any("Hezbollah" in e.actors for e in events), [e.actors for e in events]
    assert any(e.title.startswith("Moen") for e in events), [e.title for e in events]
