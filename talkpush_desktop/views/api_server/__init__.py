"""Tools > API Server...: the workspace's API server as a child process, and its API keys."""
