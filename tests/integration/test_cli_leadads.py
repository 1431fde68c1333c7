"""``leadads connect|add-ad|list|poll`` as a user's shell runs them, against a Graph-API-like
server on 127.0.0.1: the token read from stdin is kept out of the database and the output,
a new lead becomes an invited candidate once, an expired token is a clear status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support import workspace_db
from support.cli import process_env, run_process

from tests.support.fake_graph import graph_server

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
PAGE, AD, TOKEN = "1122334455", "23850000000001", "page-token-1"
T0 = 1_796_000_000


def _cli(folder: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args, stdin=stdin, env=process_env(**NO_KEYRING))
    return done.returncode, done.stdout, done.stderr


def _json(folder: Path, *args: str, stdin: str = "") -> Any:
    code, out, err = _cli(folder, *args, "--json", stdin=stdin)
    assert code == 0, err
    return json.loads(out)


def test_leadads_connect_add_poll_list(workspace_dir: Path) -> None:
    with graph_server() as (base, st):
        st.pages[PAGE], st.ads[AD] = "Talkpush Careers", "Hiring agents"
        _json(workspace_dir, "campaigns", "create", "Lead ads intake")
        code, _out, err = _cli(
            workspace_dir, "leadads", "add-ad", AD, "--campaign", "Lead ads intake"
        )
        assert code == 2 and "no Facebook Page is connected" in err
        connect = ("leadads", "connect", "--page-id", PAGE, "--base-url", base)
        page = _json(workspace_dir, *connect, stdin=TOKEN + "\n")
        assert page["name"] == "Talkpush Careers" and page["graph_version"] == "v19.0"
        code, _out, err = _cli(workspace_dir, "leadads", "add-ad", "777", "--campaign", "1")
        assert code == 2 and err.startswith("talkpush-desktop: error: no ad 777")
        ad = _json(workspace_dir, "leadads", "add-ad", AD, "--campaign", "Lead ads intake")
        assert ad["name"] == "Hiring agents"
        st.add_lead(AD, "9001", T0, full_name="Ana Reyes", email="ana@example.com", city="Pasig")
        first = _json(workspace_dir, "leadads", "poll")
        assert (first["imported"], first["invited"]) == (1, 1)
        st.add_lead(AD, "9002", T0 + 60, first_name="Ben", last_name="Cruz", email="ben@x.org")
        second = _json(workspace_dir, "leadads", "poll", AD)
        assert (second["imported"], second["already_imported"]) == (1, 1)
        st.expire()
        expired = _json(workspace_dir, "leadads", "poll")
        assert expired["ads"][0]["status"] == "token_expired"
        listed = _json(workspace_dir, "leadads", "list")
        [row] = listed["ads"]
        assert row["leads_imported"] == 2 and "connect the Page again" in row["last_error"]
        assert listed["page"]["has_token"] is True
        code, out, err = _cli(workspace_dir, "leadads", "list")
        assert code == 0 and "token_expired" in out
    people = _json(workspace_dir, "candidates", "list")
    items = people["items"] if isinstance(people, dict) else people
    assert len(items) == 2
    database = workspace_db.stored_bytes(workspace_dir)
    assert TOKEN.encode() not in database  # the token is in secrets.json (0600), not SQLite
    assert (workspace_dir / "secrets.json").stat().st_mode & 0o077 == 0
