"""Talkpush Desktop: the recruiter console."""

__version__ = "0.1.0"
