"""``sites``, ``caller-ids``, ``company-campaigns`` and ``leads`` as a user's shell runs them:
real processes, the Partner API's bodies and its validation messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.engine.outbound.conftest import SEED_CREATE
from tests.support.cli import run_process


def _run(folder: Path, *args: str, stdin: str = "") -> Any:
    done = run_process("--data-dir", str(folder), *args, "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _fails(folder: Path, *args: str, stdin: str = "") -> str:
    done = run_process("--data-dir", str(folder), *args, stdin=stdin)
    assert done.returncode == 2, done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("talkpush-desktop: error: "), done.stderr
    return lines[0].removeprefix("talkpush-desktop: error: ")


def test_a_campaign_from_site_to_leads(workspace_dir: Path, tmp_path: Path) -> None:
    site = _run(
        workspace_dir,
        "sites",
        "add",
        "--name",
        "HQ — New York",
        "--city",
        "New York",
        "--state",
        "NY",
        "--country",
        "US",
        "--primary",
    )
    assert site["isPrimary"] and site["site"]["name"] == "HQ — New York"
    listed = _run(workspace_dir, "sites", "list")
    assert [s["companySiteId"] for s in listed["companySites"]] == [site["companySiteId"]]
    assert _run(workspace_dir, "caller-ids", "add", "+1 555 123 4567") == {
        "phoneNumber": "+15551234567",
        "status": "VERIFIED",
    }
    assert _run(workspace_dir, "caller-ids", "list") == [
        {"phoneNumber": "+15551234567", "status": "VERIFIED"}
    ]
    body = SEED_CREATE | {"companySiteId": site["companySiteId"]}
    created = _run(workspace_dir, "company-campaigns", "create", stdin=json.dumps(body))
    campaign = created["campaign"]
    assert campaign["schedule"]["callTimeDisplay"] == "Jun 01, 2025 11:00 AM"
    cid = str(campaign["id"])
    patch = tmp_path / "patch.json"
    patch.write_text(json.dumps({"campaignName": "Renamed", "endMessage": "Bye."}))
    updated = _run(workspace_dir, "company-campaigns", "update", cid, str(patch))
    assert updated["status"] == "success" and updated["flowId"] == campaign["id"]
    assert updated["campaign"]["title"] == "Renamed"
    assert updated["campaign"]["messages"]["closingMessage"] == "Bye."
    assert _run(workspace_dir, "company-campaigns", "pause", cid)["campaign"]["status"] == "PAUSED"
    listed = _run(workspace_dir, "company-campaigns", "list", "--status", "PAUSED")
    assert listed["pagination"]["total"] == 1
    assert listed["campaigns"][0]["accessLevel"] == "COMPANY"
    assert _run(workspace_dir, "company-campaigns", "resume", cid)["campaign"]["status"] == (
        "RUNNING"
    )
    shown = _run(workspace_dir, "company-campaigns", "show", cid)
    assert shown["campaign"]["title"] == "Renamed"

    csv_file = tmp_path / "leads.csv"
    csv_file.write_text(
        "Email,First Name,Last Name,Phone\n"
        "ada@example.com,Ada,Lovelace,+15559876543\n"
        "grace@example.com,Grace,Hopper,\n"
    )
    assert _run(workspace_dir, "leads", "add", cid, str(csv_file)) == {"added": 2, "skipped": 0}
    added = _run(workspace_dir, "leads", "add", cid, stdin="ada@example.com\nlin@example.com\n")
    assert added == {"added": 1, "skipped": 1}
    found = _run(workspace_dir, "leads", "list", cid, "--search", "ADA")
    assert [x["email"] for x in found["leads"]] == ["ada@example.com"]
    lead = found["leads"][0]["leadId"]
    assert _run(workspace_dir, "leads", "submitted", cid, str(lead))["leadIds"] == [lead]
    assert _run(workspace_dir, "leads", "remove", cid, str(lead)) == {
        "status": "success",
        "leadId": lead,
    }
    rest = _run(workspace_dir, "leads", "list", cid, "--status", "Pending", "--limit", "1")
    assert rest["pagination"] == {"page": 1, "limit": 1, "total": 2, "totalPages": 2}
    assert _run(workspace_dir, "do-not-call", "add", "--email", "Kim@example.com") == {
        "added": True
    }
    assert _run(workspace_dir, "leads", "add", cid, stdin="kim@example.com\n") == {
        "added": 0,
        "skipped": 1,
    }
    listed = _run(workspace_dir, "do-not-call", "list")
    assert [(e["email"], e["source"]) for e in listed] == [("kim@example.com", "manual")]


def test_refusals_are_the_apis_words(workspace_dir: Path, tmp_path: Path) -> None:
    site = _run(workspace_dir, "sites", "add", "--name", "HQ")
    _run(workspace_dir, "caller-ids", "add", "+15551234567")
    body = json.loads(json.dumps(SEED_CREATE)) | {"companySiteId": site["companySiteId"]}
    del body["jobDetails"]["jobTitle"]
    assert _fails(workspace_dir, "company-campaigns", "create", stdin=json.dumps(body)) == (
        'One or more fields are invalid. (jobDetails.jobTitle: "jobTitle" is required)'
    )
    assert _fails(workspace_dir, "company-campaigns", "create", stdin="{nope") == (
        "One or more fields are invalid. (body: the body is not valid JSON: Expecting property"
        " name enclosed in double quotes (line 1, column 2))"
    )
    missing = str(tmp_path / "missing.json")
    assert _fails(workspace_dir, "company-campaigns", "create", missing).startswith(
        f"cannot read {missing}: "
    )
    assert _fails(workspace_dir, "company-campaigns", "show", "9999") == "Campaign not found."
    assert _fails(workspace_dir, "leads", "list", "9999") == "Campaign not found."
    assert "two-letter" in _fails(workspace_dir, "sites", "add", "--name", "X", "--country", "USA")
    assert _fails(workspace_dir, "do-not-call", "add") == "give --phone, --email or both"
    assert _fails(workspace_dir, "caller-ids", "add", "12").startswith(
        'One or more fields are invalid. (phoneNumber: "phoneNumber" must be a valid phone'
    )
