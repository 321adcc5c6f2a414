"""The admin of what reports are measured against (targets) and what was submitted (monitoring
returns: read-only, never deleted). Imported by cohorts.admin."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..models import MonitoringReturn, Target, TargetMeasure


class TargetForm(forms.ModelForm):
    # A whole number, 0 or more; refused otherwise, saying which field.
    value = forms.IntegerField(
        label=_("Target"),
        min_value=0,
        max_value=2_000_000_000,
        error_messages={
            "invalid": _("Target: enter a whole number, such as 120 (no decimals or words)."),
            "min_value": _("Target: enter a whole number of 0 or more."),
            "max_value": _("Target: enter a whole number of 2,000,000,000 or less."),
            "required": _("Target: enter a whole number of 0 or more."),
        },
    )

    class Meta:
        model = Target
        fields = ["measure", "lab", "council", "value"]
        error_messages = {
            "measure": {
                "required": _("Measure: choose what the target counts."),
                "invalid_choice": _("Measure: choose one of the measures listed."),
            }
        }

    def clean(self):
        data = super().clean()
        if data.get("measure") == TargetMeasure.COUNCILS_SUPPORTED and data.get("council"):
            raise ValidationError(
                {"council": _("Council: a target of councils supported is not set per council.")}
            )
        return data


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    form = TargetForm
    list_display = ["measure", "lab", "council", "value", "updated_at"]
    list_filter = ["measure", "lab"]
    list_select_related = ["lab", "council"]


@admin.register(MonitoringReturn)
class MonitoringReturnAdmin(admin.ModelAdmin):
    """What was submitted stays as it was: nothing here is edited or deleted."""

    list_display = ["label", "submitted_at", "submitted_by"]
    list_select_related = ["submitted_by"]
    readonly_fields = [
        "period",
        "label",
        "submitted_by",
        "submitted_at",
        "previous",
        "figures",
        "changed",
        "pdf",
        "workbook",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
