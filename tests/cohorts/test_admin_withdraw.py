"""Programme staff withdraw and re-instate one person with a button, and confirm before
invitations are sent again (issue 22, points 1 and 9)."""

import datetime as dt
import html
import re

import pytest
from django.core import mail
from django.urls import reverse

from cohorts.models import Enrolment, EnrolmentEvent, EnrolmentStatus
from cohorts.services import enrolment_create, enrolment_withdraw


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def quiet_enrolment(cohort, participant):
    return enrolment_create(cohort=cohort, user=participant, invite=False)


def withdraw_url(enrolment, **query):
    url = reverse("admin:cohorts_enrolment_withdraw", args=[enrolment.pk])
    return url + ("?next=" + query["next"] if "next" in query else "")


def reinstate_url(enrolment):
    return reverse("admin:cohorts_enrolment_reinstate", args=[enrolment.pk])


def events(enrolment, status):
    return EnrolmentEvent.objects.filter(enrolment=enrolment, status=status).count()


def test_the_enrolment_page_has_a_withdraw_button_and_no_save_buttons(
    staff_client, quiet_enrolment
):
    page = staff_client.get(
        reverse("admin:cohorts_enrolment_change", args=[quiet_enrolment.pk])
    ).content.decode()
    assert f'href="{withdraw_url(quiet_enrolment)}"' in page
    for save in ('name="_save"', 'name="_continue"', 'name="_addanother"'):
        assert save not in page
    assert 'class="closelink"' in page


def test_a_withdrawn_persons_page_offers_re_instate_instead(staff_client, quiet_enrolment, staff):
    enrolment_withdraw(enrolment=quiet_enrolment, by=staff, reason="Moved job")
    page = staff_client.get(
        reverse("admin:cohorts_enrolment_change", args=[quiet_enrolment.pk])
    ).content.decode()
    assert f'href="{reinstate_url(quiet_enrolment)}"' in page
    assert f'href="{withdraw_url(quiet_enrolment)}"' not in page


def test_the_cohort_page_lists_a_withdraw_button_per_person_that_comes_back_to_it(
    staff_client, cohort, quiet_enrolment
):
    cohort_url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    page = staff_client.get(cohort_url).content.decode()
    assert f'href="{withdraw_url(quiet_enrolment)}?next=%2Fadmin%2F' in page
    assert 'aria-label="Withdraw Gwenllian Owner"' in page

    response = staff_client.post(
        withdraw_url(quiet_enrolment),
        {"reason": "Moved job", "on": "2026-10-20", "next": cohort_url},
    )
    assert response.status_code == 302 and response["Location"] == cohort_url
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.WITHDRAWN
    assert quiet_enrolment.withdrawn_reason == "Moved job"
    assert quiet_enrolment.withdrawn_on == dt.date(2026, 10, 20)
    page = staff_client.get(cohort_url).content.decode()
    assert "Gwenllian Owner withdrawn from Data Lab test cohort." in page
    assert 'aria-label="Re-instate Gwenllian Owner"' in page


def test_the_withdraw_page_is_in_the_admins_style_with_the_cohort_in_its_breadcrumb(
    staff_client, cohort, quiet_enrolment
):
    page = staff_client.get(withdraw_url(quiet_enrolment)).content.decode()
    assert "admin/css/forms.css" in page
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', page, re.S).group(1)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", crumbs))).strip()
    assert text == (
        f"Home › Cohorts › Cohorts › Data Lab test cohort › {quiet_enrolment} › Withdraw"
    )
    assert reverse("admin:cohorts_cohort_change", args=[cohort.pk]) in crumbs
    assert reverse("admin:cohorts_enrolment_change", args=[quiet_enrolment.pk]) in crumbs


