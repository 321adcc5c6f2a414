"""Programme work outside the admin: the register in the room, and leads' nominations."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from councils.models import Role
from councils.permissions import role_required
from councils.services import user_create, user_set_nudges
from infuse.concurrency import token_from
from infuse.forms import NULL_CHARACTER_MESSAGE

from .. import selectors
from ..enrolment.waiting import (
    OfferClosed,
    enrol_or_wait,
    offer_accept,
    queue_position,
    waiting_message,
)
from ..forms import CertificateLookupForm, NominateExistingForm, NominateNewForm
from ..learning.tools import tool_comment_add, tool_context
from ..messaging.nudges import user_for_unsubscribe_token
from ..services import attendance_mark, cohort_is_full, places_held, register_refusal


@role_required(Role.STAFF)
def register(request, pk):
    """One session's register, for staff and the cohort's facilitators, usable on a phone."""
    session = selectors.session_for_register(user=request.user, pk=pk)
    enrolments = list(selectors.register_enrolments(user=request.user, session=session))
    marks = selectors.register_marks(user=request.user, session=session)
    closed = register_refusal(session=session)
    if request.method == "POST" and closed:
        # A mark counts towards completion: none for a meeting that has not happened.
        messages.error(request, closed)
        return redirect("register", pk=session.pk)
    if request.method == "POST":
        present = {int(pk) for pk in request.POST.getlist("attended") if pk.isdigit()}
        changed = 0
        with transaction.atomic():
            for enrolment in enrolments:
                attended = enrolment.pk in present
                if marks.get(enrolment.pk) != attended:
                    attendance_mark(
                        enrolment=enrolment, session=session, attended=attended, by=request.user
                    )
                    changed += 1
        messages.success(
            request,
            _("Register saved: %(n)s of %(total)s present.")
            % {"n": len(present & {e.pk for e in enrolments}), "total": len(enrolments)},
        )
        return redirect("register", pk=session.pk)
    rows = [{"enrolment": e, "attended": marks.get(e.pk, False)} for e in enrolments]
    return render(
        request,
        "cohorts/programme/register.html",
        {"session": session, "rows": rows, "marked": bool(marks), "closed": closed},
    )


@role_required(Role.LEAD)
def nominate(request, pk):
    """A council lead enrols staff of their own council into an open cohort."""
    cohort = selectors.open_cohort_for_lead(user=request.user, pk=pk)
    colleagues = selectors.colleagues_for_lead(user=request.user, cohort=cohort)
    existing_form = NominateExistingForm(colleagues=colleagues)
    new_form = NominateNewForm(council=request.user.council)
    if request.method == "POST":
        person = None
        if request.POST.get("which") == "existing":
            existing_form = NominateExistingForm(request.POST, colleagues=colleagues)
            if existing_form.is_valid():
                person = existing_form.cleaned_data["person"]
                # Someone already on this Lab, or whose sessions would clash, is nominated only
                # once the lead has read why and chosen "Nominate anyway" for those warnings.
                warnings = selectors.enrolment_warnings(
                    user=request.user, cohort=cohort, people=[person]
                )[person.pk]
                digest = selectors.warnings_digest(warnings)
                if warnings and request.POST.get("go_on") != digest:
                    return render(
                        request,
                        "cohorts/programme/nominate.html",
                        {
                            "cohort": cohort,
                            "person": person,
                            "warnings": warnings,
                            "digest": digest,
                            "full": cohort_is_full(cohort=cohort),
                        },
                    )
        else:
            new_form = NominateNewForm(request.POST, council=request.user.council)
        if person is not None or (new_form.is_bound and new_form.is_valid()):
            try:
                with transaction.atomic():
                    if person is None:
                        person = user_create(
                            email=new_form.cleaned_data["email"],
                            full_name=new_form.cleaned_data["full_name"],
                            role=Role.PARTICIPANT,
                            council=request.user.council,
                        )
                    placed = enrol_or_wait(
                        cohort=cohort, user=person, by=request.user, nominated=True
                    )
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            except IntegrityError:
                # The address was put on the portal between the form's check and now (a
                # second click, another tab): the form, checked again, says so in its own
                # words, which tell a lead nothing about other councils' people.
                new_form = NominateNewForm(request.POST, council=request.user.council)
                if new_form.is_valid():  # pragma: no cover - the address is taken by now
                    messages.error(
                        request, _("We cannot nominate this address. Ask the programme team.")
                    )
            else:
                if placed.entry is not None:
                    # Back to this page, which lists the council's people waiting.
                    messages.success(request, waiting_message(placed=placed))
                    return redirect("nominate", pk=cohort.pk)
                messages.success(
                    request,
                    _("%(name)s is enrolled in %(cohort)s and will get an invitation by email.")
                    % {"name": person.full_name, "cohort": cohort.title},
                )
                return redirect("lead_home")
    full = cohort_is_full(cohort=cohort)
    return render(
        request,
        "cohorts/programme/nominate.html",
        {
            "cohort": cohort,
            "existing_form": existing_form,
            "new_form": new_form,
            "full": full,
            "places_left": 0 if full else cohort.capacity - places_held(cohort=cohort),
            "waiting": selectors.waiting_list_for_lead(user=request.user, cohort=cohort),
            "offer_days": settings.WAITING_LIST_OFFER_DAYS,
        },
    )


@role_required(Role.PARTICIPANT)
def waiting_offer(request, pk):
    """A person's own place on a waiting list: the offer of a freed place, accepted here (POST)
    before it lapses. Anyone else's answers 404."""
    entry = selectors.waiting_offer_for_user(user=request.user, pk=pk)
    if request.method == "POST":
        try:
            enrolment = offer_accept(entry=entry)
        except OfferClosed as exc:
            messages.error(request, str(exc))
            return redirect("waiting_offer", pk=entry.pk)
        messages.success(
            request,
            _("You have a place in %(cohort)s. Your invitation is on its way by email.")
            % {"cohort": entry.cohort.title},
        )
        return redirect("lab_detail", pk=enrolment.pk)
    return render(
        request,
        "cohorts/programme/waiting_offer.html",
        {
            "entry": entry,
            "position": queue_position(entry=entry),
            "first_session": entry.cohort.sessions.order_by("number").first(),
        },
    )


