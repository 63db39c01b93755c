"""Tools for a detection round: measure, compare, trace and add a labelled batch.

Each is a module run with ``python -m scripts.detection.<tool>`` from the project
root, in the project's venv (docs/detection.md, "A round's tools", lists them).
"""
