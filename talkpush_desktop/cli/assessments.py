"""``candidates invite-assessment`` and ``candidates assessment-submitted``: the
recruitment side's assessment events (``ws.assessments``).

An invitation is recorded once per candidate and test; the running assessment campaigns
of the company for that test with ``autoAddInvitedCandidates`` take the newly invited as
leads (each lead skipped is printed with the reason). ``assessment-submitted`` is what the
assessment tool reports back: the candidates' leads on the test's campaigns become
``Submitted``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def _ids(ids: list[int]) -> str:
    return ", ".join(map(str, ids)) or "none"


def cmd_invite(ws: Workspace, args: argparse.Namespace) -> int:
    done = ws.assessments.invite(args.ids, args.test, name=args.name)
    lines = [f"invited to {done.test_id}: {_ids(list(done.invited))}"]
    if done.already_invited:
        lines.append(f"already invited: {_ids(list(done.already_invited))}")
    lines += [
        f"candidate {x.candidate_id}: lead {x.lead_id} of company campaign {x.campaign_id}"
        for x in done.leads
    ]
    lines += [
        f"candidate {x.candidate_id}: skipped by company campaign {x.campaign_id}: {x.reason}"
        for x in done.skipped
    ]
    return report(args, done.to_json(), lines)


def cmd_submitted(ws: Workspace, args: argparse.Namespace) -> int:
    done = ws.assessments.submitted(args.ids, args.test)
    lines = [f"submitted {done.test_id}: {_ids(list(done.submitted))}"]
    if done.not_invited:
        lines.append(f"never invited to it (nothing recorded): {_ids(list(done.not_invited))}")
    lines += [
        f"candidate {x.candidate_id}: lead {x.lead_id} of company campaign {x.campaign_id}"
        " is Submitted"
        for x in done.leads
    ]
    return report(args, done.to_json(), lines)


def _parser(csub: Any, name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = csub.add_parser(name, help=help_text)
    p.add_argument("ids", nargs="+", type=int, metavar="CANDIDATE_ID")
    p.add_argument("--test", required=True, help="the assessment's test id (assessmentTestId)")
    json_flag(p)
    p.set_defaults(func=func)
    return p


def add_parsers(csub: Any) -> None:
    """The two commands, in the ``candidates`` group (``csub``)."""
    p = _parser(
        csub,
        "invite-assessment",
        cmd_invite,
        "record that candidates were invited to an assessment (assessment campaigns with"
        " autoAddInvitedCandidates take them as leads)",
    )
    p.add_argument("--name", help="the assessment's name")
    _parser(
        csub,
        "assessment-submitted",
        cmd_submitted,
        "the assessment tool reported the candidates' submissions (their leads become Submitted)",
    )
