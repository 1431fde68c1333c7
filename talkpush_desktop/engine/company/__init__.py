"""The company: its settings (time zone, today), team accounts, campaigns and what a new campaign
starts with.
"""
