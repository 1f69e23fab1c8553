"""The quiz service: game rules in plain Python, with no Telegram import."""
