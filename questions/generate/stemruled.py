"""Wrong options the question's own words rule out (review 88).

- "Team Canada includes all _____ members …, including A, B, C, D, and E": the stem lists
  the very things it asks to count, so any count but the list's length is struck out unread.
- "David Palmer, the _____, is …": an ordinal set off as a person's role ("the second", a
  curling position) is no rank in a series; "sixth" or "seventh" name no role. Only the
  article's own ordinals of that use may stand beside it, too few and no question.
- "Finnish born _____", "Madison, Wisconsin native, _____": the words before the blank say
  where the key is from; rivals the article gives no such origin are struck out, so unless
  the article gives others the same origin word the question is refused.
- "the election of _____": only someone the article ties to an election was elected; a
  singer beside the president-elect is absurd. World knowledge (who holds nuclear arms) is
  not guessed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from num2words import num2words

from questions.generate.articlememo import per_article
from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.nationcodes import nation_codes
from questions.generate.options import OptionContext
from questions.generate.stems import BLANK
from questions.generate.variants import ordinal_words
from questions.schema import normalise

LISTED_NEEDED = 3  # "A and B" is too often two things said apart ("two from A and one from B")
RIVALS_NEEDED = 2  # the fewest rivals a ruled slot keeps (three options), else refused
_ITEM_CHARS = 60  # a list item is a few words ("63-year-old skip Jim Armstrong")
# words that open the list of a noun they follow ("members of the crew, including A, B, C")
_LEAD_INS = ("including", "such as", "namely", "among them")
_LEAD_IN = re.compile(rf"\b(?:{'|'.join(_LEAD_INS)})\b[,:]?\s+")
# a list set off right after its noun ("the _____ winners: A, B and C"), not one in brackets
_SET_OFF = re.compile(r"\s*(?:[,:]|\s[—–-])\s*(?=\w)")
# the noun's own phrase before a lead-in, with no verb ("members of its winning boat,")
_OWN_PHRASE = re.compile(
    r"(?:\s+(?:of|in|at|from|for|on)\s+[^,;:.?!()—]*?)?,?\s+(?=" + "|".join(_LEAD_INS) + ")"
)
# "David Palmer, the _____, is …": an ordinal set off after a name as its role
_ROLE_SLOT = re.compile(r"[A-Z][\w'’-]+, the " + BLANK + r"(?:,|$)")
# "the election of _____", "Trump's inauguration": an office won by election
_ELECTED_SLOT = re.compile(
    r"\b(?:election|re-election|reelection|inauguration|candidacy|nomination) of " + BLANK
)
_ELECTION_WORDS = re.compile(
    r"\b(?:elect\w*|re-elect\w*|candida\w*|nomin\w*|campaign\w*|inaugurat\w*|"
    r"president-elect|ran for|running for|won the (?:vote|presidency))\b",
    re.IGNORECASE,
)
# a quote in the stem where a country speaks as "we": 'the United States will … our'
_QUOTE = re.compile(r'"([^"]+)"')
_NATION_SPEAKS = re.compile(
    r"^(?:the )?((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}) (?:will|would|must|is|has|remains)\b"
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# "Finnish born _____", "Finnish-born _____", "Madison, Wisconsin native, _____"
_ORIGIN_SLOT = re.compile(r"\b([A-Z][\w'’.-]*)(?:[- ]born| native),? " + BLANK)


def stem_refusal(fact: Fact, key: str, ctx: OptionContext) -> str | None:
    """Say why the question's own words leave no rivals for its key, or None."""
    stem = ctx.stem
    if BLANK not in stem:
        return None
    if fact.kind in ("count", "number", "quantity") and _listed_count(key, stem, ctx.words):
        return "the question lists the things it asks to count"
    others = role_ordinals(ctx) - {key.lower()}
    if fact.kind == "ordinal" and _ROLE_SLOT.search(stem) and len(others) < RIVALS_NEEDED:
        return "the ordinal names a role the article gives too few others"
    speaking = _quoted_nation(stem) if fact.kind == "person" else set()
    own = ctx.placed.get(normalise(key), frozenset())
    if speaking and own & speaking and _few_placed(speaking, key, ctx):
        return "a quote says the key's country speaks, and the article places few others there"
    origin = _ORIGIN_SLOT.search(stem)
    if fact.kind == "person" and origin is not None and _few_origin(origin[1], key, ctx):
        return "the question says where the key is from, and no other is said to be"
    return None


