"""Each stage of the generator on its own: clean-up, sentences, context, facts, writing."""

from __future__ import annotations

from questions.generate.clause import parse_clause, question_verb
from questions.generate.clean import clean_article
from questions.generate.dates import DateValue
from questions.generate.facts import Fact, Registry, extract_facts
from questions.generate.pipeline import analyse, default_title
from questions.generate.resolve import Context, find_anchor, resolve_sentence
from questions.generate.sentences import Sentence, split_paragraph, split_sentences
from questions.generate.write import BLANK, gap_question, wh_question, write_stems


def _facts(text: str) -> list[Fact]:
    return extract_facts(text, 0, Registry())


# --- clean-up ------------------------------------------------------------------------


def test_clean_up_drops_captions_credits_and_symbols(seed_text: str) -> None:
    article = clean_article(seed_text)
    text = article.text
    assert "△" not in text and "(Photo by" not in text
    assert "Producer" not in text and "Editor" not in text and "丨" not in text
    assert any("Great Hall of the People" in c for c in article.captions)
    assert any("Shen Yong" in c for c in article.credits)


def test_clean_up_drops_headings(seed_text: str) -> None:
    article = clean_article(seed_text)
    assert "Critical year:" in article.headings
    assert "Start a new journey for the development of the SCO" in article.headings
    assert "crucial moment:" in article.headings
    assert all(not p.endswith(":") for p in article.paragraphs)


def test_clean_up_rejoins_broken_lines_and_stray_punctuation(seed_text: str) -> None:
    text = clean_article(seed_text).text
    assert '"Shanghai Spirit", advocating mutual trust, mutual benefit' in text
    assert "and consultation, respect diverse civilizations and seek common development." in text
    assert "we should work together to maintain peace and stability" in text
    assert " , " not in text and ". ," not in text
    assert "\n.\n" not in text and "\n\n.\n\n" not in text
    assert "promote hegemony, overbearing, and bullying" in text


def test_clean_up_handles_other_layouts() -> None:
    raw = (
        "Title of the story\r\n\r\n▲ A crowd at the opening. (Photo: Jane Roe)\r\n"
        "The mayor said the plan\r\nwould start in May.\r\n– Second point follows here.\r\n"
        "Reporter: John Smith\r\n"
    )
    article = clean_article(raw)
    assert article.title == "Title of the story"
    assert article.paragraphs == (
        "The mayor said the plan would start in May.",
        "Second point follows here.",
    )
    assert article.captions and article.credits


# --- sentences -----------------------------------------------------------------------


def test_sentence_splitting_keeps_abbreviations_and_quotes() -> None:
    assert split_paragraph(
        'Dr. Kenji Watanabe said the U.S. team was "thrilled." It cost $1.2 billion.'
    ) == [
        'Dr. Kenji Watanabe said the U.S. team was "thrilled."',
        "It cost $1.2 billion.",
    ]
    assert split_paragraph("One sentence only, no split.") == ["One sentence only, no split."]


def test_seed_sentences_are_verbatim_parts_of_the_cleaned_article(seed_text: str) -> None:
    article = clean_article(seed_text)
    sentences = split_sentences(article)
    assert len(sentences) > 50
    assert all(s.text in article.paragraphs[s.paragraph] for s in sentences)
    assert sentences[0].text.startswith("On September 17, President Xi Jinping attended")


# --- context -------------------------------------------------------------------------


def test_anchor_date_comes_from_the_caption(seed_text: str) -> None:
    article = clean_article(seed_text)
    assert find_anchor(article, split_sentences(article)) == DateValue(2021, 9, 17)


def _resolve(text: str, **context: object) -> str:
    ctx = Context(anchor=DateValue(2021, 9, 17))
    for key, value in context.items():
        setattr(ctx, key, value)
    return resolve_sentence(Sentence(0, 0, 0, text), ctx)


def test_relative_dates_are_resolved() -> None:
    assert _resolve("On June 28 this year, they met.") == "On June 28, 2021, they met."
    assert _resolve("At the summit last year, he spoke.") == "At the summit in 2020, he spoke."
    assert _resolve("A year ago, she left.") == "In 2020, she left."
    assert _resolve("On the 25th of last month, he called.") == "On August 25, 2021, he called."
    assert _resolve("At present, the SCO has 8 members.") == "As of 2021, the SCO has 8 members."
    assert (
        _resolve("On September 17, the leaders met.") == "On September 17, 2021, the leaders met."
    )


def test_leading_pronoun_is_resolved_only_when_safe() -> None:
    assert _resolve("He said so.", person="President Xi", person_age=0) == "President Xi said so."
    assert _resolve("He said so.") == "He said so."
    assert _resolve("They said so.", person="President Xi", person_age=0) == "They said so."


def test_same_day_uses_the_previous_sentence_or_is_dropped() -> None:
    previous = DateValue(2021, 9, 17)
    assert _resolve("In his speech on the same day, he spoke.", previous_day=previous) == (
        "In his speech on September 17, 2021, he spoke."
    )
    assert _resolve("In his speech that day, he spoke.") == "In his speech, he spoke."


