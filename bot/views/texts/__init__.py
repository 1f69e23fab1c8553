"""Every text the bot sends, as HTML with user- and question-provided text escaped.

One namespace, `texts.X`, over submodules by audience: the player's game (player, scores,
sets, daily), the admin tools (admin, admin_sets) and the teacher's view (teacher). Fixed
texts are English message ids, shown as `t.gettext(texts.NAME)`. A name may live in one
submodule only (tests/test_layers.py checks it).
"""

from __future__ import annotations

from bot.views.texts.admin import *  # noqa: F403
from bot.views.texts.admin_sets import *  # noqa: F403
from bot.views.texts.channels import *  # noqa: F403
from bot.views.texts.daily import *  # noqa: F403
from bot.views.texts.player import *  # noqa: F403
from bot.views.texts.scores import *  # noqa: F403
from bot.views.texts.sets import *  # noqa: F403
from bot.views.texts.teacher import *  # noqa: F403
