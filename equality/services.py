"""Writes and the person's own reads of their equality answers. Nothing here takes anyone but
the person themselves: there is no way to ask for another person's answers."""

import json

from django.db import IntegrityError, transaction
from django.utils import timezone

from councils.models import User

from .models import QUESTIONS, EqualityResponse


def equality_response_of(*, user: User) -> EqualityResponse | None:
    """The signed-in person's own answers (or their skip), if any."""
    return EqualityResponse.objects.filter(user_id=user.pk).first()


def equality_should_ask(*, user: User) -> bool:
    """Asked once, on the participant's dashboard, until they answer or skip."""
    return not EqualityResponse.objects.filter(user_id=user.pk).exists()


def equality_save(*, user: User, answers: dict[str, str]) -> EqualityResponse:
    """Save (or replace) the person's own answers; blank means not answered. Idempotent."""
    values = {name: answers.get(name, "") for name, _choices in QUESTIONS}
    with transaction.atomic():
        response, _ = EqualityResponse.objects.update_or_create(
            user=user, defaults={**values, "skipped": False, "updated_at": timezone.now()}
        )
    return response


def equality_skip(*, user: User) -> None:
    """One click: not asked again (unless they choose to answer from their profile). Answers
    given before are kept; a double click changes nothing."""
    try:
        with transaction.atomic():
            EqualityResponse.objects.get_or_create(user=user, defaults={"skipped": True})
    except IntegrityError:  # a racing click made it
        pass


def equality_erase(*, user: User) -> None:
    """Delete the person's answers (they are asked again only if they choose to answer)."""
    EqualityResponse.objects.filter(user_id=user.pk).delete()


def equality_export(*, user: User) -> bytes:
    """The person's own answers for their subject-access download, as JSON."""
    response = equality_response_of(user=user)
    data: dict = {"equality_monitoring": None}
    if response is not None:
        data["equality_monitoring"] = {
            "skipped": response.skipped,
            "updated_at": response.updated_at.isoformat(),
            **{
                name: {
                    "question": str(EqualityResponse._meta.get_field(name).verbose_name),
                    "answer": str(dict(choices.choices).get(getattr(response, name), "")),
                }
                for name, choices in QUESTIONS
            },
        }
    return json.dumps(data, ensure_ascii=False, indent=2).encode()
