"""The demo generator leaves a workspace whose derived state matches the rules."""

from __future__ import annotations

from sqlalchemy import func, select

from talkpush_desktop.engine import demo
from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity, Candidate, CandidateLabel, Folder, Label


def _label_sets(ws: Workspace) -> set[tuple[int, str]]:
    with ws.transaction() as s:
        rows = s.execute(
            select(CandidateLabel.candidate_id, Label.name).join(
                Label, Label.id == CandidateLabel.label_id
            )
        ).all()
    return {(cid, name) for cid, name in rows}


def test_demo_data_is_consistent_with_the_rules(ws: Workspace) -> None:
    report = demo.generate(ws.context, candidates=600, seed=11)
    assert report["candidates"] == 600 and report["campaigns"] >= 5
    with ws.transaction() as s:
        scanned = dict(
            s.execute(select(Candidate.folder, func.count()).group_by(Candidate.folder)).all()
        )
        latest = max(
            s.scalar(select(func.max(Candidate.completed_at))),
            s.scalar(select(func.max(Activity.at))),
        )
        ids = list(s.scalars(select(Candidate.id)))
    assert ws.candidates.folder_counts() == {f.value: scanned.get(f.value, 0) for f in Folder}
    assert all(scanned.get(f.value, 0) > 0 for f in Folder)  # every folder is populated
    assert latest <= utcnow()  # nothing happens in the future
    before = _label_sets(ws)
    assert any(name == labels.DUPLICATE for _cid, name in before)
    with ws.transaction() as s:  # recomputing the automatic labels changes nothing
        labels.refresh_progress(s, ws.company_id, ids, utcnow())
        emails = s.scalars(select(Candidate.email_key)).all()
        phones = s.scalars(select(Candidate.phone)).all()
        labels.refresh_duplicates(s, ws.company_id, emails, phones, utcnow())
    assert _label_sets(ws) == before
    assert ws.candidates.page(CandidateFilter(search="maria"), limit=5)  # search index rebuilt
    conversation = report["long_conversation_candidate"]
    with ws.transaction() as s:
        from talkpush_desktop.storage.models import Message

        n = s.scalar(
            select(func.count()).select_from(Message).where(Message.candidate_id == conversation)
        )
    assert n is not None and n >= demo.LONG_CONVERSATION


def test_the_demo_looks_like_a_live_campaign_on_the_day_it_is_opened(ws: Workspace) -> None:
    """Recent Inbox candidates hold valid PINs; older unanswered ones are already in No
    Response (moved when their PIN ran out), so the first sync moves nobody."""
    demo.generate(ws.context, candidates=800, seed=5)
    now = utcnow()
    with ws.transaction() as s:
        inbox = s.execute(
            select(Candidate.id, Candidate.pin_expires_at).where(
                Candidate.folder == Folder.INBOX.value
            )
        ).all()
    assert len(inbox) > 50
    assert any(expiry is not None and expiry > now for _cid, expiry in inbox)
    assert ws.candidates.expire_pins(now) == 0  # what the window's first sync pass does
    assert ws.candidates.folder_counts()[Folder.NO_RESPONSE.value] > 50


def test_demo_recruiters_are_members_of_some_campaigns(ws: Workspace) -> None:
    demo.generate(ws.context, candidates=60, seed=3)
    every = {c.title for c in ws.campaigns.all()}
    with Workspace.open(data_dir=ws.data_dir, user="ana.lim@acme-bpo.example") as ana:
        titles = {c.title for c in ana.campaigns.all()}
        assert titles == {
            "Customer Service Representative - Manila",
            "Chat Support (Work from Home)",
        }
        assert 0 < ana.candidates.count() < ws.candidates.count()
    with Workspace.open(data_dir=ws.data_dir, user="mark.tan@acme-bpo.example") as mark:
        assert [c.title for c in mark.campaigns.all()] == ["Bilingual Support (Spanish) - Austin"]
    assert len(every) == 7
