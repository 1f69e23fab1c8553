"""The Moodle XML reader: Moodle's fixtures (see moodle/EXPECTED.md), types, and hostile XML."""

from __future__ import annotations

import pytest

from questions.drafts import ParsedFile
from questions.formats.moodle_xml import read_moodle_xml
from tests.helpers import EXTERNAL_FIXTURES

EXTERNAL = EXTERNAL_FIXTURES
MOODLE_XML = EXTERNAL / "moodle" / "xml"


def parse(text: str) -> ParsedFile:
    """Read Moodle XML text."""
    return read_moodle_xml(text, "test.xml")


def quiz(*questions: str) -> str:
    """Wrap question elements in a <quiz> document."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>"


def multichoice(*answers: tuple[float | str, str], single: str = "true", name: str = "Q") -> str:
    """A multichoice question element with (fraction, text) answers."""
    body = "".join(
        f'<answer fraction="{f}" format="html"><text>{t}</text>'
        f"<feedback><text>fb {t}</text></feedback></answer>"
        for f, t in answers
    )
    return (
        f'<question type="multichoice"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text>Pick one?</text></questiontext>'
        f"<single>{single}</single>{body}</question>"
    )


def test_moodle_multichoice_xml() -> None:
    """multichoice.xml: one MC-single (French), HTML, images and the MP3 dropped."""
    parsed = parse((MOODLE_XML / "multichoice.xml").read_text(encoding="utf-8"))
    assert parsed.problems == []
    assert parsed.skipped == []
    assert (parsed.slug, parsed.title) == ("multichoice", "Multichoice")
    (greeting,) = parsed.drafts or []
    assert greeting.title == "Greeting"
    assert greeting.text == "Listen to this greeting:\nWhat language is being spoken?"
    assert greeting.options == ["English", "French", "German", "Danish"]
    assert greeting.answer == 1
    assert greeting.explanation == "Yes, well done!"  # general feedback is empty
    assert greeting.line == 12
    assert "PLUGINFILE" not in greeting.text + "".join(greeting.options)


def test_moodle_truefalse_xml() -> None:
    """truefalse.xml: two TF questions, false then true, general feedback explains."""
    parsed = parse((MOODLE_XML / "truefalse.xml").read_text(encoding="utf-8"))
    assert parsed.problems == []
    assert parsed.skipped == []
    assert (parsed.slug, parsed.title) == ("truefalse", "TrueFalse")
    false_q, true_q = parsed.drafts or []
    assert false_q.title == "Moodle acronym (False)"
    assert false_q.text == (
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Education."
    )
    assert (false_q.options, false_q.answer) == (["True", "False"], 1)
    assert true_q.title == "Moodle acronym (True)"
    assert true_q.text.endswith("Dynamic Learning Environment.")
    assert (true_q.options, true_q.answer) == (["True", "False"], 0)
    assert false_q.explanation == "For further information, see the documentation about Moodle."
    assert true_q.explanation == "For further information, see the documentation about Moodle."


def test_single_answer_multichoice() -> None:
    """Exactly one answer at 100 and the rest at 0 or below make a draft."""
    parsed = parse(quiz(multichoice((0, "a"), (100, "b"), (-33.3333, "c"))))
    (draft,) = parsed.drafts or []
    assert (draft.text, draft.options, draft.answer) == ("Pick one?", ["a", "b", "c"], 1)
    assert draft.explanation == "fb b"
    assert draft.line == 3


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (multichoice((50, "a"), (50, "b"), (0, "c"), single="false"), "multiple-response"),
        (multichoice((100, "a"), (0, "b"), single="false"), "multiple-response"),
        (multichoice((100, "a"), (50, "b")), "partial-credit"),
        (multichoice((100, "a"), (100, "b")), "more than one answer scores"),
        ('<question type="shortanswer"><name><text>Q</text></name></question>', "short-answer"),
        ('<question type="essay"><name><text>Q</text></name></question>', "essay"),
        ('<question type="numerical"><name><text>Q</text></name></question>', "numerical"),
        ('<question type="matching"><name><text>Q</text></name></question>', "matching"),
        ('<question type="match"><name><text>Q</text></name></question>', "matching"),
        ('<question type="description"><name><text>Q</text></name></question>', "description"),
        ('<question type="multianswer"><name><text>Q</text></name></question>', "cloze"),
        ('<question type="ddwtos"><name><text>Q</text></name></question>', "drag-and-drop"),
        ('<question type="newplugin"><name><text>Q</text></name></question>', "'newplugin'"),
        ("<question><name><text>Q</text></name></question>", "no type"),
    ],
)
def test_other_questions_are_skipped(question: str, words: str) -> None:
    """Everything that is not one-answer multichoice or true/false is skipped with a reason."""
    parsed = parse(quiz(question))
    assert parsed.drafts == []
    assert parsed.problems == []
    (skip,) = parsed.skipped or []
    assert words in skip.reason
    assert (skip.question, skip.title, skip.line) == (1, "Q", 3)


def test_formats_and_fields() -> None:
    """plain_text keeps markup characters; tags and idnumber become tags and id."""
    parsed = parse(
        quiz(
            '<question type="truefalse"><name><text>T</text></name>'
            '<questiontext format="plain_text"><text>Is 1 &lt; 2 &amp;&amp; 3 &gt; 2?</text>'
            "</questiontext><idnumber>tf-1</idnumber>"
            "<tags><tag><text>maths</text></tag><tag><text>easy</text></tag></tags>"
            '<answer fraction="100"><text>true</text>'
            "<feedback><text><![CDATA[<p>Both hold.</p>]]></text></feedback></answer>"
            '<answer fraction="0"><text>false</text></answer></question>'
        )
    )
    (draft,) = parsed.drafts or []
    assert draft.text == "Is 1 < 2 && 3 > 2?"
    assert (draft.options, draft.answer) == (["True", "False"], 0)
    assert draft.explanation == "Both hold."
    assert (draft.id, draft.tags) == ("tf-1", ["maths", "easy"])


def test_truefalse_answers_in_any_order() -> None:
    """The words true/false decide which answer is which, not their order."""
    parsed = parse(
        quiz(
            '<question type="truefalse"><questiontext><text>S</text></questiontext>'
            '<answer fraction="0"><text>false</text></answer>'
            '<answer fraction="100"><text>true</text></answer></question>'
        )
    )
    assert [(d.options, d.answer) for d in parsed.drafts or []] == [(["True", "False"], 0)]


def test_first_named_category_names_the_set() -> None:
    """$course$/top is no name; the next category is used; later ones do not override."""
    parsed = parse(
        quiz(
            '<question type="category"><category><text>$course$/top</text></category></question>',
            '<question type="category"><category><text>$course$/top/Week 1</text>'
            "</category></question>",
            '<question type="category"><category><text>$course$/top/Week 2</text>'
            "</category></question>",
        )
    )
    assert (parsed.slug, parsed.title) == ("week-1", "Week 1")


def test_cdata_may_mention_doctype() -> None:
    """Only a real DTD is refused: text that merely contains "<!DOCTYPE" is fine."""
    text = quiz(multichoice((100, "<![CDATA[<!DOCTYPE html> is a declaration]]>"), (0, "a tag")))
    parsed = parse(text)
    assert parsed.problems == []
    assert (parsed.drafts or [])[0].options == ["is a declaration", "a tag"]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (multichoice((0, "a"), (0, "b")), "no answer with fraction 100"),
        (multichoice(("lots", "a"), (100, "b")), "'lots' is not a number"),
        (
            '<question type="truefalse"><answer fraction="100"><text>true</text></answer>'
            "</question>",
            "has 1 answers; it needs 2",
        ),
        (
            '<question type="truefalse"><answer fraction="0"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>',
            "exactly one answer with fraction 100",
        ),
    ],
)
def test_broken_questions_are_problems(question: str, words: str) -> None:
    """A question that cannot be read as intended is a Problem at its line."""
    parsed = parse(quiz(question))
    (problem,) = parsed.problems or []
    assert words in problem.message
    assert problem.line == 3
    assert problem.question == 1


# --- malformed and hostile XML ----------------------------------------------------------


def test_malformed_xml_reports_the_line() -> None:
    """A well-formedness error names expat's reason and the line."""
    parsed = parse('<?xml version="1.0"?>\n<quiz>\n<question type="essay">\n</quiz>\n')
    (problem,) = parsed.problems or []
    assert problem.line == 4
    assert "mismatched tag" in problem.message
    assert parsed.drafts == []


