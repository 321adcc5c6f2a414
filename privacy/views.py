from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST

from councils.audit import SUBJECT_ACCESS_EXPORT, audit_event

from .export import subject_access_zip


def privacy_notice(request):
    """The privacy notice, with the data protection officer and the periods the code applies
    (the same settings the retention job reads)."""
    days = settings.PRIVACY_RETENTION_DAYS
    return render(
        request,
        "pages/privacy.html",
        {
            "dpo_name": settings.DPO_NAME,
            "dpo_email": settings.DPO_EMAIL,
            "retention_days": days,
            "retention_years": days // 365 if days % 365 == 0 else None,
            "programme_end": settings.PROGRAMME_END_DATE,
            "grant_audit_until": settings.GRANT_AUDIT_RETENTION_UNTIL,
        },
    )


@login_required
def my_data(request):
    """What the portal holds about the signed-in person, and the button to download it."""
    return render(request, "privacy/my_data.html")


@login_required
@require_POST
def my_data_download(request):
    """Everything the portal holds about the signed-in person, as a ZIP; only ever their own."""
    data = subject_access_zip(user=request.user)
    audit_event(SUBJECT_ACCESS_EXPORT, obj=request.user, actor=request.user, subject=request.user)
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="infuse-my-data-{stamp}.zip"'
    return response
