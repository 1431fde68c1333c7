"""``ws.campaign_settings``: create and configure a campaign, tab by tab or all at once.

Every save is one transaction: its input is checked first and every problem is reported
at once, each under its field's name (:class:`FieldErrors`), before anything is kept. The
campaign is looked up among those the acting user may see (a manager without access to
it gets "not found").
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from talkpush_desktop.engine.campaigns import basic as basics
from talkpush_desktop.engine.campaigns import members, messenger_posting, traffic_ad
from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.campaigns.messenger_posting import Posting
from talkpush_desktop.engine.campaigns.snapshot import (
    CampaignSettings,
    SettingsDraft,
    TemplateDraft,
)
from talkpush_desktop.engine.company import campaign_access, campaigns
from talkpush_desktop.engine.company import campaign_defaults as defaults
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import FieldErrors, ValidationError
from talkpush_desktop.engine.messaging import template_preview, templates
from talkpush_desktop.engine.messaging.template_preview import SmsPreview
from talkpush_desktop.engine.undo import UndoEntry
from talkpush_desktop.storage.models import Campaign, Channel, Company

TRAFFIC_AD = "traffic_ad"
"""Where the traffic ad's content is kept in ``campaigns.messenger_info``."""


def _settings(s: Session, company_id: int, c: Campaign) -> CampaignSettings:
    ad = (c.messenger_info or {}).get(TRAFFIC_AD)
    return CampaignSettings(
        c.id,
        basics.of(c),
        c.status,
        members.access(s, company_id, c.id),
        tuple(templates.list_templates(s, c.id)),
        messenger_posting.of(c),
        ad if isinstance(ad, dict) else None,
    )


def _prefixed(prefix: str, found: dict[str, str]) -> dict[str, str]:
    return {f"{prefix}{key}": why for key, why in found.items()}


