"""Enrol from CSV: a preview of every row, then all or nothing, one invitation per new enrolment."""

import io

import pytest
from django.core import mail
from django.urls import reverse

from cohorts.enrolment.csv_upload import MAX_ROWS
from cohorts.models import Enrolment
from cohorts.services import enrolment_create
from councils.models import Role, User


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def upload(client, cohort, text: str, name="people.csv"):
    file = io.BytesIO(text.encode("utf-8"))
    file.name = name
    return client.post(reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file})


def confirm(client, cohort, response):
    content = response.context["confirm_form"].initial["content"]
    return client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]),
        {"confirm": "1", "content": content},
    )


# Addresses outside the councils' email domains (cardiff.gov.uk, newport.gov.uk): staff
# enrolling from a file are not held to them, as leads nominating someone new are.
GOOD = """email,full name,council
gareth.bowen@cardiff.gov.test,Gareth Bowen,cardiff
eleri.rees@newport.gov.test,Eleri Rees,Casnewydd
"""


def test_preview_reports_each_bad_row_by_number_and_reason_and_applies_nothing(
    staff_client, cohort, participant, outsider
):
    enrolment_create(cohort=cohort, user=outsider, invite=False)
    text = (
        "Email,Full name,Council\n"
        "good.person@cardiff.gov.test,Good Person,Cardiff\n"  # 2: fine
        "not-an-email,Bad Email,cardiff\n"  # 3
        "someone@x.test,Someone,Atlantis\n"  # 4
        "torfaen.person@x.test,Tor Person,torfaen\n"  # 5: not taking part
        f"{outsider.email},{outsider.full_name},newport\n"  # 6: already enrolled
        "good.person@cardiff.gov.test,Good Person,Cardiff\n"  # 7: duplicate of 2
        f"{participant.email},{participant.full_name},Newport\n"  # 8: wrong council
    )
    before = (User.objects.count(), Enrolment.objects.count())
    response = upload(staff_client, cohort, text)
    page = response.content.decode()
    preview = response.context["preview"]
    errors = {row.number: " ".join(row.problems) for row in preview.errors}
    assert set(errors) == {3, 4, 5, 6, 7, 8}
    assert "not a valid email" in errors[3]
    assert "Unknown council “Atlantis”" in errors[4]
    assert "Torfaen is not taking part" in errors[5]
    assert "Already enrolled" in errors[6]
    assert "Duplicate: the same email is on row 2" in errors[7]
    assert "belongs to Cardiff, not Newport" in errors[8]
    assert "6 rows have errors; they are listed first. Nothing has been enrolled." in page
    assert 'name="confirm"' not in page
    assert (User.objects.count(), Enrolment.objects.count()) == before


def test_a_clean_file_previews_then_applies_with_one_invitation_each(
    staff_client, cohort, django_capture_on_commit_callbacks
):
    response = upload(staff_client, cohort, GOOD)
    preview = response.context["preview"]
    assert preview.can_apply and [r.outcome for r in preview.rows] == ["new", "new"]
    assert not Enrolment.objects.exists()  # the preview changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(staff_client, cohort, response)
    assert response.status_code == 302
    gareth = User.objects.get(email="gareth.bowen@cardiff.gov.test")
    assert gareth.role == Role.PARTICIPANT and gareth.council.slug == "cardiff"
    eleri = User.objects.get(email="eleri.rees@newport.gov.test")
    assert eleri.council.slug == "newport"  # Welsh council name understood
    assert cohort.enrolments.count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [
            "Eleri Rees <eleri.rees@newport.gov.test>",
            "Gareth Bowen <gareth.bowen@cardiff.gov.test>",
        ]
    )
    assert "Sign in" in mail.outbox[0].alternatives[0][0]
    assert not gareth.council.accepts_email(gareth.email)  # staff may go outside the domains


def test_existing_people_are_enrolled_not_duplicated(staff_client, cohort, participant):
    text = f"email,full name,council\n{participant.email.upper()},Whatever,Cardiff\n"
    response = upload(staff_client, cohort, text)
    assert [r.outcome for r in response.context["preview"].rows] == ["existing"]
    confirm(staff_client, cohort, response)
    assert cohort.enrolments.get().user == participant
    assert User.objects.filter(email=participant.email).count() == 1


