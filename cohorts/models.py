import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from councils.models import Council
from infuse.concurrency import token_field, version_field
from labs.models import Activity, Lab


class Theme(models.TextChoices):
    DECARBONISATION = "decarbonisation", _("Accelerating Decarbonisation")
    COMMUNITIES = "communities", _("Supportive Communities")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")


class Cohort(models.Model):
    """A lab run with real people from several councils, meeting once a week for six weeks."""

    lab = models.ForeignKey(Lab, verbose_name=_("lab"), on_delete=models.PROTECT)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme)
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(
        _("start date"),
        help_text=_("The first session is on the first session day on or after this date."),
    )
    session_weekday = models.PositiveSmallIntegerField(
        _("session day"), choices=Weekday, default=Weekday.TUESDAY
    )
    session_time = models.TimeField(_("session time"), default=dt.time(10, 0))
    session_minutes = models.PositiveSmallIntegerField(_("session length (minutes)"), default=90)
    online_url = models.URLField(_("online joining link"), blank=True, max_length=500)
    location = models.CharField(_("place"), max_length=300, blank=True)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_cohorts",
        limit_choices_to={"role": "staff"},
    )
    councils = models.ManyToManyField(
        Council, verbose_name=_("councils taking part"), related_name="cohorts"
    )
    capacity = models.PositiveSmallIntegerField(_("capacity"), default=24)
    attendance_threshold = models.PositiveSmallIntegerField(
        _("sessions to attend to complete"), default=4
    )
    invitations_sent_at = models.DateTimeField(_("invitations sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self) -> str:
        return self.title


class Session(models.Model):
    """One weekly meeting of a cohort. Generated from the start date; bank holidays moved."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    number = models.PositiveSmallIntegerField(_("week"))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=90)
    online_url = models.URLField(_("online joining link"), blank=True, max_length=500)
    location = models.CharField(_("place"), max_length=300, blank=True)
    moved_from = models.DateField(_("moved from"), null=True, blank=True)
    moved_reason = models.CharField(_("why it moved"), max_length=200, blank=True)
    sequence = models.PositiveIntegerField(
        _("calendar revision"), default=0, help_text=_("Raised on every change, for calendars.")
    )
    # A session edited on its own keeps its edits when the cohort's day or time changes.
    edited_by_hand = models.BooleanField(
        _("edited by hand"),
        default=False,
        help_text=_("Kept as it is when the cohort's day or time changes."),
    )
    # "I know": staff chose a weekend or a bank holiday on purpose; who and when is kept.
    unusual_day_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("weekend or bank holiday confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    unusual_day_confirmed_at = models.DateTimeField(
        _("weekend or bank holiday confirmed"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancelled_reason = models.CharField(_("why it was cancelled"), max_length=300, blank=True)

    class Meta:
        ordering = ["cohort", "number"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "number"], name="one_session_per_week")
        ]

    def __str__(self) -> str:
        return f"{self.cohort} · {_('Week')} {self.number} ({date_format(self.date, 'j M Y')})"

    @property
    def starts_at(self) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(self.date, self.start_time))

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)

    @property
    def is_moved(self) -> bool:
        return self.moved_from is not None

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None


class EnrolmentStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Enrolment(models.Model):
    """A person in a cohort. Progress is stored here and refreshed by one service."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    # The person's council when they were enrolled, kept if they later move to another: the
    # enrolment (its figures, and who may see it) stays with the council it was made for.
    council = models.ForeignKey(
        Council,
        verbose_name=_("council"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrolmentStatus, default=EnrolmentStatus.INVITED
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    invited_at = models.DateTimeField(_("invitation sent"), null=True, blank=True)
    activated_at = models.DateTimeField(_("first active"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawn_reason = models.CharField(_("reason for withdrawal"), max_length=300, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    # Stored progress, refreshed by cohorts.services.enrolment_refresh_progress.
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    required_done = models.PositiveSmallIntegerField(_("required activities done"), default=0)
    required_total = models.PositiveSmallIntegerField(_("required activities"), default=0)
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"), default=0)

    class Meta:
        ordering = ["cohort", "user__full_name"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_enrolment_per_person")
        ]
        indexes = [
            models.Index(fields=["status"]),
            # The reports' first enrolment (the periods offered) is read from it, not counted
            # through every enrolment on each page (issue 24).
            models.Index(fields=["enrolled_at"], name="enrolment_enrolled_at"),
            # The places each cohort's people hold (everyone but the withdrawn), counted from the
            # index alone for every row of the cohort list (issue 24: 7 ms to 2 ms a list).
            models.Index(fields=["cohort", "status"], name="enrolment_cohort_status"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.cohort}"

    def save(self, *args, **kwargs):
        # An enrolment made one at a time (the services, the admin's inline) takes the person's
        # council as it is now; bulk creates set it themselves (`enrolments_create`).
        if self._state.adding and self.council_id is None and self.user_id is not None:
            self.council_id = self.user.council_id
        super().save(*args, **kwargs)

    @property
    def is_current(self) -> bool:
        return self.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)


class EnrolmentEvent(models.Model):
    """A change of an enrolment's status: who made it and when."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(_("new status"), max_length=20, choices=EnrolmentStatus)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["enrolment", "at", "pk"]
        verbose_name = _("enrolment change")
        verbose_name_plural = _("enrolment changes")

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.at:%Y-%m-%d %H:%M}"


class Completion(models.Model):
    """A participant's completion of an activity; a reflection keeps its answer here."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    # PROTECT: an activity someone has done is archived, never deleted with their work.
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="completions")
    answer = models.TextField(_("answer"), blank=True)
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    version = version_field()  # a reflection's answer is edited over the version it was read at

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "activity"], name="one_completion_per_activity"
            )
        ]
        indexes = [
            models.Index(fields=["completed_at"]),
            # A person's first completion ("started", and when) is one index probe per enrolment;
            # with the activity beside it, a lead's report reads their council's completions
            # (the self-study weeks) off this index alone, not by scanning everyone's (issue 24).
            models.Index(
                fields=["enrolment", "completed_at"],
                include=["activity"],
                name="completion_first_cover",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.activity}"


class Attendance(models.Model):
    """Whether a person came to a session, as marked on the register."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendances")
    # PROTECT: a session with a register is cancelled, never deleted with its marks.
    session = models.ForeignKey(Session, on_delete=models.PROTECT, related_name="attendances")
    attended = models.BooleanField(_("attended"), default=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "session"], name="one_mark_per_session")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.session}"


class NudgeStatus(models.TextChoices):
    CLAIMED = "claimed", _("Claimed, not yet sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed after retries")
    SKIPPED = "skipped", _("Skipped (opted out or withdrawn before sending)")


class Nudge(models.Model):
    """The weekly email for (enrolment, week): claimed before it is sent, so it never goes twice."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="nudges")
    week = models.PositiveSmallIntegerField(_("week"))
    status = models.CharField(
        _("status"), max_length=10, choices=NudgeStatus, default=NudgeStatus.CLAIMED
    )
    claim = models.UUIDField(_("claimed by run"), db_index=True)
    claimed_at = models.DateTimeField(_("claimed"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("weekly nudge")
        verbose_name_plural = _("weekly nudges")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "week"], name="one_nudge_per_week")
        ]
        indexes = [models.Index(fields=["status", "claimed_at"])]

    def __str__(self) -> str:
        return f"{self.enrolment} · {_('week')} {self.week}"


class Certificate(models.Model):
    """One per completed enrolment: a public verification code and the PDF."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True)
    # The name as awarded: a later change of the holder's profile asks staff to approve a
    # reissue (CertificateNameChange keeps the history) rather than changing it here.
    awarded_name = models.CharField(_("name awarded"), max_length=200, blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)
    pdf_built_at = models.DateTimeField(_("PDF built"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("why revoked"), max_length=300, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.code

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class CertificateNameChange(models.Model):
    """A reissue of a certificate approved by staff: the name before and after, who and when."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="name_changes"
    )
    old_name = models.CharField(_("name before"), max_length=200)
    new_name = models.CharField(_("name after"), max_length=200)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), default=timezone.now)

    class Meta:
        ordering = ["certificate", "approved_at", "pk"]
        verbose_name = _("certificate reissue")
        verbose_name_plural = _("certificate reissues")

    def __str__(self) -> str:
        return f"{self.old_name} → {self.new_name}"


class ReportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    PDF = "pdf", "PDF"
    XLSX = "xlsx", _("Excel workbook")


class ReportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Being built")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class ReportExport(models.Model):
    """A requested report download: who asked, with which filters, and the file once built."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_exports"
    )
    filters = models.JSONField(_("filters"), default=dict)
    format = models.CharField(_("format"), max_length=4, choices=ReportFormat)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus, default=ReportStatus.PENDING
    )
    file = models.FileField(_("file"), upload_to="reports/", blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    create_token = token_field()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report download")
        verbose_name_plural = _("report downloads")
        indexes = [models.Index(fields=["created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["requested_by", "create_token", "format"],
                name="report_export_asked_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_format_display()} · {self.created_at:%Y-%m-%d %H:%M}"


class ToolComment(models.Model):
    """A facilitator's or staff member's comment on a participant's work in their lab's tool."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="tool_comments")
    step = models.CharField(_("step"), max_length=40, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    create_token = token_field()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment on tool work")
        verbose_name_plural = _("comments on tool work")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "create_token"], name="tool_comment_written_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.author} on {self.enrolment}"


class TargetMeasure(models.TextChoices):
    STARTED = "started", _("People started")
    COMPLETED = "completed", _("People completed")
    COUNCILS_SUPPORTED = "councils_supported", _("Councils supported")
    LEARNING_HOURS = "learning_hours", _("Learning hours")


