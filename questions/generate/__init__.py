"""Turn an English news article into a multiple-choice quiz, by rules, offline.

The stages, each in its own module, on spaCy's English pipeline (`nlp`): `language`
(refuse what is not an English article), `clean` (title, dateline, debris out), `context`
(parse what is worth parsing; pronouns and relative dates made to stand alone), `facts`
(answers from entities and the parse), `write` (wh-questions with inversion, else a cloze),
`inner` (a name inside the subject asked in place), `adverbial` (a fronted date asked
through its "when" clause), `roles` (who held a dated office),
`distractors` (wrong options of the same kind), `filters`, `quality` and `options` (review
rules), `rank`, `result` and `pipeline`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from questions.generate.errors import GenerationError, NotEnglish, NotEnoughText, NotText
from questions.generate.title import default_title

if TYPE_CHECKING:
    from questions.generate.language import check_article
    from questions.generate.pipeline import GenerationResult, generate, generate_set
    from questions.generate.report import quality_report

# The language model's libraries load only when a quiz is made: importing the package (for its
# errors or the title rule, as the bot does) stays cheap.
_LAZY = {
    "check_article": "questions.generate.language",
    "GenerationResult": "questions.generate.pipeline",
    "generate": "questions.generate.pipeline",
    "generate_set": "questions.generate.pipeline",
    "quality_report": "questions.generate.report",
}


def __getattr__(name: str) -> Any:
    """Import the heavy parts of the generator on first use."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GenerationError",
    "GenerationResult",
    "NotEnglish",
    "NotEnoughText",
    "NotText",
    "check_article",
    "default_title",
    "generate",
    "generate_set",
    "quality_report",
]
