"""Loopback fake of Twilio's REST API 2010-04-01, checked against Twilio's OpenAPI description.

Point the official SDK at it with ``client.api.base_url = server.url``. Every request is
validated with openapi-core (path, method, query, form body, Basic auth) and every JSON
answer against the response schema; failures land in ``server.violations``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import json
import math
import operator
import re
import secrets
import socket
import socketserver
import sys
import threading
import time
import wave
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, NamedTuple
from urllib.parse import parse_qs, parse_qsl, urlencode

from jsonschema_path import SchemaPath
from openapi_core.casting.schemas import oas30_types_caster
from openapi_core.casting.schemas.factories import SchemaCastersFactory
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types import media_type_deserializers
from openapi_core.deserializing.media_types.deserializers import MediaTypeDeserializer
from openapi_core.deserializing.media_types.factories import MediaTypeDeserializersFactory
from openapi_core.deserializing.styles import style_deserializers
from openapi_core.deserializing.styles.deserializers import StyleDeserializer
from openapi_core.deserializing.styles.factories import StyleDeserializersFactory
from openapi_core.schema.parameters import get_style_and_explode
from openapi_core.schema.schemas import get_properties
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request import V30RequestValidator
from openapi_core.validation.response import V30ResponseDataValidator
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_core.validation.schemas.validators import SchemaValidator
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from typing_extensions import override
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_FILE = Path(__file__).resolve().parents[1] / "data" / "twilio_api_v2010.json"
API = "/2010-04-01"
DEFAULT_ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
DEFAULT_AUTH_TOKEN = "0123456789abcdef0123456789abcdef"
JSON_TYPE = "application/json; charset=utf-8"
FORM_TYPE = "application/x-www-form-urlencoded"
_MISSING = object()
_ACCOUNT_PREFIX = API + "/Accounts/{AccountSid}/"
_MEDIA_RE = re.compile(
    rf"^{API}/Accounts/(AC[0-9a-f]{{32}})/Recordings/(RE[0-9a-f]{{32}})(\.wav|\.mp3)?$"
)
_E164_RE = re.compile(r"^(?:[a-z]+:)?\+[1-9]\d{6,14}$")
_RFC2822_RE = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------- helpers


def new_sid(prefix: str) -> str:
    """A Twilio-style SID: two-letter prefix + 32 lowercase hex digits."""
    return prefix + secrets.token_hex(16)


def rfc2822(moment: datetime) -> str:
    """Twilio's date format, e.g. ``Thu, 30 Jul 2015 20:12:31 +0000``."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0))


def _parse_rfc2822(value: str | None) -> datetime | None:
    return parsedate_to_datetime(value) if value else None


def _filter_date(value: str) -> date | None:
    """Twilio compares date filters by calendar day: keep ``YYYY-MM-DD`` of whatever came in."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        parsed = _parse_rfc2822(value) if _RFC2822_RE.match(value) else None
        return parsed.date() if parsed else None


def _segments(body: str) -> int:
    gsm = all(ord(char) < 128 for char in body)
    single, multi = (160, 153) if gsm else (70, 67)
    return 1 if len(body) <= single else math.ceil(len(body) / multi)


def silent_wav(seconds: float = 1.0) -> bytes:
    """A tiny valid WAV file (8 kHz mono silence) standing in for recording media."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(1)
        wav.setframerate(8000)
        wav.writeframes(b"\x80" * int(8000 * seconds))
    return out.getvalue()


# --------------------------------------------------------------------------- replies


