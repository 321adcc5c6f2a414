"""Certificates: issued once per completed enrolment, built as a one-page PDF, verifiable by anyone."""

import datetime as dt
import secrets

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation

from councils.emails import send_email
from councils.models import User
from councils.pdf import render_pdf

from ..models import Certificate, CertificateNameChange, Enrolment, EnrolmentEvent, EnrolmentStatus

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
SWEEP_AFTER = dt.timedelta(minutes=30)  # leave the task queued at completion time to finish
SWEEP_FOR = dt.timedelta(days=30)  # after that an unsent certificate is left for staff


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"INF-{raw[:4]}-{raw[4:]}"


def verify_url(code: str) -> str:
    return settings.SITE_URL + reverse("certificate_verify", args=[code])


def certificate_html(certificate: Certificate) -> str:
    enrolment = certificate.enrolment
    cohort, user = enrolment.cohort, enrolment.user
    council = enrolment.council or user.council
    sessions = sorted(s.date for s in cohort.sessions.all())
    url = verify_url(certificate.code)
    qr = segno.make(url, error="m")
    with translation.override(user.language or "en"):
        return render_to_string(
            "pdf/certificate.html",
            {
                "language": user.language or "en",
                "name": certificate.awarded_name or user.name_for_certificate,
                # The council they took part for (kept as it was if they move council later).
                "council": council.display_name if council else "",
                "lab": cohort.lab.display_name,
                "theme": cohort.get_theme_display(),
                "start": formats.date_format(sessions[0], "j F Y") if sessions else "",
                "end": formats.date_format(sessions[-1], "j F Y") if sessions else "",
                "code": certificate.code,
                "verify_url": url,
                "qr_data_uri": qr.svg_data_uri(dark="#1d2b2a", border=0),
            },
        )


def certificate_build_pdf(*, certificate: Certificate) -> Certificate:
    """(Re)build the PDF: the same code, a new file."""
    pdf = render_pdf(certificate_html(certificate))
    old = certificate.pdf.name if certificate.pdf else None
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    certificate.pdf_built_at = timezone.now()
    certificate.save(update_fields=["pdf", "pdf_built_at"])
    if old and old != certificate.pdf.name:
        certificate.pdf.storage.delete(old)
    return certificate


def issue_certificate(*, enrolment_id: int) -> Certificate | None:
    """Issue the certificate of a completed enrolment: one certificate and one email, however
    many times this runs (a retried task, a duplicate trigger). Idempotent.
    """
    enrolment = (
        Enrolment.objects.select_related("cohort__lab", "user__council")
        # An erased person gets no new certificate file or email (privacy.erasure).
        .filter(pk=enrolment_id, status=EnrolmentStatus.COMPLETED, user__erased_at__isnull=True)
        .first()
    )
    if enrolment is None:
        return None
    certificate = Certificate.objects.filter(enrolment=enrolment).first()
    if certificate is None:
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    enrolment=enrolment,
                    code=new_code(),
                    awarded_name=enrolment.user.name_for_certificate,
                )
        except IntegrityError:  # someone else issued it at the same moment
            certificate = Certificate.objects.get(enrolment=enrolment)
    certificate.enrolment = enrolment
    if not certificate.pdf:
        certificate_build_pdf(certificate=certificate)
    if certificate.emailed_at is None and not certificate.is_revoked:
        # Claim the email before sending, so a second run never sends it again.
        won = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
        if won:
            with certificate.pdf.open("rb") as file:
                pdf = file.read()
            try:
                send_email(
                    name="certificate",
                    to=enrolment.user,
                    context={
                        "enrolment": enrolment,
                        "certificate": certificate,
                        "verify_url": verify_url(certificate.code),
                    },
                    attachments=[
                        (
                            f"infuse-certificate-{certificate.code}.pdf",
                            pdf,
                            "application/pdf",
                        )
                    ],
                )
            except Exception:
                # Give the claim back so that the retry sends it.
                Certificate.objects.filter(pk=certificate.pk).update(emailed_at=None)
                raise
    return certificate


def certificates_unfinished(*, now: dt.datetime | None = None) -> list[int]:
    """Enrolments completed in the last SWEEP_FOR whose certificate is missing, has no PDF or
    was never emailed (not revoked) once SWEEP_AFTER has passed: their task ran out of retries,
    or was lost. Issuing them again is safe (issue_certificate is idempotent).

    A certificate whose email was claimed by a worker that then died is not among them: its
    emailed_at is set (docs/architecture.md says why that email is let go).
    """
    now = now or timezone.now()
    just_completed = EnrolmentEvent.objects.filter(
        enrolment=OuterRef("pk"), status=EnrolmentStatus.COMPLETED, at__gte=now - SWEEP_AFTER
    )
    unfinished = Q(certificate__isnull=True) & ~Exists(just_completed)
    unfinished |= (
        Q(certificate__revoked_at__isnull=True)
        & Q(certificate__issued_at__lt=now - SWEEP_AFTER)
        & (Q(certificate__pdf="") | Q(certificate__emailed_at__isnull=True))
    )
    since = timezone.localdate(now) - SWEEP_FOR
    return list(
        Enrolment.objects.filter(unfinished, status=EnrolmentStatus.COMPLETED)
        .filter(completed_on__gte=since, user__erased_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, by: User) -> bool:
    """Staff approve reissuing a certificate under the holder's current profile name: the change
    is recorded (CertificateNameChange: the name before and after, who, when), the name
    awarded is updated and the PDF rebuilt with the same code. Returns False, changing
    nothing, if the names already agree or the certificate is revoked. For programme staff."""
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("enrolment__cohort__lab", "enrolment__user__council")
        .get(pk=certificate.pk)
    )
    new_name = certificate.enrolment.user.name_for_certificate
    if certificate.is_revoked or certificate.awarded_name == new_name:
        return False
    CertificateNameChange.objects.create(
        certificate=certificate,
        old_name=certificate.awarded_name,
        new_name=new_name,
        approved_by=by,
    )
    certificate.awarded_name = new_name
    certificate.save(update_fields=["awarded_name"])
    certificate_build_pdf(certificate=certificate)
    return True


def certificate_revoke(*, certificate: Certificate, reason: str) -> None:
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_reason"])
