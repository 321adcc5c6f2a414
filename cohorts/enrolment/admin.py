"""The admin's enrolment page: one person in one cohort, their progress, events, tool work, withdrawal and re-instatement."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cohorts.admin_shared import ReadOnlyPage, tool_work_link, withdraw_or_reinstate_link
from cohorts.forms import (
    WithdrawForm,
)
from cohorts.models import (
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
)
from cohorts.services import (
    cohort_finished,
    enrolment_reinstate,
    enrolment_withdraw,
    places_held,
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
        from cohorts.learning.outcomes import own_change

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