@pytest.mark.parametrize("reason", ["", "   "])
def test_withdrawing_needs_a_reason(staff_client, quiet_enrolment, reason):
    response = staff_client.post(
        withdraw_url(quiet_enrolment), {"reason": reason, "on": "2026-10-20"}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.INVITED
    assert events(quiet_enrolment, EnrolmentStatus.WITHDRAWN) == 0


def test_a_double_submit_or_a_second_tab_withdraws_once(
    staff_client, quiet_enrolment, django_capture_on_commit_callbacks
):
    form = {"reason": "Moved job", "on": "2026-10-20"}
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(withdraw_url(quiet_enrolment), form)
        second = staff_client.post(
            withdraw_url(quiet_enrolment), {**form, "reason": "Second tab"}, follow=True
        )
    assert "Gwenllian Owner is already withdrawn." in second.content.decode()
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.withdrawn_reason == "Moved job"
    assert events(quiet_enrolment, EnrolmentStatus.WITHDRAWN) == 1


def test_the_withdraw_service_itself_withdraws_once_from_a_stale_copy(quiet_enrolment, staff):
    """Two requests that both loaded the enrolment before either saved (the second tab's race):
    the row is re-read under a lock, so the second changes nothing and writes no event."""
    stale = Enrolment.objects.get(pk=quiet_enrolment.pk)
    assert enrolment_withdraw(enrolment=quiet_enrolment, by=staff, reason="Moved job")
    assert not enrolment_withdraw(enrolment=stale, by=staff, reason="Second tab")
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.withdrawn_reason == "Moved job"
    assert events(quiet_enrolment, EnrolmentStatus.WITHDRAWN) == 1


def test_re_instating_brings_them_back_with_their_invitation_once(
    staff_client, enrolment, staff, django_capture_on_commit_callbacks
):
    # A cohort still running: its last sessions are to come.
    for session in enrolment.cohort.sessions.filter(number__gte=4):
        session.date = dt.date.today() + dt.timedelta(days=7 * session.number)
        session.save(update_fields=["date"])
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Moved job")
    mail.outbox.clear()
    page = staff_client.get(reinstate_url(enrolment)).content.decode()
    assert "They were withdrawn because: Moved job" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reinstate_url(enrolment), follow=True)
        again = staff_client.post(reinstate_url(enrolment), follow=True)
    assert "Gwenllian Owner re-instated in Data Lab test cohort" in response.content.decode()
    assert "Gwenllian Owner is not withdrawn: there is nothing to undo." in again.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.INVITED
    assert enrolment.withdrawn_on is None and enrolment.withdrawn_reason == ""
    assert events(enrolment, EnrolmentStatus.INVITED) == 2  # enrolled, re-instated
    assert [m.to for m in mail.outbox] == [["Gwenllian Owner <gwen.owner@cardiff.test>"]]


def test_re_instating_into_a_full_cohort_is_refused_with_a_clear_message(
    staff_client, cohort, quiet_enrolment, staff, make_user, cardiff
):
    enrolment_withdraw(enrolment=quiet_enrolment, by=staff, reason="Moved job")
    cohort.capacity = 1
    cohort.save(update_fields=["capacity"])
    enrolment_create(cohort=cohort, user=make_user("newcomer@cardiff.test", council=cardiff))
    message = (
        "Gwenllian Owner cannot be re-instated: Data Lab test cohort is full (all 1 places are "
        "taken). Raise its capacity or withdraw someone first."
    )
    page = staff_client.get(reinstate_url(quiet_enrolment)).content.decode()
    assert message in page
    assert 'type="submit"' not in page.split('id="content-main"')[1]

    response = staff_client.post(reinstate_url(quiet_enrolment), follow=True)
    assert message in response.content.decode()
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.WITHDRAWN
    assert quiet_enrolment.withdrawn_reason == "Moved job"


def test_a_link_to_another_site_is_not_followed_after_withdrawing(staff_client, quiet_enrolment):
    response = staff_client.post(
        withdraw_url(quiet_enrolment),
        {"reason": "Moved job", "on": "2026-10-20", "next": "https://evil.test/admin/"},
    )
    assert response["Location"] == reverse(
        "admin:cohorts_enrolment_change", args=[quiet_enrolment.pk]
    )


@pytest.mark.parametrize("who", ["participant", "lead", "outsider_lead", "funder"])
def test_anyone_but_staff_is_sent_to_sign_in_and_changes_nothing(
    client, request, who, quiet_enrolment
):
    client.force_login(request.getfixturevalue(who))
    for url in (withdraw_url(quiet_enrolment), reinstate_url(quiet_enrolment)):
        response = client.post(url, {"reason": "Moved job", "on": "2026-10-20"})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.INVITED


def test_an_enrolment_that_does_not_exist_is_404(staff_client):
    assert (
        staff_client.get(reverse("admin:cohorts_enrolment_withdraw", args=[999999])).status_code
        == 404
    )
    assert (
        staff_client.post(reverse("admin:cohorts_enrolment_reinstate", args=[999999])).status_code
        == 404
    )


