"""A submitted monitoring return for the tenancy walk (staff only; one for the whole programme,
so both sides share it)."""

from django.core.files.base import ContentFile

from cohorts.models import MonitoringReturn
from councils.models import Role, User


def make(enrolment) -> dict:
    submitted = MonitoringReturn.objects.filter(period="fy-2020-q1").first()
    if submitted is None:
        staff = User.objects.filter(role=Role.STAFF).first() or User.objects.create(
            email="returns-walk@infuse.test", role=Role.STAFF
        )
        submitted = MonitoringReturn.objects.create(
            period="fy-2020-q1",
            label="Q1 2020–21",
            submitted_by=staff,
            pdf=ContentFile(b"%PDF-1.4 return", name="walk-return.pdf"),
            workbook=ContentFile(b"PK walk", name="walk-return.xlsx"),
        )
    return {"monitoring_return": submitted}