def stem_clash(option: str, key: str, fact: Fact, ctx: OptionContext) -> bool:
    """Tell whether the question's own words strike an option out: an ordinal no role of
    the article's, a person the article never ties to the election the blank is of."""
    stem = ctx.stem
    if fact.kind == "ordinal" and _ROLE_SLOT.search(stem):
        return option.lower() not in role_ordinals(ctx)
    if fact.kind == "person" and _ELECTED_SLOT.search(stem):
        return normalise(option) not in _elected_people(ctx)
    speaking = _quoted_nation(stem) if fact.kind == "person" else set()
    if speaking and ctx.placed.get(normalise(key), frozenset()) & speaking:
        return not ctx.placed.get(normalise(option), frozenset()) & speaking
    origin = _ORIGIN_SLOT.search(stem)
    if fact.kind == "person" and origin is not None:
        return normalise(option) not in _same_origin(origin.group(1), ctx)
    return False


def _quoted_nation(stem: str) -> set[str]:
    """Return the country a quote outside the blank has speak as "we" ('"the United States
    will remain firm in our commitment"': US), or none."""
    found: set[str] = set()
    for quote in _QUOTE.findall(stem):
        speaks = _NATION_SPEAKS.match(quote)
        if speaks is not None and BLANK not in quote and _WE.search(quote):
            found |= nation_codes([speaks.group(1)])
    return found


def _few_placed(codes: set[str], key: str, ctx: OptionContext) -> bool:
    """Tell whether the article places too few people but the key in one of the countries."""
    own = {normalise(key), normalise(key.split()[-1])}
    others = {name for name, theirs in ctx.placed.items() if theirs & codes} - own
    surnames = {name.split()[-1] for name in others} - {n.split()[-1] for n in own}
    return len(surnames) < RIVALS_NEEDED  # "john kerry" and "kerry": one person


