"""The shape of a match score in running text, shared by every reader of results."""

from __future__ import annotations

import re

# A score in running text, the one pattern every reader of results shares: two goal counts
# joined by any dash, spaced or not ("2–1", "3 - 2"); not a part of a date, a sum or a range
# of longer numbers ("2010-11", "1.5-2"), but a score may close a clause ("won 2-1.").
SCORE_IN_TEXT = re.compile(r"(?<![\w.,–—-])(\d{1,2}) ?[–—-] ?(\d{1,2})(?![\w–—-]|[.,]\d)")
