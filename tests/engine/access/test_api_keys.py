"""API keys: shown once, stored only as salted scrypt hashes, refused at once when revoked."""

from __future__ import annotations

import pytest
from support import workspace_db

from talkpush_desktop.engine.access import hashing
from talkpush_desktop.engine.errors import (
    AccessDeniedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import ApiCredential


def test_intake_key_is_shown_once_and_stored_as_a_hash(ws: Workspace) -> None:
    made = ws.api_keys.create("intake", name="career site")
    assert made.key.startswith("tpk_") and made.secret and made.secret.startswith("tps_")
    with ws.reading() as s:
        row = s.get(ApiCredential, made.id)
        assert row is not None
        assert row.api_key == made.key
        assert row.secret_hash != made.secret and made.secret not in row.secret_hash
        assert row.secret_hash.startswith("scrypt$")
    listed = ws.api_keys.list()
    assert [(k.id, k.kind, k.name, k.key) for k in listed] == [
        (made.id, "intake", "career site", made.key)
    ]
    assert made.secret not in repr(listed)


def test_two_keys_of_one_secret_get_different_salts() -> None:
    one, two = hashing.hash_secret("same"), hashing.hash_secret("same")
    assert one != two
    assert hashing.verify_secret("same", one) and hashing.verify_secret("same", two)
    assert not hashing.verify_secret("other", one)
    assert not hashing.verify_secret("same", "not a hash")


def test_secrets_never_reach_the_database_file(ws: Workspace) -> None:
    intake = ws.api_keys.create("intake")
    partner = ws.api_keys.create("partner")
    ws.api_keys.authenticate("intake", intake.key, intake.secret)
    ws.api_keys.authenticate("partner", partner.key)
    ws.close()
    raw = workspace_db.stored_bytes(ws.data_dir)
    assert intake.secret and intake.secret.encode() not in raw
    assert partner.key.encode() not in raw  # the whole bearer token
    assert partner.key.split(".")[1].encode() not in raw
    assert intake.key.encode() in raw  # the public id is what is looked up


def test_authenticate_intake_and_partner(ws: Workspace) -> None:
    intake = ws.api_keys.create("intake")
    who = ws.api_keys.authenticate("intake", intake.key, intake.secret)
    assert (who.key_id, who.kind, who.company_id) == (intake.id, "intake", ws.company_id)
    again = ws.api_keys.authenticate("intake", intake.key, intake.secret)  # cached check
    assert again == who
    with pytest.raises(AuthenticationError):
        ws.api_keys.authenticate("intake", intake.key, "tps_wrong")
    with pytest.raises(AuthenticationError):
        ws.api_keys.authenticate("intake", "tpk_unknown", intake.secret)
    with pytest.raises(AccessDeniedError, match="intake key cannot call the Partner API"):
        ws.api_keys.authenticate("partner", intake.key, intake.secret)  # kinds do not mix
    with pytest.raises(AuthenticationError):
        ws.api_keys.authenticate("partner", "tpk_unknown")
    partner = ws.api_keys.create("partner")
    assert partner.secret is None and partner.user_email
    owner = ws.api_keys.authenticate("partner", partner.key)
    assert owner.user_id is not None and owner.kind == "partner"
    with pytest.raises(AuthenticationError):
        ws.api_keys.authenticate("partner", partner.key + "x")
    assert ws.api_keys.list()[0].last_used_at is not None


def test_a_partner_key_of_a_deactivated_user_is_refused_with_access_denied(
    ws: Workspace,
) -> None:
    ws.company.add_user("Ana Reyes", "ana@example.com")
    key = ws.api_keys.create("partner", user_email="ana@example.com")
    assert ws.api_keys.authenticate("partner", key.key).user_id is not None
    ws.company.set_user_active("ana@example.com", False)
    with pytest.raises(AccessDeniedError, match="no longer an active user"):
        ws.api_keys.authenticate("partner", key.key)
    ws.company.set_user_active("ana@example.com", True)
    assert ws.api_keys.authenticate("partner", key.key).kind == "partner"
    with pytest.raises(NotFoundError):
        ws.company.set_user_active("nobody@example.com", False)


def test_revoked_key_is_refused_at_once_even_after_a_cached_check(ws: Workspace) -> None:
    made = ws.api_keys.create("intake")
    ws.api_keys.authenticate("intake", made.key, made.secret)
    info = ws.api_keys.revoke(made.id)
    assert info.revoked_at is not None
    with pytest.raises(AuthenticationError):
        ws.api_keys.authenticate("intake", made.key, made.secret)
    assert ws.api_keys.revoke(made.id).revoked_at == info.revoked_at  # again: no change
    with pytest.raises(NotFoundError):
        ws.api_keys.revoke(made.id + 100)


def test_partner_key_acts_as_a_named_user(ws: Workspace) -> None:
    user_id = ws.company.add_user("Rita", "rita@example.com")
    made = ws.api_keys.create("partner", user_email="rita@example.com")
    assert made.user_email == "rita@example.com"
    assert ws.api_keys.authenticate("partner", made.key).user_id == user_id
    with pytest.raises(NotFoundError):
        ws.api_keys.create("partner", user_email="nobody@example.com")
    with pytest.raises(ValidationError):
        ws.api_keys.create("admin")


def test_ip_whitelist_refuses_other_addresses(ws: Workspace) -> None:
    made = ws.api_keys.create("intake")
    ws.company.set_ip_whitelist("203.0.113.7, 10.0.0.0/8")
    assert ws.company.ip_whitelist() == ["203.0.113.7/32", "10.0.0.0/8"]
    ws.api_keys.authenticate("intake", made.key, made.secret, address="10.1.2.3")
    ws.api_keys.authenticate("intake", made.key, made.secret, address="::ffff:203.0.113.7")
    with pytest.raises(AccessDeniedError):
        ws.api_keys.authenticate("intake", made.key, made.secret, address="192.0.2.1")
    with pytest.raises(ValidationError, match="not an IP"):
        ws.company.set_ip_whitelist("10.0.0.300")
    ws.company.set_ip_whitelist("")
    ws.api_keys.authenticate("intake", made.key, made.secret, address="192.0.2.1")
