"""Custom actions for the Stitch & Sole assistant.

Run them with `rasa run actions --actions actions` (port 5055).

One module per feature (`orders`, `returns`, `catalogue`, `greeting`, `forms`); the
sample order store lives in `actions.clients`.
"""
