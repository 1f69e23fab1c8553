"""Code review 15: made-up articles the generator garbled. A member of a counted list asked
beside its partners, an event's date said twice, cities offered for a district, "a" written
before a currency figure said with a vowel ("an $8 billion"), years still to come offered for
a past event of an undated article, a year read with the count after it ("1950 million"), and
a span with a clause of its own fronted with an amount."""

from __future__ import annotations

from typing import Any

from questions.generate import pipeline
from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.indefinite import indefinite, takes_article
from questions.generate.pipeline import generate
from questions.generate.placeunits import place_unit, unit_places

DEPOTS = """Rail firm picks new depot sites

Monday, March 9, 2015

The Northern Rail Company will build new train depots next year, the firm said on Monday. \
The firm will spend £40 million on the depots, which will employ 600 people. Company chief \
Anna Pell said the sites were chosen for their links to the main line. Four towns, Bexley, \
Rowan, Hale and Tinmouth, had asked for a depot. The company runs 120 trains a day across \
the region. Workers at the old depot in Stanway will be offered jobs at the new sites. The \
union welcomed the plan but said it wanted more details on pay for its members."""

FLOOD = """Valley towns rebuild after the flood

Thousands of farmers in the valley of Tarsin were left homeless after the flood in the \
spring. Volunteers built 300 shelters in the spring. The government has promised new homes \
by the end of the year. Aid groups say the winter has made life harder for families in the \
tents. Doctors in the valley have treated more than 2,000 people for cold and illness since \
the start of the winter. Many families have moved to the capital to find work. The national \
bank said it would lend money to builders at low rates. Roads into the valley were reopened \
in March."""

MARKET = """Fire destroys market hall in Berlin

Sunday, June 7, 2015

A fire destroyed a market hall in the Kreuzberg district of Berlin on Saturday, police said. \
More than 200 firefighters fought the blaze for six hours. The hall housed 80 food stalls. \
Nobody was hurt, but 40 traders lost their stock. A second hall in the Neukolln district was \
closed as a precaution. Traders from the Mitte district offered space to those who lost \
their stalls. Shops in the Wedding district collected food for them. The city government \
promised 2 million euros in aid to the traders. Mayor Petra Lind visited the site on \
Saturday afternoon and said the hall would be rebuilt."""


