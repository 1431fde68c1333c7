"""Generic pieces shared by every room: background work and operations, task progress, save dialog,
flow layout, elided label, file drop zone, collapsing button, value field, formatting and the
keyboard shortcuts with their sheet.
"""
