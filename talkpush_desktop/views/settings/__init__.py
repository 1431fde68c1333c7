"""Settings windows: providers, the sandbox's candidate phone, and the settings dialogs to come."""
