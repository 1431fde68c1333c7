"""The email short cut (template sanitised and converted once, values put in after) gives
exactly what rendering, sanitising and converting each candidate's copy gives, and steps
aside wherever it could differ."""

from __future__ import annotations

import html
from itertools import product

import pytest

from talkpush_desktop.engine.company.campaign_defaults import EMAIL_BODY
from talkpush_desktop.engine.messaging import email_html, email_skeleton, tokens

TEMPLATES = [
    *EMAIL_BODY.values(),
    '<p>Hi <b><%= @candidate_name || "there" %></b>,</p><ul><li><%= @company %></li>'
    "<li>PIN <%= @access_code %></li></ul><p>Bye</p>",
    "<div>Hello <%= @candidate_first_name %>!<br><br><i><%= @campaign %></i></div>",
    "<table><tr><td><%= @company %></td><td><%= @candidate_name %></td></tr></table>",
]
VALUES = [
    "Ana Cruz",
    "José Ñúñez-Ölund",
    "O'Brien",
    'say "hi"',
    "A & B",
    "<script>x</script>",
    "  padded ",
    "two  spaces",
    "line\nbreak",
    "tab\there",
    "nbsp\xa0here",
    "",
    "https://x.test/a?b=1&c=2",
    "1234",
]


def full_way(source: str, values: dict[str, str]) -> tuple[str, str] | None:
    rendered = tokens.render(source, values, escape_html=True)
    if not rendered.complete:
        return None
    safe = email_html.sanitize(rendered.text)
    return email_html.to_plain_text(safe), safe


@pytest.mark.parametrize("source", TEMPLATES)
def test_the_short_cut_equals_the_full_way_or_steps_aside(source: str) -> None:
    found = email_skeleton.skeleton(source)
    assert found is not None
    taken = 0
    for name, company in product(VALUES, ["Acme", "Smith & Sons", "Ünïcode Co"]):
        values = {
            "candidate_name": name,
            "candidate_first_name": name.split(" ")[0] if name else "",
            "company": company,
            "campaign": "Agents 2026",
            "access_code": "4821",
        }
        quick = email_skeleton.fill(found, values)
        if quick is not None:
            taken += 1
            assert quick == full_way(source, values), (source, values)
    assert taken >= 4  # plain names take the short cut


@pytest.mark.parametrize(
    "source",
    [
        '<p><a href="<%= @webdialout %>">Start</a></p>',  # a token in an attribute
        "<p><a href='https://x.test/'><%= @candidate_name %></a></p>",  # in a link's text
        "<p>Hi</p><script><%= @candidate_name %></script>",  # in stripped content
    ],
)
def test_templates_where_a_value_could_change_the_result_are_not_short_cut(source: str) -> None:
    assert email_skeleton.skeleton(source) is None


def test_a_missing_or_unknown_token_leaves_it_to_the_full_way() -> None:
    found = email_skeleton.skeleton("<p>Hi <%= @referee %> <%= @nonsense %></p>")
    assert found is not None
    assert email_skeleton.fill(found, {"referee": "Bo"}) is None  # unknown name
    found = email_skeleton.skeleton("<p>Hi <%= @referee %></p>")
    assert found is not None
    assert email_skeleton.fill(found, {}) is None  # no value, no fallback
    assert email_skeleton.fill(found, {"referee": "Bo"}) == ("Hi Bo", "<p>Hi Bo</p>")


def test_escaped_values_are_what_the_short_cut_refuses() -> None:
    found = email_skeleton.skeleton(EMAIL_BODY["invitation"])
    assert found is not None
    others = {"company": "Acme", "access_code": "4821"}
    assert email_skeleton.fill(found, {"candidate_name": "Ana", **others}) is not None
    for value in VALUES:
        if html.escape(value) != value:
            assert email_skeleton.fill(found, {"candidate_name": value, **others}) is None