def test_not_a_quiz() -> None:
    """Another XML document is refused, not read as an empty set."""
    (problem,) = parse("<html><body/></html>").problems or []
    assert "<html>" in problem.message


XXE = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><questiontext><text>&secret;</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question></quiz>"""

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<quiz><question type="essay"><name><text>&lol9;</text></name></question></quiz>'
)


@pytest.mark.parametrize(
    "text", [XXE, BILLION_LAUGHS, '<!DOCTYPE quiz SYSTEM "http://x/y.dtd"><quiz/>']
)
def test_dtds_are_refused(text: str) -> None:
    """No DTD is read, so no entity is declared, fetched or expanded."""
    parsed = parse(text)
    (problem,) = parsed.problems or []
    assert "DOCTYPE" in problem.message
    assert problem.line in (1, 2)
    assert parsed.drafts == []
    assert parsed.skipped == []


def test_undeclared_entities_are_an_error() -> None:
    """Without a DTD an entity reference is simply not well-formed."""
    (problem,) = parse("<quiz><question>&ghost;</question></quiz>").problems or []
    assert "undefined entity" in problem.message


def test_deep_nesting_is_refused() -> None:
    """A pathologically nested document stops early instead of building a huge tree."""
    text = "<quiz>" + "<a>" * 10_000 + "</a>" * 10_000 + "</quiz>"
    (problem,) = parse(text).problems or []
    assert "nested" in problem.message


def test_file_elements_are_ignored() -> None:
    """Base64 attachments do not leak into any text."""
    parsed = parse(
        quiz(
            '<question type="multichoice"><questiontext format="html"><text>Q?</text>'
            '<file name="x.png" encoding="base64">QUJDRA==</file></questiontext>'
            '<answer fraction="100"><text>a</text><file name="y">RUZHSA==</file></answer>'
            '<answer fraction="0"><text>b</text></answer></question>'
        )
    )
    (draft,) = parsed.drafts or []
    assert (draft.text, draft.options) == ("Q?", ["a", "b"])
