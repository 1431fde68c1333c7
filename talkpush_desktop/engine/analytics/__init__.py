"""The supervisor dashboard's figures: series, cohorts, the rollup that sums the activity log,
local days and hours, weeks and the drill-down to candidates.
"""
