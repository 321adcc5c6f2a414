"""The programme staff's admin: schedule cohorts, enrol people, keep registers."""

import base64
from functools import partial
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from councils.audit import ROSTER_EXPORT, audit_event
from councils.csv import csv_response
from labs.admin import TranslationAdmin
from labs.registry import tool_for

from .admin_paging import PAGE_PARAMETER, PagedInlineFormSet
from .admin_search import search_cohorts, with_list_figures
from .enrolment import csv_upload as enrolment_csv
from .enrolment.waiting import enrol_or_wait, waiting_message
from .forms import (
    AttendanceFormSet,
    CancelSessionsForm,
    CohortAdminForm,
    ConfirmCSVForm,
    EnrolCSVForm,
    ResendInvitationsForm,
    SessionForm,
    SessionFormSet,
    WithdrawForm,
)
from .messaging.certificates import certificate_build_pdf, certificate_reissue, certificate_revoke
from .messaging.message_admin import CohortMessagesMixin
from .models import (
    WAITING_QUEUE,
    Attendance,
    Certificate,
    CertificateNameChange,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Nudge,
    ReportExport,
    Session,
    WaitingListEntry,
)
from .scheduling.status import CohortStatus, cohort_status
from .selectors import (
    enrolment_warnings,
    invitations_to_resend,
    name_changed_since_award,
    people_to_enrol,
    person_label,
    warnings_digest,
    with_positions,
)
from .services import (
    RegisterClosed,
    attendance_mark,
    cohort_finished,
    cohort_save,
    enrolment_problem,
    enrolment_reinstate,
    enrolment_withdraw,
    invitations_resend,
    places_held,
    session_cancel,
    session_update,
)


def tool_work_link(enrolment: Enrolment, text: str) -> str:
    """A link to the participant's work in their lab's tool, found through the registry (no
    lab app is imported here); "—" when the lab has no tool."""
    tool = tool_for(enrolment.cohort.lab.code) if enrolment.pk else None
    if tool is None:
        return "—"
    return format_html(
        '<a href="{}">{}<span class="visually-hidden"> ({}, {})</span></a>',
        reverse(tool.url_name, args=[enrolment.pk]),
        text,
        tool.name,
        enrolment.user.full_name,
    )


class StatusFilter(admin.SimpleListFilter):
    title = gettext_lazy("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("upcoming", gettext_lazy("Upcoming")),
            ("running", gettext_lazy("Running")),
            ("finished", gettext_lazy("Finished")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "upcoming":
            return queryset.filter(first_session__gt=today)
        if self.value() == "running":
            return queryset.filter(first_session__lte=today, last_session__gte=today)
        if self.value() == "finished":
            return queryset.filter(last_session__lt=today)
        return queryset


class SessionInline(admin.TabularInline):
    model = Session
    form = SessionForm
    formset = SessionFormSet
    # The joining link is the cohort's unless one session has its own: edited on the session's
    # own page ("Change"), so that the row, with its register, fits a laptop screen.
    fields = [
        "number",
        "date",
        "unusual_day_ok",
        "start_time",
        "minutes",
        "location",
        "moved",
        "register",
    ]
    readonly_fields = ["number", "moved", "register"]
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = gettext_lazy("Sessions (editing one emails everyone once invited)")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("register"))
    def register(self, session):
        if not session.pk:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("register", args=[session.pk]), _("Take the register")
        )

    @admin.display(description=gettext_lazy("moved?"))
    def moved(self, session):
        notes = []
        if session.is_moved:
            notes.append(
                _("Moved from %(date)s: %(reason)s")
                % {
                    "date": date_format(session.moved_from, "D j M Y"),
                    "reason": session.moved_reason,
                }
            )
        if session.is_cancelled or session.edited_by_hand:
            notes.append(session_state(session))
        return "; ".join(notes) or "—"


def session_state(session: Session) -> str:
    if session.is_cancelled:
        return _("Cancelled: %(reason)s") % {"reason": session.cancelled_reason or "—"}
    if session.edited_by_hand:
        return _("Edited by hand, so kept")
    return "—"


