"""The admin's session pages: one session's date, place and register, edited on its own or cancelled."""

from django.contrib import admin, messages
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cohorts.admin_shared import session_state
from cohorts.forms import (
    AttendanceFormSet,
    CancelSessionsForm,
    SessionForm,
)
from cohorts.models import (
    Attendance,
    Enrolment,
    Session,
)
from cohorts.scheduling.services import session_cancel, session_update
from cohorts.services import (
    RegisterClosed,
    attendance_mark,
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
