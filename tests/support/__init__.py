"""Shared process fixtures: Redis, the Rasa server, the action server and hubs."""
