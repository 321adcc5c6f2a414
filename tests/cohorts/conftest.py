import pytest

from tests.cohorts.participant_helpers import set_today
from tests.cohorts.reports_data import TODAY, build_programme
from tests.support.work import FreshFormClient


@pytest.fixture
def client():
    """Posts as from a form just loaded (tests/support/work.py): a reflection's form carries
    the version it was drawn from, a create form its one-time token."""
    return FreshFormClient()


@pytest.fixture
def programme(monkeypatch, db):
    """The reports' programme (tests/cohorts/reports_data.py), on its day. A module with a
    programme of its own (monitoring returns, outcomes) defines its own fixture."""
    set_today(monkeypatch, TODAY)
    return build_programme()
