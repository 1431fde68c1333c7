"""The sandbox phone is shared by every company of the workspace, but a company sees,
answers and hangs up only the phone interviews it placed, on the engine and the command
line: the same candidate phone called by Acme, then by Globex, shows each company its own
call's steps (the later ones, spoken by the driver, too) and none of the other's."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from support.cli import run_json
from support.two_companies import MARIA_PHONE, TwoCompanies

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace

STEPS = [
    ("introduction", "Hello from <%= @company %>.", "text"),
    ("question", "Question one?", "audio"),
    ("question", "Question two?", "audio"),
]


def _sync(ws: Workspace) -> None:
    with contextlib.closing(SyncWorker(ws.context)) as worker:
        asyncio.run(worker.run(once=True))


def _said(ws: Workspace) -> list[str]:
    return [c.script for c in ws.calls.sandbox_incoming(MARIA_PHONE)]


def test_each_company_sees_and_answers_only_its_own_calls(
    two_companies: TwoCompanies, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two_companies.a, two_companies.b
    folder: Path = two_companies.folder
    with (
        Workspace.open(data_dir=folder, company=a.id) as acme,
        Workspace.open(data_dir=folder, company=b.id) as globex,
    ):
        acme.interview.set_steps(a.campaign_id, STEPS)
        globex.interview.set_steps(b.campaign_id, STEPS)
        acme.calls.robocall(a.candidate_ids[0])
        _sync(acme)
        [acme_step] = acme.calls.sandbox_incoming(MARIA_PHONE)
        assert acme_step.script.startswith("Hello from Acme.")
        assert globex.calls.sandbox_incoming(MARIA_PHONE) == []
        for act in (globex.calls.sandbox_answer, lambda i, _t: globex.calls.sandbox_hang_up(i)):
            with pytest.raises(NotFoundError, match="no sandbox call"):
                act(acme_step.id, "1")
        acme.calls.sandbox_hang_up(acme_step.id)
        _sync(acme)  # the call is over: the line is free

        globex.calls.robocall(b.candidate_ids[0])
        _sync(globex)
        [globex_step] = globex.calls.sandbox_incoming(MARIA_PHONE)
        assert globex_step.script.startswith("Hello from Globex.")
        globex.calls.sandbox_answer(globex_step.id, "Maria")
        _sync(globex)  # the driver speaks question two (a row no outbox message delivered)
        assert _said(globex)[-1] == "Question 2 of 2. Question two?"
        assert len(_said(globex)) == 2
        assert len(_said(acme)) == 1 and "Globex" not in " ".join(_said(acme))
        acme_inbox = " ".join(i.body for i in acme.providers.sandbox_inbox(MARIA_PHONE))
        globex_inbox = " ".join(i.body for i in globex.providers.sandbox_inbox(MARIA_PHONE))
        assert "Question two" in globex_inbox and "Hello from Globex" in globex_inbox
        assert "Globex" not in acme_inbox and "Question two" not in acme_inbox
        assert "Acme" not in globex_inbox

    for company, mine, theirs in (("Acme", "Acme", "Globex"), ("Globex", "Globex", "Acme")):
        shown = run_json(capsys, folder, "--company", company, "sandbox", "calls", MARIA_PHONE)
        assert isinstance(shown, list) and shown
        text = " ".join(str(c["script"]) for c in shown)
        assert mine in text and theirs not in text
