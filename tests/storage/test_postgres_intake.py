"""The intake API's engine on PostgreSQL: CV text found by search (the LIKE fallback) and
one candidate for concurrent requests with one idempotency key (the unique violation is
read back as the first answer)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.intake.api_invitation import Answer, InvitationData
from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres


def test_api_invitation_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cv = b"Rosa Lim\nForklift operator, Zamboanga\n0917 555 0199"
        made = ws.intake.api_invitation(
            camp.id, InvitationData(first_name="Rosa", last_name="Lim", cv=cv, cv_filename="cv.txt")
        )
        assert ws.candidates.get(made.candidate_id).row.phone == "+639175550199"
        found = ws.candidates.page(CandidateFilter(search="zamboanga"))
        assert [r.id for r in found] == [made.candidate_id]

        def post(_n: int) -> Answer:
            data = InvitationData(first_name="Juan", email="juan@example.com")
            return ws.intake.api_invitation(camp.id, data, idempotency_key="k", request_hash="h")

        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(post, range(4)))
        assert len(answers) == 4 and len({a.candidate_id for a in answers}) == 1
        assert ws.candidates.count(CandidateFilter(search="juan")) == 1
