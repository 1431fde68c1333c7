"""The conversation pane: chat bubbles (model, delegate, history), the composer and its channel
box, quick replies, the send report and the outbox sync.
"""
