"""What a new campaign starts with: message templates the seed describes."""

from __future__ import annotations

EVENTS = ("invitation", "completion", "shortlisted", "rejection")

SMS = {
    "invitation": (
        "Hi <%= @candidate_name %>, thanks for applying to <%= @company %>! "
        "Reply to this message to start your interview, "
        "or call us with PIN <%= @access_code %>."
    ),
    "completion": (
        "Thank you <%= @candidate_name %>, your interview with <%= @company %> is complete. "
        "We will get back to you soon."
    ),
    "shortlisted": (
        "Good news <%= @candidate_name %>: <%= @company %> has shortlisted you. "
        "We will contact you about the next step."
    ),
    "rejection": (
        "Dear <%= @candidate_name %>, thank you for your time. <%= @company %> will not "
        "move forward with your application at this time."
    ),
}

EMAIL_SUBJECT = {
    "invitation": "Your interview invitation from <%= @company %>",
    "completion": "Thank you for completing your interview",
    "shortlisted": "You have been shortlisted by <%= @company %>",
    "rejection": "Your application to <%= @company %>",
}

EMAIL_BODY = {event: f"<p>{text}</p>" for event, text in SMS.items()}
