"""A model's options: its series' other numbers ("IE6": IE5, IE7), none the question names."""

from __future__ import annotations

from questions.generate.closest import closest
from questions.generate.models import ordinal_giveaway, said_otherwise, series_options
from questions.generate.options import OptionContext
from questions.generate.textsearch import says


def model_options(key: str, source: str, seed: str, context: OptionContext | None,
                   taken: set[str]) -> tuple[list[str], str]:  # fmt: skip
    """Return a model's options: its series' other numbers the question does not name."""
    if said_otherwise(key, seed):
        return [], "refused"
    text = context.text if context is not None else source
    # Not one the sentence names, in either spelling: "time for IE6 users to move away"
    # rules out "Internet Explorer 6" as the browser still being built (review 9).
    others = [o for o in series_options(key, text)
              if not says(source, o) and not said_otherwise(o, source)]  # fmt: skip
    chosen = closest(others, key, lambda o: True, taken)
    if context is not None and ordinal_giveaway(key, chosen, context.stem):
        return [], "refused"  # "the first mission": STS-1, the lowest, guessed unread
    return chosen, "article"
