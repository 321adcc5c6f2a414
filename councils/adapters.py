from allauth.account.adapter import DefaultAccountAdapter

from .emails import AUTOMATED_HEADERS


class AccountAdapter(DefaultAccountAdapter):
    """People are invited by programme staff or their council lead; nobody signs themselves up."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's emails (sign-in codes, password resets) are automated too."""
        return super().render_mail(
            template_prefix, email, context, headers={**AUTOMATED_HEADERS, **(headers or {})}
        )
