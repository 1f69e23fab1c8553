"""Read Moodle XML question exports: single-answer multichoice and true/false become drafts.

Admins upload these files, so the XML is untrusted. It is parsed with the standard library's
expat parser driven directly, with any document type declaration refused: without a DTD no
entity can be declared, which rules out external entities (XXE) and entity expansion bombs
("billion laughs"). This is the same defence defusedxml applies, without the dependency.
Moodle XML never needs a DTD. The refusal is made by the parser, not by searching the text,
so an HTML question that merely mentions "<!DOCTYPE" inside CDATA is still read.

Driving expat directly also gives every element its line number, and lets the reader drop
the contents of <file> elements (base64 images and sounds) instead of holding them.
"""

from __future__ import annotations

from xml.parsers import expat

from questions.drafts import Draft, ParsedFile
from questions.formats.markup import (
    POLL_TYPES,
    clip_explanation,
    html_to_text,
    one_line,
    plain_to_text,
)
from questions.formats.moodle_tree import Node, Refused, parse_tree
from questions.formats.outcomes import FileOutcomes
from questions.text import N_, Text

__all__ = ["read_moodle_xml"]

# Human names for the question types that cannot become polls, for the skip reasons.
_TYPE_NAMES = {
    "shortanswer": N_("short-answer question"),
    "essay": N_("essay question"),
    "numerical": N_("numerical question"),
    "match": N_("matching question"),
    "matching": N_("matching question"),
    "description": N_("description (no answers)"),
    "multianswer": N_("embedded answers (cloze) question"),
    "cloze": N_("embedded answers (cloze) question"),
    "calculated": N_("calculated question"),
    "calculatedsimple": N_("simple calculated question"),
    "calculatedmulti": N_("calculated multichoice question"),
    "randomsamatch": N_("random short-answer matching question"),
    "random": N_("random question"),
    "ddwtos": N_("drag-and-drop into text question"),
    "ddimageortext": N_("drag-and-drop onto image question"),
    "ddmarker": N_("drag-and-drop markers question"),
    "gapselect": N_("select missing words question"),
    "ordering": N_("ordering question"),
}


def _content(node: Node | None, default_format: str = "html") -> str:
    """Return the plain text of a Moodle text field (<questiontext>, <answer>, …)."""
    if node is None:
        return ""
    inner = node.child("text")
    raw = inner.text if inner is not None else ""
    fmt = node.attrs.get("format", default_format)
    if fmt in ("plain_text", "markdown"):
        return plain_to_text(raw)
    # html and moodle_auto_format may both hold markup; images, links to @@PLUGINFILE@@
    # and other tags drop out here, leaving only the visible words.
    return html_to_text(raw)


def _fraction(node: Node) -> float | None:
    """Return an answer's fraction attribute as a number (percent), None when it is not one."""
    try:
        value = float(node.attrs.get("fraction", "0"))
    except ValueError:
        return None
    return value if value == value else None  # NaN is not a grade


