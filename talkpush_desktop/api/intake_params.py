"""The intake route's parameters as seed 000 writes them, from any of the three bodies:
form-encoded and multipart (bracket names: ``campaign_invitation[first_name]``,
``campaign_invitation[others][referee_id]``, the seed's ``campaign_invitation[ source]``
with its stray space too) or JSON (``{"api_key", "api_secret", "campaign_invitation":
{..., "others": {...}}}``; a CV as base64 in ``temporary_cv``).

Only the reading is here; every rule is the engine's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_plus

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from talkpush_desktop.engine.errors import FieldErrors
from talkpush_desktop.engine.intake.api_invitation import TEXT_FIELDS, InvitationData

CV_FIELD = "temporary_cv"
_BRACKETS = re.compile(r"^campaign_invitation\[\s*([^\]]*?)\s*\](?:\[\s*([^\]]*?)\s*\])?$")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
"""``json.dumps(..., sort_keys=True, ensure_ascii=False)``, its encoder made once."""


@dataclass
class IntakeParams:
    """The request's key, secret and the candidate's fields."""

    api_key: str = ""
    api_secret: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    others: dict[str, str] = field(default_factory=dict)
    cv: bytes | None = None
    cv_filename: str = ""
    problems: dict[str, str] = field(default_factory=dict)

    def invitation(self) -> InvitationData:
        """The candidate's fields for the engine; FieldErrors for what could not be read
        (checked after the key, so an unknown key is always 401)."""
        if self.problems:
            raise FieldErrors(self.problems)
        return InvitationData(
            **{name: self.fields.get(name, "") for name in TEXT_FIELDS},
            others=dict(self.others),
            cv=self.cv,
            cv_filename=self.cv_filename,
        )

    def request_hash(self, campaign_id: int) -> str:
        """SHA-256 of the canonical parameters (never the secret) and the CV's bytes: the
        same request sent again hashes the same, whatever its body's format."""
        canonical = {
            "campaign_id": campaign_id,
            "fields": {k: v for k, v in sorted(self.fields.items()) if v},
            "others": dict(sorted(self.others.items())),
            "cv": hashlib.sha256(self.cv).hexdigest() if self.cv is not None else None,
        }
        text = _CANONICAL.encode(canonical)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def read_params(request: Request) -> IntakeParams:
    """The parameters of the body, by its Content-Type (415 for another type)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise FieldErrors({"body": "is not valid JSON"}) from None
        return from_json(body)
    if kind == FORM_TYPES[0]:  # read here: cheaper than Starlette's streaming parser
        items = form_pairs((await request.body()).decode("utf-8", "replace"))
        return await _from_form(items)
    if kind in FORM_TYPES:
        try:
            form = await request.form()
        except Exception:  # a malformed multipart body: the client's mistake, not ours
            raise FieldErrors({"body": "is not a valid form"}) from None
        try:
            return await _from_form(list(form.multi_items()))
        finally:
            await form.close()
    raise HTTPException(415, "send the parameters form-encoded, as multipart/form-data or as JSON")


_NAMES: dict[str, str] = {}
"""Form field names as sent -> as read: a career site sends the same dozen every time."""
_NAMES_MAX = 1_000


def form_pairs(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of a form-encoded body, as ``urllib.parse.parse_qsl(text,
    keep_blank_values=True)`` reads them (``+`` a space, ``%xx`` UTF-8, bad bytes
    replaced), with the names' decoding remembered."""
    pairs: list[tuple[str, str]] = []
    for part in text.split("&"):
        if not part:
            continue
        raw, _, value = part.partition("=")
        name = _NAMES.get(raw)
        if name is None:
            name = unquote_plus(raw)
            if len(_NAMES) < _NAMES_MAX:
                _NAMES[raw] = name
        # a value with neither ``+`` nor ``%`` reads as it is (most do: names, ids)
        pairs.append((name, unquote_plus(value) if "%" in value or "+" in value else value))
    return pairs


_Field = tuple[str, str | None, str | None]
_FIELDS: dict[str, _Field | None] = {}
"""Field names as read -> (name trimmed, outer and inner bracket; ``api_key`` and
``api_secret`` have none), None for a name that is neither: remembered, as :data:`_NAMES`."""


def _field(name: str) -> _Field | None:
    if name in _FIELDS:
        return _FIELDS[name]
    key = name.strip()
    found: _Field | None = None
    if key in ("api_key", "api_secret"):
        found = (key, None, None)
    elif (match := _BRACKETS.match(key)) is not None:
        found = (key, match.group(1), match.group(2))
    if len(_FIELDS) < _NAMES_MAX:
        _FIELDS[name] = found
    return found


async def _from_form(items: Sequence[tuple[str, str | UploadFile]]) -> IntakeParams:
    params = IntakeParams()
    for name, value in items:
        field_ = _field(name)
        if field_ is None:
            continue
        key, outer, inner = field_
        if outer is None:  # api_key, api_secret
            setattr(params, key, value if isinstance(value, str) else "")
            continue
        if outer == CV_FIELD and inner is None:
            data = await value.read() if isinstance(value, UploadFile) else value.encode()
            if data:  # a form's file field left empty sends an empty part: no CV
                params.cv = data
                params.cv_filename = value.filename or "" if isinstance(value, UploadFile) else ""
        elif isinstance(value, UploadFile):
            params.problems[key] = "must be text, not a file"
        elif outer == "others" and inner:
            params.others[inner] = value
        elif outer in TEXT_FIELDS and inner is None:
            params.fields[outer] = value
    return params


def _text(value: Any, where: str, problems: dict[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems[where] = "must be text"
        return ""
    return str(value)


def from_json(body: Any) -> IntakeParams:
    """The parameters of a JSON body; what has the wrong type is kept in ``problems``."""
    if not isinstance(body, dict):
        raise FieldErrors({"body": "must be a JSON object"})
    params = IntakeParams()
    problems = params.problems
    params.api_key = _text(body.get("api_key"), "api_key", problems)
    params.api_secret = _text(body.get("api_secret"), "api_secret", problems)
    invitation = body.get("campaign_invitation", {})
    if not isinstance(invitation, dict):
        problems["campaign_invitation"] = "must be an object"
        return params
    for name, value in invitation.items():
        key = str(name).strip()
        where = f"campaign_invitation[{key}]"
        if key in TEXT_FIELDS:
            params.fields[key] = _text(value, where, problems)
        elif key == "others":
            if not isinstance(value, dict):
                problems[where] = "must be an object"
                continue
            for other, text in value.items():
                params.others[str(other)] = _text(text, f"{where}[{other}]", problems)
        elif key == CV_FIELD and value is not None:
            params.cv = _base64(_text(value, where, problems), where, problems)
            name_at = "campaign_invitation[temporary_cv_filename]"
            params.cv_filename = _text(invitation.get("temporary_cv_filename"), name_at, problems)
    return params


def _base64(text: str, where: str, problems: dict[str, str]) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        problems[where] = "must be the file in base64"
        return None
