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
        error_messages={
            "max_length": _("The name on your certificate must be 150 characters or fewer"),
        },
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=Language.choices,
        error_messages={
            "required": _("Choose the language you want the portal and its emails in"),
            "invalid_choice": _("Choose English or Welsh"),
        },
    )
    nudges = forms.BooleanField(
        label=_("Send me a reminder email when each week opens"), required=False
    )

    def clean_certificate_name(self):
        # A line break would split the name on the certificate, as for a nominated name.
        name = self.cleaned_data["certificate_name"]
        if any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise forms.ValidationError(
                _(
                    "Enter the name on your certificate on one line, without line breaks or "
                    "control characters"
                )
            )
        return name


class LoginForm(AllauthLoginForm):
    """allauth's login form with the portal's wording."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email address")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")
