from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cohorts.learning.tools import EnrolmentWorkAdmin

from .models import Canvas, CanvasPart, Decision


class CanvasPartInline(admin.TabularInline):
    model = CanvasPart
    extra = 0
    fields = ("kind", "part", "why", "change", "reason", "risk", "check_plan")


@admin.register(Canvas)
class CanvasAdmin(EnrolmentWorkAdmin, admin.ModelAdmin):
    """Programme staff read (and if need be correct) participants' canvases."""

    list_display = (
        "name",
        "participant",
        "council",
        "cohort",
        "proposal",
        "decision",
        "updated_at",
    )
    list_filter = ("decision", "enrolment__cohort")
    search_fields = ("name", "enrolment__user__full_name", "enrolment__user__email")
    list_select_related = ("enrolment__user__council", "enrolment__cohort")
    raw_id_fields = ("enrolment",)
    readonly_fields = ("proposed_decision", "decided_at", "created_at", "updated_at")
    inlines = [CanvasPartInline]
    fieldsets = (
        (None, {"fields": ("enrolment", "name", "created_at", "updated_at")}),
        (
            _("1. The innovation"),
            {
                "fields": (
                    "what_it_is",
                    "where_it_worked",
                    "problem_there",
                    "evidence_level",
                    "evidence_source",
                )
            },
        ),
        (_("2. Our context"), {"fields": ("problem_here", "who_affected", "policy_fit")}),
        (
            _("3. Fit"),
            {
                "fields": (
                    ("relative_advantage", "relative_advantage_note"),
                    ("compatibility", "compatibility_note"),
                    ("complexity", "complexity_note"),
                    ("trialability", "trialability_note"),
                    ("observability", "observability_note"),
                    ("evidence", "evidence_note"),
                    ("readiness", "readiness_note"),
                )
            },
        ),
        (
            _("5. Decision"),
            {
                "fields": (
                    "decision",
                    "proposed_decision",
                    "decided_at",
                    "decision_reasons",
                    "reconsider_if",
                    "who_agrees",
                )
            },
        ),
        (
            _("6. A first small test"),
            {
                "fields": (
                    "test_what",
                    "test_where",
                    ("test_starts_on", "test_weeks"),
                    "test_prediction",
                    "measure_outcome",
                    "measure_process",
                    "measure_balancing",
                    "test_review",
                )
            },
        ),
    )

    @admin.display(description=_("the tool proposes"))
    def proposal(self, obj):
        proposal = obj.proposal
        return Decision(proposal.decision).label if proposal else "–"
