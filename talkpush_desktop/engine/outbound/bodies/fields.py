"""Joi-style checks of a JSON body, in the seed's words: each failure is kept under its
path (``jobDetails.jobTitle``) with a message such as ``"jobTitle" is required``; all of a
body's failures are gathered before one INVALID_REQUEST is raised.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from typing import Any

from talkpush_desktop.engine.outbound.errors import invalid

_MISSING = object()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class Fields:
    """The checks of one object of a body (``prefix``: its path, e.g. ``jobDetails``);
    failures go to the shared ``errors``."""

    def __init__(
        self, body: Mapping[str, Any], prefix: str = "", errors: dict[str, str] | None = None
    ) -> None:
        self.body = body
        self.prefix = prefix
        self.errors: dict[str, str] = {} if errors is None else errors

    def path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def fail(self, key: str, reason: str) -> None:
        self.errors.setdefault(self.path(key), reason)

    def has(self, key: str) -> bool:
        return key in self.body

    def nested(self, key: str) -> Fields | None:
        """The checks of the object at ``key`` (None when absent or not an object)."""
        value = self.body.get(key, _MISSING)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(key, f'"{key}" must be of type object')
            return None
        return Fields(value, self.path(key), self.errors)

    def only(self, allowed: Collection[str]) -> None:
        """Strict keys: every other property is ``"name" is not allowed``."""
        for key in self.body:
            if key not in allowed:
                self.fail(str(key), f'"{key}" is not allowed')

    def raise_if_failed(self) -> None:
        if self.errors:
            raise invalid(self.errors)

    # -- typed reads (None: absent, or failed and recorded) --------------------------------

    def string(
        self,
        key: str,
        *,
        required: bool = False,
        max_len: int | None = None,
        allow_empty: bool = False,
    ) -> str | None:
        value = self.body.get(key, _MISSING)
        if value is _MISSING or (value is None and not required):
            if required:
                self.fail(key, f'"{key}" is required')
            return None
        if not isinstance(value, str):
            self.fail(key, f'"{key}" must be a string')
            return None
        text = value.strip()
        if "\x00" in text:  # PostgreSQL text cannot hold it
            self.fail(key, f'"{key}" must not contain null characters')
            return None
        if not text and not allow_empty:
            self.fail(key, f'"{key}" is not allowed to be empty')
            return None
        if max_len is not None and len(text) > max_len:
            self.fail(
                key, f'"{key}" length must be less than or equal to {max_len} characters long'
            )
            return None
        return text

    def number(
        self,
        key: str,
        *,
        required: bool = False,
        low: float | None = None,
        high: float | None = None,
        greater: float | None = None,
    ) -> float | None:
        value = self.body.get(key, _MISSING)
        if value is _MISSING or (value is None and not required):
            if required:
                self.fail(key, f'"{key}" is required')
            return None
        if isinstance(value, str):  # Joi converts numeric strings
            try:
                value = float(value.strip())
            except ValueError:
                value = None
        number = _finite(value)
        if number is None:
            self.fail(key, f'"{key}" must be a number')
        elif low is not None and number < low:
            self.fail(key, f'"{key}" must be greater than or equal to {low:g}')
        elif greater is not None and number <= greater:
            self.fail(key, f'"{key}" must be greater than {greater:g}')
        elif high is not None and number > high:
            self.fail(key, f'"{key}" must be less than or equal to {high:g}')
        else:
            return number
        return None

    def integer_id(self, key: str, *, required: bool = False) -> int | None:
        """An id sent as a number or a string of digits."""
        value = self.body.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.fail(key, f'"{key}" is required')
            return None
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
            self.fail(key, f'"{key}" must be a positive integer')
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        value = self.body.get(key, _MISSING)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, bool):
            self.fail(key, f'"{key}" must be a boolean')
            return None
        return value

    def choice(
        self, key: str, choices: Collection[str], *, required: bool = False, fold: bool = False
    ) -> str | None:
        """One of ``choices``; ``fold``: matched case-insensitively, returned as spelt there."""
        text = self.string(key, required=required)
        if text is None:
            return None
        for choice in choices:
            if text == choice or (fold and text.lower() == choice.lower()):
                return choice
        self.fail(key, f'"{key}" must be one of [{", ".join(choices)}]')
        return None

    def text_or_number(self, key: str, *, required: bool = False) -> str | None:
        """A string or a number, kept as text (an assessment test id)."""
        value = self.body.get(key, _MISSING)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float) and math.isfinite(value):
            return str(int(value)) if value.is_integer() else str(value)
        return self.string(key, required=required, max_len=200)

    def array(self, key: str, *, max_items: int, min_items: int = 0) -> list[Any] | None:
        value = self.body.get(key, _MISSING)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, list):
            self.fail(key, f'"{key}" must be an array')
            return None
        if len(value) < min_items:
            self.fail(key, f'"{key}" must contain at least {min_items} items')
            return None
        if len(value) > max_items:
            self.fail(key, f'"{key}" must contain less than or equal to {max_items} items')
            return None
        return value

    def hhmm(self, key: str) -> str | None:
        text = self.string(key)
        if text is not None and not _HHMM.match(text):
            self.fail(key, f'"{key}" must be a time of day such as 08:00')
            return None
        return text

    def email(self, key: str, *, required: bool = False) -> str | None:
        text = self.string(key, required=required, max_len=254)
        if text is not None and not _EMAIL.match(text):
            self.fail(key, f'"{key}" must be a valid email')
            return None
        return text


def _finite(value: object) -> float | None:
    """A JSON number as a finite float (None: not a number, NaN, infinite or too large)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None
