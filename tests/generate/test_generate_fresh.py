"""Rules found on a made-up article nobody tuned the generator on: a headline read as one
noun phrase names nothing, "the city of X" is asked as "which city", a weekday inside "late on
Monday evening" is dated grammatically, a bound on a figure ("more than 200,000") is kept in
the question and its wrong options lie beyond it, and "the two states" after the article
named both is no count worth asking."""

from __future__ import annotations

import re

from questions.generate import generate
from questions.generate.bounds import beyond_bound, bound_steps
from questions.generate.nlp import load_nlp
from questions.generate.render import lower_first

CONVOY = """Rebels attack army convoy

Tuesday, March 4, 2014

Rebels attacked an army convoy near the northern town of Kadugli on Monday, killing six \
soldiers, the army said. The convoy had left the capital, Khartoum, on Sunday morning with \
supplies for troops in South Kordofan state.

The convoy reached the city of El Obeid late on Monday evening, army spokesman Ahmed Saad \
said. He said 14 soldiers were wounded and 3 trucks were destroyed in the attack.

The Sudan People's Liberation Movement-North, which has fought the government in South \
Kordofan and Blue Nile states since 2011, said its fighters had captured two army vehicles. \
The group's spokesman, Arnu Lodi, said the rebels lost no men.

The United Nations says more than 200,000 people have fled the fighting in the two states. \
Aid agencies have been barred from rebel-held areas since the conflict began.
"""


def _asked(text: str) -> list[tuple[str, list[str], str]]:
    """Return each question's last line, its options and its key."""
    qset = generate(text, slug="convoy", title="Convoy").qset
    return [(q.text.split("\n")[-1], list(q.options), q.options[q.answer]) for q in qset.questions]


def test_a_headline_clause_names_no_definite_noun() -> None:
    # "Rebels attack army convoy" is a clause the parser read as one noun phrase: "the
    # convoy" is at most the "army convoy" the article says, never the whole headline
    stems = [stem for stem, _, _ in _asked(CONVOY)]
    assert not [s for s in stems if "attack army convoy" in s]
    assert [s for s in stems if "the army convoy" in s]


def test_the_city_of_a_place_is_asked_as_which_city() -> None:
    stems = {key: stem for stem, _, key in _asked(CONVOY)}
    assert "'s city" not in stems["El Obeid"]
    assert stems["El Obeid"].startswith("Which city did the army convoy reach")


def test_a_weekday_in_a_time_of_day_is_dated_grammatically() -> None:
    stems = {key: stem for stem, _, key in _asked(CONVOY)}
    assert "late on the evening of March 3, 2014" in stems["El Obeid"]
    assert "2014 evening" not in stems["El Obeid"]
    # "on Sunday morning", one time entity: "on the morning of March 2, 2014" (the capital
    # itself is not asked: an atlas answers "the capital, _____")
    assert "Khartoum" not in stems
    assert "Khartoum, on the morning of March 2, 2014 with" in stems["South Kordofan"]


def test_a_bound_is_kept_and_options_lie_beyond_it() -> None:
    asked = [(s, o) for s, o, key in _asked(CONVOY) if key == "200,000"]
    assert asked, "the bounded count is still asked"
    stem, options = asked[0]
    assert stem.startswith("More than how many people have fled")
    values = [int(o.replace(",", "")) for o in options if o != "200,000"]
    assert values and all(v > 200_000 for v in values)  # 100,000 would be true as well


def test_a_bound_below_takes_options_below() -> None:
    text = CONVOY.replace("more than 200,000 people", "fewer than 200,000 people")
    asked = [(s, o) for s, o, key in _asked(text) if key == "200,000"]
    assert asked
    stem, options = asked[0]
    assert stem.startswith("Fewer than how many people")
    assert all(int(o.replace(",", "")) < 200_000 for o in options if o != "200,000")


def test_counting_the_names_just_listed_is_not_asked() -> None:
    # "the two states" after "South Kordofan and Blue Nile states": counting two names
    keys = [key for _, _, key in _asked(CONVOY)]
    assert "two" not in keys
    unlisted = CONVOY.replace("in South Kordofan and Blue Nile states", "in the south")
    assert [s for s, _, key in _asked(unlisted) if key == "two" and "_____ states" in s]


def test_the_article_count_still_asked_without_bound() -> None:
    stems = {key: stem for stem, _, key in _asked(CONVOY)}
    assert re.match(r"How many soldiers were wounded", stems["14"])


