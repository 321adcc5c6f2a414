"""What every form of the portal says about text it cannot keep.

Django's forms refuse text holding a null character (U+0000, which PostgreSQL cannot store)
through django.core.validators.ProhibitNullCharactersValidator, with "Null characters are not
allowed." That message is Django's own and has no Welsh, and it does not say what to do. The
portal's message replaces it for every form, once, when the apps are ready
(councils.apps.CouncilsConfig.ready); a field can still say its own through
`error_messages[NULL_CHARACTER_CODE]` (the weekly page's reflection does)."""

from django.core import validators
from django.utils.translation import gettext_lazy as _

NULL_CHARACTER_CODE = validators.ProhibitNullCharactersValidator.code
NULL_CHARACTER_MESSAGE = _(
    "This text contains a hidden null character, often left by copying and pasting, and "
    "cannot be saved. Type it again, or paste it as plain text."
)


def use_portal_messages() -> None:
    """Give Django's null-character check the portal's message (translated when shown)."""
    validators.ProhibitNullCharactersValidator.message = NULL_CHARACTER_MESSAGE
