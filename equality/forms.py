from django import forms
from django.utils.translation import gettext_lazy as _

from .models import QUESTIONS, EqualityResponse


class EqualityForm(forms.ModelForm):
    """Every question optional, each with "Prefer not to say"."""

    class Meta:
        model = EqualityResponse
        fields = [name for name, _choices in QUESTIONS]
        widgets = {name: forms.RadioSelect for name, _choices in QUESTIONS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in QUESTIONS:
            field = self.fields[name]
            field.required = False
            field.choices = list(choices.choices)
        self.fields["disability"].help_text = _(
            "The Equality Act 2010 definition: an impairment that has lasted, or is likely to "
            "last, at least 12 months."
        )
