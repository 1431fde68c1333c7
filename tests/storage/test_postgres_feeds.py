"""The polled feeds on PostgreSQL: a sheet's appended row and a Lead Ad's new lead become
invited candidates once (the watermark past 2038 fits its BIGINT)."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)
from tests.support.fake_graph import graph_server
from tests.support.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.postgres
HEADER = "Timestamp,Full name,Email,Phone\n"
LATE = 2_240_000_000  # 2040: past a 32-bit INTEGER


def test_sheet_and_lead_ads_on_postgres(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
    sheet_server: tuple[str, Path],
    memory_keyring: MemoryKeyring,
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + "11/20/2026 10:00:00,Ann Lee,ann@example.com,\n")
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws, graph_server() as g:
        base, st = g
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        sheet_id, _ = ws.sheets.add(url, camp.id)
        [poll] = ws.sheets.poll(sheet_id)
        assert (poll.imported, poll.invited) == (1, 1)
        published.write_text(
            HEADER
            + "11/20/2026 10:00:00,Ann Lee,ann@example.com,\n"
            + "11/21/2026 10:00:00,Bo Cruz,bo@example.com,\n"
        )
        [poll] = ws.sheets.poll(sheet_id)
        assert (poll.imported, poll.already_imported, poll.invited) == (1, 1, 1)
        st.pages["1"], st.ads["2"] = "Page", "Ad"
        ws.leadads.connect("1", st.token, base_url=base)
        ws.leadads.add_ad("2", camp.id)
        st.add_lead("2", "9", LATE, full_name="Cy Lim", email="cy@example.com")
        [lead] = ws.leadads.poll()
        assert (lead.imported, lead.invited) == (1, 1)
        [again] = ws.leadads.poll()
        assert (again.imported, again.already_imported) == (0, 1)
        assert ws.candidates.count() == 3
