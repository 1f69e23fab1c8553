"""The GIFT reader: Moodle's own fixtures (see moodle/EXPECTED.md) and each GIFT rule on its own."""

from __future__ import annotations

import pytest

from questions.drafts import Draft, ParsedFile, Skipped
from questions.formats import read_bytes
from questions.formats.gift import read_gift
from questions.formats.markup import category_name, clip_explanation, html_to_text
from tests.helpers import EXTERNAL_FIXTURES

EXTERNAL = EXTERNAL_FIXTURES
MOODLE_GIFT = EXTERNAL / "moodle" / "gift"
POLLS = "only single-answer multiple choice and true/false can be quiz polls"


def parse(text: str) -> ParsedFile:
    """Read GIFT text that must have no problems."""
    parsed = read_gift(text, "test.gift")
    assert parsed.problems == [], [str(p) for p in parsed.problems or []]
    return parsed


def only_draft(text: str) -> Draft:
    """Read GIFT text holding exactly one poll-able question and return its draft."""
    parsed = parse(text)
    assert parsed.skipped == []
    assert parsed.drafts is not None
    assert len(parsed.drafts) == 1
    return parsed.drafts[0]


def only_skip(text: str) -> Skipped:
    """Read GIFT text holding exactly one skipped question and return the skip."""
    parsed = parse(text)
    assert parsed.drafts == []
    assert parsed.skipped is not None
    assert len(parsed.skipped) == 1
    return parsed.skipped[0]


# --- Moodle's fixtures ---------------------------------------------------------------


def test_moodle_questions_gift() -> None:
    """questions.gift.txt: 9 questions, 1 MC-single + 3 TF become drafts, 5 are skipped."""
    path = MOODLE_GIFT / "questions.gift.txt"
    parsed = parse(path.read_text(encoding="utf-8"))
    assert parsed.slug is None
    assert parsed.title is None
    drafts = parsed.drafts or []
    skipped = parsed.skipped or []
    assert len(drafts) + len(skipped) == 9

    q2, q1, tsl1, tsl2 = drafts
    assert q2.title == "Q2"
    assert q2.text == "What's between orange and green in the spectrum?"
    assert q2.options == ["yellow", "red", "blue"]  # "[plain]blue": the marker is no text
    assert q2.answer == 0
    assert q2.explanation == "right; good!"  # no general feedback: the right option's

    assert q1.title == "Q1"
    # The stray `";` after `}` (left over from PHP source) makes this a missing-word
    # question, as in Moodle; Moodle's tests only check that it imports.
    assert q1.text == '42 is the Absolute Answer to everything. _____";'
    assert q1.options == ["True", "False"]
    assert q1.answer == 1  # FALSE
    assert q1.explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."

    for tsl in (tsl1, tsl2):  # the same name twice is allowed
        assert (tsl.title, tsl.text, tsl.options, tsl.answer) == (
            "2-08 TSL",
            "TSL is blablabla.",
            ["True", "False"],
            0,
        )

    assert [(s.question, s.title) for s in skipped] == [
        (1, "Q8"),
        (2, "Moodle activities"),
        (4, "colours"),
        (5, "Q5"),
        (6, "Shortanswer"),
    ]
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith("essay question")
    assert reasons[1].startswith("matching question")
    assert reasons[2].startswith("multiple-response question")
    assert reasons[3].startswith("numerical question")
    assert reasons[4].startswith("short-answer question")
    assert [s.line for s in skipped] == [2, 5, 22, 31, 34]
    assert [d.line for d in drafts] == [14, 41, 46, 49]


