"""Bot API limits: reply markup, polls, text lengths; violations raise :class:`ApiError`."""

from __future__ import annotations

import re
from typing import Any

from telegram.constants import PollLimit

from .entities import EntityParseError, ParsedText, UnsupportedParseMode, parse_text

JSONDict = dict[str, Any]

__all__ = [
    "MAX_CAPTION",
    "MAX_TEXT",
    "ApiError",
    "bad_request",
    "parse_or_raise",
    "validate_commands",
    "validate_poll",
    "validate_reply_markup",
]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100
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
MAX_COMMANDS = 100

_INLINE_BUTTON_KINDS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_URL_SCHEMES = ("http://", "https://", "tg://", "ton://")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None):
        """Create the error; ``description`` is the full text, e.g. "Bad Request: ..."."""
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSONDict:
        """The JSON body Telegram sends for this error."""
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    """A 400 ``Bad Request: <detail>`` error."""
    return ApiError(400, f"Bad Request: {detail}")


def parse_or_raise(
    text: str, parse_mode: str | None, entities: Any, *, strict_html: bool
) -> ParsedText:
    """Parse formatted text; malformed markup becomes a 400 like Telegram's."""
    try:
        return parse_text(
            text,
            parse_mode,
            entities if isinstance(entities, list) else None,
            strict_html=strict_html,
        )
    except EntityParseError as exc:
        raise bad_request(f"can't parse entities: {exc}") from exc
    except UnsupportedParseMode as exc:
        raise bad_request("unsupported parse_mode") from exc


def _validate_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    total = 0
    for row in rows:
        for button in row:
            total += 1
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                )
            text = button.get("text")
            if not isinstance(text, str):
                raise bad_request(
                    'can\'t parse inline keyboard button: Field "text" must be of type String'
                )
            if not text.strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            kinds = [kind for kind in _INLINE_BUTTON_KINDS if kind in button]
            if not kinds:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str):
                    raise bad_request(
                        'can\'t parse inline keyboard button: Field "callback_data" must be of '
                        "type String"
                    )
                if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = button["url"]
                if not isinstance(url, str) or not url.lower().startswith(_URL_SCHEMES):
                    raise bad_request("BUTTON_URL_INVALID")
    if total > MAX_BUTTONS:
        raise bad_request("reply markup is too long")


def _validate_reply_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
    for row in rows:
        for button in row:
            text = (
                button
                if isinstance(button, str)
                else (button.get("text") if isinstance(button, dict) else None)
            )
            if not isinstance(text, str) or not text.strip():
                raise bad_request(
                    'can\'t parse keyboard button: Field "text" must be of type String'
                )


def validate_reply_markup(markup: Any, *, inline_only: bool = False) -> JSONDict | None:
    """Check a reply_markup object; returns it (or None) or raises ApiError."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _validate_inline_keyboard(markup["inline_keyboard"])
        return markup
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        _validate_reply_keyboard(markup["keyboard"])
    elif not (markup.get("remove_keyboard") is True or markup.get("force_reply") is True):
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


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


def validate_commands(commands: Any) -> list[JSONDict]:
    """Check a setMyCommands ``commands`` list; returns the normalised list."""
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("too many commands")
    result: list[JSONDict] = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand JSON object")
        command = item.get("command")
        description = item.get("description")
        if not isinstance(command, str) or not _COMMAND_NAME.match(command):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        result.append({"command": command, "description": description})
    return result
