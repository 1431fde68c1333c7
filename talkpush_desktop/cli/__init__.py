"""The ``talkpush-desktop`` command line: main.py builds the parser and runs a command; one module
per command group (analytics, calls, company, export, intake, messaging). It calls the engine,
never storage.
"""
