"""Interviews: the text bot (bot.py), the phone interview or robocall (phone.py), the answers and
completion (responses.py) and the sandbox's calls.
"""
