"""Schemathesis cases of one operation as a Hypothesis test (schemathesis' pytest plugin
does not run under this pytest): ``@generated(operation)`` on ``def check(case)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings

EXAMPLES = 50


def generated(operation: Any, examples: int = EXAMPLES) -> Callable[[Any], Any]:
    """Run the decorated ``check(case)`` over ``examples`` generated cases of ``operation``."""

    def wrap(check: Callable[[Any], None]) -> Any:
        return settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )(given(case=operation.as_strategy())(check))

    return wrap
