"""Messages from the composer to a provider and back: conversations, tokens and links, campaign and
event templates, invitations, SMS segments, email HTML, scheduling, queueing (sending), the
outbox, the sync worker, inbound replies and what they set off; service.py is ``ws.messaging``.
"""