def test_apply_is_all_or_nothing_if_the_world_changed_since_the_preview(
    staff_client, cohort, make_user, cardiff
):
    response = upload(staff_client, cohort, GOOD)
    # Someone in the file is enrolled by someone else between preview and confirm. (A cohort
    # filled meanwhile is not a problem: the rows beyond it join the waiting list.)
    gareth = make_user("gareth.bowen@cardiff.gov.test", council=cardiff)
    enrolment_create(cohort=cohort, user=gareth, invite=False)
    response = confirm(staff_client, cohort, response)
    assert cohort.enrolments.count() == 1
    assert not User.objects.filter(email="eleri.rees@newport.gov.test").exists()
    assert not cohort.waiting_list.exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("nothing was enrolled" in m for m in messages)


def test_rows_beyond_capacity_join_the_waiting_list_in_the_files_order(
    staff_client, cohort, participant
):
    from cohorts.enrolment.waiting import waiting_list_join

    cohort.capacity = 2
    cohort.save()
    enrolment_create(cohort=cohort, user=participant, invite=False)
    text = GOOD + "third.person@cardiff.gov.test,Third Person,cardiff\n"
    response = upload(staff_client, cohort, text)
    preview = response.context["preview"]
    assert preview.can_apply and preview.places_left == 1
    assert [r.waiting_position for r in preview.rows] == [0, 1, 2]
    assert "joins the waiting list as number 2" in response.content.decode()
    response = confirm(staff_client, cohort, response)
    assert cohort.enrolments.filter(user__email="gareth.bowen@cardiff.gov.test").exists()
    queue = cohort.waiting_list.order_by("joined_at", "pk")
    assert [e.user.email for e in queue] == [
        "eleri.rees@newport.gov.test",
        "third.person@cardiff.gov.test",
    ]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("2 people joined the waiting list, numbers 1 to 2" in m for m in messages)
    # Someone already waiting is an error in a later file; newcomers queue behind.
    later = "email,full name,council\neleri.rees@newport.gov.test,Eleri Rees,newport\n"
    preview = upload(staff_client, cohort, later).context["preview"]
    assert "Already on this cohort's waiting list." in preview.rows[0].problems
    with pytest.raises(Exception):  # noqa: B017 - refused as enrolment_problem refuses
        waiting_list_join(cohort=cohort, user=participant)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The submitted file is empty."),
        ("\n\n", "The file is empty."),
        ("email,council\na@b.test,cardiff\n", "missing: full name"),
        ("email,full name,council\n", "no people"),
    ],
)
def test_unreadable_files_get_a_clear_message(staff_client, cohort, text, message):
    response = upload(staff_client, cohort, text)
    assert message in response.content.decode()
    assert not Enrolment.objects.exists()


def test_too_many_rows_is_refused(staff_client, cohort):
    rows = "".join(f"p{n}@x.test,P {n},cardiff\n" for n in range(MAX_ROWS + 1))
    response = upload(staff_client, cohort, "email,full name,council\n" + rows)
    assert "at most 2000 can be enrolled at once" in response.context["file_error"]


def test_a_file_over_2mb_is_refused(staff_client, cohort):
    text = "email,full name,council\n" + "x" * (2 * 1024 * 1024 + 10)
    response = upload(staff_client, cohort, text)
    assert "larger than 2 MB" in response.context["file_error"]


def test_a_binary_file_is_refused_clearly(staff_client, cohort):
    file = io.BytesIO(bytes(range(256)) * 10)
    file.name = "photo.jpg"
    response = staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file}
    )
    assert response.status_code == 200
    assert response.context.get("file_error") or response.context["preview"].errors


def test_a_tampered_confirmation_changes_nothing(staff_client, cohort):
    response = staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]),
        {"confirm": "1", "content": "not base64!!"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Enrolment.objects.exists()


def test_participants_cannot_reach_the_upload(client, participant, cohort):
    client.force_login(participant)
    response = client.get(reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]))
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (f"long@x.test,{'A' * 151},cardiff", "longer than 150 characters"),
        ('"line@x.test","Two\nLines",cardiff', "line break or control character"),
    ],
)
def test_names_that_would_break_later_are_row_errors(staff_client, cohort, row, problem):
    preview = upload(staff_client, cohort, "email,full name,council\n" + row + "\n").context[
        "preview"
    ]
    assert problem in " ".join(preview.rows[0].problems)
    assert not preview.can_apply


def test_a_utf16_file_gets_told_to_save_as_utf8(staff_client, cohort):
    file = io.BytesIO(GOOD.encode("utf-16"))
    file.name = "people.csv"
    response = staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file}
    )
    assert "CSV UTF-8" in response.context["file_error"]


def _people(n: int, start: int = 0) -> str:
    rows = "".join(f"person{i}@cardiff.gov.test,Person {i},cardiff\n" for i in range(start, n))
    return "email,full name,council\n" + rows


