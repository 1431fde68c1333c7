"""Candidates and what a recruiter does to them: the one insert path (records), folder moves and
the maintained folder counts, labels, contacts, filters and selections, saved candidate sets,
undo/redo, the activity log and attachments.
"""
