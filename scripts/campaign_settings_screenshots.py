"""Screenshots of each tab of the campaign settings dialog for the README::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/campaign_settings_screenshots.py \
        docs/screenshots
"""

import json
import sys
import tempfile
from pathlib import Path

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.interview.steps import StepDraft
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import application
from talkpush_desktop.views.campaigns.campaign_settings_dialog import CampaignSettingsDialog
from talkpush_desktop.views.style import apply_style

out = Path(sys.argv[1])
with tempfile.TemporaryDirectory() as tmp, Workspace.open(data_dir=tmp) as ws:
    ws.company.rename("Acme BPO")
    for name, email in (
        ("Ana Reyes", "ana"),
        ("Bo Lim", "bo"),
        ("Cy Tan", "cy"),
        ("Dina Cruz", "dina"),
        ("Eli Santos", "eli"),
    ):
        ws.company.add_user(name, f"{email}@acme.example")
    made = ws.campaign_settings.create(Basic("Customer Service - Manila", "PH", "en", True, True))
    ws.campaign_settings.change_members(made.id, ["ana@acme.example", "bo@acme.example"], [])
    ws.messaging.set_template(
        made.id,
        "invitation",
        "sms",
        body=(
            "Hi <%= @candidate_first_name %>! Thanks for applying to <%= @company %> for "
            "<%= @campaign %>. Reply to this message to start your interview now, or call our "
            "hotline and enter PIN <%= @access_code %>. The interview takes about 10 minutes "
            "and you can do it any time before Friday."
        ),
    )
    ws.campaign_settings.set_messenger(
        made.id,
        mode="job",
        title="Customer Service Associate",
        subtitle="Makati City \N{MIDDLE DOT} Night shift \N{MIDDLE DOT} PHP 25,000/month",
        description="Answer calls for a US telecom client.",
        apply_url="https://careers.acme.example/csr",
    )
    ad = {
        "intro_text": "Welcome to Acme careers!",
        "message": {
            "attachment": {
                "type": "template",
                "payload": {
                    "template_type": "button",
                    "text": "We are hiring customer service associates in Manila. Ready to apply?",
                    "buttons": [
                        {"type": "postback", "title": "Apply now", "payload": "APPLY_CSR"},
                        {
                            "type": "web_url",
                            "title": "About the job",
                            "url": "https://careers.acme.example/csr",
                        },
                    ],
                },
            }
        },
    }
    ws.campaign_settings.set_traffic_ad(made.id, json.dumps(ad))
    steps = [
        ("introduction", "Hi! I am Acme's hiring assistant. This interview takes 10 minutes."),
        ("privacy", "Your answers are used only to assess your application."),
        ("instructions", "Answer each question by voice or in a message."),
        ("question", "Why do you want to work in customer service?"),
        ("question", "Tell us about a time you calmed an upset customer."),
        ("question", "Can you work night shifts in Makati?"),
        ("question", "When can you start?"),
        ("closing", "Thank you! A recruiter will contact you within two days."),
    ]
    speak = ws.interview.can_speak()  # espeak-ng: real recordings; else text only
    ws.interview.save_steps(
        made.id,
        [
            StepDraft(
                section,
                text,
                "audio_text" if section == "question" else "text",
                ws.interview.speak(text) if speak else "",
            )
            for section, text in steps
        ],
    )
    app = application(offscreen=True)
    apply_style(app)
    dialog = CampaignSettingsDialog(ws, made.id)
    dialog.resize(1200, 660)
    dialog.show()
    names = ["basic", "permissions", "messages", "interview", "messenger", "traffic-ad"]
    dialog.interview_tab.step_list.setCurrentRow(4)  # the second question, with its recording
    for i, name in enumerate(names):
        dialog.tabs.setCurrentIndex(i)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"campaign-settings-{name}.png"), "PNG")
    dialog.traffic_ad_tab.tabs.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "campaign-settings-traffic-ad-json.png"), "PNG")
    dialog.tabs.setCurrentIndex(2)
    dialog.messages_tab.channels.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "campaign-settings-email.png"), "PNG")
    dialog._dirty = False
    dialog.close()
