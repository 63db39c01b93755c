"""Frustration and complaint detection (issue 3).

``detector`` holds the pure, rule-and-lexicon scorer; ``component`` wraps it as a Rasa
NLU graph component that writes a ``frustration`` dict to every message.
"""
