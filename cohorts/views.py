from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from councils.models import Role
from councils.permissions import role_required

from . import selectors
from .calendar import calendar_for
from .models import Cohort
from .status import cohort_status

HOMES = {
    Role.PARTICIPANT: "dashboard",
    Role.LEAD: "lead_home",
    Role.FUNDER: "reports",
    Role.STAFF: "staff_home",
}


@login_required
def home(request):
    """Each role lands on its own home after signing in."""
    return redirect(HOMES.get(request.user.role, "profile"))


def _with_status(enrolments, today):
    cards = []
    for enrolment in enrolments:
        sessions = list(enrolment.cohort.sessions.all())
        status = cohort_status([s.date for s in sessions], today)
        upcoming = [s for s in sessions if s.date >= today]
        cards.append(
            {
                "enrolment": enrolment,
                "cohort": enrolment.cohort,
                "status": status,
                "next_session": upcoming[0] if upcoming else None,
            }
        )
    return cards


@role_required(Role.PARTICIPANT)
def dashboard(request):
    today = selectors.today()
    cards = _with_status(selectors.participant_enrolments(user=request.user), today)
    current = [c for c in cards if c["status"].code != "finished"]
    finished = [c for c in cards if c["status"].code == "finished"]
    return render(request, "cohorts/dashboard.html", {"current": current, "finished": finished})


@role_required(Role.LEAD)
def lead_home(request):
    enrolments = selectors.lead_enrolments(user=request.user).order_by(
        "cohort__start_date", "user__full_name"
    )
    return render(
        request,
        "cohorts/lead_home.html",
        {
            "council": request.user.council,
            "enrolments": enrolments,
            "open_cohorts": selectors.open_cohorts_for_lead(user=request.user),
        },
    )


@role_required(Role.FUNDER, Role.STAFF, Role.LEAD)
def reports(request):
    """Programme figures by lab. Funders get aggregates with counts of 1 to 4 shown as "<5"."""
    rows = selectors.lab_totals_for(user=request.user)
    return render(
        request,
        "cohorts/reports.html",
        {"rows": rows, "suppressed": request.user.role == Role.FUNDER},
    )


@role_required(Role.STAFF)
def staff_home(request):
    today = selectors.today()
    cohorts = (
        Cohort.objects.select_related("lab")
        .prefetch_related("sessions")
        .annotate(enrolled=Count("enrolments"))
        .order_by("-start_date")
    )
    rows = [
        {"cohort": c, "status": cohort_status([s.date for s in c.sessions.all()], today)}
        for c in cohorts
    ]
    return render(request, "cohorts/staff_home.html", {"rows": rows})


def calendar_feed(request, token):
    """A person's secret calendar feed of all their sessions (token-based, no login)."""
    user, sessions = selectors.sessions_for_calendar_token(token=token)
    body = calendar_for(sessions, _("Infuse sessions for %(name)s") % {"name": user.full_name})
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
def session_ics(request, pk):
    """One session as an .ics file, for "add to calendar"."""
    session = selectors.session_for_user(user=request.user, pk=pk)
    body = calendar_for([session], session.cohort.title)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="infuse-session-{session.pk}.ics"'
    return response
