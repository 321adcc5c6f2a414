"""The Good data question builder's work: a participant's questions and the data each needs.

The codes are the ones `labs.data.rules` reasons with; the words come from `labs.data.guidance`.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cohorts.models import Enrolment
from infuse.concurrency import token_field, version_field

from . import rules


class QuestionKind(models.TextChoices):
    DESCRIPTIVE = "descriptive", _("Descriptive")
    DIAGNOSTIC = "diagnostic", _("Diagnostic")
    PREDICTIVE = "predictive", _("Predictive")
    PRESCRIPTIVE = "prescriptive", _("Prescriptive")


class ValueType(models.TextChoices):
    NUMBERS = "numbers", _("Numbers")
    WORDS = "words", _("Words")


class Source(models.TextChoices):
    OWN_SERVICE = "own_service", _("Our own service")
    ANOTHER_COUNCIL = "another_council", _("Another council or partner")
    OPEN_DATA = "open_data", _("Open data")
    NEW_SURVEY = "new_survey", _("A new survey or interviews")


class PersonalData(models.TextChoices):
    NONE = "none", _("Not personal data")
    PERSONAL = "personal", _("Personal data")
    SPECIAL = "special", _("Special category data")


class LawfulBasis(models.TextChoices):
    PUBLIC_TASK = "public_task", _("Public task – Article 6(1)(e)")
    LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation – Article 6(1)(c)")
    CONSENT = "consent", _("Consent – Article 6(1)(a)")
    CONTRACT = "contract", _("Contract – Article 6(1)(b)")
    VITAL_INTERESTS = "vital_interests", _("Vital interests – Article 6(1)(d)")
    LEGITIMATE_INTERESTS = "legitimate_interests", _("Legitimate interests – Article 6(1)(f)")
    NO_PERSONAL_DATA = "no_personal_data", _("No personal data is used")


class DataQuestion(models.Model):
    """One of a participant's data questions, with every step of the builder."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="data_questions"
    )
    # Step 1: the question.
    question = models.TextField(_("the question"), max_length=1000)
    decision = models.TextField(_("the decision it informs"), max_length=1000, blank=True)
    who_acts = models.CharField(_("who acts on the answer"), max_length=300, blank=True)
    by_when = models.CharField(_("by when"), max_length=200, blank=True)
    # Step 2: its kind.
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind, blank=True)
    kind_reason = models.TextField(_("why this kind"), max_length=1000, blank=True)
    # Step 3: the data (items below), and what nobody holds.
    data_gaps = models.TextField(_("gaps in the data"), max_length=1000, blank=True)
    # Step 4: ethics.
    lawful_basis = models.CharField(
        _("lawful basis"), max_length=30, choices=LawfulBasis, blank=True
    )
    lawful_basis_detail = models.TextField(
        _("the law behind the function"), max_length=1000, blank=True
    )
    article9_condition = models.TextField(
        _("Article 9 condition for special category data"), max_length=1000, blank=True
    )
    dpo_confirmed = models.BooleanField(_("DPO has confirmed the lawful basis"), default=False)
    screen_large_scale = models.BooleanField(_("large scale"), null=True, blank=True)
    screen_vulnerable = models.BooleanField(_("vulnerable people"), null=True, blank=True)
    screen_matching = models.BooleanField(_("matching datasets"), null=True, blank=True)
    screen_monitoring = models.BooleanField(_("monitoring or tracking"), null=True, blank=True)
    screen_scoring = models.BooleanField(_("scoring or profiling"), null=True, blank=True)
    screen_automated = models.BooleanField(_("automated decisions"), null=True, blank=True)
    screen_denial = models.BooleanField(_("access to a service"), null=True, blank=True)
    screen_innovative = models.BooleanField(_("innovative technology"), null=True, blank=True)
    screen_invisible = models.BooleanField(_("people not told"), null=True, blank=True)
    screen_criminal = models.BooleanField(_("criminal offence data"), null=True, blank=True)
    dpia_commitment = models.BooleanField(_("will complete a DPIA if required"), default=False)
    fairness = models.TextField(_("fairness and bias"), max_length=2000, blank=True)
    residents_told = models.TextField(_("how residents are told"), max_length=2000, blank=True)
    minimisation = models.TextField(_("data minimisation"), max_length=2000, blank=True)
    # Step 5: what the participant will do about the quality check.
    quality_actions = models.TextField(_("next actions"), max_length=2000, blank=True)

    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    version = version_field()
    create_token = token_field()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("data question")
        verbose_name_plural = _("data questions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "create_token"], name="data_question_created_once"
            )
        ]

    def __str__(self) -> str:
        return self.question[:80]

    def screening_answers(self) -> dict[str, bool | None]:
        return {code: getattr(self, f"screen_{code}") for code in rules.SCREENING}


class DataItem(models.Model):
    """One piece of data a question needs: a field, not a system."""

    question = models.ForeignKey(DataQuestion, on_delete=models.CASCADE, related_name="items")
    description = models.CharField(_("data item"), max_length=200)
    value_type = models.CharField(_("type"), max_length=10, choices=ValueType)
    source = models.CharField(_("source"), max_length=20, choices=Source)
    source_name = models.CharField(_("where exactly"), max_length=200, blank=True)
    personal = models.CharField(_("personal data"), max_length=10, choices=PersonalData)
    version = version_field()
    create_token = token_field()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("data item")
        verbose_name_plural = _("data items")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "create_token"], name="data_item_created_once"
            )
        ]

    def __str__(self) -> str:
        return self.description
