"""The programme staff's admin: schedule cohorts, enrol people, keep registers."""

import base64
from functools import lru_cache, partial

from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.db import connections, transaction
from django.db.models import Count, Exists, OuterRef
from django.forms.models import BaseInlineFormSet, ModelChoiceField
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from cohorts.admin_shared import QuickActionCheckboxes, session_state
from cohorts.scheduling.services import cohort_save, session_update
from councils.admin_drawing import ListedChoices, QuickInlineMedia
from councils.audit import ROSTER_EXPORT, audit_event
from councils.csv import csv_response
from labs.admin import TranslationAdmin

from .admin_paging import PAGE_PARAMETER, PeoplePage
from .admin_search import (
    CohortChangeList,
    search_cohorts,
    with_list_figures,
)
from .enrolment import csv_upload as enrolment_csv
from .enrolment.waiting import enrol_or_wait, waiting_message
from .forms import (
    CHOSEN_FIELDS,
    CohortAdminForm,
    ConfirmCSVForm,
    EnrolCSVForm,
    ResendInvitationsForm,
    SessionForm,
    SessionFormSet,
)
from .messaging.message_admin import CohortMessagesMixin
from .models import (
    WAITING_QUEUE,
    Cohort,
    CohortMessage,
    Enrolment,
    ReportExport,
    Session,
    WaitingListEntry,
)
from .scheduling.status import CohortStatus, cohort_status
from .selectors import (
    enrolment_warnings,
    invitations_to_resend,
    people_to_enrol,
    person_label,
    warnings_digest,
)
from .services import (
    enrolment_problem,
    invitations_resend,
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


@lru_cache(maxsize=1024)
def _short_date(language: str, day) -> str:
    """`date_format(day, "j M Y")` in `language` (the active one), worked out once: a list of
    cohorts shows the same few dates, each formatted afresh (some 30 calls) on every row."""
    return date_format(day, "j M Y")


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

    @classmethod
    def get_default_prefix(cls):
        # Its fields' names as they were when the people enrolled were an inline before it
        # (issue 24): a cohort page open in a tab from before still enrols whom it names.
        return "enrolments-2"

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

    def optgroups(self, name, value, attr=None):
        # Nobody chosen yet (the row to fill in, and its spare copy for "Add another"): what
        # Django's gives, without building a query of people by no keys (some 700 calls each).
        empty = self.choices.field.empty_values
        if any(str(v) not in empty for v in value):
            return super().optgroups(name, value, attr)
        default = (None, [], 0)
        if not self.is_required and not self.allow_multiple_selected:
            default[1].append(self.create_option(name, "", "", False, 0))
        return [default]


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


# What the cohort page's waiting list shows (templates/admin/cohorts/cohort/change_form.html).
WAITING_FIELDS = (
    "pk",
    "cohort_id",
    "status",
    "joined_at",
    "offer_expires_at",
    "offer_emailed_at",
    "user__full_name",
    "user__email",
    "user__council__name",
    "user__council__name_cy",
)


@admin.register(Cohort)
class CohortAdmin(QuickInlineMedia, QuickActionCheckboxes, CohortMessagesMixin, TranslationAdmin):
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
    # The people enrolled are no inline: a table drawn after the sessions (render_change_form).
    inlines = [SessionInline, NewEnrolmentInline]
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

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(field, ModelChoiceField):  # the Lab, facilitators and councils: a few
            field.iterator = ListedChoices
        return field

    def _get_declared_fieldsets(self, request, obj=None):
        # django-modeltranslation's own version copies the form's Meta.fields onto this admin the
        # first time a page is drawn, after which the admin has both fields and fieldsets and
        # Django's system check refuses it (admin.E005). The fieldsets above are the whole story.
        return self._patch_fieldsets(self.fieldsets)

    def get_queryset(self, request):
        # Each figure a subquery, not a join: a cohort stays one row (cohorts/admin_search.py).
        return with_list_figures(super().get_queryset(request).select_related("lab"))

    def get_object(self, request, object_id, from_field=None):
        """One cohort (its page, its deletion, its history) with its Lab and none of the list's
        figures: the list's subqueries cost some milliseconds to build and compile, and its
        status (`status_detail`) is read from its six sessions (issue 24). Otherwise Django's."""
        queryset = (
            super()
            .get_queryset(request)
            .select_related("lab")
            # Whether it has a waiting list or messages to show: a cohort with neither, the
            # usual, reads neither (two queries built, compiled and sent for nothing).
            .annotate(
                has_waiting=Exists(
                    WaitingListEntry.objects.filter(
                        cohort_id=OuterRef("pk"), status__in=WAITING_QUEUE
                    )
                ),
                has_messages=Exists(CohortMessage.objects.filter(cohort_id=OuterRef("pk"))),
            )
        )
        if connections[queryset.db].vendor == "postgresql":
            # Its staff and councils as keys (ARRAY), which the form starts from
            # (forms._seed_chosen): two queries fewer. Elsewhere, Django's reads.
            for name in CHOSEN_FIELDS:
                field = Cohort._meta.get_field(name)
                keys = field.remote_field.through.objects.filter(cohort_id=OuterRef("pk"))
                queryset = queryset.annotate(
                    **{f"{name}_keys": ArraySubquery(keys.values(field.m2m_reverse_name()))}
                )
        model = queryset.model
        field = model._meta.pk if from_field is None else model._meta.get_field(from_field)
        try:
            object_id = field.to_python(object_id)
            return queryset.get(**{field.name: object_id})
        except (model.DoesNotExist, ValidationError, ValueError):
            return None

    def get_changelist(self, request, **kwargs):
        return CohortChangeList  # its councils' names, one query for the page (admin_search.py)

    def get_search_results(self, request, queryset, search_term):
        # Title, Lab or council, the councils through EXISTS: no duplicates to remove, so no
        # join to councils, sessions or enrolments multiplies the rows (issue 24).
        if not search_term:
            return queryset, False
        return search_cohorts(queryset, search_term), False

    @admin.display(description=gettext_lazy("councils"))
    def council_list(self, cohort):
        names = cohort.council_names  # CohortChangeList
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
        if hasattr(cohort, "week"):  # read with the list's figures (get_queryset): no query
            return self._status(cohort).label
        # On its own page, the sessions its Sessions table has read (_create_formsets).
        sessions = getattr(cohort, "loaded_sessions", None)
        if sessions is None:
            sessions = cohort.sessions.all()
        return cohort_status([s.date for s in sessions], timezone.localdate()).label

    @admin.display(description=gettext_lazy("first session"), ordering="first_met")
    def first_met(self, cohort):
        # The date people first meet, from the sessions (a start date is only where the
        # schedule is counted from, and a first session may move for a bank holiday).
        if cohort.first_met is None:
            return "—"
        return _short_date(get_language(), cohort.first_met)

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

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        for formset in formsets:
            if formset.model is Session and obj.pk:
                # Its status is worked out from these (status_detail): read once, not twice.
                obj.loaded_sessions = list(formset.get_queryset())
        return formsets, inline_instances

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, NewEnrolmentInline):
            kwargs["viewer"] = request.user  # whose view of the warnings (enrolment_warnings)
            # When the people enrolled were an inline (shown only to those who may read
            # enrolments), anyone else's form to enrol came first and was named "enrolments-…":
            # a tab still open from then posts those names, and they are read as ever.
            posted = request.POST if request.method == "POST" else {}
            if f"{prefix}-TOTAL_FORMS" not in posted and "enrolments-TOTAL_FORMS" in posted:
                kwargs["prefix"] = "enrolments"
        return kwargs

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Read when drawn, not for a save that redirects: the waiting list, and a page of the
        # people enrolled as a table of text and links (cohorts/admin_paging.py) for those who
        # may read enrolments, drawn after the sessions by the change form.
        if obj is None or obj.pk is None:
            return super().render_change_form(request, context, add, change, form_url, obj)
        context["waiting_list"] = self._waiting_list(obj)
        if self.admin_site.get_model_admin(Enrolment).has_view_or_change_permission(request):
            context["people"] = PeoplePage(
                user=request.user,
                cohort=obj,
                page_number=request.GET.get(PAGE_PARAMETER),
                query=request.GET,
                back=request.get_full_path(),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

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

    def _waiting_list(self, cohort) -> list[WaitingListEntry]:
        """The waiting list, shown, not edited: drawn by the change form's template (an inline
        would add a formset every post of this page must carry). The whole queue in its order,
        so each one's number is where they stand in it (what selectors.with_positions counts
        for a part of a queue), and only what is shown; nothing read when the cohort was read
        with nobody waiting (`get_object`)."""
        if not getattr(cohort, "has_waiting", True):
            return []
        entries = (
            WaitingListEntry.objects.filter(cohort_id=cohort.pk, status__in=WAITING_QUEUE)
            .select_related("user__council")
            .only(*WAITING_FIELDS)
            .order_by("joined_at", "pk")
        )
        queue = list(entries)
        for position, entry in enumerate(queue, start=1):
            entry.position = position
        return queue

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
from .enrolment import admin as enrolment_admin  # noqa: E402, F401
from .learning import content_admin  # noqa: E402, F401
from .messaging import admin as messaging_admin  # noqa: E402, F401
from .reports import admin as reports_admin  # noqa: E402, F401
from .scheduling import admin as scheduling_admin  # noqa: E402, F401
