"""Blind review 64 on made-up text: stems garbled by copying the article's wording. An aside
the article never closed ("(US$27,000.") is cut or the question refused; "the remainder"
without the part it is the rest after, and "Each defendant" with no defendants named, do not
stand alone; a distance is not asked apart from its "from"; a count is not asked with the
counts listed after it stranded; a spaced hyphen between names is a dash; a headline's
object is no topic without a name; a model's name with figures is no person; and a mirror
pair framed by its month ("According to a May 2015 article, …") is one question twice."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.distances import split_distance
from questions.generate.facts import Fact
from questions.generate.gappedcounts import gapped_counts
from questions.generate.headlinetopic import headline_topic
from questions.generate.nlp import parsed_headline
from questions.generate.nonpersons import nonpersons
from questions.generate.pointing import points_back
from questions.generate.rank import Candidate
from questions.generate.render import join
from questions.generate.sentencepairs import mirror_losers
from questions.generate.unclosed import unclosed_aside, unpaired_bracket
from questions.generate.write import Stem
from tests.generate.generated import SharedGenerations

_CRASH = (
    "Bus crash trial opens in Vesta\n\n"
    "Tuesday, May 12, 2015\n\n"
    "A court in Vesta on Monday opened the trial of four men and a Dutch coach company over "
    "the Hollen bus crash. Fifty-two people were killed when the coach left the road near "
    "Hollen in 2012.\n\n"
    "The driver tried to stop on the hard shoulder, but instead struck a barn approximately "
    "four kilometres (two miles) from the village. Most of the passengers were Dutch "
    "pensioners on a spring tour of the valley, the remainder of the 60 passengers were from "
    "Belgium.\n\n"
    "Pieter Vos and his manager Karel Smit have been charged with manslaughter.\n\n"
    "Each defendant can be jailed for up to five years and fined up to €20,000 (US$27,000. "
    "The company faces a fine of up to €300,000 (US$410,000).\n\n"
    "Health officials have reported 31 people dead in Vesta Province, 9 in Ardo Province and "
    "four in Lanmark Province, according to the Vesta Courier.\n\n"
    "Judge Anna Maas read out the names of the dead on Monday. Brink told the court that "
    "former police inspector Jan de Groot would be a key witness.\n"
)


def _crash(generation: SharedGenerations) -> dict[str, str]:
    """Map each question's last line (what the player reads) to its key."""
    result: GenerationResult = generation(_CRASH, "bus-crash", "bus crash")
    return {q.text.splitlines()[-1]: q.options[q.answer] for q in result.qset.questions}


def test_no_question_shows_an_aside_left_open(generation: SharedGenerations) -> None:
    lines = _crash(generation)
    assert all(unpaired_bracket(line) is None for line in lines)
    assert not any("US$_____" in line or "(US$27,000" in line for line in lines)


def test_an_unclosed_aside_is_cut_and_a_half_pair_refused(nlp: Any) -> None:
    sentence = next(nlp("They were fined up to €20,000 (US$27,000.").sents)
    euros = Fact(0, 5, 7, "€20,000", "MONEY", "money", "", "", "", "")
    assert [sentence.doc[i].text for i in sorted(unclosed_aside(sentence, euros))][:1] == ["("]
    assert unpaired_bracket("They were fined up to _____ (US$27,000.") is not None
    assert unpaired_bracket("They were fined up to _____ (US$27,000).") is None


def test_the_remainder_without_its_contrast_is_not_asked(generation: SharedGenerations) -> None:
    lines = _crash(generation)
    assert not any(line.startswith("The remainder of how many") for line in lines)


def test_each_with_no_one_named_points_back(nlp: Any) -> None:
    each = nlp("Each defendant can be jailed for up to five years.")[0]
    named = nlp("Each of the nine defendants can be jailed for up to five years.")[0]
    meal = nlp("Each school lunch now includes fish.")[0]
    assert points_back(each)
    assert not points_back(named)
    assert not points_back(meal)


def test_a_distance_is_asked_with_its_from(nlp: Any) -> None:
    sentence = next(nlp("The coach struck a barn about four kilometres from the village.").sents)
    distance = Fact(0, 6, 8, "four kilometres", "QUANTITY", "quantity", "", "", "", "")
    split = "About how many kilometres did the coach strike a barn from the village?"
    kept = "About how many kilometres from the village did the coach strike a barn?"
    assert split_distance(sentence, distance, split, "wh") is not None
    assert split_distance(sentence, distance, kept, "wh") is None


def test_a_count_is_asked_without_the_counts_after_it(generation: SharedGenerations) -> None:
    lines = _crash(generation)
    asked = [line for line in lines if line.startswith("How many people have health officials")]
    assert asked and all("Ardo" not in line and "Lanmark" not in line for line in asked)


def test_the_counts_after_a_count_are_cut_only_from_a_wh_question(nlp: Any) -> None:
    doc = nlp("Officials reported 31 people dead in Vesta, 9 in Ardo and four in Lanmark.")
    sentence = next(doc.sents)
    count = Fact(0, 2, 3, "31", "CARDINAL", "count", "", "people", "", "")
    cut = " ".join(doc[i].text for i in sorted(gapped_counts(sentence, count, "wh")))
    assert cut == ", 9 in Ardo and four in Lanmark"
    assert not gapped_counts(sentence, count, "cloze")
    # the last count's own clause hung on the verb: cutting the list would leave it behind
    # on the first count ("How many dogs … that had been left in a car?": six, not four)
    doc = nlp("Six dogs were rescued, two on a lower level and four that had been left in a car.")
    dogs = Fact(0, 0, 1, "Six", "CARDINAL", "count", "", "dogs", "", "")
    assert not gapped_counts(next(doc.sents), dogs, "wh")


def test_a_spaced_hyphen_between_names_stays_a_dash(nlp: Any) -> None:
    doc = nlp("Also charged are three directors of the firm behind Skyline - Marvex.")
    assert "Skyline - Marvex" in join(list(doc))
    assert "six-member" in join(list(nlp("They chose a six - member panel.")))


def test_a_headline_object_without_a_name_is_no_topic() -> None:
    assert headline_topic(parsed_headline("Belgian President faces budget challenge")) is None
    topic = headline_topic(parsed_headline("Police raid Japan nuclear plant offices"))
    assert topic == "Japan nuclear plant offices"


def test_a_model_with_figures_is_no_person(nlp: Any) -> None:
    doc = nlp("A Harlow Freight Douglas MD-11 had landed ten minutes before the jet.")
    assert "Douglas MD-11" in nonpersons(list(doc.sents))


def _pact(key: str, stem: str, start: int) -> Candidate:
    """Return a question on one partner of a made-up pact, keyed `key`."""
    fact = Fact(0, start, start + 1, key, "GPE", "place", "country", "", "", "")
    return Candidate(fact, Stem(stem, "wh", "rule:place-subject"), (key, "Peru", "Cuba", "Fiji"),
                     0, "", "", 1.0, ())  # fmt: skip


def test_a_framed_mirror_question_still_gives_way() -> None:
    norway = _pact("Norway", "📰 Whale pact\nWhich country, along with Chile, signed the pact?", 0)
    chile = _pact(
        "Chile", "According to a May 2015 article, which country, along with Norway, signed "
        "the pact?", 2
    )  # fmt: skip
    losers = mirror_losers([norway, chile], lambda key: key == "Chile")
    assert losers == {id(chile)}
