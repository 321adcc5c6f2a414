"""Writes for councils and people."""

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import audit_bulk_created, audit_updated
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


# --- People move on (issue 22) ----------------------------------------------------------------


class PersonMoveRefused(ValueError):
    """A move, a departure or a lead handover that cannot be made; the message says why."""


@transaction.atomic
def user_move_council(*, user: User, council: Council, by: User | None) -> bool:
    """Move a participant to another council. Their history stays: each enrolment keeps the
    council it was made for (`Enrolment.council`), so past reports do not shift, and that
    council's lead keeps seeing it; the new council's lead sees the person, and what they do,
    from now on. A lead hands their role on first (`council_lead_handover`). Recorded in the
    audit trail. Idempotent: False, changing nothing, if they are already in that council.
    For programme staff."""
    person = User.objects.select_for_update().get(pk=user.pk)
    if person.role != Role.PARTICIPANT:
        raise PersonMoveRefused(
            _("Only participants move between councils; hand a lead’s role to someone else first.")
            if person.role == Role.LEAD
            else _("Programme staff and funders belong to no council.")
        )
    if person.council_id == council.pk:
        return False
    old = person.council
    User.objects.filter(pk=person.pk).update(council=council)
    # As auditlog writes a foreign key: its id.
    audit_updated([person], {"council": (old.pk if old else None, council.pk)}, actor=by)
    user.council = council
    return True


@transaction.atomic
def council_lead_handover(*, council: Council, to: User, by: User | None) -> list[User]:
    """Make `to` (an active participant of the council) its lead; whoever held the role
    becomes a participant of the council. Both changes are in the audit trail, each on the
    person's own record. Idempotent: handing the role to its holder again changes nothing.
    Returns the people who lost it. For programme staff."""
    person = User.objects.select_for_update().get(pk=to.pk)
    if person.council_id != council.pk or not person.is_active or person.erased_at:
        raise PersonMoveRefused(
            _("The new lead must be an active person of %(council)s.")
            % {"council": council.display_name}
        )
    if person.role not in (Role.PARTICIPANT, Role.LEAD):
        raise PersonMoveRefused(_("Only a participant of the council can become its lead."))
    old_leads = list(
        User.objects.select_for_update()
        .filter(council=council, role=Role.LEAD)
        .exclude(pk=person.pk)
        .order_by("pk")
    )
    if old_leads:
        User.objects.filter(pk__in=[u.pk for u in old_leads]).update(role=Role.PARTICIPANT)
        audit_updated(old_leads, {"role": (Role.LEAD, Role.PARTICIPANT)}, actor=by)
    if person.role != Role.LEAD:
        User.objects.filter(pk=person.pk).update(role=Role.LEAD)
        audit_updated([person], {"role": (Role.PARTICIPANT, Role.LEAD)}, actor=by)
    to.role = Role.LEAD
    return old_leads


# anymail's event types that mean the address does not take mail.
UNDELIVERABLE = {"bounced", "rejected", "failed"}


def user_record_bounce(*, email: str, event_type: str, reason: str = "", at=None) -> int:
    """Record that mail to `email` bounced, was rejected or failed (anymail's tracking events),
    on whoever has that address now, for staff to see on their admin page. Other events are
    ignored. Returns how many people were marked (0 or 1)."""
    if event_type not in UNDELIVERABLE or not email:
        return 0
    return User.objects.filter(email__iexact=email.strip()).update(
        email_bounced_at=at or timezone.now(), email_bounce_reason=(reason or event_type)[:300]
    )


def user_clear_bounce(*, user: User) -> None:
    """Forget a bounce: the address has changed (`UserAdmin.save_model`)."""
    User.objects.filter(pk=user.pk).update(email_bounced_at=None, email_bounce_reason="")
    user.email_bounced_at, user.email_bounce_reason = None, ""
