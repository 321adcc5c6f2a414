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
