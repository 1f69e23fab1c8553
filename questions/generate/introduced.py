"""Naming what "the new journey" points back to: the phrase that introduced it earlier.

A story introduces a thing once, described ("a new journey for the development of the
Shanghai Cooperation Organization"), then says only "the new journey". A question that keeps
the short form points back into the article; said with the introduction's description, it
stands alone ("the new journey for the development of the Shanghai Cooperation Organization").
"""

from __future__ import annotations

from typing import Any

Span = Any
Key = tuple[str, ...]  # the modifiers and the noun: ("new", "journey")
_KIN_TAIL = 5  # "slide", "quake": shorter shared endings ("-port", "-ball") name other things
_FIGURES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})  # a value, no name
_TAIL_WORD = 3.0  # the shared ending is a word of its own, not a suffix ("-ation")


def _key(noun: Any) -> Key:
    """Return a noun's words before it that say which one (its adjectives and nouns) and its
    lemma: "a new journey" and "the new journey" share ("new", "journey")."""
    # a figure says what the thing came to, not which it is: "a 30-0 victory", "the victory"
    said = [
        c.lower_
        for c in noun.children
        if c.dep_ in ("amod", "compound") and c.i < noun.i and not c.text[:1].isdigit()
    ]
    return (*said, noun.lemma_.lower())


def determiner(noun: Any) -> str:
    """Return a noun's determiner, lower-cased ("" when it has none)."""
    return next((c.lower_ for c in noun.children if c.dep_ == "det"), "")


def introductions(sentence: Span, found: dict[Key, str | None]) -> None:
    """Record the things a sentence introduces with a description naming something: "a new
    journey for the development of the Shanghai Cooperation Organization" -> ("new",
    "journey"): "for the development of …". A thing introduced twice, described otherwise,
    is left unnamed (None): which one "the new journey" is would be a guess."""
    for noun in sentence:
        if noun.tag_ != "NN" or noun.ent_type_ or determiner(noun) not in ("a", "an"):
            continue
        after = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i]
        if len(after) != 1:
            continue
        words = list(after[0].subtree)
        named = any(t.pos_ == "PROPN" for t in words)
        if not named or any(t.tag_.startswith("PRP") for t in words):
            continue  # "a plan for its future" names nothing; "for the SCO" does
        if _value(after[0]):
            continue  # "a score of 24–10" says what it was then: "the score" later is another
        description = sentence.doc[words[0].i : words[-1].i + 1].text
        key = _key(noun)
        found[key] = description if found.get(key, description) == description else None
    for noun in sentence:  # "create the message 'Viva Chile'": the nearest message, another
        if noun.tag_ == "NN" and determiner(noun) == "the" and described_here(noun):
            found.update({_key(noun): None} if _key(noun) in found else {})


def _value(prep: Any) -> bool:
    """Tell whether a noun's phrase states its value, a number ("of 24–10", "of 300"): the
    value a score or total had then, not which thing it is."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.like_num or o.ent_type_ in _FIGURES or any(ch.isdigit() for ch in o.text)
               for o in objects)  # fmt: skip


def name_introduced(sentence: Span, found: dict[Key, str | None], replace: dict[int, str]) -> None:
    """Say "the new journey" with the description it was introduced by, when the article
    introduced one such thing and this sentence does not describe it another way."""
    for noun in sentence:
        if noun.tag_ != "NN" or noun.i in replace or determiner(noun) != "the":
            continue
        said, description = noun.text, found.get(_key(noun))
        if _key(noun) not in found:  # "the landslide" of "a mudslide in the city of Iwaki"
            said, description = _kin_introduced(noun, found)
        if description is None or described_here(noun):
            continue  # "the new journey of the Silk Road" is described already
        replace[noun.i] = f"{said} {description}"


def _kin_introduced(noun: Any, found: dict[Key, str | None]) -> tuple[str, str | None]:
    """Return the one thing introduced by a closed compound of the same kind as a bare
    definite noun ("a mudslide in …" for "the landslide", "an earthquake in …" for "the
    quake": both end in one word of at least `_KIN_TAIL` letters), said as introduced."""
    if any(c.dep_ in ("amod", "compound") for c in noun.children):
        return noun.text, None  # "the new landslide" says which: not the one introduced
    mine = noun.lemma_.lower()
    kin = [key[0] for key, said in found.items() if len(key) == 1 and said is not None
           and key[0] != mine and _tail(key[0], mine) >= _KIN_TAIL]  # fmt: skip
    if len(kin) != 1:
        return noun.text, None  # two such things: which one would be a guess
    return kin[0], found[(kin[0],)]


def _tail(one: str, other: str) -> int:
    """Return how many letters two words share at their end, when one is a compound ending in
    the other's last part and both are longer than it ("mudslide", "landslide": "slide")."""
    n = 0
    while n < min(len(one), len(other)) and one[-1 - n] == other[-1 - n]:
        n += 1
    from questions.generate.pools import zipf  # wordfreq loads with the model, not the bot

    if n >= min(len(one), len(other)):
        return 0  # the same word, or one the other's whole ending: a counterattack is one
        # attack among others, "the attack" may be another
    # "mudslide", "landslide" share "dslide": the longest shared ending that is a word
    return next((k for k in range(n, 0, -1) if zipf(one[-k:]) >= _TAIL_WORD), 0)


def described_here(noun: Any) -> bool:
    """Tell whether the sentence says which one a noun is: "of the Silk Road" after it, a
    clause on it, or its own participle ("with the silver medal going to Poland": not the
    Afghan team's silver medal introduced earlier, "a silver medal for 'courageous
    achievement'")."""
    if any(c.i > noun.i and ((c.dep_ in ("acl", "relcl") and not _aside(c))
                             or (c.dep_ == "prep" and c.lower_ == "of") or _close_name(c))
           for c in noun.children):  # fmt: skip
        return True
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl")


def _aside(clause: Any) -> bool:
    """Tell whether a clause on a noun is set off by a comma ("The landslide, which destroyed
    numerous homes, …"): it adds to the noun, it does not say which one."""
    start = min(t.i for t in clause.subtree)
    return bool(start > 0 and clause.doc[start - 1].text == ",")


def _close_name(child: Any) -> bool:
    """Tell whether a noun's child is a name set right after it, with no comma ('the message
    "Viva Chile"', "the ship Endeavour"): the name says which one, as "of …" would."""
    if child.dep_ != "appos" or child.pos_ != "PROPN":
        return False
    start = child.left_edge.i
    between = child.doc[child.head.i + 1 : start]
    return all(t.is_quote for t in between)
