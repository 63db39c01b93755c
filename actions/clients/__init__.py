"""Clients the actions talk to: the sample order store (SQLite)."""
