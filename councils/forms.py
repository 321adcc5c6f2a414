from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.totp.forms import ActivateTOTPForm as AllauthActivateTOTPForm
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


class _AuthenticatorCodeLabels:
    """The code field of allauth's two-step verification forms, in the portal's words (allauth
    has no Welsh)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        code = self.fields["code"]
        code.label = _("Code from your authenticator app")
        code.help_text = _("The 6-digit code the app shows now, or one of your recovery codes.")
        code.error_messages["required"] = _("Enter the code from your authenticator app")
        code.widget.attrs.update(
            {"placeholder": "", "inputmode": "numeric", "autocomplete": "one-time-code"}
        )


class MFAAuthenticateForm(_AuthenticatorCodeLabels, AuthenticateForm):
    pass


class MFAReauthenticateForm(_AuthenticatorCodeLabels, ReauthenticateForm):
    pass


class ActivateTOTPForm(_AuthenticatorCodeLabels, AllauthActivateTOTPForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("The 6-digit code the app shows after you add Infuse.")
