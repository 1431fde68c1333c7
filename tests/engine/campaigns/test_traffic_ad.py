"""The traffic ad's content: Messenger's limits, each problem at its exact path, and the
quick-creation form as another view of the same JSON."""

from __future__ import annotations

from typing import Any

import pytest

from talkpush_desktop.engine.campaigns.traffic_ad import (
    AdButton,
    AdForm,
    check,
    from_json,
    to_json,
)


def _buttons(*buttons: dict[str, str]) -> dict[str, Any]:
    payload = {"template_type": "button", "text": "Pick a job", "buttons": list(buttons)}
    return {"message": {"attachment": {"type": "template", "payload": payload}}}


WEB = {"type": "web_url", "title": "Apply", "url": "https://jobs.example.com"}
POST = {"type": "postback", "title": "CSR Manila", "payload": "JOB_1"}
AT = "message.attachment.payload"


@pytest.mark.parametrize(
    ("doc", "problems"),
    [
        ({"message": {"text": "Hi"}}, []),
        (
            {"message": {"text": "x" * 641}},
            [("message.text", "at most 640 characters (641 given)")],
        ),
        ({"message": {"text": "x" * 640}}, []),
        (_buttons(WEB, POST, WEB), []),
        (_buttons(WEB, POST, WEB, POST), [(f"{AT}.buttons", "at most 3 buttons (4 given)")]),
        (
            _buttons(WEB, POST | {"title": "x" * 21}),
            [(f"{AT}.buttons[1].title", "at most 20 characters (21 given)")],
        ),
        (_buttons(WEB | {"title": "x" * 20}), []),
        (
            _buttons(WEB | {"url": "jobs"}),
            [(f"{AT}.buttons[0].url", "not a web address (https://...)")],
        ),
        (
            _buttons(WEB | {"type": "call"}),
            [(f"{AT}.buttons[0].type", 'use "web_url" or "postback"')],
        ),
        ({"message": {}}, [("message", "needs text or attachment")]),
        ([], [("", "the content must be a JSON object")]),
        (
            {"message": {"text": "Hi"}, "extra": 1},
            [("extra", "unknown key (use intro_text and message)")],
        ),
    ],
)
def test_problems_at_their_paths(doc: Any, problems: list[tuple[str, str]]) -> None:
    assert check(doc) == problems


def test_a_card_with_too_long_a_title() -> None:
    form = AdForm(
        "Hello", "image_text", "t" * 81, "https://img.example.com/a.png", (AdButton("Go"),)
    )
    assert check(to_json(form)) == [
        ("message.attachment.payload.elements[0].title", "at most 80 characters (81 given)"),
        (
            "message.attachment.payload.elements[0].buttons[0].url",
            "not a web address (https://...)",
        ),
    ]


@pytest.mark.parametrize(
    "form",
    [
        AdForm("", "text", "Welcome"),
        AdForm("Hi!", "text", "Pick one", "", (AdButton("Apply", "web_url", "https://a.b"),)),
        AdForm(
            "Hi!",
            "image_text",
            "We are hiring",
            "https://img.example.com/a.png",
            (AdButton("CSR", "postback", "JOB_1"), AdButton("Site", "web_url", "https://a.b")),
        ),
    ],
)
def test_the_form_and_the_json_are_one(form: AdForm) -> None:
    doc = to_json(form)
    assert check(doc) == []
    assert from_json(doc) == form


def test_json_the_form_cannot_show() -> None:
    two_cards = {"template_type": "generic", "elements": [{"title": "a"}, {"title": "b"}]}
    assert (
        from_json({"message": {"attachment": {"type": "template", "payload": two_cards}}}) is None
    )
    assert from_json({"message": {"text": "a", "quick_replies": []}}) is None
