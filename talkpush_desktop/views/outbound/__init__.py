"""Tools > Company Campaigns: company outbound calling campaigns (issue 17, seed 004)."""
