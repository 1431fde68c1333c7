"""The interface languages a manager may choose: a plain table (the command line's parser
reads it without loading the database code)."""

LANGUAGES = {"en": "English", "es": "Español", "fil": "Filipino"}
"""Code: the language's own name."""