SAME_TARGET = _(
    "There is already a target of this measure for this Lab and council: change that one."
)  # the constraints' own message; `Target.validate_constraints` says what the target is for


def same_target_message(lab, council) -> str:
    """The duplicate target's message, naming what the target is for."""
    if lab and council:
        where = _("%(lab)s in %(council)s") % {"lab": lab, "council": council}
    elif lab:
        where = _("%(lab)s (all councils)") % {"lab": lab}
    elif council:
        where = _("%(council)s (all Labs)") % {"council": council}
    else:
        where = _("the whole programme")
    return _("There is already a target of this measure for %(where)s: change that one.") % {
        "where": where
    }


class Target(models.Model):
    """What the programme promised its funder: a whole number of people started or completed,
    councils supported or learning hours, for the whole programme (to date), or for one Lab or
    one council. Set by programme staff in the admin; reports show the figure against it."""

    measure = models.CharField(_("measure"), max_length=20, choices=TargetMeasure)
    lab = models.ForeignKey(
        Lab,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("Lab"),
        help_text=_("Leave empty for a target of the whole programme."),
    )
    council = models.ForeignKey(
        Council,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("council"),
        help_text=_("Leave empty for a target of all councils."),
    )
    value = models.PositiveIntegerField(_("target"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["measure", "lab", "council"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            # One target per measure and place; NULL (the whole programme, all councils) counts
            # as one place, on SQLite as on PostgreSQL.
            models.UniqueConstraint(
                fields=["measure"],
                condition=models.Q(lab__isnull=True, council__isnull=True),
                name="one_programme_target",
                violation_error_message=SAME_TARGET,
            ),
            models.UniqueConstraint(
                fields=["measure", "lab"],
                condition=models.Q(council__isnull=True),
                name="one_lab_target",
                violation_error_message=SAME_TARGET,
            ),
            models.UniqueConstraint(
                fields=["measure", "council"],
                condition=models.Q(lab__isnull=True),
                name="one_council_target",
                violation_error_message=SAME_TARGET,
            ),
            models.UniqueConstraint(
                fields=["measure", "lab", "council"],
                name="one_lab_council_target",
                violation_error_message=SAME_TARGET,
            ),
            models.CheckConstraint(
                condition=~models.Q(measure="councils_supported", council__isnull=False),
                name="councils_supported_target_not_per_council",
                violation_error_message=_(
                    "Council: a target of councils supported is not set per council."
                ),
            ),
        ]

    def __str__(self) -> str:
        where = ", ".join(str(x) for x in (self.lab, self.council) if x) or _("whole programme")
        return f"{self.get_measure_display()} ({where}): {self.value}"

    def validate_constraints(self, exclude=None):
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            same = str(SAME_TARGET)
            specific = same_target_message(
                self.lab.display_name if self.lab else "",
                self.council.display_name if self.council else "",
            )
            raise ValidationError(
                {
                    field: [specific if message == same else message for message in messages]
                    for field, messages in error.message_dict.items()
                }
            ) from None


class MonitoringReturn(models.Model):
    """A quarter's monitoring return as it was submitted: its figures (the report's tidy rows),
    its PDF and its workbook, never rebuilt. One per quarter."""

    period = models.CharField(_("quarter"), max_length=20, unique=True)
    label = models.CharField(_("quarter"), max_length=100)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    figures = models.JSONField(_("figures"), default=list)
    previous = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("the return before"),
    )
    changed = models.JSONField(_("changed since the return before"), default=list)
    pdf = models.FileField(_("PDF"), upload_to="returns/")
    workbook = models.FileField(_("workbook"), upload_to="returns/")

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("monitoring return")
        verbose_name_plural = _("monitoring returns")

    def __str__(self) -> str:
        return self.label


# --- Outcome measures: the self-assessment before, at the end and six months on -------------


class AssessmentKind(models.TextChoices):
    BASELINE = "baseline", _("Before the Lab")
    EXIT = "exit", _("At the end of the Lab")
    FOLLOW_UP = "follow_up", _("Six months on")


class Assessment(models.Model):
    """One person's self-assessment at one point of their Lab: answered once (a snapshot that a
    second tab or a retry never overwrites), or skipped (a baseline is asked again once)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="assessments")
    kind = models.CharField(_("when"), max_length=20, choices=AssessmentKind)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    skips = models.PositiveSmallIntegerField(_("times skipped"), default=0)
    skipped_on = models.DateField(_("last skipped on"), null=True, blank=True)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "kind"], name="one_assessment_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.get_kind_display()}"


class AssessmentAnswer(models.Model):
    """An answer to one statement: 1 to 5, or none for "not sure"."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    statement = models.ForeignKey(
        "labs.Statement", on_delete=models.PROTECT, related_name="answers"
    )
    value = models.PositiveSmallIntegerField(_("answer"), null=True, blank=True)

    class Meta:
        verbose_name = _("self-assessment answer")
        verbose_name_plural = _("self-assessment answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "statement"], name="one_answer_per_statement"
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=1, value__lte=5),
                name="answer_one_to_five",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement_id}: {self.value if self.value is not None else '?'}"