def test_moodle_questions_in_category_gift() -> None:
    """questions_in_category.gift.txt: the category names the set; 1 MC + 1 TF, 2 skipped."""
    path = MOODLE_GIFT / "questions_in_category.gift.txt"
    parsed = parse(path.read_text(encoding="utf-8"))
    assert parsed.slug == "default-for-new-features"
    assert parsed.title == "Default for New Features"
    greeting, acronym = parsed.drafts or []
    assert greeting.title == "Greeting"
    # [html] with GIFT escapes inside the markup (href\=, http\:, greeting\:).
    assert greeting.text == "Listen to this greeting:\nWhat language is being spoken?"
    assert greeting.options == ["English", "French", "German", "Spanish"]
    assert greeting.answer == 1
    assert greeting.explanation == "Yes, well done!"
    assert acronym.title == "Moodle acronym"
    assert acronym.text == (
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment."
    )
    assert (acronym.options, acronym.answer) == (["True", "False"], 0)
    skipped = parsed.skipped or []
    assert [(s.question, s.title, s.reason.split(":")[0]) for s in skipped] == [
        (1, "Moodle activities", "matching question"),
        (3, "Moodle user", "short-answer question (typed answers, no ~ wrong options)"),
    ]


def test_moodle_category_file_imports_through_the_dispatcher() -> None:
    """End to end: bytes -> detect GIFT -> read -> validated set, skips carried along."""
    path = MOODLE_GIFT / "questions_in_category.gift.txt"
    result = read_bytes(path.read_bytes(), "moodle-export.gift")
    assert result.qset.slug == "default-for-new-features"
    assert result.qset.title == "Default for New Features"
    assert [q.correct_option for q in result.qset.questions] == ["French", "True"]
    assert len(result.skipped) == 2


# --- question types ------------------------------------------------------------------


def test_multiple_choice_on_one_line() -> None:
    """`=` marks the right option and `~` the wrong ones, in file order."""
    draft = only_draft("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
    assert (draft.text, draft.options, draft.answer) == (
        "Who's buried in Grant's tomb?",
        ["Grant", "Jefferson", "no one"],
        2,
    )
    assert draft.line == 1
    assert draft.explanation is None


def test_brace_on_its_own_line_and_answers_over_several_lines() -> None:
    """The `{` may follow the text on the next line; answers may be one per line."""
    draft = only_draft("::T:: Which colour?\n{\n  ~red\n  =yellow\n  ~blue\n}\n")
    assert (draft.title, draft.text, draft.options, draft.answer) == (
        "T",
        "Which colour?",
        ["red", "yellow", "blue"],
        1,
    )


@pytest.mark.parametrize(
    ("block", "answer"),
    [("{T}", 0), ("{TRUE}", 0), ("{F}", 1), ("{FALSE}", 1), ("{ true }", 0)],
)
def test_true_false(block: str, answer: int) -> None:
    """True/false answers become the options True and False."""
    draft = only_draft(f"The sun is a star.{block}")
    assert (draft.text, draft.options, draft.answer) == (
        "The sun is a star.",
        ["True", "False"],
        answer,
    )


def test_true_false_feedback_follows_moodle() -> None:
    """In {X#wrong#right} the second feedback is for the right answer; #### beats both."""
    assert only_draft("S.{FALSE#no, it is false#Yes!}").explanation == "Yes!"
    assert only_draft("S.{TRUE#shown to those who said false}").explanation is None
    assert only_draft("S.{TRUE#wrong#right####General.}").explanation == "General."


def test_multiple_choice_feedback() -> None:
    """General feedback wins; otherwise the correct option's feedback explains."""
    text = "Q?{=a#because a ~b#not b}"
    assert only_draft(text).explanation == "because a"
    text = "Q?{=a#because a ~b#not b ####[html]<p>See <b>here</b>.</p>}"
    assert only_draft(text).explanation == "See here."


def test_long_feedback_is_clipped_at_a_word() -> None:
    """Feedback over Telegram's 200 characters is cut at a word boundary and marked."""
    words = " ".join(f"word{i}" for i in range(60))
    explanation = only_draft(f"Q?{{=a#{words} ~b}}").explanation
    assert explanation is not None
    assert len(explanation) <= 200
    assert explanation.endswith("…")
    assert words.startswith(explanation[:-1])
    assert explanation[-2] != " " and f"{explanation[:-1]} " in f"{words} "


def test_percent_weights_on_a_single_answer_are_fine() -> None:
    """=%100% and ~%0% only restate the defaults; ~%100% alone is also the one right answer."""
    draft = only_draft("Q?{=%100%a ~%0%b ~c}")
    assert (draft.options, draft.answer) == (["a", "b", "c"], 0)
    draft = only_draft("Q?{~%0%a ~%100%b}")
    assert (draft.options, draft.answer) == (["a", "b"], 1)


def test_missing_word() -> None:
    """Text after the block makes a missing-word question; punctuation stays on the blank."""
    draft = only_draft("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert draft.text == "Grant is _____ in Grant's tomb."
    draft = only_draft("Jesus Christ was from {\n~Jerusalem\n=Nazareth\n}.")
    assert draft.text == "Jesus Christ was from _____."
    draft = only_draft("{~Europe =Asia} is the largest continent.")
    assert draft.text == "_____ is the largest continent."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How are you? {}", "essay question"),
        ("When was Grant born?{#1822:5}", "numerical question"),
        ("Capitals.{=Canada->Ottawa =Italy->Rome}", "matching question"),
        ("Two plus two is {=four =4}.", "short-answer question"),
        ("How do you write 1? {One}", "short-answer question"),
        ("You may use paper for the next questions.", "description"),
        ("Pick two.{~%50%a ~%50%b ~%-100%c}", "multiple-response question"),
        ("Pick.{=a =b ~c}", "multiple-response question"),
        ("Hard.{~wrong ~%50%half =full}", "multiple choice with partial-credit weights"),
    ],
)
def test_other_types_are_skipped_with_a_reason(text: str, kind: str) -> None:
    """Anything a quiz poll cannot hold is skipped, saying what it is and why."""
    skip = only_skip(f"::Name::{text}")
    assert skip.reason.startswith(kind)
    assert "poll" in skip.reason
    assert (skip.question, skip.line, skip.title) == (1, 1, "Name")


