from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def archived_field():
    """When staff archived a piece of content that people's records hang off (it is kept, not
    deleted: see docs/architecture.md, "Nothing lost")."""
    return models.DateTimeField(
        _("archived"),
        null=True,
        blank=True,
        help_text=_(
            "Archived content is hidden from participants and stops counting for progress; "
            "what people did with it is kept."
        ),
    )


class LabCode(models.TextChoices):
    ADAPTION = "adaption", _("Adaption Lab")
    DATA = "data", _("Data Lab")
    PROCUREMENT = "procurement", _("Procurement Lab")


class Lab(models.Model):
    """One of the three six-week Labs of the Infuse programme."""

    code = models.CharField(_("code"), max_length=20, choices=LabCode, unique=True)
    name = models.CharField(_("name"), max_length=100)
    summary = models.TextField(_("summary"))
    weeks = models.PositiveSmallIntegerField(_("length in weeks"), default=6)

    class Meta:
        ordering = ["code"]
        verbose_name = _("lab")
        verbose_name_plural = _("labs")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def display_name(self) -> str:
        """The lab's name in the active language, as edited in the admin: the Welsh name on
        Welsh pages, falling back to the English name, then to the label of its code."""
        language = (get_language() or "en").split("-")[0]
        return (
            getattr(self, f"name_{language}", None)
            or getattr(self, "name_en", None)
            or str(self.get_code_display())
        )


class Module(models.Model):
    """One week of a lab. Its dates come from each cohort's sessions, never stored here."""

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="modules")
    number = models.PositiveSmallIntegerField(_("week"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    outcomes = models.TextField(_("learning outcomes"), help_text=_("One outcome per line."))
    archived_at = archived_field()

    class Meta:
        ordering = ["lab", "number"]
        verbose_name = _("module (week)")
        verbose_name_plural = _("modules (weeks)")
        constraints = [
            models.UniqueConstraint(fields=["lab", "number"], name="one_module_per_lab_week")
        ]

    def __str__(self) -> str:
        return f"{self.lab} · {_('Week')} {self.number}: {self.title}"

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]


class MaterialKind(models.TextChoices):
    READING = "reading", _("Reading")
    VIDEO = "video", _("Video")
    LINK = "link", _("Link")
    FILE = "file", _("File")
    WORKSHEET = "worksheet", _("Worksheet")


class Material(models.Model):
    """Something to read, watch or use in a module. The Markdown body is sanitised on render."""

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(_("kind"), max_length=20, choices=MaterialKind)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body (Markdown)"), blank=True)
    url = models.URLField(_("link"), blank=True, max_length=500)
    file = models.FileField(_("file"), upload_to="materials/", blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=15)
    archived_at = archived_field()

    class Meta:
        ordering = ["module", "position", "pk"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self) -> str:
        return self.title


class ActivityKind(models.TextChoices):
    CHECKOFF = "checkoff", _("Check-off")
    REFLECTION = "reflection", _("Reflection")
    TOOL = "tool", _("Step in the lab's tool")


class ActivityQuerySet(models.QuerySet):
    def counting(self):
        """Activities that count for progress: neither they nor their module archived."""
        return self.filter(COUNTING)


# The one test of "this activity counts"; `counting_q` is the same seen through a relation.
COUNTING = Q(archived_at__isnull=True, module__archived_at__isnull=True)


def counting_q(path: str) -> Q:
    """`COUNTING` seen through a relation, e.g. counting_q("completions__activity")."""
    return Q(**{f"{path}__archived_at__isnull": True, f"{path}__module__archived_at__isnull": True})


class Activity(models.Model):
    """Something a participant completes in a module."""

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind)
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions (Markdown)"))
    tool_step = models.CharField(
        _("tool step"),
        max_length=40,
        blank=True,
        help_text=_("For a tool activity: the step of the lab's tool that completes it."),
    )
    required = models.BooleanField(_("required"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=20)
    archived_at = archived_field()

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["module", "position", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return self.title


class Statement(models.Model):
    """A capability statement of a Lab's self-assessment ("I can …"), tied to one week's
    learning outcomes; answered 1–5 or "not sure" before the Lab, at its end and six months on.
    Answers hang off it, so it is archived, never deleted."""

    lab = models.ForeignKey(Lab, on_delete=models.PROTECT, related_name="statements")
    module = models.ForeignKey(
        Module,
        verbose_name=_("week"),
        on_delete=models.PROTECT,
        related_name="statements",
        help_text=_("The week whose learning outcomes this statement measures."),
    )
    text = models.CharField(_("statement"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    archived = models.BooleanField(
        _("archived"), default=False, help_text=_("No longer asked; earlier answers are kept.")
    )

    class Meta:
        ordering = ["lab", "position", "pk"]
        verbose_name = _("self-assessment statement")
        verbose_name_plural = _("self-assessment statements")

    def __str__(self) -> str:
        return self.text
