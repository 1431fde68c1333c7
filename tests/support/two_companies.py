"""Two companies in one workspace that look alike: the fixture of the tenancy tests.

Both have a campaign titled "Customer Service" and candidates with the same names, emails
and phones; each also has one candidate, one label and one quick reply of its own, and a
different folder for the shared names. Company A holds a real duplicate (Maria again, in
a second campaign); B's Maria, added later with the same email and phone, is not one.
Engine, command line and API tests (``two_companies`` in ``tests/conftest.py``) read the
same workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from talkpush_desktop.engine.workspace import Workspace

TITLE = "Customer Service"
SHARED = (  # first name, last name, email, phone: the same in both companies
    ("Maria", "Santos", "maria.santos@example.com", "09171234567"),
    ("Jose", "Rizal", "jose.rizal@example.com", "09181234567"),
)
MARIA_PHONE = "+639171234567"


@dataclass
class Tenant:
    """What one company holds (ids, and the names only it has)."""

    id: int
    name: str
    campaign_id: int
    candidate_ids: list[int] = field(default_factory=list)
    own_name: str = ""
    own_label: str = ""
    own_reply: str = ""
    duplicates: list[int] = field(default_factory=list)
    shortlisted: list[int] = field(default_factory=list)


@dataclass
class TwoCompanies:
    folder: Path
    a: Tenant
    b: Tenant


def _fill(ws: Workspace, tag: str, *, shortlist: str, twice: bool) -> Tenant:
    camp = ws.campaigns.create(TITLE, hotline_country="PH")
    t = Tenant(ws.company_id, ws.company.name(), camp.id)
    for first, last, email, phone in SHARED:
        t.candidate_ids.append(
            ws.intake.add_candidate(
                camp.id, first_name=first, last_name=last, email=email, phone=phone
            )
        )
    t.own_name = f"Only{tag}"
    t.candidate_ids.append(
        ws.intake.add_candidate(camp.id, first_name=t.own_name, email=f"only{tag}@example.com")
    )
    if twice:  # the same Maria again, in another campaign of the same company
        other = ws.campaigns.create(f"{TITLE} {tag} Night", hotline_country="PH")
        again = ws.intake.add_candidate(
            other.id, first_name="Maria", last_name="Santos", email=SHARED[0][2]
        )
        t.candidate_ids.append(again)
        t.duplicates = [again]  # the later of the two (the seed's rule)
    t.shortlisted = [t.candidate_ids[0 if shortlist == "Maria" else 1]]
    ws.candidates.move(t.shortlisted, "Shortlisted")
    t.own_label = f"Label{tag}"
    ws.labels.add(t.candidate_ids[:1], t.own_label)
    t.own_reply = f"Reply{tag}"
    ws.messaging.create_quick_reply(t.own_reply, f"Hello from {tag}")
    return t


def build(folder: Path) -> TwoCompanies:
    """Company A (the workspace's first, renamed "Acme") and B ("Globex", added)."""
    with Workspace.open(data_dir=folder) as ws:
        ws.company.rename("Acme", "Asia/Manila")
        b_id = ws.companies.add("Globex", "Asia/Manila").id
        a = _fill(ws, "A", shortlist="Maria", twice=True)
    with Workspace.open(data_dir=folder, company=b_id) as ws:
        b = _fill(ws, "B", shortlist="Jose", twice=False)
    return TwoCompanies(folder, a, b)