def test_essay_reason_wording() -> None:
    """The reason reads as one sentence an admin can act on."""
    assert only_skip("Why? {}").reason == f"essay question: {POLLS}"


def test_comments_blank_lines_and_numbering() -> None:
    """`//` lines are ignored, blank lines separate questions, numbers count every question."""
    text = (
        "// a comment\n"
        "First?{=a ~b}\n"
        "// a comment inside the block does not end it\n"
        "\n"
        "\n"
        "Second? {}\n"
        "\n"
        "// trailing comment\n"
        "Third?{T}\n"
    )
    parsed = parse(text)
    assert [(d.text, d.line) for d in parsed.drafts or []] == [("First?", 2), ("Third?", 9)]
    assert [(s.question, s.line) for s in parsed.skipped or []] == [(2, 6)]


def test_id_and_tag_comments() -> None:
    """Moodle's `// [id:…]` and `// [tag:…]` comments above a question fill id and tags."""
    draft = only_draft("// [id:q-17]\n// [tag:fred] [tag:barney-wilma]\nQ?{=a ~b}")
    assert draft.id == "q-17"
    assert draft.tags == ["fred", "barney-wilma"]


def test_category_sets_slug_and_title() -> None:
    """The last component of $CATEGORY: names the set; `//` in a name is a literal slash."""
    parsed = parse("$CATEGORY: $course$/top/Unit 1: Cells\n\nQ?{=a ~b}")
    assert (parsed.slug, parsed.title) == ("unit-1-cells", "Unit 1: Cells")
    parsed = parse("$CATEGORY: $course$/Maths//Physics\nQ?{=a ~b}")
    assert parsed.title == "Maths/Physics"
    assert len(parsed.drafts or []) == 1  # a question right under the category still counts
    assert parse("$CATEGORY: $course$/top\n").title is None


# --- text: escapes and formats ---------------------------------------------------------


