"""The test watchdog's limits follow a test's own ``timeout`` marker."""

from __future__ import annotations

import pytest

from tests.support.watchdog import HANG_REPORT_S, HANG_STOP_S, limits


def test_a_test_without_a_timeout_marker_gets_the_defaults(
    request: pytest.FixtureRequest,
) -> None:
    assert limits(request.node) == (HANG_REPORT_S, HANG_STOP_S)


@pytest.mark.timeout(1500)
def test_a_longer_timeout_moves_the_report_and_the_stop(
    request: pytest.FixtureRequest,
) -> None:
    assert limits(request.node) == (750.0, 1560.0)
