"""The assistant's own Python: custom Rasa graph components and tools.

Nothing here is imported by ``handoff/``; the hub talks to Rasa over HTTP only.
"""
