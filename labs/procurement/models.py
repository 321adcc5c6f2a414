"""The Social value planner's data: the measures staff keep (with their illustrative proxy
values), and each participant's plans with their outcomes, weighting and sample bids."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cohorts.models import Enrolment, Theme
from infuse.concurrency import token_field, version_field

MONEY = {"max_digits": 14, "decimal_places": 2}


class Goal(models.TextChoices):
    """The seven well-being goals of the Well-being of Future Generations (Wales) Act 2015."""

    PROSPEROUS = "prosperous", _("A prosperous Wales")
    RESILIENT = "resilient", _("A resilient Wales")
    HEALTHIER = "healthier", _("A healthier Wales")
    EQUAL = "equal", _("A more equal Wales")
    COHESIVE = "cohesive", _("A Wales of cohesive communities")
    CULTURE = "culture", _("A Wales of vibrant culture and thriving Welsh language")
    GLOBAL = "global", _("A globally responsible Wales")


class ContractKind(models.TextChoices):
    WORKS = "works", _("Works")
    GOODS = "goods", _("Goods")
    SERVICES = "services", _("Services")


class ProxyValue(models.Model):
    """A social value measure participants can choose, with the £ value of one unit.

    The figures are illustrative, for learning the method; staff keep them in the admin and
    every plan uses the current figure, so a change shows in every plan straight away."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    goal = models.CharField(_("well-being goal"), max_length=20, choices=Goal)
    measure = models.CharField(_("measure"), max_length=200)
    unit = models.CharField(
        _("unit"), max_length=80, help_text=_("What one unit is, e.g. “week of apprenticeship”.")
    )
    value = models.DecimalField(
        _("proxy value per unit (£)"),
        validators=[MinValueValidator(0)],
        help_text=_("Illustrative. Plans use the figure saved here."),
        **MONEY,
    )
    serves_decarbonisation = models.BooleanField(_("serves Accelerating Decarbonisation"))
    serves_communities = models.BooleanField(_("serves Supportive Communities"))
    guidance = models.TextField(
        _("guidance"), blank=True, help_text=_("What counts, and how a supplier evidences it.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(
        _("offered to participants"),
        default=True,
        help_text=_("Untick to stop offering it. Plans that already use it keep it."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("proxy value")
        verbose_name_plural = _("proxy values")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(value__gte=0), name="proxy_value_not_negative"
            )
        ]

    def __str__(self) -> str:
        return self.measure

    def serves(self, theme: str) -> bool:
        return {
            Theme.DECARBONISATION: self.serves_decarbonisation,
            Theme.COMMUNITIES: self.serves_communities,
        }.get(theme, False)


class Plan(models.Model):
    """One contract a participant plans the social value of. A participant may keep several."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="social_value_plans"
    )
    # Step "contract".
    title = models.CharField(_("contract title"), max_length=200)
    kind = models.CharField(_("type of contract"), max_length=10, choices=ContractKind)
    value = models.DecimalField(_("estimated value (£)"), **MONEY)
    duration_months = models.PositiveSmallIntegerField(_("duration (months)"))
    # Step "outcomes": the measures (PlanMeasure), and a note.
    outcomes_note = models.TextField(_("notes on the outcomes"), blank=True)
    # Step "weighting": whole per cent, totalling 100 (null until set).
    price_weight = models.PositiveSmallIntegerField(_("price (%)"), null=True, blank=True)
    quality_weight = models.PositiveSmallIntegerField(_("quality (%)"), null=True, blank=True)
    social_value_weight = models.PositiveSmallIntegerField(
        _("social value (%)"), null=True, blank=True
    )
    weighting_note = models.CharField(_("why this weighting"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # One version for the plan and what hangs off it: its measures and bids are saved only
    # as part of one of its steps, under the plan's version.
    version = version_field()
    create_token = token_field()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("social value plan")
        verbose_name_plural = _("social value plans")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "create_token"], name="procurement_plan_created_once"
            ),
            models.CheckConstraint(
                condition=models.Q(price_weight__isnull=True)
                | models.Q(
                    price_weight__isnull=False,
                    quality_weight__isnull=False,
                    social_value_weight__isnull=False,
                ),
                name="weighting_all_or_nothing",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def has_weighting(self) -> bool:
        return self.price_weight is not None


class PlanMeasure(models.Model):
    """A measure chosen for a plan, with its target (in the measure's unit)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measures")
    proxy = models.ForeignKey(
        ProxyValue, verbose_name=_("measure"), on_delete=models.PROTECT, related_name="+"
    )
    target = models.DecimalField(_("target"), validators=[MinValueValidator(0)], **MONEY)

    class Meta:
        ordering = ["proxy__position", "proxy_id"]
        verbose_name = _("outcome measure")
        verbose_name_plural = _("outcome measures")
        constraints = [
            models.UniqueConstraint(fields=["plan", "proxy"], name="one_target_per_measure")
        ]

    def __str__(self) -> str:
        return f"{self.proxy}: {self.target}"


class Bid(models.Model):
    """A sample bid the participant scores with their weighting (two to four per plan)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="bids")
    position = models.PositiveSmallIntegerField(_("position"))
    bidder = models.CharField(_("bidder"), max_length=120)
    price = models.DecimalField(_("price (£)"), validators=[MinValueValidator(0)], **MONEY)
    quality = models.DecimalField(
        _("quality score (out of 100)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    class Meta:
        ordering = ["position"]
        verbose_name = _("sample bid")
        verbose_name_plural = _("sample bids")
        constraints = [
            models.UniqueConstraint(fields=["plan", "position"], name="one_bid_per_position")
        ]

    def __str__(self) -> str:
        return self.bidder


class BidCommitment(models.Model):
    """How much of one of the plan's measures a bid commits to deliver."""

    bid = models.ForeignKey(Bid, on_delete=models.CASCADE, related_name="commitments")
    proxy = models.ForeignKey(
        ProxyValue, verbose_name=_("measure"), on_delete=models.PROTECT, related_name="+"
    )
    quantity = models.DecimalField(_("quantity"), validators=[MinValueValidator(0)], **MONEY)

    class Meta:
        verbose_name = _("social value commitment")
        verbose_name_plural = _("social value commitments")
        constraints = [
            models.UniqueConstraint(fields=["bid", "proxy"], name="one_commitment_per_measure")
        ]

    def __str__(self) -> str:
        return f"{self.bid}: {self.quantity} × {self.proxy}"
