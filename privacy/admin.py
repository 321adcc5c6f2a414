"""The person's page in the admin gains three things: their audit trail, the subject-access ZIP
and erasure (after a confirmation page)."""

from auditlog.admin import LogEntryAdmin
from auditlog.filters import ResourceTypeFilter
from auditlog.models import LogEntry
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts.enrolment.people_admin import PeopleMoveOnAdmin
from councils.admin import UserAdmin
from councils.audit import SUBJECT_ACCESS_EXPORT, audit_event, person_entries
from councils.models import User

from .erasure import ERASURE_REASONS, evidence_until, person_erase
from .export import subject_access_zip

admin.site.unregister(User)
admin.site.unregister(LogEntry)


class ContentTypeFilter(ResourceTypeFilter):
    """auditlog's "Resource Type" filter, refusing a value that is not a content type's id as
    Django's own filters do (its own passes `?resource_type=abc` to the query: a 500)."""

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not value.isdecimal():
            raise IncorrectLookupParameters(value)
        return queryset.filter(content_type_id=value)


@admin.register(LogEntry)
class AuditTrailAdmin(LogEntryAdmin):
    """django-auditlog's list of recorded changes, searched by what this project's people have,
    a full name and an address: auditlog's own search names `first_name` and `last_name`, which
    they have not, so any search of the audit trail answered 500."""

    search_fields = ["timestamp", "object_repr", "changes", "actor__full_name", "actor__email"]
    list_filter = [
        ContentTypeFilter if f is ResourceTypeFilter else f for f in LogEntryAdmin.list_filter
    ]


@admin.register(User)
class PersonAdmin(PeopleMoveOnAdmin, UserAdmin):
    class Media:
        css = {"all": ["css/admin-person.css"]}

    change_form_template = "admin/privacy/person_change_form.html"
    readonly_fields = [*UserAdmin.readonly_fields, "erased_at"]

    def has_delete_permission(self, request, obj=None):
        # Deleting an account would take its enrolments (and so the report figures) with it and
        # leave its name in the audit trail; people are erased instead (erase_view).
        return False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/audit-trail/", wrap(self.audit_trail_view), name="councils_user_audit"),
            path(
                "<int:pk>/subject-access/",
                wrap(self.subject_access_view),
                name="councils_user_subject_access",
            ),
            path("<int:pk>/erase/", wrap(self.erase_view), name="councils_user_erase"),
        ] + super().get_urls()

    def _person(self, request, pk) -> User:
        person = get_object_or_404(User, pk=pk)
        if not self.has_change_permission(request, person):
            raise PermissionDenied
        return person

    def audit_trail_view(self, request, pk):
        person = self._person(request, pk)
        entries = list(person_entries(person).order_by("-timestamp", "-pk")[:500])
        return TemplateResponse(
            request,
            "admin/privacy/audit_trail.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "original": person,
                "title": _("Audit trail: %(name)s") % {"name": person.full_name},
                "entries": entries,
            },
        )

    def subject_access_view(self, request, pk):
        """POST: the ZIP of everything held about the person, recorded in the audit trail."""
        person = self._person(request, pk)
        if request.method != "POST":
            return redirect("admin:councils_user_audit", pk=person.pk)
        data = subject_access_zip(user=person)
        audit_event(SUBJECT_ACCESS_EXPORT, obj=person, actor=request.user, subject=person)
        response = HttpResponse(data, content_type="application/zip")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="infuse-subject-access-{person.pk}-{stamp}.zip"'
        )
        return response

    def erase_view(self, request, pk):
        person = self._person(request, pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": person,
            "title": _("Erase %(name)s") % {"name": person.full_name},
            "evidence_until": evidence_until(user=person),
            "enrolments": person.enrolments.select_related("cohort").order_by("cohort__start_date"),
            "is_self": person.pk == request.user.pk,
        }
        if person.erased_at is not None:
            messages.info(request, _("This person has already been erased."))
            return redirect("admin:councils_user_change", person.pk)
        context["reasons"] = [
            (key, label) for key, label in ERASURE_REASONS.items() if key != "retention"
        ]
        if request.method == "POST" and request.POST.get("confirm") == "erase":
            reason = request.POST.get("reason", "")
            if reason not in ERASURE_REASONS or reason == "retention":
                context["reason_error"] = _("Choose why this person is being erased.")
                return TemplateResponse(
                    request, "admin/privacy/erase_confirm.html", context, status=400
                )
            if person.pk == request.user.pk:
                messages.error(request, _("You cannot erase your own account."))
                return redirect("admin:councils_user_change", person.pk)
            result = person_erase(user=person, by=request.user, reason=reason)
            messages.success(
                request,
                _(
                    "Erased. Their name, email, free text and files are gone; the figures keep "
                    "them as %(pseudonym)s."
                )
                % {"pseudonym": result.user.full_name},
            )
            return redirect("admin:councils_user_change", person.pk)
        return TemplateResponse(request, "admin/privacy/erase_confirm.html", context)