def test_every_escape() -> None:
    """\\~ \\= \\# \\{ \\} \\: \\\\ stand for themselves and \\n is a line break."""
    draft = only_draft(r"::a\:b:: Is 1 \= 1 \{ok\}\: \~ \# \\ ?\nSure.{=yes \= 1 ~no}")
    assert draft.title == "a:b"
    assert draft.text == "Is 1 = 1 {ok}: ~ # \\ ?\nSure."
    assert draft.options == ["yes = 1", "no"]


def test_line_breaks_in_the_file_are_only_layout() -> None:
    """Moodle joins a question's lines; only \\n asks for a real break."""
    draft = only_draft("Japanese characters originally\ncame from what country? {=China ~India}")
    assert draft.text == "Japanese characters originally came from what country?"


@pytest.mark.parametrize("marker", ["[plain]", "[moodle]", "[markdown]"])
def test_non_html_formats_are_kept_as_written(marker: str) -> None:
    """Only [html] is rendered; other formats keep markup characters visible."""
    draft = only_draft(f"{marker}Is <b>x</b> & **y** ok?{{=yes ~no}}")
    assert draft.text == "Is <b>x</b> & **y** ok?"


def test_html_is_rendered_to_plain_text() -> None:
    """[html] loses its tags and comments, decodes entities and applies to the answers."""
    draft = only_draft(
        "[html]<p>Is <em>5 &lt; 7</em>?</p><!-- note --><p>Think&nbsp;twice.</p>"
        "{=<b>Yes</b> ~[plain]<b>No</b>}"
    )
    assert draft.text == "Is 5 < 7?\nThink twice."
    assert draft.options == ["Yes", "<b>No</b>"]


def test_html_to_text_helper() -> None:
    """Block tags break lines, inline tags do not, hidden content is dropped."""
    assert html_to_text("a<br>b<b>c</b><script>x()</script> d &amp; e") == "a\nbc d & e"
    assert html_to_text("<td>1</td><td>2</td>") == "1 2"


def test_clip_explanation_helper() -> None:
    """Short text passes; long text is cut to the limit; one huge word is cut mid-word."""
    assert clip_explanation("  short  ") == "short"
    assert clip_explanation("") is None
    clipped = clip_explanation("x" * 300)
    assert clipped is not None
    assert len(clipped) == 200
    assert clipped.endswith("…")


def test_category_name_helper() -> None:
    """Context markers and Moodle's "top" are not names."""
    assert category_name("$course$/top/Default for X") == "Default for X"
    assert category_name("$system$/top") is None
    assert category_name("Plain") == "Plain"


# --- syntax errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("First?{=a ~b}\n\n::T::\nSecond?{\n=a\n~b\n", 4, "not closed"),
        ("First?{=a ~b}\n\nSecond?{=a ~b\n\n}\n", 3, "not closed"),
        ("Stray } here {=a ~b}", 1, "} with no {"),
        ("::unclosed title Q?{=a ~b}", 1, "not closed with ::"),
        ("Two {=a ~b} blocks {=c ~d}", 1, "only one answer block"),
        ("Nested {=a {~b}", 1, "{ inside an answer block"),
        ("Q?\n{junk =a ~b}", 2, "text before the first answer"),
        ("Q?{~a ~b}", 1, "no correct answer"),
        ("::Only a title::", 1, "no question text"),
    ],
)
def test_syntax_errors_are_problems_with_a_line(text: str, line: int, words: str) -> None:
    """A malformed question is a Problem pointing at its line; the rest is still read."""
    parsed = read_gift(text, "bad.gift")
    assert parsed.problems is not None
    problems = [p for p in parsed.problems if words in p.message]
    assert len(problems) == 1, [str(p) for p in parsed.problems]
    assert problems[0].line == line
    assert problems[0].file == "bad.gift"


def test_good_questions_survive_a_bad_one() -> None:
    """Other questions are still returned (the caller refuses the file as a whole)."""
    parsed = read_gift("Good?{=a ~b}\n\nBad?{=a ~b\n\nAlso good?{T}", "bad.gift")
    assert [d.text for d in parsed.drafts or []] == ["Good?", "Also good?"]
    assert [(p.line, p.question) for p in parsed.problems or []] == [(3, 2)]
