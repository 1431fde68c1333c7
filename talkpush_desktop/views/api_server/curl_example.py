"""The example request the API Server dialog shows beside a new key: a career site adding a
candidate to a campaign (seed 000's intake route), ready to paste into a terminal."""

from __future__ import annotations

import shlex

INTAKE_PATH = "/api/talkpush_services/campaigns/{id}/campaign_invitations"
EXAMPLE_FIELDS = (
    ("first_name", "Maria"),
    ("last_name", "Santos"),
    ("email", "maria.santos@example.com"),
    ("user_phone_number", "9175550123"),
    ("source", "careers-site"),
)


def intake_curl(base_url: str, campaign_id: int | str, key: str, secret: str) -> str:
    """``curl`` posting one candidate to ``campaign_id`` (or a placeholder) with an intake
    key, form-encoded."""
    url = base_url.rstrip("/") + INTAKE_PATH.format(id=campaign_id)
    fields = [f"api_key={key}", f"api_secret={secret}"]
    fields += [f"campaign_invitation[{name}]={value}" for name, value in EXAMPLE_FIELDS]
    lines = [f"curl -X POST {shlex.quote(url)}"]
    lines += [f"  --data-urlencode {shlex.quote(field)}" for field in fields]
    return " \\\n".join(lines)


def partner_curl(base_url: str, key: str) -> str:
    """``curl`` with a partner key: the bearer key on the server's description."""
    url = base_url.rstrip("/") + "/openapi.json"
    auth = shlex.quote(f"Authorization: Bearer {key}")
    return f"curl -H {auth} {shlex.quote(url)}"