def _questions(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return each question of an article as (text, options, key)."""
    result = generate(text, slug="review", title="Review")
    return [(q.text, q.options, q.correct_option) for q in result.qset.questions]


def test_a_member_of_a_counted_list_is_no_key() -> None:
    asked = _questions(DEPOTS)
    listed = {"Bexley", "Rowan", "Hale", "Tinmouth"}
    assert not [q for q in asked if q[2] in listed], asked  # each is as true as the key


def test_an_event_s_date_the_question_gives_is_said_once() -> None:
    asked = [text for text, _, _ in _questions(FLOOD)]
    assert any("after the flood" in text for text in asked), asked  # the event is named
    assert not [text for text in asked if text.count("the spring") > 1], asked


def test_a_district_s_options_are_the_article_s_districts() -> None:
    asked = [q for q in _questions(MARKET) if q[2] == "Kreuzberg"]
    assert asked, "the district is asked"
    text, options, _ = asked[0]
    assert "which district" in text and "city's" not in text, text
    assert set(options) == {"Kreuzberg", "Neukolln", "Mitte", "Wedding"}, options


def test_a_currency_sign_is_said_after_its_figure() -> None:
    assert indefinite("$8 billion") == "an"  # "eight billion dollars"
    assert indefinite("€18 million") == "an"
    assert indefinite("£11 million") == "an"
    assert indefinite("$1 million") == "a"
    assert takes_article("$80 million", "The council approved an _____ rail line.")
    assert not takes_article("$7 billion", "The council approved an _____ rail line.")


MUSEUM = """Harbour museum marks its history

The harbour museum of Port Arden opened in 2019 after ten years of planning. It was built on \
the site of a fish market that closed in 1998. The museum holds more than 4,000 objects, from \
ship models to old maps. Its first director, Ruth Kemble, retired in 2020. About 60,000 people \
visited the museum in its first year. The building was designed by the architect Tomas Vell. \
A new wing for children is planned, and the town council has set aside money for it. Local \
schools bring pupils to the museum every week, and volunteers give free tours on Sundays."""

COAST = """Coastal towns keep growing

Friday, April 10, 2015

Since 1950 million people have moved to the coast of Varna province, the census office said \
on Thursday. The office said 3 million people lived on the coast in 1960. About 2 million of \
them live in the three largest towns. New roads and a rail line have made the coast easier \
to reach. The office expects 9 million people to live on the coast by 2040. Its head, Mira \
Dolan, said towns must build more schools and clinics. Many of the new residents are retired \
workers from the cities of the north."""


def test_a_past_event_s_year_has_no_option_after_the_last_year_told_as_past() -> None:
    asked = [q for q in _questions(MUSEUM) if q[2] == "2019"]
    assert asked and " did " in asked[0][0], asked  # "In which year did … open …?"
    assert all(int(o) <= 2020 for o in asked[0][1]), asked[0]  # 2021: not yet past


def test_a_year_read_with_the_count_after_it_is_no_figure() -> None:
    asked = _questions(COAST)
    assert not [q for q in asked if any("1950 " in o or o == "1950" for o in q[1])], asked


def test_a_span_with_a_clause_of_its_own_is_not_fronted_with_an_amount(nlp: Any) -> None:
    doc = nlp("Prices for water rose from 2 euros per cubic metre in 2010 to 5 euros over the "
              "same period before the drop in demand.")  # fmt: skip
    sentence = next(iter(doc.sents))
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "5")
    stem = write_form(sentence, fact, {}, None)[0]
    assert stem is not None and stem.text.startswith("To how many euros did prices"), stem


SEAS = """Leaders meet at northern seas summit

Tuesday, June 9, 2015

Leaders of the Northern Seas Organization met in Bergen on Monday for their yearly summit. \
Estonia joined the Northern Seas Organization as a member state in 2004. The Northern Seas \
Organization has nine member states and works on fishing, shipping and clean water. Prime \
Minister Lena Aas of Norway opened the summit with a speech on plastic waste. The leaders \
agreed to cut waste dumped at sea by half by 2025. They also set up a fund of 300 million \
euros for clean-up work. Fishing groups welcomed the plan but said the fund was too small."""


def test_a_named_country_s_membership_gets_no_world_body_beside_it(monkeypatch: Any) -> None:
    written: list[tuple[str, tuple[str, ...]]] = []
    original = pipeline.write_candidate

    def kept(*args: Any) -> Any:
        candidate = original(*args)
        if candidate is not None:  # every question written, chosen for the set or not
            written.append((candidate.stem.text, candidate.options))
        return candidate

    monkeypatch.setattr(pipeline, "write_candidate", kept)
    generate(SEAS, slug="review", title="Review")
    bodies = [q for q in written if "North Atlantic Treaty Organization" in q[1]]
    assert not [q for q in bodies if " join" in q[0]], bodies  # Estonia is in NATO too
    assert [q for q in bodies if "leaders" in q[0]], written  # no membership stated: kept


COURT = """Court hears challenge to old water law

Thursday, May 14, 2015

A federal court in Denver heard a challenge to the Clean Rivers Act, a law passed in 1963, on \
Wednesday. Farmers say the act stops them from building dams on small streams. The government \
says the law has cut pollution in the state's rivers by half. Judge Ellen Marsh said she would \
rule on the case within three months. About 200 farmers and their families gathered outside \
the court. Lawyers for the farmers said the act was written for a country with far fewer \
people. The case is the first challenge to the law in more than 30 years."""


def test_a_law_s_options_are_laws_of_its_era() -> None:
    asked = [q for q in _questions(COURT) if q[2] == "Clean Rivers Act"]
    assert not [q for q in asked if {"Stamp Act", "Riot Act"} & set(q[1])], asked


def test_a_place_between_a_count_and_its_rate_stays_behind(nlp: Any) -> None:
    doc = nlp("The ministry spends 2 million crowns in Oslo a week.")
    sentence = next(iter(doc.sents))
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "2 million")
    stem = write_form(sentence, fact, {}, None)[0]
    assert stem is not None, "the count is asked"
    assert stem.text == "How many crowns a week does the ministry spend in Oslo?", stem


def test_a_court_named_by_its_district_is_no_district() -> None:
    text = "A Berlin district court heard the case. The Mitte district was closed."
    assert place_unit("Berlin", text, "city") is None  # "Berlin": a city, asked as one
    assert place_unit("Mitte", text, "city") == "district"
    assert unit_places("Mitte", text, "district") == []  # the court is no district's
