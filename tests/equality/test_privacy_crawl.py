"""Nobody but the person sees their equality answers: with a sentinel person whose answers are
distinctive, a crawl as every other role — programme staff through every admin list, change
page and history page, their exports and reports; the person's lead; a funder; a colleague —
finds no page or file that joins their name to their answers (or their follow-up's free text).
The same person's own download does, so the check is shown to look."""

import datetime as dt
import io

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from pypdf import PdfReader

from cohorts.learning import outcomes
from cohorts.models import AssessmentKind, EnrolmentStatus, FollowUp
from cohorts.services import enrolment_create
from councils.models import Role
from equality.models import EqualityResponse
from tests.cohorts.test_reports_sentinel import _squeezed, crawl

NAME = "Quenby Okapi-Sentinel"
EMAIL = "quenby.okapi.sentinel@cardiff.test"
FREE_TEXT = "SENTINEL-CHANGED-pangolin"
# The sentinel's answers, as their labels read.
ANSWERS = {
    "ethnic_group": ("black", "Black, Black Welsh, Black British, Caribbean or African"),
    "welsh_ability": ("fair", "Can speak a fair amount"),
    "qualification": ("level_7_8", "Postgraduate degree (levels 7 and 8)"),
    "job_level": ("director", "Director or chief officer"),
}
QUESTION_WORDS = ["Ethnic group", "Can you speak Welsh?", "Highest qualification", "Job level"]


@pytest.fixture
def sentinel(make_cohort, make_user, cardiff, newport):
    cohort = make_cohort(councils=[cardiff, newport], start=dt.date(2025, 10, 7))
    person = make_user(EMAIL, council=cardiff, name=NAME)
    others = [make_user(f"other{n}@cardiff.test", council=cardiff) for n in range(6)]
    statements = outcomes.statements_for(lab_id=cohort.lab_id)
    for user in [person, *others]:
        enrolment = enrolment_create(cohort=cohort, user=user, invite=False)
        outcomes.assessment_submit(
            enrolment=enrolment, kind=AssessmentKind.BASELINE, answers={s.pk: 2 for s in statements}
        )
        enrolment.status = EnrolmentStatus.COMPLETED
        enrolment.completed_on = dt.date(2025, 11, 11)
        enrolment.save()
        outcomes.assessment_submit(
            enrolment=enrolment, kind=AssessmentKind.EXIT, answers={s.pk: 4 for s in statements}
        )
        FollowUp.objects.create(
            enrolment=enrolment,
            claim="00000000-0000-4000-8000-000000000020",
            status="sent",
            sent_at=timezone.now(),
        )
        outcomes.follow_up_submit(
            enrolment=enrolment,
            applied="applied",
            why_not="",
            changed=FREE_TEXT if user == person else "",
            answers={s.pk: 4 for s in statements},
        )
        if user != person:
            EqualityResponse.objects.create(user=user, ethnic_group="white", sex="female")
    EqualityResponse.objects.create(
        user=person, sex="male", **{name: code for name, (code, _label) in ANSWERS.items()}
    )
    return person, cohort


def joined(pages: dict[str, str], *, strict: bool = False) -> dict[str, list[str]]:
    """Pages or files where the person's name (or email) stands with one of their answers or a
    question of the form, and any with their follow-up's free text. `strict`: anywhere on the
    same page (the admin has no aggregate tables); otherwise in the same table row or line (a
    lead's report names their people and also has tables of counts whose row labels are the
    answers' labels: no join, as long as they never share a row)."""
    hits: dict[str, list[str]] = {}
    needles = [label for _code, label in ANSWERS.values()] + QUESTION_WORDS
    for url, text in pages.items():
        if FREE_TEXT in _squeezed(text):
            hits.setdefault(url, []).append(FREE_TEXT)
        parts = [text] if strict else text.split("<tr")[1:] + text.splitlines()
        for part in parts:
            squeezed = _squeezed(part)
            if _squeezed(NAME) not in squeezed and EMAIL not in squeezed:
                continue
            for needle in needles:
                if _squeezed(needle) in squeezed:
                    hits.setdefault(url, []).append(needle)
    return hits


def admin_pages(client) -> dict[str, str]:
    """Every admin list, and the change and history page of every object (up to 20 a model),
    the sentinel's own user and enrolment included."""
    pages: dict[str, str] = {}

    def get(url):
        response = client.get(url)
        assert response.status_code in (200, 302), (url, response.status_code)
        pages[url] = response.content.decode("utf-8-sig", "replace")

    get(reverse("admin:index"))
    for model in admin.site._registry:
        meta = model._meta
        try:
            get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        except NoReverseMatch:
            continue
        for obj in model.objects.order_by("-pk")[:20]:
            for view in ("change", "history"):
                get(reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk]))
    return pages


def test_no_role_but_the_person_sees_their_answers_joined_to_their_name(
    client, sentinel, staff, lead, funder, make_user, cardiff, django_capture_on_commit_callbacks
):
    person, cohort = sentinel
    # Staff: the whole admin, every history page, the roster export, the report and its files.
    client.force_login(staff)
    pages = admin_pages(client)
    assert len(pages) > 60
    assert any("/history/" in url and NAME in text for url, text in pages.items())
    roster = client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [cohort.pk]},
    )
    pages["roster.csv"] = roster.content.decode("utf-8-sig")
    assert NAME in pages["roster.csv"]
    assert joined(pages, strict=True) == {}
    reports = crawl(client, django_capture_on_commit_callbacks, start=("/reports/",), limit=40)
    assert joined(reports) == {}
    # Equality answers have no admin page at all.
    assert not any("equalityresponse" in url for url in pages)
    # The person's lead, a funder, a colleague.
    for viewer in (lead, funder, make_user("colleague@cardiff.test", council=cardiff)):
        client.force_login(viewer)
        start = (
            ("/home/", "/reports/", "/profile/")
            if viewer.role != Role.PARTICIPANT
            else ("/home/", "/profile/", "/profile/equality/download/")
        )
        found = crawl(client, django_capture_on_commit_callbacks, start=start, limit=40)
        assert len(found) > 2
        assert joined(found) == {}, viewer.role
    # The person's own download does join them (the check looks).
    client.force_login(person)
    own = client.get(reverse("equality_download")).content.decode()
    assert all(label in own for _code, label in ANSWERS.values())


def test_the_sentinels_small_categories_are_withheld_for_every_audience(
    client, sentinel, staff, lead, funder
):
    for viewer in (staff, lead, funder):
        client.force_login(viewer)
        page = client.get(reverse("reports")).content.decode()
        table = page.split('id="equality_ethnic_group-table"')[1].split("</table>")[0]
        row = table.split(ANSWERS["ethnic_group"][1])[1].split("</tr>")[0]
        assert "&lt;5" in row, viewer.role  # one person: withheld
        total = table.split("All participants")[1].split("</tr>")[0]
        assert 'data-figure="7"' in total, viewer.role  # the total exact


def test_pdf_text_of_the_staff_report_has_no_join(
    client, sentinel, staff, django_capture_on_commit_callbacks
):
    from cohorts.reports import report_filters, report_for, report_options
    from cohorts.reports.exports import report_pdf

    options = report_options(user=staff, today=timezone.localdate())
    report = report_for(
        user=staff, filters=report_filters(options=options, data={}), options=options
    )
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(report_pdf(report))).pages)
    assert "Participants by" in _squeezed(text) or "Participantsby" in _squeezed(text)
    assert joined({"report.pdf": text}) == {}
