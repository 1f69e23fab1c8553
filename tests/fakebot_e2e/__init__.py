"""End-to-end tests of the fake Bot API (tests/fakebot) against the real python-telegram-bot."""