class _XmlReader(FileOutcomes):
    """Turns the parsed <quiz> tree into drafts, skips and problems."""

    def read(self, text: str) -> ParsedFile:
        """Parse the file and read every <question> of its <quiz>."""
        try:
            root = parse_tree(text)
        except expat.ExpatError as exc:
            self.problem(
                Text(
                    N_("the XML is not well-formed: {error} (column {column})"),
                    error=expat.ErrorString(exc.code),
                    column=exc.offset + 1,
                ),
                exc.lineno,
            )
            return self.parsed
        except Refused as exc:
            self.problem(exc.message, exc.line)
            return self.parsed
        except UnicodeEncodeError:  # only a str that did not come from decoding UTF-8
            self.problem(
                Text(N_("the file contains characters that cannot be encoded as UTF-8")), None
            )
            return self.parsed
        quiz = root.children[0] if root.children else None
        if quiz is None or quiz.tag != "quiz":
            tag = quiz.tag if quiz is not None else "nothing"
            self.problem(
                Text(
                    N_(
                        "this is not a Moodle XML question file: "
                        "the top element is <{tag}>, not <quiz>"
                    ),
                    tag=tag,
                ),
                quiz.line if quiz is not None else None,
            )
            return self.parsed
        for node in quiz.all("question"):
            kind = node.attrs.get("type", "").strip().lower()
            if kind == "category":
                self.category(node)
                continue
            self.number += 1
            self.question(node, kind)
        return self.parsed

    def category(self, node: Node) -> None:
        """Use the first named category as the set's title and slug."""
        holder = node.child("category")
        inner = holder.child("text") if holder is not None else None
        path = inner.text if inner is not None else holder.text if holder is not None else ""
        self.name_set(path)

    def question(self, node: Node, kind: str) -> None:
        """Record one question as a draft, a skip or a problem."""
        name = node.child("name")
        title = one_line(_content(name, "plain_text")) or None
        if kind not in ("multichoice", "truefalse"):
            if kind in _TYPE_NAMES:
                label = Text(_TYPE_NAMES[kind])
            elif kind:
                label = Text(N_("{kind} question"), kind=repr(kind))
            else:
                label = Text(N_("question with no type"))
            reason = Text(N_("{label}: {why}"), label=label, why=POLL_TYPES)
            self.skip(reason, node.line, title)
            return
        text = _content(node.child("questiontext"), "html")
        general = _content(node.child("generalfeedback"), "html") or None
        answers = node.all("answer")
        fractions = [_fraction(a) for a in answers]
        for answer, fraction in zip(answers, fractions, strict=True):
            if fraction is None:
                self.problem(
                    Text(
                        N_("the answer fraction {fraction} is not a number"),
                        fraction=repr(answer.attrs.get("fraction")),
                    ),
                    answer.line,
                    self.number,
                )
                return
        grades = [f or 0.0 for f in fractions]
        full = [i for i, f in enumerate(grades) if f == 100]
        partial = [f for f in grades if f > 0 and f != 100]
        tags = [
            one_line(t.text)
            for holder in node.all("tags")
            for tag in holder.all("tag")
            if (t := tag.child("text")) is not None and one_line(t.text)
        ]
        idnumber = node.child("idnumber")
        ident = one_line(idnumber.text) if idnumber is not None else ""

        if kind == "truefalse":
            self.truefalse(node, text, general, answers, full, title, tags, ident)
            return
        single = node.child("single")
        if single is not None and single.text.strip().lower() not in ("true", "1"):
            self.skip(
                Text(
                    N_(
                        "multiple-response question (<single>false</single>): a quiz poll "
                        "has exactly one correct option"
                    )
                ),
                node.line,
                title,
            )
            return
        if len(full) == 1 and not partial:
            correct = answers[full[0]]
            self.draft(
                Draft(
                    text=text,
                    options=[one_line(_content(a, "html")) for a in answers],
                    answer=full[0],
                    explanation=clip_explanation(
                        general or _content(correct.child("feedback"), "html") or None
                    ),
                    line=node.line,
                    title=title,
                    id=ident or None,
                    tags=tags or None,
                )
            )
        elif not full and not partial:
            self.problem(
                Text(N_("the multiple-choice question has no answer with fraction 100")),
                node.line,
                self.number,
            )
        else:
            reason = Text(
                N_(
                    "multiple choice with partial-credit answers: a quiz poll has one correct "
                    "option and no partial credit"
                )
                if len(full) == 1
                else N_(
                    "more than one answer scores, so it is not a single-answer question: a "
                    "quiz poll has exactly one correct option"
                )
            )
            self.skip(reason, node.line, title)

    def truefalse(
        self,
        node: Node,
        text: str,
        general: str | None,
        answers: list[Node],
        full: list[int],
        title: str | None,
        tags: list[str],
        ident: str,
    ) -> None:
        """Record a true/false question, finding which of its two answers is right."""
        labels = [_content(a, "plain_text").lower() for a in answers]
        if len(answers) != 2:
            self.problem(
                Text(N_("the true/false question has {n} answers; it needs 2"), n=len(answers)),
                node.line,
                self.number,
            )
            return
        if len(full) != 1:
            self.problem(
                Text(N_("the true/false question needs exactly one answer with fraction 100")),
                node.line,
                self.number,
            )
            return
        # Moodle writes the answers as "true" then "false"; trust the words when present,
        # otherwise their order, as Moodle's importer does for old files.
        right = full[0]
        is_true = labels[right] == "true" if set(labels) == {"true", "false"} else right == 0
        self.draft(
            Draft(
                text=text,
                options=["True", "False"],
                answer=0 if is_true else 1,
                explanation=clip_explanation(
                    general or _content(answers[right].child("feedback"), "html") or None
                ),
                line=node.line,
                title=title,
                id=ident or None,
                tags=tags or None,
            )
        )


def read_moodle_xml(text: str, filename: str) -> ParsedFile:
    """Read a Moodle XML export into drafts (one-answer multichoice, true/false) and skips."""
    return _XmlReader(filename).read(text)
