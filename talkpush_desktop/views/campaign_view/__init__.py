"""The campaign view: navigation (folders, labels), the candidate list (pane, model, delegate,
filters, scope, selection, counts), the bulk bar and its actions, keyboard triage, the profile
pane and the notify prompt.
"""
