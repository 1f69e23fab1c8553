"""Updates: emitting them, getUpdates' queue, webhook delivery and the webhook methods."""

from __future__ import annotations

import asyncio
import copy
import json
import re

import aiohttp

from . import builders
from .records import REGISTERED_SECRET, Default, JSONDict, Upload
from .state import DEFAULT_ALLOWED_UPDATES, ApiState
from .traffic import WebhookDelivery
from .validation import ApiError, bad_request

_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class UpdateQueue(ApiState):
    """Emitting updates and handing them to the bot: getUpdates' queue or POSTs to its webhook."""

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by the bot (getUpdates offset)."""
        return copy.deepcopy(self._queue)

    @property
    def webhook_url(self) -> str | None:
        """URL registered with setWebhook (None in polling mode)."""
        return self._webhook_url

    @property
    def webhook_secret(self) -> str | None:
        """secret_token registered with setWebhook."""
        return self._webhook_secret

    async def post_raw_update(
        self,
        update: JSONDict,
        *,
        secret: str | Default | None = REGISTERED_SECRET,
        url: str | None = None,
    ) -> int:
        """POST an update to the webhook (registered URL/secret by default); returns the status."""
        target = url or self._webhook_url
        if not target:
            raise AssertionError("fakebot: no webhook URL registered (setWebhook) or given")
        body = dict(update)
        body.setdefault("update_id", self._take_update_id())
        token = self._webhook_secret if secret is REGISTERED_SECRET else secret
        assert not isinstance(token, Default)
        delivery = await self._post_webhook(target, body, token)
        return delivery.status

    async def _emit(self, kind: str, payload: JSONDict) -> JSONDict:
        update = {"update_id": self._take_update_id(), kind: payload}
        if self.check_updates:
            builders.check_update(update)
        self.updates.append(update)
        self.stats.updates_enqueued += 1
        if self._webhook_url:
            async with self._webhook_gate():
                await self._deliver_webhook(update)
        else:
            self._queue.append(update)
        self._changed.notify()
        return copy.deepcopy(update)

    def _deliverable(self) -> list[JSONDict]:
        kept = [u for u in self._queue if builders.update_type(u) in self._allowed_updates]
        if len(kept) != len(self._queue):
            self._queue = kept
        return kept

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            self._queue = self._queue[offset:]
        else:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]

    def _webhook_gate(self) -> asyncio.Lock | asyncio.Semaphore:
        """Return what bounds the webhook POSTs in flight: one, or up to max_connections."""
        slots = min(self.webhook_connections, self._webhook_max_connections)
        if slots <= 1:
            return self._webhook_lock
        if self._webhook_slots is None or self._webhook_slots_size != slots:
            self._webhook_slots = asyncio.Semaphore(slots)
            self._webhook_slots_size = slots
        return self._webhook_slots

    async def _deliver_webhook(self, update: JSONDict) -> None:
        assert self._webhook_url is not None
        delivery = await self._post_webhook(self._webhook_url, update, self._webhook_secret)
        if 200 <= delivery.status < 300:
            self.stats.updates_delivered += 1

    async def _post_webhook(
        self, url: str, update: JSONDict, secret: str | None
    ) -> WebhookDelivery:
        if self._session is None:
            raise RuntimeError("fakebot is not started")
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        self.stats.webhook_posts += 1
        try:
            async with self._session.post(
                url,
                data=json.dumps(update),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                await response.read()
                delivery = WebhookDelivery(update.get("update_id"), response.status)
        except (aiohttp.ClientError, TimeoutError) as exc:
            delivery = WebhookDelivery(update.get("update_id"), 0, repr(exc))
        self.webhook_deliveries.append(delivery)
        self._changed.notify()
        return delivery

    async def _flush_queue_to_webhook(self) -> None:
        async with self._webhook_lock:
            while self._queue and self._webhook_url:
                await self._deliver_webhook(self._queue.pop(0))

    async def _get_updates(self, params: JSONDict, files: dict[str, Upload]) -> list[JSONDict]:
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = params.get("limit") or 100
        timeout = params.get("timeout") or 0.0
        if not isinstance(limit, int) or not isinstance(timeout, int | float):
            raise bad_request("wrong parameter value")
        limit = min(max(limit, 1), 100)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = (
                frozenset(str(kind) for kind in allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if isinstance(offset, int):
            self._confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed.notify()  # terminates an older long poll (409, like Telegram)
        await self._changed.wait_for(
            lambda: (
                self._closing or generation != self._poll_generation or bool(self._deliverable())
            ),
            max(float(timeout), 0.0),
        )
        if generation != self._poll_generation and not self._closing:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                "instance is running",
            )
        batch = self._deliverable()[:limit]
        for update in batch:
            self.stats.updates_delivered += 1
            if update["update_id"] in self._handed_out:
                self.stats.redelivered += 1
            self._handed_out.add(update["update_id"])
        return copy.deepcopy(batch)

    async def _set_webhook(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        url = params.get("url") or ""
        secret = params.get("secret_token")
        if secret is not None and (not isinstance(secret, str) or not _SECRET_RE.match(secret)):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._queue.clear()
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = (
                frozenset(str(kind) for kind in allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if not url:
            self._webhook_url = None
            self._webhook_secret = None
            return True
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self._webhook_url = url
        self._webhook_secret = secret or None
        max_connections = params.get("max_connections")
        self._webhook_max_connections = int(max_connections) if max_connections else 40
        if self._queue:
            task = asyncio.get_running_loop().create_task(self._flush_queue_to_webhook())
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return True

    async def _delete_webhook(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        self._webhook_url = None
        self._webhook_secret = None
        if params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    async def _get_webhook_info(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        info: JSONDict = {
            "url": self._webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self._webhook_url:
            info["max_connections"] = 40
            failed = [d for d in self.webhook_deliveries if not 200 <= d.status < 300]
            if failed:
                info["last_error_date"] = builders.now()
                info["last_error_message"] = (
                    failed[-1].error or f"Wrong response from the webhook: {failed[-1].status}"
                )
        return info
