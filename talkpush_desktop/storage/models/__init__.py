"""SQLAlchemy models of the whole recruiter domain (portable: SQLite and PostgreSQL).

Times are naive UTC ``datetime`` values. One module per area: ``base`` (the declarative
base and the ``StrEnum`` vocabulary every layer shares), ``company``, ``campaigns``,
``candidates``, ``messages``, ``calls``, ``analytics``, ``outbound`` (company calling
campaigns, seed 004), ``assessments`` (assessment invitations) and ``sharing`` (share
links, weekly statistics emails). Import from this package
(``from talkpush_desktop.storage.models import Candidate``); importing it registers every
table on ``Base.metadata``, which Alembic compares against.
"""

from __future__ import annotations

from talkpush_desktop.storage.models.analytics import (
    Activity,
    AnalyticsCohort,
    AnalyticsDaily,
    AnalyticsRollup,
    AnalyticsRollupState,
)
from talkpush_desktop.storage.models.assessments import AssessmentInvitation
from talkpush_desktop.storage.models.base import (
    Action,
    Base,
    Channel,
    DeliveryState,
    Folder,
    MessageKind,
    table_of,
)
from talkpush_desktop.storage.models.calls import PhoneCall
from talkpush_desktop.storage.models.campaigns import (
    Campaign,
    CampaignMember,
    InterviewQuestion,
    InterviewResponse,
    MessageTemplate,
)
from talkpush_desktop.storage.models.candidates import (
    COMPLETED,
    NOT_COMPLETED,
    Candidate,
    CandidateLabel,
    CandidateSet,
    CandidateSetMember,
    FolderCount,
    ImportBatch,
    Label,
    SourceCount,
)
from talkpush_desktop.storage.models.company import (
    ApiCredential,
    Company,
    IdempotencyKey,
    ProviderSetting,
    User,
    UserToken,
)
from talkpush_desktop.storage.models.feeds import IntakeSheet, LeadAd, LeadAdLead
from talkpush_desktop.storage.models.messages import (
    Message,
    QuickReply,
    SandboxMessage,
    SyncCursor,
)
from talkpush_desktop.storage.models.outbound import (
    CallAttempt,
    CallerId,
    CampaignLead,
    CompanyCampaign,
    CompanySite,
    DoNotCall,
    LeadSms,
    SiteUser,
)
from talkpush_desktop.storage.models.sharing import ShareLink, WeeklyEmail

__all__ = [
    "ShareLink",
    "WeeklyEmail",
    "AssessmentInvitation",
    "LeadSms",
    "SiteUser",
    "DoNotCall",
    "CompanySite",
    "CompanyCampaign",
    "CampaignLead",
    "CallerId",
    "CallAttempt",
    "COMPLETED",
    "NOT_COMPLETED",
    "Action",
    "Activity",
    "AnalyticsCohort",
    "AnalyticsDaily",
    "AnalyticsRollup",
    "AnalyticsRollupState",
    "ApiCredential",
    "IdempotencyKey",
    "Base",
    "Campaign",
    "CampaignMember",
    "Candidate",
    "CandidateLabel",
    "CandidateSet",
    "CandidateSetMember",
    "Channel",
    "Company",
    "DeliveryState",
    "Folder",
    "FolderCount",
    "SourceCount",
    "ImportBatch",
    "IntakeSheet",
    "LeadAd",
    "LeadAdLead",
    "InterviewQuestion",
    "InterviewResponse",
    "Label",
    "Message",
    "MessageKind",
    "MessageTemplate",
    "PhoneCall",
    "ProviderSetting",
    "QuickReply",
    "SandboxMessage",
    "SyncCursor",
    "User",
    "UserToken",
    "table_of",
]
