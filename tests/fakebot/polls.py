"""Polls and quizzes: sendPoll and stopPoll, and the users' votes in them."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from . import builders
from .models import BotMessage, FakeUser
from .poll_validation import validate_poll
from .records import JSONDict, MessageRef, Upload
from .sending import Sending
from .updates import UpdateQueue
from .validation import bad_request, validate_reply_markup


class PollMethods(Sending, UpdateQueue):
    """sendPoll and stopPoll, votes (poll_answer or anonymous poll updates) and expiry."""

    def _open_poll(self, poll_message: MessageRef) -> tuple[BotMessage, JSONDict]:
        """Return a bot poll message and its poll, refusing what Telegram refuses to vote in."""
        msg = self._bot_message(poll_message)
        poll = msg.poll
        if poll is None:
            raise AssertionError(f"fakebot: message {msg.message_id} is not a poll")
        if poll["is_closed"]:
            raise AssertionError("fakebot: the poll is closed; Telegram refuses the vote")
        return msg, poll

    async def answer_poll(
        self, user: FakeUser, poll_message: MessageRef, option_ids: Sequence[int]
    ) -> JSONDict:
        """The user votes in a non-anonymous poll the bot sent; returns the poll_answer update."""
        msg, poll = self._open_poll(poll_message)
        if poll["is_anonymous"]:
            raise AssertionError(
                "fakebot: the poll is anonymous; Telegram sends no poll_answer updates for it "
                "(send it with is_anonymous=False)"
            )
        options = list(option_ids)
        count = len(poll["options"])
        if any(not 0 <= index < count for index in options) or len(set(options)) != len(options):
            raise AssertionError(f"fakebot: invalid option ids {options} for {count} options")
        if len(options) > 1 and not poll["allows_multiple_answers"]:
            raise AssertionError("fakebot: the poll does not allow multiple answers")
        votes = self._poll_votes.setdefault(poll["id"], {})
        if user.id in votes and not poll["allows_revoting"]:
            raise AssertionError("fakebot: this poll does not allow changing the vote")
        if not options and user.id not in votes:
            raise AssertionError("fakebot: nothing to retract; pass at least one option")
        for index in votes.pop(user.id, []):
            poll["options"][index]["voter_count"] -= 1
        if options:
            votes[user.id] = options
            for index in options:
                poll["options"][index]["voter_count"] += 1
        poll["total_voter_count"] = len(votes)
        persistent = [poll["options"][index]["persistent_id"] for index in options]
        self._mark(msg.chat_id)
        return await self._emit(
            "poll_answer", builders.poll_answer(poll["id"], user.to_dict(), options, persistent)
        )

    def expire_poll(self, poll_message: MessageRef) -> JSONDict:
        """Close a timed poll as Telegram does when its open_period runs out; return the poll.

        Votes are refused from then on, and a later stopPoll answers "poll has already been
        closed". (The fake keeps no clock of its own: tests say when the time is up.)
        """
        msg = self._bot_message(poll_message)
        if msg.poll is None:
            raise AssertionError(f"fakebot: message {msg.message_id} is not a poll")
        msg.poll["is_closed"] = True
        return copy.deepcopy(msg.poll)

    async def vote_anonymously(
        self, user: FakeUser, poll_message: MessageRef, option_ids: Sequence[int]
    ) -> JSONDict:
        """The user votes in an anonymous poll the bot sent (a channel's): emits a ``poll`` update.

        Telegram tells the bot only the poll's new state (counts per option), never who voted.
        """
        msg, poll = self._open_poll(poll_message)
        if not poll["is_anonymous"]:
            raise AssertionError("fakebot: the poll is not anonymous; use answer_poll")
        options = list(option_ids)
        if len(options) != 1 or not 0 <= options[0] < len(poll["options"]):
            raise AssertionError(f"fakebot: one valid option id expected, got {options}")
        votes = self._poll_votes.setdefault(poll["id"], {})
        if user.id in votes:
            raise AssertionError("fakebot: a quiz poll vote cannot be changed")
        votes[user.id] = options
        poll["options"][options[0]]["voter_count"] += 1
        poll["total_voter_count"] = len(votes)
        self._mark(msg.chat_id)
        return await self._emit("poll", copy.deepcopy(poll))

    async def _send_poll(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        poll = validate_poll(
            params,
            strict_html=self.strict_html,
            option_count=self.poll_option_count,
            now=builders.now(),
        )
        chat = self._api_chat(params)
        if chat.type == "channel" and not poll["is_anonymous"]:
            raise bad_request("non-anonymous polls can't be sent to channel chats")
        markup = validate_reply_markup(params.get("reply_markup"))
        self._counter += 1
        poll["id"] = str(5_300_000_000_000_000_000 + self._counter)
        message = self._store(
            chat,
            "poll",
            params,
            poll=poll,
            reply_markup=markup,
            reply_to=self._reply_to(chat, params),
        )
        self._polls[poll["id"]] = message
        return message.to_dict()

    async def _stop_poll(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        message = self._bot_messages.get((chat.id, params.get("message_id") or 0))
        if message is None or message.deleted or message.poll is None:
            raise bad_request("message with poll to stop not found")
        if message.poll["is_closed"]:
            raise bad_request("poll has already been closed")
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        poll = copy.deepcopy(message.poll)
        poll["is_closed"] = True
        changes: JSONDict = {"poll": poll}
        if markup is not None:
            changes["reply_markup"] = markup
        self._apply_edit(message, "stopPoll", **changes)
        return copy.deepcopy(poll)
