"""An email backend that fails the first N sends (as an SMTP server that is down would), then
delivers into Django's test mailbox like locmem."""

from smtplib import SMTPServerDisconnected

from django.core.mail.backends.locmem import EmailBackend

FAILURES = {"remaining": 0}


class FlakyBackend(EmailBackend):
    def send_messages(self, messages):
        if FAILURES["remaining"] > 0:
            FAILURES["remaining"] -= 1
            raise SMTPServerDisconnected("Connection unexpectedly closed (test)")
        return super().send_messages(messages)


class DownBackend(EmailBackend):
    """An SMTP server that refuses the connection for the first N opens."""

    def open(self):
        if FAILURES["remaining"] > 0:
            FAILURES["remaining"] -= 1
            raise ConnectionRefusedError(111, "Connection refused (test)")
        return super().open()
