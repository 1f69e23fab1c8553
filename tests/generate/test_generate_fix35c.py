"""Review fixes on made-up rowing stories: a blank's year dates its phrase's head noun ("the
_____ gold medal winning team that beat …": team), and only the article's people tie a year to
the question, not a place it names; a count's list is the counted noun's own, not one of
where they came from or of another noun; the article's ruled results live in its context."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from questions.generate.options import OptionContext
from questions.generate.samething import one_named_thing, tied_year
from questions.generate.stemruled import role_ordinals, stem_refusal
from tests.generate.generate_checks import bare_fact

CREW = (
    "Ann Lee and Bo Ray were part of the 2010 gold medal winning team that beat Sweden. "
    "Their 2013 world title winning team also included Ann Lee and Bo Ray. "
    "Sweden beat the 2014 junior winning team that Norway sent. "
    "Tom Smith joined the club in 2012 and played for the club for years. "
    "In 2015, Tom Smith said the 2015 season was the best for the club."
)


def _year_context(nlp: Any, key_sentence: int, key: str, stem: str, parsed: bool) -> Any:
    """Return a year question's context over CREW, with the key's parsed words or none."""
    sentences = list(nlp(CREW).sents)
    sentence = sentences[key_sentence]
    at = next(t.i for t in sentence if t.text == key)
    words = sentence.doc[at : at + 1] if parsed else None
    return SimpleNamespace(stem=stem, sentences=sentences, words=words)


def test_a_year_dates_its_head_noun_not_a_later_word(nlp: Any) -> None:
    """ "the _____ gold medal winning team that beat Sweden": the team, not "that"; "the
    _____ season was the best for the club": the season, not "for"."""
    team = "Ann Lee and Bo Ray were part of the _____ gold medal winning team that beat Sweden."
    season = "In 2015, Tom Smith said the _____ season was the best for the club."
    for parsed in (True, False):
        ctx = _year_context(nlp, 0, "2010", team, parsed)
        assert tied_year("2013", ctx), parsed  # "their 2013 … team, … Ann Lee and Bo Ray"
        said = _year_context(nlp, 4, "2015", season, parsed)
        assert not tied_year("2012", said), parsed  # "in 2012 and played for": no season


def test_a_place_in_the_question_is_none_of_its_people(nlp: Any) -> None:
    """ "… team that beat Sweden": "Sweden beat the 2014 junior winning team" ties 2014 to
    no one the question names."""
    team = "Ann Lee and Bo Ray were part of the _____ gold medal winning team that beat Sweden."
    for parsed in (True, False):
        assert not tied_year("2014", _year_context(nlp, 0, "2010", team, parsed)), parsed


def _count_context(nlp: Any, text: str, key: str, parsed: bool = True) -> OptionContext:
    """Return a count question's context on the first `key` of a one-sentence text."""
    sentences = list(nlp(text).sents)
    at = next(t.i for t in sentences[0] if t.text == key)
    words = sentences[0].doc[at : at + 1] if parsed else None
    stem = text.replace(key, "_____", 1)
    none: frozenset[str] = frozenset()
    fact = bare_fact(key, "count")
    return OptionContext(fact, stem, text, none, none, none, (), sentences, words=words)


def test_a_count_is_refused_only_for_its_own_nouns_list(nlp: Any) -> None:
    """A list of where the men are from, or of the hospitals, is not the count's answer;
    the crew's members after "including", or set off after the noun, are."""
    kept = [
        "Police arrested three men (from Leeds, York and Hull) on Friday.",
        "The three victims, all students, were taken to hospitals including Mass General, "
        "Brigham and Beth Israel.",
    ]
    for text in kept:
        for parsed in (True, False):
            ctx = _count_context(nlp, text, "three", parsed)
            assert stem_refusal(ctx.fact, "three", ctx) is None, (text, parsed)
    refused = [
        "The club named all three members of its crew, including Ada Vole, Tom Reed and Fay Hart.",
        "The club thanked its three rowers, Ada Vole, Tom Reed and Fay Hart, after the race.",
    ]
    for text in refused:
        ctx = _count_context(nlp, text, "three")
        assert stem_refusal(ctx.fact, "three", ctx), text
        bare = _count_context(nlp, text, "three", parsed=False)
        assert stem_refusal(bare.fact, "three", bare), text


def test_role_ordinals_are_kept_in_the_articles_context(nlp: Any) -> None:
    """The article's role ordinals are worked out once in its context, not cached by text."""
    text = "Joe Lamb, the second, and Kim Fold, the third, join the team."
    ctx = _count_context(nlp, text, "Joe")
    assert role_ordinals(ctx) == frozenset({"second", "third"})
    assert ctx.memo


def test_the_key_named_another_way_keeps_its_new_name() -> None:
    """`one_named_thing` is the options' "2010 Games in Vancouver" check, renamed from the
    two other modules' `same_thing`."""
    source = "lee rowed at the 2010 games in vancouver."
    assert one_named_thing("vancouver games", "2010 games", source)
