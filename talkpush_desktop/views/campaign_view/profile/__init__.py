"""The campaign view's right pane: a candidate's profile (header, decision buttons, details,
labels, answers with their recordings) and what its buttons do."""
