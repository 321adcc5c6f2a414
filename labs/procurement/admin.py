"""The Social value planner in the admin: staff keep the measures and their illustrative proxy
values; participants' plans are shown read-only (staff comment on them in the tool itself)."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cohorts.learning.tools import EnrolmentWorkAdmin
from labs.admin import MissingWelshFilter, TranslationAdmin

from .models import Bid, Plan, PlanMeasure, ProxyValue
from .rules import format_pounds


@admin.register(ProxyValue)
class ProxyValueAdmin(TranslationAdmin):
    list_display = [
        "measure",
        "goal",
        "unit",
        "value_in_pounds",
        "serves_decarbonisation",
        "serves_communities",
        "is_active",
        "updated_at",
    ]
    list_filter = [
        "goal",
        "serves_decarbonisation",
        "serves_communities",
        "is_active",
        MissingWelshFilter,
    ]
    search_fields = ["measure", "unit", "code"]
    fieldsets = [
        (None, {"fields": ["measure", "code", "goal", "unit", "value", "guidance"]}),
        (_("Themes"), {"fields": ["serves_decarbonisation", "serves_communities"]}),
        (_("Listing"), {"fields": ["position", "is_active"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Plans refer to measures by their code in forms; keep it fixed once made.
        return ["code"] if obj else []

    @admin.display(description=_("proxy value per unit"), ordering="value")
    def value_in_pounds(self, obj):
        return format_pounds(obj.value)

    def has_delete_permission(self, request, obj=None):
        # Plans use measures; stop offering one (untick) rather than delete it.
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class PlanMeasureInline(ReadOnlyInline):
    model = PlanMeasure
    fields = ["proxy", "target"]


class BidInline(ReadOnlyInline):
    model = Bid
    fields = ["position", "bidder", "price", "quality"]


@admin.register(Plan)
class PlanAdmin(EnrolmentWorkAdmin, admin.ModelAdmin):
    """Participants' plans, to look at; only the participant changes them, in the tool."""

    list_display = [
        "title",
        "participant",
        "cohort",
        "kind",
        "value_in_pounds",
        "weighting",
        "updated_at",
    ]
    list_filter = ["kind", "enrolment__cohort"]
    search_fields = ["title", "enrolment__user__full_name", "enrolment__user__email"]
    list_select_related = ["enrolment__user", "enrolment__cohort"]
    fields = [
        "open_in_tool",
        "enrolment",
        "title",
        "kind",
        "value",
        "duration_months",
        "outcomes_note",
        ("price_weight", "quality_weight", "social_value_weight"),
        "weighting_note",
        "created_at",
        "updated_at",
    ]
    readonly_fields = fields[:1]
    inlines = [PlanMeasureInline, BidInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("estimated value"), ordering="value")
    def value_in_pounds(self, obj):
        return format_pounds(obj.value)

    @admin.display(description=_("price / quality / social value"))
    def weighting(self, obj):
        if obj.price_weight is None:
            return "–"
        return f"{obj.price_weight} / {obj.quality_weight} / {obj.social_value_weight}"

    @admin.display(description=_("in the tool"))
    def open_in_tool(self, obj):
        url = reverse("procurement_plan", args=[obj.enrolment_id, obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Read it and comment in the planner"))
