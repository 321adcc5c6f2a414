"""Errors to Sentry, with personal data left behind.

The SDK is told not to send what it knows is personal (cookies, the signed-in user, IP
addresses, request bodies, local variables); `before_send` then scrubs what slips into an
event's text anyway: any email address, and any value held under a key that names a person
(`full_name`, `email`, `login`, ...), with the names and addresses of the user the event is
about replaced wherever they appear (an exception message quoting a person's name).
"""

import re
from typing import Any

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
FILTERED = "[Filtered]"
# Keys whose value is a person's name or address, in request data, extra context and tags.
PERSONAL_KEYS = {
    "certificate_name",
    "email",
    "emails",
    "first_name",
    "full_name",
    "last_name",
    "login",
    "name_for_certificate",
    "username",
    "ip_address",
}


def sentry_init(*, dsn: str, environment: str) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=0,
        before_send=before_send,
        before_send_transaction=before_send,
    )


def before_send(event: dict[str, Any], hint: dict | None = None) -> dict[str, Any]:
    """The event with email addresses and people's names taken out."""
    known = _known_personal_values(event)
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    return _scrub(event, known)


def _known_personal_values(event: dict) -> list[str]:
    """Names and addresses the event itself carries under personal keys: they are replaced
    wherever else they appear (longest first, so a full name goes before its first word)."""
    found: set[str] = set()

    def collect(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                collect(v, k)
        elif isinstance(value, list | tuple):
            for v in value:
                collect(v, key)
        elif isinstance(value, str) and key in PERSONAL_KEYS and len(value.strip()) > 2:
            found.add(value.strip())

    collect(event)
    return sorted(found, key=len, reverse=True)


def _scrub(value, known: list[str], key: str | None = None):
    if isinstance(value, dict):
        return {k: _scrub(v, known, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, known, key) for v in value]
    if isinstance(value, tuple):
        return tuple(_scrub(v, known, key) for v in value)
    if isinstance(value, str):
        if key in PERSONAL_KEYS:
            return FILTERED
        for personal in known:
            value = value.replace(personal, FILTERED)
        return EMAIL.sub(FILTERED, value)
    return value
