"""Candidates and what a recruiter does to them: the one insert path (insert), the list page and
its strategies (records, page_strategies, list_query), list counts and ids (list_counts), one
candidate in full (detail), folder moves and the maintained folder counts, labels, contacts and
the contact lookup, filters and selections, saved candidate sets, undo/redo, the activity log
and attachments.
"""
