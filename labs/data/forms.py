"""One form per step of the builder. Work in progress saves: only what a step cannot do
without is required, and every error names the field and the rule."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from infuse.forms import NULL_CHARACTER_CODE

from . import guidance, rules
from .models import DataItem, DataQuestion

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _yes_no(value):
    return {"yes": True, "no": False}.get(value)


class StepForm(forms.ModelForm):
    """Error messages that say which field and which rule; hints from the guidance."""

    required_messages: dict = {}
    hints: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            label = capfirst(str(field.label))
            field.help_text = self.hints.get(name, "")
            field.error_messages["required"] = self.required_messages.get(
                name, _("Enter %(label)s.") % {"label": label.lower()}
            )
            field.error_messages["invalid_choice"] = _(
                "Choose one of the options for “%(label)s”."
            ) % {"label": label}
            field.error_messages[NULL_CHARACTER_CODE] = _(
                "“%(label)s” contains a hidden null character, often left by copying and "
                "pasting, and cannot be saved. Type it again, or paste it as plain text."
            ) % {"label": label}
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = _(
                    "“%(label)s” must be %(limit)s characters or fewer."
                ) % {"label": label, "limit": f"{field.max_length:,}"}


class QuestionForm(StepForm):
    required_messages = {"question": _("Enter your question.")}
    hints = {
        "question": _(
            "One sentence, using which, how many, where or why, about named people, places or "
            "assets in a named period."
        ),
        "decision": _(
            "The choice the answer will change, for example “whether to fund three more warm "
            "spaces this winter”."
        ),
        "who_acts": _("The role that takes the decision, and the forum (Cabinet, a board)."),
        "by_when": _("The real date or meeting, for example “Cabinet, 12 February 2027”."),
    }

    class Meta:
        model = DataQuestion
        fields = ["question", "decision", "who_acts", "by_when"]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 3}),
            "decision": forms.Textarea(attrs={"rows": 3}),
        }


class KindForm(StepForm):
    required_messages = {"kind": _("Choose the kind of question.")}
    hints = {
        "kind_reason": _(
            "One sentence on why, and one on what the kind means for your project (the data, "
            "the skills, the care it needs)."
        ),
    }

    class Meta:
        model = DataQuestion
        fields = ["kind", "kind_reason"]
        widgets = {"kind": forms.RadioSelect, "kind_reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].required = True
        self.fields["kind"].choices = [c for c in self.fields["kind"].choices if c[0]]


class DataGapsForm(StepForm):
    hints = {
        "data_gaps": _(
            "Anything you need that nobody holds. Leave it empty if every item is held somewhere."
        )
    }

    class Meta:
        model = DataQuestion
        fields = ["data_gaps"]
        widgets = {"data_gaps": forms.Textarea(attrs={"rows": 3})}


class ItemForm(StepForm):
    required_messages = {
        "description": _("Enter the data item, for example “daily mileage per van”."),
        "value_type": _("Choose whether the item is numbers or words."),
        "source": _("Choose where the item comes from."),
        "personal": _("Choose whether the item is personal or special category data."),
    }
    hints = {
        "description": _("A field, not a system: “date of last visit”, not “the case system”."),
        "source_name": _("For example StatsWales, WIMD, the telematics system, a named partner."),
        "personal": _(
            "Personal data is about someone who can be identified, directly or by combining it "
            "with other data; a van linked to a named driver is personal data. Special category "
            "data is health, ethnicity, religion, sexual orientation, trade union membership, "
            "biometric or genetic data."
        ),
    }

    class Meta:
        model = DataItem
        fields = ["description", "value_type", "source", "source_name", "personal"]
        widgets = {
            "value_type": forms.RadioSelect,
            "source": forms.RadioSelect,
            "personal": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("value_type", "source", "personal"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]


class EthicsForm(StepForm):
    hints = {
        "lawful_basis_detail": _(
            "The law that gives your council the function, for example the Social Services and "
            "Well-being (Wales) Act 2014 for social care. Add “to confirm with DPO” until your "
            "DPO agrees."
        ),
        "article9_condition": _(
            "Only if your data list has special category data: the Article 9 condition and the "
            "Data Protection Act 2018 Schedule 1 condition, for example “substantial public "
            "interest: statutory and government purposes”."
        ),
        "fairness": _(
            "Who could be missed or harmed? For example people who are digitally excluded, Welsh "
            "speakers if you only survey in English, or tenants left out of a scheme aimed at "
            "owner-occupiers. What will you do about it?"
        ),
        "residents_told": _(
            "Your two-sentence notice in plain language, and where it will appear (the privacy "
            "notice, the service’s web page, a letter)."
        ),
        "minimisation": _(
            "The items you removed or made less detailed since week 2, for example age band "
            "instead of date of birth, or ward instead of address."
        ),
    }

    class Meta:
        model = DataQuestion
        fields = [
            "lawful_basis",
            "lawful_basis_detail",
            "article9_condition",
            "dpo_confirmed",
            "dpia_commitment",
            "fairness",
            "residents_told",
            "minimisation",
        ]
        widgets = {
            "lawful_basis": forms.RadioSelect,
            "lawful_basis_detail": forms.Textarea(attrs={"rows": 3}),
            "article9_condition": forms.Textarea(attrs={"rows": 2}),
            "fairness": forms.Textarea(attrs={"rows": 4}),
            "residents_told": forms.Textarea(attrs={"rows": 4}),
            "minimisation": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "dpo_confirmed": _("My Data Protection Officer has confirmed the lawful basis"),
            "dpia_commitment": _(
                "If a DPIA is required, we will complete it with our DPO before any personal "
                "data is used"
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lawful_basis"].choices = [
            c for c in self.fields["lawful_basis"].choices if c[0]
        ]
        for question in guidance.SCREENING_QUESTIONS:
            name = f"screen_{question.code}"
            self.fields[name] = forms.TypedChoiceField(
                label=question.label,
                help_text=question.hint,
                choices=YES_NO,
                coerce=_yes_no,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": _("Answer yes or no to “%(label)s”.")
                    % {"label": question.label}
                },
            )
            if self.instance and not self.is_bound:
                value = getattr(self.instance, name)
                self.initial[name] = {True: "yes", False: "no"}.get(value)

    @property
    def lawful_basis_hints(self) -> dict:
        return guidance.LAWFUL_BASIS_HINTS

    def screening_fields(self):
        return [self[f"screen_{code}"] for code in rules.SCREENING]


class QualityForm(StepForm):
    hints = {
        "quality_actions": _(
            "For anything that needs work: one action, who will do it and by when. Note anything "
            "your DPO has still to confirm."
        )
    }

    class Meta:
        model = DataQuestion
        fields = ["quality_actions"]
        widgets = {"quality_actions": forms.Textarea(attrs={"rows": 4})}


STEP_FORMS = {
    "question": QuestionForm,
    "kind": KindForm,
    "data": DataGapsForm,
    "ethics": EthicsForm,
    "quality": QualityForm,
}
