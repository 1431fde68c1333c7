"""Building the demo: the company, recruiters, campaigns with their interviews, labels and
quick replies, then the applicants over a year in bulk inserts, the search index and
folder counts rebuilt once, the dashboard rolled up and the statistics refreshed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import rollup as analytics_rollup
from talkpush_desktop.engine.candidates import folders, labels
from talkpush_desktop.engine.company import campaign_access, team
from talkpush_desktop.engine.company import campaigns as campaign_rules
from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.demo.applicants import (
    Buffers,
    DemoState,
    add_candidate,
    add_long_conversation,
)
from talkpush_desktop.engine.demo.texts import (
    CAMPAIGNS,
    MANUAL_LABELS,
    MEMBERSHIPS,
    QUESTIONS,
    QUICK_REPLIES,
    RECRUITERS,
)
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging import messages
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import search_index, statistics
from talkpush_desktop.storage.models import (
    Activity,
    Candidate,
    CandidateLabel,
    Company,
    InterviewResponse,
    Label,
    Message,
    User,
)

BATCH = 20_000


def _setup(session: Session, company_id: int, rng: random.Random, now: datetime) -> DemoState:
    company = session.get(Company, company_id)  # the acting company
    assert company is not None
    company.name, company.timezone = "Acme BPO", "Asia/Manila"
    company.domain_whitelist = ["acme-bpo.example"]
    users = [u.id for u in session.scalars(select(User).where(User.company_id == company.id))]
    recruiters: dict[str, int] = {}
    for name in RECRUITERS:
        email = name.lower().replace(" ", ".") + "@acme-bpo.example"
        recruiters[name] = team.add_user(session, company.id, name, email, at=now)
        users.append(recruiters[name])
    camps, by_title = [], {}
    for title, country in CAMPAIGNS:
        c = campaign_rules.create(
            session,
            company.id,
            title,
            hotline_country=country,
            interview_language="es" if country == "US" else "en",
        )
        steps = [
            ("introduction", "Welcome to the Acme BPO interview!", "text"),
            ("privacy", "This interview is recorded and shared with our recruiters.", "text"),
            ("instructions", "You have 4 minutes to answer each question.", "text"),
        ]
        steps += [("question", q, t) for q, t in QUESTIONS[: rng.choice((3, 4))]]
        steps.append(("closing", "Thank you! We will review your application soon.", "text"))
        ids = campaign_rules.set_interview(session, c.id, steps)
        camps.append((c.id, country, ids[3:-1]))
        by_title[title] = c.id
    for name, titles in MEMBERSHIPS.items():
        for title in titles:  # the recruiters see their campaigns under --user
            campaign_access.add_member(session, by_title[title], recruiters[name])
    for name, color in MANUAL_LABELS:
        labels.create(session, company.id, name, color)
    for title, body in QUICK_REPLIES:
        messages.create_quick_reply(session, company.id, title, body)
    label_ids = dict(
        session.execute(select(Label.name, Label.id).where(Label.company_id == company.id)).all()
    )
    return DemoState(rng, now, company.id, users, camps, label_ids, 1)


def _timeline(rng: random.Random, n: int, now: datetime) -> Iterator[datetime]:
    """``n`` increasing join times over the past year (busier on weekdays and recently)."""
    span = 365 * 24 * 3600
    for i in range(n):
        base = now - timedelta(seconds=span * (1 - (i + rng.random()) / max(n, 1)))
        yield base.replace(microsecond=0)


def generate(
    context: Context,
    *,
    candidates: int,
    seed: int = 7,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Fill a workspace (its context, ``ws.context``) with demo data; same seed, same data."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now = utcnow().replace(microsecond=0)
    models = (Candidate, CandidateLabel, Activity, Message, InterviewResponse)
    tables = {m.__tablename__: cast(Table, m.__table__) for m in models}
    with context.transaction() as s:
        if s.scalar(select(Candidate.id).limit(1)) is not None:
            raise ValidationError("demo data goes into an empty workspace (use --data-dir)")
        ctx = _setup(s, context.company_id, rng, now)
        search_index.suspend_triggers(s.connection())
        buf = Buffers()
        chatty_from = max(0, candidates - 20_000)
        first_id = ctx.next_id
        for i, added in enumerate(_timeline(rng, candidates, now)):
            long_chat = i == candidates - 1  # see add_long_conversation
            add_candidate(ctx, buf, i, added, chatty=i >= chatty_from, long_chat=long_chat)
            if (i + 1) % BATCH == 0:
                buf.flush(s, tables)
                if progress is not None:
                    progress(i + 1)
        if candidates:
            add_long_conversation(ctx, buf, ctx.next_id - 1, now - timedelta(days=4))
        buf.flush(s, tables)
        folders.recount(s)
        search_index.install(s.connection())
        analytics_rollup.catch_up(s, ctx.company_id)  # the dashboard is ready at first start
    with context.db.engine.begin() as conn:
        statistics.analyze(conn)  # a list's index is chosen by these (see storage.statistics)
    context.forget_titles()
    return {
        "candidates": candidates,
        "campaigns": len(ctx.campaigns),
        "seed": seed,
        "first_id": first_id,
        "long_conversation_candidate": ctx.next_id - 1 if candidates else None,
        "seconds": round(time.perf_counter() - started, 2),
    }
