import re
import secrets

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def parse_email_domains(text: str) -> list[str]:
    """The domains in a council's list, as typed by staff: separated by commas, semicolons,
    spaces or new lines; a leading "@" or a stray dot is forgiven; lower case, each once."""
    domains = []
    for part in re.split(r"[\s,;]+", text or ""):
        domain = part.strip().lstrip("@").strip(".").lower()
        if domain and domain not in domains:
            domains.append(domain)
    return domains


def validate_email_domains(text: str) -> None:
    check = DomainNameValidator(accept_idna=False)
    bad = []
    for domain in parse_email_domains(text):
        try:
            check(domain)
        except ValidationError:
            bad.append(domain)
        else:
            if "." not in domain:
                bad.append(domain)
    if bad:
        raise ValidationError(
            _(
                "These are not email domains: %(bad)s. Enter domains like cardiff.gov.uk, "
                "separated by commas or new lines."
            ),
            params={"bad": ", ".join(bad)},
            code="invalid",
        )


class Council(models.Model):
    """A local authority of the Cardiff Capital Region: a tenant of the portal."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    name_cy = models.CharField(_("Welsh name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    email_domains = models.TextField(
        _("staff email domains"),
        blank=True,
        validators=[validate_email_domains],
        help_text=_(
            "The domains of this council's staff email addresses, separated by commas or new "
            "lines, for example cardiff.gov.uk. A council lead can nominate someone new to the "
            "portal only with an address at one of these domains or their subdomains. Leave "
            "blank to accept any address."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self) -> str:
        return self.display_name

    def clean(self):
        # Stored one a line, tidied, whatever the separators typed.
        self.email_domains = "\n".join(parse_email_domains(self.email_domains))

    @property
    def display_name(self) -> str:
        return self.name_cy if get_language() == "cy" else self.name

    @property
    def domain_list(self) -> list[str]:
        return parse_email_domains(self.email_domains)

    def accepts_email(self, email: str) -> bool:
        """Whether an address is at one of the council's domains (or a subdomain of one);
        any address when the council has none set."""
        domains = self.domain_list
        if not domains:
            return True
        host = email.rpartition("@")[2].strip().rstrip(".").lower()
        return any(host == d or host.endswith("." + d) for d in domains)


class Role(models.TextChoices):
    STAFF = "staff", _("Programme staff")
    LEAD = "lead", _("Council lead")
    PARTICIPANT = "participant", _("Participant")
    FUNDER = "funder", _("Funder")


class Language(models.TextChoices):
    # Each language named in itself, as a language list should be (not "Saesneg" on a Welsh
    # page): these labels are never translated.
    ENGLISH = "en", "English"
    WELSH = "cy", "Cymraeg"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **fields)
        user.set_password(password) if password else user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True, role=Role.STAFF)
        fields.setdefault("full_name", email.split("@")[0])
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person: email is the login. Council is null for programme staff and funders."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    certificate_name = models.CharField(
        _("name on certificate"),
        max_length=150,
        blank=True,
        help_text=_("Leave blank to use the full name."),
    )
    council = models.ForeignKey(
        Council,
        verbose_name=_("council"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.PARTICIPANT)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language, default=Language.ENGLISH
    )
    nudges_opt_out = models.BooleanField(
        _("no weekly nudges"),
        default=False,
        help_text=_("Ticked: this person has asked not to get the weekly reminder emails."),
    )
    calendar_token = models.CharField(
        _("calendar link secret"), max_length=64, unique=True, default=new_calendar_token
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(
        _("can use the admin"),
        default=False,
        help_text=_("Programme staff who run cohorts in the admin."),
    )
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)
    # Set when the person was erased (privacy.erasure): name and email are then a pseudonym.
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True, editable=False)
    # Set when the email provider reports that mail to this address bounced or was refused
    # (councils.services.user_record_bounce, from anymail's tracking signal); cleared when the
    # address changes.
    email_bounced_at = models.DateTimeField(
        _("email bounced"), null=True, blank=True, editable=False
    )
    email_bounce_reason = models.CharField(
        _("why the email bounced"), max_length=300, blank=True, editable=False
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [
            # Lists in name order (a council lead's people, 50 a page) walk the names from the
            # top rather than sorting a whole council's people (issue 24).
            models.Index(fields=["full_name"], name="user_full_name_idx"),
            # The few of one role among thousands of participants (the cohort page's choice of
            # facilitators, the staff and funders to email) without reading every person.
            models.Index(
                fields=["role"],
                name="user_role_not_participant_idx",
                condition=~models.Q(role="participant"),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=["staff", "funder"], council__isnull=True)
                | models.Q(role__in=["lead", "participant"], council__isnull=False),
                name="council_matches_role",
                violation_error_message=_(
                    "Council leads and participants belong to a council; staff and funders do not."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def name_for_certificate(self) -> str:
        return self.certificate_name or self.full_name

    @property
    def is_privileged(self) -> bool:
        """Programme staff and anyone who can open the admin: they must use two-step
        verification, and their sessions end when idle (councils.middleware)."""
        return self.role == Role.STAFF or self.is_staff or self.is_superuser
