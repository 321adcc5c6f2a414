from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Language


class ProfileForm(forms.Form):
    certificate_name = forms.CharField(
        label=_("Name on your certificate"),
        help_text=_("Leave blank to use your full name as we have it."),
        max_length=150,
        required=False,
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    nudges = forms.BooleanField(
        label=_("Send me a reminder email when each week opens"), required=False
    )


class LoginForm(AllauthLoginForm):
    """allauth's login form with the portal's wording."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email address")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")
