"""Inline keyboards: a user pressing a button, answerCallbackQuery, and waiting for the answer."""

from __future__ import annotations

from . import builders
from .models import BotMessage, FakeUser
from .records import ButtonRef, JSONDict, MessageRef, Query, Upload
from .traffic import CallbackAnswer
from .updates import UpdateQueue
from .validation import bad_request
from .waiting import Waiting

QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


class CallbackMethods(Waiting, UpdateQueue):
    """Button presses (callback_query updates) and the bot's answerCallbackQuery calls."""

    async def press(
        self,
        user: FakeUser,
        message: MessageRef,
        button: ButtonRef | None = None,
        *,
        callback_data: str | None = None,
    ) -> JSONDict:
        """The user presses an inline button of a bot message; returns the update dict.

        ``button`` is the button text (exact, else a unique case-insensitive substring), a flat
        index or a ``(row, column)`` pair.  ``callback_data`` forges arbitrary data instead.
        """
        msg = self._bot_message(message)
        if msg.deleted:
            raise AssertionError(f"fakebot: message {msg.message_id} was deleted by the bot")
        if callback_data is None:
            if button is None:
                raise ValueError("press() needs a button or callback_data")
            found = self._find_button(msg, button)
            if "callback_data" not in found:
                kinds = sorted(set(found) - {"text"})
                raise AssertionError(
                    f"fakebot: button {found.get('text')!r} has no callback_data ({kinds})"
                )
            data = str(found["callback_data"])
        else:
            data = callback_data
        self._counter += 1
        query_id = str(4_300_000_000_000_000_000 + self._counter)
        self._queries[query_id] = Query(user.id, msg.chat_id, msg.message_id, data)
        chat_instance = str((abs(msg.chat_id) * 1_000_003 + 7) % 10**18)
        payload = builders.callback_query(
            query_id, user.to_dict(), msg.to_dict(), chat_instance, data
        )
        self._mark(msg.chat_id)
        return await self._emit("callback_query", payload)

    @staticmethod
    def _find_button(msg: BotMessage, button: ButtonRef) -> JSONDict:
        buttons = msg.buttons
        rows = (msg.reply_markup or {}).get("inline_keyboard") or []
        available = f"available buttons: {msg.button_texts}"
        if isinstance(button, tuple):
            row, column = button
            try:
                return dict(rows[row][column])
            except IndexError:
                raise AssertionError(f"fakebot: no button at {button}; {available}") from None
        if isinstance(button, int):
            if not 0 <= button < len(buttons):
                raise AssertionError(f"fakebot: no button #{button}; {available}")
            return dict(buttons[button])
        exact = [b for b in buttons if b.get("text") == button]
        if exact:
            return dict(exact[0])
        partial = [b for b in buttons if button.lower() in str(b.get("text", "")).lower()]
        if len(partial) == 1:
            return dict(partial[0])
        raise AssertionError(
            f"fakebot: no unique button {button!r} on message {msg.message_id}; {available}"
        )

    async def _answer_callback_query(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        query = self._queries.get(query_id)
        if query is None or query.answered:
            raise bad_request(QUERY_INVALID)
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        self.callback_answers.append(
            CallbackAnswer(
                query_id,
                text if isinstance(text, str) else None,
                bool(params.get("show_alert")),
                params.get("url"),
                params.get("cache_time"),
            )
        )
        return True

    def callback_answer(self, query: JSONDict | str) -> CallbackAnswer | None:
        """The answerCallbackQuery call for a press() update or query id, if any."""
        query_id = _query_id(query)
        for answer in self.callback_answers:
            if answer.query_id == query_id:
                return answer
        return None

    async def wait_for_callback_answer(
        self,
        query: JSONDict | str,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        """Wait until the bot answers the callback query of a press() update."""
        query_id = _query_id(query)
        return await self.wait_for(
            lambda: self.callback_answer(query_id),
            timeout=timeout,
            what=f"answerCallbackQuery({query_id})",
        )


def _query_id(query: JSONDict | str) -> str:
    if isinstance(query, str):
        return query
    inner = query.get("callback_query", query)
    return str(inner["id"])
