from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils and people")

    def ready(self):
        from infuse.forms import use_portal_messages

        use_portal_messages()

        from allauth.mfa import signals as mfa_signals

        mfa_signals.authenticator_added.connect(_mfa_passed, dispatch_uid="infuse_mfa_added")
        mfa_signals.authenticator_used.connect(_mfa_passed, dispatch_uid="infuse_mfa_used")


def _mfa_passed(sender, request=None, **kwargs):
    """allauth's hooks for "a code from the authenticator app was just entered" (setting it up,
    signing in, re-authenticating): the session has passed two-step verification."""
    from .middleware import mark_mfa_passed

    mark_mfa_passed(request)
