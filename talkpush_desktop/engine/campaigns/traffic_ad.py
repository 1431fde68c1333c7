"""A Click-to-Messenger ad's welcome content (seed 000, "Traffic Ad Integration").

The content is JSON: ``{"intro_text": ..., "message": MESSAGE}`` where ``MESSAGE`` is a
Messenger Platform message: ``{"text": ...}``, a button template (text and up to three
buttons) or a generic template (one card with an image, a title and buttons). Checking it
gives each problem with its exact path (``message.attachment.payload.buttons[3]``), with
Messenger's limits: at most 3 buttons, button titles at most 20 characters, texts at most
640. The quick-creation form (:class:`AdForm`) is another view of the same JSON
(:func:`to_json`, :func:`from_json`), so the dialog's two tabs stay in step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from talkpush_desktop.engine.campaigns.messenger_posting import url_problem

MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_TEXT = 640
MAX_CARD_TEXT = 80
MAX_PAYLOAD = 1000
ACTIONS = ("web_url", "postback")
FORMATS = ("text", "image_text")

Problems = list[tuple[str, str]]
"""(path, reason), in document order."""


@dataclass(frozen=True, slots=True)
class AdButton:
    label: str
    action: str = "web_url"  # web_url (open a website) or postback
    value: str = ""  # the URL, or the payload


@dataclass(frozen=True, slots=True)
class AdForm:
    """The quick-creation tab."""

    intro_text: str = ""
    format: str = "text"  # text, or image_text
    message_text: str = ""
    image_url: str = ""
    buttons: tuple[AdButton, ...] = field(default=())


def parse(text: str) -> tuple[Any, Problems]:
    """The JSON of ``text``, or a problem at ``line L, column C`` when it is not JSON."""
    try:
        return json.loads(text), []
    except json.JSONDecodeError as exc:
        return None, [(f"line {exc.lineno}, column {exc.colno}", exc.msg)]


def check(doc: Any) -> Problems:
    """Every problem of a content document, each at its path."""
    if not isinstance(doc, dict):
        return [("", "the content must be a JSON object")]
    found: Problems = []
    extra = sorted(set(doc) - {"intro_text", "message"})
    found += [(key, "unknown key (use intro_text and message)") for key in extra]
    _text(found, doc, "intro_text", "intro_text", MAX_TEXT, required=False)
    message = doc.get("message")
    if not isinstance(message, dict):
        found.append(("message", "required: an object with text or attachment"))
        return found
    if "attachment" in message:
        _attachment(found, message["attachment"], "message.attachment")
    elif "text" in message:
        _text(found, message, "text", "message.text", MAX_TEXT)
    else:
        found.append(("message", "needs text or attachment"))
    return found


def _text(
    found: Problems, obj: dict[str, Any], key: str, path: str, limit: int, *, required: bool = True
) -> None:
    value = obj.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str) or (required and not value.strip()):
        found.append((path, "required: a text"))
    elif len(value) > limit:
        found.append((path, f"at most {limit} characters ({len(value)} given)"))


def _attachment(found: Problems, att: Any, path: str) -> None:
    if not isinstance(att, dict) or att.get("type") != "template":
        found.append((f"{path}.type", 'use "template"'))
        return
    payload = att.get("payload")
    where = f"{path}.payload"
    if not isinstance(payload, dict):
        found.append((where, "required: an object"))
        return
    kind = payload.get("template_type")
    if kind == "button":
        _text(found, payload, "text", f"{where}.text", MAX_TEXT)
        _buttons(found, payload.get("buttons"), f"{where}.buttons", required=True)
    elif kind == "generic":
        _elements(found, payload.get("elements"), f"{where}.elements")
    else:
        found.append((f"{where}.template_type", 'use "button" or "generic"'))


def _elements(found: Problems, elements: Any, path: str) -> None:
    if not isinstance(elements, list) or not elements:
        found.append((path, "required: a list of one card"))
        return
    if len(elements) > 1:
        found.append((path, f"one card only ({len(elements)} given)"))
    for i, el in enumerate(elements[:1]):
        where = f"{path}[{i}]"
        if not isinstance(el, dict):
            found.append((where, "required: an object"))
            continue
        _text(found, el, "title", f"{where}.title", MAX_CARD_TEXT)
        _text(found, el, "subtitle", f"{where}.subtitle", MAX_CARD_TEXT, required=False)
        image = el.get("image_url")
        if image is not None and (not isinstance(image, str) or url_problem(image)):
            found.append((f"{where}.image_url", "not a web address (https://...)"))
        _buttons(found, el.get("buttons"), f"{where}.buttons", required=False)


def _buttons(found: Problems, buttons: Any, path: str, *, required: bool) -> None:
    if buttons is None and not required:
        return
    if not isinstance(buttons, list) or (required and not buttons):
        found.append((path, "required: a list of 1 to 3 buttons"))
        return
    if len(buttons) > MAX_BUTTONS:
        found.append((path, f"at most {MAX_BUTTONS} buttons ({len(buttons)} given)"))
    for i, button in enumerate(buttons):
        _button(found, button, f"{path}[{i}]")


def _button(found: Problems, button: Any, where: str) -> None:
    if not isinstance(button, dict):
        found.append((where, "required: an object"))
        return
    _text(found, button, "title", f"{where}.title", MAX_BUTTON_TITLE)
    kind = button.get("type")
    if kind == "web_url":
        url = button.get("url")
        if not isinstance(url, str) or url_problem(url):
            found.append((f"{where}.url", "not a web address (https://...)"))
    elif kind == "postback":
        _text(found, button, "payload", f"{where}.payload", MAX_PAYLOAD)
    else:
        found.append((f"{where}.type", 'use "web_url" or "postback"'))


def _button_json(b: AdButton) -> dict[str, str]:
    if b.action == "postback":
        return {"type": "postback", "title": b.label, "payload": b.value}
    return {"type": b.action, "title": b.label, "url": b.value}


def to_json(form: AdForm) -> dict[str, Any]:
    """The content document the form describes (not checked: see :func:`check`)."""
    buttons = [_button_json(b) for b in form.buttons]
    message: dict[str, Any]
    if form.format == "image_text":
        card: dict[str, Any] = {"title": form.message_text, "image_url": form.image_url}
        if buttons:
            card["buttons"] = buttons
        payload: dict[str, Any] = {"template_type": "generic", "elements": [card]}
        message = {"attachment": {"type": "template", "payload": payload}}
    elif buttons:
        payload = {"template_type": "button", "text": form.message_text, "buttons": buttons}
        message = {"attachment": {"type": "template", "payload": payload}}
    else:
        message = {"text": form.message_text}
    doc: dict[str, Any] = {"message": message}
    if form.intro_text:
        doc = {"intro_text": form.intro_text, **doc}
    return doc


def _form_buttons(raw: Any) -> tuple[AdButton, ...] | None:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        return None
    out = []
    for b in raw:
        if not isinstance(b, dict) or set(b) - {"type", "title", "url", "payload"}:
            return None
        action = str(b.get("type", ""))
        value = b.get("payload") if action == "postback" else b.get("url")
        out.append(AdButton(str(b.get("title", "")), action, str(value or "")))
    return tuple(out)


def from_json(doc: Any) -> AdForm | None:
    """The form showing ``doc``, or None when the form cannot show it (then only the JSON
    tab edits it)."""
    if not isinstance(doc, dict) or set(doc) - {"intro_text", "message"}:
        return None
    intro = str(doc.get("intro_text", ""))
    message = doc.get("message")
    if not isinstance(message, dict):
        return None
    if set(message) == {"text"}:
        return AdForm(intro, "text", str(message["text"]))
    payload = (message.get("attachment") or {}).get("payload") if len(message) == 1 else None
    if not isinstance(payload, dict):
        return None
    if payload.get("template_type") == "button":
        buttons = _form_buttons(payload.get("buttons"))
        text = str(payload.get("text", ""))
        return None if buttons is None else AdForm(intro, "text", text, "", buttons)
    elements = payload.get("elements")
    if payload.get("template_type") != "generic" or not isinstance(elements, list):
        return None
    if len(elements) != 1 or not isinstance(elements[0], dict):
        return None
    card = elements[0]
    if set(card) - {"title", "image_url", "buttons"}:
        return None
    buttons = _form_buttons(card.get("buttons"))
    if buttons is None:
        return None
    title, image = str(card.get("title", "")), str(card.get("image_url", ""))
    return AdForm(intro, "image_text", title, image, buttons)
