"""Tests of the daily question: scheduling, the once-a-day ledger and the dispatcher."""
