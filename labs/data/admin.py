"""Programme staff read participants' data questions here; the participant alone changes them,
in the builder. Staff comment from the builder's page, which each row links to."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cohorts.learning.tools import EnrolmentWorkAdmin

from . import guidance
from .models import DataItem, DataQuestion
from .selectors import QuestionReview


class DataItemInline(admin.TabularInline):
    model = DataItem
    fields = ["description", "value_type", "source", "source_name", "personal"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(DataQuestion)
class DataQuestionAdmin(EnrolmentWorkAdmin, admin.ModelAdmin):
    list_display = [
        "short_question",
        "participant",
        "council",
        "cohort",
        "kind",
        "steps_complete",
        "quality",
        "dpia",
        "updated_at",
    ]
    list_filter = ["kind", "enrolment__cohort"]
    search_fields = ["question", "enrolment__user__full_name", "enrolment__user__email"]
    list_select_related = ["enrolment__user__council", "enrolment__cohort"]
    inlines = [DataItemInline]
    readonly_fields = ["open_in_builder", "participant", "cohort", "created_at", "updated_at"]
    exclude = ["enrolment"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("items")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # the participant's own work: read here, comment in the builder

    @admin.display(description=_("question"))
    def short_question(self, obj):
        return obj.question[:90]

    @admin.display(description=_("steps complete"))
    def steps_complete(self, obj):
        return f"{len(QuestionReview(obj).done)} / 5"

    @admin.display(description=_("quality check"))
    def quality(self, obj):
        return _("Ready") if QuestionReview(obj).verdict.ready else _("Needs work")

    @admin.display(description=_("DPIA screening"))
    def dpia(self, obj):
        return guidance.LEVEL_LABELS[QuestionReview(obj).screening.level]

    @admin.display(description=_("in the builder"))
    def open_in_builder(self, obj):
        url = reverse("data_question", args=[obj.enrolment_id, obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Read it and leave a comment"))
