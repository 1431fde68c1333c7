"""A campaign's settings, tab by tab (seed 000, "Creating a new campaign"): basics,
permissions, messages, the Messenger job posting and the traffic ad's content, saved by
``ws.campaign_settings`` in one transaction each (the interview steps are ``ws.interview``)."""
