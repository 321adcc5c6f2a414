"""Voluntary equality monitoring: special-category data, kept apart from the identity tables.

There is deliberately no ModelAdmin, no history and no per-person view of these answers: only the
person sees their own (profile, their download); reports count them under the disclosure policy.
Deleting the person deletes their answers (CASCADE)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFER_NOT = "prefer_not"


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class GenderSame(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class AgeBand(models.TextChoices):
    UNDER_25 = "16-24", _("16 to 24")
    FROM_25 = "25-34", _("25 to 34")
    FROM_35 = "35-44", _("35 to 44")
    FROM_45 = "45-54", _("45 to 54")
    FROM_55 = "55-64", _("55 to 64")
    FROM_65 = "65+", _("65 or over")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class Disability(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class EthnicGroup(models.TextChoices):
    # The high-level groups of the 2021 census in Wales.
    ASIAN = "asian", _("Asian, Asian Welsh or Asian British")
    BLACK = "black", _("Black, Black Welsh, Black British, Caribbean or African")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    WHITE = "white", _("White")
    OTHER = "other", _("Other ethnic group")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class WelshAbility(models.TextChoices):
    FLUENT = "fluent", _("Fluent")
    FAIR = "fair", _("Can speak a fair amount")
    LITTLE = "little", _("Can speak a little")
    NONE = "none", _("No Welsh")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class Qualification(models.TextChoices):
    NONE = "none", _("No qualifications")
    LEVEL_1_2 = "level_1_2", _("GCSEs or equivalent (levels 1 and 2)")
    LEVEL_3 = "level_3", _("A levels or equivalent (level 3)")
    LEVEL_4_5 = "level_4_5", _("Higher certificate, diploma or foundation degree (levels 4 and 5)")
    LEVEL_6 = "level_6", _("Degree (level 6)")
    LEVEL_7_8 = "level_7_8", _("Postgraduate degree (levels 7 and 8)")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class JobLevel(models.TextChoices):
    FRONT_LINE = "front_line", _("Front-line or officer")
    TEAM_LEADER = "team_leader", _("Team leader or supervisor")
    MANAGER = "manager", _("Manager")
    HEAD = "head", _("Head of service or senior manager")
    DIRECTOR = "director", _("Director or chief officer")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class EqualityResponse(models.Model):
    """One person's answers, or their choice to skip (`skipped`, with every answer blank).
    A blank answer counts as "not provided" in reports."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="equality_response"
    )
    sex = models.CharField(_("Sex"), max_length=20, choices=Sex, blank=True)
    gender_same = models.CharField(
        _("Is the gender you identify with the same as your sex registered at birth?"),
        max_length=20,
        choices=GenderSame,
        blank=True,
    )
    age_band = models.CharField(_("Age"), max_length=20, choices=AgeBand, blank=True)
    disability = models.CharField(
        _(
            "Do you have a physical or mental impairment that has a substantial and long-term "
            "effect on your ability to carry out day-to-day activities?"
        ),
        max_length=20,
        choices=Disability,
        blank=True,
    )
    ethnic_group = models.CharField(
        _("Ethnic group"), max_length=20, choices=EthnicGroup, blank=True
    )
    welsh_ability = models.CharField(
        _("Can you speak Welsh?"), max_length=20, choices=WelshAbility, blank=True
    )
    qualification = models.CharField(
        _("Highest qualification"), max_length=20, choices=Qualification, blank=True
    )
    job_level = models.CharField(_("Job level"), max_length=20, choices=JobLevel, blank=True)
    skipped = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Never shown by name anywhere; the default_permissions stay so no one can be given more.
        verbose_name = _("equality monitoring answers")
        verbose_name_plural = _("equality monitoring answers")

    def __str__(self) -> str:
        # Names no one and no answer: a string that might reach a log or a page by accident.
        return str(_("equality monitoring answers"))


# The questions in the order asked and reported, with their choices.
QUESTIONS = [
    ("sex", Sex),
    ("gender_same", GenderSame),
    ("age_band", AgeBand),
    ("disability", Disability),
    ("ethnic_group", EthnicGroup),
    ("welsh_ability", WelshAbility),
    ("qualification", Qualification),
    ("job_level", JobLevel),
]
