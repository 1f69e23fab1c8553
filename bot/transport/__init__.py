"""Talking to Telegram and to operators: sends and flood control, the update queue, metrics,
the health server and token redaction. No game rules here."""