FINAL = """Riverside High wins state basketball title

Sunday, March 15, 2015

Riverside High School won the state basketball championship on Saturday, beating Oakwood \
Academy 64-58 in the final at the Civic Arena in Springfield.

Senior guard Maria Lopez scored 23 points and grabbed nine rebounds for Riverside, which \
trailed by 11 points at halftime. Coach David Chen said his players never gave up. "We \
told them at the break that the game was not over," Chen said.

It was the school's first state title since 1998. Riverside finished the season with a \
record of 27 wins and 3 losses.

Oakwood, the defending champion, had won its previous 18 games. Its top scorer, forward \
James Carter, was held to 12 points, well below his season average of more than 20 points \
a game.

About 6,500 fans attended the final, the largest crowd for a high school game in the state \
this year, according to the state athletic association. Tickets sold out within two days.

The Riverside team will be honoured at a parade through the town of Riverside on Tuesday. \
Mayor Linda Park said the city council would also name a street after the team. More than \
40 students from the school travelled to Springfield by bus to watch the game.

Riverside last reached the final in 2011, when it lost to Oakwood by three points.
"""

COFFEE = """Study links coffee to lower risk of liver disease

Thursday, June 9, 2016

People who drink at least three cups of coffee a day are less likely to develop liver \
disease, according to a study published on Wednesday in the journal Hepatology.

Researchers at the University of Southampton followed more than 430,000 adults in Britain \
for about ten years. They found that coffee drinkers had a 21 percent lower risk of \
chronic liver disease than people who drank no coffee.

The benefit was seen for both ground and instant coffee, the researchers said. Lead author \
Oliver Kennedy said the findings were "very encouraging" but warned that the study could \
not prove that coffee itself protects the liver.

Liver disease kills about 2 million people worldwide each year, according to the World \
Health Organization. In Britain, deaths from liver disease have risen by 400 percent since \
1970.

The study was funded by the National Institute for Health Research. The team now plans a \
trial in which 200 patients with fatty liver disease will be asked to drink coffee every \
day for six months.

Doctors said people should not start drinking large amounts of coffee because of the \
study. Drinking more than six cups a day can cause sleep problems and raise blood \
pressure, the British Liver Trust said.
"""


def test_an_opening_name_the_parse_took_for_a_noun_keeps_its_capital() -> None:
    stems = {key: stem for stem, _, key in _asked(FINAL)}
    assert stems["2011"] == "In which year did Riverside last reach the final?"
    # "Liver" is capitalised only inside "the British Liver Trust": no name of its own
    liver = [stem for stem, _, _ in _asked(COFFEE) if "does" in stem and "disease kill" in stem]
    assert liver and all("does liver disease kill" in stem for stem in liver)


def test_a_clause_defining_a_generic_group_is_not_asked_as_a_fact() -> None:
    # "At least how many cups of coffee a day do people drink?" claims people drink them
    stems = [stem for stem, _, key in _asked(COFFEE) if key == "three"]
    assert not [s for s in stems if "do people drink" in s]
    assert [s for s in stems if s.startswith("People who drink at least _____ cups")]


def test_a_bound_near_the_scales_end_takes_steps_beyond_it() -> None:
    # "already above 95%": 71% or 48% would be true as well; 96% to 99% are not said
    source = "whose claim acceptance rate is already above 95%."
    assert bound_steps("95%", source) == ["96%", "97%", "98%", "99%"]
    assert not beyond_bound("71%", "95%", source) and beyond_bound("97%", "95%", source)
    assert beyond_bound("71%", "95%", "a rate of 95%.")  # no bound: any side will do


def test_a_figure_opening_a_moved_subject_loses_its_capital() -> None:
    # "To which city did More than 40 students … travel?": a number's capital is no name's
    doc = load_nlp()("More than 40 students from the school travelled to Springfield by bus.")
    assert lower_first("More than 40 students", doc[0]) == "more than 40 students"
    named = load_nlp()("Oakwood Academy students travelled to Springfield by bus.")
    assert lower_first("Oakwood Academy students", named[0]) == "Oakwood Academy students"


def test_a_verb_that_bounds_its_figure_takes_options_beyond_it() -> None:
    source = "The scientists found losses exceeded 10% of 2000 levels in all cases."
    assert not beyond_bound("5%", "10%", source)  # "exceeded 5%" is true as well
    assert beyond_bound("20%", "10%", source)
