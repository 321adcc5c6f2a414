import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .emails import AUTOMATED_HEADERS
from .models import User


class AccountAdapter(DefaultAccountAdapter):
    """People are invited by programme staff or their council lead; nobody signs themselves up."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's emails (sign-in codes, password resets) are automated too."""
        return super().render_mail(
            template_prefix, email, context, headers={**AUTOMATED_HEADERS, **(headers or {})}
        )

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Setting up or turning off two-step verification asks for the password again, unless
        the person signed in (or confirmed it was them) in the last few minutes: a member of
        staff sent to set it up straight after signing in is not asked twice."""
        required = super().is_reauthentication_required(app=app, **kwargs)
        if required and app == "allauth.mfa":
            request = allauth_context.request
            user = getattr(request, "user", None)
            records = get_authentication_records(request, user) if user else []
            if records and time.time() - records[-1]["at"] < (
                account_settings.REAUTHENTICATION_TIMEOUT
            ):
                return False
        return required

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's emails (sign-in codes, password resets, security notices) in the language
        the person chose, whatever language the page that sent them was in; an address nobody
        has (a reset asked for an unknown address) gets the page's language."""
        person = context.get("user")
        if not isinstance(person, User):
            person = User.objects.filter(email__iexact=email).first()
        language = person.language if person else translation.get_language()
        context = {
            "person": person,
            "site_url": settings.SITE_URL,
            "programme_contact_email": settings.PROGRAMME_CONTACT_EMAIL,
            **context,
        }
        with translation.override(language or settings.LANGUAGE_CODE):
            super().send_mail(template_prefix, email, context)


class MFAAdapter(DefaultMFAAdapter):
    """Two-step verification: the set-up QR code drawn by segno (already used for certificates),
    and programme staff cannot turn it off."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Programme staff must use two-step verification, so it cannot be turned off."
        ),
        "cannot_generate_recovery_codes": _(
            "Set up an authenticator app before making recovery codes."
        ),
        "incorrect_code": _(
            "That code is not right. Enter the code your authenticator app shows now"
        ),
        "unverified_email": _(
            "Your email address has not been confirmed, so two-step verification cannot be "
            "set up. Email the programme team."
        ),
        "add_email_blocked": _("Email addresses are changed by the programme team."),
    }

    def get_totp_issuer(self) -> str:
        return settings.MFA_TOTP_ISSUER

    def build_totp_svg(self, url: str) -> str:
        import segno

        return segno.make(url, error="m").svg_inline(scale=4, light="#fff")

    def can_delete_authenticator(self, authenticator) -> bool:
        return not authenticator.user.is_privileged
