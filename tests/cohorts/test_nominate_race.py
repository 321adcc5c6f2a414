"""Two nominations of one new address at once (a double click, two leads' tabs): one person,
one enrolment, one success; the other post gets a clear answer, never a 500."""

import datetime as dt
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Enrolment
from cohorts.programme import views as programme_views
from councils.models import User


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_nominations_of_one_address_make_one_person(
    make_cohort, cardiff, newport, lead, monkeypatch
):
    cohort = make_cohort(
        start=timezone.localdate() + dt.timedelta(days=21), councils=[cardiff, newport]
    )
    # Both posts pass the form's checks (the address is new to both) before either makes the
    # person: they meet here, so the race is run every time.
    barrier = threading.Barrier(2)
    real_user_create = programme_views.user_create

    def user_create_together(**kwargs):
        barrier.wait(timeout=10)
        return real_user_create(**kwargs)

    monkeypatch.setattr(programme_views, "user_create", user_create_together)
    data = {"which": "new", "full_name": "Bethan Newydd", "email": "bethan.newydd@cardiff.gov.uk"}
    responses, errors = [], []

    def nominate():
        try:
            client = Client(raise_request_exception=False)
            client.force_login(lead)
            responses.append(client.post(reverse("nominate", args=[cohort.pk]), data))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=nominate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(r.status_code for r in responses) == [200, 302]
    refused = next(r for r in responses if r.status_code == 200).content.decode()
    assert "Someone with this email is already on the portal." in refused
    person = User.objects.get(email="bethan.newydd@cardiff.gov.uk")
    assert Enrolment.objects.filter(cohort=cohort, user=person).count() == 1
