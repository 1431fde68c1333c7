"""Deterministic demo data: campaigns, users, candidates over a year, conversations,
labels, interview responses and the activity log that analytics are computed from.

Built for scale (1,000,000 candidates): rows go in with bulk Core inserts, the search
index triggers are suspended and the index rebuilt once, folder counts are recounted.

The fixed words (names, campaigns, questions, answers) are in :mod:`.texts`, one
applicant's rows (person, fate, interview, moves, chat) in :mod:`.applicants`, the build
(:func:`generate`) in :mod:`.build`.
"""

from talkpush_desktop.engine.demo.applicants import LONG_CONVERSATION
from talkpush_desktop.engine.demo.build import generate

__all__ = ["LONG_CONVERSATION", "generate"]
