import pytest

from tests.support.work import FreshFormClient


@pytest.fixture
def client():
    """Posts as from a form just loaded (tests/support/work.py): a reflection's form carries
    the version it was drawn from, a create form its one-time token."""
    return FreshFormClient()
