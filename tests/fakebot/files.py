"""Files: sendDocument and sendPhoto with their uploads, getFile, the files the bot sent."""

from __future__ import annotations

import io
import mimetypes
from typing import Any

from PIL import Image, UnidentifiedImageError

from .models import BotMessage, FakeChat, FileRecord
from .records import ChatRef, JSONDict, Upload
from .sending import Sending
from .validation import ApiError, bad_request, validate_reply_markup

MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024
MAX_PHOTO_SIZE = 10 * 1024 * 1024


def _image_size(content: bytes) -> tuple[int, int] | None:
    """Return an image's (width, height) as Telegram would read it, or None if not an image."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return None


class FileMethods(Sending):
    """Sending documents and photos (uploaded, by file_id or by URL) and getFile."""

    def documents(self, chat: ChatRef | None = None) -> list[FileRecord]:
        """Documents the bot sent (filename, content bytes...), in order."""
        return [m.document for m in self.messages(chat, include_deleted=True) if m.document]

    def photos(self, chat: ChatRef | None = None) -> list[BotMessage]:
        """Photo messages the bot sent (``photo`` is the file, ``photo_size`` its pixels)."""
        return [m for m in self.messages(chat, include_deleted=True) if m.photo is not None]

    async def _get_file(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        record = self.files.get(str(params.get("file_id") or ""))
        if record is None:
            raise bad_request("invalid file_id")
        if record.file_size > MAX_DOWNLOAD_SIZE:
            raise bad_request("file is too big")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": record.file_size,
            "file_path": record.file_path,
        }

    def _document_source(
        self, params: JSONDict, files: dict[str, Upload], name: str = "document"
    ) -> FileRecord:
        upload = files.get(name)
        value = params.get(name)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
            if upload is None:
                raise bad_request(f"file {value} not found in the request")
        if upload is not None:
            if len(upload.content) > MAX_UPLOAD_SIZE:
                raise ApiError(413, "Request Entity Too Large")
            if not upload.content:
                raise bad_request("file must be non-empty")
            mime = upload.content_type or mimetypes.guess_type(upload.filename)[0]
            return self._new_file(upload.filename, upload.content, mime, "documents")
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            name = value.rsplit("/", 1)[-1] or "file"
            record = self._new_file(name, b"", mimetypes.guess_type(name)[0], "documents")
            record.url = value
            return record
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _store_with_caption(
        self, chat: FakeChat, kind: str, params: JSONDict, **fields: Any
    ) -> JSONDict:
        """Store a file message with its caption, keyboard and reply, as sendDocument does."""
        raw = params.get("caption")
        caption, entities = self._caption(params)
        message = self._store(
            chat,
            kind,
            params,
            caption=caption,
            raw_caption=raw if isinstance(raw, str) else None,
            caption_entities=entities,
            parse_mode=params.get("parse_mode"),
            reply_markup=validate_reply_markup(params.get("reply_markup")),
            reply_to=self._reply_to(chat, params),
            **fields,
        )
        return message.to_dict()

    async def _send_photo(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        self._caption(params)  # a bad caption is refused before the file is looked at
        record = self._document_source(params, files, "photo")
        # Telegram's photo rules: at most 10 MB, width + height at most 10000, ratio at most 20.
        if record.file_size > MAX_PHOTO_SIZE:
            raise bad_request("PHOTO_SAVE_FILE_INVALID")
        size = _image_size(record.content) if record.url is None else (1, 1)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        width, height = size
        if width + height > 10_000 or max(width, height) > 20 * min(width, height):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        return self._store_with_caption(chat, "photo", params, photo=record, photo_size=size)

    async def _send_document(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        self._caption(params)  # a bad caption is refused before the file is looked at
        record = self._document_source(params, files)
        return self._store_with_caption(chat, "document", params, document=record)