class ReadOnlyPage:
    """For an admin whose change page is read, not edited (every field read-only, changes made
    through buttons that lead to their own pages): no Save buttons, a Close link instead."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)


def withdraw_or_reinstate_link(enrolment: Enrolment, back: str = "") -> str:
    """The one button an enrolment has: Withdraw, or Re-instate once withdrawn. Each opens its
    confirmation page; `back` is where that page returns to."""
    if enrolment.status == EnrolmentStatus.COMPLETED:
        return "—"  # they finished the Lab: there is nothing to withdraw from
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        if not enrolment.user.is_active or enrolment.user.erased_at:
            return "—"  # they have left the programme: nobody to re-instate
        name, text, label = "reinstate", _("Re-instate"), _("Re-instate %(name)s")
    else:
        name, text, label = "withdraw", _("Withdraw"), _("Withdraw %(name)s")
    url = reverse(f"admin:cohorts_enrolment_{name}", args=[enrolment.pk])
    if back:
        url += "?" + urlencode({"next": back})
    return format_html(
        '<a class="button" href="{}" aria-label="{}">{}</a>',
        url,
        label % {"name": enrolment.user.full_name},
        text,
    )


class EnrolmentInline(admin.TabularInline):
    """The people enrolled: read here, changed through actions (withdraw) and the register."""

    model = Enrolment
    formset = PagedInlineFormSet  # a page of people at a time (issue 24)
    template = "admin/cohorts/cohort/enrolment_inline.html"
    fields = [
        "person",
        "council",
        "status",
        "progress",
        "sessions_attended",
        "nominated_by",
        "tool_work",
        "withdraw_or_reinstate",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = gettext_lazy("Enrolled people")

    @admin.display(description=gettext_lazy("withdraw or re-instate"))
    def withdraw_or_reinstate(self, enrolment):
        if not enrolment.pk:
            return "—"
        return withdraw_or_reinstate_link(
            enrolment, reverse("admin:cohorts_cohort_change", args=[enrolment.cohort_id])
        )

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("user__council", "council", "nominated_by", "cohort__lab")
        )

    @admin.display(description=gettext_lazy("person"))
    def person(self, enrolment):
        return format_html("{} &lt;{}&gt;", enrolment.user.full_name, enrolment.user.email)

    @admin.display(description=gettext_lazy("Lab tool work"))
    def tool_work(self, enrolment):
        return tool_work_link(enrolment, _("Read"))

    @admin.display(description=gettext_lazy("council"))
    def council(self, enrolment):
        return enrolment.council  # as it was when they were enrolled


class NewEnrolmentFormSet(BaseInlineFormSet):
    """People to enrol, checked against the cohort as it is being saved: the councils on the
    form, not those in the database (which the cohort form saves first). Those beyond its
    capacity are not refused: they join its waiting list when saved.

    Someone already on this Lab, or on a cohort whose sessions overlap this one's, is not
    enrolled until staff have read why and chosen "Enrol anyway" (`enrolment_warnings`): the
    button posts the fingerprint of the warnings shown, and warnings worked out again that
    differ are shown again. A second "Enrol anyway" finds the person already enrolled."""

    enrolment_warnings: list = []
    warnings_digest = ""

    def __init__(self, *args, viewer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer

    def clean(self):
        super().clean()
        cohort = self.instance
        new = [f for f in self.forms if f.has_changed() and f.cleaned_data.get("user")]
        if not new:
            return
        users = [f.cleaned_data["user"] for f in new]
        if len({u.pk for u in users}) != len(users):
            raise ValidationError(_("The same person is listed twice."))
        if cohort.pk:
            # Held until the save commits: nobody else takes a place between check and save.
            Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        # The councils on the cohort form posted with these rows (the form saves them after
        # this check), not those in the database.
        council_ids = {int(v) for v in self.data.getlist("councils") if str(v).isdigit()}
        for form in new:
            problem = enrolment_problem(
                cohort=cohort, user=form.cleaned_data["user"], council_ids=council_ids
            )
            if problem:
                form.add_error("user", problem)
        # People beyond the places left join the cohort's waiting list, in the order listed
        # (CohortAdmin.save_formset, cohorts.enrolment.waiting.enrol_or_wait).
        if self.viewer is None or any(f.errors for f in new):
            return
        found = enrolment_warnings(user=self.viewer, cohort=cohort, people=users)
        self.enrolment_warnings = [w for user in users for w in found.get(user.pk, [])]
        if not self.enrolment_warnings:
            return
        self.warnings_digest = warnings_digest(self.enrolment_warnings)
        if self.data.get(self.add_prefix("enrol_anyway")) != self.warnings_digest:
            raise ValidationError(
                _(
                    "Nobody is enrolled yet. Read the warnings, then choose “Enrol anyway” "
                    "at the foot of the page, or cancel."
                )
            )


class PeopleToEnrolSelect(AutocompleteSelect):
    """The enrol-person search: it asks the cohort's own search (PeopleToEnrolView), which
    offers only the people of the councils taking part and names their council and email."""

    def __init__(self, field, admin_site, *, cohort=None, **kwargs):
        super().__init__(field, admin_site, **kwargs)
        self.cohort_pk = cohort.pk if cohort is not None else None

    def get_url(self):
        if self.cohort_pk:
            return reverse(
                f"{self.admin_site.name}:cohorts_cohort_people_to_enrol", args=[self.cohort_pk]
            )
        return reverse(f"{self.admin_site.name}:cohorts_cohort_people_to_enrol_new")


class PeopleToEnrolView(AutocompleteJsonView):
    """Answers the enrol-person search for one cohort (selectors.people_to_enrol): name,
    council and email of each person offered."""

    cohort = None

    def get(self, request, *args, pk=None, **kwargs):
        self.cohort = get_object_or_404(Cohort, pk=pk) if pk is not None else None
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return people_to_enrol(
            user=self.request.user, cohort=self.cohort, queryset=super().get_queryset()
        )

    def serialize_result(self, obj, to_field_name):
        return {"id": str(getattr(obj, to_field_name)), "text": person_label(obj)}


class NewEnrolmentInline(admin.TabularInline):
    """Enrol someone: search by name or email. Invitations go when the cohort is saved."""

    model = Enrolment
    formset = NewEnrolmentFormSet
    fields = ["user"]
    autocomplete_fields = ["user"]
    extra = 1
    can_delete = False
    verbose_name = gettext_lazy("person to enrol")
    verbose_name_plural = gettext_lazy("Enrol people (they are invited by email on save)")

    def get_queryset(self, request):
        return super().get_queryset(request).none()

    def get_formset(self, request, obj=None, **kwargs):
        # The cohort, for the search the person field asks (PeopleToEnrolSelect).
        kwargs.setdefault(
            "formfield_callback", partial(self.formfield_for_dbfield, request=request, cohort=obj)
        )
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_dbfield(self, db_field, request, cohort=None, **kwargs):
        if db_field.name != "user":
            return super().formfield_for_dbfield(db_field, request, **kwargs)
        kwargs["widget"] = PeopleToEnrolSelect(
            db_field, self.admin_site, cohort=cohort, using=kwargs.get("using")
        )
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        formfield.label_from_instance = person_label
        return formfield


@admin.register(Cohort)
class CohortAdmin(CohortMessagesMixin, TranslationAdmin):
    form = CohortAdminForm
    # Narrow enough for a 1,280-pixel screen beside the admin's menu and the filters (issue 22):
    # the theme is a filter and on the cohort's page, not a column.
    list_display = [
        "title",
        "lab",
        "council_list",
        "first_met",
        "status",
        "places",
    ]
    list_filter = ["lab", "theme", "councils", StatusFilter]

    class Media:
        # Status and places in view on a 1,280-pixel screen (headings wrap, long names break).
        css = {"all": ["css/admin-lists.css"]}

    search_fields = ["title", "lab__name", "councils__name"]
    filter_horizontal = ["councils", "facilitators"]
    inlines = [SessionInline, EnrolmentInline, NewEnrolmentInline]
    actions = ["export_roster", "resend_invitations", "send_nudges_now"]
    date_hierarchy = "start_date"
    readonly_fields = ["status_detail", "invitations_sent_at", "message_history"]
    fieldsets = [
        (None, {"fields": ["lab", "theme", "title", "status_detail"]}),
        (
            gettext_lazy("Schedule"),
            {
                "fields": [
                    "start_date",
                    ("session_weekday", "session_time", "session_minutes"),
                    "online_url",
                    "location",
                ],
                "description": gettext_lazy(
                    "Six weekly sessions are generated from the start date. A session on a "
                    "Welsh bank holiday moves to the next working day. Before the cohort begins, "
                    "changing the start date, day or time moves every session not edited by "
                    "hand; you see what will change, and who will be emailed, before anything "
                    "is saved."
                ),
            },
        ),
        (
            gettext_lazy("People"),
            {"fields": ["facilitators", "councils", "capacity", "attendance_threshold"]},
        ),
        (gettext_lazy("Invitations"), {"fields": ["invitations_sent_at"]}),
        (gettext_lazy("Messages sent to this cohort"), {"fields": ["message_history"]}),
    ]

    def _get_declared_fieldsets(self, request, obj=None):
        # django-modeltranslation's own version copies the form's Meta.fields onto this admin the
        # first time a page is drawn, after which the admin has both fields and fieldsets and
        # Django's system check refuses it (admin.E005). The fieldsets above are the whole story.
        return self._patch_fieldsets(self.fieldsets)

    def get_queryset(self, request):
        # Each figure a subquery, not a join: a cohort stays one row (cohorts/admin_search.py).
        return with_list_figures(
            super().get_queryset(request).select_related("lab").prefetch_related("councils")
        )

    def get_search_results(self, request, queryset, search_term):
        # Title, Lab or council, the councils through EXISTS: no duplicates to remove, so no
        # join to councils, sessions or enrolments multiplies the rows (issue 24).
        if not search_term:
            return queryset, False
        return search_cohorts(queryset, search_term), False

    @admin.display(description=gettext_lazy("councils"))
    def council_list(self, cohort):
        names = [c.name for c in cohort.councils.all()]
        if len(names) >= 10:
            return _("All ten")
        if len(names) > 3:  # a row as tall as the filters is no list: the filter names them
            return ngettext("%(n)s council", "%(n)s councils", len(names)) % {"n": len(names)}
        return ", ".join(names)

    @admin.display(description=gettext_lazy("status"), ordering="first_session")
    def status(self, cohort):
        return self._status(cohort).label

    def _status(self, cohort) -> CohortStatus:
        """From the list's annotations, without a query per row."""
        today = timezone.localdate()
        if cohort.first_session is None or cohort.first_session > today:
            return CohortStatus("upcoming", 0)
        if cohort.last_session < today:
            return CohortStatus("finished", cohort.week)
        return CohortStatus("running", cohort.week)

    @admin.display(description=gettext_lazy("status"))
    def status_detail(self, cohort):
        if not cohort.pk:
            return _("Sessions are generated when you save.")
        return cohort_status([s.date for s in cohort.sessions.all()], timezone.localdate()).label

    @admin.display(description=gettext_lazy("first session"), ordering="first_met")
    def first_met(self, cohort):
        # The date people first meet, from the sessions (a start date is only where the
        # schedule is counted from, and a first session may move for a bank holiday).
        if cohort.first_met is None:
            return "—"
        return date_format(cohort.first_met, "j M Y")

    @admin.display(description=gettext_lazy("enrolled / capacity"), ordering="taken")
    def places(self, cohort):
        return f"{cohort.taken} / {cohort.capacity}"

    def save_model(self, request, obj, form, change):
        # What the confirmation listed (CohortAdminForm.schedule_plan) is applied here, sparing
        # sessions edited by hand; the emails go once the admin's transaction commits.
        plan = cohort_save(cohort=obj, changed=form.changed_data, by=request.user)
        if not change:
            return
        if plan.changes:
            message = ngettext(
                "%(n)s session changed.", "%(n)s sessions changed.", len(plan.changes)
            ) % {"n": len(plan.changes)}
            if plan.kept:
                message += " " + ngettext(
                    "%(n)s session edited by hand was kept as it was.",
                    "%(n)s sessions edited by hand were kept as they were.",
                    len(plan.kept),
                ) % {"n": len(plan.kept)}
            if plan.emailed:
                message += " " + ngettext(
                    "%(n)s person will be emailed the new schedule.",
                    "%(n)s people will be emailed the new schedule.",
                    len(plan.emailed),
                ) % {"n": len(plan.emailed)}
            messages.info(request, message)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, NewEnrolmentInline):
            kwargs["viewer"] = request.user  # whose view of the warnings (enrolment_warnings)
        if isinstance(inline, EnrolmentInline):  # a page of the people enrolled (issue 24)
            kwargs.update(page_number=request.GET.get(PAGE_PARAMETER), query=request.GET)
        return kwargs

    def _enrolled_anyway(self, request) -> bool:
        return any(key.endswith("-enrol_anyway") for key in request.POST)

    def response_add(self, request, obj, post_url_continue=None):
        if self._enrolled_anyway(request):  # back to the cohort, to see who is enrolled
            return HttpResponseRedirect(reverse("admin:cohorts_cohort_change", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if self._enrolled_anyway(request):
            return HttpResponseRedirect(reverse("admin:cohorts_cohort_change", args=[obj.pk]))
        return super().response_change(request, obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is Enrolment and isinstance(formset, NewEnrolmentFormSet):
            enrolled, waiting = 0, []
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            try:
                # Everyone listed or nobody: a savepoint, so the cohort's own changes still save.
                with transaction.atomic():
                    for inline_form in formset.forms:
                        user = (
                            inline_form.cleaned_data.get("user")
                            if inline_form.has_changed()
                            else None
                        )
                        if user:
                            placed = enrol_or_wait(cohort=form.instance, user=user, by=request.user)
                            if placed.entry is not None:
                                waiting.append(waiting_message(placed=placed))
                            else:
                                enrolled += 1
            except ValidationError as exc:
                messages.error(
                    request,
                    _("Nobody was enrolled: %(problem)s Check the cohort and enrol them again.")
                    % {"problem": " ".join(exc.messages)},
                )
                return
            if enrolled:
                messages.success(
                    request,
                    ngettext(
                        "%(n)s person enrolled; their invitation is on the way.",
                        "%(n)s people enrolled; their invitations are on the way.",
                        enrolled,
                    )
                    % {"n": enrolled},
                )
            for message in waiting:
                messages.warning(request, message)
            return
        if formset.model is Session:
            # Each row edited is a session edited by hand, through the one session service:
            # edited means changed from what the page showed, not from what is saved now (a
            # double submit or a stale tab edits nothing; SessionForm.edits).
            dates = formset.session_dates()
            changed = [f for f in formset.forms if f.edits]
            # When this save also moves the cohort's sessions, its one email of the whole new
            # schedule (sent after commit) carries these edits too: one email, not two.
            plan = form.schedule_plan
            schedule_emailed = bool(plan and plan.changes and plan.emailed)
            for session_form in changed:
                session_update(
                    session=session_form.instance,
                    changed=session_form.edits,
                    by=request.user,
                    unusual_day_ok=session_form.cleaned_data.get("unusual_day_ok", False),
                    others={n: d for n, d in dates.items() if n != session_form.instance.number},
                    notify=not schedule_emailed,
                )
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            if changed and form.instance.invitations_sent_at:
                messages.info(
                    request,
                    _(
                        "Everyone enrolled will be emailed the changed sessions with an updated calendar file."
                    ),
                )
            return
        super().save_formset(request, form, formset, change)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The waiting list is shown, not edited: drawn by the change form's template (an inline
        # would add a formset every post of this page must carry).
        queue = with_positions(
            WaitingListEntry.objects.filter(cohort_id=object_id, status__in=WAITING_QUEUE)
            .select_related("user__council")
            .order_by("joined_at", "pk")
        )
        extra_context = {**(extra_context or {}), "waiting_list": queue}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        return [
            path(
                "<int:pk>/enrol-csv/",
                self.admin_site.admin_view(self.enrol_csv_view),
                name="cohorts_cohort_enrol_csv",
            ),
            path(
                "<int:pk>/people-to-enrol/",
                self.admin_site.admin_view(PeopleToEnrolView.as_view(admin_site=self.admin_site)),
                name="cohorts_cohort_people_to_enrol",
            ),
            path(
                "people-to-enrol/",
                self.admin_site.admin_view(PeopleToEnrolView.as_view(admin_site=self.admin_site)),
                name="cohorts_cohort_people_to_enrol_new",
            ),
        ] + super().get_urls()

    def enrol_csv_view(self, request, pk):
        cohort = get_object_or_404(Cohort.objects.select_related("lab"), pk=pk)
        if not self.has_change_permission(request, cohort):
            return HttpResponse(status=403)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "cohort": cohort,
            "title": _("Enrol from CSV: %(cohort)s") % {"cohort": cohort.title},
            "upload_form": EnrolCSVForm(),
            "max_rows": enrolment_csv.MAX_ROWS,
        }
        if request.method == "POST" and "confirm" in request.POST:
            confirm = ConfirmCSVForm(request.POST)
            if confirm.is_valid():
                try:
                    text = base64.b64decode(confirm.cleaned_data["content"]).decode("utf-8")
                    applied = enrolment_csv.apply(text=text, cohort=cohort, by=request.user)
                except (ValueError, enrolment_csv.CSVFileError) as exc:
                    messages.error(
                        request, str(exc) or _("The upload could not be read; upload it again.")
                    )
                    return redirect("admin:cohorts_cohort_enrol_csv", pk=cohort.pk)
                messages.success(
                    request,
                    ngettext(
                        "%(n)s person enrolled in %(cohort)s; their invitation is on the way.",
                        "%(n)s people enrolled in %(cohort)s; their invitations are on the way.",
                        len(applied.enrolments),
                    )
                    % {"n": len(applied.enrolments), "cohort": cohort.title},
                )
                if len(applied.waiting) == 1:
                    messages.warning(
                        request,
                        _("The cohort is full: %(name)s is number %(n)s on the waiting list.")
                        % {"name": applied.waiting[0].user.full_name, "n": applied.first_position},
                    )
                elif applied.waiting:
                    messages.warning(
                        request,
                        ngettext(
                            "The cohort is full: %(n)s person joined the waiting list, numbers "
                            "%(first)s to %(last)s.",
                            "The cohort is full: %(n)s people joined the waiting list, numbers "
                            "%(first)s to %(last)s.",
                            len(applied.waiting),
                        )
                        % {
                            "n": len(applied.waiting),
                            "first": applied.first_position,
                            "last": applied.first_position + len(applied.waiting) - 1,
                        },
                    )
                return redirect("admin:cohorts_cohort_change", cohort.pk)
        elif request.method == "POST":
            upload = EnrolCSVForm(request.POST, request.FILES)
            context["upload_form"] = upload
            if upload.is_valid():
                uploaded = upload.cleaned_data["file"]
                try:
                    if uploaded.size > enrolment_csv.MAX_BYTES:
                        raise enrolment_csv.CSVFileError(
                            _("The file is larger than 2 MB. Split it into smaller files.")
                        )
                    text = enrolment_csv.decode(uploaded.read())
                    preview = enrolment_csv.parse(text=text, cohort=cohort, viewer=request.user)
                except enrolment_csv.CSVFileError as exc:
                    context["file_error"] = str(exc)
                else:
                    context["preview"] = preview
                    context["confirm_form"] = ConfirmCSVForm(
                        initial={"content": base64.b64encode(text.encode("utf-8")).decode()}
                    )
        return TemplateResponse(request, "admin/cohorts/cohort/enrol_csv.html", context)

    @admin.action(description=gettext_lazy("Export roster as CSV"))
    def export_roster(self, request, queryset):
        enrolments = (
            Enrolment.objects.filter(cohort__in=queryset)
            .select_related("cohort__lab", "user__council", "nominated_by")
            .order_by("cohort__start_date", "cohort__title_en", "user__full_name")
        )
        header = [
            _("Cohort"),
            _("Lab"),
            _("Name"),
            _("Email"),
            _("Council"),
            _("Status"),
            _("Progress (%)"),
            _("Sessions attended"),
            _("Nominated by"),
            _("Completed on"),
        ]
        rows = (
            [
                e.cohort.title,
                e.cohort.lab.name,
                e.user.full_name,
                e.user.email,
                e.user.council.name if e.user.council else "",
                e.get_status_display(),
                e.progress,
                e.sessions_attended,
                e.nominated_by.full_name if e.nominated_by else "",
                e.completed_on,
            ]
            for e in enrolments
        )
        rows = list(rows)
        for cohort in queryset:
            audit_event(
                ROSTER_EXPORT,
                obj=cohort,
                actor=request.user,
                people=sum(1 for e in enrolments if e.cohort_id == cohort.pk),
            )
        return csv_response([header, *rows], filename="infuse-roster.csv")

    @admin.action(description=gettext_lazy("Resend invitations to everyone invited or active"))
    def resend_invitations(self, request, queryset):
        """Asks first, saying how many people will be emailed; sends once confirmed."""
        if "apply" in request.POST:
            form = ResendInvitationsForm(request.POST)
            if form.is_valid():
                count = invitations_resend(
                    cohorts=queryset, sent_before=form.cleaned_data["shown_at"]
                )
                self.message_user(
                    request,
                    ngettext(
                        "%(n)s invitation will be sent again.",
                        "%(n)s invitations will be sent again.",
                        count,
                    )
                    % {"n": count},
                    messages.SUCCESS,
                )
                return None
        people = invitations_to_resend(cohorts=queryset)
        per_cohort = dict(
            people.order_by().values("cohort").annotate(n=Count("pk")).values_list("cohort", "n")
        )
        cohorts = [(cohort, per_cohort.get(cohort.pk, 0)) for cohort in queryset]
        count = sum(per_cohort.values())
        return TemplateResponse(
            request,
            "admin/cohorts/cohort/resend_invitations.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Resend invitations?"),
                "cohorts": cohorts,
                "count": count,
                "summary": ngettext(
                    "%(n)s person will be emailed their invitation again.",
                    "%(n)s people will be emailed their invitation again.",
                    count,
                )
                % {"n": count},
                "form": ResendInvitationsForm(initial={"shown_at": timezone.now().isoformat()}),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description=gettext_lazy("Send this week's nudges now (never twice)"))
    def send_nudges_now(self, request, queryset):
        from .messaging.nudges import claim_current_week
        from .tasks import send_nudge_batch

        sent = 0
        for cohort in queryset:
            ids = claim_current_week(cohort=cohort)
            for start in range(0, len(ids), 500):
                send_nudge_batch.delay_on_commit(ids[start : start + 500])
            sent += len(ids)
        self.message_user(
            request,
            ngettext(
                "%(n)s nudge queued. Anyone who already had this week's nudge is not sent another.",
                "%(n)s nudges queued. Anyone who already had this week's nudge is not sent another.",
                sent,
            )
            % {"n": sent},
            messages.SUCCESS,
        )


class EnrolmentEventInline(admin.TabularInline):
    model = EnrolmentEvent
    fields = ["status", "at", "by", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Enrolment)
class EnrolmentAdmin(ReadOnlyPage, admin.ModelAdmin):
    # Status and progress next to the name, where a 1,280-pixel screen shows them (issue 22).
    list_display = [
        "user",
        "status",
        "progress",
        "sessions_attended",
        "council",
        "cohort",
        "nominated_by",
    ]
    list_filter = ["status", "cohort__lab", "council", "cohort"]

    class Media:
        # Status and progress in view on a 1,280-pixel screen (headings wrap, long names break).
        css = {"all": ["css/admin-lists.css"]}

    search_fields = ["user__full_name", "user__email", "cohort__title_en", "cohort__title_cy"]
    list_select_related = ["user__council", "council", "cohort", "nominated_by"]
    fields = [
        "cohort",
        "user",
        "status",
        "nominated_by",
        "enrolled_at",
        "invited_at",
        "activated_at",
        "completed_on",
        "withdrawn_on",
        "withdrawn_reason",
        "last_activity_at",
        "progress",
        "required_done",
        "required_total",
        "sessions_attended",
        "tool_work",
        "self_assessment",
    ]
    readonly_fields = fields
    inlines = [EnrolmentEventInline]
    actions = ["withdraw"]

    @admin.display(description=gettext_lazy("Self-assessment (before, at the end, six months on)"))
    def self_assessment(self, enrolment):
        """The person's own change, for programme staff (never a lead or a funder)."""
        from .learning.outcomes import own_change

        rows = own_change(enrolment=enrolment)
        if not rows:
            return _("Not answered yet")

        def shown(value, answered):
            if not answered:
                return "–"
            return _("not sure") if value is None else str(value)

        return format_html_join(
            "",
            "<div>{}: {} → {} → {}</div>",
            (
                (
                    row.statement.text,
                    shown(row.baseline, row.answered.get("baseline")),
                    shown(row.exit, row.answered.get("exit")),
                    shown(row.follow_up, row.answered.get("follow_up")),
                )
                for row in rows
            ),
        )

    @admin.display(description=gettext_lazy("Lab tool work"))
    def tool_work(self, enrolment):
        return tool_work_link(enrolment, _("Read their work and comment"))

    def has_add_permission(self, request):
        return False  # enrol on the cohort page or from CSV, so checks and invitations apply

    def has_delete_permission(self, request, obj=None):
        return False  # withdraw instead: people keep their history

    @admin.display(description=gettext_lazy("council"), ordering="council__name")
    def council(self, enrolment):
        return enrolment.council  # as it was when they were enrolled

    def get_urls(self):
        return [
            path(
                "<path:object_id>/withdraw/",
                self.admin_site.admin_view(self.withdraw_view),
                name="cohorts_enrolment_withdraw",
            ),
            path(
                "<path:object_id>/reinstate/",
                self.admin_site.admin_view(self.reinstate_view),
                name="cohorts_enrolment_reinstate",
            ),
        ] + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        enrolment = self.get_object(request, object_id)
        extra_context = dict(extra_context or {})
        if enrolment is not None and self.has_change_permission(request, enrolment):
            extra_context["withdraw_or_reinstate"] = withdraw_or_reinstate_link(enrolment)
        return super().change_view(request, object_id, form_url, extra_context)

    def _enrolment_for_change(self, request, object_id) -> Enrolment:
        enrolment = self.get_object(request, object_id)
        if enrolment is None:
            raise Http404
        if not self.has_change_permission(request, enrolment):
            raise PermissionDenied
        return enrolment

    def _back(self, request, enrolment) -> str:
        """Where the confirmation returns to: the page it was opened from (the cohort's), if
        that is on this site, else the enrolment's own page."""
        back = request.POST.get("next") or request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return back
        return reverse("admin:cohorts_enrolment_change", args=[enrolment.pk])

    def _confirm_page(self, request, enrolment, template, title, **context):
        return TemplateResponse(
            request,
            template,
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "cohort_opts": Cohort._meta,
                "title": title,
                "enrolment": enrolment,
                "cohort": enrolment.cohort,
                "next": self._back(request, enrolment),
                **context,
            },
        )

    def withdraw_view(self, request, object_id):
        """Withdraw one person, with a reason: the button's confirmation page."""
        enrolment = self._enrolment_for_change(request, object_id)
        name = {"name": enrolment.user.full_name}
        if enrolment.status == EnrolmentStatus.WITHDRAWN:
            messages.info(request, _("%(name)s is already withdrawn.") % name)
            return redirect(self._back(request, enrolment))
        if enrolment.status == EnrolmentStatus.COMPLETED:
            messages.info(
                request,
                _("%(name)s has completed this Lab: there is nothing to withdraw from.") % name,
            )
            return redirect(self._back(request, enrolment))
        form = WithdrawForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            withdrawn = enrolment_withdraw(
                enrolment=enrolment,
                by=request.user,
                reason=form.cleaned_data["reason"],
                on=form.cleaned_data["on"],
            )
            if withdrawn:
                messages.success(
                    request,
                    _(
                        "%(name)s withdrawn from %(cohort)s. Their place is free and they get "
                        "no more emails."
                    )
                    % {**name, "cohort": enrolment.cohort.title},
                )
            else:  # another tab or a double submit got there first
                messages.info(request, _("%(name)s is already withdrawn.") % name)
            return redirect(self._back(request, enrolment))
        return self._confirm_page(
            request,
            enrolment,
            "admin/cohorts/enrolment/withdraw_one.html",
            _("Withdraw %(name)s") % name,
            form=form,
        )

    def reinstate_view(self, request, object_id):
        """Undo a withdrawal: the button's confirmation page, refused when the cohort is full."""
        enrolment = self._enrolment_for_change(request, object_id)
        name = {"name": enrolment.user.full_name}
        if enrolment.status != EnrolmentStatus.WITHDRAWN:
            messages.info(request, _("%(name)s is not withdrawn: there is nothing to undo.") % name)
            return redirect(self._back(request, enrolment))
        if request.method == "POST":
            try:
                reinstated = enrolment_reinstate(enrolment=enrolment, by=request.user)
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
                return redirect(self._back(request, enrolment))
            if reinstated:
                messages.success(
                    request,
                    _("%(name)s re-instated in %(cohort)s; their invitation is on the way again.")
                    % {**name, "cohort": enrolment.cohort.title},
                )
            else:
                messages.info(
                    request, _("%(name)s is not withdrawn: there is nothing to undo.") % name
                )
            return redirect(self._back(request, enrolment))
        cohort = enrolment.cohort
        left = cohort.capacity - places_held(cohort=cohort)
        return self._confirm_page(
            request,
            enrolment,
            "admin/cohorts/enrolment/reinstate.html",
            _("Re-instate %(name)s") % name,
            full=left <= 0,
            places_left=max(left, 0),
            finished=cohort_finished(cohort=cohort),
        )

    @admin.action(description=gettext_lazy("Withdraw the selected people"))
    def withdraw(self, request, queryset):
        queryset = queryset.exclude(
            status__in=[EnrolmentStatus.WITHDRAWN, EnrolmentStatus.COMPLETED]
        ).select_related("user", "cohort")
        if "apply" in request.POST:
            form = WithdrawForm(request.POST)
            if form.is_valid():
                with transaction.atomic():
                    withdrawn = sum(
                        enrolment_withdraw(
                            enrolment=enrolment,
                            by=request.user,
                            reason=form.cleaned_data["reason"],
                            on=form.cleaned_data["on"],
                        )
                        for enrolment in queryset
                    )
                self.message_user(
                    request,
                    ngettext(
                        "%(n)s person withdrawn. Their place is free and they get no more emails.",
                        "%(n)s people withdrawn. Their places are free and they get no more emails.",
                        withdrawn,
                    )
                    % {"n": withdrawn},
                    messages.SUCCESS,
                )
                return None
        else:
            form = WithdrawForm()
        return TemplateResponse(
            request,
            "admin/cohorts/enrolment/withdraw.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Withdraw people"),
                "enrolments": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class AttendanceInline(admin.TabularInline):
    model = Attendance
    formset = AttendanceFormSet
    fields = ["enrolment", "attended", "recorded_by", "recorded_at"]
    readonly_fields = ["recorded_by", "recorded_at"]
    extra = 0
    can_delete = False  # untick "attended" instead, so progress follows

    def get_queryset(self, request):
        # Each row is labelled with its mark (person · cohort, session · cohort): read at once.
        return (
            super()
            .get_queryset(request)
            .select_related(
                "enrolment__user", "enrolment__cohort", "session__cohort", "recorded_by"
            )
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "enrolment":
            session_id = request.resolver_match.kwargs.get("object_id")
            # Read once for all rows (AttendanceFormSet); each label names the person's cohort.
            kwargs["queryset"] = (
                Enrolment.objects.filter(cohort__sessions__pk=session_id)
                .select_related("user", "cohort")
                .order_by("user__full_name", "pk")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    form = SessionForm
    list_display = [
        "cohort",
        "number",
        "date",
        "start_time",
        "moved_from",
        "state",
        "register_link",
    ]
    list_filter = ["cohort__lab", "cohort", ("cancelled_at", admin.EmptyFieldListFilter)]
    list_select_related = ["cohort"]
    fields = [
        "cohort",
        "number",
        "date",
        "unusual_day_ok",
        "start_time",
        "minutes",
        "location",
        "online_url",
        "moved_from",
        "moved_reason",
        "edited_by_hand",
        "unusual_day_confirmed_by",
        "unusual_day_confirmed_at",
        "cancelled_at",
        "cancelled_reason",
        "sequence",
    ]
    readonly_fields = [
        "cohort",
        "number",
        "moved_from",
        "moved_reason",
        "edited_by_hand",
        "unusual_day_confirmed_by",
        "unusual_day_confirmed_at",
        "cancelled_at",
        "cancelled_reason",
        "sequence",
    ]
    inlines = [AttendanceInline]
    actions = ["cancel_sessions"]

    def has_add_permission(self, request):
        return False  # sessions are generated from the cohort's schedule

    def has_delete_permission(self, request, obj=None):
        return False  # cancel instead: registers and calendars depend on it

    @admin.display(description=gettext_lazy("kept or cancelled"))
    def state(self, session):
        return session_state(session)

    @admin.display(description=gettext_lazy("register"))
    def register_link(self, session):
        return format_html(
            '<a href="{}">{}</a>', reverse("register", args=[session.pk]), _("Take the register")
        )

    def save_model(self, request, obj, form, change):
        # Checked by the form (session_problems); the service checks again and marks the session
        # as edited by hand, so a later change of the cohort's schedule keeps it.
        session_update(
            session=obj,
            changed=form.edits,
            by=request.user,
            unusual_day_ok=form.cleaned_data.get("unusual_day_ok", False),
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is Attendance:
            # Through the service, so progress is refreshed in this same transaction.
            for inline_form in formset.forms:
                if not inline_form.has_changed() or not inline_form.cleaned_data.get("enrolment"):
                    continue
                try:
                    attendance_mark(
                        enrolment=inline_form.cleaned_data["enrolment"],
                        session=form.instance,
                        attended=inline_form.cleaned_data.get("attended", False),
                        by=request.user,
                    )
                except RegisterClosed as exc:  # the form checked; the clock moved on since
                    messages.error(request, " ".join(exc.messages))
                    break
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            return
        super().save_formset(request, form, formset, change)

    @admin.action(description=gettext_lazy("Cancel the selected sessions (emails everyone)"))
    def cancel_sessions(self, request, queryset):
        queryset = queryset.filter(cancelled_at__isnull=True).select_related("cohort")
        if "apply" in request.POST:
            form = CancelSessionsForm(request.POST)
            if form.is_valid():
                with transaction.atomic():
                    count = sum(
                        session_cancel(
                            session=session, by=request.user, reason=form.cleaned_data["reason"]
                        )
                        for session in queryset
                    )
                self.message_user(
                    request,
                    ngettext(
                        "%(n)s session cancelled. Calendars drop it and everyone enrolled is "
                        "emailed a cancellation.",
                        "%(n)s sessions cancelled. Calendars drop them and everyone enrolled is "
                        "emailed a cancellation.",
                        count,
                    )
                    % {"n": count},
                    messages.SUCCESS,
                )
                return None
        else:
            form = CancelSessionsForm()
        return TemplateResponse(
            request,
            "admin/cohorts/session/cancel.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Cancel sessions"),
                "sessions": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class NameChangedFilter(admin.SimpleListFilter):
    """Certificates whose holder has changed the name on their profile since the award: each
    waits for staff to approve a reissue (or to leave it as awarded)."""

    title = gettext_lazy("name on profile")
    parameter_name = "name_changed"

    def lookups(self, request, model_admin):
        return [("yes", gettext_lazy("Changed since the award: reissue to approve"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return name_changed_since_award(queryset)
        return queryset


class CertificateNameChangeInline(admin.TabularInline):
    model = CertificateNameChange
    fields = ["old_name", "new_name", "approved_by", "approved_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = gettext_lazy("History of names and reissues")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = [
        "code",
        "holder",
        "awarded_name",
        "name_now",
        "lab",
        "issued_at",
        "emailed_at",
        "revoked_at",
    ]
    list_filter = ["enrolment__cohort__lab", "revoked_at", NameChangedFilter]
    search_fields = ["code", "enrolment__user__full_name", "enrolment__user__email"]
    list_select_related = ["enrolment__user", "enrolment__cohort__lab"]
    inlines = [CertificateNameChangeInline]
    readonly_fields = [
        "enrolment",
        "code",
        "awarded_name",
        "name_now",
        "issued_at",
        "pdf",
        "pdf_built_at",
        "emailed_at",
        "revoked_at",
    ]
    fields = readonly_fields + ["revoked_reason"]
    actions = ["approve_reissue", "reissue", "revoke"]

    def has_delete_permission(self, request, obj=None):
        # Deleting would take the awarded name and its history with it, and the verification
        # page would say the certificate never existed: revoke it instead (kept, shown revoked).
        return False

    def changelist_view(self, request, extra_context=None):
        waiting = name_changed_since_award(Certificate.objects.all()).count()
        if waiting and request.method == "GET":
            messages.warning(
                request,
                ngettext(
                    "%(n)s holder has changed their name since their certificate was awarded. "
                    "Filter by “name on profile” to approve a reissue.",
                    "%(n)s holders have changed their names since their certificates were "
                    "awarded. Filter by “name on profile” to approve reissues.",
                    waiting,
                )
                % {"n": waiting},
            )
        return super().changelist_view(request, extra_context)

    @admin.display(description=gettext_lazy("name on profile now"))
    def name_now(self, certificate):
        return certificate.enrolment.user.name_for_certificate

    @admin.action(description=gettext_lazy("Approve a reissue under the name now on the profile"))
    def approve_reissue(self, request, queryset):
        count = 0
        for certificate in queryset:
            count += certificate_reissue(certificate=certificate, by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(n)s certificate reissued under the new name; the change is kept in its history.",
                "%(n)s certificates reissued under the new names; the changes are kept in their "
                "history.",
                count,
            )
            % {"n": count},
            messages.SUCCESS,
        )

    def has_add_permission(self, request):
        return False  # issued automatically when an enrolment completes

    @admin.display(description=gettext_lazy("holder"), ordering="enrolment__user__full_name")
    def holder(self, certificate):
        return certificate.enrolment.user.full_name

    @admin.display(description=gettext_lazy("lab"))
    def lab(self, certificate):
        return certificate.enrolment.cohort.lab.name

    @admin.action(description=gettext_lazy("Reissue: build a new PDF with the same code"))
    def reissue(self, request, queryset):
        for certificate in queryset.select_related(
            "enrolment__cohort__lab", "enrolment__user__council"
        ):
            certificate_build_pdf(certificate=certificate)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(n)s certificate rebuilt.", "%(n)s certificates rebuilt.", count)
            % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Revoke (issued in error)"))
    def revoke(self, request, queryset):
        for certificate in queryset.filter(revoked_at__isnull=True):
            certificate_revoke(
                certificate=certificate,
                reason=_("Revoked by %(name)s") % {"name": request.user.full_name},
            )
        self.message_user(
            request, _("Revoked. Their verification pages now say so."), messages.SUCCESS
        )


@admin.register(Nudge)
class NudgeAdmin(admin.ModelAdmin):
    list_display = ["enrolment", "week", "status", "claimed_at", "sent_at", "attempts", "error"]
    list_filter = ["status", "week", "enrolment__cohort"]
    search_fields = ["enrolment__user__full_name", "enrolment__user__email"]
    list_select_related = ["enrolment__user", "enrolment__cohort"]
    readonly_fields = [
        "enrolment",
        "week",
        "status",
        "claim",
        "claimed_at",
        "sent_at",
        "attempts",
        "error",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(ReportExport)
class ReportExportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "requested_by", "format", "status", "finished_at"]
    list_filter = ["format", "status"]
    list_select_related = ["requested_by"]
    readonly_fields = [
        "requested_by",
        "filters",
        "format",
        "status",
        "file",
        "error",
        "created_at",
        "finished_at",
    ]

    def has_add_permission(self, request):
        return False


# The Lab content admin with a Markdown preview and "View this week as a participant"
# (cohorts/learning/content_admin.py); targets and monitoring returns (cohorts/reports/admin.py).
from .learning import content_admin  # noqa: E402, F401
from .reports import admin as reports_admin  # noqa: E402, F401
