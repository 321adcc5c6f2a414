"""Listeners for "a lab's activities changed".

`labs` knows nothing of cohorts; cohorts connects its progress refresh here at start-up, so
that adding or removing an activity in the admin refreshes everyone's stored progress in the
same transaction.
"""

from collections.abc import Callable

_listeners: list[Callable[..., object]] = []


def connect(listener: Callable[..., object]) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def activities_changed(*, lab_id: int) -> None:
    for listener in _listeners:
        listener(lab_id=lab_id)
