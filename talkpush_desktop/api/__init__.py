"""The HTTP API (next issues): a layer beside views that calls the engine and uses storage types
only; it never imports views or the command line.
"""
