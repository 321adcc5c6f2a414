"""Two (or more) runs of the same work at once, as a retried task beside the sweep, a double
click or two workers would make them: the tests that prove something happens exactly once."""

import threading

from django.db import connection


def at_once(target, times: int = 2) -> list[Exception]:
    """Run `target` in `times` threads started together, each closing its own database
    connection when done; returns the exceptions they raised (a test asserts there are none)."""
    errors: list[Exception] = []

    def run():
        try:
            target()
        except Exception as exc:  # reported to the test, which a thread cannot fail by itself
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
