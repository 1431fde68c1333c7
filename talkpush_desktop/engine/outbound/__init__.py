"""Company outbound calling campaigns (seed 004): sites, caller IDs, campaigns and their
schedules, leads, the do-not-call list, and the rules the Partner API, the CLI, the window
and the dialer share. ``ws.outbound`` (:class:`service.OutboundService`) is the entry."""
