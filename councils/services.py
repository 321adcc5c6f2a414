"""Writes for councils and people."""

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction

from .audit import audit_bulk_created
from .models import Council, Role, User


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    role: str = Role.PARTICIPANT,
    council: Council | None = None,
    password: str | None = None,
    language: str = "en",
) -> User:
    """Create a person who can log in straight away.

    People made outside allauth's own flows (the demo, CSV enrolment, a lead's nomination)
    get a verified EmailAddress row, because allauth refuses email login without one.
    Programme staff get admin access; nobody else does.
    """
    user = User.objects.create_user(
        email=email,
        password=password,
        full_name=full_name,
        role=role,
        council=council,
        language=language,
        is_staff=role == Role.STAFF,
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@transaction.atomic
def participants_create(*, people: list[tuple[str, str, Council]]) -> list[User]:
    """Create many participants at once, each able to log in: user_create for a whole CSV
    upload, in two inserts however many people (email, full name, council).

    No password (they sign in by emailed code or set one); a verified EmailAddress row each.
    Raises IntegrityError, creating nobody, if an email is already taken.
    """
    users = User.objects.bulk_create(
        User(
            email=User.objects.normalize_email(email).lower(),
            full_name=full_name,
            role=Role.PARTICIPANT,
            council=council,
            password=make_password(None),
        )
        for email, full_name, council in people
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    audit_bulk_created(users)
    return users


def user_set_preferences(
    *, user: User, certificate_name: str, language: str, nudges_opt_out: bool
) -> User:
    """Save what a person chose on their profile page."""
    user.certificate_name = certificate_name.strip()
    user.language = language
    user.nudges_opt_out = nudges_opt_out
    user.save(update_fields=["certificate_name", "language", "nudges_opt_out"])
    return user


def user_renew_calendar_token(*, user: User) -> User:
    """Revoke the old calendar-feed link and issue a new secret one."""
    from .models import new_calendar_token

    user.calendar_token = new_calendar_token()
    user.save(update_fields=["calendar_token"])
    return user


def user_set_nudges(*, user: User, opt_out: bool) -> User:
    """Turn the weekly reminder emails off (or on) for a person."""
    User.objects.filter(pk=user.pk).update(nudges_opt_out=opt_out)
    user.nudges_opt_out = opt_out
    return user


@transaction.atomic
def user_set_up_authenticator(*, user: User, secret: str) -> None:
    """Give a person an authenticator app (TOTP, with `secret` in base32) and recovery codes,
    as if they had set it up themselves. For the demo's staff account, whose secret is printed
    in the README, and for tests. Idempotent: a person who has an app keeps theirs."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        return
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
