"""Made-up names for a person whose name a language's lists hold whole (first name and
surname), in a story set where that language is spoken, come from that language: a
Colombian paper's cartoonist gets Spanish names, not the American list's that also holds
his surname (review 20)."""

from __future__ import annotations

from questions.generate.locales import name_locale
from questions.generate.pools import names_like


def test_a_name_spanish_lists_hold_whole_in_a_spanish_speaking_story_gets_spanish_names() -> None:
    assert name_locale("Julio Cesar Gonzalez", ["CO", "US"]) == "es_ES"
    assert name_locale("Julio Cesar Gonzalez", ["US", "CO"]) == "es_ES"
    names = names_like("Julio Cesar Gonzalez", "es_ES")
    assert names and not {"Justin", "Stephen", "Theodore"} & {n.split()[0] for n in names}


def test_the_same_name_in_a_story_set_only_in_england_keeps_the_local_list() -> None:
    # no Spanish-speaking country in the story: the local list that holds the surname
    assert name_locale("Julio Cesar Gonzalez", ["GB"]) != "es_ES"
