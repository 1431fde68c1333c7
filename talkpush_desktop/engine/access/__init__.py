"""API keys (``ws.api_keys``): intake keys with a secret (seed 000) and partner bearer keys
(seed 004), stored only as salted scrypt hashes, and the check a server makes per request."""
