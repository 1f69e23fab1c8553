"""Whatever valid set is written as YAML (or JSON) reads back as the very same set."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from questions.formats import dump_json, dump_yaml, read_bytes
from questions.schema import (
    EXPLANATION_MAX,
    OPTION_MAX,
    QUESTION_MAX,
    SLUG_RE,
    TITLE_MAX,
    Question,
    QuestionSet,
    normalise,
)
from tests.helpers import make_question, make_set

# Strings YAML likes to reinterpret: booleans and nulls of YAML 1.1, numbers, dates,
# sexagesimals, indicators, comments, quotes, line breaks and non-ASCII text.
AWKWARD = [
    "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "NULL",
    "2001", "007", "1_000", "0x1F", "0o17", "1e3", "3.10", ".inf", "-.NaN", "1:30",
    "2001-01-01", "2001-12-14t21:59:43.10-05:00", "=", "<<", "-", "- item", "? key",
    "a: b", "a:b", "# not a comment", "x # y", "'single'", '"double"', "it's", "[list]",
    "{map: 1}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "|", ">",
    "back\\slash", "tab\there", "two\nlines", "blank\n\nline", "trailing space \nnext",
    "Ünïcödé", "日本語の質問", "emoji 🎉", "right-to-left עברית", "line\u2028separator",
    "next\x85line", "zero\u200bwidth", "bom\ufeffinside", "bell\x07", "del\x7f",
    "---", "...", "--- x", "%", "' leading quote", "trailing colon:",
]  # fmt: skip


def _fits(limit: int) -> st.SearchStrategy[str]:
    """Stripped, non-empty text of at most `limit` characters, awkward strings included."""
    raw = st.one_of(
        st.sampled_from(AWKWARD),
        # Short random text keeps generation fast; the limits have tests of their own.
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=min(limit, 24)),
        st.lists(st.sampled_from(AWKWARD), min_size=2, max_size=4).map(" ".join),
    )
    return raw.map(str.strip).filter(lambda s: 0 < len(s) <= limit)


def _unique_by_normalised(values: list[str]) -> bool:
    folded = [normalise(v) for v in values]
    return all(folded) and len(set(folded)) == len(folded)


@st.composite
def questions(draw: st.DrawFn) -> Question:
    options = draw(
        st.lists(_fits(OPTION_MAX), min_size=2, max_size=5).filter(_unique_by_normalised)
    )
    return Question(
        text=draw(_fits(QUESTION_MAX)),
        options=tuple(options),
        answer=draw(st.integers(0, len(options) - 1)),
        explanation=draw(st.none() | _fits(EXPLANATION_MAX)),
        source=draw(st.none() | _fits(500)),
        tags=tuple(draw(st.lists(_fits(30), max_size=3))),
        id=draw(st.none() | _fits(40)),
    )


@st.composite
def question_sets(draw: st.DrawFn) -> QuestionSet:
    items = draw(st.lists(questions(), min_size=1, max_size=3, unique_by=lambda q: q.key))
    return QuestionSet(
        slug=draw(st.from_regex(SLUG_RE, fullmatch=True)),
        title=draw(_fits(TITLE_MAX)),
        source=draw(st.none() | _fits(200)),
        language=draw(st.none() | st.sampled_from(["en", "de", "yes", "no", "null", "2001"])),
        questions=tuple(items),
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question_sets())
@example(make_set(3))
@example(
    make_set(
        slug="2001",
        title="null",
        language="no",
        questions=[
            # The correct option is the text "2" but sits first: "2" must not mean option 2.
            make_question(1, text="yes", options=("2", "1"), answer=0, tags=("on", "3.10")),
            make_question(2, text="1:30", options=("no", "~", "null"), answer=2, id="007"),
        ],
    )
)
def test_yaml_and_json_round_trip(qset: QuestionSet) -> None:
    written = dump_yaml(qset)
    assert read_bytes(written.encode("utf-8"), f"{qset.slug}.yaml").qset == qset
    assert read_bytes(dump_json(qset).encode("utf-8"), f"{qset.slug}.json").qset == qset


def test_writer_quotes_words_yaml_11_would_turn_into_other_types() -> None:
    qset = make_set(
        slug="2001",
        title="yes",
        questions=[make_question(1, text="null", options=("no", "off", "3.10"), answer=0)],
    )
    data = yaml.safe_load(dump_yaml(qset))  # a plain YAML 1.1 reader sees text, too
    assert (data["slug"], data["title"]) == ("2001", "yes")
    question = data["questions"][0]
    assert question["text"] == "null"
    assert question["options"] == ["no", "off", "3.10"]
    assert question["answer"] == "no"


def test_an_answer_whose_text_is_another_options_number_reads_back_as_text() -> None:
    qset = make_set(
        questions=[
            make_question(1, options=("1990", "2", "1"), answer=1),
            make_question(2, options=("3", "1", "2"), answer=0),
            make_question(3, options=("x", "1"), answer=1),
        ]
    )
    written = dump_yaml(qset)
    # Written as the option's text (quoted, so it stays text), never as a bare number.
    assert [q["answer"] for q in yaml.safe_load(written)["questions"]] == ["2", "3", "1"]
    assert read_bytes(written.encode(), "t.yaml").qset == qset
