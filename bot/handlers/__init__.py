"""Thin Telegram handlers: parse the update, call the quiz service, render the reply."""
