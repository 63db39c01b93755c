"""Precision, recall, F1 and the confusion matrix of "handed off" against labels."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Confusion:
    """Counts of a binary decision against binary labels.

    Attributes:
        tp: positive rows handed off.
        fp: negative rows handed off.
        fn: positive rows not handed off.
        tn: negative rows not handed off.
    """

    tp: int
    fp: int
    fn: int
    tn: int

    @classmethod
    def of(cls, labels: list[bool], decisions: list[bool]) -> Confusion:
        """Builds the counts from parallel lists of labels and decisions."""
        pairs = list(zip(labels, decisions, strict=True))
        return cls(
            tp=sum(1 for y, d in pairs if y and d),
            fp=sum(1 for y, d in pairs if not y and d),
            fn=sum(1 for y, d in pairs if y and not d),
            tn=sum(1 for y, d in pairs if not y and not d),
        )

    @property
    def precision(self) -> float:
        """Share of handoffs that were positive (0 when there were none)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of positive rows handed off (0 when there were none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_rate(self) -> float:
        """Share of negative rows handed off."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    def table(self) -> str:
        """Returns the matrix as a small markdown table."""
        return (
            "| | handed off | not handed off |\n|---|---|---|\n"
            f"| positive | {self.tp} | {self.fn} |\n"
            f"| negative | {self.fp} | {self.tn} |"
        )
