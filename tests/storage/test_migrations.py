"""Schema migrations: a workspace made by the first migration is upgraded in place."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import make_engine, sqlite_url

NOW = "2026-01-05 10:00:00.000000"


def _first_version_workspace(path: Path) -> None:
    """Build a workspace exactly as release 0001 did, with some data in it."""
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        migrations.upgrade(conn, "0001")
        conn.commit()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO companies (id, name, timezone, domain_whitelist, ip_whitelist,"
                " created_at)"
                " VALUES (1, 'Old Co', 'UTC', '[]', '[]', :now)"
            ),
            {"now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO campaigns (id, company_id, title, hotline_country, interview_language,"
                " web_dialout, auto_call, status, pin_valid_hours, messenger_mode, messenger_info,"
                " messenger_description, created_at) VALUES (1, 1, 'Legacy', 'PH', 'en', 0, 0,"
                " 'active', 72, 'disabled', '{}', '', :now)"
            ),
            {"now": NOW},
        )
        for i, (first, phone) in enumerate([("Imelda", "+639171234567"), ("Rico", "")], 1):
            conn.execute(
                text(
                    "INSERT INTO candidates (id, company_id, campaign_id, folder, first_name,"
                    " last_name, email, email_key, phone, source, employment, links,"
                    " referee_first_name, referee_last_name, referee_id, referee_email,"
                    " referee_mobile, referee_account, others, cv_path, access_code, added_at,"
                    " last_message_preview, unread, bot_stopped) VALUES (:id, 1, 1, 'Shortlisted',"
                    " :first, 'Old', :email, :email, :phone, 'Career Site', '[]', '[]', '', '', '',"
                    " '', '', '', :others, '', '123456', :now, '', 0, 0)"
                ),
                {
                    "id": i,
                    "first": first,
                    "email": f"{first.lower()}@old.example",
                    "phone": phone,
                    "others": json.dumps({"shift": "night"}),
                    "now": NOW,
                },
            )
        conn.execute(text("INSERT INTO folder_counts VALUES (1, 'Shortlisted', 2)"))
    engine.dispose()


def test_first_version_is_upgraded_in_place_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    _first_version_workspace(path)
    with Workspace.open(data_dir=tmp_path) as ws:
        assert [c.title for c in ws.campaigns.all()] == ["Legacy"]
        rows = ws.candidates.page(CandidateFilter())
        assert {(r.first_name, r.folder) for r in rows} == {
            ("Imelda", "Shortlisted"),
            ("Rico", "Shortlisted"),
        }
        assert ws.candidates.get(1).others == {"shift": "night"}
        assert ws.candidates.folder_counts(1)["Shortlisted"] == 2
        # what 0002 added works on the old rows: search by name and by phone digits
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="imel"))] == [1]
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="0917 123"))] == [1]
    backups = list(tmp_path.glob(f"{DB_FILE}.before-0001.bak"))
    assert len(backups) == 1  # the old file was copied aside before the upgrade
    engine = create_engine(sqlite_url(path))
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()
    engine.dispose()


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / DB_FILE
    Workspace.open(data_dir=tmp_path).close()
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0001")
        conn.commit()
        assert migrations.current_revision(conn) == "0001"
    engine.dispose()
    with Workspace.open(data_dir=tmp_path) as ws:
        assert ws.candidates.page() == []


def test_head_constant_names_the_newest_script() -> None:
    assert migrations.HEAD == migrations.head_revision()
