"""Why an article could not be turned into questions, in words an admin can act on."""

from __future__ import annotations


class GenerationError(Exception):
    """Raised when no quiz can be generated from a text; `message` is meant for people."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class NotEnoughText(GenerationError):
    """Raised for a text that is too short, or that has no facts a question could ask about."""


class NotEnglish(GenerationError):
    """Raised for a text that does not look like English prose."""


class NotText(GenerationError):
    """Raised for input that is binary or too large to be an article."""
