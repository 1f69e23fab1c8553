"""The canonical question-set schema shared by every reader, writer and the generator."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from questions.text import N_, Text

# Telegram's limits for a native quiz poll: every stored question must fit them.
QUESTION_MAX = 300
OPTION_MAX = 100
EXPLANATION_MAX = 200
MIN_OPTIONS = 2
MAX_OPTIONS = 10
TITLE_MAX = 100
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


# SLUG_RE in words, for every error message that refuses a slug.
SLUG_RULE = Text(N_("1-64 lowercase letters, digits, '-' or '_', starting with a letter or digit"))


def normalise(text: str) -> str:
    """Fold text for comparisons: Unicode NFKC, trimmed, collapsed spaces, case-folded."""
    if len(text) > _FOLDED_LONGEST:
        return _article_folded(text)  # a whole article: the last few are kept
    return _folded(text)


def _fold(text: str) -> str:
    """Fold text as `normalise` says, uncached."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


# The generator folds the same names and options tens of thousands of times an article; the
# fold is a pure function of the string, so a cache is safe across articles and quizzes.
_FOLDED_LONGEST = 200
_folded = lru_cache(maxsize=1 << 16)(_fold)
# The checks fold the same article (and its sentences joined) hundreds of times a quiz;
# four kept (an article, its sentences joined, the odd long sentence): a few texts' memory.
_article_folded = lru_cache(maxsize=4)(_fold)


ARTICLE_HASH_RE = re.compile(r"^[0-9a-f]{64}$")


def article_hash(text: str) -> str:
    """Return the SHA-256 of an article's normalised text: the same article, however sent."""
    return hashlib.sha256(normalise(text.removeprefix("\ufeff")).encode("utf-8")).hexdigest()


def question_key(text: str) -> str:
    """Return the stable id of a question that has none: a short hash of its normalised text."""
    return "q-" + hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]


def slugify(name: str) -> str:
    """Turn a file name or title into a valid set slug ("SCO Summit 2021" -> "sco-summit-2021")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:64].strip("-")
    return slug or "set"


class Question(BaseModel):
    """One single-answer multiple-choice question, in the order its options are stored."""

    model_config = ConfigDict(frozen=True)

    text: str
    options: tuple[str, ...]
    answer: int = Field(description="0-based index of the correct option in `options`")
    explanation: str | None = None
    source: str | None = Field(default=None, description="the sentence the question came from")
    tags: tuple[str, ...] = ()
    id: str | None = Field(default=None, description="stable id; defaults to a hash of the text")

    @property
    def key(self) -> str:
        """Return the id that identifies this question across re-imports."""
        return self.id or question_key(self.text)

    @property
    def correct_option(self) -> str:
        """Return the text of the correct option."""
        return self.options[self.answer]


class QuestionSet(BaseModel):
    """A named, ordered collection of questions: what one file holds."""

    model_config = ConfigDict(frozen=True)

    slug: str
    title: str
    source: str | None = None
    language: str | None = None
    questions: tuple[Question, ...]
    # For a set generated from an article: article_hash() of that article, to recognise it.
    article_hash: str | None = None
