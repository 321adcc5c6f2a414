"""Texts translated once per language: a page that asks for the same few words again and again
(a page of admin rows, a week's step links) looks each up once, not on every use (issue 24)."""

from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext as _


@lru_cache(maxsize=64)
def _translated(language: str, message: str) -> str:
    """`gettext(message)` in `language` (the active one), looked up once."""
    return _(message)


def text_once(message: str) -> str:
    """`gettext(message)` in the active language, from `_translated`. Mark the message with
    `gettext_noop` where it is written, so that makemessages finds it."""
    return _translated(get_language(), message)
