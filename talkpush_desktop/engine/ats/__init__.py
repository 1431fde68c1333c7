"""The ATS push room: settings, and queueing a candidate's ATS JSON when they enter a folder."""