def test_seed_pronouns_and_descriptions_are_resolved(seed_text: str) -> None:
    resolved = analyse(seed_text).resolved
    assert any(r.startswith("President Xi put forward three suggestions") for r in resolved)
    assert any(r.startswith("The Dushanbe Declaration on the 20th Anniversary") for r in resolved)
    assert any(
        "countries of the Shanghai Cooperation Organization in the five" in r for r in resolved
    )


# --- facts ---------------------------------------------------------------------------


def test_seed_facts_are_found(seed_text: str) -> None:
    facts = analyse(seed_text).facts
    found = {(f.kind, f.text) for f in facts}
    assert ("money", "US$2.3 trillion") in found
    assert ("quantity", "2 billion doses") in found
    assert ("ordinal", "21st") in found
    assert ("ordinal", "ninth") in found
    assert ("date", "June 15, 2001") in found
    assert ("month", "June 2017") in found
    assert ("year", "2017") in found
    assert (
        "document",
        "Dushanbe Declaration on the 20th Anniversary of the Shanghai Cooperation Organization",
    ) in found
    assert (
        "document",
        "Declaration on the Establishment of the Shanghai Cooperation Organization",
    ) in found
    assert ("saying", "Where there is unity, happiness will follow.") in found
    assert ("person", "Xi Jinping") in found and ("person", "Putin") in found
    assert ("place", "Shanghai") in found and ("place", "Kazakhstan") in found
    assert ("organization", "Collective Security Treaty Organization") in found
    assert ("event", "SCO Qingdao Summit") in found
    assert ("term", "Shanghai Spirit") in found
    suggestions = next(
        f for f in facts if f.kind == "count" and f.unit == "suggestions" and f.value == 5
    )
    assert suggestions.text == "five" and len(suggestions.items) == 5
    communities = [f for f in facts if f.kind == "list" and f.text == "humanities"]
    assert communities and communities[0].items == ("health", "safety", "development", "humanities")


def test_fact_kinds_and_subtypes() -> None:
    facts = {
        f.text: f
        for f in _facts("On 3 May 2024, Mayor Ana Lee opened 12 stations in Lyon for €40 million.")
    }
    assert facts["3 May 2024"].kind == "date"
    assert facts["Ana Lee"].kind == "person" and facts["Ana Lee"].unit == "Mayor"
    assert facts["12"].kind == "count" and facts["12"].unit == "stations"
    assert facts["Lyon"].subtype == "city"
    assert facts["€40 million"].kind == "money"
    assert facts["Ana Lee"].tags == ("name", "person")
    assert facts["12"].tags == ("number",)


def test_a_year_used_as_a_number_is_not_a_count() -> None:
    kinds = {(f.kind, f.text) for f in _facts("In 2021, 2021 happens to be the year.")}
    assert ("count", "2021") not in kinds


# --- question writing ------------------------------------------------------------------


def test_clause_reader_finds_subject_and_verb() -> None:
    clause = parse_clause("In 2017, India and Pakistan joined the SCO as member states.")
    assert clause is not None
    assert (clause.fronted, clause.subject, clause.verb, clause.rest) == (
        ("In 2017",),
        "India and Pakistan",
        "joined",
        "the SCO as member states",
    )
    assert question_verb(clause) == ("did", "join")
    assert parse_clause("Because of the storm which came, nothing.") is None


def test_real_questions_are_written_where_they_fit() -> None:
    text = 'On June 15, 2001, the six heads of state passed the "Declaration of Unity" in Shanghai.'
    facts = {f.text: f for f in _facts(text)}
    clause = parse_clause(text)
    assert clause is not None
    assert wh_question(facts["June 15, 2001"], clause) == (
        'On what date did the six heads of state pass the "Declaration of Unity" in Shanghai?'
    )
    assert wh_question(facts["Shanghai"], clause) == (
        "On June 15, 2001, in which city did the six heads of state pass "
        'the "Declaration of Unity"?'
    )
    count_text = (
        "As of 2021, the SCO has 8 member states, 4 observer states, and 6 dialogue partners."
    )
    count = next(f for f in _facts(count_text) if f.text == "8")
    count_clause = parse_clause(count_text)
    assert count_clause is not None
    assert (
        wh_question(count, count_clause) == "As of 2021, how many member states does the SCO have?"
    )


def test_gap_fill_is_one_complete_sentence() -> None:
    text = "President Xi put forward five suggestions: unity, security, openness, and fairness."
    count = next(f for f in _facts(text) if f.text == "five")
    assert gap_question(count, text) == f"President Xi put forward {BLANK} suggestions."
    stems = write_stems(count, text, DateValue(2021, 9, 17))
    assert stems[-1].text == f"In September 2021, President Xi put forward {BLANK} suggestions."


def test_default_title() -> None:
    assert (
        default_title("On September 17, the SCO met. " * 5, "sco-summit-2021") == "SCO Summit 2021"
    )
    assert default_title("City plan approved\n\nThe council met.", "x") == "City plan approved"
    assert default_title("Plain text.", "my_article") == "My Article"