@csrf_exempt  # RFC 8058 one-click unsubscribe: mail providers POST without a CSRF token
def nudges_unsubscribe(request, token):
    """Stop weekly nudges, from the signed link in each nudge (token-based, no login)."""
    person = user_for_unsubscribe_token(token)
    if person is None:
        raise Http404
    if request.method == "POST":
        user_set_nudges(user=person, opt_out=True)
        return render(request, "cohorts/programme/unsubscribed.html", {"person": person})
    return render(request, "cohorts/programme/unsubscribe.html", {"person": person})


def certificate_lookup(request):
    """Public: a form to type a certificate's code. A good code goes to its verification
    page; a malformed one is said so here, nothing looked up."""
    form = CertificateLookupForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("certificate_verify", code=form.cleaned_data["code"])
    return render(request, "cohorts/programme/certificate_lookup.html", {"form": form})


def certificate_verify(request, code):
    """Public: anyone can check a certificate. Shows only the name, lab and date. A code no
    certificate has answers 404 with a page saying so in English and Welsh (whoever checks a
    certificate may read either), and the form to try again."""
    try:
        certificate = selectors.certificate_for_verification(code=code)
    except Http404:
        return render(
            request,
            "cohorts/programme/certificate_unknown.html",
            {"code": code[:40], "form": CertificateLookupForm()},
            status=404,
        )
    return render(
        request, "cohorts/programme/certificate_verify.html", {"certificate": certificate}
    )


@role_required(Role.PARTICIPANT, Role.STAFF)
def certificate_download(request, pk):
    """The certificate PDF, for its holder and programme staff."""
    certificate = selectors.certificate_for_user(user=request.user, pk=pk)
    if not certificate.pdf:
        raise Http404
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"infuse-certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
    return response


@role_required(Role.STAFF)
@require_POST
def tool_comment(request, pk):
    """A facilitator or staff member leaves a comment the participant sees in their tool."""
    enrolment = selectors.enrolment_for_user(user=request.user, pk=pk)
    ctx = tool_context(user=request.user, pk=enrolment.pk, lab_code=enrolment.cohort.lab.code)
    body = request.POST.get("body", "").strip()
    if not body:
        messages.error(request, _("Write a comment before you send it."))
    elif len(body) > 5000:
        messages.error(request, _("A comment must be 5,000 characters or fewer."))
    elif "\x00" in body:  # PostgreSQL cannot store it
        messages.error(request, NULL_CHARACTER_MESSAGE)
    else:
        tool_comment_add(
            ctx=ctx,
            author=request.user,
            body=body,
            token=token_from(request.POST),
            step=request.POST.get("step", "")[:40],
        )
        messages.success(request, _("Your comment has been added. The participant will see it."))
    # Back to the page the comment was written on (a question, not only the tool's front
    # page), if that is a page of this site; otherwise the tool's front page.
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse(ctx.tool.url_name, args=[enrolment.pk])
    return redirect(back)