def parse_traffic_ad(
    text: str, prefix: str = "traffic_ad"
) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The content of ``text`` and its problems keyed by their path (after ``prefix``)."""
    doc, problems = traffic_ad.parse(text)
    problems = problems or traffic_ad.check(doc)
    join = (lambda path: f"{prefix}.{path}" if path else prefix) if prefix else None
    found = {(join(path) if join else path or "content"): why for path, why in problems}
    return (doc if not found else None), found


CAMPAIGNS_CHANGED = frozenset({"campaigns"})
"""An undo step's ``changes``: a campaign's title or settings (the selector reads them)."""


class CampaignSettingsService(Service):
    """Basics, permissions, messages, Messenger posting and traffic ad of a campaign."""

    @staticmethod
    def countries() -> list[tuple[str, int]]:
        """Hotline countries (ISO code, calling code)."""
        return basics.countries()

    @staticmethod
    def languages() -> dict[str, str]:
        """Interview languages (code -> name)."""
        return dict(basics.LANGUAGES)

    @staticmethod
    def default_template(event: str, channel: str) -> TemplateDraft:
        """The predefined version of an event's message (the Messages tab's "Restore")."""
        if event not in defaults.EVENTS or channel not in templates.CHANNELS:
            raise ValidationError(f"no default template for {event} {channel}")
        sms = channel == Channel.SMS.value
        return TemplateDraft(
            event,
            channel,
            "" if sms else defaults.EMAIL_SUBJECT[event],
            defaults.SMS[event] if sms else defaults.EMAIL_BODY[event],
            event in ("invitation", "completion"),
        )

    def blank(self) -> CampaignSettings:
        """What a new campaign starts with (the dialog's "+ New campaign")."""
        with self._ctx.reading() as s:
            team = members.access(s, self._ctx.company_id, None)
            if not campaign_access.is_owner(s, self._ctx.user_id):  # who makes it has access
                me = tuple(m for m in team.team if m.id == self._ctx.user_id)
                rest = tuple(m for m in team.team if m.id != self._ctx.user_id)
                team = members.Access(rest, me)
        drafts = [
            self.default_template(e, ch) for e in defaults.EVENTS for ch in templates.CHANNELS
        ]
        infos = tuple(
            templates.TemplateInfo(0, d.event, d.channel, d.subject, d.body, d.enabled)
            for d in drafts
        )
        return CampaignSettings(None, Basic(""), "active", team, infos, Posting(), None)

    def show(self, campaign: str | int) -> CampaignSettings:
        with self._ctx.reading() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            return _settings(s, self._ctx.company_id, c)

    def create(self, basic: Basic) -> CampaignSettings:
        """A new campaign with the predefined messages; the title must be free."""
        try:
            return self.save(None, SettingsDraft(basic))
        except FieldErrors as exc:  # the fields as the caller named them: ``title``
            raise FieldErrors(
                {key.removeprefix("basic."): why for key, why in exc.details.items()}
            ) from None

    def update(self, campaign: str | int, **changes: Any) -> CampaignSettings:
        """Change some basic settings (``title``, ``hotline_country``, ...)."""
        with self._ctx.transaction() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            self._apply_basic(s, c, replace(basics.of(c), **changes))
            return _settings(s, self._ctx.company_id, c)

    def change_members(
        self, campaign: str | int, add: list[str], remove: list[str]
    ) -> CampaignSettings:
        """Give managers (by email) access to the campaign, or take it away."""
        with self._ctx.transaction() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            added, bad = members.resolve_emails(s, self._ctx.company_id, add, "add")
            gone, bad_too = members.resolve_emails(s, self._ctx.company_id, remove, "remove")
            if bad or bad_too:
                raise FieldErrors(bad | bad_too)
            members.change(s, c.id, added, gone)
            return _settings(s, self._ctx.company_id, c)

    def set_messenger(self, campaign: str | int, **changes: str) -> CampaignSettings:
        """Change the Messenger job posting (``mode``, ``title``, ``subtitle``, ...)."""
        with self._ctx.transaction() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            posting = messenger_posting.normalized(replace(messenger_posting.of(c), **changes))
            if found := messenger_posting.problems(posting):
                raise FieldErrors(found)
            messenger_posting.apply(c, posting)
            return _settings(s, self._ctx.company_id, c)

    def set_traffic_ad(self, campaign: str | int, text: str) -> CampaignSettings:
        """Store the traffic ad's content (JSON text, checked; '' removes it)."""
        with self._ctx.transaction() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            self._apply_traffic_ad(c, text)
            return _settings(s, self._ctx.company_id, c)

    def preview_sms(self, campaign: str | int, event: str, body: str | None = None) -> SmsPreview:
        """The event's SMS (or ``body``) for a sample candidate, counted and cut in segments."""
        with self._ctx.reading() as s:
            c = campaigns.resolve(s, self._ctx.company_id, campaign)
            if body is None:
                found = [t for t in templates.list_templates(s, c.id) if t.event == event]
                sms = [t for t in found if t.channel == Channel.SMS.value]
                if not sms:
                    raise ValidationError(f"event: use one of {', '.join(defaults.EVENTS)}")
                body = sms[0].body
            return template_preview.sms(body, self._sample(s, c))

    def sample_values(self, campaign_id: int | None, title: str = "") -> dict[str, str]:
        """The sample candidate's token values for previews (a new campaign: ``title``)."""
        with self._ctx.reading() as s:
            if campaign_id is None:
                company = s.get(Company, self._ctx.company_id)
                name = company.name if company is not None else ""
                return template_preview.sample_values(s, self._ctx.company_id, name, 0, title)
            return self._sample(s, campaigns.resolve(s, self._ctx.company_id, campaign_id))

    def save(self, campaign_id: int | None, draft: SettingsDraft) -> CampaignSettings:
        """Create (``campaign_id`` None) or change a campaign from the dialog's tabs, in
        one transaction; FieldErrors lists every problem (``basic.title``,
        ``messages.invitation.sms.body``, ``traffic_ad.message.text`` ...). A change is
        one undo step (Edit ▸ Undo puts every tab back as it was); a creation is not."""
        if campaign_id is None:
            return self._save(None, draft)
        before = self.show(campaign_id).draft()
        saved = self._save(campaign_id, draft)
        after = saved.draft()
        self._ctx.undo_stack.push(
            UndoEntry(
                f"Change Campaign Settings of {saved.basic.title}",
                lambda: self._save(campaign_id, before),
                lambda: self._save(campaign_id, after),
                CAMPAIGNS_CHANGED,
            )
        )
        return saved

    def _save(self, campaign_id: int | None, draft: SettingsDraft) -> CampaignSettings:
        with self._ctx.transaction() as s:
            found: dict[str, str] = {}
            basic = basics.normalized(draft.basic)
            found |= _prefixed(
                "basic.", basics.problems(s, self._ctx.company_id, basic, campaign_id)
            )
            if draft.messenger is not None:
                posting = messenger_posting.normalized(draft.messenger)
                found |= _prefixed("messenger.", messenger_posting.problems(posting))
            ad: dict[str, Any] | None = None
            if draft.traffic_ad:
                ad, bad = parse_traffic_ad(draft.traffic_ad)
                found |= bad
            member_ids: list[int] = []
            if draft.members is not None:
                member_ids, bad = members.resolve_emails(
                    s, self._ctx.company_id, draft.members, "members"
                )
                found |= bad
            if found:
                raise FieldErrors(found)
            c = self._campaign(s, campaign_id, basic)
            found |= self._apply_templates(s, c.id, draft.templates)
            if found:
                raise FieldErrors(found)  # the transaction rolls back: nothing is kept
            if draft.members is not None:
                members.replace(s, c.id, member_ids)
                if campaign_id is None and not campaign_access.is_owner(s, self._ctx.user_id):
                    campaign_access.add_member(s, c.id, self._ctx.user_id)  # still sees it
            if draft.messenger is not None:
                messenger_posting.apply(c, messenger_posting.normalized(draft.messenger))
            if draft.traffic_ad is not None:
                self._store_ad(c, ad)
            s.flush()
            return _settings(s, self._ctx.company_id, c)

    # -- inside a transaction ---------------------------------------------------------------

    def _sample(self, s: Session, c: Campaign) -> dict[str, str]:
        company = s.get(Company, self._ctx.company_id)
        name = company.name if company is not None else ""
        return template_preview.sample_values(s, self._ctx.company_id, name, c.id, c.title)

    def _campaign(self, s: Session, campaign_id: int | None, basic: Basic) -> Campaign:
        if campaign_id is not None:
            c = campaigns.resolve(s, self._ctx.company_id, campaign_id)
            basics.apply(c, basic)
        else:
            c = campaigns.create(s, self._ctx.company_id, basic.title)
            basics.apply(c, basic)
            if not campaign_access.is_owner(s, self._ctx.user_id):
                campaign_access.add_member(s, c.id, self._ctx.user_id)  # sees what they made
        s.flush()
        self._ctx.forget_titles()
        return c

    def _apply_basic(self, s: Session, c: Campaign, basic: Basic) -> None:
        basic = basics.normalized(basic)
        if found := basics.problems(s, self._ctx.company_id, basic, c.id):
            raise FieldErrors(found)
        basics.apply(c, basic)
        s.flush()
        self._ctx.forget_titles()

    def _apply_templates(
        self, s: Session, campaign_id: int, drafts: tuple[TemplateDraft, ...]
    ) -> dict[str, str]:
        found: dict[str, str] = {}
        for d in drafts:
            where = f"messages.{d.event}.{d.channel}"
            subject = d.subject if d.channel == Channel.EMAIL.value else None
            try:
                templates.set_template(
                    s,
                    campaign_id,
                    d.event,
                    d.channel,
                    body=d.body,
                    subject=subject,
                    enabled=d.enabled,
                )
            except ValidationError as exc:
                part, _, why = str(exc).partition(": ")
                found[f"{where}.{part}" if why else where] = why or str(exc)
        return found

    def _apply_traffic_ad(self, c: Campaign, text: str) -> None:
        ad: dict[str, Any] | None = None
        if text.strip():
            ad, found = parse_traffic_ad(text, prefix="")
            if found:
                raise FieldErrors(found)
        self._store_ad(c, ad)

    @staticmethod
    def _store_ad(c: Campaign, ad: dict[str, Any] | None) -> None:
        info = dict(c.messenger_info or {})
        if ad is None:
            info.pop(TRAFFIC_AD, None)
        else:
            info[TRAFFIC_AD] = json.loads(json.dumps(ad))  # plain JSON values only
        c.messenger_info = info