@dataclass
class Reply:
    """One HTTP answer; ``document`` keeps the JSON payload for response validation."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    document: Any = None


def json_reply(status: int, document: Any, headers: dict[str, str] | None = None) -> Reply:
    """A compact JSON answer."""
    body = json.dumps(document, separators=(",", ":")).encode()
    return Reply(status, body, headers=headers or {}, document=document)


def twilio_error(status: int, code: int, message: str, **headers: str) -> Reply:
    """Twilio's error shape: code, message, more_info, status."""
    document = {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return json_reply(status, document, {name.replace("_", "-"): v for name, v in headers.items()})


def _not_found(path: str) -> Reply:
    return twilio_error(404, 20404, f"The requested resource {path} was not found")


# --------------------------------------------------------------------------- faults

FaultKind = Literal["status", "rate_limited", "error", "delay", "hang"]
_STATUS_TEXT = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


@dataclass(eq=False)
class Fault:
    """An injected misbehaviour, consumed (FIFO) by the next request on its route."""

    kind: FaultKind
    status: int = 0
    code: int = 0
    message: str = ""
    seconds: float = 0.0
    created: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    @property
    def after_create(self) -> bool:
        """Delay and hang faults let the request take effect first."""
        return self.kind in ("delay", "hang")

    def release(self) -> None:
        """Let a hung (or delayed) request answer now."""
        self.released.set()

    def pause(self) -> None:
        """Signal ``created`` then sleep (delay) or block until released (hang)."""
        self.created.set()
        self.released.wait(self.seconds if self.kind == "delay" else None)

    def reply(self) -> Reply:
        """The error answer of a fault that replaces the request."""
        if self.kind == "rate_limited":
            return twilio_error(
                429, 20429, "Too Many Requests", Retry_After=str(math.ceil(self.seconds))
            )
        if self.kind == "error":
            return twilio_error(self.status, self.code, self.message)
        text = _STATUS_TEXT.get(self.status, "Server Error")
        return twilio_error(self.status, 20000 + self.status, text)


def status(code: int) -> Fault:
    """Answer with HTTP ``code`` (e.g. 500, 503) without doing anything."""
    return Fault("status", status=code)


def rate_limited(retry_after_seconds: float) -> Fault:
    """Answer 429 Too Many Requests with a ``Retry-After`` header."""
    return Fault("rate_limited", status=429, seconds=retry_after_seconds)


def error(http_status: int, *, code: int, message: str) -> Fault:
    """Answer with a Twilio error, e.g. ``error(400, code=21610, message=...)``."""
    return Fault("error", status=http_status, code=code, message=message)


def delay_after_create(seconds: float) -> Fault:
    """Perform the request, then wait ``seconds`` before answering."""
    return Fault("delay", seconds=seconds)


def hang_after_create() -> Fault:
    """Perform the request, set ``fault.created``, then block until released or stopped."""
    return Fault("hang")


# --------------------------------------------------------------------------- openapi-core


def _parts(path: SchemaPath | None) -> tuple[Any, ...] | None:
    return None if path is None else tuple(path.parts)


class _CachedSchemaValidators(SchemaValidatorsFactory):
    """openapi-core rebuilds (and deep-copies a format checker for) every schema validator
    on every request; schemas never change, so build each one once."""

    def __init__(self, validator_cls: Any, formats: Mapping[str, Callable[[Any], bool]]) -> None:
        super().__init__(validator_cls)
        self._checker = super().get_format_checker(extra_format_validators=dict(formats))
        self._cache: dict[tuple[Any, ...], SchemaValidator] = {}

    @override
    def get_format_checker(
        self, format_validators: Any = None, extra_format_validators: Any = None
    ) -> Any:
        return self._checker

    @override
    def create(
        self,
        spec: SchemaPath,
        schema: SchemaPath,
        format_validators: Any = None,
        extra_format_validators: Any = None,
        forbid_unspecified_additional_properties: bool = False,
        enforce_properties_required: bool = False,
    ) -> SchemaValidator:
        key = (
            _parts(schema),
            forbid_unspecified_additional_properties,
            enforce_properties_required,
        )
        found = self._cache.get(key)
        if found is None:
            found = super().create(
                spec,
                schema,
                forbid_unspecified_additional_properties=forbid_unspecified_additional_properties,
                enforce_properties_required=enforce_properties_required,
            )
            self._cache[key] = found
        return found


class _CachedStyleDeserializers(StyleDeserializersFactory):
    """One style deserializer per (schema, style, name) instead of one per request."""

    def __init__(self, casters: SchemaCastersFactory) -> None:
        super().__init__(casters, style_deserializers=style_deserializers)
        self._cache: dict[tuple[Any, ...], StyleDeserializer] = {}

    @override
    def create(
        self, spec: SchemaPath, schema: SchemaPath, style: str, explode: bool, name: str
    ) -> StyleDeserializer:
        key = (_parts(schema), style, explode, name)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = super().create(spec, schema, style, explode, name)
        return found


class _FormDeserializer(MediaTypeDeserializer):
    """Form decoding that works out the per-property plan once (same result as the base)."""

    _plan: list[tuple[str, StyleDeserializer, Any]] | None = None

    @override
    def decode(self, location: Mapping[str, Any], schema_only: bool = False) -> Mapping[str, Any]:
        if not self._plain_form():
            return super().decode(location, schema_only)
        plan = self._plan if self._plan is not None else self._build_plan()
        properties: dict[str, Any] = {}
        for name, deserializer, default in plan:
            try:
                properties[name] = deserializer.deserialize(location)
            except KeyError:
                if default is not _MISSING:
                    properties[name] = default
        return properties

    def _plain_form(self) -> bool:
        schema = self.schema
        return (
            self.mimetype == FORM_TYPE
            and self.encoding is None
            and schema is not None
            and not any(key in schema for key in ("oneOf", "anyOf", "allOf"))
        )

    def _build_plan(self) -> list[tuple[str, StyleDeserializer, Any]]:
        assert self.schema is not None
        style, explode = get_style_and_explode(
            SchemaPath.from_dict({"style": "form"}), default_location="query"
        )
        plan = []
        for name, prop in get_properties(self.schema).items():
            deserializer = self.style_deserializers_factory.create(
                self.spec, prop, style, explode, name=name
            )
            default = (prop / "default").read_value() if "default" in prop else _MISSING
            plan.append((name, deserializer, default))
        self._plan = plan
        return plan


class _CachedMediaTypeDeserializers(MediaTypeDeserializersFactory):
    """Reuse media-type deserializers (and their form plans) across requests."""

    def __init__(self, styles: StyleDeserializersFactory) -> None:
        super().__init__(styles, media_type_deserializers=media_type_deserializers)
        self._cache: dict[tuple[Any, ...], MediaTypeDeserializer] = {}

    @override
    def create(
        self,
        spec: SchemaPath,
        mimetype: str,
        schema: SchemaPath | None = None,
        schema_validator: SchemaValidator | None = None,
        parameters: Mapping[str, str] | None = None,
        encoding: SchemaPath | None = None,
        extra_media_type_deserializers: Any = None,
    ) -> MediaTypeDeserializer:
        params = tuple(sorted((parameters or {}).items()))
        key = (mimetype, _parts(schema), _parts(encoding), params, id(schema_validator))
        found = self._cache.get(key)
        if found is None:
            base = super().create(spec, mimetype, schema, schema_validator, parameters, encoding)
            found = _FormDeserializer(
                base.spec,
                base.style_deserializers_factory,
                base.media_types_deserializer,
                base.mimetype,
                schema=base.schema,
                schema_validator=base.schema_validator,
                schema_caster=base.schema_caster,
                encoding=base.encoding,
                **base.parameters,
            )
            self._cache[key] = found
        return found


class _MemoPathFinder(APICallPathFinder):
    """Requests carry their path template, so each (method, template) is looked up once."""

    def __init__(self, spec: SchemaPath, base_url: str | None = None) -> None:
        super().__init__(spec, base_url=base_url)
        self._memo: dict[tuple[str, str], PathOperationServer] = {}

    @override
    def find(self, method: str, name: str) -> PathOperationServer:
        found = self._memo.get((method, name))
        if found is None:
            found = self._memo[(method, name)] = super().find(method, name)
        return found


def _factories(validator_cls: Any, formats: Mapping[str, Callable[[Any], bool]]) -> dict[str, Any]:
    validators = _CachedSchemaValidators(validator_cls, formats)
    casters = SchemaCastersFactory(validators, oas30_types_caster)
    styles = _CachedStyleDeserializers(casters)
    return {
        "schema_validators_factory": validators,
        "schema_casters_factory": casters,
        "style_deserializers_factory": styles,
        "media_type_deserializers_factory": _CachedMediaTypeDeserializers(styles),
        "path_finder_cls": _MemoPathFinder,
    }


_RFC3339_CHECK = OAS30WriteValidator.FORMAT_CHECKER.checkers["date-time"][0]


def date_time_or_date(value: Any) -> bool:
    """RFC 3339 date-time, or the ``YYYY-MM-DD`` Twilio documents for DateSent>, StartTime<..."""
    if not isinstance(value, str) or _DATE_RE.match(value):
        return True
    return bool(_RFC3339_CHECK(value))


def _rfc2822_format(value: Any) -> bool:
    return not isinstance(value, str) or _RFC2822_RE.match(value) is not None


@dataclass
class OpenAPIRequest:
    """The openapi-core Request protocol (plus ``path_pattern``) for one fake request."""

    method: str
    path: str
    path_pattern: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str
    host_url: str


@dataclass
class OpenAPIResponse:
    """The openapi-core Response protocol."""

    status_code: int
    data: bytes
    content_type: str = "application/json"
    headers: Headers = field(default_factory=Headers)


_ResponseKeys = tuple[frozenset[str], str | None, frozenset[str]]


@dataclass(frozen=True)
class Route:
    """One path of the spec: template, fault/route key and matcher."""

    template: str
    key: str
    regex: re.Pattern[str]
    methods: frozenset[str]

    @classmethod
    def from_spec(cls, template: str, item: Mapping[str, Any]) -> Route:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        key = template.removeprefix(_ACCOUNT_PREFIX).removeprefix(API + "/").removesuffix(".json")
        methods = frozenset(m.upper() for m in item if m in ("get", "post", "delete"))
        return cls(template, key, re.compile(f"^{pattern}$"), methods)


class SpecValidator:
    """Twilio's OpenAPI description: router plus openapi-core request/response validation.

    Built once per process (see :func:`spec_validator`); thread-safe.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.host_url = document["servers"][0]["url"]
        spec = SchemaPath.from_dict(document)
        self._requests = V30RequestValidator(
            spec, **_factories(OAS30WriteValidator, {"date-time": date_time_or_date})
        )
        self._responses = V30ResponseDataValidator(
            spec,
            enforce_properties_required=True,
            **_factories(OAS30ReadValidator, {"date-time-rfc-2822": _rfc2822_format}),
        )
        self.routes = [Route.from_spec(t, item) for t, item in document["paths"].items()]
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, str, int], _ResponseKeys] = {}

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The most concrete spec path matching ``path`` and its variables."""
        found = [(r, m.groupdict()) for r in self.routes if (m := r.regex.match(path))]
        return min(found, key=lambda pair: len(pair[1]), default=None)

    def validate_request(self, request: OpenAPIRequest) -> list[str]:
        """Reasons the request breaks the spec (empty when valid)."""
        with self._lock:
            return [describe(exc) for exc in self._requests.iter_errors(request)]

    def validate_response(self, request: OpenAPIRequest, reply: Reply) -> list[str]:
        """Reasons the fake's JSON answer breaks the response schema (a test-side bug)."""
        response = OpenAPIResponse(reply.status, reply.body)
        with self._lock:
            reasons = [describe(exc) for exc in self._responses.iter_errors(request, response)]
        return reasons + self._extra_keys(request, reply)

    def _extra_keys(self, request: OpenAPIRequest, reply: Reply) -> list[str]:
        """The schemas allow unknown keys; the fake must not invent any."""
        keys = self._response_keys(request.path_pattern, request.method, reply.status)
        if keys is None:
            return []  # openapi-core already reported the undocumented status
        top, list_key, item = keys
        document = reply.document if isinstance(reply.document, dict) else {}
        extra = set(document) - top
        if list_key is not None:
            for entry in document.get(list_key) or []:
                extra |= set(entry) - item
        return [f"response has keys not in the spec: {sorted(extra)}"] if extra else []

    def _response_keys(self, template: str, method: str, status_code: int) -> _ResponseKeys | None:
        key = (template, method, status_code)
        if key not in self._keys:
            operation = self.document["paths"][template].get(method, {})
            response = operation.get("responses", {}).get(str(status_code))
            if response is None:
                return None
            schema = self._resolve(response["content"]["application/json"]["schema"])
            props = schema.get("properties", {})
            arrays = [n for n, p in props.items() if self._resolve(p).get("type") == "array"]
            list_key = arrays[0] if len(arrays) == 1 and "next_page_uri" in props else None
            item = self._resolve(props[list_key]["items"]).get("properties", {}) if list_key else {}
            self._keys[key] = (frozenset(props), list_key, frozenset(item))
        return self._keys[key]

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        ref = schema.get("$ref")
        if not ref:
            return schema
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return self._resolve(node)

    def property_names(self, schema_name: str) -> list[str]:
        """Property names of ``components/schemas/<schema_name>``, in spec order."""
        return list(self.document["components"]["schemas"][schema_name]["properties"])

    def enum(self, schema_name: str) -> list[str]:
        """Values of the enum ``components/schemas/<schema_name>``."""
        return list(self.document["components"]["schemas"][schema_name]["enum"])


def describe(exc: BaseException) -> str:
    """One line for an openapi-core error, ending with the jsonschema reasons."""
    head = str(exc)
    if exc.__cause__ is not None:
        head = head.replace(f": {exc.__cause__}", "")
    reasons: list[str] = []
    cause = exc.__cause__
    while cause is not None:
        errors = getattr(cause, "schema_errors", None)
        reasons.extend(e.message for e in errors) if errors else reasons.append(str(cause))
        cause = cause.__cause__
    return f"{head}: {'; '.join(reasons)}" if reasons else head


@functools.cache
def spec_validator() -> SpecValidator:
    """The process-wide validator for ``tests/data/twilio_api_v2010.json`` (1.8 MB)."""
    with SPEC_FILE.open(encoding="utf-8") as handle:
        return SpecValidator(json.load(handle))


# --------------------------------------------------------------------------- requests


@dataclass
class ApiCall:
    """A routed, authenticated request handed to an endpoint."""

    method: str
    path: str
    route: Route
    params: dict[str, str]
    query: list[tuple[str, str]]
    form: dict[str, list[str]]

    def arg(self, name: str, default: str | None = None) -> str | None:
        """First query value of ``name``."""
        return next((v for k, v in self.query if k == name), default)

    def field(self, name: str, default: str | None = None) -> str | None:
        """First form value of ``name``."""
        values = self.form.get(name)
        return values[0] if values else default


@dataclass
class RawRequest:
    """What the HTTP handler read off the wire."""

    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes


class LoggedRequest(NamedTuple):
    """``(method, path, status)`` of an answered request."""

    method: str
    path: str
    status: int


def day_filter(call: ApiCall, name: str) -> Callable[[str | None], bool]:
    """Twilio's ``Name``, ``Name<`` (on/before) and ``Name>`` (on/after) filters, by day."""
    wanted = [
        (compare, call.arg(name + suffix))
        for suffix, compare in (("", operator.eq), ("<", operator.le), (">", operator.ge))
        if call.arg(name + suffix) is not None
    ]
    if not wanted:
        return lambda _value: True
    days = [(compare, _filter_date(value or "")) for compare, value in wanted]

    def keep(value: str | None) -> bool:
        moment = _parse_rfc2822(value)
        actual = moment.astimezone(UTC).date() if moment else None
        return actual is not None and all(d is not None and cmp(actual, d) for cmp, d in days)

    return keep


def page_of(call: ApiCall, items: list[dict[str, Any]], list_key: str) -> dict[str, Any]:
    """A Twilio list page with ``PageSize``/``Page``/``PageToken`` paging (PA<sid> / PB<sid>)."""
    size = int(call.arg("PageSize") or 50)
    number = int(call.arg("Page") or 0)
    token = call.arg("PageToken")
    sids = [item["sid"] for item in items]
    start = number * size
    if token and token[2:] in sids:
        anchor = sids.index(token[2:])
        start = anchor + 1 if token.startswith("PA") else max(0, anchor - size)
    chunk = items[start : start + size]
    filters = [(k, v) for k, v in call.query if k not in ("PageSize", "Page", "PageToken")]

    def uri(page: int, page_token: str | None = None) -> str:
        extra = [("PageSize", str(size)), ("Page", str(page))]
        extra += [("PageToken", page_token)] if page_token else []
        return f"{call.path}?{urlencode(filters + extra)}"

    has_next = bool(chunk) and start + size < len(items)
    return {
        "end": number * size + max(len(chunk) - 1, 0),
        "first_page_uri": uri(0),
        "next_page_uri": uri(number + 1, "PA" + chunk[-1]["sid"]) if has_next else None,
        "page": number,
        "page_size": size,
        "previous_page_uri": uri(number - 1, "PB" + chunk[0]["sid"]) if number and chunk else None,
        "start": number * size,
        "uri": uri(number, token),
        list_key: chunk,
    }


def openapi_request(
    raw: RawRequest, query: str, route: Route, params: dict[str, str], host_url: str
) -> OpenAPIRequest:
    """Adapt a wire request for openapi-core, routed to its spec path template."""
    headers = Headers(list(raw.headers.items()))
    parameters = RequestParameters(
        path=params,
        query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
        header=headers,
        cookie=ImmutableMultiDict(),
    )
    return OpenAPIRequest(
        method=raw.method.lower(),
        path=raw.target.partition("?")[0],
        path_pattern=route.template,
        parameters=parameters,
        body=raw.body or None,
        content_type=(headers.get("Content-Type") or FORM_TYPE).lower(),
        host_url=host_url,
    )


# --------------------------------------------------------------------------- state


@dataclass
class _Store:
    """Everything the fake remembers; guarded by ``lock``."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    outbound: list[str] = field(default_factory=list)
    calls: dict[str, dict[str, Any]] = field(default_factory=dict)
    created_calls: list[str] = field(default_factory=list)
    twiml: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    recordings: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, bytes] = field(default_factory=dict)
    transcriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    faults: dict[tuple[str, str], deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    active: list[Fault] = field(default_factory=list)
    order: dict[str, tuple[datetime, int]] = field(default_factory=dict)
    forms: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    requests: list[LoggedRequest] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def stamp(self, sid: str, moment: datetime) -> None:
        """Remember creation order for newest-first listing."""
        self.order[sid] = (moment, len(self.order))

    def newest_first(self, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Twilio lists newest first; creation order breaks ties."""
        return sorted(items, key=lambda item: self.order[item["sid"]], reverse=True)


@dataclass
class ValidationStats:
    """Time spent in openapi-core, for the throughput budget."""

    requests: int = 0
    request_seconds: float = 0.0
    responses: int = 0
    response_seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add_request(self, seconds: float) -> None:
        with self.lock:
            self.requests += 1
            self.request_seconds += seconds

    def add_response(self, seconds: float) -> None:
        with self.lock:
            self.responses += 1
            self.response_seconds += seconds

    def summary(self) -> str:
        req = self.request_seconds / max(self.requests, 1) * 1000
        res = self.response_seconds / max(self.responses, 1) * 1000
        return f"request {req:.3f} ms x{self.requests}, response {res:.3f} ms x{self.responses}"


# --------------------------------------------------------------------------- HTTP plumbing


class _Handler(BaseHTTPRequestHandler):
    """Keep-alive HTTP/1.1 handler delegating to :meth:`TwilioServer.handle`."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, *_args: Any) -> None:
        """Stay quiet: nothing on stderr."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        raw = RawRequest(self.command, self.path, dict(self.headers.items()), body)
        reply = self.server.app.handle(raw)
        if self.server.app.closing:
            self.close_connection = True
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            self.close_connection = True


class _HTTPServer(ThreadingHTTPServer):
    """Threaded server that tracks its connections and threads so it can close them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: TwilioServer) -> None:
        self.app = app
        self.connections: set[socket.socket] = set()
        self.threads: set[threading.Thread] = set()
        self.tracking = threading.Lock()
        super().__init__(address, _Handler)

    @override
    def server_bind(self) -> None:
        """SO_REUSEADDR bind, without the reverse-DNS lookup of ``HTTPServer.server_bind``."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    @override
    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._run, args=(request, client_address), daemon=True, name="twilio-fake"
        )
        with self.tracking:
            self.connections.add(request)
            self.threads.add(thread)
        thread.start()

    def _run(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self.tracking:
                self.connections.discard(request)
                self.threads.discard(threading.current_thread())

    @override
    def handle_error(self, request: Any, client_address: Any) -> None:
        """Record instead of printing a traceback; a client hanging up is not an error."""
        problem = sys.exc_info()[1]
        if not isinstance(problem, OSError):
            self.app.record_violation(f"HTTP layer error: {problem!r}")

    def drop_connections(self) -> None:
        """Shut down every open client connection (idle keep-alive ones included)."""
        with self.tracking:
            connections = list(self.connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def join_threads(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self.tracking:
            threads = list(self.threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))


# --------------------------------------------------------------------------- resources

_PRICE = "-0.00790"
_LIVE_CALL = ("queued", "ringing", "in-progress")
_FINAL_CALL = ("completed", "busy", "failed", "no-answer", "canceled")


def _camel(name: str) -> str:
    return "".join(part.title() for part in name.split("_"))


def message_resource(
    account_sid: str, sid: str, *, to: str, from_: str | None, body: str, num_media: int, now: str
) -> dict[str, Any]:
    """``api.v2010.account.message`` as Twilio returns it for a fresh outbound message."""
    uri = f"{API}/Accounts/{account_sid}/Messages/{sid}"
    return {
        "body": body,
        "num_segments": str(_segments(body)),
        "direction": "outbound-api",
        "from": from_,
        "to": to,
        "date_updated": now,
        "price": None,
        "error_message": None,
        "uri": uri + ".json",
        "account_sid": account_sid,
        "num_media": str(num_media),
        "status": "queued",
        "messaging_service_sid": None,
        "sid": sid,
        "date_sent": now,
        "date_created": now,
        "error_code": None,
        "price_unit": "USD",
        "api_version": "2010-04-01",
        "subresource_uris": {"media": uri + "/Media.json", "feedback": uri + "/Feedback.json"},
    }


def call_resource(account_sid: str, sid: str, *, to: str, from_: str, now: str) -> dict[str, Any]:
    """``api.v2010.account.call`` for a freshly queued outbound-api call."""
    uri = f"{API}/Accounts/{account_sid}/Calls/{sid}"
    subresources = ["notifications", "recordings", "payments", "events", "siprec", "streams"]
    subresources += [
        "transcriptions",
        "user_defined_messages",
        "user_defined_message_subscriptions",
    ]
    return {
        "sid": sid,
        "date_created": now,
        "date_updated": now,
        "parent_call_sid": None,
        "account_sid": account_sid,
        "to": to,
        "to_formatted": to,
        "from": from_,
        "from_formatted": from_,
        "phone_number_sid": new_sid("PN"),
        "status": "queued",
        "start_time": None,
        "end_time": None,
        "duration": None,
        "price": None,
        "price_unit": "USD",
        "direction": "outbound-api",
        "answered_by": None,
        "api_version": "2010-04-01",
        "forwarded_from": None,
        "group_sid": None,
        "caller_name": None,
        "queue_time": "0",
        "trunk_sid": None,
        "uri": uri + ".json",
        "subresource_uris": {name: f"{uri}/{_camel(name)}.json" for name in subresources},
    }


def recording_resource(
    account_sid: str, record: Mapping[str, Any], *, media_root: str | None
) -> dict[str, Any]:
    """``call_recording`` (``media_root`` None) or account-level ``recording`` schema."""
    sid, call_sid = record["sid"], record["call_sid"]
    base = f"{API}/Accounts/{account_sid}"
    common = {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "call_sid": call_sid,
        "conference_sid": None,
        "date_created": record["date"],
        "date_updated": record["date"],
        "start_time": record["start_time"],
        "duration": record["duration"],
        "sid": sid,
        "price": None,
        "encryption_details": None,
        "price_unit": "USD",
        "status": "completed",
        "channels": 1,
        "source": "OutboundAPI",
        "error_code": None,
    }
    if media_root is None:
        return {**common, "uri": f"{base}/Calls/{call_sid}/Recordings/{sid}.json", "track": "both"}
    uri = f"{base}/Recordings/{sid}"
    subresources = {"add_on_results": uri + "/AddOnResults.json"}
    subresources["transcriptions"] = uri + "/Transcriptions.json"
    return {
        **common,
        "uri": uri + ".json",
        "subresource_uris": subresources,
        "media_url": media_root + uri,
    }


def transcription_resource(
    account_sid: str, record: Mapping[str, Any], *, nested: bool
) -> dict[str, Any]:
    """``recording_transcription`` (``nested``) or account-level ``transcription`` schema."""
    sid, recording_sid = record["sid"], record["recording_sid"]
    base = f"{API}/Accounts/{account_sid}"
    parent = f"{base}/Recordings/{recording_sid}" if nested else base
    return {
        "account_sid": account_sid,
        "api_version": "2008-08-01",
        "date_created": record["date"],
        "date_updated": record["date"],
        "duration": record["duration"],
        "price": None,
        "price_unit": "USD",
        "recording_sid": recording_sid,
        "sid": sid,
        "status": "completed",
        "transcription_text": record["text"],
        "type": "fast",
        "uri": f"{parent}/Transcriptions/{sid}.json",
    }


def account_resource(account_sid: str, auth_token: str) -> dict[str, Any]:
    """``api.v2010.account`` for the configured credentials."""
    base = f"{API}/Accounts/{account_sid}"
    names = ("calls", "messages", "recordings", "transcriptions", "notifications", "queues")
    return {
        "auth_token": auth_token,
        "date_created": "Thu, 30 Jul 2015 20:00:00 +0000",
        "date_updated": "Thu, 30 Jul 2015 20:00:00 +0000",
        "friendly_name": "Talkpush test account",
        "owner_account_sid": account_sid,
        "sid": account_sid,
        "status": "active",
        "subresource_uris": {name: f"{base}/{_camel(name)}.json" for name in names},
        "type": "Full",
        "uri": base + ".json",
    }


# --------------------------------------------------------------------------- endpoints

Endpoint = Callable[["ApiCall"], Reply]


class _Api:
    """The implemented operations; each runs with the store lock held."""

    def __init__(self, fake: TwilioServer) -> None:
        self.fake = fake
        self.store = fake.store
        self.table: dict[tuple[str, str], Endpoint] = {
            ("GET", "Accounts/{Sid}"): self.fetch_account,
            ("POST", "Messages"): self.create_message,
            ("GET", "Messages"): self.list_messages,
            ("GET", "Messages/{Sid}"): self.fetch_message,
            ("POST", "Messages/{Sid}"): self.update_message,
            ("POST", "Calls"): self.create_call,
            ("GET", "Calls"): self.list_calls,
            ("GET", "Calls/{Sid}"): self.fetch_call,
            ("POST", "Calls/{Sid}"): self.update_call,
            ("GET", "Calls/{CallSid}/Recordings"): self.list_call_recordings,
            ("GET", "Calls/{CallSid}/Recordings/{Sid}"): self.fetch_call_recording,
            ("GET", "Recordings"): self.list_recordings,
            ("GET", "Recordings/{Sid}"): self.fetch_recording,
            ("GET", "Recordings/{RecordingSid}/Transcriptions"): self.list_recording_transcriptions,
            (
                "GET",
                "Recordings/{RecordingSid}/Transcriptions/{Sid}",
            ): self.fetch_nested_transcription,
            ("GET", "Transcriptions"): self.list_transcriptions,
            ("GET", "Transcriptions/{Sid}"): self.fetch_transcription,
        }

    @property
    def sid(self) -> str:
        return self.fake.account_sid

    def now(self) -> str:
        return rfc2822(self.fake.clock())

    # ----------------------------------------------------------------- accounts, messages

    def fetch_account(self, _call: ApiCall) -> Reply:
        return json_reply(200, account_resource(self.sid, self.fake.auth_token))

    def create_message(self, call: ApiCall) -> Reply:
        to, from_ = call.field("To") or "", call.field("From")
        service, media = call.field("MessagingServiceSid"), call.form.get("MediaUrl", [])
        body = call.field("Body") or ""
        if not _E164_RE.match(to):
            return twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if not from_ and not service:
            return twilio_error(400, 21603, "A 'From' phone number is required.")
        if not body and not media and not call.field("ContentSid"):
            return twilio_error(400, 21602, "Message body is required.")
        moment, sid = self.fake.clock(), new_sid("SM")
        message = message_resource(
            self.sid, sid, to=to, from_=from_, body=body, num_media=len(media), now=rfc2822(moment)
        )
        message["messaging_service_sid"] = service
        if self.fake.deliver_immediately:
            message.update(status="delivered", price=_PRICE)
        self.store.messages[sid] = message
        self.store.stamp(sid, moment)
        self.store.outbound.append(sid)
        self.store.forms[sid] = call.form
        return json_reply(201, deepcopy(message))

    def list_messages(self, call: ApiCall) -> Reply:
        to, from_, sent = call.arg("To"), call.arg("From"), day_filter(call, "DateSent")
        chosen = [
            m
            for m in self.store.newest_first(self.store.messages.values())
            if to in (None, m["to"]) and from_ in (None, m["from"]) and sent(m["date_sent"])
        ]
        return json_reply(200, deepcopy(page_of(call, chosen, "messages")))

    def fetch_message(self, call: ApiCall) -> Reply:
        message = self.store.messages.get(call.params["Sid"])
        return json_reply(200, deepcopy(message)) if message else _not_found(call.path)

    def update_message(self, call: ApiCall) -> Reply:
        message = self.store.messages.get(call.params["Sid"])
        if message is None:
            return _not_found(call.path)
        if call.field("Status") == "canceled":
            if message["status"] not in ("scheduled", "queued", "accepted"):
                return twilio_error(400, 30409, "Message cannot be canceled in its current state.")
            message["status"] = "canceled"
        body = call.field("Body")
        if body is not None:
            message["body"] = body
        message["date_updated"] = self.now()
        return json_reply(200, deepcopy(message))

    # ----------------------------------------------------------------- calls

    def create_call(self, call: ApiCall) -> Reply:
        to, from_ = call.field("To") or "", call.field("From") or ""
        twiml = call.field("Twiml")
        if not twiml and not call.field("Url") and not call.field("ApplicationSid"):
            return twilio_error(400, 21205, "Url, ApplicationSid or Twiml is required.")
        if not _E164_RE.match(to) and not to.startswith(("client:", "sip:")):
            return twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        moment, sid = self.fake.clock(), new_sid("CA")
        self.store.calls[sid] = call_resource(
            self.sid, sid, to=to, from_=from_, now=rfc2822(moment)
        )
        self.store.stamp(sid, moment)
        self.store.created_calls.append(sid)
        self.store.forms[sid] = call.form
        if twiml:
            self.store.twiml[sid].append(twiml)
        return json_reply(201, deepcopy(self.store.calls[sid]))

    def list_calls(self, call: ApiCall) -> Reply:
        to, from_, wanted = call.arg("To"), call.arg("From"), call.arg("Status")
        started = day_filter(call, "StartTime")
        chosen = [
            c
            for c in self.store.newest_first(self.store.calls.values())
            if to in (None, c["to"])
            and from_ in (None, c["from"])
            and wanted in (None, c["status"])
            and started(c["start_time"] or c["date_created"])
        ]
        return json_reply(200, deepcopy(page_of(call, chosen, "calls")))

    def fetch_call(self, call: ApiCall) -> Reply:
        found = self.store.calls.get(call.params["Sid"])
        return json_reply(200, deepcopy(found)) if found else _not_found(call.path)

    def update_call(self, call: ApiCall) -> Reply:
        found = self.store.calls.get(call.params["Sid"])
        if found is None:
            return _not_found(call.path)
        twiml = call.field("Twiml")
        if (twiml or call.field("Url")) and found["status"] not in _LIVE_CALL:
            return twilio_error(400, 21220, "Call is not in-progress. Cannot redirect.")
        if twiml:
            self.store.twiml[found["sid"]].append(twiml)
        self._hang_up(found, call.field("Status"))
        found["date_updated"] = self.now()
        return json_reply(200, deepcopy(found))

    def _hang_up(self, found: dict[str, Any], wanted: str | None) -> None:
        """``canceled`` ends a queued/ringing call; ``completed`` ends an answered one too."""
        if wanted is None or found["status"] not in _LIVE_CALL:
            return
        if found["status"] != "in-progress":
            found.update(status="canceled", end_time=self.now(), duration="0")
        elif wanted == "completed":
            found.update(status="completed", end_time=self.now(), duration=found["duration"] or "0")

    # ----------------------------------------------------------------- recordings

    def _recordings(self, call: ApiCall, call_sid: str | None) -> list[Mapping[str, Any]]:
        records = [r for r in self.store.recordings.values() if call_sid in (None, r["call_sid"])]
        created = day_filter(call, "DateCreated")
        return [r for r in reversed(records) if created(r["date"])]

    def list_call_recordings(self, call: ApiCall) -> Reply:
        call_sid = call.params["CallSid"]
        if call_sid not in self.store.calls:
            return _not_found(call.path)
        items = [
            recording_resource(self.sid, r, media_root=None)
            for r in self._recordings(call, call_sid)
        ]
        return json_reply(200, page_of(call, items, "recordings"))

    def fetch_call_recording(self, call: ApiCall) -> Reply:
        record = self.store.recordings.get(call.params["Sid"])
        if record is None or record["call_sid"] != call.params["CallSid"]:
            return _not_found(call.path)
        return json_reply(200, recording_resource(self.sid, record, media_root=None))

    def list_recordings(self, call: ApiCall) -> Reply:
        records = self._recordings(call, call.arg("CallSid"))
        items = [recording_resource(self.sid, r, media_root=self.fake.url) for r in records]
        return json_reply(200, page_of(call, items, "recordings"))

    def fetch_recording(self, call: ApiCall) -> Reply:
        record = self.store.recordings.get(call.params["Sid"])
        if record is None:
            return _not_found(call.path)
        return json_reply(200, recording_resource(self.sid, record, media_root=self.fake.url))

    # ----------------------------------------------------------------- transcriptions

    def _transcriptions(self, recording_sid: str | None) -> list[Mapping[str, Any]]:
        records = self.store.transcriptions.values()
        return list(reversed([t for t in records if recording_sid in (None, t["recording_sid"])]))

    def list_recording_transcriptions(self, call: ApiCall) -> Reply:
        recording_sid = call.params["RecordingSid"]
        if recording_sid not in self.store.recordings:
            return _not_found(call.path)
        records = self._transcriptions(recording_sid)
        items = [transcription_resource(self.sid, t, nested=True) for t in records]
        return json_reply(200, page_of(call, items, "transcriptions"))

    def fetch_nested_transcription(self, call: ApiCall) -> Reply:
        record = self.store.transcriptions.get(call.params["Sid"])
        if record is None or record["recording_sid"] != call.params["RecordingSid"]:
            return _not_found(call.path)
        return json_reply(200, transcription_resource(self.sid, record, nested=True))

    def list_transcriptions(self, call: ApiCall) -> Reply:
        records = self._transcriptions(None)
        items = [transcription_resource(self.sid, t, nested=False) for t in records]
        return json_reply(200, page_of(call, items, "transcriptions"))

    def fetch_transcription(self, call: ApiCall) -> Reply:
        record = self.store.transcriptions.get(call.params["Sid"])
        if record is None:
            return _not_found(call.path)
        return json_reply(200, transcription_resource(self.sid, record, nested=False))


# --------------------------------------------------------------------------- the fake


class TwilioServer:
    """Fake ``https://api.twilio.com`` on ``127.0.0.1:<ephemeral port>``.

    Use ``with TwilioServer() as server:`` or ``start()``/``stop()`` in a fixture, then
    ``client.api.base_url = server.url``.
    """

    def __init__(
        self,
        account_sid: str = DEFAULT_ACCOUNT_SID,
        auth_token: str = DEFAULT_AUTH_TOKEN,
        *,
        clock: Callable[[], datetime] | None = None,
        deliver_immediately: bool = False,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.deliver_immediately = deliver_immediately
        self.spec = spec_validator()
        self.stats = ValidationStats()
        self.store = _Store()
        self.closing = False
        self._api = _Api(self)
        self._httpd: _HTTPServer | None = None
        self._serving: threading.Thread | None = None
        self._retired: list[_HTTPServer] = []
        self._port = 0

    # ----------------------------------------------------------------- lifecycle

    def __enter__(self) -> TwilioServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL for ``client.api.base_url``, e.g. ``http://127.0.0.1:54321``."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def port(self) -> int:
        """The listening port (stable across go_offline/go_online)."""
        return self._port

    def start(self) -> TwilioServer:
        """Listen on 127.0.0.1 (an ephemeral port the first time) and serve in a thread."""
        if self._httpd is None:
            self._httpd = _HTTPServer(("127.0.0.1", self._port), self)
            self._port = self._httpd.server_address[1]
            self.closing = False
            self._serving = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                daemon=True,
                name="twilio-fake-accept",
            )
            self._serving.start()
        return self

    def stop(self) -> None:
        """Release hung requests, close every socket and join every thread."""
        self.closing = True
        self.release_all()
        self._close_listener()
        for httpd in self._retired:
            httpd.drop_connections()
            httpd.join_threads(5.0)
        self._retired.clear()

    def go_offline(self) -> None:
        """Close the listening socket and open connections: clients get "connection refused"."""
        self._close_listener()

    def go_online(self) -> None:
        """Listen again on the same port (SO_REUSEADDR)."""
        self.start()

    def _close_listener(self) -> None:
        httpd, serving = self._httpd, self._serving
        if httpd is None or serving is None:
            return
        self.closing = True
        httpd.shutdown()
        serving.join()
        httpd.server_close()
        httpd.drop_connections()
        httpd.join_threads(1.0)
        self._retired.append(httpd)
        self._httpd = self._serving = None

    # ----------------------------------------------------------------- faults

    def inject(self, route: tuple[str, str], *faults: Fault) -> Fault:
        """Queue ``faults`` (FIFO) for ``(METHOD, route key)``, e.g. ``("POST", "Messages")``.

        Route keys are spec paths after ``/Accounts/{AccountSid}/`` without ``.json``
        (``"Messages/{Sid}"``, ``"Calls"``...), ``"Accounts/{Sid}"``, and ``"RecordingMedia"``.
        Returns the last fault (wait on its ``created`` event for hang/delay faults).
        """
        method, key = route
        if key not in self.route_keys:
            raise ValueError(f"unknown route key {key!r}; one of {sorted(self.route_keys)}")
        if not faults:
            raise ValueError("inject() needs at least one fault")
        with self.store.lock:
            self.store.faults[(method.upper(), key)].extend(faults)
        return faults[-1]

    @functools.cached_property
    def route_keys(self) -> frozenset[str]:
        """Every key :meth:`inject` accepts."""
        return frozenset(route.key for route in self.spec.routes) | {"RecordingMedia"}

    def release_all(self) -> None:
        """Release every hung or delayed request and drop faults not yet consumed."""
        with self.store.lock:
            pending = [fault for queue in self.store.faults.values() for fault in queue]
            pending += self.store.active
            self.store.faults.clear()
            self.store.active.clear()
        for fault in pending:
            fault.release()

    def _next_fault(self, method: str, key: str) -> Fault | None:
        with self.store.lock:
            queue = self.store.faults.get((method, key))
            fault = queue.popleft() if queue else None
            if fault is not None and fault.after_create:
                self.store.active.append(fault)
        if fault is not None and self.closing:
            fault.release()
        return fault

    # ----------------------------------------------------------------- test controls

    def set_message_status(
        self,
        sid: str,
        new_status: str,
        error_code: int | None = None,
        error_message: str | None = None,
    ) -> dict[str, Any]:
        """Move a message along (``sent``, ``delivered``, ``undelivered``, ``failed``...)."""
        if new_status not in self.spec.enum("message_enum_status"):
            raise ValueError(f"not a Twilio message status: {new_status}")
        with self.store.lock:
            message = self.store.messages[sid]
            message.update(status=new_status, error_code=error_code, error_message=error_message)
            message["date_updated"] = rfc2822(self.clock())
            if new_status in ("sent", "delivered"):
                message["price"] = message["price"] or _PRICE
            return deepcopy(message)

    def add_inbound(self, from_: str, to: str, body: str, media_url: str | None = None) -> str:
        """Simulate a candidate's reply: an ``inbound`` message that lists will show."""
        moment, sid = self.clock(), new_sid("SM")
        message = message_resource(
            self.account_sid, sid, to=to, from_=from_, body=body,
            num_media=1 if media_url else 0, now=rfc2822(moment),
        )  # fmt: skip
        message.update(direction="inbound", status="received", price=_PRICE)
        with self.store.lock:
            self.store.messages[sid] = message
            self.store.stamp(sid, moment)
            self.store.forms[sid] = {"MediaUrl": [media_url]} if media_url else {}
        return sid

    def set_call_status(
        self, sid: str, new_status: str, duration: int | None = None
    ) -> dict[str, Any]:
        """Move a call along; ringing/in-progress set start_time, final states end it."""
        if new_status not in self.spec.enum("call_enum_status"):
            raise ValueError(f"not a Twilio call status: {new_status}")
        now = rfc2822(self.clock())
        with self.store.lock:
            call = self.store.calls[sid]
            call.update(status=new_status, date_updated=now)
            if new_status in ("ringing", "in-progress") and call["start_time"] is None:
                call["start_time"] = now
            if new_status in _FINAL_CALL:
                call.update(end_time=now, duration=str(duration or 0))
            return deepcopy(call)

    def add_recording(self, call_sid: str, duration: int, media_bytes: bytes | None = None) -> str:
        """Attach a completed recording to a call; its media is served as .wav/.mp3."""
        now, sid = rfc2822(self.clock()), new_sid("RE")
        with self.store.lock:
            call = self.store.calls[call_sid]
            self.store.recordings[sid] = {
                "sid": sid,
                "call_sid": call_sid,
                "date": now,
                "start_time": call["start_time"] or now,
                "duration": str(duration),
            }
            self.store.media[sid] = silent_wav(0.1) if media_bytes is None else media_bytes
        return sid

    def add_transcription(self, recording_sid: str, text: str) -> str:
        """Attach a completed transcription to a recording."""
        sid = new_sid("TR")
        with self.store.lock:
            recording = self.store.recordings[recording_sid]
            self.store.transcriptions[sid] = {
                "sid": sid,
                "recording_sid": recording_sid,
                "date": rfc2822(self.clock()),
                "duration": recording["duration"],
                "text": text,
            }
        return sid

    def record_violation(self, reason: str) -> None:
        """Add a reason to :attr:`violations`."""
        with self.store.lock:
            self.store.violations.append(reason)

    # ----------------------------------------------------------------- assertions

    @property
    def violations(self) -> list[str]:
        """Spec violations (requests and responses) and fake crashes, oldest first."""
        with self.store.lock:
            return list(self.store.violations)

    def take_violations(self) -> list[str]:
        """Return the violations so far and forget them (for tests that provoke some)."""
        with self.store.lock:
            taken, self.store.violations[:] = list(self.store.violations), []
        return taken

    @property
    def requests(self) -> list[LoggedRequest]:
        """``(method, path, status)`` of every answered request, in order."""
        with self.store.lock:
            return list(self.store.requests)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Messages created through ``POST .../Messages.json``, in order (copies)."""
        with self.store.lock:
            return [deepcopy(self.store.messages[sid]) for sid in self.store.outbound]

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Calls created through ``POST .../Calls.json``, in order (copies)."""
        with self.store.lock:
            return [deepcopy(self.store.calls[sid]) for sid in self.store.created_calls]

    def message(self, sid: str) -> dict[str, Any]:
        """Any message, outbound or inbound, by SID (a copy)."""
        with self.store.lock:
            return deepcopy(self.store.messages[sid])

    def sent_to(self, number: str) -> list[dict[str, Any]]:
        """Created messages addressed to ``number``."""
        return [message for message in self.messages if message["to"] == number]

    def create_params(self, sid: str) -> dict[str, list[str]]:
        """The form fields a message or call was created with (StatusCallback, MediaUrl...)."""
        with self.store.lock:
            return deepcopy(self.store.forms[sid])

    def call_twiml(self, sid: str) -> list[str]:
        """Every TwiML document the call received (create, then updates), in order."""
        with self.store.lock:
            return list(self.store.twiml.get(sid, []))

    # ----------------------------------------------------------------- request pipeline

    def handle(self, raw: RawRequest) -> Reply:
        """Route, authenticate, validate, apply faults and answer one request."""
        path, _, query = raw.target.partition("?")
        try:
            reply = self._dispatch(raw, path, query)
        except Exception as exc:
            self.record_violation(f"fake crashed on {raw.method} {path}: {exc!r}")
            reply = twilio_error(500, 20500, "Internal Server Error")
        with self.store.lock:
            self.store.requests.append(LoggedRequest(raw.method, path, reply.status))
        return reply

    def _dispatch(self, raw: RawRequest, path: str, query: str) -> Reply:
        media = _MEDIA_RE.match(path)
        if media and raw.method == "GET":
            return self._media(raw, media)
        matched = self.spec.match(path)
        if matched is None:
            self.record_violation(f"{raw.method} {path}: path is not in the OpenAPI description")
            return _not_found(path)
        route, params = matched
        refusal = self._refusal(raw, path, route, params)
        if refusal is not None:
            return refusal
        request = openapi_request(raw, query, route, params, self.spec.host_url)
        problems = self._validate_request(request)
        if problems:
            return self._reject(raw.method, path, problems)
        form = parse_qs(raw.body.decode(), keep_blank_values=True)
        call = ApiCall(raw.method, path, route, params, parse_qsl(query), form)
        return self._perform(call, request)

    def _refusal(
        self, raw: RawRequest, path: str, route: Route, params: Mapping[str, str]
    ) -> Reply | None:
        """401 for bad credentials, 405 for a method the spec lacks, 404 for other accounts."""
        if not self._authorized(raw.headers):
            realm = 'Basic realm="Twilio API"'
            return twilio_error(401, 20003, "Authenticate", WWW_Authenticate=realm)
        if raw.method not in route.methods:
            self.record_violation(f"{raw.method} {path}: method is not in the OpenAPI description")
            return twilio_error(405, 20004, "Method not allowed")
        owner = params.get("AccountSid") or params.get("Sid", "") * (route.key == "Accounts/{Sid}")
        if owner and owner != self.account_sid:
            return _not_found(path)
        return None

    def _perform(self, call: ApiCall, request: OpenAPIRequest) -> Reply:
        endpoint = self._api.table.get((call.method, call.route.key))
        if endpoint is None:
            self.record_violation(
                f"{call.method} {call.route.template}: in the spec, not in the fake"
            )
            return _not_found(call.path)
        fault = self._next_fault(call.method, call.route.key)
        if fault is not None and not fault.after_create:
            return fault.reply()
        with self.store.lock:
            reply = endpoint(call)
        if reply.document is not None and 200 <= reply.status < 300:
            self._validate_response(request, reply)
        if fault is not None:
            fault.pause()
        return reply

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        value = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        scheme, _, encoded = value.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            credentials = base64.b64decode(encoded, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
        return secrets.compare_digest(credentials, f"{self.account_sid}:{self.auth_token}")

    def _validate_request(self, request: OpenAPIRequest) -> list[str]:
        started = time.perf_counter()
        problems = self.spec.validate_request(request)
        self.stats.add_request(time.perf_counter() - started)
        return problems

    def _validate_response(self, request: OpenAPIRequest, reply: Reply) -> None:
        started = time.perf_counter()
        problems = self.spec.validate_response(request, reply)
        self.stats.add_response(time.perf_counter() - started)
        for problem in problems:
            self.record_violation(f"response to {request.method.upper()} {request.path}: {problem}")

    def _reject(self, method: str, path: str, problems: list[str]) -> Reply:
        for problem in problems:
            self.record_violation(f"{method} {path}: {problem}")
        if any("'To' is a required property" in problem for problem in problems):
            return twilio_error(400, 21604, "A 'To' phone number is required.")
        return twilio_error(400, 20422, "Invalid parameter: " + "; ".join(problems))

    def _media(self, raw: RawRequest, match: re.Match[str]) -> Reply:
        """Recording media: not in the OpenAPI description; auth optional, as on Twilio."""
        account, sid, extension = match.groups()
        has_auth = any(k.lower() == "authorization" for k in raw.headers)
        if has_auth and not self._authorized(raw.headers):
            return twilio_error(401, 20003, "Authenticate")
        fault = self._next_fault("GET", "RecordingMedia")
        if fault is not None and not fault.after_create:
            return fault.reply()
        with self.store.lock:
            media = self.store.media.get(sid) if account == self.account_sid else None
        if fault is not None:
            fault.pause()
        if media is None:
            return _not_found(match.string)
        return Reply(
            200, media, content_type="audio/mpeg" if extension == ".mp3" else "audio/x-wav"
        )
