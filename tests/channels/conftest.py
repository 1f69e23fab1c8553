"""Channel tests run the daily harness: a running bot, a hand-moved clock, a paused job."""

from tests.bot.conftest import make_settings  # noqa: F401  (fixtures used here)
from tests.daily.conftest import daily, daily_settings  # noqa: F401
