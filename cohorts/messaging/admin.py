"""The admin's certificate and nudge pages: certificates issued (and re-issued after a name change) and the weekly nudges sent."""

from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cohorts.messaging.certificates import (
    certificate_build_pdf,
    certificate_reissue,
    certificate_revoke,
)
from cohorts.models import (
    Certificate,
    CertificateNameChange,
    Nudge,
)
from cohorts.selectors import (
    name_changed_since_award,
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
