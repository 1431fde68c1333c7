"""Providers that carry messages out and replies in: sandbox, Twilio, SMTP, Messenger."""
