import secrets

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Council(models.Model):
    """A local authority of the Cardiff Capital Region: a tenant of the portal."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    name_cy = models.CharField(_("Welsh name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name_cy if get_language() == "cy" else self.name


class Role(models.TextChoices):
    STAFF = "staff", _("Programme staff")
    LEAD = "lead", _("Council lead")
    PARTICIPANT = "participant", _("Participant")
    FUNDER = "funder", _("Funder")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")


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

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
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
    def is_programme_staff(self) -> bool:
        return self.role == Role.STAFF

    @property
    def is_lead(self) -> bool:
        return self.role == Role.LEAD

    @property
    def is_participant(self) -> bool:
        return self.role == Role.PARTICIPANT

    @property
    def is_funder(self) -> bool:
        return self.role == Role.FUNDER