# --- Resend invitations (point 9) -------------------------------------------------------------


def resend(client, cohorts, **extra):
    return client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "resend_invitations", "_selected_action": [c.pk for c in cohorts], **extra},
    )


def test_resend_invitations_asks_first_and_says_how_many_will_be_emailed(
    staff_client,
    cohort,
    participant,
    outsider,
    make_user,
    cardiff,
    staff,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
        enrolment_create(cohort=cohort, user=outsider)
        gone = enrolment_create(cohort=cohort, user=make_user("gone@cardiff.test", council=cardiff))
    enrolment_withdraw(enrolment=gone, by=staff, reason="Left")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = resend(staff_client, [cohort])
    page = response.content.decode()
    assert response.status_code == 200
    assert "2 people will be emailed their invitation again." in page
    assert "Data Lab test cohort: 2 people invited or active" in page
    assert "admin/css/forms.css" in page
    assert mail.outbox == []

    shown_at = re.search(r'name="shown_at" value="([^"]+)"', page).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        done = staff_client.post(
            reverse("admin:cohorts_cohort_changelist"),
            {
                "action": "resend_invitations",
                "_selected_action": [cohort.pk],
                "shown_at": shown_at,
                "apply": "1",
            },
            follow=True,
        )
    assert "2 invitations will be sent again." in done.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "Gwenllian Owner <gwen.owner@cardiff.test>",
        "Osian Outsider <osian.outsider@newport.test>",
    ]


def test_sending_the_same_resend_confirmation_twice_emails_each_person_once(
    staff_client, cohort, participant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
    mail.outbox.clear()
    shown_at = re.search(
        r'name="shown_at" value="([^"]+)"', resend(staff_client, [cohort]).content.decode()
    ).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        resend(staff_client, [cohort], shown_at=shown_at, apply="1")
        resend(staff_client, [cohort], shown_at=shown_at, apply="1")
    assert len(mail.outbox) == 1


def test_a_resend_of_a_cohort_with_nobody_to_email_offers_no_send_button(staff_client, cohort):
    page = resend(staff_client, [cohort]).content.decode()
    assert "0 people will be emailed their invitation again." in page
    assert 'name="apply"' not in page


def test_someone_who_left_is_not_re_instated(staff_client, cohort, quiet_enrolment, staff):
    from cohorts.services import person_mark_left

    person_mark_left(user=quiet_enrolment.user, by=staff)
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.WITHDRAWN
    page = staff_client.get(
        reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    ).content.decode()
    assert reinstate_url(quiet_enrolment) not in page  # no button for them
    response = staff_client.post(reinstate_url(quiet_enrolment), follow=True)
    assert "has left the programme (their account is closed): they cannot come back." in (
        response.content.decode()
    )
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.WITHDRAWN


def test_someone_who_completed_has_no_withdraw_and_is_not_withdrawn(staff_client, quiet_enrolment):
    Enrolment.objects.filter(pk=quiet_enrolment.pk).update(status=EnrolmentStatus.COMPLETED)
    page = staff_client.get(
        reverse("admin:cohorts_cohort_change", args=[quiet_enrolment.cohort_id])
    ).content.decode()
    assert withdraw_url(quiet_enrolment) not in page
    response = staff_client.post(
        withdraw_url(quiet_enrolment), {"reason": "Moved job", "on": "2026-10-20"}, follow=True
    )
    assert "has completed this Lab: there is nothing to withdraw from." in (
        response.content.decode()
    )
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status == EnrolmentStatus.COMPLETED


def test_re_instating_on_a_finished_cohort_puts_the_record_right_and_emails_nobody(
    staff_client, cohort, quiet_enrolment, staff, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.core import mail
    from django.utils import timezone

    enrolment_withdraw(enrolment=quiet_enrolment, by=staff, reason="Moved job")
    for session in cohort.sessions.all():
        session.date = timezone.localdate() - dt.timedelta(days=60 - 7 * session.number)
        session.save(update_fields=["date"])
    page = staff_client.get(reinstate_url(quiet_enrolment)).content.decode()
    assert "The cohort has finished, so nobody is emailed." in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reinstate_url(quiet_enrolment))
    quiet_enrolment.refresh_from_db()
    assert quiet_enrolment.status != EnrolmentStatus.WITHDRAWN
    assert mail.outbox == []
