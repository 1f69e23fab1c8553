"""sendPoll's checks: question, options, quiz answers, explanation, timing, as Telegram refuses."""

from __future__ import annotations

from typing import Any

from telegram.constants import PollLimit

from .validation import JSONDict, bad_request, parse_or_raise

# Poll limits of the Bot API version the installed python-telegram-bot implements.
MAX_POLL_QUESTION = PollLimit.MAX_QUESTION_LENGTH
MAX_POLL_OPTION = PollLimit.MAX_OPTION_LENGTH
MIN_POLL_OPTIONS = PollLimit.MIN_OPTION_NUMBER
MAX_POLL_OPTIONS = PollLimit.MAX_OPTION_NUMBER
MAX_EXPLANATION = PollLimit.MAX_EXPLANATION_LENGTH
MAX_EXPLANATION_LINE_FEEDS = PollLimit.MAX_EXPLANATION_LINE_FEEDS
MAX_DESCRIPTION = PollLimit.MAX_DESCRIPTION_CHARACTERS
MIN_OPEN_PERIOD = PollLimit.MIN_OPEN_PERIOD
MAX_OPEN_PERIOD = PollLimit.MAX_OPEN_PERIOD


def _option_text(option: Any, strict_html: bool) -> str:
    if isinstance(option, str):
        return option.strip()
    if isinstance(option, dict) and isinstance(option.get("text"), str):
        parsed = parse_or_raise(
            option["text"],
            option.get("text_parse_mode"),
            option.get("text_entities"),
            strict_html=strict_html,
        )
        return parsed.text
    raise bad_request("can't parse InputPollOption JSON object")


def _correct_option_ids(params: JSONDict, option_count: int) -> list[int]:
    ids = params.get("correct_option_ids")
    if ids is None and params.get("correct_option_id") is not None:
        ids = [params["correct_option_id"]]  # Bot API < 9.6 clients
    if not isinstance(ids, list) or not ids:
        raise bad_request("wrong correct option ID specified")
    for index, value in enumerate(ids):
        if not isinstance(value, int) or isinstance(value, bool):
            raise bad_request("wrong correct option ID specified")
        if not 0 <= value < option_count or (index and value <= ids[index - 1]):
            raise bad_request("wrong correct option ID specified")
    return list(ids)


def validate_poll(
    params: JSONDict,
    *,
    strict_html: bool,
    option_count: tuple[int, int] = (MIN_POLL_OPTIONS, MAX_POLL_OPTIONS),
    now: int = 0,
) -> JSONDict:
    """Check sendPoll parameters and build the Bot API ``Poll`` object (id left empty).

    Follows the Bot API version of the installed python-telegram-bot (``correct_option_ids``,
    ``allows_revoting``...); the legacy ``correct_option_id`` is accepted too.
    """
    question_raw = params.get("question")
    if not isinstance(question_raw, str):
        raise bad_request("poll question must be non-empty")
    question = parse_or_raise(
        question_raw,
        params.get("question_parse_mode"),
        params.get("question_entities"),
        strict_html=strict_html,
    )
    if not question.text:
        raise bad_request("poll question must be non-empty")
    if len(question.text) > MAX_POLL_QUESTION:
        raise bad_request(f"poll question length must not exceed {MAX_POLL_QUESTION}")
    options = params.get("options")
    min_options, max_options = option_count
    if not isinstance(options, list) or len(options) < min_options:
        raise bad_request(f"poll must have at least {min_options} option")
    if len(options) > max_options:
        raise bad_request(f"poll can't have more than {max_options} options")
    texts = [_option_text(option, strict_html) for option in options]
    for text in texts:
        if not text:
            raise bad_request("poll options must be non-empty")
        if len(text) > MAX_POLL_OPTION:
            raise bad_request(f"poll options length must not exceed {MAX_POLL_OPTION}")
    poll_type = params.get("type") or "regular"
    if poll_type not in ("regular", "quiz"):
        raise bad_request("wrong poll type specified")
    is_anonymous = params.get("is_anonymous")
    revoting = params.get("allows_revoting")
    poll: JSONDict = {
        "id": "",
        "question": question.text,
        "options": [
            {"text": text, "voter_count": 0, "persistent_id": str(index)}
            for index, text in enumerate(texts)
        ],
        "total_voter_count": 0,
        "is_closed": bool(params.get("is_closed")),
        "is_anonymous": True if is_anonymous is None else bool(is_anonymous),
        "type": poll_type,
        "allows_multiple_answers": bool(params.get("allows_multiple_answers")),
        "allows_revoting": poll_type == "regular" if revoting is None else bool(revoting),
        "members_only": bool(params.get("members_only")),
    }
    if question.entities:
        poll["question_entities"] = question.entities
    _poll_texts(poll, params, strict_html)
    if poll_type == "quiz":
        poll["correct_option_ids"] = _correct_option_ids(params, len(texts))
    elif params.get("correct_option_ids") or params.get("correct_option_id") is not None:
        raise bad_request("correct option IDs can be specified only for quiz polls")
    open_period = params.get("open_period")
    if open_period is not None:
        if (
            not isinstance(open_period, int)
            or not MIN_OPEN_PERIOD <= open_period <= MAX_OPEN_PERIOD
        ):
            raise bad_request("wrong open period specified")
        poll["open_period"] = open_period
        # Telegram reports when a timed poll closes by itself (Poll.close_date) as well.
        poll["close_date"] = now + open_period
    close_date = params.get("close_date")
    if close_date is not None and open_period is None:
        if not isinstance(close_date, int):
            raise bad_request("wrong close date specified")
        poll["close_date"] = close_date
    return poll


def _poll_texts(poll: JSONDict, params: JSONDict, strict_html: bool) -> None:
    """Parse the optional explanation (quiz only) and description into ``poll``."""
    explanation_raw = params.get("explanation")
    if isinstance(explanation_raw, str) and explanation_raw:
        if poll["type"] != "quiz":
            raise bad_request("explanation can be specified only for quiz polls")
        explanation = parse_or_raise(
            explanation_raw,
            params.get("explanation_parse_mode"),
            params.get("explanation_entities"),
            strict_html=strict_html,
        )
        if len(explanation.text) > MAX_EXPLANATION:
            raise bad_request(f"poll explanation length must not exceed {MAX_EXPLANATION}")
        if explanation.text.count("\n") > MAX_EXPLANATION_LINE_FEEDS:
            raise bad_request(
                f"poll explanation can't have more than {MAX_EXPLANATION_LINE_FEEDS} line feeds"
            )
        if explanation.text:
            poll["explanation"] = explanation.text
        if explanation.entities:
            poll["explanation_entities"] = explanation.entities
    description_raw = params.get("description")
    if isinstance(description_raw, str) and description_raw:
        description = parse_or_raise(
            description_raw,
            params.get("description_parse_mode"),
            params.get("description_entities"),
            strict_html=strict_html,
        )
        if len(description.text) > MAX_DESCRIPTION:
            raise bad_request(f"poll description length must not exceed {MAX_DESCRIPTION}")
        if description.text:
            poll["description"] = description.text
        if description.entities:
            poll["description_entities"] = description.entities
