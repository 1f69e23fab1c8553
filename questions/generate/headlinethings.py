"""The headline's named thing besides its doers ("World Bank's 2012 gender report" of "Finnish
female politicians highlighted by World Bank's 2012 gender report"): where the doers give a
question's key away (its people) and the headline has no topic, label or cut, that thing
still says which story a question is from, where the article's month alone does not: "According
to a September 2013 article, which country has very high levels of education enrollment?"
fits many countries (review 79)."""

from __future__ import annotations

from typing import Any

from questions.generate.headlinedoers import names_persons

_OBJECTS = ("dobj", "pobj")  # a thing the headline's verb or a phrase of it acts on


def headline_things(title: Any | None) -> tuple[str, ...]:
    """Return the headline's objects that a name or a year makes one thing ("World Bank's
    2012 gender report", "Kyoto climate treaty"), never a person's or a place's noun, whole
    from their first describing word to the noun; () for none."""
    if title is None:
        return ()
    things = []
    for noun in title:
        if noun.pos_ != "NOUN" or noun.dep_ not in _OBJECTS or names_persons(noun):
            continue
        words = [t for t in title[noun.left_edge.i : noun.i + 1] if t.pos_ != "DET"]
        if len(words) < 2 or any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in words):
            continue  # "report" alone names no story; "Finnish report" names the key's
        if not any(t.pos_ == "PROPN" for t in words[:-1]):
            continue  # "the gender report", "three years": which one?
        things.append("".join(t.text_with_ws for t in words).strip())
    return tuple(dict.fromkeys(things))
