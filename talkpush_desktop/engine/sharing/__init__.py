"""Sharing outside the team: share links to a candidate's profile (``ws.sharing``) and the
weekly statistics email (``ws.weekly_email``). No Qt."""
