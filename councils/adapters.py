from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """People are invited by programme staff or their council lead; nobody signs themselves up."""

    def is_open_for_signup(self, request) -> bool:
        return False
