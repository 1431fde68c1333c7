"""Add Candidate: the dialog, the manual form, the CSV and sheet import tab, its preview model and
column mapping, and the intake operations.
"""