def test_applying_a_file_runs_the_same_number_of_queries_for_50_rows_as_for_5(
    cohort, staff, participant
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cohorts.enrolment import csv_upload as enrolment_csv

    cohort.capacity = 200
    cohort.save()
    counts = []
    for n, first in ((5, 0), (50, 100)):
        # One person already on the portal in each file, the rest new.
        text = _people(first + n - 1, first) + f"{participant.email},Gwen,cardiff\n"
        with CaptureQueriesContext(connection) as queries:
            enrolled = enrolment_csv.apply(text=text, cohort=cohort, by=staff).enrolments
        assert len(enrolled) == n
        counts.append(len(queries))
        cohort.enrolments.filter(user=participant).delete()
    assert counts[0] == counts[1], counts
    enrolment = cohort.enrolments.get(user__email="person120@cardiff.gov.test")
    assert enrolment.required_total > 0 and enrolment.progress == 0
    assert enrolment.events.get().by == staff
    person = enrolment.user
    assert person.role == Role.PARTICIPANT and not person.has_usable_password()
    assert person.emailaddress_set.get().verified


def test_invitations_go_in_batches_once_per_new_enrolment(
    cohort, staff, monkeypatch, django_capture_on_commit_callbacks
):
    from cohorts import services
    from cohorts.enrolment import csv_upload as enrolment_csv

    monkeypatch.setattr(services, "INVITATION_BATCH", 2)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        enrolled = enrolment_csv.apply(text=_people(5), cohort=cohort, by=staff).enrolments
    assert len(callbacks) == 3  # batches of 2, 2 and 1
    assert sorted(m.to[0].split("<")[1].rstrip(">") for m in mail.outbox) == sorted(
        f"person{i}@cardiff.gov.test" for i in range(5)
    )
    # A batch delivered again (a retry) sends nothing twice.
    assert services.invitations_send(enrolment_ids=[e.pk for e in enrolled]) == 0
    assert len(mail.outbox) == 5


def test_a_file_with_cr_only_line_endings_is_read(staff_client, cohort):
    text = GOOD.replace("\n", "\r")  # as Excel for Mac saves it
    preview = upload(staff_client, cohort, text).context["preview"]
    assert preview.can_apply and [r.number for r in preview.rows] == [2, 3]
    assert [r.email for r in preview.rows] == [
        "gareth.bowen@cardiff.gov.test",
        "eleri.rees@newport.gov.test",
    ]


def test_rows_are_numbered_by_their_line_in_the_file(staff_client, cohort):
    text = "email,full name,council\n\ngood@x.test,Good,cardiff\n\nnot-an-email,Bad,cardiff\n"
    preview = upload(staff_client, cohort, text).context["preview"]
    assert [r.number for r in preview.errors] == [5]


def test_a_line_that_is_not_csv_is_named_in_plain_words(staff_client, cohort):
    text = f'email,full name,council\na@x.test,A,cardiff\nb@x.test,"{"B" * 140_000}",cardiff\n'
    error = upload(staff_client, cohort, text).context["file_error"]
    assert error.startswith("Line 3 of the file cannot be read as CSV")
    assert "field limit" not in error and "%(e)s" not in error


def test_utf16_without_a_byte_order_mark_is_still_recognised(staff_client, cohort):
    file = io.BytesIO(GOOD.encode("utf-16-le"))
    file.name = "people.csv"
    response = staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file}
    )
    assert "(UTF-16)" in response.context["file_error"]


def test_a_binary_file_with_nul_bytes_is_not_called_utf16(staff_client, cohort):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(32, 127)) * 4
    file = io.BytesIO(png)
    file.name = "people.csv"
    response = staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file}
    )
    error = response.context["file_error"]
    assert "not a text file we can read" in error and "UTF-16" not in error


def test_someone_added_meanwhile_is_a_message_and_nobody_is_enrolled(
    staff_client, cohort, monkeypatch
):
    from django.db import IntegrityError

    response = upload(staff_client, cohort, GOOD)

    def taken(**kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr("cohorts.enrolment.csv_upload.participants_create", taken)
    response = confirm(staff_client, cohort, response)
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("nothing was enrolled" in m for m in messages)
    assert not cohort.enrolments.exists()


def test_someone_who_left_is_a_row_error_not_enrolled(staff_client, cohort, participant):
    User.objects.filter(pk=participant.pk).update(is_active=False)
    text = f"email,full name,council\n{participant.email},Whatever,Cardiff\n"
    response = upload(staff_client, cohort, text)
    (row,) = response.context["preview"].rows
    assert row.outcome == "error"
    assert f"{participant.email} has left the programme: their account is closed." in row.problems
    assert not cohort.enrolments.exists()