def _few_origin(word: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the article gives too few people but the key an origin word."""
    own = {normalise(key), normalise(key.split()[-1])}
    return len(_same_origin(word, ctx) - own) < RIVALS_NEEDED


def _listed_count(key: str, stem: str, words: Any) -> bool:
    """Tell whether the stem lists as many named items as the count key right after the
    counted noun or after a lead-in the parse attaches to it ("all _____ members of the crew,
    including A, B and C" keyed three); a list of where they are from ("_____ men (from A, B
    and C)") or of another noun ("_____ victims … to hospitals including A, B and C") is none."""
    word = key.strip().lower()
    value = int(word) if word.isdigit() else _word_value(word)
    if value < 2:
        return False
    after = stem.partition(BLANK)[2]
    noun = _counted_noun(words)
    first = re.match(r"\s*([\w'’-]+)", after)  # no parse: the word after the blank
    said = noun.text if noun is not None else first[1] if first else ""
    found = pattern(rf"(?<![\w-]){re.escape(said)}(?![\w-])").search(after) if said else None
    if found is None:
        return False
    rest = after[found.end() :]
    off = _SET_OFF.match(rest)
    starts = ([off.end()] if off else []) + _lead_in_starts(rest, noun)
    return any(_items(_list_at(rest, start)) == value for start in starts)


def _counted_noun(words: Any) -> Any:
    """Return the noun a count key counts in its parsed sentence ("five" -> "members"), or None."""
    if words is None:
        return None
    root = words.root
    return root.head if root.dep_ == "nummod" and root.head.i > root.i else None


def _lead_in_starts(rest: str, noun: Any) -> list[int]:
    """Return where the lists begin in `rest` (the stem after the counted noun) that follow a
    lead-in of the noun: by the parse, "including" headed by it or by its "of" object; with no
    parse, one after the noun's own verbless phrase ("members of its boat, including")."""
    if noun is None:
        own = _OWN_PHRASE.match(rest)
        lead = _LEAD_IN.match(rest, own.end()) if own else None
        return [lead.end()] if lead else []
    owners = {noun} | {t for p in noun.children if p.lower_ == "of" for t in p.children}
    leads = [t.head in owners for t in noun.sent if t.i > noun.i and _is_lead_in(t)]
    found = list(_LEAD_IN.finditer(rest))  # the stem's lead-ins, in the sentence's order
    return [m.end() for m, attached in zip(found, leads, strict=False) if attached]


def _is_lead_in(token: Any) -> bool:
    """Tell whether a token is a list's lead-in word ("including", the "as" of "such as")."""
    word, before = token.lower_, token.nbor(-1).lower_ if token.i > token.sent.start else ""
    after = token.nbor(1).lower_ if token.i + 1 < token.sent.end else ""
    return (
        word in ("including", "namely")
        or (word, before) == ("as", "such")
        or ((word, after) == ("among", "them"))
    )


def _list_at(text: str, start: int) -> str:
    """Return the comma list that begins at `start` and ends with its "and" or "or" item
    ("A, B and C, after the race": "A, B and C"), or "" where none does within its clause."""
    clause = re.split(r"[.;:?!\"]", text[start:], maxsplit=1)[0]
    segments = clause.split(",")
    for end, segment in enumerate(segments):
        if len(segment) > _ITEM_CHARS:
            return ""
        if re.search(r"(?:^|\s)(?:and|or)\s", segment):
            return ",".join(segments[: end + 1])
    return ""


def _word_value(word: str) -> int:
    """Return a small count word's value ("five" -> 5), else 0."""
    return _count_words().get(word, 0)


@lru_cache(maxsize=1)
def _count_words() -> dict[str, int]:
    """Map spelled counts to numbers ("five" -> 5), read back from num2words."""
    return {num2words(n): n for n in range(2, 100)}


def _items(found: str) -> int:
    """Return how many named items a comma-and list holds ("skip Jim Armstrong"), or 0
    where one is no name ("several motorbikes") or there are fewer than three."""
    parts = [p.strip() for p in re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", found)]
    parts = [p for p in parts if p]
    named = all(p.split()[-1][:1].isupper() for p in parts)
    return len(parts) if named and len(parts) >= LISTED_NEEDED else 0


def role_ordinals(ctx: OptionContext) -> frozenset[str]:
    """Return the ordinals the article sets off after a name as a role ("James Joseph, the
    second,"), worked out once an article (not kept past it: a cache on the text would be)."""
    return per_article(ctx, "stemruled.roles", lambda: _role_ordinals(ctx.text))


def _role_ordinals(text: str) -> frozenset[str]:
    """Return the ordinals a text sets off after a name as a role."""
    found = pattern(r"[A-Z][\w'’-]+, the ([a-z]+)(?=[,.])").findall(text)
    return frozenset(word for word in found if word in ordinal_words())


def _same_origin(word: str, ctx: OptionContext) -> frozenset[str]:
    """Return the people (folded names, and surnames) the article gives an origin word
    ("Finnish born Glenn Ikonen", "Madison native Jane Roe", "Finnish Jane Roe"), once an
    article for each word."""
    return per_article(ctx, ("stemruled.origin", word), lambda: _origin_people(word, ctx.text))


def _origin_people(word: str, text: str) -> frozenset[str]:
    """Return the people (folded names, and surnames) a text gives an origin word."""
    said = re.escape(word)
    names = r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)"
    found = pattern(rf"\b{said}(?:[- ]born| native)?,? (?:[a-z]+ ){{0,2}}{names}").findall(text)
    people: set[str] = set()
    for name in found:
        people.update({normalise(name), normalise(name.split()[-1])})
    return frozenset(people)


def _elected_people(ctx: OptionContext) -> frozenset[str]:
    """Return the people (folded names and surnames) named in a sentence that speaks of an
    election, a candidacy or an inauguration."""
    people: set[str] = set()
    for sentence in ctx.sentences:
        if not _ELECTION_WORDS.search(sentence.text):
            continue
        for ent in sentence.ents:
            if ent.label_ == "PERSON":
                people.update({normalise(ent.text), normalise(ent[-1].text)})
    return frozenset(people)
