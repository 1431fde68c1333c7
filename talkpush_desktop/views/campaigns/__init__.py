"""The campaign settings dialog ("+ New campaign", Campaign Options ▸ Campaign Settings) and
its tabs, one module each."""
