"""Campaign settings: the dialog that creates and edits a campaign, and its tabs."""
