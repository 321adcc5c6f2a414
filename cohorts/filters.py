"""The filter and sort of list pages, read from the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Cohort, EnrolmentStatus
from .selectors import LEAD_SORTS


class PeopleFilter(forms.Form):
    """A lead's people: one of their council's cohorts (or all), and a sort key."""

    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.none(),
        required=False,
        empty_label=_("All cohorts"),
    )
    sort = forms.ChoiceField(
        choices=[(k, k) for key in LEAD_SORTS for k in (key, f"-{key}")], required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All statuses")), *EnrolmentStatus.choices],
        required=False,
    )
    q = forms.CharField(label=_("Search by name"), max_length=100, required=False, strip=True)

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts
