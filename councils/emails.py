"""One way to send an email: a subject / text / HTML trio from templates/emails/<name>/,
rendered in the recipient's language. Every email has a plain-text part."""

from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .models import User

# On every email the portal sends by itself: out-of-office and other auto-replies are not sent
# back to it (RFC 3834; `Precedence: bulk` for the mail systems that predate it).
AUTOMATED_HEADERS = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}


def build_email(
    *,
    name: str,
    to: User,
    context: dict,
    attachments: list[tuple[str, bytes, str]] = (),
    headers: dict | None = None,
    connection=None,
) -> EmailMultiAlternatives:
    context = {
        "user": to,
        "site_url": settings.SITE_URL,
        "programme_contact_email": settings.PROGRAMME_CONTACT_EMAIL,
        **context,
    }
    with translation.override(to.language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"emails/{name}/subject.txt", context).split())
        text = render_to_string(f"emails/{name}/body.txt", context)
        html = render_to_string(f"emails/{name}/body.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[formataddr((" ".join(to.full_name.split()), to.email))],
        headers={**AUTOMATED_HEADERS, **(headers or {})},
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


def send_email(**kwargs) -> None:
    build_email(**kwargs).send()
