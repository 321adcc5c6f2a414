"""The "Adopt, adapt or leave" canvas: one per innovation a participant considers.

A canvas belongs to an enrolment in an Adaption Lab cohort. Its six steps are columns of one
row (so that the comparison page and the lead's status column read one table), except the
core step's parts, which are a small list of rows.
"""

import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cohorts.models import Enrolment
from infuse.concurrency import token_field, version_field

from . import rules


class EvidenceLevel(models.TextChoices):
    ANECDOTE = "anecdote", _("Anecdote")
    MONITORED = "monitored", _("Monitored")
    EVALUATED = "evaluated", _("Evaluated")
    INDEPENDENT = "independent", _("Independently evaluated")


class Decision(models.TextChoices):
    ADOPT = rules.ADOPT, _("Adopt as it is")
    ADAPT = rules.ADAPT, _("Adapt")
    LEAVE = rules.LEAVE, _("Leave")


class PartKind(models.TextChoices):
    CORE = "core", _("Must keep (core)")
    CHANGE = "change", _("Will change here")


class Risk(models.TextChoices):
    NONE = "none", _("None")
    POSSIBLE = "possible", _("Possible")
    HIGH = "high", _("High")


def _score(verbose_name):
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )


class Canvas(models.Model):
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="adaption_canvases",
    )
    # 1. The innovation.
    name = models.CharField(_("name of the innovation"), max_length=120)
    what_it_is = models.TextField(_("what it is"), blank=True)
    where_it_worked = models.TextField(_("where it worked"), blank=True)
    problem_there = models.TextField(_("the problem it solved there"), blank=True)
    evidence_level = models.CharField(
        _("strength of evidence"), max_length=20, choices=EvidenceLevel, blank=True
    )
    evidence_source = models.TextField(_("where the evidence comes from"), blank=True)
    # 2. Our context.
    problem_here = models.TextField(_("the problem here"), blank=True)
    who_affected = models.TextField(_("who is affected"), blank=True)
    policy_fit = models.TextField(_("the well-being goal or plan it serves"), blank=True)
    # 3. Fit: 1 to 5, 5 always favourable (complexity 5 = simple), each with a note.
    relative_advantage = _score(_("relative advantage"))
    relative_advantage_note = models.TextField(_("relative advantage: note"), blank=True)
    compatibility = _score(_("compatibility"))
    compatibility_note = models.TextField(_("compatibility: note"), blank=True)
    complexity = _score(_("complexity (5 = simple)"))
    complexity_note = models.TextField(_("complexity: note"), blank=True)
    trialability = _score(_("trialability"))
    trialability_note = models.TextField(_("trialability: note"), blank=True)
    observability = _score(_("observability"))
    observability_note = models.TextField(_("observability: note"), blank=True)
    evidence = _score(_("evidence strength"))
    evidence_note = models.TextField(_("evidence strength: note"), blank=True)
    readiness = _score(_("local readiness"))
    readiness_note = models.TextField(_("local readiness: note"), blank=True)
    # 5. The decision: the participant's, and the tool's proposal when they made it.
    decision = models.CharField(_("decision"), max_length=10, choices=Decision, blank=True)
    proposed_decision = models.CharField(
        _("the tool's proposal when deciding"), max_length=10, choices=Decision, blank=True
    )
    decision_reasons = models.TextField(_("reasons"), blank=True)
    reconsider_if = models.TextField(_("we would reconsider if"), blank=True)
    who_agrees = models.TextField(_("who needs to agree"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # 6. A first small test (plan, do, study, act).
    test_what = models.TextField(_("what we will test"), blank=True)
    test_where = models.TextField(_("where, and with whom"), blank=True)
    test_starts_on = models.DateField(_("test starts on"), null=True, blank=True)
    test_weeks = models.PositiveSmallIntegerField(
        _("test length (weeks)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    test_prediction = models.TextField(_("what we predict"), blank=True)
    measure_outcome = models.TextField(_("outcome measure"), blank=True)
    measure_process = models.TextField(_("process measure"), blank=True)
    measure_balancing = models.TextField(_("balancing measure"), blank=True)
    test_review = models.TextField(_("study and act"), blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    version = version_field()
    create_token = token_field()

    class Meta:
        verbose_name = _("adopt, adapt or leave canvas")
        verbose_name_plural = _("adopt, adapt or leave canvases")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "create_token"], name="adaption_canvas_created_once"
            ),
            models.CheckConstraint(
                condition=models.Q(decision__in=["", *rules.DECISIONS]),
                name="adaption_canvas_decision_valid",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def scores(self) -> dict[str, int | None]:
        return {attribute: getattr(self, attribute) for attribute in rules.ATTRIBUTES}

    @property
    def planned_changes(self) -> int:
        """How many parts step 4 lists to change: from the prefetched parts, an annotation
        (`change_count`) or, failing both, one query."""
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("parts")
        if prefetched is not None:
            return sum(1 for part in prefetched if part.kind == PartKind.CHANGE)
        if getattr(self, "change_count", None) is not None:
            return self.change_count
        return self.parts.filter(kind=PartKind.CHANGE).count()

    @property
    def proposal(self) -> rules.Proposal | None:
        return rules.propose(self.scores, planned_changes=self.planned_changes)

    @property
    def test_ends_on(self):
        if self.test_starts_on and self.test_weeks:
            return self.test_starts_on + dt.timedelta(weeks=self.test_weeks, days=-1)
        return None


class CanvasPart(models.Model):
    """One part of the innovation: a core part we must keep, or a part we will change here,
    with the change planned."""

    canvas = models.ForeignKey(
        Canvas, verbose_name=_("canvas"), on_delete=models.CASCADE, related_name="parts"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=PartKind)
    part = models.CharField(_("the part"), max_length=300)
    why = models.TextField(_("why it is core"), blank=True)
    change = models.TextField(_("what we will change"), blank=True)
    reason = models.TextField(_("why we will change it"), blank=True)
    risk = models.CharField(_("risk to the core"), max_length=10, choices=Risk, blank=True)
    check_plan = models.TextField(_("how we will check"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    version = version_field()
    create_token = token_field()

    class Meta:
        verbose_name = _("canvas part")
        verbose_name_plural = _("canvas parts")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["canvas", "create_token"], name="adaption_part_created_once"
            )
        ]

    def __str__(self):
        return self.part
