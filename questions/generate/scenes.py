"""Name the match a section of a sports report is about, from its score heading.

A report of several matches heads each with its score ("Group F — Sweden 1–0 Korea
Republic"); under it, "the match", "the 20th minute" and "the Man of the Match award" are that
match's. A question from such a section names the match ("In Sweden's win over Korea
Republic at the 2018 FIFA World Cup, who won the Man of the Match award?"), so it stands alone
and is not the same question as the next match's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.eventframe import event_frame, event_preposition
from questions.generate.facts import Fact
from questions.generate.lineups import change_teams, swap_pairs
from questions.generate.pools import place_kind
from questions.generate.setting import Setting
from questions.generate.sides import names_sides
from questions.schema import normalise

_TEAM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_SCORE = re.compile(
    rf"(?:^|[—–:-] )(?P<a>{_TEAM}) (?P<x>\d{{1,2}})[–-](?P<y>\d{{1,2}}) (?P<b>{_TEAM})$"
)


def match_name(heading: str) -> str | None:
    """Name the match a score heading gives ("Group G — Tunisia 1–2 England" -> "England's
    win over Tunisia"), or None for a heading that is no score. The score is left out: a
    question on it ("By what score did England beat Tunisia?") would be answered by every
    other question framed by the match."""
    found = _SCORE.search(heading)
    if found is None:
        return None
    a, b, x, y = found["a"], found["b"], int(found["x"]), int(found["y"])
    if x == y:
        return f"the draw between {a} and {b}"
    win, lose = (a, b) if x > y else (b, a)
    return f"{win}'s win over {lose}"


def paragraph_scenes(
    headings: Sequence[str], heading_at: Sequence[int], paragraphs: int
) -> list[str | None]:
    """Return the match each paragraph is about: the one the last score heading before it
    names (None before the first, and after a heading that is no score)."""
    scenes: list[str | None] = [None] * paragraphs
    for heading, start in zip(headings, heading_at, strict=True):
        for number in range(start, paragraphs):
            scenes[number] = match_name(heading)
    return scenes


def scene_event(scene: str | None, event: str | None) -> str | None:
    """Say the match within the article's event ("Sweden's win over Korea Republic at
    the 2018 FIFA World Cup"); only a dated event can hold it (the match has no year)."""
    if scene is None or event is None:
        return None
    return f"{scene} at {event}"


def sentence_setting(
    setting: Setting, scenes: Sequence[str | None], paragraph: int, held: str | None = None
) -> Setting:
    """Return the setting a sentence's question is put in: the article's, with its event
    narrowed to the match when the sentence is under a score heading or in a one-match
    report (`held`: the event its score sentence names, when the article's setting has none)."""
    scene = scenes[paragraph] if paragraph < len(scenes) else None
    wider = setting.event or held
    event = scene_event(scene, wider)
    if not event or scene is None:
        return setting
    return replace(setting, event=event, wider=wider, sides=match_sides(scene))


def paragraph_place(
    setting: Setting, sentence: Any, stem: str, key: str, now: bool
) -> tuple[Setting, str, tuple[str, str] | None] | None:
    """Return the setting narrowed to the place the sentence's paragraph opens in ("In the
    Kowloon East geographical constituency, …") and the question situated in it, when it
    fits: a later sentence of the paragraph ("Pan-democracy camp councillor Wu Chi-wai of
    the Democratic Party was elected.") is that place's news; the opening one names it."""
    from questions.generate.definites import opening_scene
    from questions.generate.event import situate

    place = opening_scene(sentence.doc) if sentence.start > 0 else {}
    if not place or not setting.event or setting.wider:
        return None
    named = next(iter(place.values()))
    if named.lower() in stem.lower():
        return None  # "… second place in the Hong Kong Island … constituency": said once
    event = f"the {named} in {setting.event}"
    narrowed = replace(setting, event=event, wider=setting.event)
    text, problem = situate(stem, key, narrowed, sentence, now)
    return (narrowed, text, problem) if text.startswith(event_frame(event)) else None


def match_sides(scene: str) -> tuple[str, ...]:
    """Return the two sides a match's name gives ("Sweden's win over Korea Republic" ->
    ("Sweden", "Korea Republic"))."""
    found = re.fullmatch(r"(.+)'s win over (.+)|the draw between (.+) and (.+)", scene)
    return tuple(side for side in found.groups() if side) if found else ()


def match_named(stem: str, setting: Setting) -> bool:
    """Tell whether a question opens by naming the one match or place its sentence is about
    ("In England's win over Tunisia at the 2018 FIFA World Cup, who scored …?", "In the
    Kowloon West geographical constituency in the 2016 …, who …?"): short, it is still no
    riddle, as "In the 2018 FIFA World Cup, who scored …?" would be."""
    return bool(setting.wider and setting.event and stem.startswith(event_frame(setting.event)))


def named_by_scene(unresolved: str | None, stem: str, setting: Setting) -> str | None:
    """Return the unresolved reference left once the question names its match: "the match",
    "the 20th minute" are that match's; "later", "another …" still point back."""
    if unresolved is None or not setting.event or " win over " not in setting.event:
        return unresolved
    match = f"{setting.wider} match"  # "In the 2018 FIFA World Cup match against Panama, "
    against = f"{event_preposition(match)} {match} against "
    named = stem.startswith((event_frame(setting.event), against)) or (
        bool(setting.wider)
        and stem.startswith(event_frame(setting.wider or ""))
        and names_sides(stem, setting.sides)
    )  # "In the 2018 FIFA World Cup, … did Sweden face South Korea": its two sides name it
    return None if named and unresolved.endswith("without naming it") else unresolved


def scene_cast(
    scenes: Sequence[str | None], paragraph_of: Sequence[int], facts: Sequence[Fact], scene: str
) -> frozenset[str]:
    """Return the people the article names in one match's paragraphs, folded, with each word
    of their names ("berg" of "Marcus Berg"): only they played in it, so only they are options."""
    cast: set[str] = set()
    for fact in facts:
        at = paragraph_of[fact.sentence] if fact.sentence < len(paragraph_of) else -1
        if fact.kind == "person" and 0 <= at < len(scenes) and scenes[at] == scene:
            folded = normalise(fact.text)
            cast.update([folded, *folded.split()])
    return frozenset(cast)


_TEAM_LABELS = ("GPE", "NORP")


def person_teams(sentences: Sequence[Any]) -> dict[str, frozenset[str]]:
    """Return the side each person plays for where a sentence says it ("Korea's Kim
    Shin-Wook", "Swedish captain Andreas Granqvist", "Korea … was replaced by Kim Min-Woo")."""
    teams: dict[str, set[str]] = {}
    people: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ == "PERSON":
                people.update((normalise(ent.text), normalise(ent.text).split()[-1]))
            found = _team_of(ent) if ent.label_ == "PERSON" else ""
            if found:
                name = re.sub(r"['’]s$", "", ent.text)  # "Hwang Hee-Chan's header"
                teams.setdefault(normalise(name), set()).add(normalise(found))
        for name, team in change_teams(sentence).items():
            teams.setdefault(name, set()).add(normalise(team))
    # "Lukaku scored … from Eden Hazard's assist", Lukaku tagged a place: a person is no team
    people = no_countries(people)
    sided = {name: found - people for name, found in teams.items() if found - people}
    pairs = swap_pairs(sentences)  # twice: a later pair may side an earlier one's player
    for one, other in pairs + pairs:  # "Jamie Vardy came on for Walker": Walker's side
        for name, mate in ((one, other), (other, one)):
            said = [v for k, v in sided.items() if mate in (k, k.split()[-1])]  # "walker"
            known = any(name == k.split()[-1] for k in sided)  # "walker" of "Kyle Walker"
            if name not in sided and not known and len(said) == 1 and len(said[0]) == 1:
                sided[name] = set(said[0])
    return {name: frozenset(sided.get(name, set())) for name in sorted(teams.keys() | sided)}


def no_countries(people: set[str]) -> set[str]:
    """Return the folded names the model tagged as people that are no country: "Tunisia won
    a penalty", tagged a person once, is still the side its goalkeeper plays for."""
    return {p for p in people if place_kind(p) != "country"}


def _team_of(ent: Any) -> str:
    """Return the team a sentence puts a person in: its possessor or demonym, or the subject
    of the clause the person is the object of; "" when the person is the subject."""
    near = [c for c in ent.root.children if not ent.start <= c.i < ent.end]
    near += [g for c in near if c.dep_ == "compound" for g in c.children]  # "Swedish captain"
    if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
        near += list(ent.root.head.children)  # "England's coach Gareth Southgate"
    for token in near:
        # "Swedish captain …", "Korea's …"; a people before a title: "Afghan Ambassador …"
        nation = token.dep_ == "compound" and token.ent_type_ == "NORP"
        if (token.dep_ in ("poss", "amod") and token.ent_type_ in _TEAM_LABELS) or nation:
            return str(token.text)
    head = ent.root
    while head.head.i != head.i:
        if head.dep_ in ("nsubj", "nsubjpass"):
            # "Kim Min-Woo conceded a penalty … awarded Sweden": no side said, but
            # "Marcus Berg missed a chance to put Sweden in the lead" says Berg's
            found = _played_for(head.head) if head.dep_ == "nsubj" else ""
            return found or (_team_acting(head.head) if head.dep_ == "nsubj" else "")
        if head.dep_ in ("acl", "relcl", "attr"):
            return ""  # "one of the nations covered by President Trump's ban": no side of his
        step, head = head, head.head
        if step.lower_ == "by" and step.dep_ == "prep":
            # "Panama's attempt …, by Michael Murillo": the attempt's side is his
            owner = [c for c in head.children if c.dep_ == "poss"]
            if owner and owner[0].ent_type_ in _TEAM_LABELS:
                return str(owner[0].text)
        subject = [c for c in head.children if c.dep_ == "nsubj"]
        if subject:
            if subject[0].ent_type_ in _TEAM_LABELS:
                return str(subject[0].text)
            return _team_acting(head)  # "… as Nacer Chadli replaced Axel Witsel": Witsel too
    return ""


def _team_acting(verb: Any) -> str:
    """Return the team a clause's "as" hangs on as its doer ("Belgium made a change, as Nacer
    Chadli replaced Axel Witsel": the change is Belgium's, so are both players); "" else."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.dep_ != "advcl" or not marked:
        return ""
    subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return str(subject[0].text) if subject and subject[0].ent_type_ in _TEAM_LABELS else ""


def _played_for(verb: Any) -> str:
    """Return the team a subject's clause says it played for: the team a verb of the clause
    puts ahead ("to put Sweden in the lead", "putting Sweden 1–0 up") or acts for ("a chance
    to equalise for Korea"); "" when none or more than one."""
    found = set()
    for token in verb.subtree:
        if token.ent_type_ not in _TEAM_LABELS or token.pos_ != "PROPN":
            continue
        head = token.head
        if (
            token.dep_ == "pobj"
            and head.lower_ == "for"
            and (head.head.pos_ == "VERB" or head.head.lemma_ == "lead")
        ):
            found.add(token.text)  # "equalise for Korea", "the lead for England", not "a
            # penalty for Sweden"
        elif token.dep_ == "dative" and _gives_lead(head):
            found.add(token.text)  # "giving England an early lead"
        elif token.dep_ in ("dobj", "compound") and _puts_ahead(head if token.dep_ == "dobj"
                                                                 else head.head):  # fmt: skip
            found.add(token.text)
    return found.pop() if len(found) == 1 else ""


def _gives_lead(verb: Any) -> bool:
    """Tell whether a verb is "give … a lead" ("giving England an early lead")."""
    lead = any(c.dep_ == "dobj" and c.lemma_ == "lead" for c in verb.children)
    return verb.lemma_ == "give" and lead


def _puts_ahead(token: Any) -> bool:
    """Tell whether a token is "put … in the lead" or "putting … up" ("putting Sweden 1–0 up")."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb.lemma_ != "put":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) or any(
        c.dep_ == "prep" and any(g.lower_ == "lead" for g in c.children) for c in verb.children
    )


def name_this_win(sentences: Sequence[Any], paragraph: Sequence[int], scenes: Sequence[str | None],
                  replace: Sequence[dict[int, str]]) -> None:  # fmt: skip
    """Say the match for a sentence-opening "This" that is its winner's victory ("This was
    Sweden's first victory … since 1958" under "Sweden 1–0 Korea Republic": Sweden's win
    over Korea Republic was Sweden's first victory …)."""
    for sentence, at, said in zip(sentences, paragraph, replace, strict=True):
        scene = scenes[at] if at < len(scenes) else None
        this = sentence[0]
        if scene is None or this.lower_ != "this" or this.dep_ != "nsubj" or this.i in said:
            continue
        verb = this.head
        owners = [p.text for c in verb.children if c.dep_ == "attr" and verb.lemma_ == "be"
                  for p in c.children if p.dep_ == "poss"]  # fmt: skip
        if any(scene.startswith(f"{owner}'s ") for owner in owners):
            said[this.i] = scene
