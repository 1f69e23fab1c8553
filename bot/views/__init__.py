"""Everything people see: texts, keyboards and the one question sender. No game rules here."""
