"""The ``talkpush-desktop`` command line: main.py builds the parser and runs a command; one module
per command group (analytics, calls, campaigns, candidates, company, export, intake for
``import``, messages, messaging, workspace for ``demo``/``screenshot``) and common.py for what
they share. It calls the engine, never storage.
"""
