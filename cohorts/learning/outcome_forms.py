"""The self-assessment and six-month follow-up forms: one 1–5 scale (with "not sure") per
statement of the Lab."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Applied
from .outcomes import NOT_SURE

SCALE = [
    ("1", _("1 – not at all")),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", _("5 – fully")),
    (str(NOT_SURE), _("Not sure")),
]


class StatementsForm(forms.Form):
    """One required choice per statement; `answers()` maps statement id → 1–5 or NOT_SURE."""

    def __init__(self, *args, statements, **kwargs):
        super().__init__(*args, **kwargs)
        self.statements = statements
        for statement in statements:
            self.fields[f"s{statement.pk}"] = forms.ChoiceField(
                label=statement.text,
                choices=SCALE,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose a number from 1 to 5, or “Not sure”.")},
            )

    def answers(self) -> dict[int, int]:
        return {s.pk: int(self.cleaned_data[f"s{s.pk}"]) for s in self.statements}


class FollowUpForm(StatementsForm):
    applied = forms.ChoiceField(
        label=_("Have you used what you learned in the Lab?"),
        choices=Applied.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you have used what you learned.")},
    )
    why_not = forms.CharField(
        label=_("If not, what stood in the way?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea,
    )
    changed = forms.CharField(
        label=_("What has changed, for you or your service, because of the Lab?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea,
    )

    field_order = ["applied", "why_not", "changed"]

    def __init__(self, *args, statements, **kwargs):
        super().__init__(*args, statements=statements, **kwargs)
        self.order_fields(self.field_order)

    @property
    def statement_fields(self):
        return [self[f"s{s.pk}"] for s in self.statements]
