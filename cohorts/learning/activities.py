"""How a participant does an activity: which ones they tick by hand, and the form a tick or
an answer arrives in."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from infuse.forms import NULL_CHARACTER_CODE
from infuse.numbers import grouped
from labs import registry
from labs.models import Activity, ActivityKind

ANSWER_MAX_LENGTH = 5000


def ticked_by_hand(*, activity: Activity, lab_code: str) -> bool:
    """Whether the participant marks this activity done on the week page.

    A tool activity is completed by its lab's tool. Until that lab has registered a tool,
    the participant ticks it like a check-off, so that progress can still reach 100%.
    """
    if activity.kind != ActivityKind.TOOL:
        return True
    return registry.tool_for(lab_code) is None


class ActivityForm(forms.Form):
    """A check-off's tick (`done`) or a reflection's answer."""

    done = forms.BooleanField(required=False)
    answer = forms.CharField(
        label=_("Your reflection"),
        required=False,
        max_length=ANSWER_MAX_LENGTH,
        strip=True,
        error_messages={
            # Django would write the limit as 5000; the portal writes numbers one way (5,000).
            "max_length": format_lazy(
                _("Your reflection must be {limit} characters or fewer."),
                limit=grouped(ANSWER_MAX_LENGTH),
            ),
            NULL_CHARACTER_CODE: _(
                "Your reflection contains a hidden null character, often left by copying and "
                "pasting, and cannot be saved. Type it again, or paste it as plain text."
            ),
        },
    )

    def __init__(self, *args, activity: Activity, **kwargs):
        super().__init__(*args, **kwargs)
        self.activity = activity

    def clean(self):
        data = super().clean()
        if self.activity.kind == ActivityKind.REFLECTION:
            if not data.get("answer") and "answer" not in self.errors:
                self.add_error("answer", _("Write your reflection before you save it."))
            data["done"] = True
        return data
