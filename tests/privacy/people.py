"""A person with something of every kind the portal holds, each carrying a string found nowhere
else, so that tests can look for it in an export, a database dump or the media folder."""

import datetime as dt
import uuid
from dataclasses import dataclass

from django.core.files.base import ContentFile

from cohorts.models import Certificate, Completion, Enrolment, EnrolmentEvent, ToolComment
from cohorts.services import attendance_mark, enrolment_create
from councils.models import Role, User
from councils.services import user_create
from labs.data.models import DataQuestion
from labs.models import Activity

NAME = "Zephyrine Quillfeather"
CERT_NAME = "Zeffi Quillfeather-Ap"
EMAIL = "zephyrine.quillfeather@cardiff.gov.test"
REFLECTION = "My reflection mentions the marmalade incident"
TOOL_TEXT = "How many otters visit the Taff each week"
COMMENT = "A comment about the otters, from the facilitator"
WITHDRAW_NOTE = "Moving to a post in the Orkneys"


@dataclass
class Rich:
    person: User
    enrolment: Enrolment
    certificate: Certificate
    secrets: tuple[str, ...]


def make_rich_person(*, cohort, council, staff) -> Rich:
    person = user_create(email=EMAIL, full_name=NAME, role=Role.PARTICIPANT, council=council)
    person.certificate_name = CERT_NAME
    person.save(update_fields=["certificate_name"])
    enrolment = enrolment_create(cohort=cohort, user=person, invite=False)
    reflection = Activity.objects.filter(module__lab=cohort.lab, kind="reflection").first()
    Completion.objects.create(enrolment=enrolment, activity=reflection, answer=REFLECTION)
    tickable = Activity.objects.filter(module__lab=cohort.lab, kind="checkoff").first()
    Completion.objects.create(enrolment=enrolment, activity=tickable)
    for number in (1, 2):
        attendance_mark(
            enrolment=enrolment, session=cohort.sessions.get(number=number), attended=True, by=staff
        )
    DataQuestion.objects.create(enrolment=enrolment, question=TOOL_TEXT, create_token=uuid.uuid4())
    ToolComment.objects.create(
        enrolment=enrolment, author=staff, body=COMMENT, create_token=uuid.uuid4()
    )
    EnrolmentEvent.objects.create(
        enrolment=enrolment, status="active", by=staff, note=WITHDRAW_NOTE
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_on=dt.date(2026, 11, 10))
    certificate = Certificate.objects.create(enrolment=enrolment, code="INF-ZQZQ-2345")
    # A stand-in for the PDF with the name in plain bytes, so a search of the folder finds it.
    certificate.pdf.save(
        "INF-ZQZQ-2345.pdf", ContentFile(f"%PDF-1.4\n% {CERT_NAME} {NAME}\n".encode())
    )
    enrolment.refresh_from_db()
    return Rich(
        person=person,
        enrolment=enrolment,
        certificate=certificate,
        secrets=(NAME, CERT_NAME, EMAIL, REFLECTION, TOOL_TEXT, COMMENT, WITHDRAW_NOTE),
    )