class Applied(models.TextChoices):
    APPLIED = "applied", _("Yes, I have applied it to a real service")
    PLANNED = "planned", _("I have planned to")
    NO = "no", _("No")


class FollowUpStatus(models.TextChoices):
    CLAIMED = "claimed", _("Claimed, not yet sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Not sent (opted out or withdrawn)")


class FollowUp(models.Model):
    """The six-month follow-up of a completed enrolment: one row, claimed before the email is
    sent (so it never goes twice), with one reminder after two weeks, then closed."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="follow_up")
    status = models.CharField(
        _("status"), max_length=10, choices=FollowUpStatus, default=FollowUpStatus.CLAIMED
    )
    claim = models.UUIDField(_("claimed by run"), db_index=True)
    claimed_at = models.DateTimeField(_("claimed"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    reminder_claim = models.UUIDField(_("reminder claimed by run"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    applied = models.CharField(
        _("used what they learned"), max_length=10, choices=Applied, blank=True
    )
    why_not = models.TextField(_("why not"), blank=True)
    changed = models.TextField(_("what changed"), blank=True)

    class Meta:
        verbose_name = _("six-month follow-up")
        verbose_name_plural = _("six-month follow-ups")

    def __str__(self) -> str:
        return f"{self.enrolment} · {_('six months on')}"


class CohortMessage(models.Model):
    """A message programme staff sent to a cohort's people (cohorts/messaging/cohort_messages.py): what was
    written, by whom, to whom. Kept for the cohort's history: never deleted, and a cohort with
    messages cannot be deleted either."""

    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.PROTECT, related_name="messages"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"))
    subject_cy = models.CharField(_("subject in Welsh"), max_length=150, blank=True)
    body_cy = models.TextField(_("message in Welsh"), blank=True)
    include_leads = models.BooleanField(_("also sent to council leads"), default=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    # The one-time token of the compose form: a double click or a second tab of the same page
    # makes one message.
    create_token = models.UUIDField(editable=False, unique=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message to a cohort")
        verbose_name_plural = _("messages to cohorts")

    def __str__(self) -> str:
        return self.subject

    @property
    def has_welsh(self) -> bool:
        return bool(self.subject_cy and self.body_cy)


class MessageRecipientStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Not sent (withdrawn or left since)")
    FAILED = "failed", _("Failed")


class CohortMessageRecipient(models.Model):
    """One person a cohort message goes to: made when staff send it (under a unique constraint,
    so nobody is listed twice) and taken by one sender before the email goes, so it goes once."""

    class As(models.TextChoices):
        PARTICIPANT = "participant", _("Participant")
        LEAD = "lead", _("Council lead")

    message = models.ForeignKey(CohortMessage, on_delete=models.CASCADE, related_name="recipients")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="cohort_messages_received",
    )
    sent_as = models.CharField(_("as"), max_length=12, choices=As)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MessageRecipientStatus,
        default=MessageRecipientStatus.PENDING,
    )
    language = models.CharField(_("language sent in"), max_length=2, blank=True)
    claim = models.UUIDField(_("taken by sender"), null=True, blank=True, db_index=True)
    claimed_at = models.DateTimeField(_("claimed"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # The kind of error only (an SMTP refusal's text names the address).
    error = models.CharField(_("last error"), max_length=100, blank=True)

    class Meta:
        ordering = ["message", "pk"]
        verbose_name = _("recipient")
        verbose_name_plural = _("recipients")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "user"], name="one_cohort_message_per_person"
            )
        ]
        indexes = [models.Index(fields=["status", "claimed_at"])]

    def __str__(self) -> str:
        return f"{self.message} · {self.user}"


# --- The waiting list of a full cohort -------------------------------------------------------


class WaitingStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    OFFERED = "offered", _("Offered a place")
    ACCEPTED = "accepted", _("Accepted: enrolled")
    LAPSED = "lapsed", _("Offer lapsed")


WAITING_QUEUE = (WaitingStatus.WAITING, WaitingStatus.OFFERED)


class WaitingListEntry(models.Model):
    """A person waiting for a place in a full cohort, first come first served (`joined_at`,
    then `pk`). A freed place is offered to the first one waiting, who accepts it before
    `offer_expires_at` or the offer lapses and the place goes to the next. One row per person
    and cohort; the offer email is claimed (`offer_emailed_at`) before it is sent."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="waiting_list")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="waiting_list_entries",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=WaitingStatus, default=WaitingStatus.WAITING
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    nominated = models.BooleanField(_("nominated by their lead"), default=False)
    joined_at = models.DateTimeField(_("joined the waiting list"), default=timezone.now)
    offered_at = models.DateTimeField(_("offered a place"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer open until"), null=True, blank=True)
    offer_emailed_at = models.DateTimeField(_("offer emailed"), null=True, blank=True)
    closed_at = models.DateTimeField(_("accepted or lapsed"), null=True, blank=True)
    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="waiting_list_entry",
    )

    class Meta:
        ordering = ["cohort", "joined_at", "pk"]
        verbose_name = _("waiting list entry")
        verbose_name_plural = _("waiting list")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_wait_per_person")
        ]
        indexes = [models.Index(fields=["status", "offer_expires_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.cohort}"

    @property
    def offer_is_open(self) -> bool:
        return (
            self.status == WaitingStatus.OFFERED
            and self.offer_expires_at is not None
            and self.offer_expires_at > timezone.now()
        )


# Derived tables the reports keep (issue 24), in a module of their own.
from .kept_figures import (  # noqa: E402, F401
    FiguresChange,
    KeptFigure,
    KeptFigures,
)
