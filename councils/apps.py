from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils and people")

    def ready(self):
        from infuse.forms import use_portal_messages

        from . import checks  # noqa: F401  (registers the deploy checks)

        use_portal_messages()

        from allauth.mfa import signals as mfa_signals

        mfa_signals.authenticator_added.connect(_mfa_passed, dispatch_uid="infuse_mfa_added")
        mfa_signals.authenticator_used.connect(_mfa_passed, dispatch_uid="infuse_mfa_used")

        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(_signed_in, dispatch_uid="infuse_signed_in")

        from anymail.signals import tracking

        tracking.connect(_email_tracked, dispatch_uid="infuse_email_tracked")


def _email_tracked(sender, event=None, esp_name="", **kwargs):
    """anymail's tracking events (from the email provider's webhook): a bounce, a rejection or
    a failure is recorded on the person with that address, for staff to see."""
    from .services import user_record_bounce

    if event is None:
        return
    reason = event.description or event.mta_response or event.reject_reason or ""
    user_record_bounce(
        email=event.recipient or "",
        event_type=event.event_type,
        reason=f"{esp_name}: {reason}" if esp_name and reason else str(reason),
        at=event.timestamp,
    )


def _signed_in(sender, request=None, user=None, **kwargs):
    """The idle timeout of a privileged person's session starts at sign-in."""
    from .middleware import mark_seen

    if getattr(user, "is_privileged", False):
        mark_seen(request)


def _mfa_passed(sender, request=None, **kwargs):
    """allauth's hooks for "a code from the authenticator app was just entered" (setting it up,
    signing in, re-authenticating): the session has passed two-step verification. Adding
    recovery codes is not that (they can be made after only a password)."""
    from allauth.mfa import signals as mfa_signals
    from allauth.mfa.models import Authenticator

    from .middleware import mark_mfa_passed

    authenticator = kwargs.get("authenticator")
    if kwargs.get("signal") is mfa_signals.authenticator_added and (
        getattr(authenticator, "type", None) != Authenticator.Type.TOTP
    ):
        return
    mark_mfa_passed(request)
