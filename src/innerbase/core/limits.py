"""Limits shared by every free-text field, so the forms, services and API agree."""

MAX_TEXT = 100_000  # characters in one piece of writing: about 100 KB of plain text
MAX_ANSWER = 20_000  # characters in one answer of a multi-part form: far beyond any real one
